package persons

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/gazetteer"
)

// TestScanWordsMatchesScan checks that scanning from the gazetteer tokens
// (scanWords) gives the tokens, notes and word table of the byte scan
// (scanInto), with and without a title before the text, on edge cases, on
// random texts of words, marks, white space and format characters, and on
// the project's test texts.
func TestScanWordsMatchesScan(t *testing.T) {
	l, err := getLexicon()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"", " ", "\n", "x", "U.S.", "J.D. Vance", "Gen. Smith and Mr. Jones Jr. said.", "Jean-Pierre O'Brien Ishiba's O’Neill Biden’s",
		"**MS. PSAKI:** Thanks.\n- Prime Minister Ishiba\n> quoted\n# Heading\n• bullet", "(Applause.) “Quoted” said—then",
		"Pre\u00adsident pre\u00ad president\u00ad. \u00adx", "a\u200bb c\u200e d\u2060e \ufeffF", "co\u2011operate well\u2010known ‐x x‐ ‑",
		"I've It's don't O'BRIEN JEAN-PIERRE al-Assad bin-Salman", "A.B.C. a.b. U.S.-led U.S./U.K. x.y.z", "No. 5 St. Louis st. Jr",
		"Café naïve e\u0301 \u0301x Ǆ ǅ 2024-2025 COVID-19 1990s FY2025", "x\r\ny\tz\u00a0w\u2003v\u2028u\u0085t \v\f",
		"ends with -", "ends with '", "ends with .", "ends in A.", "bad \xff\xfe utf8 A\xffB \xe2\x80", "…‥ ‘ ’ ‚ ‛ “ ” „ † ‡ •",
	}
	pieces := []string{"The ", "the ", "President", "PRESIDENT", "Biden", "J", "J.", ".", ",", ";", ":", "-", "'", "’", "‘",
		"‐", "‑", "—", "–", "“", "”", "\"", "(", ")", "*", "#", "_", ">", "•", "U", "S", "s", "a", "o", "Mr", "Gen", "Jr", "St",
		"al", "bin", "Jean", "Pierre", "O", "Brien", "café", "É", "e\u0301", "\u0301", "٣", "²", "2024", "7", "x", "AB", "ve",
		" ", " ", " ", "\n", "\n\n", "\t", "\r", "\u00a0", "\u2003", "\u2028", "\u00ad", "\u200b", "\u200e", "\ufeff", "\xff", "…", "/", "$", "%", "&", "3,000", "2:30", "and/or", "\x01"}
	rng := rand.New(rand.NewPCG(3, 14))
	for range 20000 {
		var sb strings.Builder
		for range 1 + rng.IntN(24) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, sb.String())
	}
	files, _ := filepath.Glob("../../corpus/testdata/*/*.txt")
	more, _ := filepath.Glob("../../internal/cli/testdata/*")
	for _, f := range append(files, more...) {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	if len(files) == 0 {
		t.Error("no test texts found")
	}
	for _, doc := range texts {
		for _, title := range []string{"", "Remarks by President Biden\u00ad on U.S.-Japan"} {
			text, base := doc, 0
			if title != "" {
				text, base = title+"\n\n"+doc, len(title)+2
			}
			// Sentences split at every third line break, so that
			// sentence starts and -1 gaps are both compared.
			var sents []extractors.Span
			for s, k := 0, 0; s < len(text); k++ {
				e := strings.IndexByte(text[s:], '\n')
				if e < 0 || k%3 == 2 {
					sents = append(sents, extractors.Span{Start: s, End: len(text)})
					break
				}
				sents = append(sents, extractors.Span{Start: s, End: s + e})
				s += e + 1
			}
			notes := func() *scanNotes {
				return &scanNotes{capped: make([]int, len(sents)), prose: make([]bool, len(sents))}
			}
			v1, v2 := new(vocab), new(vocab)
			v1.reset(l, len(text))
			v2.reset(l, len(text))
			n1, n2 := notes(), notes()
			want := scanInto(nil, text, sents, v1, n1)
			got := scanWords(nil, text, base, gazetteer.Tokenize(doc), sents, v2, n2)
			if !reflect.DeepEqual(got, want) {
				for i := range min(len(got), len(want)) {
					if got[i] != want[i] {
						t.Fatalf("%q: token %d: got %+v, want %+v", text, i, got[i], want[i])
					}
				}
				t.Fatalf("%q: %d tokens, want %d", text, len(got), len(want))
			}
			if !reflect.DeepEqual(n1, n2) || !reflect.DeepEqual(v1, v2) {
				t.Fatalf("%q: notes or word table differ", text)
			}
		}
	}
}
