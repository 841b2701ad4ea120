package cli

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/polexhq/polex/corpus"
	"github.com/polexhq/polex/extractors/all"
	"github.com/polexhq/polex/output"
	"github.com/polexhq/polex/pipeline"
)

// Pieces of text with curly quotes, dashes, accents, CJK, emoji and invalid
// UTF-8, mixed with names every extractor knows.
var pieces = []string{
	"“Japan”", "— the UN Security Council —", "Côte d’Ivoire", "Türkiye’s", "東京", "北京 and Beijing",
	"🙂", "🇯🇵", "President Émile Zoë Dupont said", "on 25 September 2024,", "NATO’s", "Ümit",
	"\xff\xfe", "e\u0301", "the Paris Agreement", "« Europe »", "U.S.–Japan", "–", "…", "\u200b",
	"ASEAN members warned that", "last year", "Ishiba", "“we will”", "Республика", "مصر", "\t\n\n",
}

// TestAllExtractorsKeepCodePointSpans runs every extractor over random mixes
// of non-ASCII text: every span's code-point slice of the text equals its
// text, and records validate against the schema.
func TestAllExtractorsKeepCodePointSpans(t *testing.T) {
	p, err := pipeline.New(pipeline.Config{Extractors: all.Extractors(), RefDate: "2024-09-25"})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 60 {
		var b strings.Builder
		for range 5 + r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			b.WriteString([]string{" ", ". ", ", ", "\n\n", ""}[r.IntN(5)])
		}
		text, _, err := corpus.DecodeText([]byte(b.String()))
		if err != nil {
			continue
		}
		rec := p.Process(&corpus.Document{ID: "mix", Text: corpus.NormalizeText(text)})
		if len(rec.Pipeline.Errors) > 0 {
			t.Errorf("case %d: extractor errors %+v on %q", i, rec.Pipeline.Errors, rec.Text)
		}
		line, err := output.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		checkRecord(t, line, rec)
	}
}
