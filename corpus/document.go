package corpus

import (
	"context"
	"fmt"
)

// Source describes where a document came from.
type Source struct {
	URI         string `json:"uri"`
	Kind        string `json:"kind"` // file, url, stdin, jsonl
	ContentType string `json:"content_type,omitempty"`
	Bytes       int64  `json:"bytes"`
	SHA256      string `json:"sha256,omitempty"`
	// Line is the 1-based line of a JSONL record.
	Line      int    `json:"line,omitempty"`
	FinalURL  string `json:"final_url,omitempty"`
	Status    int    `json:"status,omitempty"`
	FetchedAt string `json:"fetched_at,omitempty"`
}

// Meta is what is known about a document besides its text.
type Meta struct {
	Title     string         `json:"title,omitempty"`
	Authors   []string       `json:"authors,omitempty"`
	Published string         `json:"published,omitempty"` // ISO 8601 date
	Language  string         `json:"language,omitempty"`
	SourceURL string         `json:"source_url,omitempty"`
	Extra     map[string]any `json:"extra,omitempty"` // JSONL "meta" and other front matter
}

// Document is one input document, its text normalised for analysis.
type Document struct {
	ID     string
	Source Source
	Meta   Meta
	// RefDate is the input's own reference date (JSONL "ref_date"), YYYY-MM-DD.
	RefDate string
	Text    string
	// Flags note repairs made to the input ("invalid_utf8_repaired").
	Flags []string
}

// Input is one unit of work: loading it yields a Document or an error.
// Enumerating inputs does no I/O beyond listing directories and scanning
// JSONL lines.
type Input struct {
	// URI names the input in records and errors.
	URI  string
	Kind string
	load func(ctx context.Context) (*Document, error)
	// err is set when the input failed before it could be loaded (a missing
	// path, a malformed JSONL line).
	err *Error
}

// Load reads the input. The returned error is an *Error naming the stage.
func (in Input) Load(ctx context.Context) (*Document, error) {
	if in.err != nil {
		return nil, in.err
	}
	if in.load == nil {
		return nil, &Error{URI: in.URI, Kind: in.Kind, Stage: "read", Err: fmt.Errorf("no loader")}
	}
	return in.load(ctx)
}

// NewInput builds an Input from a load function, for library users who bring
// their own sources.
func NewInput(uri, kind string, load func(ctx context.Context) (*Document, error)) Input {
	return Input{URI: uri, Kind: kind, load: load}
}

// FailedInput builds an Input that fails with err when loaded.
func FailedInput(uri, kind, stage string, err error) Input {
	return Input{URI: uri, Kind: kind, err: &Error{URI: uri, Kind: kind, Stage: stage, Err: err}}
}

// Error is an input that could not become a document.
type Error struct {
	URI   string
	Kind  string
	Line  int    // JSONL line, when known
	Stage string // read, decode, parse, fetch, ...
	Err   error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s: %s:%d: %v", e.Stage, e.URI, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %s: %v", e.Stage, e.URI, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }
