package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"
	"github.com/ledongthuc/pdf"
)

type pdfPara struct {
	heading bool
	text    string
}

type pdfSpec struct {
	title, author string
	created       time.Time
	header        string   // running header on every page
	pageNumbers   bool     // "Page N of M" footer
	userPassword  string   // encrypt with this user password
	imageOnly     bool     // draw shapes only: no text layer
	footnotes     []string // small-print notes, two at the foot of each page
	paras         []pdfPara
}

// makePDF writes a PDF with go-pdf/fpdf (a separate producer from the
// reader under test): justified paragraphs that wrap over several lines
// and pages, headings in a larger bold font, optional running header and
// page-number footer.
func makePDF(t testing.TB, s pdfSpec) []byte {
	t.Helper()
	p := fpdf.New("P", "mm", "A4", "")
	tr := p.UnicodeTranslatorFromDescriptor("")
	p.SetTitle(s.title, true)
	p.SetAuthor(s.author, true)
	p.SetLang("en-GB")
	if !s.created.IsZero() {
		p.SetCreationDate(s.created)
	}
	if s.userPassword != "" {
		p.SetProtection(fpdf.CnProtectPrint, s.userPassword, "owner-"+s.userPassword)
	}
	p.AliasNbPages("{nb}")
	if s.header != "" {
		p.SetHeaderFunc(func() {
			p.SetFont("Helvetica", "I", 8)
			p.CellFormat(0, 8, tr(s.header), "", 1, "R", false, 0, "")
			p.Ln(4)
		})
	}
	if len(s.footnotes) > 0 {
		p.SetAutoPageBreak(true, 45) // body text stops above the notes
		p.SetFooterFunc(func() {
			p.SetY(-40)
			p.SetFont("Helvetica", "", 7.5)
			// Two notes a page, different on each page, so that only
			// their position and size mark them (not repetition).
			for k := 0; k < 2; k++ {
				fn := s.footnotes[(2*(p.PageNo()-1)+k)%len(s.footnotes)]
				p.MultiCell(0, 4, tr(fn), "", "L", false)
			}
			if s.pageNumbers {
				p.CellFormat(0, 6, fmt.Sprintf("%d", p.PageNo()), "", 0, "C", false, 0, "")
			}
		})
	} else if s.pageNumbers {
		p.SetFooterFunc(func() {
			p.SetY(-15)
			p.SetFont("Helvetica", "", 8)
			p.CellFormat(0, 10, fmt.Sprintf("Page %d of {nb}", p.PageNo()), "", 0, "C", false, 0, "")
		})
	}
	p.AddPage()
	if s.imageOnly {
		for i := 0; i < 5; i++ {
			p.Rect(20, 20+float64(i)*30, 150, 20, "F")
		}
	}
	for _, para := range s.paras {
		if para.heading {
			p.SetFont("Helvetica", "B", 15)
			p.MultiCell(0, 8, tr(para.text), "", "L", false)
		} else {
			p.SetFont("Helvetica", "", 11)
			p.MultiCell(0, 5.5, tr(para.text), "", "J", false)
		}
		p.Ln(4)
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func pdfText(t *testing.T, raw []byte) (string, Meta, error) {
	t.Helper()
	return PDFToText(bytes.NewReader(raw), int64(len(raw)))
}

var reportParas = []pdfPara{
	{true, "Arctic shipping after the ice"},
	{false, "Melting sea ice has opened the Northern Sea Route to more traffic each summer, and shipping companies from China, South Korea and Norway have tested it with container ships as well as tankers carrying liquefied natural gas from the Yamal peninsula."},
	{false, "Russia requires permits for every voyage and charges for icebreaker escorts, rules that other states regard as going beyond what the United Nations Convention on the Law of the Sea allows in waters that are ice-free for most of the year."},
	{true, "What the Polar Code changes"},
	{false, "The Polar Code of the International Maritime Organization sets common standards for ships operating in polar waters, from hull strength to crew training. If coastal states relied on it instead of national permit systems, many of today's disputes would lose their edge. " + strings.Repeat("Insurers, ports and flag states all have a part to play in making those standards work in practice. ", 45)},
	{false, "The Arctic Council could resume technical cooperation on search and rescue, which has been largely suspended since 2022, without settling any of the larger political questions first."},
}

func TestPDFToTextReport(t *testing.T) {
	raw := makePDF(t, pdfSpec{title: "Arctic shipping after the ice", author: "Henrik Aalto",
		created: time.Date(2023, 10, 5, 9, 0, 0, 0, time.UTC), header: "Northern Policy Institute - Arctic brief 2023",
		pageNumbers: true, paras: reportParas})
	if rd, err := pdf.NewReader(bytes.NewReader(raw), int64(len(raw))); err != nil || rd.NumPage() < 2 {
		t.Fatalf("fixture should span pages (err %v)", err)
	}
	text, meta, err := pdfText(t, raw)
	if err != nil {
		t.Fatal(err)
	}
	if exp := reportText(); text != exp {
		t.Errorf("text differs:\n got %q\nwant %q", text, exp)
	}
	if strings.Contains(text, "Page 1") || strings.Contains(text, "Arctic brief 2023") {
		t.Error("running header or page number left in the text")
	}
	if meta.Title != "Arctic shipping after the ice" || len(meta.Authors) != 1 || meta.Authors[0] != "Henrik Aalto" ||
		meta.Published != "2023-10-05" || meta.Language != "en" {
		t.Errorf("meta %+v", meta)
	}
}

func TestPDFBadInput(t *testing.T) {
	enc := makePDF(t, pdfSpec{userPassword: "secret", paras: reportParas[:2]})
	if _, _, err := pdfText(t, enc); !errors.Is(err, ErrPDFEncrypted) {
		t.Errorf("encrypted: %v", err)
	}
	img := makePDF(t, pdfSpec{imageOnly: true})
	if _, _, err := pdfText(t, img); !errors.Is(err, ErrPDFNoText) {
		t.Errorf("no text layer: %v", err)
	}
	good := makePDF(t, pdfSpec{paras: reportParas})
	for name, raw := range map[string][]byte{
		"garbage":   []byte("%PDF-1.4\nthis is not really a pdf\n%%EOF"),
		"truncated": good[:len(good)/2],
		"empty":     nil,
	} {
		if _, _, err := pdfText(t, raw); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestPDFLineJoining(t *testing.T) {
	line := func(y float64, x1 float64, s string) pdfLine {
		return pdfLine{text: s, y: y, x0: 50, x1: x1, size: 11}
	}
	page := []pdfLine{
		line(700, 500, "The delegates discussed the de-"),
		line(686, 500, "escalation plan and a well-known well-"),
		line(672, 500, "known formula for Indo-"),
		line(658, 300, "Pacific talks."),
		line(644, 500, "A new paragraph starts after a short line that ends a sen-"),
		line(630, 260, "tence."),
	}
	got := pdfParagraphs([][]pdfLine{page})
	want := []string{
		"The delegates discussed the deescalation plan and a well-known well-known formula for Indo- Pacific talks.",
		"A new paragraph starts after a short line that ends a sentence.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestSeedEssayFormats serves the seed essay as an HTML page (inside a
// think-tank layout) and as a PDF (with running header and page numbers):
// both must give the same words, in the same order, as the plain text.
func TestSeedEssayFormats(t *testing.T) {
	raw, err := os.ReadFile("../examples/asian-nato.txt")
	if err != nil {
		t.Skip("examples/asian-nato.txt not present")
	}
	var paras []pdfPara
	for _, chunk := range strings.Split(string(raw), "\n\n") {
		chunk = strings.TrimSpace(chunk)
		if chunk == "" {
			continue
		}
		if h, ok := strings.CutPrefix(chunk, "## "); ok {
			paras = append(paras, pdfPara{true, h})
			continue
		}
		paras = append(paras, pdfPara{false, chunk})
	}
	plain := strings.Join(evalTokens(strings.ReplaceAll(string(raw), "## ", "")), " ")

	var page strings.Builder
	page.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>` + paras[0].text + ` | Example Institute</title></head><body>
<header class="site-header"><a href="/">Example Institute</a><nav><a href="/research">Research</a> <a href="/experts">Experts</a> <a href="/events">Events</a></nav></header>
<div class="cookie-notice"><p>This site uses cookies to improve your experience. By continuing you accept our use of cookies.</p><button>OK</button></div>
<main><article><h1>` + paras[0].text + `</h1><div class="share"><a>Share on X</a> <a>LinkedIn</a></div><div class="article-body">`)
	for _, p := range paras[1:] {
		page.WriteString("<p>" + strings.ReplaceAll(p.text, "&", "&amp;") + "</p>\n")
	}
	page.WriteString(`</div></article><section class="related"><h2>Related research</h2><ul><li><a href="/a">The Quad after the summit season</a></li><li><a href="/b">AUKUS pillar two explained</a></li></ul></section></main>
<footer><p>© Example Institute. All rights reserved.</p></footer></body></html>`)
	htmlText, _, err := HTMLToText(strings.NewReader(page.String()))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(evalTokens(htmlText), " "); got != plain {
		t.Errorf("HTML text differs from the plain text:\n got %s\nwant %s", got, plain)
	}
	pdfRaw := makePDF(t, pdfSpec{title: paras[0].text, header: "Example Institute - Commentary", pageNumbers: true, paras: paras})
	pdfTextOut, _, err := pdfText(t, pdfRaw)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(evalTokens(pdfTextOut), " "); got != plain {
		t.Errorf("PDF text differs from the plain text:\n got %s\nwant %s", got, plain)
	}
}

func FuzzPDFToText(f *testing.F) {
	f.Add(makePDF(f, pdfSpec{paras: reportParas[:2]}))
	f.Add([]byte("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		PDFToText(bytes.NewReader(raw), int64(len(raw)))
	})
}

func BenchmarkPDFToText(b *testing.B) {
	raw := makePDF(b, pdfSpec{header: "Bench", pageNumbers: true, paras: reportParas})
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, _, err := PDFToText(bytes.NewReader(raw), int64(len(raw))); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPDFWordsPlacedOneByOne: some producers place every word with its own
// text operator and write no space characters; the spaces must come back
// from the gaps.
func TestPDFWordsPlacedOneByOne(t *testing.T) {
	p := fpdf.New("P", "pt", "A4", "")
	p.AddPage()
	p.SetFont("Helvetica", "", 11)
	want := "Ministers from Cambodia and Laos met in Vientiane on Wednesday to discuss the river and its dams upstream in China."
	x, y := 72.0, 100.0
	for _, w := range strings.Fields(want) {
		ww := p.GetStringWidth(w)
		if x+ww > 300 {
			x, y = 72, y+14
		}
		p.Text(x, y, w)
		x += ww + p.GetStringWidth(" ")
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	got, _, err := pdfText(t, buf.Bytes())
	if err != nil || got != want {
		t.Errorf("got %q (%v)\nwant %q", got, err, want)
	}
}

// TestPDFFootnotes: small-print notes at the foot of each page are left
// out, and a paragraph running on across the page break stays whole.
func TestPDFFootnotes(t *testing.T) {
	raw := makePDF(t, pdfSpec{pageNumbers: true, paras: reportParas,
		footnotes: []string{"1 International Maritime Organization, Polar Code, 2017.", "2 Arctic Council working group reports, various years.",
			"3 Interview with a shipping insurer, Oslo, March 2023.", "4 Northern Sea Route Administration transit statistics."}})
	text, _, err := pdfText(t, raw)
	if err != nil {
		t.Fatal(err)
	}
	if exp := reportText(); text != exp {
		t.Errorf("got  %q\nwant %q", text, exp)
	}
}

// reportText is the text PDFToText must give for reportParas.
func reportText() string {
	var paras []string
	for _, p := range reportParas {
		paras = append(paras, p.text)
	}
	return JoinParagraphs(paras)
}
