package output

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrNotDocument is returned by BulkWriter.Write for a line that is not a
// document record (error records go to the error stream, not the index).
var ErrNotDocument = errors.New("not a document record")

// maxBulkID is the longest _id OpenSearch and Elasticsearch accept (512
// bytes). Longer record ids (long URLs) are replaced by a hash, see Write.
const maxBulkID = 512

// BulkWriter writes document records as OpenSearch/Elasticsearch bulk
// NDJSON (POST _bulk): for each record an "index" action naming the index
// and the record's id as _id, then the record itself. "index" replaces a
// document with the same _id, so loading the same output twice leaves the
// index as loading it once.
type BulkWriter struct {
	w      io.Writer
	action []byte // `{"index":{"_index":"NAME","_id":`
	buf    []byte
}

// NewBulkWriter returns a writer of bulk NDJSON for the index (check the
// name with ValidateIndexName first). Each record is written with one Write
// call to w, so a buffered w never holds an action without its document.
func NewBulkWriter(w io.Writer, index string) *BulkWriter {
	return &BulkWriter{w: w, action: bulkAction(index)}
}

func bulkAction(index string) []byte {
	a := []byte(`{"index":{"_index":`)
	a = appendJSONString(a, index)
	return append(a, `,"_id":`...)
}

// Write writes the action line and the record line (an encoded document
// record, as the JSONL output has it, with or without its '\n'). The _id is
// the record's id; an id longer than 512 bytes, which the index would
// refuse, becomes "sha256:" and the hex SHA-256 of the id, stable across
// runs all the same (the document keeps its full id field).
func (b *BulkWriter) Write(line []byte) error {
	buf, err := appendBulk(b.buf[:0], b.action, line)
	if err != nil {
		return err
	}
	b.buf = buf
	if _, err := b.w.Write(buf); err != nil {
		return fmt.Errorf("writing bulk record: %w", err)
	}
	return nil
}

// AppendBulk appends to dst what BulkWriter.Write writes for one record
// line: for callers that transform lines rather than write them.
func AppendBulk(dst []byte, index string, line []byte) ([]byte, error) {
	return appendBulk(dst, bulkAction(index), line)
}

func appendBulk(dst, action, line []byte) ([]byte, error) {
	id, err := bulkID(line)
	if err != nil {
		return dst, err
	}
	dst = append(dst, action...)
	dst = appendJSONString(dst, id)
	dst = append(dst, "}}\n"...)
	dst = append(dst, bytes.TrimRight(line, " \t\r\n")...)
	return append(dst, '\n'), nil
}

// bulkID finds the record's schema and id. It walks the whole line (fast,
// see objScanner) so that a malformed line never reaches the bulk body,
// where the index may reject the whole request, not just one document.
func bulkID(line []byte) (string, error) {
	s, err := newObjScanner(line)
	if err != nil {
		return "", fmt.Errorf("bulk: %w", err)
	}
	var id, schema string
	for {
		key, val, _, ok, err := s.next()
		if err != nil {
			return "", fmt.Errorf("bulk: %w", err)
		}
		if !ok {
			break
		}
		switch {
		case keyIs(key, "id"):
			if id, err = rawString(val); err != nil {
				return "", fmt.Errorf("bulk: record id: %w", err)
			}
		case keyIs(key, "schema"):
			if schema, err = rawString(val); err != nil {
				return "", fmt.Errorf("bulk: record schema: %w", err)
			}
		}
	}
	if schema != DocSchema {
		return "", fmt.Errorf("bulk: schema %q: %w", schema, ErrNotDocument)
	}
	if id == "" {
		return "", errors.New("bulk: record has no id")
	}
	if len(id) > maxBulkID {
		sum := sha256.Sum256([]byte(id))
		id = "sha256:" + hex.EncodeToString(sum[:])
	}
	return id, nil
}

// appendJSONString appends s as a JSON string. encoding/json does the
// escaping (quotes, backslashes, control characters, invalid UTF-8); HTML
// escaping is left off, as in Marshal, so ids stay readable.
func appendJSONString(dst []byte, s string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return append(dst, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}

// ValidateIndexName checks an OpenSearch/Elasticsearch index name: not
// empty, at most 255 bytes, lowercase, none of \ / * ? " < > | , # : or
// space, not starting with - _ +, and not "." or "..".
func ValidateIndexName(name string) error {
	switch {
	case name == "":
		return errors.New("index name is empty")
	case name == "." || name == "..":
		return fmt.Errorf("index name %q is not allowed", name)
	case len(name) > 255:
		return fmt.Errorf("index name is longer than 255 bytes")
	case strings.ContainsAny(name[:1], "-_+"):
		return fmt.Errorf("index name %q starts with %q", name, name[:1])
	case name != strings.ToLower(name):
		return fmt.Errorf("index name %q has upper-case letters", name)
	}
	if i := strings.IndexAny(name, "\\/*?\"<>|,#: "); i >= 0 {
		return fmt.Errorf("index name %q contains %q", name, name[i])
	}
	return nil
}
