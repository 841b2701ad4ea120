package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"

	"github.com/polexhq/polex/output"
)

// seedParagraphs splits the seed essay into its paragraphs (the heading
// first), with the sentence broken across a blank line joined again.
func seedParagraphs(t *testing.T) []string {
	t.Helper()
	raw, err := os.ReadFile("testdata/golden/asian-nato.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(raw), "several\n\ndialogues", "several dialogues")
	var paras []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "## ")); p != "" {
			paras = append(paras, p)
		}
	}
	return paras
}

func seedHTML(paras []string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>` + html.EscapeString(paras[0]) + ` | Example Institute</title>
<meta property="article:published_time" content="2024-10-20"></head><body>
<header><nav><a href="/">Home</a> <a href="/research">Research</a> <a href="/experts">Experts</a></nav></header>
<div class="cookie-notice">This site uses cookies. <a href="/privacy">Learn more</a></div>
<main><article><h1>` + html.EscapeString(paras[0]) + `</h1>`)
	for _, p := range paras[1:] {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	b.WriteString(`</article><div class="share">Share on X | Share on LinkedIn</div></main>
<aside><h2>Related</h2><ul><li><a href="/a">NATO at 75</a></li><li><a href="/b">The Quad in 2025</a></li></ul></aside>
<footer>© Example Institute · <a href="/contact">Contact</a></footer></body></html>`)
	return b.String()
}

func seedPDF(t *testing.T, paras []string) []byte {
	t.Helper()
	p := fpdf.New("P", "mm", "A4", "")
	tr := p.UnicodeTranslatorFromDescriptor("")
	p.SetTitle(paras[0], true)
	p.SetFooterFunc(func() {
		p.SetY(-15)
		p.SetFont("Helvetica", "", 8)
		p.CellFormat(0, 10, fmt.Sprintf("Page %d", p.PageNo()), "", 0, "C", false, 0, "")
	})
	p.AddPage()
	p.SetFont("Helvetica", "B", 15)
	p.MultiCell(0, 8, tr(paras[0]), "", "L", false)
	p.Ln(4)
	p.SetFont("Helvetica", "", 11)
	for _, para := range paras[1:] {
		p.MultiCell(0, 5.5, tr(para), "", "J", false)
		p.Ln(4)
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// entitiesOf lists "type entity" of a record's country and organisation
// mentions, sorted.
func entitiesOf(r *output.Record) []string {
	var out []string
	for _, m := range r.Mentions {
		if m.Type == "country" || m.Type == "organisation" {
			out = append(out, m.Type+" "+m.Entity)
		}
	}
	slices.Sort(out)
	return out
}

// TestSeedAsHTMLAndPDF serves the seed essay as a web page (with navigation,
// a cookie notice, share links, related links and a footer) and as a PDF
// with page numbers: both give the countries and organisations of the plain
// text.
func TestSeedAsHTMLAndPDF(t *testing.T) {
	paras := seedParagraphs(t)
	pdf := seedPDF(t, paras)
	page := seedHTML(paras)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/essay.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page)
		case "/essay.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write(pdf)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/essay.pdf", pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	code := Main([]string{"run", "--quiet", "--allow-private-networks", "--per-host-rate", "-1",
		"testdata/golden/asian-nato.txt", srv.URL + "/essay.html", srv.URL + "/essay.pdf", dir + "/essay.pdf"},
		Env{Stdout: &out, Stderr: &errs})
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	var recs []*output.Record
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r output.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, &r)
	}
	if len(recs) != 4 {
		t.Fatalf("%d records", len(recs))
	}
	want := entitiesOf(recs[0])
	if len(want) < 20 {
		t.Fatalf("plain text found only %v", want)
	}
	for _, r := range recs[1:] {
		if got := entitiesOf(r); !slices.Equal(got, want) {
			t.Errorf("%s (%s): countries and organisations differ from the plain text\n got %v\nwant %v", r.ID, r.Source.ContentType, got, want)
		}
	}
	if k := recs[1].Source.Kind; k != "url" || recs[1].Meta.Published != "2024-10-20" || recs[1].RefDate.From != "meta" {
		t.Errorf("HTML record: kind %s, published %q, ref_date %+v", k, recs[1].Meta.Published, recs[1].RefDate)
	}
	if strings.Contains(recs[1].Text, "cookies") || strings.Contains(recs[1].Text, "Share on") || strings.Contains(recs[1].Text, "Related") {
		t.Errorf("boilerplate in the HTML text: %q", recs[1].Text)
	}
}
