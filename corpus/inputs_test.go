package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

type outcome struct {
	uri, id, stage, err, text string
	line                      int
}

func loadAll(t *testing.T, args []string, opts Options) []outcome {
	t.Helper()
	var out []outcome
	for in := range Inputs(args, opts) {
		doc, err := in.Load(context.Background())
		o := outcome{uri: in.URI}
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("%s: error %v is not a *corpus.Error", in.URI, err)
			}
			o.stage, o.err, o.line = ce.Stage, ce.Err.Error(), ce.Line
		} else {
			o.id, o.text = doc.ID, doc.Text
		}
		out = append(out, o)
	}
	return out
}

func TestInputsWalkDirectoryInLexicalOrder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", "Bravo.")
	write(t, dir, "a/z.md", "# Zed\n\nText.")
	write(t, dir, "a/y.html", "<p>Yankee text.</p>")
	write(t, dir, "c.csv", "ignored")
	write(t, dir, ".hidden/h.txt", "ignored")
	write(t, dir, "d.jsonl", `{"id":"j1","text":"Juliet."}`+"\n")
	got := loadAll(t, []string{dir}, Options{})
	var ids []string
	for _, o := range got {
		if o.err != "" {
			t.Errorf("%s: %s: %s", o.uri, o.stage, o.err)
		}
		ids = append(ids, strings.TrimPrefix(o.id, filepath.ToSlash(dir)+"/"))
	}
	if want := "a/y.html a/z.md b.txt j1"; strings.Join(ids, " ") != want {
		t.Errorf("ids %q, want %q", ids, want)
	}
}

func TestInputsBadInputsBecomeErrors(t *testing.T) {
	dir := t.TempDir()
	big := write(t, dir, "big.txt", strings.Repeat("word ", 100))
	tests := []struct {
		name    string
		path    string
		content string
		stage   string
		errText string
	}{
		{"empty", "empty.txt", "", "decode", "empty input"},
		{"blank", "blank.txt", " \n\t\n", "decode", "empty input"},
		{"binary", "bin.txt", "\x7fELF\x00\x00\x01", "decode", "binary content"},
		{"control characters", "ctrl.txt", strings.Repeat("\x01\x02\x03a", 50), "decode", "binary content"},
		{"html without text", "nothing.html", "<html><script>x()</script></html>", "", ""},
	}
	for _, tt := range tests {
		p := write(t, dir, tt.path, tt.content)
		got := loadAll(t, []string{p}, Options{})
		if len(got) != 1 {
			t.Fatalf("%s: %d outcomes", tt.name, len(got))
		}
		if tt.stage == "" {
			if got[0].err == "" {
				t.Errorf("%s: loaded without error: %q", tt.name, got[0].text)
			}
			continue
		}
		if got[0].stage != tt.stage || !strings.Contains(got[0].err, tt.errText) {
			t.Errorf("%s: got %s %q, want %s %q", tt.name, got[0].stage, got[0].err, tt.stage, tt.errText)
		}
	}
	got := loadAll(t, []string{filepath.Join(dir, "missing.txt")}, Options{})
	if len(got) != 1 || got[0].stage != "read" {
		t.Errorf("missing path: %+v", got)
	}
	got = loadAll(t, []string{big}, Options{MaxBytes: 100})
	if len(got) != 1 || got[0].stage != "read" || !strings.Contains(got[0].err, "size limit") {
		t.Errorf("huge file: %+v", got)
	}
}

