package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// ErrNoMainText means a page parsed but holds no text worth analysing
// (an empty page, a page of links, a script-only shell).
var ErrNoMainText = errors.New("no main text found")

// maxHTMLBytes bounds what HTMLToText reads from a reader, so a huge local
// file cannot exhaust memory.
const maxHTMLBytes = 64 << 20

// HTMLToText extracts the main text and metadata of an HTML page read from
// r. The character encoding is taken from a byte-order mark or a <meta
// charset> declaration (UTF-8 when there is none). The text is normalised
// (JoinParagraphs); it is ErrNoMainText when the page has no main text.
func HTMLToText(r io.Reader) (string, Meta, error) {
	raw, err := io.ReadAll(io.LimitReader(r, maxHTMLBytes+1))
	if err != nil {
		return "", Meta{}, fmt.Errorf("reading html: %w", err)
	}
	if len(raw) > maxHTMLBytes {
		return "", Meta{}, fmt.Errorf("html larger than %d bytes", maxHTMLBytes)
	}
	return HTMLBytesToText(raw, "")
}

// HTMLBytesToText is HTMLToText for a body already in memory, decoded with
// the charset of contentType (an HTTP Content-Type header) when it names
// one, else by sniffing the page.
func HTMLBytesToText(raw []byte, contentType string) (string, Meta, error) {
	utf, err := DecodeCharset(raw, contentType)
	if err != nil {
		return "", Meta{}, err
	}
	root, err := html.Parse(strings.NewReader(utf))
	if err != nil {
		return "", Meta{}, fmt.Errorf("parsing html: %w", err)
	}
	return extractHTML(root)
}

// DecodeCharset converts an HTML (or text) body to UTF-8. The encoding is
// decided as browsers do (golang.org/x/net/html/charset): BOM, then the
// Content-Type charset, then <meta> tags in the first 1024 bytes, then
// UTF-8 if the bytes are valid UTF-8, else windows-1252.
func DecodeCharset(raw []byte, contentType string) (string, error) {
	enc, name, _ := charset.DetermineEncoding(raw, contentType)
	if name == "utf-8" {
		raw = bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF"))
		if utf8.Valid(raw) {
			return string(raw), nil
		}
		// Declared UTF-8 but not: invalid sequences become U+FFFD rather
		// than failing the page.
		return strings.ToValidUTF8(string(raw), "\uFFFD"), nil
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", fmt.Errorf("decoding %s: %w", name, err)
	}
	return string(out), nil
}

func extractHTML(root *html.Node) (string, Meta, error) {
	doc := goquery.NewDocumentFromNode(root)
	meta := extractMeta(doc)
	body := doc.Find("body").First()
	if body.Length() == 0 {
		return "", meta, ErrNoMainText
	}
	h1 := headline(doc)
	cleanTree(body)
	blocks := collectBlocks(body.Get(0))
	paras := selectMainText(body.Get(0), blocks, h1)
	if len(paras) > 0 && h1 != "" && !containsFold(paras, h1) && similarTitle(h1, meta.Title) {
		// The headline often sits above the body container (in a page
		// header); it is part of the text, so put it back in front.
		paras = append([]string{h1}, paras...)
	}
	if meta.Title == "" && h1 != "" {
		meta.Title = h1
	}
	text := JoinParagraphs(paras)
	// Any text at all counts: a short local snippet is a document, while a
	// page whose blocks were all furniture has none left.
	if countLetters(text) == 0 {
		return "", meta, ErrNoMainText
	}
	return text, meta, nil
}

// ---- cleaning ----

// Elements that never hold main text.
var dropTags = "script, style, noscript, template, svg, canvas, iframe, object, embed, " +
	"form, button, input, select, textarea, label, nav, aside, footer, menu, dialog, " +
	"figure figcaption, audio, video, map, [hidden], [aria-hidden=true], [role=navigation], " +
	"[role=banner], [role=contentinfo], [role=complementary], [role=search], [role=dialog], " +
	"[role=alertdialog], [role=menu], [role=menubar], [role=toolbar]"

