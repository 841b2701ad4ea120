// Package devset holds what the dev-set generators (eval/claimsdev and
// eval/policydev) share: reading annotation tables, placing claim anchors in
// a text, and writing the records. The tables name places in shared texts
// that are read at run time and never copied into the project.
package devset

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ReadRows reads a tab-separated table of cols columns, skipping blank lines
// and "#" comments, and returns the rows with their 1-based line numbers.
func ReadRows(path string, cols int) ([][]string, []int, error) {
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

// Claim is one row of a claims table: a document id, an anchor (a piece of
// the claimed content) and which occurrence of it, the speaker cell
// ("author", "entity:<id>", "text:<as written>"), the cue ("-" for none)
// and the kind.
type Claim struct {
	Line               int
	Doc, Anchor        string
	Occ                int
	Speaker, Cue, Kind string
}

// ReadClaims reads a claims table.
func ReadClaims(path string) ([]Claim, error) {
	rows, lines, err := ReadRows(path, 6)
	if err != nil {
		return nil, err
	}
	var out []Claim
	for k, r := range rows {
		occ, err := strconv.Atoi(r[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: occurrence: %w", path, lines[k], err)
		}
		out = append(out, Claim{Line: lines[k], Doc: r[0], Anchor: r[1], Occ: occ, Speaker: r[3], Cue: r[4], Kind: r[5]})
	}
	return out, nil
}

// GoldClaim places c's anchor in text and returns the gold claim, with
// code-point offsets.
func GoldClaim(text string, c Claim) (map[string]any, error) {
	start, err := Find(text, c.Anchor, c.Occ)
	if err != nil {
		return nil, err
	}
	cs := utf8.RuneCountInString(text[:start])
	gc := map[string]any{
		"start": cs, "end": cs + utf8.RuneCountInString(c.Anchor),
		"text": c.Anchor, "kind": c.Kind, "speaker": Speaker(c.Speaker),
	}
	if c.Cue != "" && c.Cue != "-" {
		gc["cue"] = map[string]string{"text": c.Cue}
	}
	return gc, nil
}

// Find returns the byte offset of the occ-th occurrence (1-based) of anchor.
func Find(text, anchor string, occ int) (int, error) {
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

// Speaker turns a table cell ("author", "entity:org:nato", "text:some
// critics") into a gold speaker.
func Speaker(cell string) map[string]string {
	switch {
	case cell == "author":
		return map[string]string{"role": "author"}
	case strings.HasPrefix(cell, "entity:"):
		return map[string]string{"entity": strings.TrimPrefix(cell, "entity:")}
	default:
		return map[string]string{"text": strings.TrimPrefix(cell, "text:")}
	}
}

// WriteJSONL writes recs to path, one JSON object a line.
func WriteJSONL(path string, recs []any) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating %s: %w", filepath.Base(path), err)
	}
	w := bufio.NewWriter(f)
	for _, r := range recs {
		b, err := json.Marshal(r)
		if err != nil {
			f.Close()
			return fmt.Errorf("encoding record: %w", err)
		}
		w.Write(append(b, '\n'))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", filepath.Base(path), err)
	}
	return f.Close()
}
