package claims

import (
	"testing"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/pipeline"
)

// FuzzRun checks that any text, with mentions placed anywhere, never makes
// the extractor panic and always yields valid spans.
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"Ishiba warns that the region is vulnerable, stressing that “Ukraine today is Asia tomorrow.”",
		"“We will not retreat,” said the general. According to officials, exports fell.",
		"THE PRESIDENT: I’m going to impose sanctions. Q Why?\n\nMR. SMITH: We’ll see.",
		"“Open quote never closed. He said,",
		"– President\n\n“”\n\n—",
		"The Parties shall, in my view, ’s 's n't ’ll",
		"Lena Dahl’s warning that and, which who , , , said",
		"\x00\xff\xfe said that",
		"The plan was condemned by and large. Officials voiced support from whom nobody knows.",
	} {
		f.Add(s, 3, 9)
	}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		if !utf8.ValidString(text) {
			return
		}
		d := &extractors.Doc{Text: text, Title: "Joint Statement by President Dahl", Sentences: pipeline.SplitSentences(text)}
		if n := len(text); n > 0 {
			a, b = abs(a)%n, abs(b)%n
			if a > b {
				a, b = b, a
			}
			if b > a {
				d.Mentions = []extractors.Mention{{Start: a, End: b, Type: "person", Entity: "person:x"}}
				d.Entities = []extractors.Entity{{ID: "person:x", Type: "person", Name: "X", Forms: []string{text[a:b]}}}
			}
		}
		res, err := Run(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range res.Claims {
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
				t.Fatalf("bad span %d-%d in %q", c.Start, c.End, text)
			}
			if c.Cue != nil && (c.Cue.Start < 0 || c.Cue.End > len(text) || c.Cue.Start >= c.Cue.End || text[c.Cue.Start:c.Cue.End] != c.Cue.Text) {
				t.Fatalf("bad cue %+v", c.Cue)
			}
			if sp := c.Speaker; sp.Text != "" && text[sp.Start:sp.End] != sp.Text {
				t.Fatalf("speaker text %q does not match span %d-%d", sp.Text, sp.Start, sp.End)
			}
			if c.Confidence <= 0 || c.Confidence > 1 {
				t.Fatalf("confidence %v", c.Confidence)
			}
		}
	})
}

func abs(x int) int {
	if x < 0 {
		if x == -x {
			return 0
		}
		return -x
	}
	return x
}
