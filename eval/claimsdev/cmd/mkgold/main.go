// Command mkgold turns the claims dev-set tables (docs.tsv, claims.tsv) into
// polex input and gold records against the shared White House corpus, which
// is read at run time and never copied into the project.
//
// Each document is rendered as the pipeline renders Markdown (front matter
// split off, Markdown to text, normalised) and cut to its first N paragraphs,
// the part that was annotated in full. The same text goes to input.jsonl and
// gold.jsonl, so gold offsets (code points) match what the pipeline sees.
//
//	go run ./eval/claimsdev/cmd/mkgold -corpus ../shared/corpus/whitehouse -out /tmp/claimsdev
//	go run ./eval/claimsdev/cmd/mkgold -show d1   # print a document's excerpt for annotating
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/polexhq/polex/corpus"
	"github.com/polexhq/polex/eval/devset"
)

type docRow struct {
	id, path string
	paras    int
	kind     string
}

func main() {
	root := flag.String("corpus", "../shared/corpus/whitehouse", "the White House corpus folder")
	tables := flag.String("tables", "eval/claimsdev", "folder of docs.tsv and claims.tsv")
	out := flag.String("out", "eval/claimsdev/out", "folder to write input.jsonl and gold.jsonl")
	show := flag.String("show", "", "print the excerpt of this document id and exit")
	flag.Parse()
	if err := run(*root, *tables, *out, *show); err != nil {
		fmt.Fprintln(os.Stderr, "mkgold:", err)
		os.Exit(1)
	}
}

func run(root, tables, out, show string) error {
	docs, err := readDocs(filepath.Join(tables, "docs.tsv"))
	if err != nil {
		return err
	}
	claims, err := devset.ReadClaims(filepath.Join(tables, "claims.tsv"))
	if err != nil {
		return err
	}
	texts := map[string]string{}
	titles := map[string]string{}
	dates := map[string]string{}
	for _, d := range docs {
		text, meta, err := render(filepath.Join(root, d.path), d.paras)
		if err != nil {
			return fmt.Errorf("document %s: %w", d.id, err)
		}
		texts[d.id], titles[d.id], dates[d.id] = text, meta.Title, meta.Published
		if show == d.id {
			for i, p := range strings.Split(text, "\n\n") {
				fmt.Printf("[%d] %s\n\n", i+1, p)
			}
			return nil
		}
	}
	if show != "" {
		return fmt.Errorf("no document %q", show)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("creating output folder: %w", err)
	}
	byDoc := map[string][]map[string]any{}
	var errs []error
	for _, c := range claims {
		text, ok := texts[c.Doc]
		if !ok {
			errs = append(errs, fmt.Errorf("claims.tsv:%d: unknown document %q", c.Line, c.Doc))
			continue
		}
		gc, err := devset.GoldClaim(text, c)
		if err != nil {
			errs = append(errs, fmt.Errorf("claims.tsv:%d: %w", c.Line, err))
			continue
		}
		byDoc[c.Doc] = append(byDoc[c.Doc], gc)
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	var ins, golds []any
	n := 0
	for _, d := range docs {
		id := "whitehouse/" + d.path
		rec := map[string]any{"id": id, "text": texts[d.id], "title": titles[d.id]}
		if dates[d.id] != "" {
			rec["ref_date"] = dates[d.id]
		}
		cl := byDoc[d.id]
		if cl == nil {
			cl = []map[string]any{}
		}
		n += len(cl)
		g := map[string]any{"schema": "polex.doc/v1", "gold": true, "id": id,
			"source": map[string]string{"uri": "shared/corpus/whitehouse/" + d.path},
			"meta":   map[string]any{"title": titles[d.id], "kind": d.kind},
			"text":   texts[d.id], "claims": cl}
		if dates[d.id] != "" {
			g["ref_date"] = map[string]string{"value": dates[d.id], "from": "input"}
		}
		ins, golds = append(ins, rec), append(golds, g)
	}
	if err := devset.WriteJSONL(filepath.Join(out, "input.jsonl"), ins); err != nil {
		return err
	}
	if err := devset.WriteJSONL(filepath.Join(out, "gold.jsonl"), golds); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "mkgold: %d documents, %d claims → %s\n", len(docs), n, out)
	return nil
}

// render reads a Markdown document as the pipeline does and keeps its first
// paras paragraphs.
func render(path string, paras int) (string, corpus.Meta, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", corpus.Meta{}, fmt.Errorf("reading: %w", err)
	}
	s, _, err := corpus.DecodeText(raw)
	if err != nil {
		return "", corpus.Meta{}, fmt.Errorf("decoding: %w", err)
	}
	fm, body, err := corpus.SplitFrontMatter([]byte(s))
	if err != nil {
		return "", corpus.Meta{}, fmt.Errorf("front matter: %w", err)
	}
	text := corpus.NormalizeText(corpus.MarkdownToText(body))
	ps := strings.Split(text, "\n\n")
	if paras > 0 && paras < len(ps) {
		text = strings.Join(ps[:paras], "\n\n")
	}
	return text, corpus.MetaFromFrontMatter(fm), nil
}

func readDocs(path string) ([]docRow, error) {
	rows, lines, err := devset.ReadRows(path, 4)
	if err != nil {
		return nil, err
	}
	var out []docRow
	for k, r := range rows {
		n, err := strconv.Atoi(r[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: paragraphs: %w", path, lines[k], err)
		}
		out = append(out, docRow{id: r[0], path: r[1], paras: n, kind: r[3]})
	}
	return out, nil
}
