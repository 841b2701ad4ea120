package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/polexhq/polex/eval"
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
  polex merge -o OUT SHARD...    combine the outputs of a sharded run into the single-run output
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
	case "merge":
		return mergeCmd(args[1:], env)
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

const evalHelp = `Usage: polex eval --gold GOLD --pred PRED [--json] [--show-errors]

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
  polex eval --gold gold.json --pred pred.jsonl --show-errors | grep missed

Flags:
`

func evalCmd(args []string, env Env) int {
	fs := newFlags("eval", evalHelp, env)
	goldF := fs.String("gold", "", "gold records `file` (JSONL or one JSON object)")
	predF := fs.String("pred", "", "predicted records `file` (JSONL)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	showErrors := fs.Bool("show-errors", false, "also list every miss, false positive, wrong id and wrong claim speaker")
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
	if *showErrors {
		rep = eval.EvaluateErrors(gold, pred)
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return ExitFailure
		}
		return ExitOK
	}
	rep.Print(env.Stdout)
	if *showErrors {
		rep.PrintErrors(env.Stdout)
	}
	if len(rep.Unmatched) > 0 {
		fmt.Fprintf(env.Stderr, "polex eval: no prediction for: %s\n", strings.Join(firstN(rep.Unmatched, 5), ", "))
	}
	return ExitOK
}

// clip shortens s for a message.
func clip(s string) string {
	if len(s) > 600 {
		return s[:600] + "…"
	}
	return s
}
