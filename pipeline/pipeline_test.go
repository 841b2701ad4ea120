package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/polexhq/polex/corpus"
	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/internal/prosetext"
	"github.com/polexhq/polex/output"
)

// capitals marks every token that starts with an upper-case letter, which is
// enough to exercise offsets, overlaps and entity grouping.
var capitals = &extractors.Extractor{
	Name:  "capitals",
	Doc:   "marks capitalised tokens (test extractor)",
	Needs: extractors.NeedTokens,
	Run: func(d *extractors.Doc) (*extractors.Result, error) {
		res := &extractors.Result{}
		for i := range d.Sentences {
			for _, t := range d.Tokens(i) {
				w := d.Text[t.Start:t.End]
				r := []rune(w)
				if len(r) > 0 && unicode.IsUpper(r[0]) {
					res.Mentions = append(res.Mentions, extractors.Mention{Start: t.Start, End: t.End, Type: "person", Entity: "person:" + strings.ToLower(w)})
				}
			}
		}
		return res, nil
	},
}

func newTestPipeline(t testing.TB, es ...*extractors.Extractor) *Pipeline {
	t.Helper()
	p, err := New(Config{Extractors: es})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestTokensAlignToText(t *testing.T) {
	text := "“Ukraine today,” she said — in Zürich’s café — “is Asia tomorrow.” 日本 isn’t 🙂 here."
	a := NewAnnotator()
	toks := a.Tokens(text, extractors.Span{Start: 0, End: len(text)}, true)
	if len(toks) < 15 {
		t.Fatalf("only %d tokens", len(toks))
	}
	for _, tk := range toks {
		straight, _ := prosetext.Straighten(text[tk.Start:tk.End])
		if straight != tk.Text {
			t.Errorf("token %q at [%d,%d) covers %q", tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
		}
		if tk.Tag == "" {
			t.Errorf("token %q has no tag", tk.Text)
		}
	}
}

// TestAnnotatorConcurrent tags from many goroutines at once; run with -race
// to show the shared prose model is safe to share.
func TestAnnotatorConcurrent(t *testing.T) {
	text := "The Prime Minister of Japan met the President in Washington on Monday."
	a := NewAnnotator()
	want := fmt.Sprint(a.Tokens(text, extractors.Span{End: len(text)}, true))
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				if got := fmt.Sprint(a.Tokens(text, extractors.Span{End: len(text)}, true)); got != want {
					errs <- got
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent tagging differs: %s", e)
	}
}

func TestProcessCodePointOffsets(t *testing.T) {
	p := newTestPipeline(t, capitals)
	text := "Émile met “Zoë” in Côte d’Ivoire — then 東京 Tokyo 🙂 Über alles. Ñandú ran."
	rec := p.Process(&corpus.Document{ID: "x", Text: text})
	if len(rec.Mentions) < 6 {
		t.Fatalf("got %d mentions: %+v", len(rec.Mentions), rec.Mentions)
	}
	checkSpans(t, rec)
}

func checkSpans(t *testing.T, rec *output.Record) {
	t.Helper()
	runes := []rune(rec.Text)
	for _, m := range rec.Mentions {
		if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
			t.Fatalf("mention %+v out of range", m)
		}
		if got := string(runes[m.Start:m.End]); got != m.Text {
			t.Errorf("code points [%d,%d) = %q, mention text %q", m.Start, m.End, got, m.Text)
		}
		if got := rec.Text[m.StartByte:m.EndByte]; got != m.Text {
			t.Errorf("bytes [%d,%d) = %q, mention text %q", m.StartByte, m.EndByte, got, m.Text)
		}
	}
	for _, s := range rec.Sentences {
		if s.Start < 0 || s.End > len(runes) || s.Start >= s.End {
			t.Errorf("sentence %+v out of range", s)
		}
	}
}

// FuzzProcessCodePointOffsets: for any text (after the corpus's UTF-8 repair),
// every span's code-point slice equals its text.
func FuzzProcessCodePointOffsets(f *testing.F) {
	for _, s := range []string{
		"“Quoted” – dashes — and ‘single’ quotes.",
		"Accents: Ébène, Zürich, São Paulo.",
		"CJK: 日本 Japan 中国 China.",
		"Emoji 🙂 Between 🚀 Words.",
		"Invalid \xff\xfe UTF-8 Here.",
		"Combining e\u0301 Marks.",
	} {
		f.Add(s)
	}
	p := newTestPipeline(f, capitals)
	f.Fuzz(func(t *testing.T, raw string) {
		text, _, err := corpus.DecodeText([]byte(raw))
		if err != nil {
			return
		}
		rec := p.Process(&corpus.Document{ID: "f", Text: corpus.NormalizeText(text)})
		checkSpans(t, rec)
	})
}

func TestResolveOverlaps(t *testing.T) {
	m := func(s, e, prio int, typ string) tagged {
		return tagged{Mention: extractors.Mention{Start: s, End: e, Priority: prio, Type: typ}}
	}
	tests := []struct {
		name string
		in   []tagged
		want string
	}{
		{"longer wins", []tagged{m(0, 5, 10, "country"), m(0, 20, 5, "organisation")}, "[0-20 organisation]"},
		{"priority breaks ties", []tagged{m(0, 5, 1, "person"), m(0, 5, 10, "country")}, "[0-5 country]"},
		{"disjoint kept, sorted", []tagged{m(10, 12, 1, "a"), m(0, 5, 1, "b")}, "[0-5 b 10-12 a]"},
		{"partial overlap: longer wins", []tagged{m(0, 6, 1, "a"), m(4, 12, 1, "b")}, "[4-12 b]"},
		{"touching spans both kept", []tagged{m(0, 4, 1, "a"), m(4, 8, 1, "b")}, "[0-4 a 4-8 b]"},
	}
	for _, tt := range tests {
		var got []string
		for _, k := range resolveOverlaps(tt.in, 100) {
			got = append(got, fmt.Sprintf("%d-%d %s", k.Start, k.End, k.Type))
		}
		if g := "[" + strings.Join(got, " ") + "]"; g != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, g, tt.want)
		}
	}
}

