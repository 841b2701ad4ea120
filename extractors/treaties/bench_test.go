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

// BenchmarkFindSparse runs find over paragraphs of which one in ten names
// an instrument, as in most policy texts.
func BenchmarkFindSparse(b *testing.B) {
	tb := mustTable(b)
	var sb strings.Builder
	for i := range 400 {
		if i%10 == 0 {
			sb.WriteString("The Parties recalled Article 5 of the North Atlantic Treaty and welcomed the new Reciprocal Access Agreement between Japan and Australia.\n\n")
			continue
		}
		sb.WriteString("The President spoke with workers in Ohio about new jobs, lower costs for families and the investments that are rebuilding roads, bridges and ports. ")
		sb.WriteString("He said that the work would go on next year, and that the Administration will keep its promises to the communities it serves.\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tb.find(text)
	}
}
