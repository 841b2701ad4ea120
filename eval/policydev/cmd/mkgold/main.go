// Command mkgold turns the policy dev-set tables (docs.tsv, mentions*.tsv,
// dates*.tsv, claims*.tsv) into polex input and gold records against the shared policy
// texts, which are read at run time and never copied into the project.
//
// Each text is decoded as `polex run` decodes a .txt file, so gold offsets
// (code points) match what the pipeline sees. Two sets are written: the
// entity set (input.jsonl, gold.jsonl: every document, its mentions) and the
// claim set (claims-input.jsonl, claims-gold.jsonl: the documents whose
// claims are annotated, their claims).
//
//	go run ./eval/policydev/cmd/mkgold -corpus ../shared/corpus/policy -out /tmp/policydev
//	go run ./eval/policydev/cmd/mkgold -show p03   # print a text with numbered paragraphs
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/corpus"
	"github.com/polexhq/polex/eval/devset"
)

type docRow struct {
	id, file, refDate, kind string
	claims                  bool
}

// mentionRow is one line of a mentions table: a form as written, which of
// its whole-word occurrences are mentions ("*" for all), its type and entity.
type mentionRow struct {
	file                     string
	line                     int
	doc, form, occ, typ, ent string
	optional                 bool
}

type span struct {
	start, end int // bytes
	row        *mentionRow
}

func main() {
	root := flag.String("corpus", "../shared/corpus/policy", "the policy corpus folder")
	tables := flag.String("tables", "eval/policydev", "folder of docs.tsv, mentions.tsv and claims.tsv")
	out := flag.String("out", "eval/policydev/out", "folder to write the records to")
	show := flag.String("show", "", "print the text of this document id and exit")
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
	texts := map[string]string{}
	for _, d := range docs {
		raw, err := os.ReadFile(filepath.Join(root, d.file))
		if err != nil {
			return fmt.Errorf("document %s: %w", d.id, err)
		}
		dec, err := corpus.DecodeFile(d.file, raw)
		if err != nil {
			return fmt.Errorf("document %s: %w", d.id, err)
		}
		texts[d.id] = dec.Text
		if show == d.id {
			for i, p := range strings.Split(dec.Text, "\n\n") {
				fmt.Printf("[%d] %s\n\n", i+1, p)
			}
			return nil
		}
	}
	if show != "" {
		return fmt.Errorf("no document %q", show)
	}
	// Annotators each keep their own mentions-*.tsv, so the tables merge
	// without conflicts. Dates (dates-*.tsv) are a set of their own: they
	// are annotated in fewer documents.
	mentions, err := readTables(filepath.Join(tables, "mentions*.tsv"))
	if err != nil {
		return err
	}
	dateRows, err := readTables(filepath.Join(tables, "dates*.tsv"))
	if err != nil {
		return err
	}
	dateSpans, err := placeMentions(texts, dateRows)
	if err != nil {
		return err
	}
	dated := map[string]bool{}
	for _, m := range dateRows {
		dated[m.doc] = true
	}
	// Claims too: claims.tsv, and claims-*.tsv for annotators working at
	// the same time.
	claimFiles, err := filepath.Glob(filepath.Join(tables, "claims*.tsv"))
	if err != nil {
		return err
	}
	var claims []devset.Claim
	for _, f := range claimFiles {
		cs, err := devset.ReadClaims(f)
		if err != nil {
			return err
		}
		claims = append(claims, cs...)
	}
	annotated := map[string]bool{}
	for _, m := range mentions {
		annotated[m.doc] = true
	}
	spans, err := placeMentions(texts, mentions)
	if err != nil {
		return err
	}
	claimed, err := placeClaims(texts, docs, claims)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("creating output folder: %w", err)
	}
	nm, nc, nd := 0, 0, 0
	var ins, golds, cins, cgolds, dins, dgolds []any
	for _, d := range docs {
		id := "policy/" + d.file
		text := texts[d.id]
		in := map[string]any{"id": id, "text": text}
		g := map[string]any{"schema": "polex.doc/v1", "gold": true, "id": id,
			"source": map[string]string{"uri": "shared/corpus/policy/" + d.file},
			"meta":   map[string]any{"kind": d.kind}, "text": text}
		if d.refDate != "" && d.refDate != "-" {
			in["ref_date"] = d.refDate
			g["ref_date"] = map[string]string{"value": d.refDate, "from": "input"}
		}
		ms := goldMentions(text, spans[d.id])
		nm += len(ms)
		if dated[d.id] {
			dm := goldMentions(text, dateSpans[d.id])
			nd += len(dm)
			dg := clone(g)
			dg["mentions"] = dm
			dins, dgolds = append(dins, in), append(dgolds, dg)
		}
		// A document enters the entity set once it has an annotation:
		// an unannotated one would count every prediction as false.
		if annotated[d.id] {
			eg := clone(g)
			eg["mentions"] = ms
			ins, golds = append(ins, in), append(golds, eg)
		}
		if d.claims {
			cl := claimed[d.id]
			if cl == nil {
				cl = []map[string]any{}
			}
			nc += len(cl)
			cg := clone(g)
			cg["claims"] = cl
			cins, cgolds = append(cins, in), append(cgolds, cg)
		}
	}
	for name, recs := range map[string][]any{"input.jsonl": ins, "gold.jsonl": golds,
		"claims-input.jsonl": cins, "claims-gold.jsonl": cgolds,
		"dates-input.jsonl": dins, "dates-gold.jsonl": dgolds} {
		if err := devset.WriteJSONL(filepath.Join(out, name), recs); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "mkgold: %d mentions in %d documents, %d dates in %d, %d claims in %d → %s\n",
		nm, len(ins), nd, len(dins), nc, len(cins), out)
	return nil
}

