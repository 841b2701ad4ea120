package gen

import (
	"strings"
	"testing"
)

func TestDocumentIsDeterministicAndSized(t *testing.T) {
	a, b := Document(7, 500), Document(7, 500)
	if a != b {
		t.Fatal("same seed, different documents")
	}
	if Document(8, 500) == a {
		t.Fatal("different seeds, same document")
	}
	if n := len(strings.Fields(a)); n < 500 || n > 600 {
		t.Fatalf("%d words for 500 asked", n)
	}
}