// Class and id words that mark boilerplate. strongNeg marks it whatever
// else the element is called; weakNeg only when no content word is also
// present ("entry-header" is kept, "site-header" dropped).
var strongNeg = wordSet("nav navbar navigation menu menus breadcrumb breadcrumbs sidebar " +
	"footer cookie cookies consent gdpr share shares sharing sharer social socials " +
	"sharethis addthis addtoany related recommended recommendations comment comments " +
	"commentlist disqus newsletter subscribe subscription promo promotion advert " +
	"advertisement advertising ads ad sponsor sponsored outbrain taboola popup modal " +
	"pagination pager skip skiplink toolbar login signup rss cta onetrust cookiebot " +
	"didomi usercentrics cmp truste quantcast " +
	// the same in the languages of many policy sites' class names
	"kommentare commentaires comentarios commenti partage compartir teilen " +
	"publicidad publicite werbung anzeige pubblicita relacionadas relacionados " +
	"verwandte ariane migas " +
	"teaser teasers trending popular mostread")

var weakNeg = wordSet("header masthead banner meta byline author authors tags tag topics " +
	"bio print search caption credit credits dateline date timestamp published " +
	"published-date posted metadata info alert notice disclaimer contact follow links")

var posWords = wordSet("article articlebody content main body story post entry text prose " +
	"blog column page-content richtext rich")

// Classes that hide text from sighted readers (skip links, icon labels).
var hiddenClasses = wordSet("sr-only visually-hidden visuallyhidden screen-reader-text " +
	"screenreader hidden-text element-invisible offscreen")

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// attrWords splits class and id values into lower-case words, at
// punctuation and at camelCase boundaries ("shareBar" → share, bar).
func attrWords(n *html.Node) (words []string, classes []string) {
	for _, g := range attrGroups(n) {
		words = append(words, g...)
	}
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			for _, c := range strings.Fields(a.Val) {
				classes = append(classes, strings.ToLower(c))
			}
		}
	}
	return words, classes
}

// attrGroups is attrWords kept apart per class name or id.
func attrGroups(n *html.Node) [][]string {
	var groups [][]string
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, c := range strings.Fields(a.Val) {
			var words []string
			var cur []rune
			flush := func() {
				if len(cur) > 0 {
					words = append(words, strings.ToLower(string(cur)))
					cur = cur[:0]
				}
			}
			prevLower := false
			for _, r := range c {
				switch {
				case unicode.IsUpper(r) && prevLower:
					flush()
					cur = append(cur, r)
				case unicode.IsLetter(r) || unicode.IsDigit(r):
					cur = append(cur, r)
				default:
					flush()
				}
				prevLower = unicode.IsLower(r)
			}
			flush()
			if len(words) > 0 {
				groups = append(groups, words)
			}
		}
	}
	return groups
}

// Generic words at the end of class names that say nothing about the
// content ("byline-wrapper" is a byline, "entry-content-inner" content).
var genericWords = wordSet("wrapper wrap container inner outer box area block section region " +
	"holder module component el item items list col column row grid group field field-item " +
	"full single default primary secondary large small xs sm md lg xl")

// boilerplateScore is -2 for an element whose class or id marks it as
// boilerplate, -1 for a weak mark, +1 for one marked as content, 0
// otherwise. A strongly
// negative word counts wherever it stands; a weak one ("meta", "header")
// only as the head of its class name, its last meaningful word, so
// "entry-meta" is furniture and "meta-content" is content.
func boilerplateScore(n *html.Node) int {
	_, classes := attrWords(n)
	for _, c := range classes {
		if hiddenClasses[c] {
			return -2
		}
	}
	weak, pos := false, false
	for _, words := range attrGroups(n) {
		for _, w := range words {
			if strongNeg[w] {
				return -2
			}
		}
		head := ""
		for i := len(words) - 1; i >= 0; i-- {
			if !genericWords[words[i]] && !isNumber(words[i]) {
				head = words[i]
				break
			}
		}
		switch {
		case weakNeg[head]:
			weak = true
		case posWords[head]:
			pos = true
		}
	}
	switch {
	case weak && !pos:
		return -1
	case pos:
		return 1
	}
	return 0
}