func TestEntityTableGroupsByID(t *testing.T) {
	p := newTestPipeline(t, capitals)
	rec := p.Process(&corpus.Document{ID: "x", Text: "Ishiba spoke. Later Ishiba left. Japan agreed."})
	var ishiba *output.Entity
	for i := range rec.Entities {
		if rec.Entities[i].ID == "person:ishiba" {
			ishiba = &rec.Entities[i]
		}
	}
	if ishiba == nil || ishiba.Count != 2 || len(ishiba.Forms) != 1 {
		t.Fatalf("entity table: %+v", rec.Entities)
	}
}

func TestFailingExtractorIsRecordedAndDependentsSkipped(t *testing.T) {
	boom := &extractors.Extractor{Name: "boom", Doc: "panics", Run: func(*extractors.Doc) (*extractors.Result, error) { panic("kaboom") }}
	bad := &extractors.Extractor{Name: "bad", Doc: "errs", Run: func(*extractors.Doc) (*extractors.Result, error) { return nil, errors.New("no luck") }}
	dep := &extractors.Extractor{Name: "dep", Doc: "needs boom", Requires: []string{"boom"}, Run: func(*extractors.Doc) (*extractors.Result, error) {
		t.Error("dependent of a failed extractor ran")
		return nil, nil
	}}
	p := newTestPipeline(t, boom, bad, dep, capitals)
	rec := p.Process(&corpus.Document{ID: "x", Text: "Hello World."})
	got := map[string]string{}
	for _, e := range rec.Pipeline.Errors {
		got[e.Extractor] = e.Error
	}
	if !strings.Contains(got["boom"], "kaboom") || !strings.Contains(got["bad"], "no luck") || !strings.Contains(got["dep"], "failed prerequisite boom") {
		t.Errorf("pipeline errors: %+v", rec.Pipeline.Errors)
	}
	if len(rec.Mentions) != 2 {
		t.Errorf("the healthy extractor's mentions are missing: %+v", rec.Mentions)
	}
}

