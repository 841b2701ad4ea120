package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/polexhq/polex/output"
)

var update = flag.Bool("update", false, "rewrite golden files from the current output")

// TestGolden runs polex over every input in testdata/golden and compares the
// JSONL with NAME.golden.jsonl. Golden files are reviewed output: each case
// also has NAME.expect, hand-checked expectations that hold whatever the
// golden file says. Run with -update to regenerate, then read the diff.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/golden/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, in := range inputs {
		base := filepath.Base(in)
		if strings.HasSuffix(base, ".golden.jsonl") || strings.HasSuffix(base, ".expect") {
			continue
		}
		n++
		name := strings.TrimSuffix(base, filepath.Ext(base))
		t.Run(name, func(t *testing.T) {
			var out, errs bytes.Buffer
			code := Main([]string{"run", "--workers", "2", in}, Env{Stdout: &out, Stderr: &errs})
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs.String())
			}
			golden := strings.TrimSuffix(in, filepath.Ext(in)) + ".golden.jsonl"
			if *update {
				if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("output differs from %s (run with -update and review the diff):\n%s", golden, lineDiff(string(want), out.String()))
			}
			recs := decodeLines(t, out.Bytes())
			for _, r := range recs {
				checkRecord(t, r.raw, r.rec)
			}
			exp := strings.TrimSuffix(in, filepath.Ext(in)) + ".expect"
			if _, err := os.Stat(exp); err != nil {
				t.Fatalf("no hand-checked expectations: %v", err)
			}
			checkExpectations(t, exp, recs)
		})
	}
	if n == 0 {
		t.Fatal("no golden cases")
	}
}

type decoded struct {
	raw []byte
	rec *output.Record
}

func decodeLines(t *testing.T, b []byte) []decoded {
	t.Helper()
	var out []decoded
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		line := append([]byte(nil), sc.Bytes()...)
		var r output.Record
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatalf("bad JSON line: %v", err)
		}
		out = append(out, decoded{line, &r})
	}
	return out
}

// checkRecord validates a record against the JSON Schema and checks every
// span: its code-point slice of the text is its text.
func checkRecord(t *testing.T, raw []byte, r *output.Record) {
	t.Helper()
	if err := output.ValidateRecord(raw); err != nil {
		t.Errorf("%s: schema: %v", r.ID, err)
	}
	runes := []rune(r.Text)
	slice := func(s, e int) string {
		if s < 0 || e > len(runes) || s > e {
			return fmt.Sprintf("<bad span %d-%d>", s, e)
		}
		return string(runes[s:e])
	}
	prevEnd := 0
	for _, m := range r.Mentions {
		if got := slice(m.Start, m.End); got != m.Text {
			t.Errorf("%s: mention [%d,%d) is %q, says %q", r.ID, m.Start, m.End, got, m.Text)
		}
		if m.Start < prevEnd {
			t.Errorf("%s: mention %q overlaps or is out of order", r.ID, m.Text)
		}
		prevEnd = m.End
	}
	for _, c := range r.Claims {
		if got := slice(c.Start, c.End); got != c.Text {
			t.Errorf("%s: claim [%d,%d) is %q, says %q", r.ID, c.Start, c.End, got, c.Text)
		}
		if c.Cue != nil {
			if got := slice(c.Cue.Start, c.Cue.End); got != c.Cue.Text {
				t.Errorf("%s: cue [%d,%d) is %q, says %q", r.ID, c.Cue.Start, c.Cue.End, got, c.Cue.Text)
			}
		}
	}
	counts := map[string]int{}
	for _, m := range r.Mentions {
		if m.Entity != "" {
			counts[m.Entity]++
		}
	}
	for _, e := range r.Entities {
		if counts[e.ID] != e.Count {
			t.Errorf("%s: entity %s count %d, mentions %d", r.ID, e.ID, e.Count, counts[e.ID])
		}
	}
}

