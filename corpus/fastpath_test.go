package corpus

// The ingest fast paths (ASCII runs copied whole in CollapseSpace, bytes
// instead of runes in needsRewrite, Markdown text collapsed straight into
// the document) must give what the plain implementations they replaced
// gave, byte for byte. Those plain versions are kept here as oracles and
// compared on tricky inputs: non-ASCII spaces, NBSP, U+2028, U+0085,
// zero-width space, tabs, CR/CRLF, vertical tab and form feed, invalid and
// truncated UTF-8, and Markdown constructs around them.

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/internal/randtext"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/text/unicode/norm"
)

// collapseSpaceRef is CollapseSpace as it was: rune by rune.
func collapseSpaceRef(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200B' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// needsRewriteRef is needsRewrite as it was: rune by rune.
func needsRewriteRef(s string) bool {
	for _, r := range s {
		if r == '\r' || isInvisible(r) {
			return true
		}
		if r >= 0xFB00 && r <= 0xFB06 {
			return true
		}
	}
	return false
}

// markdownToTextRef is MarkdownToText as it was: a string per paragraph,
// collapsed with collapseSpaceRef.
func markdownToTextRef(src []byte) string {
	doc := markdownParser.Parse(text.NewReader(src))
	var b strings.Builder
	var para strings.Builder
	flush := func() {
		p := collapseSpaceRef(para.String())
		para.Reset()
		if strings.Trim(p, "#*-_=~ ") == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Paragraph, *ast.Heading, *ast.TextBlock, *ast.CodeBlock, *ast.FencedCodeBlock, *extast.TableRow, *extast.TableHeader:
			if !entering {
				flush()
			} else if _, ok := n.(*ast.TextBlock); ok && para.Len() > 0 {
				flush()
			}
			if entering {
				if cb, ok := n.(interface{ Lines() *text.Segments }); ok && (n.Kind() == ast.KindCodeBlock || n.Kind() == ast.KindFencedCodeBlock) {
					lines := cb.Lines()
					for i := 0; i < lines.Len(); i++ {
						seg := lines.At(i)
						para.Write(seg.Value(src))
					}
				}
			}
		case *extast.TableCell:
			if !entering {
				para.WriteString(" ")
			}
		case *ast.Image:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			if entering {
				para.Write(util.UnescapePunctuations(n.Segment.Value(src)))
				if n.SoftLineBreak() {
					para.WriteByte(' ')
				}
				if n.HardLineBreak() {
					flush()
				}
			}
		case *ast.String:
			if entering {
				para.Write(n.Value)
			}
		case *ast.HTMLBlock:
			if entering {
				flush()
				for _, p := range htmlFragmentParagraphs(htmlBlockSource(n, src)) {
					para.WriteString(p)
					flush()
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			if entering {
				para.Write(n.Label(src))
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	flush()
	return b.String()
}

// spacePieces are the characters the fast paths must treat exactly as the
// rune-by-rune code did.
var spacePieces = []string{
	"a", "Word", "x.", "é", "’", "—", "€", "\U0001F600", "\uFFFD",
	" ", "  ", "\t", "\n", "\r", "\r\n", "\v", "\f",
	"\u00A0", "\u0085", "\u2028", "\u2029", "\u200B", "\u3000", "\u202F", "\u2009", "\u1680",
	"\u00AD", "\u2060", "\uFEFF", "\uFB01", "\uFB06", "\uFB07", "\u200C",
	"\xff", "\xe2", "\xe2\x80", "\xc2", "\xa0", "\xed\xa0\x80", "\xf4\x90\x80\x80",
	"#", "*", "-", "_", "=", "~", "\\", "|",
}

func TestCollapseSpaceMatchesRuneByRune(t *testing.T) {
	cases := []string{
		"", " ", "a", " a ", "a  b", "a\tb", "a\r\nb", "\u00A0a\u00A0\u00A0b\u00A0",
		"a\u2028b", "a\u0085b", "a\u200Bb", "bad\xffbyte", "\xff", "a \xff b",
		"trunc\xe2\x80", "\xe2\x80 x", "x\v\fy", "a b c", "a b ", " a b", "ab  ",
		"a b\u00A0c", "a \u00A0b", "x\xed\xa0\x80y", "\uFFFD", "a \uFFFD b",
	}
	cases = append(cases, randtext.Texts(7, 11, 20000, 12, spacePieces)...)
	// Runs of prose, so that the eight-byte steps meet every piece.
	prose := []string{"The leaders met", " today", ". ", "and then", "!", "a", " "}
	cases = append(cases, randtext.Texts(43, 47, 20000, 16, append(prose, spacePieces...))...)
	for _, s := range cases {
		want := collapseSpaceRef(s)
		if got := CollapseSpace(s); got != want {
			t.Fatalf("CollapseSpace(%q) = %q, want %q", s, got, want)
		}
		if got := string(appendCollapsed([]byte("prefix"), []byte(s))); got != "prefix"+want {
			t.Fatalf("appendCollapsed(prefix, %q) = %q, want %q", s, got, "prefix"+want)
		}
		if got, want := isCollapsed(s), want == s; got != want {
			t.Fatalf("isCollapsed(%q) = %v, want %v", s, got, want)
		}
	}
}

// nfcPieces add what NFC changes or must look at: combining marks, a
// decomposed é, Hangul jamo, singletons (U+2000, Ω U+2126), and the edges of
// the ranges nfcInert takes.
var nfcPieces = append([]string{
	"é", "́", "̧́", "가", " ", "Ω", "Å", "̈́",
	"˿", "̀", "‏", "‐", "⁞", " ", "€", "क़", "יִ",
	"Ω", "Å", "Å", "Å", "क़़", "𝅗𝅥",
}, spacePieces...)

func TestNeedsRewriteMatchesRuneByRune(t *testing.T) {
	long := strings.Repeat("plain ascii text. ", 3) // past the eight-byte steps
	for i, s := range randtext.Texts(3, 5, 40000, 8, nfcPieces) {
		if i%2 == 0 {
			s = long[:i%len(long)] + s + long[:i%7]
		}
		rewrite, mayNeedNFC := needsRewrite(s)
		if want := needsRewriteRef(s); rewrite != want {
			t.Fatalf("needsRewrite(%q) = %v, want %v", s, rewrite, want)
		}
		if !rewrite && !mayNeedNFC && !norm.NFC.IsNormalString(s) {
			t.Fatalf("needsRewrite(%q) says NFC has nothing to do, but it has", s)
		}
		if out := NormalizeText(s); !norm.NFC.IsNormalString(out) && utf8.ValidString(s) {
			t.Fatalf("NormalizeText(%q) = %q is not NFC", s, out)
		}
	}
}

// Every character nfcInert takes has NFC quick check Yes (alone it is its
// own NFC, and nothing before it can absorb it) and combining class 0.
func TestNFCInertCharacters(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if !nfcInert(r) || !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("U+%04X is not inert under NFC (ccc %d, boundary before %v)", r, p.CCC(), p.BoundaryBefore())
		}
	}
}

// markdownPieces build documents that exercise every node MarkdownToText
// handles, with the awkward characters in and around them.
var markdownPieces = append([]string{
	"\n", "\n\n", "  \n", "\\\n", "# ", "## ", "###", "\\###", "* * *", "---\n", "===\n",
	"- ", "1. ", "> ", "    code\n", "```\nfenced\n```\n", "`span`", "**b**", "_i_", "~~s~~",
	"[link](http://x.org/a)", "![img](x.png)", "<http://x.org>", "<b>raw</b>", "&amp;", "&#8217;", "&nbsp;",
	"\n<div>\nblock <p>two</p><script>x()</script>\n</div>\n", "<figure>\n<table><tr><td>cell\u00A0one</td></tr></table>\n</figure>\n",
	"| a | b |\n|---|---|\n| c\u00A0 | d |\n", "\\*", "\\_", "Hello, world.", "THE PRESIDENT:  ",
}, spacePieces...)

func TestMarkdownToTextMatchesReference(t *testing.T) {
	docs := randtext.Texts(13, 17, 5000, 30, markdownPieces)
	docs = append(docs, "Thank you.\n\n\\###", "a\n\n* * *\n\nb", "\u00A0\n\nx\u00A0\u00A0y  \nz")
	for _, d := range docs {
		if got, want := MarkdownToText([]byte(d)), markdownToTextRef([]byte(d)); got != want {
			t.Fatalf("MarkdownToText(%q) = %q, want %q", d, got, want)
		}
	}
}

func FuzzCollapseSpaceMatchesRuneByRune(f *testing.F) {
	for _, s := range []string{"", " a\u00A0 b\r\n", "\xff \xe2\x80", "a\u2028\u200Bb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := CollapseSpace(s), collapseSpaceRef(s); got != want {
			t.Fatalf("CollapseSpace(%q) = %q, want %q", s, got, want)
		}
		if got, _ := needsRewrite(s); got != needsRewriteRef(s) {
			t.Fatalf("needsRewrite(%q) = %v, want %v", s, got, !got)
		}
	})
}

func FuzzMarkdownToTextMatchesReference(f *testing.F) {
	for _, s := range []string{"# H\n\n* a\n* [b](c)\n\n\\###", "| a |\n|--|\n| \xff |", "x  \ny\u00A0\n\n<div>z</div>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if got, want := MarkdownToText(src), markdownToTextRef(src); got != want {
			t.Fatalf("MarkdownToText(%q) = %q, want %q", src, got, want)
		}
	})
}

