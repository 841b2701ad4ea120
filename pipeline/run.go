package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/corpus"
	"github.com/polexhq/polex/output"
)

// Sink receives results in input order (or completion order when the run is
// unordered). Returning an error stops the run.
type Sink interface {
	Document(rec *output.Record) error
	Error(rec *output.ErrorRecord) error
}

// LineSink is a Sink that takes document records already encoded as JSON
// lines: the workers encode them, so encoding runs in parallel and the
// writing goroutine only copies bytes.
type LineSink interface {
	Sink
	DocumentLine(rec *output.Record, line []byte) error
}

// RunOptions control a run.
type RunOptions struct {
	// Workers is the number of documents processed at once (default: CPUs).
	Workers int
	// Window bounds how many finished records may wait for an earlier one
	// (default 64 × Workers: documents vary in length, and a short window
	// leaves workers idle behind a long one); memory depends on it, not on
	// corpus size.
	Window int
	// Unordered writes records as they finish instead of in input order.
	Unordered bool
	// Skip, when set, is asked before an input is loaded (seq is its index
	// in the enumeration); true skips it, with no record. Shards use it.
	Skip func(seq int, in corpus.Input) bool
	// SkipDoc, when set, is asked after a document is loaded and before it
	// is processed; true skips it. Resuming uses it (ids and content hashes
	// are known only once loaded).
	SkipDoc func(seq int, d *corpus.Document) bool
	// Progress, when set, is called after each input is accounted for, from
	// the goroutine that writes; it must be quick.
	Progress func(st *Stats)
}

// Stats summarise a run.
type Stats struct {
	Inputs    int `json:"inputs"`
	Documents int `json:"documents"`
	Errors    int `json:"errors"`
	Skipped   int `json:"skipped"`
	Words     int `json:"words"`
	// ErrorsByStage counts error records by stage.
	ErrorsByStage map[string]int `json:"errors_by_stage"`
	// Mentions counts mentions by type.
	Mentions map[string]int `json:"mentions"`
	Claims   int            `json:"claims"`
	// ExtractorFailures counts documents on which an extractor failed.
	ExtractorFailures map[string]int `json:"extractor_failures,omitempty"`
}

type result struct {
	seq   int
	doc   *output.Record
	line  []byte // the encoded doc, for a LineSink
	err   *output.ErrorRecord
	skip  bool
	words int
}

// Run processes every input with bounded workers and hands each result to the
// sink. Every input yields exactly one document or error record (or is
// skipped when opts.Skip says so). Cancelling ctx stops feeding new inputs;
// inputs already started are finished and written.
func (p *Pipeline) Run(ctx context.Context, inputs iter.Seq[corpus.Input], sink Sink, opts RunOptions) (Stats, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := opts.Window
	if window <= 0 {
		window = 64 * workers
	}
	type job struct {
		seq int
		in  corpus.Input
	}
	jobs := make(chan job)
	results := make(chan result, workers)
	// slots bounds the number of inputs between enumeration and writing.
	slots := make(chan struct{}, window)

	lineSink, _ := sink.(LineSink)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := p.processInput(ctx, j.seq, j.in, &opts)
				if r.doc != nil && lineSink != nil {
					if line, err := output.Marshal(r.doc); err == nil {
						r.line = line
					}
				}
				results <- r
			}
		}()
	}
	stop := make(chan struct{})
	go func() {
		defer close(jobs)
		seq := 0
		for in := range inputs {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			case <-stop:
				return
			}
			select {
			case jobs <- job{seq, in}:
				seq++
			case <-ctx.Done():
				return
			case <-stop:
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	st := Stats{ErrorsByStage: map[string]int{}, Mentions: map[string]int{}, ExtractorFailures: map[string]int{}}
	var sinkErr error
	emit := func(r result) {
		<-slots
		st.Inputs++
		if sinkErr != nil {
			return
		}
		switch {
		case r.skip:
			st.Skipped++
		case r.err != nil:
			st.Errors++
			st.ErrorsByStage[r.err.Stage]++
			sinkErr = sink.Error(r.err)
		default:
			st.Documents++
			st.Words += r.words
			for _, m := range r.doc.Mentions {
				st.Mentions[m.Type]++
			}
			st.Claims += len(r.doc.Claims)
			for _, e := range r.doc.Pipeline.Errors {
				st.ExtractorFailures[e.Extractor]++
			}
			if r.line != nil {
				sinkErr = lineSink.DocumentLine(r.doc, r.line)
			} else {
				sinkErr = sink.Document(r.doc)
			}
		}
		if sinkErr != nil {
			close(stop)
		}
		if opts.Progress != nil {
			opts.Progress(&st)
		}
	}
	pending := map[int]result{}
	next := 0
	for r := range results {
		if opts.Unordered {
			emit(r)
			continue
		}
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			emit(r)
		}
	}
	if sinkErr != nil {
		return st, fmt.Errorf("writing output: %w", sinkErr)
	}
	return st, ctx.Err()
}

func (p *Pipeline) processInput(ctx context.Context, seq int, in corpus.Input, opts *RunOptions) (r result) {
	r.seq = seq
	if opts.Skip != nil && opts.Skip(seq, in) {
		r.skip = true
		return r
	}
	defer func() {
		if v := recover(); v != nil {
			r.doc = nil
			r.err = &output.ErrorRecord{Schema: output.ErrorSchema, ID: in.URI, Seq: seq, Source: corpus.Source{URI: in.URI, Kind: in.Kind}, Stage: "pipeline", Error: fmt.Sprintf("panic: %v", v)}
		}
	}()
	doc, err := in.Load(ctx)
	if err != nil {
		r.err = ErrorRecord(in, err)
		r.err.Seq = seq
		return r
	}
	if opts.SkipDoc != nil && opts.SkipDoc(seq, doc) {
		r.skip = true
		return r
	}
	r.doc = p.Process(doc)
	r.doc.Seq = seq
	r.words = CountWords(doc.Text)
	return r
}

// ErrorRecord builds the error record of an input that failed to load.
func ErrorRecord(in corpus.Input, err error) *output.ErrorRecord {
	rec := &output.ErrorRecord{Schema: output.ErrorSchema, Source: corpus.Source{URI: in.URI, Kind: in.Kind}, Stage: "read", Error: err.Error()}
	var ce *corpus.Error
	if errors.As(err, &ce) {
		rec.Source.URI = ce.URI
		rec.Source.Kind = ce.Kind
		rec.Source.Line = ce.Line
		rec.Stage = ce.Stage
		rec.Error = ce.Err.Error()
	}
	if in.URI != rec.Source.URI {
		rec.ID = in.URI
	}
	return rec
}

// CountWords counts whitespace-separated words, the unit of words/second.
func CountWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		// ASCII, most of the bytes, needs no rune decoding.
		if c := s[i]; c < utf8.RuneSelf {
			if c == ' ' || '\t' <= c && c <= '\r' {
				in = false
			} else if !in {
				in = true
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
