package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
	"gopkg.in/yaml.v3"
)

// markdownParser is built once: goldmark parsers are safe for concurrent use.
var markdownParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()

// SplitFrontMatter separates a leading YAML front matter block ("---" lines)
// from the Markdown body. It returns a nil map when there is none.
func SplitFrontMatter(src []byte) (map[string]any, []byte, error) {
	rest, ok := bytes.CutPrefix(src, []byte("---\n"))
	if !ok {
		rest, ok = bytes.CutPrefix(src, []byte("---\r\n"))
	}
	if !ok {
		return nil, src, nil
	}
	end := bytes.Index(rest, []byte("\n---"))
	if end < 0 {
		return nil, src, nil
	}
	head := rest[:end]
	body := rest[end+len("\n---"):]
	if i := bytes.IndexByte(body, '\n'); i >= 0 {
		body = body[i+1:]
	} else {
		body = nil
	}
	var fm map[string]any
	if err := yaml.Unmarshal(head, &fm); err != nil {
		return nil, src, fmt.Errorf("front matter: %w", err)
	}
	return fm, body, nil
}

// MetaFromFrontMatter fills Meta from front matter fields (title, date or
// published_time, source_url, authors, lang); the rest goes to Meta.Extra.
func MetaFromFrontMatter(fm map[string]any) Meta {
	var m Meta
	for k, v := range fm {
		switch k {
		case "title":
			m.Title = fmt.Sprint(v)
		case "published_time", "published", "date":
			if d := isoDate(v); d != "" && (m.Published == "" || k != "date") {
				m.Published = d
			}
		case "source_url", "url":
			m.SourceURL = fmt.Sprint(v)
		case "lang", "language":
			m.Language = fmt.Sprint(v)
		case "author", "authors":
			switch a := v.(type) {
			case []any:
				for _, x := range a {
					m.Authors = append(m.Authors, fmt.Sprint(x))
				}
			default:
				m.Authors = []string{fmt.Sprint(a)}
			}
		default:
			if m.Extra == nil {
				m.Extra = map[string]any{}
			}
			m.Extra[k] = fmt.Sprint(v)
		}
	}
	return m
}

// isoDate turns a YAML date or a date-time string into YYYY-MM-DD.
func isoDate(v any) string {
	switch t := v.(type) {
	case time.Time:
		return t.Format(time.DateOnly)
	case string:
		s := strings.TrimSpace(t)
		if len(s) >= 10 {
			if _, err := time.Parse(time.DateOnly, s[:10]); err == nil {
				return s[:10]
			}
		}
	}
	return ""
}

// MarkdownToText renders Markdown as plain text: syntax, links' targets,
// images, HTML and escapes are removed; headings, paragraphs, list items,
// quotes and table rows become paragraphs separated by a blank line, and a
// paragraph's wrapped lines are joined with spaces.
func MarkdownToText(src []byte) string {
	doc := markdownParser.Parse(text.NewReader(src))
	m := mdTextPool.Get().(*mdText)
	defer m.release()
	m.src = src
	_ = ast.Walk(doc, m.visit)
	m.flush()
	return string(m.out)
}

// mdText collects the text of one Markdown document. The raw text of the
// current paragraph gathers in para (source segments copied as they are);
// flush collapses its white space straight onto out. Both buffers are
// reused across documents (mdTextPool), so a document costs no allocations
// beyond goldmark's own and its final string.
type mdText struct {
	src  []byte
	para []byte // raw text of the paragraph being read
	out  []byte // the document text so far
}

var mdTextPool = sync.Pool{New: func() any { return new(mdText) }}

// maxPooledBuffer keeps one huge document from pinning its buffers.
const maxPooledBuffer = 1 << 20

func (m *mdText) release() {
	m.src = nil
	if cap(m.para) > maxPooledBuffer || cap(m.out) > maxPooledBuffer {
		return
	}
	m.para, m.out = m.para[:0], m.out[:0]
	mdTextPool.Put(m)
}