// proseLetters counts the letters under s outside links and form
// controls.
func proseLetters(s *goquery.Selection) int {
	n := countLetters(s.Text())
	s.Find("a, option, button, label, script, style").Each(func(_ int, a *goquery.Selection) {
		n -= countLetters(a.Text())
	})
	return n
}

// paraLetters counts the letters in the paragraphs under s.
func paraLetters(s *goquery.Selection) int {
	n := 0
	s.Find("p").Each(func(_ int, p *goquery.Selection) { n += countLetters(p.Text()) })
	return n
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// cleanTree removes from body what cannot be main text: non-content
// elements, elements hidden by style, comments, and elements whose class or
// id marks boilerplate (unless they contain the article itself).
func cleanTree(body *goquery.Selection) {
	body.Find(dropTags).Each(func(_ int, s *goquery.Selection) {
		// A <footer> or <aside> that wraps the article (rare, but seen)
		// is unwrapped, not dropped.
		if n := s.Get(0); (n.DataAtom == atom.Footer || n.DataAtom == atom.Aside) && holdsArticle(s) {
			return
		}
		// ASP.NET and other frameworks wrap whole pages in one <form>:
		// a form with real paragraphs in it is a wrapper, not a form.
		if s.Get(0).DataAtom == atom.Form && (holdsArticle(s) || proseLetters(s) > 300) {
			return
		}
		s.Remove()
	})
	// <header> is boilerplate at page level, but inside an article it holds
	// the headline: keep only its headings there.
	body.Find("header").Each(func(_ int, s *goquery.Selection) {
		if holdsArticle(s) {
			return
		}
		if s.ParentsFiltered("article, main, [role=main]").Length() > 0 {
			s.ChildrenFiltered(":not(h1, h2, h3, h4, h5, h6, hgroup)").Remove()
			return
		}
		s.Remove()
	})
	total := paraLetters(body)
	var remove []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.CommentNode:
				remove = append(remove, c)
				continue
			case html.ElementNode:
				if hiddenByStyle(c) {
					remove = append(remove, c)
					continue
				}
				if c.DataAtom != atom.Article && c.DataAtom != atom.Main {
					if sc := boilerplateScore(c); sc < 0 {
						sel := goquery.NewDocumentFromNode(c).Selection
						// A weakly marked element ("…-meta", "…-header")
						// that holds most of the page's paragraphs is a
						// badly named wrapper, not furniture.
						if !holdsArticle(sel) && (sc == -2 || 2*paraLetters(sel) <= total) {
							remove = append(remove, c)
							continue
						}
					}
				}
				walk(c)
			}
		}
	}
	walk(body.Get(0))
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

func hiddenByStyle(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "style" {
			v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			return strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden")
		}
	}
	return false
}

// holdsArticle reports whether s contains the page's article: an
// <article>, <main>, an articleBody or an <h1>.
func holdsArticle(s *goquery.Selection) bool {
	return s.Find("article, main, [role=main], [itemprop=articleBody], h1").Length() > 0
}

// ---- blocks ----

// block is one paragraph-level unit of text: a paragraph, heading, list
// item, quotation, preformatted block or table row.
type block struct {
	text      string
	chars     int // letters and digits
	linkChars int // letters and digits inside links
	kind      byte
	level     int        // heading level
	node      *html.Node // the element that holds the block
}

const (
	kPara    = 'p'
	kHeading = 'h'
	kItem    = 'l'
	kQuote   = 'q'
	kPre     = 'c'
	kRow     = 'r'
)

