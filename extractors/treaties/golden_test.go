package treaties

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// TestGolden runs the extractor over hand-written texts in testdata/ and
// compares every mention (span, id, kind, provision) with the hand-checked
// .golden file beside it. Run with -update to rewrite the golden files, then
// review the diff.
func TestGolden(t *testing.T) {
	tb := mustTable(t)
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		var b strings.Builder
		for _, m := range tb.find(text) {
			fmt.Fprintf(&b, "%d-%d\t%q\t%s\t%s\t%d", m.Start, m.End, text[m.Start:m.End], m.Entity, m.Kind, m.Priority)
			if m.Provision != "" {
				fmt.Fprintf(&b, "\t%s", m.Provision)
			}
			b.WriteString("\n")
		}
		golden := strings.TrimSuffix(f, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if got := b.String(); got != string(want) {
			t.Errorf("%s: output differs from %s\n--- got\n%s--- want\n%s", f, golden, got, want)
		}
	}
}
