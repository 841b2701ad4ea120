package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/polexhq/polex/corpus"
	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/all"
	"github.com/polexhq/polex/output"
	"github.com/polexhq/polex/pipeline"
)

const runHelp = `Usage: polex run [flags] INPUT...

Reads every INPUT and writes one polex.doc/v1 record per document (JSONL), in
input order, and one polex.error/v1 record per input that could not be read.
INPUT is a file (.txt, .md with YAML front matter, .html, .pdf, .jsonl corpus,
any of them gzipped), a directory (searched recursively for those), an http(s)
URL, @FILE for a list of URLs (one a line, # comments), or - for standard
input (plain text, or a JSONL corpus if it starts with '{'). A JSONL record
with only a "url" is fetched. Fetching is polite (robots.txt, per-host limits,
retries with backoff) and refuses private addresses unless allowed. Flags come
before inputs.

Outputs ending in .gz or .zst are compressed. --resume continues an
interrupted run: records already written (same id and content hash) are
skipped and the rest appended, so the result is the uninterrupted output.
--shard i/n processes only the inputs whose id hashes to shard i of n
(0-based); 'polex merge' combines the n outputs into the single-run output.

Examples:
  polex run examples/                          records to stdout, errors to stderr
  polex run -o out.jsonl --errors err.jsonl corpus.jsonl
  polex run --workers 2 --ref-date 2024-09-25 -o out.jsonl notes.txt
  polex run -o out.jsonl.zst --errors err.jsonl --resume corpus/
  polex run --shard 0/3 -o part-0.jsonl --errors err-0.jsonl corpus/
  polex run --include '**/*.md' --exclude 'drafts/**' -o out.jsonl corpus/
  polex run --format bulk --index policy --fields=-text,-sentences -o bulk.ndjson corpus/
  polex run --cache-dir ~/.cache/polex -o out.jsonl https://example.org/statement @more-urls.txt
  cat essay.txt | polex run -

Exit codes: 0 all inputs became documents; 1 some inputs failed (see the
errors stream); 2 usage error; 3 the run failed; 4 interrupted by SIGINT or
SIGTERM (records finished so far are written; rerun with --resume).

Flags:
`

type runFlags struct {
	out, errOut, refDate, stats, shard, fields, format, index string
	workers, window                                           int
	omitText, resume, unordered, quiet                        bool
	progress                                                  string
	cpuProfile                                                string
	extractors                                                string
	include                                                   listFlag
	exclude                                                   listFlag
	fetch                                                     corpus.FetchOptions
	fetchRetries                                              int
}