var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Caption: true,
	atom.Figure: true, atom.Figcaption: true, atom.Header: true, atom.Footer: true,
	atom.Address: true, atom.Hr: true, atom.Br: true, atom.Hgroup: true, atom.Details: true,
	atom.Summary: true, atom.Center: true, atom.Aside: true, atom.Nav: true, atom.Body: true,
}

type blockBuilder struct {
	blocks []block
	buf    strings.Builder
	chars  int
	links  int
	owner  *html.Node
	inLink int
}

var blankLine = regexp.MustCompile(`\n[ \t\r]*\n`)

func (b *blockBuilder) flush() {
	if b.buf.Len() == 0 {
		return
	}
	kind, level := blockKind(b.owner)
	parts := []string{b.buf.String()}
	if kind == kPre {
		// Preformatted text (plain-text releases) keeps its paragraphs.
		parts = blankLine.Split(parts[0], -1)
	}
	for _, p := range parts {
		text := CollapseSpace(p)
		chars := countLetters(text)
		if text == "" || chars == 0 {
			continue
		}
		links := b.links
		if len(parts) > 1 {
			links = b.links * chars / max(1, b.chars)
		}
		b.blocks = append(b.blocks, block{text: text, chars: chars, linkChars: links,
			kind: kind, level: level, node: b.owner})
	}
	b.buf.Reset()
	b.chars, b.links = 0, 0
}

func blockKind(n *html.Node) (byte, int) {
	for p := n; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return kHeading, int(p.Data[1] - '0')
		case atom.Li, atom.Dt, atom.Dd:
			return kItem, 0
		case atom.Blockquote:
			return kQuote, 0
		case atom.Pre:
			return kPre, 0
		case atom.Tr:
			return kRow, 0
		case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Body:
			return kPara, 0
		}
	}
	return kPara, 0
}

func (b *blockBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if b.buf.Len() == 0 {
			b.owner = n.Parent
			if b.owner != nil && !blockAtoms[b.owner.DataAtom] {
				b.owner = nearestBlock(b.owner)
			}
		}
		b.buf.WriteString(n.Data)
		c := countLetters(n.Data)
		b.chars += c
		if b.inLink > 0 {
			b.links += c
		}
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	isBlock := blockAtoms[n.DataAtom]
	if isBlock {
		// A table cell belongs to its row: cells are joined with " | "
		// rather than split into paragraphs, unless they hold blocks.
		if (n.DataAtom == atom.Td || n.DataAtom == atom.Th) && !hasBlockChild(n) {
			if b.buf.Len() > 0 {
				b.buf.WriteString(" | ")
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				b.walk(c)
			}
			return
		}
		b.flush()
	}
	if n.DataAtom == atom.A {
		b.inLink++
	}
	if n.DataAtom == atom.Img {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
	if n.DataAtom == atom.A {
		b.inLink--
	}
	if isBlock {
		b.flush()
	}
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockAtoms[c.DataAtom] && c.DataAtom != atom.Br {
			return true
		}
		if c.Type == html.ElementNode && hasBlockChild(c) {
			return true
		}
	}
	return false
}

func nearestBlock(n *html.Node) *html.Node {
	for p := n; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && blockAtoms[p.DataAtom] {
			return p
		}
	}
	return n
}

func collectBlocks(root *html.Node) []block {
	var b blockBuilder
	b.walk(root)
	b.flush()
	return b.blocks
}

func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// ---- choosing the main block ----

