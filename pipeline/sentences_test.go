package pipeline

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "One sentence. Another one! A third? Yes.", []string{"One sentence.", "Another one!", "A third?", "Yes."}},
		{"dotted acronym inside", "The U.S. Navy sailed. It left.", []string{"The U.S. Navy sailed.", "It left."}},
		{"dotted acronym ending a compound", "The ASEAN-U.S. Summit met in the U.S./U.K. Office. The EU-U.S. The talks ended.", []string{"The ASEAN-U.S. Summit met in the U.S./U.K. Office.", "The EU-U.S.", "The talks ended."}},
		{"dotted acronym at end", "He flew to the U.S. The trip was long.", []string{"He flew to the U.S.", "The trip was long."}},
		{"titles", "Dr. Smith met Gen. Jones and Mr. Lee. They talked.", []string{"Dr. Smith met Gen. Jones and Mr. Lee.", "They talked."}},
		{"number abbreviation", "See Resolution No. 5 of the council. Then vote.", []string{"See Resolution No. 5 of the council.", "Then vote."}},
		{"month abbreviation", "It began on Jan. 5, 2024 in Paris. It ended later.", []string{"It began on Jan. 5, 2024 in Paris.", "It ended later."}},
		{"quotation closes sentence", "He said, “Stop.” Then he left.", []string{"He said, “Stop.”", "Then he left."}},
		{"straight quotes", `She wrote "No." They agreed.`, []string{`She wrote "No."`, "They agreed."}},
		{"broken across blank line", "Ishiba mentions several\n\ndialogues and alliances. Next.", []string{"Ishiba mentions several\n\ndialogues and alliances.", "Next."}},
		{"paragraphs", "First paragraph without stop\n\nSecond paragraph.", []string{"First paragraph without stop", "Second paragraph."}},
		{"heading", "## A Heading Without Stop\nBody text here.", []string{"## A Heading Without Stop", "Body text here."}},
		{"list items", "Goals:\n- Build things\n- Test things", []string{"Goals:", "- Build things", "- Test things"}},
		{"lower case after stop", "It costs approx. five dollars. Fine.", []string{"It costs approx. five dollars.", "Fine."}},
		{"initials", "J. R. Smith arrived. He sat.", []string{"J. R. Smith arrived.", "He sat."}},
		{"ellipsis", "Wait... What happened?", []string{"Wait...", "What happened?"}},
		{"decimal", "Growth was 2.5 percent. Good.", []string{"Growth was 2.5 percent.", "Good."}},
		{"empty", "  \n\n ", nil},
		{"no final stop", "Just words", []string{"Just words"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitSentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"A. B.", "U.S. The", "“Hi.” Yes", "x\n\ny", "\xff. \xfe", "日本。 中国. Émile."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range SplitSentences(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %+v after %d in %q", s, prev, text)
			}
			prev = s.End
		}
	})
}