func runCmd(args []string, env Env) int {
	fs := newFlags("run", runHelp, env)
	var f runFlags
	fs.StringVar(&f.out, "o", "-", "output `file` for document records (- for stdout; .gz/.zst compress)")
	fs.StringVar(&f.errOut, "errors", "", "output `file` for error records (default: stderr)")
	fs.IntVar(&f.workers, "workers", 0, "documents processed at once (default: number of CPUs)")
	fs.IntVar(&f.window, "window", 0, "finished records that may wait for an earlier one (default: 64 x workers)")
	fs.StringVar(&f.refDate, "ref-date", "", "fallback reference `date` (YYYY-MM-DD) for documents without their own")
	fs.BoolVar(&f.omitText, "omit-text", false, "leave text and sentences out of records (same as --fields=-text,-sentences)")
	fs.StringVar(&f.fields, "fields", "", "record fields: `list` to keep (id,mentions,...) or to drop (-text,-sentences)")
	fs.StringVar(&f.format, "format", "jsonl", "output `format`: jsonl, or bulk (OpenSearch/Elasticsearch bulk NDJSON, needs --index)")
	fs.StringVar(&f.index, "index", "", "index `name` for --format bulk")
	fs.BoolVar(&f.unordered, "unordered", false, "write records as they finish instead of in input order")
	fs.BoolVar(&f.resume, "resume", false, "skip inputs already in the outputs (same id and content hash) and append the rest")
	fs.StringVar(&f.shard, "shard", "", "process only shard `i/n` of the inputs (0-based i, by document id)")
	fs.StringVar(&f.stats, "stats", "", "write the run summary as JSON to `file`")
	fs.StringVar(&f.progress, "progress", "auto", "progress bar: auto (on a terminal), always, never")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress bar and no final summary")
	fs.Var(&f.include, "include", "directories: read only files whose path (relative to the directory) matches this `glob` (repeatable; ** matches any depth; a glob without / matches base names)")
	fs.Var(&f.exclude, "exclude", "directories: skip files and folders matching this `glob` (repeatable)")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile (go tool pprof) of the run to `file`")
	fs.StringVar(&f.extractors, "extractors", "", "run only these extractors (comma-separated `names`; default: "+strings.Join(extractorNames(), ",")+"; optional, slow: "+strings.Join(optionalNames(), ",")+")")
	fs.DurationVar(&f.fetch.Timeout, "fetch-timeout", 30*time.Second, "URL inputs: time allowed for one request, body included")
	fs.DurationVar(&f.fetch.ConnectTimeout, "fetch-connect-timeout", 10*time.Second, "URL inputs: time allowed to connect")
	fs.StringVar(&f.fetch.UserAgent, "user-agent", corpus.DefaultUserAgent, "URL inputs: the User-Agent sent (its first word is matched against robots.txt)")
	fs.Int64Var(&f.fetch.MaxBytes, "fetch-max-bytes", 32<<20, "URL inputs: largest body accepted, after decompression")
	fs.IntVar(&f.fetch.MaxRedirects, "max-redirects", 10, "URL inputs: redirects followed")
	fs.IntVar(&f.fetchRetries, "fetch-retries", 2, "URL inputs: retries after a network error, 429 or 5xx (exponential backoff, Retry-After honoured)")
	fs.IntVar(&f.fetch.PerHostConcurrency, "per-host-concurrency", 2, "URL inputs: requests at once to one host")
	fs.Float64Var(&f.fetch.PerHostRate, "per-host-rate", 1, "URL inputs: requests per second to one host (negative: unlimited)")
	fs.BoolVar(&f.fetch.IgnoreRobots, "ignore-robots", false, "URL inputs: do not read robots.txt")
	fs.BoolVar(&f.fetch.AllowPrivate, "allow-private-networks", false, "URL inputs: allow loopback, private and link-local addresses")
	fs.StringVar(&f.fetch.CacheDir, "cache-dir", "", "URL inputs: keep fetched pages in `dir` and revalidate them on reruns")
	if err := fs.Parse(args); err != nil {
		return ExitUsage
	}
	if code, msg := f.check(fs.NArg()); code != ExitOK {
		fmt.Fprintf(env.Stderr, "polex run: %s\n", msg)
		return code
	}
	return f.run(fs.Args(), env)
}

// check validates flag combinations before any work starts.
func (f *runFlags) check(nargs int) (int, string) {
	switch {
	case nargs == 0:
		return ExitUsage, "no inputs (give files, directories, or - for stdin)"
	case f.format != "jsonl" && f.format != "bulk":
		return ExitUsage, fmt.Sprintf("--format %q: want jsonl or bulk", f.format)
	case f.format == "bulk" && f.index == "":
		return ExitUsage, "--format bulk needs --index NAME"
	case f.resume && (f.out == "-" || f.out == ""):
		return ExitUsage, "--resume needs -o FILE (and --errors FILE, so failed inputs are not retried)"
	case f.resume && f.format == "bulk":
		return ExitUsage, "--resume works on JSONL output, not bulk"
	case f.progress != "auto" && f.progress != "always" && f.progress != "never":
		return ExitUsage, fmt.Sprintf("--progress %q: want auto, always or never", f.progress)
	}
	if f.refDate != "" {
		if _, err := time.Parse(time.DateOnly, f.refDate); err != nil {
			return ExitUsage, fmt.Sprintf("--ref-date %q is not a YYYY-MM-DD date", f.refDate)
		}
	}
	if f.shard != "" {
		if _, _, err := output.ParseShard(f.shard); err != nil {
			return ExitUsage, fmt.Sprintf("--shard: %v", err)
		}
	}
	if f.index != "" {
		if err := output.ValidateIndexName(f.index); err != nil {
			return ExitUsage, fmt.Sprintf("--index: %v", err)
		}
	}
	if f.fields != "" {
		if _, err := output.NewFieldFilter(f.fields); err != nil {
			return ExitUsage, fmt.Sprintf("--fields: %v", err)
		}
	}
	return ExitOK, ""
}