// selectMainText picks the element that holds the main text, by text and
// link density, and returns its paragraphs with boilerplate blocks dropped.
//
// Each substantial block scores for the few elements above it (fully for
// its container, a half for the next, a third for the one after), so the
// winner is the closest common container of many long, comma-rich,
// link-poor paragraphs rather than <body>. Class names nudge the score;
// link density scales it down. Siblings of the winner that also score well
// (an article body split by an advert slot) are added, and so is the
// enclosing <article> when what it adds is link-poor text (standfirst,
// subheadings).
func selectMainText(body *html.Node, blocks []block, hl string) []string {
	if len(blocks) == 0 {
		return nil
	}
	scores := map[*html.Node]float64{}
	var order []*html.Node
	add := func(n *html.Node, s float64) {
		if n == nil || n.Type != html.ElementNode {
			return
		}
		if _, ok := scores[n]; !ok {
			scores[n] = initialScore(n)
			order = append(order, n)
		}
		scores[n] += s
	}
	for _, b := range blocks {
		if b.kind == kHeading || b.chars < 25 {
			continue
		}
		s := 1 + float64(commas(b.text)) + math.Min(float64(b.chars)/100, 3)
		s *= 1 - float64(b.linkChars)/float64(b.chars)
		n := b.node
		if b.kind == kItem || b.kind == kRow {
			// A list item or row scores for its list or table, as a
			// paragraph scores for its container.
			n = climb(n, atom.Ul, atom.Ol, atom.Dl, atom.Table)
		}
		first := n.Parent
		if containerAtoms[n.DataAtom] {
			// Text straight inside a container (divs as paragraphs,
			// <br>-separated text) makes that container the candidate.
			first = n
		}
		for lvl, p := 1, first; p != nil && lvl <= 3; lvl, p = lvl+1, p.Parent {
			add(p, s/float64(lvl))
		}
	}
	if len(order) == 0 {
		return fallbackText(blocks, hl)
	}
	stats := nodeStats(blocks)
	h := headlineBlock(blocks, hl)
	var top *html.Node
	best := math.Inf(-1)
	for _, n := range order {
		st := stats.of(n)
		final := scores[n] * (1 - st.linkDensity())
		// The article follows its headline: text wholly above the
		// headline (banners, menus) counts for less, text that starts
		// with or just after it for more.
		if h >= 0 && final > 0 && st.first > 0 {
			switch first := st.first - 1; {
			case st.last < h:
				final *= 0.5
			case first <= h+3 && st.last >= h:
				final *= 1.2
			}
		}
		scores[n] = final
		if final > best {
			best, top = final, n
		}
	}
	selected := map[*html.Node]bool{top: true}
	// Siblings that score well, or that are long link-poor paragraphs.
	if top.Parent != nil {
		threshold := math.Max(10, best*0.2)
		for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
			if s == top || s.Type != html.ElementNode {
				continue
			}
			// A sibling joins when it scores well and is either named like
			// the winner (an article body split around an advert slot) or
			// scores high on its own; otherwise a comment list next to the
			// article would join too.
			if sc, ok := scores[s]; ok && sc >= threshold && stats.of(s).linkDensity() < 0.25 &&
				(sameClass(s, top) || sc >= math.Max(10, best*0.33)) {
				selected[s] = true
				continue
			}
			st := stats.of(s)
			if s.DataAtom == atom.P && st.chars > 80 && st.linkDensity() < 0.25 {
				selected[s] = true
			}
		}
	}
	keep := make([]bool, len(blocks))
	in := 0
	for i, b := range blocks {
		if underAny(b.node, selected) {
			keep[i] = true
			in += b.chars
		}
	}
	// Widen to an enclosing article when what it adds is not more than
	// what is already there (its links are filtered block by block below).
	if art := enclosingArticle(top, body); art != nil {
		out := 0
		for i, b := range blocks {
			if !keep[i] && isUnder(b.node, art) && !linky(b) {
				out += b.chars
			}
		}
		// <main> often also holds related links and comment lists that
		// no class marks: widen to it only for a little text.
		limit := in
		if art.DataAtom != atom.Article && !hasAttr(art, "itemprop", "articleBody") {
			limit = in / 3
		}
		if out <= limit {
			for i, b := range blocks {
				if isUnder(b.node, art) {
					keep[i] = true
				}
			}
		}
	}
	// The headline, standfirst and byline often sit above the body
	// container, in a sibling wrapper: take the blocks from the <h1> down to
	// the first selected block when they are short beside the body.
	if h := headlineBlock(blocks, hl); h >= 0 && !keep[h] {
		first := -1
		for i := range blocks {
			if keep[i] {
				first = i
				break
			}
		}
		if first > h {
			pre := 0
			for _, b := range blocks[h:first] {
				if !linky(b) {
					pre += b.chars
				}
			}
			if pre <= in/2 {
				for i := h; i < first; i++ {
					keep[i] = true
				}
			}
		}
	}
	var kept []block
	for i, b := range blocks {
		if keep[i] {
			kept = append(kept, b)
		}
	}
	paras := filterBlocks(kept, hl)
	if countRunes(paras) < 100 {
		if fb := fallbackText(blocks, hl); countRunes(fb) > 2*countRunes(paras) {
			return fb
		}
	}
	return paras
}

