package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestDecodeFile(t *testing.T) {
	page := []byte(articleHTML)
	report := makePDF(t, pdfSpec{title: "Arctic", paras: reportParas[:3]})
	enc := makePDF(t, pdfSpec{userPassword: "pw", paras: reportParas[:2]})
	old := MaxDecompressedBytes
	MaxDecompressedBytes = 1 << 20
	defer func() { MaxDecompressedBytes = old }()
	cases := []struct {
		path     string
		raw      []byte
		ct       string
		contains string
		stage    string
		err      error
	}{
		{"a/page.html", page, "text/html", "Mekong River Commission", "", nil},
		{"a/page.html.gz", gz(page), "text/html", "Mekong River Commission", "", nil},
		{"a/report.pdf", report, "application/pdf", "Northern Sea Route", "", nil},
		{"a/report.pdf.gz", gz(report), "application/pdf", "Northern Sea Route", "", nil},
		{"a/misnamed.txt", report, "application/pdf", "Northern Sea Route", "", nil},
		{"a/notes.txt.gz", gz([]byte("Plain notes about ASEAN.\r\n")), "text/plain", "Plain notes about ASEAN.\n", "", nil},
		{"a/brief.md.gz", gz([]byte("---\ntitle: Brief\n---\n# Heading\n\nText on the *Quad*.\n")), "text/markdown", "Text on the Quad.", "", nil},
		{"a/truncated.txt.gz", truncate(gz([]byte(articleHTML))), "", "", "decode", io.ErrUnexpectedEOF},
		{"a/bomb.txt.gz", gz(make([]byte, 4<<20)), "", "", "decode", ErrDecompressedTooLarge},
		{"a/locked.pdf", enc, "", "", "extract", ErrPDFEncrypted},
		{"a/scan.pdf", makePDF(t, pdfSpec{imageOnly: true}), "", "", "extract", ErrPDFNoText},
		{"a/empty.html", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), "", "", "extract", ErrNoMainText},
	}
	for _, c := range cases {
		dec, err := DecodeFile(c.path, c.raw)
		text, ct := dec.Text, dec.ContentType
		if c.err != nil {
			if !errors.Is(err, c.err) || DecodeStage(err) != c.stage {
				t.Errorf("%s: err %v stage %q, want %v at %q", c.path, err, DecodeStage(err), c.err, c.stage)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.path, err)
			continue
		}
		if ct != c.ct || !strings.Contains(text, c.contains) {
			t.Errorf("%s: type %q text %q", c.path, ct, text)
		}
	}
}

// TestFetchPDF: a PDF is read by its bytes whatever the server calls it,
// and an encrypted or image-only one is an extract error record.
func TestFetchPDF(t *testing.T) {
	report := makePDF(t, pdfSpec{title: "Arctic shipping after the ice", author: "Henrik Aalto", paras: reportParas})
	enc := makePDF(t, pdfSpec{userPassword: "pw", paras: reportParas[:2]})
	scan := makePDF(t, pdfSpec{imageOnly: true})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/report.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write(report)
		case "/download":
			w.Header().Set("Content-Type", "text/html") // wrong, but the bytes say PDF
			w.Write(report)
		case "/locked.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write(enc)
		case "/scan.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write(scan)
		case "/not-a-pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("<html>oops</html>"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	f := testFetcher(nil)
	for _, p := range []string{"/report.pdf", "/download"} {
		doc, err := f.Fetch(context.Background(), srv.URL+p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if doc.Source.ContentType != "application/pdf" || doc.Meta.Title != "Arctic shipping after the ice" ||
			!strings.Contains(doc.Text, "Yamal peninsula.\n\nRussia requires") {
			t.Errorf("%s: %+v %q", p, doc.Source, doc.Text)
		}
	}
	for p, want := range map[string]error{"/locked.pdf": ErrPDFEncrypted, "/scan.pdf": ErrPDFNoText} {
		if e := loadErr(t, f, srv.URL+p); e.Stage != "extract" || !errors.Is(e, want) {
			t.Errorf("%s: %v", p, e)
		}
	}
	if e := loadErr(t, f, srv.URL+"/not-a-pdf"); e.Stage != "decode" || !errors.Is(e, ErrUnsupportedType) {
		t.Errorf("not-a-pdf: %v", e)
	}
}

func truncate(b []byte) []byte { return b[:len(b)/2] }

// TestFetchGzipFile: a .gz file served as application/gzip is unpacked;
// a truncated one is a decode error record.
func TestFetchGzipFile(t *testing.T) {
	full := gz([]byte("Notes on the ASEAN Regional Forum, held in Vientiane in July.\n"))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/gzip")
		switch r.URL.Path {
		case "/notes.txt.gz":
			w.Write(full)
		case "/cut.txt.gz":
			w.Write(truncate(full))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	f := testFetcher(nil)
	doc, err := f.Fetch(context.Background(), srv.URL+"/notes.txt.gz")
	if err != nil || doc.Text != "Notes on the ASEAN Regional Forum, held in Vientiane in July.\n" || doc.Source.ContentType != "text/plain" {
		t.Errorf("gz file: %v %+v", err, doc)
	}
	if e := loadErr(t, f, srv.URL+"/cut.txt.gz"); e.Stage != "decode" || !errors.Is(e, io.ErrUnexpectedEOF) {
		t.Errorf("truncated gz file: %v", e)
	}
}