func TestInvalidUTF8IsRepairedAndFlagged(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "latin1.txt", "Caf\xe9 and na\xefve.")
	for in := range Inputs([]string{p}, Options{}) {
		doc, err := in.Load(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if doc.Text != "Caf\uFFFD and na\uFFFDve." || len(doc.Flags) != 1 || doc.Flags[0] != FlagInvalidUTF8 {
			t.Errorf("text %q flags %v", doc.Text, doc.Flags)
		}
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "c.jsonl", strings.Join([]string{
		`{"id":"a","text":"Alpha.","title":"T","published":"2024-01-02T10:00:00Z","ref_date":"2024-02-03","url":"https://x.org/a","meta":{"k":"v"}}`,
		`{"id":"b","html":"<p>Beta paragraph with enough words to be the main text of the page.</p>"}`,
		`not json`,
		``,
		`{"id":"c"}`,
		`{"text":"No id."}`,
		`{"id":"d","text":"Delta.","ref_date":"yesterday"}`,
		`{"id":"e","text":"Caf` + "\xe9" + `."}`,
	}, "\n"))
	got := loadAll(t, []string{p}, Options{})
	want := []outcome{
		{id: "a", text: "Alpha."},
		{id: "b", text: "Beta paragraph with enough words to be the main text of the page."},
		{stage: "parse", err: "malformed JSON", line: 3},
		{stage: "parse", err: "record has neither text nor html", line: 5},
		{id: "c.jsonl:6", text: "No id."},
		{stage: "parse", err: `ref_date "yesterday" is not YYYY-MM-DD`, line: 7},
		{id: "e", text: "Caf\uFFFD."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d outcomes, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if w.stage != "" {
			if g.stage != w.stage || !strings.Contains(g.err, w.err) || g.line != w.line {
				t.Errorf("line %d: got %+v, want %+v", i, g, w)
			}
			continue
		}
		if !strings.HasSuffix(g.id, w.id) || g.text != w.text || g.err != "" {
			t.Errorf("record %d: got %+v, want %+v", i, g, w)
		}
	}
	// Metadata of the first record.
	for in := range Inputs([]string{p}, Options{}) {
		doc, err := in.Load(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if doc.Meta.Title != "T" || doc.Meta.Published != "2024-01-02" || doc.RefDate != "2024-02-03" ||
			doc.Meta.SourceURL != "https://x.org/a" || doc.Meta.Extra["k"] != "v" || doc.Source.Line != 1 || doc.Source.Kind != "jsonl" {
			t.Errorf("first record: %+v", doc)
		}
		break
	}
}

func TestJSONLLineTooLong(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "c.jsonl", `{"id":"a","text":"`+strings.Repeat("x", 5000)+`"}`+"\n"+`{"id":"b","text":"Ok."}`+"\n")
	got := loadAll(t, []string{p}, Options{MaxBytes: 1000})
	if len(got) != 2 || got[0].stage != "read" || got[0].line != 1 || got[1].id != "b" {
		t.Fatalf("got %+v", got)
	}
}

func TestStdin(t *testing.T) {
	got := loadAll(t, []string{"-"}, Options{Stdin: strings.NewReader("Plain text from a pipe.")})
	if len(got) != 1 || got[0].id != "stdin" || got[0].text != "Plain text from a pipe." {
		t.Errorf("plain stdin: %+v", got)
	}
	got = loadAll(t, []string{"-"}, Options{Stdin: strings.NewReader("\n{\"id\":\"x\",\"text\":\"From JSONL.\"}\n")})
	if len(got) != 1 || got[0].id != "x" {
		t.Errorf("JSONL stdin: %+v", got)
	}
}

// FuzzJSONL: any bytes as a JSONL corpus yield inputs that load to a document
// or a *corpus.Error, never a panic.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}` + "\n" + `{"html":"<p>y</p>"}`))
	f.Add([]byte("{\"text\":\"\xff\"}\n\n{"))
	f.Add([]byte(`{"id":1,"text":["no"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "f.jsonl")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for in := range Inputs([]string{p}, Options{MaxBytes: 1 << 16}) {
			doc, err := in.Load(context.Background())
			var ce *Error
			if err != nil && !errors.As(err, &ce) {
				t.Fatalf("error %v is not a *corpus.Error", err)
			}
			if err == nil && strings.TrimSpace(doc.Text) == "" {
				t.Fatal("document without text")
			}
		}
	})
}

func TestInputsFromURLsListsAndRecords(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/missing":
			http.Error(w, "gone", http.StatusNotFound)
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html lang="en"><head><title>Page %s</title><meta property="article:published_time" content="2024-05-06T10:00:00Z"></head><body><article><p>The ministers of Japan and India met in Delhi to discuss maritime security and trade on %s.</p></article></body></html>`, r.URL.Path, r.URL.Path)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	list := write(t, dir, "urls.txt", "# a list\n"+srv.URL+"/b\n\n"+srv.URL+"/missing\n")
	corpusFile := write(t, dir, "c.jsonl", `{"id":"rec","url":"`+srv.URL+`/c","ref_date":"2024-01-01","title":"Own title"}`+"\n")
	fetcher := NewFetcher(FetchOptions{AllowPrivate: true, PerHostRate: -1, Retries: -1})
	var got []string
	for in := range Inputs([]string{srv.URL + "/a", "@" + list, corpusFile}, Options{Fetcher: fetcher}) {
		doc, err := in.Load(context.Background())
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("%v is not a *corpus.Error", err)
			}
			got = append(got, fmt.Sprintf("error %s %s", ce.Stage, strings.TrimPrefix(ce.URI, srv.URL)))
			continue
		}
		got = append(got, fmt.Sprintf("%s %s %q %s %s", strings.TrimPrefix(doc.ID, srv.URL), doc.Source.Kind, doc.Meta.Title, doc.Meta.Published, doc.RefDate))
	}
	want := []string{
		`/a url "Page /a" 2024-05-06 `,
		`/b url "Page /b" 2024-05-06 `,
		`error fetch /missing`,
		`rec url "Own title" 2024-05-06 2024-01-01`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestGzippedJSONLCorpus(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`{"id":"z1","text":"Compressed corpus text."}` + "\n"))
	zw.Close()
	p := write(t, dir, "c.jsonl.gz", buf.String())
	got := loadAll(t, []string{dir}, Options{})
	if len(got) != 1 || got[0].id != "z1" || got[0].text != "Compressed corpus text." {
		t.Errorf("%+v (walked from %s)", got, p)
	}
}