// linky reports whether a block is mostly link text.
func linky(b block) bool {
	return b.chars == 0 || float64(b.linkChars) > 0.5*float64(b.chars)
}

// headlineBlock is the index of the headline's block (the first <h1>, or
// the heading that reads as the page title), or -1.
func headlineBlock(blocks []block, hl string) int {
	for i, b := range blocks {
		if b.kind == kHeading && (b.level == 1 || (hl != "" && b.text == hl)) {
			return i
		}
	}
	return -1
}

// headline is the page's headline: its first non-empty <h1>, or, on pages
// without one, the first <h2>/<h3> that reads like the <title>.
func headline(doc *goquery.Document) string {
	body := doc.Find("body")
	// Many sites put their logo or name in an <h1> in the page header:
	// such an h1 is not the headline. One inside the article is preferred.
	var h1s []string
	inArticle := ""
	body.Find("h1").Each(func(_ int, s *goquery.Selection) {
		t := CollapseSpace(s.Text())
		if t == "" || s.ParentsFiltered("header, nav, [role=banner], [role=navigation]").Length() > 0 &&
			s.ParentsFiltered("article, main, [role=main]").Length() == 0 {
			return
		}
		if a := s.Find("a"); a.Length() == 1 && CollapseSpace(a.Text()) == t {
			if href, _ := a.Attr("href"); href == "/" || href == "" || strings.HasSuffix(href, "://") || strings.Count(strings.TrimSuffix(href, "/"), "/") <= 2 && strings.Contains(href, "://") {
				return // a link to the home page: the site's name
			}
		}
		if inArticle == "" && s.ParentsFiltered("article, main, [role=main], [itemprop=articleBody]").Length() > 0 {
			inArticle = t
		}
		h1s = append(h1s, t)
	})
	if inArticle != "" {
		return inArticle
	}
	if len(h1s) > 0 {
		return h1s[0]
	}
	title := CollapseSpace(doc.Find("title").First().Text())
	if title == "" {
		return ""
	}
	found := ""
	body.Find("h2, h3").EachWithBreak(func(i int, s *goquery.Selection) bool {
		if t := CollapseSpace(s.Text()); t != "" && len(strings.Fields(t)) >= 2 && similarTitle(t, title) {
			found = t
			return false
		}
		return i < 8
	})
	return found
}

func sameClass(a, b *html.Node) bool {
	ca, cb := "", ""
	for _, x := range a.Attr {
		if x.Key == "class" {
			ca = x.Val
		}
	}
	for _, x := range b.Attr {
		if x.Key == "class" {
			cb = x.Val
		}
	}
	if a.DataAtom != b.DataAtom || ca != cb {
		return false
	}
	// Unnamed sections are the parts of one text; unnamed divs are too
	// common to tell anything.
	return ca != "" || a.DataAtom == atom.Section || a.DataAtom == atom.Article
}

var containerAtoms = map[atom.Atom]bool{atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Td: true, atom.Body: true, atom.Center: true, atom.Form: true}

func climb(n *html.Node, atoms ...atom.Atom) *html.Node {
	for p := n; p != nil; p = p.Parent {
		for _, a := range atoms {
			if p.DataAtom == a {
				return p
			}
		}
	}
	return n
}

