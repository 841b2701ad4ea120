package organisations

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// TestGolden runs the extractor over each testdata/*.txt (texts written for
// these tests) and compares the mentions with the .golden file beside it.
// Run with -update to rewrite the golden files, then review the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			var sb strings.Builder
			for _, m := range extract(t, text) {
				fmt.Fprintf(&sb, "%d-%d\t%s\t%s\t%s\t%d\n", m.Start, m.End, text[m.Start:m.End], m.Entity, m.Kind, m.Priority)
			}
			got := sb.String()
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("mentions differ from %s:\n%s", golden, lineDiff(string(want), got))
			}
			// Idempotence: a second run over the same text gives the same.
			var again strings.Builder
			for _, m := range extract(t, text) {
				fmt.Fprintf(&again, "%d-%d\t%s\t%s\t%s\t%d\n", m.Start, m.End, text[m.Start:m.End], m.Entity, m.Kind, m.Priority)
			}
			if again.String() != got {
				t.Error("second run differs from the first")
			}
		})
	}
}

// lineDiff lists lines only in want ("-") or only in got ("+").
func lineDiff(want, got string) string {
	w, g := map[string]bool{}, map[string]bool{}
	for _, l := range strings.Split(want, "\n") {
		w[l] = true
	}
	for _, l := range strings.Split(got, "\n") {
		g[l] = true
	}
	var sb strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			sb.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			sb.WriteString("+ " + l + "\n")
		}
	}
	return sb.String()
}