// checkExpectations reads hand-checked expectations, one per line, tab-separated:
//
//	TYPE  TEXT  N  NORM   the Nth mention with this text has TYPE and entity id or date value NORM
//	!TYPE TEXT            no mention of TYPE has this text
//	only  TYPE            every mention of TYPE is one of the expectations listed
//	claim ANCHOR SPEAKER [PROPS]  a claim overlaps ANCHOR, with speaker entity, text, or
//	                      "author"; PROPS, comma-separated, are exactly its flags (hedged,
//	                      negated, conditional: those not named are false), kind=K, members=A+B
//	maxclaims N           at most N claims
//
// Expectations apply to the first record of the case.
func checkExpectations(t *testing.T, file string, recs []decoded) {
	t.Helper()
	if len(recs) == 0 {
		t.Fatal("no records")
	}
	r := recs[0].rec
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	expected := map[string]map[int]bool{} // type -> mention index
	var only []string
	checked := 0
	for ln, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		where := fmt.Sprintf("%s:%d", file, ln+1)
		checked++
		switch {
		case f[0] == "maxclaims" && len(f) == 2:
			n, err := strconv.Atoi(f[1])
			if err != nil {
				t.Fatalf("%s: bad number %q", where, f[1])
			}
			if len(r.Claims) > n {
				t.Errorf("%s: %d claims, at most %d expected", where, len(r.Claims), n)
			}
		case f[0] == "only" && len(f) == 2:
			only = append(only, f[1])
		case f[0] == "claim" && (len(f) == 3 || len(f) == 4):
			props := ""
			if len(f) == 4 {
				props = f[3]
			}
			checkClaim(t, where, r, f[1], f[2], props)
		case strings.HasPrefix(f[0], "!") && len(f) == 2:
			for _, m := range r.Mentions {
				if m.Type == f[0][1:] && m.Text == f[1] {
					t.Errorf("%s: unexpected %s mention %q at %d", where, m.Type, m.Text, m.Start)
				}
			}
		case len(f) == 4:
			n, err := strconv.Atoi(f[2])
			if err != nil {
				t.Fatalf("%s: bad occurrence %q", where, f[2])
			}
			idx := nthMention(r, f[1], n)
			if idx < 0 {
				t.Errorf("%s: no mention %q (occurrence %d); want %s %s", where, f[1], n, f[0], f[3])
				continue
			}
			m := r.Mentions[idx]
			norm := m.Entity
			if m.Type == "date" {
				norm = m.Value
			}
			if m.Type != f[0] || norm != f[3] {
				t.Errorf("%s: %q is %s %s; want %s %s", where, f[1], m.Type, norm, f[0], f[3])
			}
			if expected[f[0]] == nil {
				expected[f[0]] = map[int]bool{}
			}
			expected[f[0]][idx] = true
		default:
			t.Fatalf("%s: cannot read expectation %q", where, line)
		}
	}
	if checked == 0 {
		t.Fatalf("%s holds no expectations", file)
	}
	for _, typ := range only {
		for i, m := range r.Mentions {
			if m.Type == typ && !expected[typ][i] {
				t.Errorf("%s: %s mention %q at %d is not among the expectations", file, typ, m.Text, m.Start)
			}
		}
	}
}

// nthMention finds the mention whose text is the nth (1-based) occurrence of
// text in the document, counting occurrences in the text, not mentions.
func nthMention(r *output.Record, text string, n int) int {
	runes := []rune(r.Text)
	want := []rune(text)
	seen := 0
	isWord := func(k int) bool {
		return k >= 0 && k < len(runes) && (unicode.IsLetter(runes[k]) || unicode.IsDigit(runes[k]))
	}
	for i := 0; i+len(want) <= len(runes); i++ {
		if string(runes[i:i+len(want)]) != text || isWord(i-1) || isWord(i+len(want)) {
			continue
		}
		seen++
		if seen != n {
			continue
		}
		for k, m := range r.Mentions {
			if m.Start == i && m.End == i+len(want) {
				return k
			}
		}
		return -1
	}
	return -1
}

func checkClaim(t *testing.T, where string, r *output.Record, anchor, speaker, props string) {
	t.Helper()
	start := strings.Index(r.Text, anchor)
	if start < 0 {
		t.Fatalf("%s: anchor %q not in text", where, anchor)
	}
	s := len([]rune(r.Text[:start]))
	e := s + len([]rune(anchor))
	for _, c := range r.Claims {
		if c.Start >= e || s >= c.End {
			continue
		}
		sp := c.Speaker
		if speaker == "author" && sp.Role == "author" || sp.Entity == speaker || strings.EqualFold(sp.Text, speaker) {
			if props != "" {
				checkClaimProps(t, where, c, props)
			}
			return
		}
		t.Errorf("%s: claim %q has speaker %+v; want %s", where, anchor, sp, speaker)
		return
	}
	t.Errorf("%s: no claim overlaps %q", where, anchor)
}

// lineDiff shows the first differing lines of two JSONL outputs, field by
// field where the lines are JSON objects.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w == g {
			continue
		}
		fmt.Fprintf(&b, "line %d:\n", i+1)
		var wm, gm map[string]json.RawMessage
		if json.Unmarshal([]byte(w), &wm) == nil && json.Unmarshal([]byte(g), &gm) == nil {
			for _, k := range slices.Sorted(maps.Keys(wm)) {
				if string(wm[k]) != string(gm[k]) {
					fmt.Fprintf(&b, "  %s:\n    want %s\n     got %s\n", k, clip(string(wm[k])), clip(string(gm[k])))
				}
			}
			for _, k := range slices.Sorted(maps.Keys(gm)) {
				if _, ok := wm[k]; !ok {
					fmt.Fprintf(&b, "  %s: new field %s\n", k, clip(string(gm[k])))
				}
			}
		} else {
			fmt.Fprintf(&b, "  want %s\n   got %s\n", clip(w), clip(g))
		}
		if b.Len() > 4000 {
			break
		}
	}
	return b.String()
}

// checkClaimProps checks a claim's flags, kind and group members.
func checkClaimProps(t *testing.T, where string, c output.Claim, props string) {
	t.Helper()
	flags := map[string]bool{}
	for _, p := range strings.Split(props, ",") {
		switch {
		case strings.HasPrefix(p, "kind="):
			if c.Kind != strings.TrimPrefix(p, "kind=") {
				t.Errorf("%s: claim %q kind %s, want %s", where, c.Text, c.Kind, p)
			}
		case strings.HasPrefix(p, "members="):
			if got := strings.Join(c.Speaker.Members, "+"); got != strings.TrimPrefix(p, "members=") {
				t.Errorf("%s: claim %q members %s, want %s", where, c.Text, got, p)
			}
		default:
			flags[p] = true
		}
	}
	for name, got := range map[string]bool{"hedged": c.Hedged, "negated": c.Negated, "conditional": c.Conditional} {
		if got != flags[name] {
			t.Errorf("%s: claim %q %s=%v, want %v", where, c.Text, name, got, flags[name])
		}
	}
}
