package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	pathpkg "path"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bmatcuk/doublestar/v4"
)

// Options control how local inputs are read.
type Options struct {
	// Stdin is read for the input "-" (os.Stdin when nil).
	Stdin io.Reader
	// MaxBytes caps the size of one file or JSONL line (default 64 MiB).
	MaxBytes int64
	// Include and Exclude are globs ("**/*.md", "drafts/**") matched against
	// paths relative to a directory argument; a glob without "/" matches
	// base names. Files named directly are always read.
	Include, Exclude []string
	// Fetcher loads URL inputs (arguments that are http(s) URLs, "@list"
	// files of URLs, JSONL records with only a "url"); one is made with
	// default options when nil. Share one per run: it holds the per-host
	// limits, robots.txt rules and cache.
	Fetcher *Fetcher
}

const defaultMaxBytes = 64 << 20

// Extensions that directory walks pick up.
var walkExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true, ".jsonl": true, ".pdf": true}

// Inputs enumerates the inputs named by args, lazily and in order: files,
// directories (recursively, in lexical order, files with a known extension),
// "-" for standard input, and JSONL corpora (one input per line). A path that
// cannot be read becomes an input that fails when loaded, so it is accounted
// for in the error stream.
func Inputs(args []string, opts Options) iter.Seq[Input] {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = defaultMaxBytes
	}
	if opts.Fetcher == nil {
		opts.Fetcher = NewFetcher(FetchOptions{})
	}
	return func(yield func(Input) bool) {
		for _, arg := range args {
			if !inputsOf(arg, opts, yield) {
				return
			}
		}
	}
}

func inputsOf(arg string, opts Options, yield func(Input) bool) bool {
	if arg == "-" {
		return stdinInputs(opts, yield)
	}
	if IsURL(arg) {
		return yield(opts.Fetcher.Input(strings.TrimSpace(arg)))
	}
	if list, ok := strings.CutPrefix(arg, "@"); ok {
		urls, err := ReadURLList(list)
		if err != nil {
			return yield(FailedInput(uriOf(list), "file", "read", fmt.Errorf("reading URL list: %w", err)))
		}
		for _, u := range urls {
			if !yield(opts.Fetcher.Input(u)) {
				return false
			}
		}
		return true
	}
	info, err := os.Stat(arg)
	if err != nil {
		return yield(FailedInput(uriOf(arg), "file", "read", err))
	}
	if !info.IsDir() {
		return fileInputs(arg, opts, yield)
	}
	real, err := filepath.EvalSymlinks(arg)
	if err != nil {
		return yield(FailedInput(uriOf(arg), "file", "read", err))
	}
	w := walker{root: arg, opts: opts, yield: yield, open: map[string]bool{}}
	return w.dir(arg, real)
}

// ErrSymlinkLoop marks a directory reached again through a symbolic link
// while it is being walked.
var ErrSymlinkLoop = errors.New("symbolic link loop")

// walker walks one directory argument: entries in lexical order, hidden
// directories skipped, symbolic links followed (a loop becomes an error
// input, so nothing is silently skipped), include and exclude globs applied
// to paths relative to the root.
type walker struct {
	root  string
	opts  Options
	yield func(Input) bool
	open  map[string]bool // real paths of the directories being walked
}

func (w *walker) dir(path, real string) bool {
	w.open[real] = true
	defer delete(w.open, real)
	entries, err := os.ReadDir(path)
	if err != nil {
		return w.yield(FailedInput(uriOf(path), "file", "read", err))
	}
	for _, e := range entries {
		p := filepath.Join(path, e.Name())
		rel, _ := filepath.Rel(w.root, p)
		rel = filepath.ToSlash(rel)
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			info, err := os.Stat(p)
			if err != nil {
				if !w.yield(FailedInput(uriOf(p), "file", "read", err)) {
					return false
				}
				continue
			}
			isDir = info.IsDir()
		}
		if isDir {
			if strings.HasPrefix(e.Name(), ".") || w.excluded(rel) {
				continue
			}
			r, err := filepath.EvalSymlinks(p)
			if err != nil {
				if !w.yield(FailedInput(uriOf(p), "file", "read", err)) {
					return false
				}
				continue
			}
			if w.open[r] {
				if !w.yield(FailedInput(uriOf(p), "file", "read", fmt.Errorf("%w: %s is already being read", ErrSymlinkLoop, r))) {
					return false
				}
				continue
			}
			if !w.dir(p, r) {
				return false
			}
			continue
		}
		if w.excluded(rel) || !w.included(rel, p) {
			continue
		}
		if !fileInputs(p, w.opts, w.yield) {
			return false
		}
	}
	return true
}

