package claims

import (
	"slices"
	"testing"

	"github.com/polexhq/polex/extractors/gazetteer"
)

// scanSamples are texts whose words end at every kind of boundary the fast
// path has to tell from the slow one.
var scanSamples = []string{
	"", "a", "A", "1", "we'll", "We’ll", "don't", "DON'T", "Russia's", "Russia’s", "U.S.", "U.S. officials", "the U.S",
	"e.g. this", "1.8 million", "3,000-page", "a,b", "a, b", "a-b", "a- b", "a -b", "a--b", "end.", "end.\n", "end,",
	"end'", "end-", "end’", "end'x", "end-é", "end.é", "end,é", "endé", "end\u00a0next", "end\u2019s", "x*y", "**bold**",
	"_em_ phasis", "Family rally, truly ALLY Swiftly", "Ukraine’s 2024 plan", "S.", "A.B.C. and D.E", "COVID-19",
	"rock’n’roll", "O'Neill", "it’S", "CAN’T", "Tromsø", "naïve", "日本 said", "said—and", "“Quote,” said X.",
	"$5 or 10%", "\xff\xfe bad \xe2\x80", "end.\xe2\x80\x9d", "a.1", "1.a", "1,a", "a,1", "9,9", "Mr.Smith",
}

// TestScanAgrees checks the fast reading of plain ASCII words, and their
// lowering through the gazetteer keys, against the general reading.
func TestScanAgrees(t *testing.T) {
	texts := append([]string{}, scanSamples...)
	// each sample before and after the first twenty, so that each
	// boundary meets many words
	for _, a := range scanSamples {
		for _, b := range scanSamples[:20] {
			texts = append(texts, a+b, b+a, a+" "+b)
		}
	}
	for _, s := range texts {
		for _, keys := range [][]gazetteer.Token{nil, gazetteer.Tokenize(s)} {
			got := scanInto(nil, s, &lowKeys{keys: keys}, 0, len(s))
			want := scan(nil, s, &lowKeys{}, 0, len(s), false)
			if !slices.Equal(got, want) {
				t.Errorf("scanInto(%q) = %+v,\n want %+v", s, got, want)
			}
			// and from every offset, which may cut a word, forwards and
			// backwards through one lowKeys
			lk := &lowKeys{keys: keys}
			for k := 1; k < 2*len(s); k++ {
				o := k
				if k >= len(s) {
					o = 2*len(s) - k
				}
				got := scanInto(nil, s, lk, o, len(s))
				want := scan(nil, s, &lowKeys{}, o, len(s), false)
				if !slices.Equal(got, want) {
					t.Errorf("scanInto(%q[%d:]) = %+v,\n want %+v", s, o, got, want)
				}
			}
		}
	}
}

// TestLowSpanAgrees checks lowSpan, which lowers through the gazetteer keys,
// against lower on every span, asked for in no particular order.
func TestLowSpanAgrees(t *testing.T) {
	for _, text := range scanSamples {
		text += " and The U.S. Said"
		a := &analyzer{text: text, lkSpan: lowKeys{keys: gazetteer.Tokenize(text)}}
		for s := len(text); s >= 0; s-- {
			for e := s; e <= len(text); e++ {
				if got, want := a.lowSpan(s, e), lower(text[s:e]); got != want {
					t.Errorf("lowSpan(%q) = %q, want %q", text[s:e], got, want)
				}
			}
		}
	}
}