// flush ends the current paragraph: its white space collapsed, it is added
// after a blank line, unless it is empty or a lone separator ("###",
// "* * *"), which carries no text.
func (m *mdText) flush() {
	mark := len(m.out)
	if mark > 0 {
		m.out = append(m.out, "\n\n"...)
	}
	body := len(m.out)
	m.out = appendCollapsed(m.out, m.para)
	m.para = m.para[:0]
	if onlySeparatorBytes(m.out[body:]) {
		m.out = m.out[:mark]
	}
}

// onlySeparatorBytes reports whether p is made only of the separator
// characters "#*-_=~" and spaces (so also when it is empty).
func onlySeparatorBytes(p []byte) bool {
	for _, c := range p {
		switch c {
		case '#', '*', '-', '_', '=', '~', ' ':
		default:
			return false
		}
	}
	return true
}

func (m *mdText) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	src := m.src
	switch n := n.(type) {
	case *ast.Text:
		if entering {
			// Segments are raw source: backslash escapes ("\###",
			// "\*") are undone here, as a renderer would (only when
			// there is a backslash: unescaping is a copy).
			v := n.Segment.Value(src)
			if bytes.IndexByte(v, '\\') >= 0 {
				v = util.UnescapePunctuations(v)
			}
			m.para = append(m.para, v...)
			if n.SoftLineBreak() {
				m.para = append(m.para, ' ')
			}
			if n.HardLineBreak() {
				// A hard break inside a paragraph separates lines
				// such as an address block; keep them apart.
				m.flush()
			}
		}
	case *ast.Paragraph, *ast.Heading, *ast.TextBlock, *ast.CodeBlock, *ast.FencedCodeBlock, *extast.TableRow, *extast.TableHeader:
		if !entering {
			m.flush()
			break
		}
		switch n := n.(type) {
		case *ast.TextBlock:
			if len(m.para) > 0 {
				m.flush()
			}
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				m.para = append(m.para, seg.Value(src)...)
			}
		}
	case *extast.TableCell:
		if !entering {
			m.para = append(m.para, ' ')
		}
	case *ast.Image:
		return ast.WalkSkipChildren, nil
	case *ast.String:
		if entering {
			m.para = append(m.para, n.Value...)
		}
	case *ast.CodeSpan:
		// children are Text nodes; nothing to add
	case *ast.HTMLBlock:
		// Pandoc-made Markdown wraps whole passages in HTML blocks
		// (tables, figures): keep their text, one paragraph per
		// block-level element.
		if entering {
			m.flush()
			for _, p := range htmlFragmentParagraphs(htmlBlockSource(n, src)) {
				m.para = append(m.para, p...)
				m.flush()
			}
		}
		return ast.WalkSkipChildren, nil
	case *ast.RawHTML:
		return ast.WalkSkipChildren, nil
	case *ast.AutoLink:
		if entering {
			m.para = append(m.para, n.Label(src)...)
		}
		return ast.WalkSkipChildren, nil
	}
	return ast.WalkContinue, nil
}

// htmlBlockSource is the raw HTML of an HTML block, closing line included.
func htmlBlockSource(n *ast.HTMLBlock, src []byte) []byte {
	var raw bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		raw.Write(seg.Value(src))
	}
	if n.HasClosure() {
		raw.Write(n.ClosureLine.Value(src))
	}
	return raw.Bytes()
}

// blockTags end a paragraph in an HTML fragment.
var blockTags = map[string]bool{
	"p": true, "br": true, "div": true, "td": true, "th": true, "tr": true, "li": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "figcaption": true, "table": true, "section": true,
}

// htmlFragmentParagraphs returns the text of an HTML fragment as paragraphs,
// skipping scripts and styles.
func htmlFragmentParagraphs(frag []byte) []string {
	z := html.NewTokenizer(bytes.NewReader(frag))
	var out []string
	var cur strings.Builder
	skip := 0
	end := func() {
		if p := CollapseSpace(cur.String()); p != "" {
			out = append(out, p)
		}
		cur.Reset()
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			end()
			return out
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if tag == "script" || tag == "style" {
				if z.Token().Type == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
				continue
			}
			if blockTags[tag] {
				end()
			} else {
				cur.WriteByte(' ')
			}
		}
	}
}
