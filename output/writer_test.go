package output

import (
	"bytes"
	"strings"
	"testing"
)

// countingWriter records the size of every Write call.
type countingWriter struct {
	bytes.Buffer
	calls []int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls = append(c.calls, len(p))
	return c.Buffer.Write(p)
}

func TestJSONLWriterWritesOnlyWholeLines(t *testing.T) {
	cw := &countingWriter{}
	w := NewJSONLWriter(cw)
	w.limit = 100
	for i := range 50 {
		if err := w.Write(map[string]any{"i": i, "pad": strings.Repeat("x", i%13)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if len(cw.calls) < 5 {
		t.Fatalf("only %d writes: not flushing at the limit", len(cw.calls))
	}
	// Every prefix handed to the file ends at a line end.
	total := 0
	for _, n := range cw.calls {
		total += n
		if cw.Bytes()[total-1] != '\n' {
			t.Fatalf("a write ended inside a line at byte %d", total)
		}
	}
	if got := strings.Count(cw.String(), "\n"); got != 50 {
		t.Errorf("%d lines, want 50", got)
	}
}

func TestJSONLWriterTransform(t *testing.T) {
	var buf bytes.Buffer
	w := NewJSONLWriter(&buf)
	w.Transform = func(line []byte) ([]byte, error) {
		if bytes.Contains(line, []byte(`"drop"`)) {
			return nil, nil
		}
		return append([]byte("# "), line...), nil
	}
	for _, v := range []string{"keep", "drop", "also"} {
		if err := w.Write(v); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	if got, want := buf.String(), "# \"keep\"\n# \"also\"\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