func TestWalkFollowsSymlinksAndReportsLoops(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "real/a.txt", "Alpha text.")
	if err := os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "linked")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	// real/loop points back at real: walking it again would never end.
	if err := os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "real", "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range loadAll(t, []string{dir}, Options{}) {
		rel := strings.TrimPrefix(o.uri, filepath.ToSlash(dir)+"/")
		if o.err != "" {
			got = append(got, rel+" "+o.stage+" "+strings.SplitN(o.err, ":", 2)[0])
		} else {
			got = append(got, rel)
		}
	}
	want := []string{
		"dangling.txt read stat " + filepath.ToSlash(dir) + "/dangling.txt",
		"linked/a.txt",
		"linked/loop read symbolic link loop",
		"real/a.txt",
		"real/loop read symbolic link loop",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestIncludeExcludeGlobs(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.md", "# A\n\nAlpha.")
	write(t, dir, "b.txt", "Bravo.")
	write(t, dir, "drafts/c.md", "Charlie.")
	write(t, dir, "notes.csv", "Delta text in a csv file.")
	ids := func(opts Options) string {
		var out []string
		for _, o := range loadAll(t, []string{dir}, opts) {
			out = append(out, strings.TrimPrefix(o.id, filepath.ToSlash(dir)+"/"))
		}
		return strings.Join(out, " ")
	}
	tests := []struct {
		opts Options
		want string
	}{
		{Options{}, "a.md b.txt drafts/c.md"},
		{Options{Include: []string{"*.md"}}, "a.md drafts/c.md"},
		{Options{Exclude: []string{"drafts/**"}}, "a.md b.txt"},
		{Options{Exclude: []string{"drafts"}}, "a.md b.txt"},
		{Options{Include: []string{"**/*.md", "*.csv"}, Exclude: []string{"drafts/*"}}, "a.md notes.csv"},
	}
	for _, tt := range tests {
		if got := ids(tt.opts); got != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.opts, got, tt.want)
		}
	}
}