// globMatch matches a glob against a relative path; a glob without "/"
// also matches the base name ("*.md" finds "a/b.md").
func globMatch(glob, rel string) bool {
	if ok, _ := doublestar.Match(glob, rel); ok {
		return true
	}
	if !strings.Contains(glob, "/") {
		ok, _ := doublestar.Match(glob, pathpkg.Base(rel))
		return ok
	}
	return false
}

func (w *walker) excluded(rel string) bool {
	for _, g := range w.opts.Exclude {
		if globMatch(g, rel) {
			return true
		}
	}
	return false
}

// included: with include globs, a file must match one (whatever its
// extension); without, it must have an extension polex reads.
func (w *walker) included(rel, path string) bool {
	if len(w.opts.Include) == 0 {
		return walkExts[formatExt(path)]
	}
	for _, g := range w.opts.Include {
		if globMatch(g, rel) {
			return true
		}
	}
	return false
}

// formatExt is a path's format extension, looking through ".gz"
// ("corpus.jsonl.gz" is ".jsonl").
func formatExt(path string) string {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".gz" {
		ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(path, filepath.Ext(path))))
	}
	return ext
}

// uriOf is a file's id: its path, cleaned, with forward slashes.
func uriOf(path string) string { return filepath.ToSlash(filepath.Clean(path)) }

func fileInputs(path string, opts Options, yield func(Input) bool) bool {
	uri := uriOf(path)
	if formatExt(path) == ".jsonl" {
		f, err := os.Open(path)
		if err != nil {
			return yield(FailedInput(uri, "jsonl", "read", err))
		}
		defer f.Close()
		var r io.Reader = f
		if strings.EqualFold(filepath.Ext(path), ".gz") {
			zr, err := gzip.NewReader(f)
			if err != nil {
				return yield(FailedInput(uri, "jsonl", "decode", err))
			}
			defer zr.Close()
			r = zr
		}
		return jsonlInputs(r, uri, opts, yield)
	}
	return yield(NewInput(uri, "file", func(ctx context.Context) (*Document, error) {
		return loadFile(path, uri, opts)
	}))
}

func loadFile(path, uri string, opts Options) (*Document, error) {
	fail := func(stage string, err error) (*Document, error) {
		return nil, &Error{URI: uri, Kind: "file", Stage: stage, Err: err}
	}
	f, err := os.Open(path)
	if err != nil {
		return fail("read", err)
	}
	defer f.Close()
	buf := readBuffers.Get().(*[]byte)
	raw, err := readAllSized(f, opts.MaxBytes+1, *buf)
	defer func() {
		if cap(raw) <= maxPooledRead {
			*buf = raw[:0]
			readBuffers.Put(buf)
		}
	}()
	if err != nil {
		return fail("read", err)
	}
	if int64(len(raw)) > opts.MaxBytes {
		return fail("read", fmt.Errorf("%w (%d bytes)", ErrTooLarge, opts.MaxBytes))
	}
	return decodeDocument(raw, uri, "file", path)
}

// readBuffers hold file contents between loads. A file's bytes are dead
// once decodeDocument returns: the text, metadata and hash it makes are
// copies, never slices of them (keep it so). Reusing the memory spares
// allocating, zeroing and faulting in a new buffer for every file.
var readBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledRead keeps one huge file from pinning its buffer.
const maxPooledRead = 4 << 20

