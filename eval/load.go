package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"strings"

	"github.com/polexhq/polex/output"
)

// ReadRecords reads polex.doc/v1 records (gold or predicted) from a JSONL
// file, or a single JSON object (as the seed's gold file is).
func ReadRecords(file string) ([]*output.Record, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", file, err)
	}
	defer f.Close()
	return DecodeRecords(f)
}

// DecodeRecords reads a stream of JSON records (one per line, or
// pretty-printed one after another). Error records are skipped.
func DecodeRecords(r io.Reader) ([]*output.Record, error) {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	var out []*output.Record
	for n := 1; ; n++ {
		var rec output.Record
		err := dec.Decode(&rec)
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("record %d: %w", n, err)
		}
		if rec.Schema == output.ErrorSchema {
			continue
		}
		out = append(out, &rec)
	}
}

// stem is a record id reduced to its file name without extension, so a gold
// id "asian-nato" finds the prediction "examples/asian-nato.txt".
func stem(id string) string {
	b := path.Base(id)
	if i := strings.LastIndexByte(b, '.'); i > 0 {
		b = b[:i]
	}
	return b
}

// pair matches each gold record to a predicted one: by id, then by file stem,
// then by identical text.
func pair(gold, pred []*output.Record) map[*output.Record]*output.Record {
	byID := map[string]*output.Record{}
	byStem := map[string]*output.Record{}
	byText := map[string]*output.Record{}
	for _, p := range pred {
		byID[p.ID] = p
		byStem[stem(p.ID)] = p
		if p.Text != "" {
			byText[p.Text] = p
		}
	}
	out := map[*output.Record]*output.Record{}
	for _, g := range gold {
		switch {
		case byID[g.ID] != nil:
			out[g] = byID[g.ID]
		case byStem[stem(g.ID)] != nil:
			out[g] = byStem[stem(g.ID)]
		case g.Text != "" && byText[g.Text] != nil:
			out[g] = byText[g.Text]
		}
	}
	return out
}