// tuneGC trades memory for speed unless the user set GOGC: polex's live heap
// is small (a window of documents), so a 400% target keeps RSS near 150 MB
// on the White House corpus while cutting collection work, which otherwise
// competes with the workers for the cores (measured: 1.5x from 1 to 2
// workers at the default, 1.75x at 400%). A 1 GiB soft limit bounds it.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
}

func (f *runFlags) run(args []string, env Env) int {
	tuneGC()
	fail := func(err error) int {
		fmt.Fprintf(env.Stderr, "polex run: %v\n", err)
		return ExitFailure
	}
	set, err := selectExtractors(f.extractors)
	if err != nil {
		fmt.Fprintf(env.Stderr, "polex run: %v\n", err)
		return ExitUsage
	}
	p, err := pipeline.New(pipeline.Config{Extractors: set, RefDate: f.refDate, OmitText: f.omitText})
	if err != nil {
		return fail(err)
	}
	opts := pipeline.RunOptions{Workers: f.workers, Window: f.window, Unordered: f.unordered}
	if f.shard != "" {
		i, n, _ := output.ParseShard(f.shard)
		opts.Skip = func(_ int, in corpus.Input) bool { return output.ShardOf(in.URI, n) != i }
	}
	var done *resumeState
	if f.resume {
		if done, err = loadResume(f.out, f.errOut); err != nil {
			return fail(err)
		}
		opts.SkipDoc = done.skipDoc
		shardSkip := opts.Skip
		opts.Skip = func(seq int, in corpus.Input) bool {
			return shardSkip != nil && shardSkip(seq, in) || done.skipInput(seq, in)
		}
	}
	docW, err := openOutput(f.out, env.Stdout, f.resume)
	if err != nil {
		return fail(err)
	}
	errW, err := openOutput(f.errOut, env.Stderr, f.resume)
	if err != nil {
		docW.Close()
		return fail(err)
	}
	sink := &jsonlSink{docs: output.NewJSONLWriter(docW), errs: output.NewJSONLWriter(errW)}
	if f.fields != "" {
		ff, _ := output.NewFieldFilter(f.fields)
		sink.docs.Transform = ff.Apply
	}
	if f.format == "bulk" {
		sink.docs.Transform = bulkTransform(f.index, sink.docs.Transform)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fo := f.fetch
	fo.Retries = f.fetchRetries
	if fo.Retries == 0 {
		fo.Retries = -1 // FetchOptions reads 0 as "the default"
	}
	inputs := corpus.Inputs(args, corpus.Options{Stdin: env.Stdin, Fetcher: corpus.NewFetcher(fo), Include: f.include, Exclude: f.exclude})
	prog := newProgress(f, env, args)
	opts.Progress = prog.update
	if f.cpuProfile != "" {
		pf, err := os.Create(f.cpuProfile)
		if err != nil {
			return fail(err)
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			return fail(err)
		}
		defer func() { pprof.StopCPUProfile(); pf.Close() }()
	}
	start := time.Now()
	stats, runErr := p.Run(ctx, inputs, sink, opts)
	elapsed := time.Since(start)
	prog.finish()
	ferr := errors.Join(sink.docs.Flush(), sink.errs.Flush(), docW.Close(), errW.Close())

	sum := summary{Stats: stats, Seconds: elapsed.Seconds(), Workers: opts.Workers, Shard: f.shard, Resumed: f.resume}
	if sum.Seconds > 0 {
		sum.WordsPerSecond = float64(stats.Words) / sum.Seconds
	}
	if done != nil {
		sum.AlreadyDone = done.count()
	}
	if !f.quiet {
		fmt.Fprintln(env.Stderr, sum.line())
	}
	if f.stats != "" {
		if err := writeJSON(f.stats, sum); err != nil {
			ferr = errors.Join(ferr, err)
		}
	}
	switch {
	case ferr != nil:
		return fail(ferr)
	case errors.Is(runErr, context.Canceled):
		fmt.Fprintf(env.Stderr, "polex run: interrupted after %d inputs; rerun with --resume to finish\n", stats.Inputs)
		return ExitInterrupted
	case runErr != nil:
		return fail(runErr)
	case stats.Errors > 0:
		return ExitInputErrors
	}
	return ExitOK
}

type jsonlSink struct {
	docs, errs *output.JSONLWriter
}

func (s *jsonlSink) Document(r *output.Record) error { return s.docs.Write(r) }
func (s *jsonlSink) DocumentLine(_ *output.Record, line []byte) error {
	return s.docs.WriteLine(line)
}
func (s *jsonlSink) Error(r *output.ErrorRecord) error { return s.errs.Write(r) }

// bulkTransform turns each (filtered) record line into a bulk action and its
// source line.
func bulkTransform(index string, inner func([]byte) ([]byte, error)) func([]byte) ([]byte, error) {
	return func(line []byte) ([]byte, error) {
		var err error
		if inner != nil {
			if line, err = inner(line); err != nil || line == nil {
				return line, err
			}
		}
		var buf strings.Builder
		bw := output.NewBulkWriter(&buf, index)
		if err := bw.Write(line); err != nil {
			return nil, err
		}
		return []byte(buf.String()), nil
	}
}

// openOutput opens a named output (compressed by its extension, appended to
// when resuming), or wraps def for "-" or "".
func openOutput(name string, def io.Writer, appendTo bool) (io.WriteCloser, error) {
	if name == "" || name == "-" {
		return nopCloser{def}, nil
	}
	if appendTo {
		if _, err := os.Stat(name); err == nil {
			return output.CreateAppend(name)
		}
	}
	return output.Create(name)
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing stats: %w", err)
	}
	return nil
}