func initialScore(n *html.Node) float64 {
	s := 0.0
	switch n.DataAtom {
	case atom.Article:
		s = 10
	case atom.Main:
		s = 8
	case atom.Div, atom.Section:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Ul, atom.Ol, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form, atom.Address:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	case atom.Body:
		s = -10
	}
	for _, a := range n.Attr {
		if a.Key == "itemprop" && strings.Contains(a.Val, "articleBody") {
			s += 30
		}
	}
	s += 25 * float64(max(-1, boilerplateScore(n)))
	return s
}

func commas(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ',', '،', '，', '、', ';':
			n++
		}
	}
	return n
}

type nodeStat struct {
	chars, links int
	// first and last block index under the node (first is 1-based so
	// that the zero value means "no block").
	first, last int
}

func (s nodeStat) linkDensity() float64 {
	if s.chars == 0 {
		return 0
	}
	return float64(s.links) / float64(s.chars)
}

type statMap map[*html.Node]nodeStat

// nodeStats sums letters and link letters of blocks for every ancestor.
func nodeStats(blocks []block) statMap {
	m := statMap{}
	for i, b := range blocks {
		for p := b.node; p != nil; p = p.Parent {
			st := m[p]
			st.chars += b.chars
			st.links += b.linkChars
			if st.first == 0 {
				st.first = i + 1
			}
			st.last = i
			m[p] = st
		}
	}
	return m
}

func (m statMap) of(n *html.Node) nodeStat { return m[n] }

func enclosingArticle(n, body *html.Node) *html.Node {
	for p := n; p != nil && p != body; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main || hasAttr(p, "itemprop", "articleBody") || hasAttr(p, "role", "main") {
			return p
		}
	}
	return nil
}

func hasAttr(n *html.Node, key, val string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Val == val {
			return true
		}
	}
	return false
}

func isUnder(n, anc *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == anc {
			return true
		}
	}
	return false
}

func underAny(n *html.Node, set map[*html.Node]bool) bool {
	for p := n; p != nil; p = p.Parent {
		if set[p] {
			return true
		}
	}
	return false
}

func countRunes(paras []string) int {
	n := 0
	for _, p := range paras {
		n += utf8.RuneCountInString(p)
	}
	return n
}

// fallbackText is used when no container stands out: every link-poor
// paragraph of the page in order.
func fallbackText(blocks []block, hl string) []string {
	var kept, short []block
	for _, b := range blocks {
		if b.kind == kHeading || (b.chars >= 40 && float64(b.linkChars) < 0.3*float64(b.chars)) {
			kept = append(kept, b)
		}
		if !linky(b) {
			short = append(short, b)
		}
	}
	if out := filterBlocks(kept, hl); len(out) > 0 {
		return out
	}
	// A page (or local snippet) of short paragraphs only: keep whatever
	// is not links.
	return filterBlocks(short, hl)
}

// Short blocks that are widget or navigation text in any layout.
var boilerLine = regexp.MustCompile(`(?i)^(share( this( article| page| story)?)?|tweet|print( this page)?|e-?mail|read more|continue reading|advertisement|sponsored|related( articles| stories| content| posts)?|subscribe.*|sign up.*|follow us.*|back to top|skip to .*|top of page|tags?:.*|topics?:.*|filed under.*|copyright.*|©.*|all rights reserved.*|photo:.*|image:.*|source:.*|listen to this article.*|(additional )?(reporting|editing|writing) by .*|\d+ min(ute)? read|partager|teilen|compartir|compartilhar|condividi|imprimer|drucken|imprimir|stampa|lire (aussi|la suite|plus)|à lire aussi|weiterlesen|mehr (lesen|zum thema)|lesen sie auch|leer más|lee también|ver más|leia (também|mais)|leggi anche|publicidad|publicité|anzeige|werbung|pubblicità|suivez-nous.*|síguenos.*|folgen sie uns.*|mots-clés\s*:.*|schlagwörter\s*:.*|etiquetas\s*:.*)$`)

