package treaties

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkFindFixtures runs find over the fixtures, texts with paragraphs
// of which only some name instruments, as most documents are.
func BenchmarkFindFixtures(b *testing.B) {
	tb := mustTable(b)
	var sb strings.Builder
	for _, f := range []string{"joint-statement", "speech", "treaty-text"} {
		s, err := os.ReadFile("testdata/" + f + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(s)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tb.find(text)
	}
}