func TestNewValidatesExtractors(t *testing.T) {
	run := func(*extractors.Doc) (*extractors.Result, error) { return nil, nil }
	tests := []struct {
		name string
		set  []*extractors.Extractor
		want string
	}{
		{"duplicate", []*extractors.Extractor{{Name: "a", Doc: "x", Run: run}, {Name: "a", Doc: "x", Run: run}}, "declared twice"},
		{"no doc", []*extractors.Extractor{{Name: "a", Run: run}}, "empty Doc"},
		{"no run", []*extractors.Extractor{{Name: "a", Doc: "x"}}, "nil Run"},
		{"bad name", []*extractors.Extractor{{Name: "A b", Doc: "x", Run: run}}, "bad name"},
		{"unknown requirement", []*extractors.Extractor{{Name: "a", Doc: "x", Run: run, Requires: []string{"z"}}}, "unknown"},
		{"cycle", []*extractors.Extractor{{Name: "a", Doc: "x", Run: run, Requires: []string{"b"}}, {Name: "b", Doc: "x", Run: run, Requires: []string{"a"}}}, "cycle"},
	}
	for _, tt := range tests {
		_, err := New(Config{Extractors: tt.set})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}

type bufSink struct {
	docs, errs bytes.Buffer
}

func (s *bufSink) Document(r *output.Record) error {
	b, err := output.Marshal(r)
	s.docs.Write(b)
	return err
}
func (s *bufSink) Error(r *output.ErrorRecord) error {
	b, err := output.Marshal(r)
	s.errs.Write(b)
	return err
}

func testInputs(n int) []corpus.Input {
	var ins []corpus.Input
	for i := range n {
		uri := fmt.Sprintf("doc-%03d", i)
		if i%7 == 3 {
			ins = append(ins, corpus.FailedInput(uri, "file", "read", errors.New("unreadable")))
			continue
		}
		text := strings.Repeat(fmt.Sprintf("Paris met Berlin %d times. ", i), 1+i%5)
		ins = append(ins, corpus.NewInput(uri, "file", func(context.Context) (*corpus.Document, error) {
			return &corpus.Document{ID: uri, Text: text}, nil
		}))
	}
	return ins
}

func seqOf(ins []corpus.Input) func(func(corpus.Input) bool) {
	return func(yield func(corpus.Input) bool) {
		for _, in := range ins {
			if !yield(in) {
				return
			}
		}
	}
}

func TestRunIsDeterministicAndAccountsForEveryInput(t *testing.T) {
	p := newTestPipeline(t, capitals)
	ins := testInputs(40)
	var first *bufSink
	for _, workers := range []int{1, 2, 5} {
		s := &bufSink{}
		st, err := p.Run(context.Background(), seqOf(ins), s, RunOptions{Workers: workers, Window: 3})
		if err != nil {
			t.Fatal(err)
		}
		if st.Inputs != 40 || st.Documents+st.Errors != 40 || st.Errors != 6 {
			t.Fatalf("workers=%d: stats %+v", workers, st)
		}
		if got := strings.Count(s.docs.String(), "\n") + strings.Count(s.errs.String(), "\n"); got != 40 {
			t.Fatalf("workers=%d: %d lines for 40 inputs", workers, got)
		}
		if first == nil {
			first = s
			continue
		}
		if s.docs.String() != first.docs.String() || s.errs.String() != first.errs.String() {
			t.Errorf("workers=%d: output differs from workers=1", workers)
		}
	}
}

func TestRefDatePrecedence(t *testing.T) {
	p, err := New(Config{Extractors: []*extractors.Extractor{capitals}, RefDate: "2020-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		doc  corpus.Document
		want output.RefDate
	}{
		{corpus.Document{RefDate: "2024-09-25", Meta: corpus.Meta{Published: "2024-01-01"}}, output.RefDate{Value: "2024-09-25", From: "input"}},
		{corpus.Document{Meta: corpus.Meta{Published: "2024-01-01"}}, output.RefDate{Value: "2024-01-01", From: "meta"}},
		{corpus.Document{}, output.RefDate{Value: "2020-01-01", From: "flag"}},
	}
	for _, tt := range tests {
		if got := p.RefDateOf(&tt.doc); got != tt.want {
			t.Errorf("RefDateOf(%+v) = %+v, want %+v", tt.doc, got, tt.want)
		}
	}
	p2 := newTestPipeline(t, capitals)
	if got := p2.RefDateOf(&corpus.Document{}); got != (output.RefDate{From: "none"}) {
		t.Errorf("no date anywhere: %+v", got)
	}
}
