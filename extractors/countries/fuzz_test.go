package countries

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/pipeline"
)

// FuzzRun checks that any text runs without panicking and gives valid,
// sorted, disjoint spans on rune boundaries that hold a country form.
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"", "US", "U.S.", "U.S", "the U.K .", "Georgia", ", Georgia", "Jordan", "Jordan Peterson",
		"Atlanta, Georgia's governor", "Gulf of", "al-Iraqi", "Côte d’Ivoire", "TÜRKIYE",
		"Japanese Prime Minister Shigeru Ishiba said Russia's veto.",
		"\xff\xfeFrance\x00", "Mt. Lebanon", "US$", "Korea\n\nunified Korea", "French Sudan East",
		"People 's Republic of China", "JOIN US NOW", "Chad Smith", "New Guinea", "Niger-",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		// Without sentence spans too: an extractor must not rely on them.
		if _, err := Extractor.Run(&extractors.Doc{Text: text}); err != nil {
			t.Fatal(err)
		}
		d := &extractors.Doc{Text: text, Sentences: pipeline.SplitSentences(text), Annotator: pipeline.NewAnnotator()}
		r, err := Extractor.Run(d)
		if err != nil {
			t.Fatal(err)
		}
		end := 0
		for _, m := range r.Mentions {
			if m.Start < end || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, end, text)
			}
			// Boundaries are checked on valid UTF-8, which is what the
			// pipeline hands over after repairing its input.
			if utf8.ValidString(text) && (!utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End]))) {
				t.Fatalf("span [%d,%d) not on rune boundaries in %q", m.Start, m.End, text)
			}
			if !strings.HasPrefix(m.Entity, "country:") || len(m.Codes["iso3166_1_alpha2"]) != 2 {
				t.Fatalf("bad mention %+v", m)
			}
			end = m.End
		}
	})
}
