package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/polexhq/polex/output"
)

const mergeHelp = `Usage: polex merge -o OUT [--errors ERR --error-shard FILE...] [--report FILE] SHARD...

Combines the outputs of a sharded run (polex run --shard i/n, one per shard)
into exactly the output a single run would have written: records are merged
by their seq, the input's index in the run. With --errors, the shards' error
streams (each given with --error-shard) are merged the same way, and an
input is missing only if it has neither a document nor an error record.
Duplicate ids and missing inputs are reported; the exit code is then 1.

Examples:
  polex merge -o out.jsonl part-0.jsonl part-1.jsonl part-2.jsonl
  polex merge -o out.jsonl --errors err.jsonl --error-shard err-0.jsonl \
      --error-shard err-1.jsonl --error-shard err-2.jsonl part-*.jsonl
  polex merge -o out.jsonl.zst --report merge.json part-*.jsonl.zst

Flags:
`

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func mergeCmd(args []string, env Env) int {
	fs := newFlags("merge", mergeHelp, env)
	out := fs.String("o", "", "merged document output `file` (.gz/.zst compress)")
	errOut := fs.String("errors", "", "merged error output `file`")
	var errShards listFlag
	fs.Var(&errShards, "error-shard", "a shard's error output `file` (repeat for each shard)")
	report := fs.String("report", "", "write the merge report as JSON to `file`")
	if err := fs.Parse(args); err != nil {
		return ExitUsage
	}
	if *out == "" || fs.NArg() == 0 || (*errOut == "") != (len(errShards) == 0) {
		fmt.Fprintln(env.Stderr, "polex merge: need -o OUT and at least one shard; --errors and --error-shard go together")
		return ExitUsage
	}
	fail := func(err error) int {
		fmt.Fprintf(env.Stderr, "polex merge: %v\n", err)
		return ExitFailure
	}
	docRep, err := mergeTo(*out, fs.Args())
	if err != nil {
		return fail(err)
	}
	reports := []output.MergeReport{docRep}
	if *errOut != "" {
		errRep, err := mergeTo(*errOut, errShards)
		if err != nil {
			return fail(err)
		}
		reports = append(reports, errRep)
	}
	missing := output.MissingInputs(reports...)
	if *report != "" {
		if err := writeJSON(*report, map[string]any{"streams": reports, "missing_inputs": missing}); err != nil {
			return fail(err)
		}
	}
	fmt.Fprintf(env.Stderr, "polex merge: %d records from %d shards\n", docRep.Written, len(docRep.Shards))
	var problems []error
	for _, r := range reports {
		if r.DuplicateCount > 0 {
			b, _ := json.Marshal(firstN(r.Duplicates, 5))
			problems = append(problems, fmt.Errorf("%d duplicate ids (kept the first): %s", r.DuplicateCount, b))
		}
	}
	if len(missing) > 0 {
		b, _ := json.Marshal(firstN(missing, 20))
		problems = append(problems, fmt.Errorf("inputs without any record (seq ranges): %s", b))
	}
	if err := errors.Join(problems...); err != nil {
		fmt.Fprintf(env.Stderr, "polex merge: %v\n", err)
		return ExitInputErrors
	}
	return ExitOK
}

func mergeTo(path string, shards []string) (output.MergeReport, error) {
	w, err := output.Create(path)
	if err != nil {
		return output.MergeReport{}, err
	}
	rep, err := output.Merge(w, shards)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return rep, err
}

func firstN[T any](s []T, n int) []T {
	if len(s) > n {
		return s[:n]
	}
	return s
}