// readAllSized is io.ReadAll(io.LimitReader(f, limit)) reading into buf
// (from its start) when it is large enough, else into a buffer sized from
// the file's size: a file is read in one call (and one more that sees the
// end) instead of a buffer grown from 512 bytes, with a read and a copy at
// each step. The size is only a hint; a file that changes while being read
// is read to its end or to limit as before.
func readAllSized(f *os.File, limit int64, buf []byte) ([]byte, error) {
	size := int64(512)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size() + 1 // room to read the end without growing
	}
	if need := min(size, limit); int64(cap(buf)) < need {
		buf = make([]byte, 0, need)
	}
	buf = buf[:0]
	r := io.LimitReader(f, limit)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// decodeDocument turns raw bytes into a Document, the format chosen by the
// name's extension (and by the bytes, for PDF and gzip).
func decodeDocument(raw []byte, uri, kind, name string) (*Document, error) {
	dec, err := DecodeFile(name, raw)
	if err != nil {
		return nil, &Error{URI: uri, Kind: kind, Stage: DecodeStage(err), Err: err}
	}
	doc := &Document{
		ID:     uri,
		Source: Source{URI: uri, Kind: kind, ContentType: dec.ContentType, Bytes: int64(len(raw)), SHA256: sha256Hex(raw)},
		Meta:   dec.Meta,
		Text:   dec.Text,
		Flags:  dec.Flags,
	}
	if strings.TrimSpace(doc.Text) == "" {
		return nil, &Error{URI: uri, Kind: kind, Stage: "extract", Err: ErrNoContent}
	}
	return doc, nil
}

func stdinInputs(opts Options, yield func(Input) bool) bool {
	r := opts.Stdin
	if r == nil {
		r = os.Stdin
	}
	br := bufio.NewReader(r)
	// Peek at the first non-space byte: '{' means a JSONL corpus.
	for {
		b, err := br.Peek(1)
		if err != nil || len(b) == 0 {
			break
		}
		if b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t' {
			br.ReadByte()
			continue
		}
		if b[0] == '{' {
			return jsonlInputs(br, "stdin", opts, yield)
		}
		break
	}
	return yield(NewInput("stdin", "stdin", func(ctx context.Context) (*Document, error) {
		raw, err := io.ReadAll(io.LimitReader(br, opts.MaxBytes+1))
		if err != nil {
			return nil, &Error{URI: "stdin", Kind: "stdin", Stage: "read", Err: err}
		}
		if int64(len(raw)) > opts.MaxBytes {
			return nil, &Error{URI: "stdin", Kind: "stdin", Stage: "read", Err: ErrTooLarge}
		}
		return decodeDocument(raw, "stdin", "stdin", "stdin.txt")
	}))
}

// Record is one line of a JSONL corpus.
type Record struct {
	ID        string         `json:"id"`
	Text      *string        `json:"text"`
	HTML      *string        `json:"html"`
	Title     string         `json:"title"`
	Published string         `json:"published"`
	RefDate   string         `json:"ref_date"`
	URL       string         `json:"url"`
	Meta      map[string]any `json:"meta"`
}

// jsonlInputs yields one input per line of a JSONL corpus. Lines are read as
// the consumer asks for them, so a corpus of any size streams.
func jsonlInputs(r io.Reader, uri string, opts Options, yield func(Input) bool) bool {
	br := bufio.NewReaderSize(r, 1<<16)
	line := 0
	for {
		raw, tooLong, err := readLine(br, opts.MaxBytes)
		if len(raw) == 0 && err != nil {
			if !errors.Is(err, io.EOF) {
				return yield(FailedInput(uri, "jsonl", "read", err))
			}
			return true
		}
		line++
		if len(bytes.TrimSpace(raw)) == 0 && !tooLong {
			continue
		}
		lineURI := fmt.Sprintf("%s:%d", uri, line)
		var in Input
		if tooLong {
			in = Input{URI: lineURI, Kind: "jsonl", err: &Error{URI: uri, Kind: "jsonl", Line: line, Stage: "read", Err: ErrTooLarge}}
		} else {
			in = jsonlInput(raw, uri, line, opts.Fetcher)
		}
		if !yield(in) {
			return false
		}
		if err != nil {
			return true
		}
	}
}