// decodeTextRef is DecodeText as it was, on strings.
func decodeTextRef(raw []byte) (string, []string, error) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", nil, ErrEmpty
	}
	if looksBinary(raw) {
		return "", nil, ErrBinary
	}
	s := string(raw)
	var flags []string
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		flags = append(flags, FlagInvalidUTF8)
	}
	return s, flags, nil
}

func TestDecodeTextMatchesStringVersion(t *testing.T) {
	texts := append(randtext.Texts(19, 23, 5000, 8, spacePieces), "", "\xef\xbb\xbf", "\xef\xbb\xbf \xff", "\x00bin", "\x01\x02\x03\x04")
	for _, s := range texts {
		got, gotFlags, gotErr := DecodeText([]byte(s))
		want, wantFlags, wantErr := decodeTextRef([]byte(s))
		if got != want || !slices.Equal(gotFlags, wantFlags) || gotErr != wantErr {
			t.Fatalf("DecodeText(%q) = %q, %q, %v; want %q, %q, %v", s, got, gotFlags, gotErr, want, wantFlags, wantErr)
		}
	}
}

func TestReadAllSizedMatchesReadAll(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 511, 512, 513, 4096, 100000} {
		path := filepath.Join(dir, "f")
		data := bytes.Repeat([]byte("abcdefg\n"), size/8+1)[:size]
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, limit := range []int64{1, 512, int64(size), int64(size) + 1, 1 << 20} {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			got, err := readAllSized(f, limit, make([]byte, 0, 600))
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			want := data[:min(int64(size), limit)]
			if !bytes.Equal(got, want) {
				t.Errorf("size %d, limit %d: read %d bytes, want %d", size, limit, len(got), len(want))
			}
		}
	}
	// A pipe has no size: the buffer grows as io.ReadAll's does.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() { w.Write(bytes.Repeat([]byte("x"), 3000)); w.Close() }()
	got, err := readAllSized(r, 1<<20, nil)
	r.Close()
	if err != nil || len(got) != 3000 {
		t.Errorf("pipe: %d bytes, %v", len(got), err)
	}
}

