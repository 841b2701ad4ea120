package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/polexhq/polex/corpus"
	"github.com/polexhq/polex/eval"
	"github.com/polexhq/polex/extractors/all"
	"github.com/polexhq/polex/output"
	"github.com/polexhq/polex/pipeline"
)

// Exit codes, documented in the README.
const (
	ExitOK          = 0 // every input became a document record
	ExitInputErrors = 1 // the run finished, but some inputs became error records
	ExitUsage       = 2 // bad flags or arguments
	ExitFailure     = 3 // the run could not complete (output not writable, ...)
	ExitInterrupted = 4 // stopped by SIGINT/SIGTERM after flushing what was done
)

// Env is what a command reads and writes, so tests can run it in-process.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

const usage = `polex turns policy texts into structured JSONL records.

Usage:
  polex run [flags] INPUT...     extract records from files, directories, JSONL corpora or - (stdin)
  polex eval --gold G --pred P   score predicted records against gold records
  polex version                  print the version

Run 'polex COMMAND -h' for a command's flags and examples.
`

// Main runs the command line and returns the exit code.
func Main(args []string, env Env) int {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return ExitUsage
	}
	switch args[0] {
	case "run":
		return runCmd(args[1:], env)
	case "eval":
		return evalCmd(args[1:], env)
	case "version", "--version", "-version":
		fmt.Fprintf(env.Stdout, "polex %s\n", pipeline.Version)
		return ExitOK
	case "help", "-h", "--help", "-help":
		fmt.Fprint(env.Stdout, usage)
		return ExitOK
	}
	fmt.Fprintf(env.Stderr, "polex: unknown command %q\n\n%s", args[0], usage)
	return ExitUsage
}

func newFlags(name, help string, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprint(env.Stderr, help)
		fs.PrintDefaults()
	}
	return fs
}

const runHelp = `Usage: polex run [flags] INPUT...

Reads every INPUT and writes one polex.doc/v1 record per document (JSONL), in
input order, and one polex.error/v1 record per input that could not be read.
INPUT is a file (.txt, .md with YAML front matter, .html, .jsonl corpus), a
directory (searched recursively for those), or - for standard input (plain
text, or a JSONL corpus if it starts with '{'). Flags come before inputs.

Examples:
  polex run examples/                          records to stdout, errors to stderr
  polex run -o out.jsonl --errors err.jsonl corpus.jsonl
  polex run --workers 2 --ref-date 2024-09-25 -o out.jsonl notes.txt
  cat essay.txt | polex run -

Exit codes: 0 all inputs became documents; 1 some inputs failed (see the
errors stream); 2 usage error; 3 the run failed; 4 interrupted.

Flags:
`

func runCmd(args []string, env Env) int {
	fs := newFlags("run", runHelp, env)
	out := fs.String("o", "-", "output `file` for document records (- for stdout)")
	errOut := fs.String("errors", "", "output `file` for error records (default: stderr)")
	workers := fs.Int("workers", 0, "documents processed at once (default: number of CPUs)")
	refDate := fs.String("ref-date", "", "fallback reference `date` (YYYY-MM-DD) for documents without their own")
	omitText := fs.Bool("omit-text", false, "leave text and sentences out of records")
	if err := fs.Parse(args); err != nil {
		return ExitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.Stderr, "polex run: no inputs (give files, directories, or - for stdin)")
		return ExitUsage
	}
	if *refDate != "" {
		if _, err := time.Parse(time.DateOnly, *refDate); err != nil {
			fmt.Fprintf(env.Stderr, "polex run: --ref-date %q is not a YYYY-MM-DD date\n", *refDate)
			return ExitUsage
		}
	}
	p, err := pipeline.New(pipeline.Config{Extractors: all.Extractors(), RefDate: *refDate, OmitText: *omitText})
	if err != nil {
		fmt.Fprintf(env.Stderr, "polex run: %v\n", err)
		return ExitFailure
	}
	docW, closeDoc, err := openOut(*out, env.Stdout)
	if err != nil {
		fmt.Fprintf(env.Stderr, "polex run: %v\n", err)
		return ExitFailure
	}
	errW, closeErr, err := openOut(*errOut, env.Stderr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "polex run: %v\n", err)
		return ExitFailure
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	sink := &jsonlSink{docs: output.NewJSONLWriter(docW), errs: output.NewJSONLWriter(errW)}
	inputs := corpus.Inputs(fs.Args(), corpus.Options{Stdin: env.Stdin})
	stats, runErr := p.Run(ctx, inputs, sink, pipeline.RunOptions{Workers: *workers})
	ferr := errors.Join(sink.docs.Flush(), sink.errs.Flush(), closeDoc(), closeErr())
	switch {
	case ferr != nil:
		fmt.Fprintf(env.Stderr, "polex run: %v\n", ferr)
		return ExitFailure
	case errors.Is(runErr, context.Canceled):
		fmt.Fprintf(env.Stderr, "polex run: interrupted after %d inputs\n", stats.Inputs)
		return ExitInterrupted
	case runErr != nil:
		fmt.Fprintf(env.Stderr, "polex run: %v\n", runErr)
		return ExitFailure
	case stats.Errors > 0:
		return ExitInputErrors
	}
	return ExitOK
}