// readTables reads every mention table matching pattern.
func readTables(pattern string) ([]mentionRow, error) {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("listing tables: %w", err)
	}
	var rows []mentionRow
	for _, f := range files {
		ms, err := readMentions(f)
		if err != nil {
			return nil, err
		}
		rows = append(rows, ms...)
	}
	return rows, nil
}

// goldMentions turns placed spans into gold mentions with code-point
// offsets. A date's entity cell is "TYPE:VALUE" ("DATE:2021-09-15").
func goldMentions(text string, spans []span) []map[string]any {
	ms := []map[string]any{}
	for _, s := range spans {
		cs := utf8.RuneCountInString(text[:s.start])
		m := map[string]any{"start": cs, "end": cs + utf8.RuneCountInString(text[s.start:s.end]),
			"text": text[s.start:s.end], "type": s.row.typ}
		switch {
		case s.row.typ == "date":
			typ, val, _ := strings.Cut(s.row.ent, ":")
			m["timex_type"], m["value"] = typ, val
		case s.row.ent != "" && s.row.ent != "-":
			m["entity"] = s.row.ent
		}
		if s.row.optional {
			m["optional"] = true
		}
		ms = append(ms, m)
	}
	return ms
}

func clone(m map[string]any) map[string]any {
	c := make(map[string]any, len(m)+1)
	for k, v := range m {
		c[k] = v
	}
	return c
}

// placeMentions finds every row's occurrences. A match that lies inside a
// longer annotated match is dropped ("NATO" inside "NATO Summit" annotated as
// a whole), as the longer mention owns its words; partial overlaps are errors.
func placeMentions(texts map[string]string, rows []mentionRow) (map[string][]span, error) {
	byDoc := map[string][]span{}
	var errs []error
	for i := range rows {
		r := &rows[i]
		text, ok := texts[r.doc]
		if !ok {
			errs = append(errs, fmt.Errorf("%s:%d: unknown document %q", r.file, r.line, r.doc))
			continue
		}
		if r.form == "-" {
			continue // read, nothing to place
		}
		all := wordMatches(text, r.form)
		if len(all) == 0 {
			errs = append(errs, fmt.Errorf("%s:%d: %q not in %s", r.file, r.line, r.form, r.doc))
			continue
		}
		if r.occ == "*" {
			for _, s := range all {
				byDoc[r.doc] = append(byDoc[r.doc], span{s, s + len(r.form), r})
			}
			continue
		}
		for _, f := range strings.Split(r.occ, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 1 || n > len(all) {
				errs = append(errs, fmt.Errorf("%s:%d: occurrence %q of %q: %d found", r.file, r.line, f, r.form, len(all)))
				continue
			}
			byDoc[r.doc] = append(byDoc[r.doc], span{all[n-1], all[n-1] + len(r.form), r})
		}
	}
	for doc, ss := range byDoc {
		sort.Slice(ss, func(a, b int) bool {
			if ss[a].start != ss[b].start {
				return ss[a].start < ss[b].start
			}
			return ss[a].end > ss[b].end
		})
		var kept []span
		for _, s := range ss {
			if n := len(kept); n > 0 && s.start < kept[n-1].end {
				last := kept[n-1]
				if s.end <= last.end {
					if s.start == last.start && s.end == last.end && s.row != last.row {
						errs = append(errs, fmt.Errorf("%s:%d and %s:%d: the same span %q twice in %s",
							last.row.file, last.row.line, s.row.file, s.row.line, s.row.form, doc))
					}
					continue // inside a longer mention
				}
				errs = append(errs, fmt.Errorf("%s:%d and %s:%d: %q and %q overlap in %s",
					last.row.file, last.row.line, s.row.file, s.row.line, last.row.form, s.row.form, doc))
				continue
			}
			kept = append(kept, s)
		}
		byDoc[doc] = kept
	}
	return byDoc, errors.Join(errs...)
}