// readLine reads one line, discarding the rest of a line longer than max.
func readLine(br *bufio.Reader, max int64) ([]byte, bool, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max {
				tooLong = true
				buf = nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong && len(buf) == 0 {
			buf = []byte{' '}
		}
		return buf, tooLong, err
	}
}

func jsonlInput(raw []byte, uri string, line int, fetcher *Fetcher) Input {
	lineURI := fmt.Sprintf("%s:%d", uri, line)
	fail := func(stage string, err error) Input {
		return Input{URI: lineURI, Kind: "jsonl", err: &Error{URI: uri, Kind: "jsonl", Line: line, Stage: stage, Err: err}}
	}
	invalid := !utf8.Valid(raw)
	if invalid {
		raw = []byte(strings.ToValidUTF8(string(raw), "\uFFFD"))
	}
	var rec Record
	if err := json.Unmarshal(raw, &rec); err != nil {
		return fail("parse", fmt.Errorf("malformed JSON: %w", err))
	}
	if rec.Text == nil && rec.HTML == nil && rec.URL == "" {
		return fail("parse", ErrNoText)
	}
	id := rec.ID
	if id == "" {
		id = rec.URL
	}
	if id == "" {
		id = lineURI
	}
	rawCopy := raw
	return NewInput(id, "jsonl", func(ctx context.Context) (*Document, error) {
		if rec.Text == nil && rec.HTML == nil {
			return fetchRecord(ctx, fetcher, rec, id)
		}
		doc, err := jsonlDocument(rec, rawCopy, id, uri, line)
		if err == nil && invalid {
			doc.Flags = append(doc.Flags, FlagInvalidUTF8)
		}
		return doc, err
	})
}

func jsonlDocument(rec Record, raw []byte, id, uri string, line int) (*Document, error) {
	fail := func(stage string, err error) (*Document, error) {
		return nil, &Error{URI: uri, Kind: "jsonl", Line: line, Stage: stage, Err: err}
	}
	var doc *Document
	var err error
	if rec.Text != nil {
		doc, err = decodeDocument([]byte(*rec.Text), uri, "jsonl", "record.txt")
	} else {
		doc, err = decodeDocument([]byte(*rec.HTML), uri, "jsonl", "record.html")
	}
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.Line = line
		}
		return nil, err
	}
	doc.ID = id
	doc.Source = Source{URI: uri, Kind: "jsonl", Line: line, ContentType: doc.Source.ContentType, Bytes: int64(len(raw)), SHA256: sha256Hex(raw)}
	if rec.Title != "" {
		doc.Meta.Title = rec.Title
	}
	if rec.Published != "" {
		if d := isoDate(rec.Published); d != "" {
			doc.Meta.Published = d
		} else {
			return fail("parse", fmt.Errorf("published %q is not an ISO 8601 date", rec.Published))
		}
	}
	if rec.RefDate != "" {
		d := isoDate(rec.RefDate)
		if d == "" {
			return fail("parse", fmt.Errorf("ref_date %q is not YYYY-MM-DD", rec.RefDate))
		}
		doc.RefDate = d
	}
	if rec.URL != "" {
		doc.Meta.SourceURL = rec.URL
	}
	for k, v := range rec.Meta {
		if doc.Meta.Extra == nil {
			doc.Meta.Extra = map[string]any{}
		}
		doc.Meta.Extra[k] = v
	}
	return doc, nil
}

// fetchRecord loads a JSONL record that names only a URL: the page is
// fetched, and the record's own id, title, dates and meta win over the page's.
func fetchRecord(ctx context.Context, f *Fetcher, rec Record, id string) (*Document, error) {
	doc, err := f.Fetch(ctx, rec.URL)
	if err != nil {
		return nil, err
	}
	doc.ID = id
	if rec.Title != "" {
		doc.Meta.Title = rec.Title
	}
	if d := isoDate(rec.Published); d != "" {
		doc.Meta.Published = d
	}
	if d := isoDate(rec.RefDate); d != "" {
		doc.RefDate = d
	}
	for k, v := range rec.Meta {
		if doc.Meta.Extra == nil {
			doc.Meta.Extra = map[string]any{}
		}
		doc.Meta.Extra[k] = v
	}
	return doc, nil
}
