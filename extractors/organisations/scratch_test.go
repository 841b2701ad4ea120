package organisations

import (
	"bufio"
	"encoding/json"
	"fmt"
	"github.com/polexhq/polex/extractors"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestScratchJSONL: SCRATCH_JSONL=gold.jsonl writes org predictions on the gold text.
func TestScratchJSONL(t *testing.T) {
	f := os.Getenv("SCRATCH_JSONL")
	if f == "" {
		t.Skip()
	}
	in, _ := os.Open(f)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	out, _ := os.Create(os.Getenv("SCRATCH_OUT"))
	defer out.Close()
	for sc.Scan() {
		var g struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		json.Unmarshal(sc.Bytes(), &g)
		ms := extract(t, g.Text)
		type pm struct {
			Start  int    `json:"start"`
			End    int    `json:"end"`
			Text   string `json:"text"`
			Type   string `json:"type"`
			Entity string `json:"entity"`
		}
		var ps []pm
		for _, m := range ms {
			s := utf8.RuneCountInString(g.Text[:m.Start])
			e := s + utf8.RuneCountInString(g.Text[m.Start:m.End])
			ps = append(ps, pm{s, e, g.Text[m.Start:m.End], "organisation", m.Entity})
		}
		b, _ := json.Marshal(map[string]any{"id": g.ID, "mentions": ps})
		fmt.Fprintln(out, string(b))
	}
}

func TestScratchCtx(t *testing.T) {
	f := os.Getenv("SCRATCH")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	txt := string(b)
	for _, m := range extract(t, txt) {
		s := max(0, m.Start-40)
		e := min(len(txt), m.End+25)
		fmt.Printf("%-28s %-60q %q\n", m.Entity, txt[m.Start:m.End], txt[s:e])
	}
}

func TestScratchTime(t *testing.T) {
	f := os.Getenv("SCRATCH_TIME")
	if f == "" {
		t.Skip()
	}
	in, _ := os.Open(f)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var docs []*extractors.Doc
	words := 0
	for sc.Scan() {
		var g struct{ Text string }
		json.Unmarshal(sc.Bytes(), &g)
		d := newDoc(g.Text)
		docs = append(docs, d)
		words += len(strings.Fields(g.Text))
	}
	for rep := 0; rep < 3; rep++ {
		start := time.Now()
		for _, d := range docs {
			d2 := &extractors.Doc{Text: d.Text, Sentences: d.Sentences, Annotator: annotator, TagPOS: true}
			Extractor.Run(d2)
		}
		el := time.Since(start)
		fmt.Printf("%d words in %v: %.0f words/s\n", words, el, float64(words)/el.Seconds())
	}
}
