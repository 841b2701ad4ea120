package prosetext

import (
	"testing"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// TestStraighten checks that curly quotes become ASCII and that every byte
// of the result maps back to the byte it came from.
func TestStraighten(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"“Quoted” it’s", `"Quoted" it's`},
		{"José Álvarez’s", "José Álvarez's"},
		{"O&rsquo;Brien", "O'Brien"},
		{"‘single’ and 東京", "'single' and 東京"},
	} {
		got, offs := Straighten(tc.in)
		if got != tc.want {
			t.Errorf("Straighten(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if len(offs) != len(got)+1 || offs[len(got)] != len(tc.in) {
			t.Fatalf("Straighten(%q): %d offsets for %d bytes", tc.in, len(offs), len(got))
		}
		for i := 1; i < len(offs); i++ {
			if offs[i] < offs[i-1] {
				t.Errorf("Straighten(%q): offsets go back at %d", tc.in, i)
			}
		}
		// every rune that was kept maps to the start of the same rune of
		// the input (its other bytes map there too)
		for i := 0; i < len(got); i++ {
			if c := got[i]; utf8.RuneStart(c) && c != '"' && c != '\'' && tc.in[offs[i]] != c {
				t.Errorf("Straighten(%q): byte %d %q maps to %q", tc.in, i, c, tc.in[offs[i]])
			}
		}
	}
}

func TestNewDocument(t *testing.T) {
	d, err := NewDocument("Officials met in Paris.", prose.WithSegmentation(false), prose.WithExtraction(false), prose.WithTagging(false), prose.UsingModel(&prose.Model{}))
	if err != nil || len(d.Tokens()) != 5 {
		t.Fatalf("NewDocument: %v, %d tokens, want 5", err, len(d.Tokens()))
	}
}