var breadcrumbSep = regexp.MustCompile(`\s[>›»/]\s`)

// isMetaLine reports whether a short block is page furniture rather than
// prose: a widget line ("Share", "Read more"), a breadcrumb trail, a line
// that is only a date, or a byline.
func isMetaLine(text string) bool {
	n := utf8.RuneCountInString(text)
	if n >= 100 {
		return false
	}
	t := strings.TrimSpace(strings.Trim(text, "|·•-–—:"))
	if n < 60 && boilerLine.MatchString(t) {
		return true
	}
	if len(breadcrumbSep.FindAllString(text, -1)) >= 2 {
		return true
	}
	words := len(strings.Fields(t))
	if words > 8 && !bylinePrefix.MatchString(t) {
		return false
	}
	if !strings.ContainsAny(t, "0123456789") {
		// No date without digits; only a byline can still match.
		return words <= 12 && bylinePrefix.MatchString(t) && !strings.HasSuffix(t, ".")
	}
	if _, ok := ParsePageDate(t); ok && words <= 8 && !strings.ContainsAny(lastRune(t), ".!?;") {
		return true
	}
	if words <= 12 && bylinePrefix.MatchString(t) && !strings.HasSuffix(t, ".") {
		return true
	}
	return false
}

// filterBlocks drops blocks that are mostly links, widget lines, and
// headings left without a body (a "Related" heading whose list was removed).
func filterBlocks(blocks []block, hl string) []string {
	var kept []block
	for _, b := range blocks {
		ld := 0.0
		if b.chars > 0 {
			ld = float64(b.linkChars) / float64(b.chars)
		}
		if b.kind != kHeading && ld > 0.5 {
			continue
		}
		if b.kind == kHeading && ld > 0.8 {
			continue
		}
		if b.kind != kHeading && isMetaLine(b.text) {
			continue
		}
		kept = append(kept, b)
	}
	// Short lines above the headline are kickers, categories and
	// breadcrumbs.
	if h := headlineBlock(kept, hl); h > 0 {
		var rest []block
		for i, b := range kept {
			if i < h && b.kind != kHeading && len(strings.Fields(b.text)) < 10 {
				continue
			}
			rest = append(rest, b)
		}
		kept = rest
	}
	var out []string
	for i, b := range kept {
		if b.kind == kHeading {
			// Keep a heading only when body text follows before the next
			// heading of the same or a higher rank.
			ok := false
			for _, nb := range kept[i+1:] {
				if nb.kind == kHeading {
					if nb.level <= b.level {
						break
					}
					continue
				}
				ok = true
				break
			}
			if !ok {
				continue
			}
		}
		out = append(out, b.text)
	}
	return dedupeAdjacent(out)
}

func dedupeAdjacent(ps []string) []string {
	out := ps[:0]
	for i, p := range ps {
		if i > 0 && p == ps[i-1] {
			continue
		}
		out = append(out, p)
	}
	return out
}

func containsFold(paras []string, s string) bool {
	for _, p := range paras {
		if strings.EqualFold(p, s) {
			return true
		}
	}
	return false
}

// similarTitle reports whether a heading is the page's headline: the same
// words as the title, allowing for a site name added to the title.
func similarTitle(h1, title string) bool {
	if title == "" {
		return true
	}
	a, b := strings.ToLower(h1), strings.ToLower(title)
	return strings.Contains(b, a) || strings.Contains(a, b) || tokenF1(a, b) >= 0.6
}

// tokenF1 is the F1 of the bags of words of two texts.
func tokenF1(a, b string) float64 {
	ta, tb := wordBag(a), wordBag(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	common := 0
	na, nb := 0, 0
	for _, c := range ta {
		na += c
	}
	for w, c := range tb {
		nb += c
		common += min(c, ta[w])
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(nb)
	r := float64(common) / float64(na)
	return 2 * p * r / (p + r)
}

func wordBag(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		m[w]++
	}
	return m
}