// wordMatches returns the byte offsets of form in text where it is not part
// of a longer word.
func wordMatches(text, form string) []int {
	var out []int
	for off := 0; ; {
		p := strings.Index(text[off:], form)
		if p < 0 {
			return out
		}
		s := off + p
		e := s + len(form)
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[e:])
		if !isWord(before) && !isWord(after) {
			out = append(out, s)
		}
		off = s + 1
	}
}

func isWord(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func placeClaims(texts map[string]string, docs []docRow, rows []devset.Claim) (map[string][]map[string]any, error) {
	annotated := map[string]bool{}
	for _, d := range docs {
		annotated[d.id] = d.claims
	}
	byDoc := map[string][]map[string]any{}
	var errs []error
	for _, c := range rows {
		text, ok := texts[c.Doc]
		if !ok || !annotated[c.Doc] {
			errs = append(errs, fmt.Errorf("claims.tsv:%d: document %q unknown or not marked as claim-annotated", c.Line, c.Doc))
			continue
		}
		gc, err := devset.GoldClaim(text, c)
		if err != nil {
			errs = append(errs, fmt.Errorf("claims.tsv:%d: %w", c.Line, err))
			continue
		}
		byDoc[c.Doc] = append(byDoc[c.Doc], gc)
	}
	return byDoc, errors.Join(errs...)
}

func readDocs(path string) ([]docRow, error) {
	rows, lines, err := devset.ReadRows(path, 5)
	if err != nil {
		return nil, err
	}
	var out []docRow
	for k, r := range rows {
		if r[4] != "yes" && r[4] != "no" {
			return nil, fmt.Errorf("%s:%d: claims column must be yes or no", path, lines[k])
		}
		out = append(out, docRow{id: r[0], file: r[1], refDate: r[2], kind: r[3], claims: r[4] == "yes"})
	}
	return out, nil
}

var validTypes = map[string]bool{"country": true, "region": true, "organisation": true,
	"treaty": true, "person": true, "location": true, "date": true}

var timexTypes = map[string]bool{"DATE": true, "TIME": true, "DURATION": true, "SET": true}

func readMentions(path string) ([]mentionRow, error) {
	rows, lines, err := devset.ReadRows(path, 6)
	if err != nil {
		return nil, err
	}
	var out []mentionRow
	for k, r := range rows {
		if r[1] == "-" && r[2] == "-" {
			// "p13 - - date - -": the document was read and has no
			// mention of the table's kind; it still enters the set, so
			// predictions there count as false.
			out = append(out, mentionRow{file: filepath.Base(path), line: lines[k], doc: r[0], form: "-", typ: r[3]})
			continue
		}
		if !validTypes[r[3]] {
			return nil, fmt.Errorf("%s:%d: unknown type %q", path, lines[k], r[3])
		}
		if typ, val, ok := strings.Cut(r[4], ":"); r[3] == "date" && (!ok || !timexTypes[typ] || val == "") {
			return nil, fmt.Errorf("%s:%d: a date's value cell is TYPE:VALUE with TYPE DATE, TIME, DURATION or SET", path, lines[k])
		}
		if r[5] != "-" && r[5] != "optional" {
			return nil, fmt.Errorf("%s:%d: flags must be - or optional", path, lines[k])
		}
		out = append(out, mentionRow{file: filepath.Base(path), line: lines[k], doc: r[0], form: r[1], occ: r[2], typ: r[3], ent: r[4], optional: r[5] == "optional"})
	}
	return out, nil
}
