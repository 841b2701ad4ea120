package randtext

import (
	"slices"
	"strings"
	"testing"
)

func TestTexts(t *testing.T) {
	pieces := []string{"a", "b"}
	got := Texts(1, 2, 500, 3, pieces)
	if len(got) != 500 {
		t.Fatalf("%d texts, want 500", len(got))
	}
	for _, s := range got {
		if len(s) < 1 || len(s) > 3 || strings.Trim(s, "ab") != "" {
			t.Fatalf("text %q is not 1 to 3 pieces", s)
		}
	}
	if !slices.Equal(got, Texts(1, 2, 500, 3, pieces)) {
		t.Error("the same seeds gave other texts")
	}
	if slices.Equal(got, Texts(3, 4, 500, 3, pieces)) {
		t.Error("other seeds gave the same texts")
	}
}
