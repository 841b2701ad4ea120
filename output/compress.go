package output

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// Compression is the compression of an output or shard file, chosen by the
// file name's extension so that no flag is needed: "out.jsonl.gz" is gzip,
// "out.jsonl.zst" zstd, anything else plain.
//
// Both codecs come from github.com/klauspost/compress. Its zstd is the
// maintained pure-Go implementation; its gzip is a drop-in for compress/gzip
// that compresses several times faster at the default level with the same
// format (BenchmarkCompress measures both), and as the module is needed for
// zstd anyway it costs no further dependency.
type Compression int

// The compressions.
const (
	Plain Compression = iota
	Gzip
	Zstd
)

func (c Compression) String() string {
	switch c {
	case Gzip:
		return "gzip"
	case Zstd:
		return "zstd"
	}
	return "plain"
}

// CompressionOf returns the compression a file name asks for (the extension
// is matched case-insensitively).
func CompressionOf(path string) Compression {
	p := strings.ToLower(path)
	switch {
	case strings.HasSuffix(p, ".gz"):
		return Gzip
	case strings.HasSuffix(p, ".zst"):
		return Zstd
	}
	return Plain
}

// memberSize is how many uncompressed bytes a gzip member or zstd frame
// holds before the writer ends it at the next line end and starts a new
// one. Ending members at line ends is what makes a compressed output
// resumable: a killed run leaves complete members followed by at most one
// partial member, and TrimPartial cuts that one off without losing a line
// of the members before it. 1 MiB costs under 0.1% of size (a gzip member
// adds 18 bytes and gzip's window is only 32 KiB anyway; zstd loses matches
// across frames, which for one-document-per-line JSONL is little).
const memberSize = 1 << 20

// encoder is what gzip.Writer and zstd.Encoder have in common.
type encoder interface {
	io.WriteCloser
	Reset(io.Writer)
}

// memberWriter compresses into dst, ending a member/frame at a line end
// after every memberSize bytes.
type memberWriter struct {
	dst     io.Writer
	enc     encoder
	n       int  // uncompressed bytes in the open member
	written bool // a member has been completed
	closed  bool
}

// NewWriter returns a writer compressing into w with c (for Plain, a writer
// that passes writes through). Close ends the compressed stream but does not
// close w.
func NewWriter(w io.Writer, c Compression) (io.WriteCloser, error) {
	var enc encoder
	switch c {
	case Plain:
		return nopWriteCloser{w}, nil
	case Gzip:
		enc = gzip.NewWriter(w)
	case Zstd:
		// One goroutine: the pipeline already keeps every core busy with
		// extraction, and synchronous encoding keeps memory to one window.
		z, err := zstd.NewWriter(w, zstd.WithEncoderConcurrency(1), zstd.WithWindowSize(memberSize))
		if err != nil {
			return nil, fmt.Errorf("starting zstd: %w", err)
		}
		enc = z
	default:
		return nil, fmt.Errorf("unknown compression %d", c)
	}
	return &memberWriter{dst: w, enc: enc}, nil
}

func (m *memberWriter) Write(p []byte) (int, error) {
	if m.closed {
		return 0, errors.New("write to closed compressed writer")
	}
	if len(p) == 0 {
		// gzip would write a member header even for no data, and Close
		// skips an empty member after complete ones.
		return 0, nil
	}
	if m.n+len(p) < memberSize {
		n, err := m.enc.Write(p)
		m.n += n
		return n, err
	}
	i := bytes.LastIndexByte(p, '\n')
	if i < 0 {
		// No line end to cut at: the member grows until one comes.
		n, err := m.enc.Write(p)
		m.n += n
		return n, err
	}
	n, err := m.enc.Write(p[:i+1])
	if err != nil {
		return n, err
	}
	if err := m.endMember(); err != nil {
		return n, err
	}
	if i+1 == len(p) {
		return n, nil
	}
	n2, err := m.enc.Write(p[i+1:])
	m.n = n2
	return n + n2, err
}

func (m *memberWriter) endMember() error {
	if err := m.enc.Close(); err != nil {
		return err
	}
	m.enc.Reset(m.dst)
	m.n = 0
	m.written = true
	return nil
}

// Close ends the open member. A stream that got no data at all still gets
// one empty member so that the file is valid for gzip/zstd tools; an empty
// member after complete ones is not written.
func (m *memberWriter) Close() error {
	if m.closed {
		return nil
	}
	m.closed = true
	if m.n == 0 && m.written {
		return nil
	}
	return m.enc.Close()
}

type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }

// NewReader returns a reader decompressing r with c. Concatenated gzip
// members and zstd frames read as one stream. An empty r reads as an empty
// stream (a run killed before it wrote anything leaves an empty file).
// Close releases the decoder but does not close r.
func NewReader(r io.Reader, c Compression) (io.ReadCloser, error) {
	if c == Plain {
		return io.NopCloser(r), nil
	}
	br := bufio.NewReaderSize(r, 1<<16)
	if _, err := br.Peek(1); err == io.EOF {
		return io.NopCloser(br), nil
	}
	switch c {
	case Gzip:
		z, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("reading gzip: %w", err)
		}
		return z, nil
	case Zstd:
		// One goroutine per stream: merge opens one reader per shard.
		z, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1))
		if err != nil {
			return nil, fmt.Errorf("reading zstd: %w", err)
		}
		return z.IOReadCloser(), nil
	}
	return nil, fmt.Errorf("unknown compression %d", c)
}

// fileWriter closes the compressor, then the file.
type fileWriter struct {
	io.WriteCloser
	f *os.File
}

func (w *fileWriter) Close() error {
	err := w.WriteCloser.Close()
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("closing %s: %w", w.f.Name(), err)
	}
	return nil
}

// fileReader closes the decompressor, then the file.
type fileReader struct {
	io.ReadCloser
	f *os.File
}

func (r *fileReader) Close() error {
	err := r.ReadCloser.Close()
	if cerr := r.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Create creates (or truncates) path and returns a writer compressing by
// the file's extension (see CompressionOf). Close flushes and ends the
// compressed stream, then closes the file. Callers buffer (JSONLWriter
// does); the compressors buffer internally as well.
func Create(path string) (io.WriteCloser, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("creating output: %w", err)
	}
	return wrapFile(f, path)
}

func wrapFile(f *os.File, path string) (io.WriteCloser, error) {
	c := CompressionOf(path)
	if c == Plain {
		return f, nil
	}
	w, err := NewWriter(f, c)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &fileWriter{WriteCloser: w, f: f}, nil
}

// CreateAppend opens path for appending (creating it if missing), for
// --resume. It first cuts off a partial tail left by a killed run (see
// TrimPartial), so the appended records start on a line of their own. For
// .gz and .zst files the appended data is a new gzip member / zstd frame:
// both formats define a concatenation of members/frames as the
// concatenation of their contents, so the file stays one valid stream that
// gzip -d, zstd -d and Open read in full. (A resumed compressed file is
// therefore not byte-identical to an uninterrupted one; its content is.)
func CreateAppend(path string) (io.WriteCloser, error) {
	if _, err := TrimPartial(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o666)
	if err != nil {
		return nil, fmt.Errorf("opening output for append: %w", err)
	}
	return wrapFile(f, path)
}

// Open opens path for reading, decompressing by the file's extension.
func Open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	r, err := NewReader(f, CompressionOf(path))
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	return &fileReader{ReadCloser: r, f: f}, nil
}
