package corpus

import (
	"testing"
	"unicode/utf8"
)

func TestMarkdownToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraph lines joined", "The leaders\nmet today.\n\nNext paragraph.", "The leaders met today.\n\nNext paragraph."},
		{"links keep their text", "See [the statement](https://x.org/s) now.", "See the statement now."},
		{"emphasis removed", "**Bold** and _italic_ text.", "Bold and italic text."},
		{"headings become paragraphs", "## Heading\nBody.", "Heading\n\nBody."},
		{"escaped separator dropped", "Thank you.\n\n\\###", "Thank you."},
		{"escapes removed", `A \*literal\* star and 5 \- 3.`, "A *literal* star and 5 - 3."},
		{"list items", "-   **CFPB** used funds.\n-   It acted.", "CFPB used funds.\n\nIt acted."},
		{"images dropped", "Text ![alt](x.png) more.", "Text more."},
		{"inline html dropped, block html text kept", "Text <br> more.\n\n<div>block</div>", "Text more.\n\nblock"},
		{"hard break splits lines", "Dulles Airport  \nDulles, VA\n\nBody.", "Dulles Airport\n\nDulles, VA\n\nBody."},
		{"quote", "> Quoted words.\n\nAfter.", "Quoted words.\n\nAfter."},
		{"table", "| a | b |\n|---|---|\n| Japan | 1 |", "a b\n\nJapan 1"},
	}
	for _, tt := range tests {
		if got := MarkdownToText([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: MarkdownToText(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestFrontMatter(t *testing.T) {
	src := "---\ndate: '2025-02-10'\npublished_time: 2025-02-10 12:05:00-05:00\nsource_url: https://example.org/a\ntags: articles\ntitle: \"CFPB Isn\\u2019t a Regulator\"\n---\n \nBody text.\n"
	fm, body, err := SplitFrontMatter([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m := MetaFromFrontMatter(fm)
	if m.Title != "CFPB Isn’t a Regulator" || m.Published != "2025-02-10" || m.SourceURL != "https://example.org/a" || m.Extra["tags"] != "articles" {
		t.Errorf("meta %+v", m)
	}
	if got := MarkdownToText(body); got != "Body text." {
		t.Errorf("body %q", got)
	}
	if _, body, _ := SplitFrontMatter([]byte("No front matter.\n---\n")); string(body) != "No front matter.\n---\n" {
		t.Errorf("text without front matter changed: %q", body)
	}
	if _, _, err := SplitFrontMatter([]byte("---\n: : bad\n---\nx")); err == nil {
		t.Error("malformed front matter accepted")
	}
}

func FuzzMarkdownToText(f *testing.F) {
	f.Add([]byte("---\ntitle: x\n---\n# H\n\n* a\n* [b](c)\n\n\\###"))
	f.Add([]byte("| a |\n|--|\n| \xff |"))
	f.Fuzz(func(t *testing.T, src []byte) {
		fm, body, err := SplitFrontMatter(src)
		if err == nil {
			_ = MetaFromFrontMatter(fm)
		}
		out := MarkdownToText(body)
		if !utf8.ValidString(out) && utf8.Valid(body) {
			t.Fatalf("valid input gave invalid UTF-8: %q", out)
		}
	})
}

func TestMarkdownHTMLBlocksKeepTheirText(t *testing.T) {
	in := "Intro.\n\n<figure>\n<table>\n<tbody>\n<tr class=\"odd\">\n<td>The Office decided\nto act.<br />\n<br />\nIt is imperative.<script>x()</script></td>\n</tr>\n</tbody>\n</table>\n</figure>\n\nAfter."
	want := "Intro.\n\nThe Office decided to act.\n\nIt is imperative.\n\nAfter."
	if got := MarkdownToText([]byte(in)); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
