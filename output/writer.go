package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
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

// JSONLWriter writes whole lines: a line is written with one Write call to
// the underlying writer when flushed, so a killed run never leaves half a
// record behind a complete one in a buffered file.
type JSONLWriter struct {
	w *bufio.Writer
}

// NewJSONLWriter returns a writer; call Flush when done.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	return &JSONLWriter{w: bufio.NewWriterSize(w, 1<<16)}
}

// Write encodes v as one line.
func (j *JSONLWriter) Write(v any) error {
	line, err := Marshal(v)
	if err != nil {
		return err
	}
	return j.WriteLine(line)
}

// WriteLine writes an already encoded line (ending in '\n').
func (j *JSONLWriter) WriteLine(line []byte) error {
	if _, err := j.w.Write(line); err != nil {
		return fmt.Errorf("writing record: %w", err)
	}
	return nil
}

// Flush writes buffered lines.
func (j *JSONLWriter) Flush() error { return j.w.Flush() }