type jsonlSink struct {
	docs, errs *output.JSONLWriter
}

func (s *jsonlSink) Document(r *output.Record) error   { return s.docs.Write(r) }
func (s *jsonlSink) Error(r *output.ErrorRecord) error { return s.errs.Write(r) }

// openOut opens a named output file, or returns def for "-" or "".
func openOut(name string, def io.Writer) (io.Writer, func() error, error) {
	if name == "" || name == "-" {
		return def, func() error { return nil }, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, nil, fmt.Errorf("creating output: %w", err)
	}
	return f, f.Close, nil
}

const evalHelp = `Usage: polex eval --gold GOLD --pred PRED [--json]

Scores predicted records (polex run output) against gold records: per mention
type, precision/recall/F1 for strict (exact span) and relaxed (overlapping
span) matches, normalisation accuracy (entity id or date value of relaxed
matches), entity-grouping agreement (pairs of matched mentions that are one
entity in the gold exactly when they are one in the prediction), and for gold
records with claims, claim recall, speaker accuracy and precision. Gold spans
marked optional are neither required nor counted against a prediction that
overlaps them; a prediction on a gold "location" span is a false positive.
Documents are paired by id, then by file name stem, then by identical text; a
predicted text that differs from the gold text by normalisation is aligned.

Examples:
  polex run -o /tmp/re3d.jsonl ../shared/dev/re3d/input.jsonl
  polex eval --gold ../shared/dev/re3d/gold.jsonl --pred /tmp/re3d.jsonl
  polex eval --gold gold.json --pred pred.jsonl --json

Flags:
`

func evalCmd(args []string, env Env) int {
	fs := newFlags("eval", evalHelp, env)
	goldF := fs.String("gold", "", "gold records `file` (JSONL or one JSON object)")
	predF := fs.String("pred", "", "predicted records `file` (JSONL)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := fs.Parse(args); err != nil {
		return ExitUsage
	}
	if *goldF == "" || *predF == "" || fs.NArg() > 0 {
		fmt.Fprintln(env.Stderr, "polex eval: need --gold and --pred, and no other arguments")
		return ExitUsage
	}
	gold, err := eval.ReadRecords(*goldF)
	if err != nil {
		fmt.Fprintf(env.Stderr, "polex eval: %v\n", err)
		return ExitFailure
	}
	pred, err := eval.ReadRecords(*predF)
	if err != nil {
		fmt.Fprintf(env.Stderr, "polex eval: %v\n", err)
		return ExitFailure
	}
	rep := eval.Evaluate(gold, pred)
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return ExitFailure
		}
		return ExitOK
	}
	rep.Print(env.Stdout)
	if len(rep.Unmatched) > 0 {
		fmt.Fprintf(env.Stderr, "polex eval: no prediction for: %s\n", strings.Join(first(rep.Unmatched, 5), ", "))
	}
	return ExitOK
}

func first(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
