package output

import (
	"bytes"
	"fmt"
	"io"

	json "github.com/goccy/go-json"
)

// Marshal encodes v as one JSON line (with the trailing newline), without
// HTML escaping so that text stays readable.
func Marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encoding record: %w", err)
	}
	return buf.Bytes(), nil
}

// JSONLWriter buffers whole lines and hands them to the underlying writer
// only in whole lines, each flush a single Write call. On a plain file that
// is one write(2), so whatever kills the process, the file ends in a complete
// line (a disk that fills up aside).
type JSONLWriter struct {
	w     io.Writer
	buf   []byte
	limit int
	// Transform, when set, rewrites each encoded line before it is buffered
	// (field filters, bulk actions); returning nil drops the line.
	Transform func(line []byte) ([]byte, error)
}

// NewJSONLWriter returns a writer that flushes once 64 KiB of lines are
// buffered; call Flush when done.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	return &JSONLWriter{w: w, limit: 64 << 10}
}

// Write encodes v as one line.
func (j *JSONLWriter) Write(v any) error {
	line, err := Marshal(v)
	if err != nil {
		return err
	}
	return j.WriteLine(line)
}

// WriteLine adds an already encoded line (ending in '\n').
func (j *JSONLWriter) WriteLine(line []byte) error {
	if j.Transform != nil {
		var err error
		if line, err = j.Transform(line); err != nil {
			return err
		}
	}
	j.buf = append(j.buf, line...)
	if len(j.buf) >= j.limit {
		return j.Flush()
	}
	return nil
}

// Flush writes the buffered lines in one call.
func (j *JSONLWriter) Flush() error {
	if len(j.buf) == 0 {
		return nil
	}
	_, err := j.w.Write(j.buf)
	j.buf = j.buf[:0]
	if err != nil {
		return fmt.Errorf("writing records: %w", err)
	}
	return nil
}