// BenchmarkCollapseSpace compares CollapseSpace with the rune-by-rune
// version on HTML-like paragraph text (indentation, line breaks, NBSP).
func BenchmarkCollapseSpace(b *testing.B) {
	s := strings.Repeat("\n      The Ministers met in Geneva\u00A0on Monday and  agreed\n      to continue talks. ", 40)
	for _, f := range []struct {
		name string
		fn   func(string) string
	}{{"fast", CollapseSpace}, {"runes", collapseSpaceRef}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				f.fn(s)
			}
		})
	}
}

// File buffers are reused from one load to the next: a document must not
// keep any part of its file's bytes. Documents of every local format are
// loaded, kept, and compared after each later load.
func TestLoadedDocumentsDoNotShareFileBuffers(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.md":   "---\ntitle: \"First \\_title\"\ntags: one\n---\n# Heading\n\nFirst body text.\n",
		"b.md":   "---\ntitle: 'Second: x'\nauthors: [A, B]\n---\nSecond body, *other* words.\n",
		"c.txt":  "Plain text file\r\nwith CRLF and bad \xff byte.\n",
		"d.html": "<html><head><title>Page title here</title></head><body><p>Some page text in a paragraph.</p></body></html>",
		"e.md":   "Third body without front matter, long enough to overwrite the others' bytes.\n",
		"f.txt":  "Clean plain text, nothing to normalise.\n",
	}
	files["g.pdf"] = string(makePDF(t, pdfSpec{title: "PDF title", author: "PDF Author",
		paras: []pdfPara{{text: "A paragraph of text in a PDF file, long enough for the reader to keep it as text."}}}))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("Compressed plain text, read through gzip.\n"))
	zw.Close()
	files["h.txt.gz"] = gz.String()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	type kept struct {
		doc  *Document
		snap string
	}
	var docs []kept
	for range 3 {
		for in := range Inputs([]string{dir}, Options{}) {
			doc, err := in.Load(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, kept{doc, fmt.Sprintf("%#v", *doc)})
			// After every load (a file loaded again could put the same
			// bytes back in place).
			for _, k := range docs {
				if now := fmt.Sprintf("%#v", *k.doc); now != k.snap {
					t.Fatalf("document changed after a later load:\nwas %s\nnow %s", k.snap, now)
				}
			}
		}
	}
}
