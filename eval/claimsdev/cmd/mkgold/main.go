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
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/polexhq/polex/corpus"
)

type docRow struct {
	id, path string
	paras    int
	kind     string
}

type claimRow struct {
	line               int
	doc, anchor        string
	occ                int
	speaker, cue, kind string
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
	claims, err := readClaims(filepath.Join(tables, "claims.tsv"))
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
		text, ok := texts[c.doc]
		if !ok {
			errs = append(errs, fmt.Errorf("claims.tsv:%d: unknown document %q", c.line, c.doc))
			continue
		}
		start, err := find(text, c.anchor, c.occ)
		if err != nil {
			errs = append(errs, fmt.Errorf("claims.tsv:%d: %w", c.line, err))
			continue
		}
		cs := utf8.RuneCountInString(text[:start])
		gc := map[string]any{
			"start": cs, "end": cs + utf8.RuneCountInString(c.anchor),
			"text": c.anchor, "kind": c.kind, "speaker": speaker(c.speaker),
		}
		if c.cue != "" && c.cue != "-" {
			gc["cue"] = map[string]string{"text": c.cue}
		}
		byDoc[c.doc] = append(byDoc[c.doc], gc)
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	in, err := os.Create(filepath.Join(out, "input.jsonl"))
	if err != nil {
		return fmt.Errorf("creating input: %w", err)
	}
	defer in.Close()
	gold, err := os.Create(filepath.Join(out, "gold.jsonl"))
	if err != nil {
		return fmt.Errorf("creating gold: %w", err)
	}
	defer gold.Close()
	inw, gw := bufio.NewWriter(in), bufio.NewWriter(gold)
	n := 0
	for _, d := range docs {
		id := "whitehouse/" + d.path
		rec := map[string]any{"id": id, "text": texts[d.id], "title": titles[d.id]}
		if dates[d.id] != "" {
			rec["ref_date"] = dates[d.id]
		}
		if err := writeJSON(inw, rec); err != nil {
			return err
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
		if err := writeJSON(gw, g); err != nil {
			return err
		}
	}
	if err := inw.Flush(); err != nil {
		return fmt.Errorf("writing input: %w", err)
	}
	if err := gw.Flush(); err != nil {
		return fmt.Errorf("writing gold: %w", err)
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

// find returns the byte offset of the occ-th occurrence (1-based) of anchor.
func find(text, anchor string, occ int) (int, error) {
	off := 0
	for n := 1; ; n++ {
		p := strings.Index(text[off:], anchor)
		if p < 0 {
			return 0, fmt.Errorf("anchor %q occurrence %d not in text", anchor, occ)
		}
		if n == occ {
			return off + p, nil
		}
		off += p + 1
	}
}

// speaker turns a table cell ("author", "entity:org:nato", "text:some critics")
// into a gold speaker.
func speaker(cell string) map[string]string {
	switch {
	case cell == "author":
		return map[string]string{"role": "author"}
	case strings.HasPrefix(cell, "entity:"):
		return map[string]string{"entity": strings.TrimPrefix(cell, "entity:")}
	default:
		return map[string]string{"text": strings.TrimPrefix(cell, "text:")}
	}
}

func writeJSON(w *bufio.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encoding record: %w", err)
	}
	b = append(b, '\n')
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("writing record: %w", err)
	}
	return nil
}

func readRows(path string, cols int) ([][]string, []int, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("reading table: %w", err)
	}
	var rows [][]string
	var lines []int
	for i, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return nil, nil, fmt.Errorf("%s:%d: want %d columns, got %d", path, i+1, cols, len(f))
		}
		rows = append(rows, f)
		lines = append(lines, i+1)
	}
	return rows, lines, nil
}

func readDocs(path string) ([]docRow, error) {
	rows, lines, err := readRows(path, 4)
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

func readClaims(path string) ([]claimRow, error) {
	rows, lines, err := readRows(path, 6)
	if err != nil {
		return nil, err
	}
	var out []claimRow
	for k, r := range rows {
		occ, err := strconv.Atoi(r[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: occurrence: %w", path, lines[k], err)
		}
		out = append(out, claimRow{line: lines[k], doc: r[0], anchor: r[1], occ: occ, speaker: r[3], cue: r[4], kind: r[5]})
	}
	return out, nil
}
