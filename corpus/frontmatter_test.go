package corpus

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/polexhq/polex/internal/randtext"
	"gopkg.in/yaml.v3"
)

// sameAsYAML checks parseSimpleFrontMatter against yaml.Unmarshal on head:
// when the fast path takes head, YAML must accept it and give the same keys,
// value types and values (time.Time with its zone, as fmt prints it). It
// reports whether the fast path took head.
func sameAsYAML(t *testing.T, head string) bool {
	t.Helper()
	got, ok := parseSimpleFrontMatter([]byte(head))
	if !ok {
		return false
	}
	var want map[string]any
	if err := yaml.Unmarshal([]byte(head), &want); err != nil {
		t.Fatalf("fast path took front matter that YAML rejects (%v):\n%q\n%#v", err, head, got)
	}
	if a, b := describeMap(got), describeMap(want); a != b {
		t.Fatalf("front matter %q:\nfast path %s\nyaml      %s", head, a, b)
	}
	return true
}

func describeMap(m map[string]any) string {
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Fprintf(&b, "%q: %T %q; ", k, m[k], fmt.Sprint(m[k]))
	}
	return b.String()
}

func TestSimpleFrontMatterCases(t *testing.T) {
	taken := []string{
		"date: '2024-10-15'\nmodified_time: 2024-10-16 15:32:46-04:00\npublished_time: 2024-10-15 14:40:58-04:00\nsource_url: https://x.gov/a/b/\ntags: speeches-remarks\ntitle: \"Remarks by President\\_Biden at a Political Event | Philadelphia,\\_PA\"",
		"title: \"Statement from National Security Communications Advisor John Kirby on the\\\n  \\ Strategic Communications John\\_Kirby\"",
		"title: \"A long title that the writer\n  folded over two lines\"\ndate: 2025-01-02",
		"title: 'It''s a\n  single-quoted title'",
		"title: \"\\u2019\\x41\\U0001F600\\N\\L\\P\\t\\\"\\\\\"",
		"title: Plain title with 'quotes' and \"more\"",
		"when: 2024-10-15T14:40:58Z\nlocal: 2024-10-15 14:40:58\nday: 2024-1-2",
		"title: \"a\n  \n  b\"",
		"title: \"trailing   \n   spaces\"",
	}
	for _, h := range taken {
		if !sameAsYAML(t, h) {
			t.Errorf("fast path declined %q", h)
		}
	}
	declined := []string{
		"", "title: x\n", "title:x", "title:  x", "title: x # comment", "title: x: y", "title: x:",
		"title: 'open", "title: \"a\\qb\"", "title: \"\\uD800\"", "title: x\ntitle: y", "true: x", "title: true",
		"title: null", "title: 12", "title: 1e5", "title: \"\\/\"", "title: [a, b]", "title: &a x", "title: *a", "title: |\n  x",
		"title: \"a\nb\"", "title: x\n  continued", "# comment\ntitle: x", "title: \"a\tb\"", "title: \"a\r\nb\"",
		"title: \"a\u2028b\"", "title: \"a\u0085b\"", "title: \"\ufeffx\"", "title: x\n\ntags: y", "  title: x",
		"title: \"x\" ", "title: 'x' # c", "title: \"x\"y", "- a\n- b", "title: ~", "title: -x", "title: 2024-13-45",
	}
	for _, h := range declined {
		if _, ok := parseSimpleFrontMatter([]byte(h)); ok {
			t.Errorf("fast path took %q", h)
		}
	}
}

// Random front matter of the simple shape and around it: every one the fast
// path takes must decode as yaml.v3 decodes it.
func TestSimpleFrontMatterMatchesYAML(t *testing.T) {
	keys := []string{"title", "date", "tags", "published_time", "source_url", "x-y", "a_1", "true", "Null", "y", "title"}
	inner := []string{"a", "Word", " ", "  ", "\n  ", "\n  \n  ", "\n", "\n   ", "\\\n  ", "\\\n", "\\ ", "\\_", "\\u2019",
		"\\x41", "\\U0001F600", "\\uD800", "\\q", "\\", "\\\"", "\\\\", "\\t", "\\N", "''", "'", "\"", "#", " #", ": ", ":",
		"\u00A0", "é", "—", "\U0001F600", "\t", "\r", "\u2028", "\ufeff", "---", "...", "\n---", "\n...", "|", "&x"}
	plains := []string{"speeches-remarks", "https://x.gov/a#b", "2024-10-15", "2024-10-16 15:32:46-04:00", "2024-10-15T14:40:58Z",
		"2024-10-15 14:40:58", "2024-1-2", "12", "1e5", "0x1F", "1_000", "0o17", "12 monkeys", "true", "null", "yes", "on",
		"x: y", "x #c", "x:", "a b ", "Title with 'q' and \"dq\"", "2024-10-15 junk", "9999-99-99 x"}
	rng := rand.New(rand.NewPCG(29, 31))
	taken := 0
	for range 20000 {
		var b strings.Builder
		for e := range 1 + rng.IntN(5) {
			if e > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(keys[rng.IntN(len(keys))])
			b.WriteString(": ")
			switch rng.IntN(3) {
			case 0:
				b.WriteString(plains[rng.IntN(len(plains))])
			default:
				q := `"'`[rng.IntN(2)]
				b.WriteByte(q)
				for range rng.IntN(8) {
					b.WriteString(inner[rng.IntN(len(inner))])
				}
				b.WriteByte(q)
			}
		}
		if sameAsYAML(t, b.String()) {
			taken++
		}
	}
	if taken < 2000 {
		t.Errorf("the fast path took only %d of the generated front matters", taken)
	}
	// And unstructured mixes of the same pieces.
	pieces := append(append(append([]string{"title: ", "date: ", "\n", "\ntags: "}, inner...), plains...), keys...)
	for _, h := range randtext.Texts(37, 41, 20000, 12, pieces) {
		sameAsYAML(t, h)
	}
}

// The front matter of the White House corpus, when it is there: every file's
// head must decode as yaml.v3 decodes it.
func TestSimpleFrontMatterOnCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/whitehouse/*/*/*.md")
	if len(files) == 0 {
		t.Skip("no White House corpus here")
	}
	taken := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rest, ok := strings.CutPrefix(string(raw), "---\n")
		end := strings.Index(rest, "\n---")
		if !ok || end < 0 {
			continue
		}
		if sameAsYAML(t, rest[:end]) {
			taken++
		}
	}
	t.Logf("fast path took %d of %d front matters", taken, len(files))
}

func FuzzSimpleFrontMatterMatchesYAML(f *testing.F) {
	f.Add("title: \"a\\_b\n  \\ c\"\ndate: '2024-10-15'\npublished_time: 2024-10-15 14:40:58-04:00")
	f.Add("title: 'x''y'\ntags: a")
	f.Fuzz(func(t *testing.T, head string) {
		sameAsYAML(t, head)
	})
}
