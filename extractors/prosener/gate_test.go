package prosener

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/polexhq/polex/extractors"
)

// record is the part of a polex output record the gate test reads.
type record struct {
	Text      string `json:"text"`
	Sentences []struct {
		Start, End int
	} `json:"sentences"`
	Mentions []struct {
		StartByte int    `json:"start_byte"`
		EndByte   int    `json:"end_byte"`
		Type      string `json:"type"`
		Entity    string `json:"entity"`
	} `json:"mentions"`
	Entities []extractors.Entity `json:"entities"`
}

// goldenDocs reads the command's golden records (texts with the default
// extractors' resolved mentions) as documents prose-ner would see.
func goldenDocs(t *testing.T) []*extractors.Doc {
	files, _ := filepath.Glob("../../internal/cli/testdata/golden/*.golden.jsonl")
	if len(files) == 0 {
		t.Skip("no golden records")
	}
	var docs []*extractors.Doc
	for _, fn := range files {
		f, err := os.Open(fn)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var r record
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			// Sentence offsets are in characters; the extractor works on bytes.
			var byteAt []int
			for i := range r.Text {
				byteAt = append(byteAt, i)
			}
			byteAt = append(byteAt, len(r.Text))
			d := &extractors.Doc{Text: r.Text, Entities: r.Entities}
			for _, s := range r.Sentences {
				d.Sentences = append(d.Sentences, extractors.Span{Start: byteAt[s.Start], End: byteAt[s.End]})
			}
			for _, m := range r.Mentions {
				d.Mentions = append(d.Mentions, extractors.Mention{Start: m.StartByte, End: m.EndByte, Type: m.Type, Entity: m.Entity})
			}
			docs = append(docs, d)
		}
		f.Close()
	}
	return docs
}

// TestGateChangesNothing checks that skipping sentences that cannot yield a
// mention gives the same mentions as running prose on every sentence.
func TestGateChangesNothing(t *testing.T) {
	defer func() { gate = true }()
	extra := &extractors.Doc{Text: "The talks ended. However Minoru stayed. Daniel left. We met Kojima Minoru.\nthe Tarnow Brothers International agreed. I. The Parties met."}
	extra.Sentences = []extractors.Span{{Start: 0, End: 16}, {Start: 17, End: 39}, {Start: 40, End: 52}, {Start: 53, End: 74}, {Start: 75, End: 116}, {Start: 117, End: 119}, {Start: 120, End: 135}}
	skipped := 0
	for _, d := range append(goldenDocs(t), extra) {
		gate = false
		all, err := run(d)
		if err != nil {
			t.Fatal(err)
		}
		gate = true
		gated, err := run(d)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(all.Mentions, gated.Mentions) {
			t.Errorf("%.40q: gated %v, ungated %v", d.Text, gated.Mentions, all.Mentions)
		}
		f := newFilter(d)
		words := d.Words()
		for _, s := range d.Sentences {
			var open bool
			open, words = f.mayName(s, words)
			if !open {
				skipped++
			}
		}
	}
	if skipped == 0 {
		t.Error("the gate skipped no sentence")
	}
	t.Logf("%d sentences skipped", skipped)
}
