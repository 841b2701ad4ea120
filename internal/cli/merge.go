package cli

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/polexhq/polex/output"
)

const mergeHelp = `Usage: polex merge -o OUT [--report FILE] SHARD...

Combines the outputs of a sharded run (polex run --shard i/n, one per shard)
into exactly the output a single run would have written: records are merged
by their seq, the input's index in the run. Merge document outputs and error
outputs separately. Duplicate ids and missing inputs (gaps in the seq
numbers) are reported; the exit code is then 1.

Examples:
  polex merge -o out.jsonl part-0.jsonl part-1.jsonl part-2.jsonl
  polex merge -o errors.jsonl err-0.jsonl err-1.jsonl err-2.jsonl
  polex merge -o out.jsonl.zst --report merge.json part-*.jsonl.zst

Flags:
`

func mergeCmd(args []string, env Env) int {
	fs := newFlags("merge", mergeHelp, env)
	out := fs.String("o", "", "merged output `file` (.gz/.zst compress)")
	report := fs.String("report", "", "write the merge report as JSON to `file`")
	if err := fs.Parse(args); err != nil {
		return ExitUsage
	}
	if *out == "" || fs.NArg() == 0 {
		fmt.Fprintln(env.Stderr, "polex merge: need -o OUT and at least one shard")
		return ExitUsage
	}
	w, err := openOutput(*out, env.Stdout, false)
	if err != nil {
		fmt.Fprintf(env.Stderr, "polex merge: %v\n", err)
		return ExitFailure
	}
	rep, err := output.Merge(w, fs.Args())
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "polex merge: %v\n", err)
		return ExitFailure
	}
	if *report != "" {
		if err := writeJSON(*report, rep); err != nil {
			fmt.Fprintf(env.Stderr, "polex merge: %v\n", err)
			return ExitFailure
		}
	}
	fmt.Fprintf(env.Stderr, "polex merge: %d records from %d shards\n", rep.Written, len(rep.Shards))
	var problems []error
	if rep.DuplicateCount > 0 {
		b, _ := json.Marshal(firstN(rep.Duplicates, 5))
		problems = append(problems, fmt.Errorf("%d duplicate ids (kept the first): %s", rep.DuplicateCount, b))
	}
	if rep.MissingCount > 0 {
		b, _ := json.Marshal(rep.Missing)
		problems = append(problems, fmt.Errorf("%d seqs missing (inputs without a record in this stream; failed inputs are in the error stream): %s", rep.MissingCount, clip(string(b))))
	}
	if err := errors.Join(problems...); err != nil {
		fmt.Fprintf(env.Stderr, "polex merge: %v\n", err)
		return ExitInputErrors
	}
	return ExitOK
}

func firstN[T any](s []T, n int) []T {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func clip(s string) string {
	if len(s) > 600 {
		return s[:600] + "…"
	}
	return s
}
