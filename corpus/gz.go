package corpus

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// ErrDecompressedTooLarge is a compressed input that expands beyond the
// limit: a gzip bomb ends as an error record, not as an out-of-memory.
var ErrDecompressedTooLarge = errors.New("decompressed size exceeds the limit")

// MaxDecompressedBytes bounds what a .gz input may expand to.
var MaxDecompressedBytes int64 = 256 << 20

// Gunzip decompresses a gzip stream (all members) into at most limit
// bytes. A truncated or corrupt stream is an error (io.ErrUnexpectedEOF or
// gzip.ErrChecksum wrapped), never a silently shortened text.
func Gunzip(raw []byte, limit int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("%w (%d bytes)", ErrDecompressedTooLarge, limit)
	}
	return out, nil
}

// IsGzip reports whether bytes start with the gzip magic number.
func IsGzip(raw []byte) bool { return len(raw) >= 2 && raw[0] == 0x1f && raw[1] == 0x8b }

// IsPDF reports whether bytes start (after any leading whitespace) with
// the PDF header.
func IsPDF(raw []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(raw[:min(len(raw), 1024)], "\x00\t\r\n "), []byte("%PDF-"))
}

// DecodeFile reads a local document that is not plain text or Markdown by
// itself: a PDF, an HTML page (charset from its <meta>), or any of the
// local formats gzip-compressed (name.txt.gz, name.html.gz, name.pdf.gz,
// name.md.gz). The format comes from the extension, and from the bytes
// when they disagree (a PDF is a PDF whatever its name). It returns the
// normalised text, the document's own metadata and the media type read.
// Plain text and Markdown with invalid UTF-8 are repaired and flagged. The
// error is ready to wrap in *Error; its stage is DecodeStage(err).
func DecodeFile(path string, raw []byte) (Decoded, error) {
	name := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(name, ".gz") || IsGzip(raw) {
		inner, err := Gunzip(raw, MaxDecompressedBytes)
		if err != nil {
			return Decoded{ContentType: "application/gzip"}, &stageError{"decode", err}
		}
		return DecodeFile(strings.TrimSuffix(path, filepath.Ext(path)), inner)
	}
	ext := filepath.Ext(name)
	switch {
	case IsPDF(raw) || ext == ".pdf":
		d := Decoded{ContentType: "application/pdf"}
		text, meta, err := PDFToText(bytes.NewReader(raw), int64(len(raw)))
		if err != nil {
			return d, &stageError{"extract", err}
		}
		d.Text, d.Meta = text, meta
		return d, nil
	case ext == ".html" || ext == ".htm" || ext == ".xhtml":
		d := Decoded{ContentType: "text/html"}
		if len(bytes.TrimSpace(raw)) == 0 {
			return d, &stageError{"decode", ErrEmpty}
		}
		if looksBinary(raw) {
			return d, &stageError{"decode", ErrBinary}
		}
		text, meta, err := HTMLBytesToText(raw, "")
		if err != nil {
			return d, &stageError{"extract", err}
		}
		d.Text, d.Meta = text, meta
		return d, nil
	}
	d := Decoded{ContentType: "text/plain"}
	if ext == ".md" || ext == ".markdown" {
		d.ContentType = "text/markdown"
	}
	b, flags, err := decodeTextBytes(raw)
	if err != nil {
		return d, &stageError{"decode", err}
	}
	d.Flags = flags
	var s string
	if d.ContentType == "text/markdown" {
		fm, body, err := SplitFrontMatter(b)
		if err != nil {
			return d, &stageError{"parse", err}
		}
		d.Meta = MetaFromFrontMatter(fm)
		s = MarkdownToText(body)
	} else {
		s = string(b)
	}
	d.Text = NormalizeText(s)
	return d, nil
}

// Decoded is what DecodeFile makes of a file's bytes.
type Decoded struct {
	Text        string // normalised text
	Meta        Meta   // the document's own metadata
	ContentType string // media type read
	Flags       []string
}

// stageError carries the pipeline stage an error belongs to.
type stageError struct {
	stage string
	err   error
}

func (e *stageError) Error() string { return e.err.Error() }
func (e *stageError) Unwrap() error { return e.err }

// DecodeStage names the stage of an error from DecodeFile ("decode",
// "parse", "extract"), "read" for any other error.
func DecodeStage(err error) string {
	var se *stageError
	if errors.As(err, &se) {
		return se.stage
	}
	return "read"
}