// summary is the run summary printed at the end and written by --stats.
type summary struct {
	pipeline.Stats
	AlreadyDone    int     `json:"already_done,omitempty"`
	Seconds        float64 `json:"seconds"`
	WordsPerSecond float64 `json:"words_per_second"`
	Workers        int     `json:"workers,omitempty"`
	Shard          string  `json:"shard,omitempty"`
	Resumed        bool    `json:"resumed,omitempty"`
}

func (s summary) line() string {
	msg := fmt.Sprintf("polex: %d inputs: %d documents, %d errors", s.Inputs, s.Documents, s.Errors)
	if s.Skipped > 0 {
		msg += fmt.Sprintf(", %d skipped", s.Skipped)
	}
	return msg + fmt.Sprintf("; %d words in %.1fs (%.0f words/s)", s.Words, s.Seconds, s.WordsPerSecond)
}

func extractorNames() []string {
	var names []string
	for _, e := range all.Extractors() {
		names = append(names, e.Name)
	}
	return names
}

func optionalNames() []string {
	var names []string
	for _, e := range all.Optional() {
		names = append(names, e.Name)
	}
	return names
}

// selectExtractors picks the named extractors from the full set, in the set's
// order; an unknown name, or one whose requirements are left out, is an error.
func selectExtractors(spec string) ([]*extractors.Extractor, error) {
	full := all.Extractors()
	if strings.TrimSpace(spec) == "" {
		return full, nil
	}
	want := map[string]bool{}
	for _, n := range strings.Split(spec, ",") {
		want[strings.TrimSpace(n)] = true
	}
	var set []*extractors.Extractor
	for _, e := range append(full, all.Optional()...) {
		if want[e.Name] {
			set = append(set, e)
			delete(want, e.Name)
		}
	}
	if len(want) > 0 {
		return nil, fmt.Errorf("--extractors: unknown %v (known: %s; optional: %s)", slices.Sorted(maps.Keys(want)), strings.Join(extractorNames(), ","), strings.Join(optionalNames(), ","))
	}
	for _, e := range set {
		for _, r := range e.Requires {
			if !slices.ContainsFunc(set, func(x *extractors.Extractor) bool { return x.Name == r }) {
				return nil, fmt.Errorf("--extractors: %s requires %s", e.Name, r)
			}
		}
	}
	return set, nil
}
