package output

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// parseBulk checks that b is bulk NDJSON as the _bulk API reads it: pairs
// of an action line with exactly one "index" action and its source line,
// each one JSON object on its own line. It returns the actions' metadata
// and the source lines.
func parseBulk(t *testing.T, b []byte) (meta []map[string]string, docs []string) {
	t.Helper()
	if len(b) > 0 && b[len(b)-1] != '\n' {
		t.Fatal("bulk body does not end in a newline")
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<24)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if len(lines)%2 != 0 {
		t.Fatalf("%d lines: an action without its document", len(lines))
	}
	for i := 0; i < len(lines); i += 2 {
		var action map[string]map[string]string
		if err := json.Unmarshal([]byte(lines[i]), &action); err != nil {
			t.Fatalf("line %d: action %q: %v", i+1, lines[i], err)
		}
		m, ok := action["index"]
		if len(action) != 1 || !ok {
			t.Fatalf("line %d: action %q is not one index action", i+1, lines[i])
		}
		var doc map[string]any
		if err := json.Unmarshal([]byte(lines[i+1]), &doc); err != nil {
			t.Fatalf("line %d: document: %v", i+2, err)
		}
		meta = append(meta, m)
		docs = append(docs, lines[i+1])
	}
	return meta, docs
}

func TestBulkWriter(t *testing.T) {
	long := strings.Repeat("https://example.org/very/long/path/", 20)
	sum := sha256.Sum256([]byte(long))
	ids := []struct{ id, want string }{
		{"doc-1", "doc-1"},
		{`quote " and back\slash`, `quote " and back\slash`},
		{"tab\tnew\nline", "tab\tnew\nline"},
		{"<a&b> ünïcødé 東京 \u2028", "<a&b> ünïcødé 東京 \u2028"},
		{long, "sha256:" + hex.EncodeToString(sum[:])},
	}
	var out bytes.Buffer
	var err error
	bw := NewBulkWriter(&out, "polex-2024.05")
	var want []string
	for i, tc := range ids {
		line := testLine(t, i, tc.id, 20)
		if i == 1 {
			line = bytes.TrimSuffix(line, []byte("\n")) // a line without its newline
		}
		if err := bw.Write(line); err != nil {
			t.Fatalf("Write(%q): %v", tc.id, err)
		}
		want = append(want, string(bytes.TrimSuffix(line, []byte("\n"))))
	}
	meta, docs := parseBulk(t, out.Bytes())
	if len(meta) != len(ids) {
		t.Fatalf("%d actions, want %d", len(meta), len(ids))
	}
	for i, tc := range ids {
		if meta[i]["_index"] != "polex-2024.05" || meta[i]["_id"] != tc.want {
			t.Errorf("action %d = %v, want _id %q", i, meta[i], tc.want)
		}
		if docs[i] != want[i] {
			t.Errorf("document %d changed:\n%s\n%s", i, docs[i], want[i])
		}
	}
	// Writing the same records again gives the same bytes: reloading is
	// idempotent because the _id is the record's.
	var again bytes.Buffer
	bw2 := NewBulkWriter(&again, "polex-2024.05")
	for i, tc := range ids {
		line := testLine(t, i, tc.id, 20)
		if i == 1 {
			line = bytes.TrimSuffix(line, []byte("\n"))
		}
		bw2.Write(line)
	}
	if !bytes.Equal(again.Bytes(), out.Bytes()) {
		t.Error("the same records gave different bulk bodies")
	}
	// AppendBulk appends the same bytes.
	var appended []byte
	for i, tc := range ids {
		line := testLine(t, i, tc.id, 20)
		appended, err = AppendBulk(appended, "polex-2024.05", line)
		if err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(appended, out.Bytes()) {
		t.Error("AppendBulk differs from BulkWriter")
	}
	if _, err := AppendBulk(nil, "polex", testErrorLine(t, 0, "x")); !errors.Is(err, ErrNotDocument) {
		t.Errorf("AppendBulk(error record): %v", err)
	}
}

func TestBulkWriterRejects(t *testing.T) {
	var out bytes.Buffer
	bw := NewBulkWriter(&out, "polex")
	err := bw.Write(testErrorLine(t, 0, "x"))
	if !errors.Is(err, ErrNotDocument) {
		t.Errorf("error record: %v, want ErrNotDocument", err)
	}
	for _, line := range []string{
		`{"schema":"polex.doc/v1","seq":1}`,
		`{"schema":"polex.doc/v1","id":"","seq":1}`,
		`{"schema":"polex.doc/v1","id":3}`,
		`{"id":"a"}`,
		`not json`,
		`{"schema":"polex.doc/v1","id":"a"`,
	} {
		if err := bw.Write([]byte(line)); err == nil {
			t.Errorf("Write(%q): no error", line)
		}
	}
	if out.Len() != 0 {
		t.Errorf("rejected records wrote %q", out.Bytes())
	}
}

func TestValidateIndexName(t *testing.T) {
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"polex", true},
		{"polex-2024.05_v1", true},
		{"日本", true},
		{"", false},
		{".", false},
		{"..", false},
		{"Polex", false},
		{"-polex", false},
		{"_polex", false},
		{"+polex", false},
		{"po lex", false},
		{"po/lex", false},
		{"po,lex", false},
		{"po#lex", false},
		{"po:lex", false},
		{`po"lex`, false},
		{strings.Repeat("a", 256), false},
		{strings.Repeat("a", 255), true},
	} {
		if err := ValidateIndexName(tc.name); (err == nil) != tc.ok {
			t.Errorf("ValidateIndexName(%q) = %v, want ok=%v", tc.name, err, tc.ok)
		}
	}
}

// BenchmarkBulkWriter writes generated ≈ 2,000-word records; MB/s is of
// input lines.
func BenchmarkBulkWriter(b *testing.B) {
	var lines [][]byte
	size := 0
	for i := range 20 {
		l := testLine(b, i, "doc-"+strings.Repeat("x", i), 2000)
		lines = append(lines, l)
		size += len(l)
	}
	var out bytes.Buffer
	bw := NewBulkWriter(&out, "polex")
	b.SetBytes(int64(size))
	for b.Loop() {
		out.Reset()
		for _, l := range lines {
			if err := bw.Write(l); err != nil {
				b.Fatal(err)
			}
		}
	}
}
