package corpus

import (
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// PDF errors.
var (
	ErrPDFEncrypted = errors.New("PDF is encrypted and cannot be opened without a password")
	ErrPDFNoText    = errors.New("PDF has no text layer (scanned or image-only)")
)

// maxPDFPages bounds the work on one PDF.
const maxPDFPages = 2000

// PDFToText extracts the text of a PDF as paragraphs: glyphs are put back
// into lines by position, lines into paragraphs by spacing, font size and
// line length; line-end hyphenation is undone; running headers, footers
// and page numbers (lines repeated at the top or bottom of most pages) are
// removed. Meta comes from the document information dictionary and the
// catalogue's /Lang. A PDF that needs a password is ErrPDFEncrypted; one
// with no extractable text is ErrPDFNoText. The parser's panics on
// malformed files are turned into errors.
func PDFToText(r io.ReaderAt, size int64) (text string, meta Meta, err error) {
	defer func() {
		if x := recover(); x != nil {
			text, meta, err = "", Meta{}, fmt.Errorf("malformed PDF: %v", x)
		}
	}()
	rd, err := pdf.NewReader(r, size)
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(strings.ToLower(err.Error()), "encrypt") {
			return "", Meta{}, fmt.Errorf("%w: %v", ErrPDFEncrypted, err)
		}
		return "", Meta{}, fmt.Errorf("reading PDF: %w", err)
	}
	meta = pdfMeta(rd)
	n := rd.NumPage()
	if n > maxPDFPages {
		n = maxPDFPages
	}
	var pages [][]pdfLine
	for i := 1; i <= n; i++ {
		pages = append(pages, pageLines(rd.Page(i)))
	}
	paras := pdfParagraphs(pages)
	text = JoinParagraphs(paras)
	if countLetters(text) < 20 {
		return "", meta, ErrPDFNoText
	}
	return text, meta, nil
}

func pdfMeta(rd *pdf.Reader) Meta {
	var m Meta
	info := rd.Trailer().Key("Info")
	if t := CollapseSpace(info.Key("Title").Text()); t != "" {
		m.Title = t
	}
	if a := info.Key("Author").Text(); a != "" {
		m.Authors = cleanAuthors([]string{a}, true)
	}
	for _, k := range []string{"CreationDate", "ModDate"} {
		if d := strings.TrimPrefix(info.Key(k).Text(), "D:"); len(d) >= 8 {
			// PDF dates are D:YYYYMMDDHHmmSS…
			if iso, ok := ParsePageDate(d[:4] + "-" + d[4:6] + "-" + d[6:8]); ok {
				m.Published = iso
				break
			}
		}
	}
	m.Language = primaryLanguage(rd.Trailer().Key("Root").Key("Lang").Text())
	return m
}

// pdfLine is one line of text on a page.
type pdfLine struct {
	text   string
	y      float64 // baseline, points from the bottom
	x0, x1 float64
	size   float64
}

// pageLines rebuilds a page's lines from its positioned glyphs, in content
// order (which is reading order for most producers, and keeps columns
// apart where a sort by position would interleave them). A page whose
// content the parser cannot read gives no lines.
func pageLines(p pdf.Page) (lines []pdfLine) {
	defer func() {
		if recover() != nil {
			lines = nil
		}
	}()
	if p.V.IsNull() {
		return nil
	}
	glyphs := p.Content().Text
	var cur *pdfLine
	var b strings.Builder
	lastEnd := 0.0
	flush := func() {
		if cur != nil {
			cur.text = strings.TrimSpace(CollapseSpace(b.String()))
			// Some producers' glyph positions do not advance within a
			// string; then the line's extent is estimated from its length
			// (half an em per character on average).
			if est := float64(utf8.RuneCountInString(cur.text)) * cur.size * 0.5; cur.x1-cur.x0 < 0.25*est {
				cur.x1 = cur.x0 + est
			}
			if cur.text != "" {
				lines = append(lines, *cur)
			}
		}
		cur = nil
		b.Reset()
	}
	for _, g := range glyphs {
		if g.S == "" {
			continue
		}
		size := g.FontSize
		if size <= 0 {
			size = 10
		}
		w := g.W
		if w <= 0 {
			w = float64(utf8.RuneCountInString(g.S)) * size * 0.5
		}
		if cur != nil && (math.Abs(g.Y-cur.y) > size*0.5 || g.X < lastEnd-size*2) {
			flush()
		}
		if cur == nil {
			cur = &pdfLine{y: g.Y, x0: g.X, size: size}
		} else if gap := g.X - lastEnd; gap > size*0.15 && !strings.HasSuffix(b.String(), " ") && !strings.HasPrefix(g.S, " ") {
			b.WriteByte(' ')
		}
		b.WriteString(g.S)
		lastEnd = g.X + w
		cur.x1 = max(cur.x1, lastEnd)
		cur.size = max(cur.size, size)
	}
	flush()
	return lines
}

var pageNumberLine = regexp.MustCompile(`(?i)^[\s\-–—|·•]*(page|p\.|seite|página|pagina)?\s*(\d{1,4}|[ivxlcdm]{1,6})(\s*(of|/|von|de|sur)\s*\d{1,4})?[\s\-–—|·•]*$`)

// runningKey is a line's identity for header/footer detection: digits
// replaced, so "Report 2024 — page 3" and "… page 4" are the same line.
func runningKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsDigit(r) {
			r = '#'
		}
		b.WriteRune(r)
	}
	return CollapseSpace(b.String())
}

// stripRunning removes page numbers and lines that repeat at the top or
// bottom of at least half of the pages (at least two).
func stripRunning(pages [][]pdfLine) [][]pdfLine {
	const edge = 3 // lines at each end of a page that may be running text
	count := map[string]int{}
	for _, lines := range pages {
		seen := map[string]bool{}
		for i, l := range lines {
			if i < edge || i >= len(lines)-edge {
				k := runningKey(l.text)
				if !seen[k] {
					seen[k] = true
					count[k]++
				}
			}
		}
	}
	need := max(2, (len(pages)+1)/2)
	bodySize := typicalSize(pages)
	out := make([][]pdfLine, len(pages))
	for pi, lines := range pages {
		// Footnotes: small-font lines below the page's last line of body
		// text (references, not prose; they would also split a paragraph
		// that runs on to the next page).
		lastBody := -1
		for i, l := range lines {
			if math.Abs(l.size-bodySize) <= 0.12*bodySize {
				lastBody = i
			}
		}
		for i, l := range lines {
			if lastBody >= 0 && i > lastBody && l.size < 0.9*bodySize && l.y < lines[lastBody].y {
				continue
			}
			if i < edge || i >= len(lines)-edge {
				if pageNumberLine.MatchString(l.text) || (len(pages) >= 2 && count[runningKey(l.text)] >= need) {
					continue
				}
				// The first or last line of a page, in a clearly smaller
				// font than the body and short, is a running header or
				// footer even on a one-page document.
				if (i == 0 || i == len(lines)-1) && l.size < 0.85*bodySize && utf8.RuneCountInString(l.text) < 80 {
					continue
				}
			}
			out[pi] = append(out[pi], l)
		}
	}
	return out
}

// pdfParagraphs joins lines into paragraphs. A new paragraph starts at a
// vertical gap clearly larger than the usual line spacing, at a change of
// font size (headings), or after a short line that ends a sentence. A
// paragraph may run on across a page break.
func pdfParagraphs(pages [][]pdfLine) []string {
	pages = stripRunning(pages)
	hyphenated := hyphenatedWords(pages)
	spacing := typicalSpacing(pages)
	bodySize := typicalSize(pages)
	var paras []string
	var cur strings.Builder
	var prev *pdfLine
	prevRight := 0.0
	end := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			paras = append(paras, s)
		}
		cur.Reset()
	}
	for _, lines := range pages {
		right := 0.0
		for _, l := range lines {
			if math.Abs(l.size-bodySize) <= 0.12*bodySize {
				right = max(right, l.x1)
			}
		}
		for i := range lines {
			l := lines[i]
			if prev != nil {
				brk := false
				samePage := i > 0
				short := prev.x1 < prevRight-0.15*(prevRight-prev.x0+1) || prev.x1 < prevRight*0.8
				endsSentence := strings.ContainsAny(lastRune(prev.text), ".!?:;”\"»)")
				switch {
				case math.Abs(l.size-prev.size) > 0.12*max(l.size, prev.size):
					brk = true
				case samePage && spacing > 0 && prev.y-l.y > spacing*1.45:
					brk = true
				case samePage && prev.y-l.y < -spacing:
					brk = true // moved up: a new column
				case short && endsSentence:
					brk = true
				case !samePage && short:
					brk = true
				}
				if brk {
					end()
				} else {
					joinLine(&cur, l.text, hyphenated)
					prev, prevRight = &lines[i], right
					continue
				}
			}
			cur.WriteString(l.text)
			prev, prevRight = &lines[i], right
		}
	}
	end()
	return paras
}

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}

// joinLine appends a line to a paragraph. A line ending in a hyphen after
// a letter, followed by a lower-case letter, is a broken word: the hyphen
// goes, unless the document also writes that word with a hyphen
// mid-line ("well-known").
func joinLine(cur *strings.Builder, next string, hyphenated map[string]bool) {
	s := cur.String()
	if strings.HasSuffix(s, "-") && len(s) > 1 {
		before, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
		after, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLetter(before) && unicode.IsLower(after) {
			head := lastWord(s[:len(s)-1])
			tail := firstWord(next)
			if !hyphenated[strings.ToLower(head+"-"+tail)] {
				cur.Reset()
				cur.WriteString(s[:len(s)-1])
				cur.WriteString(next)
				return
			}
			cur.WriteString(next)
			return
		}
	}
	cur.WriteByte(' ')
	cur.WriteString(next)
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

var hyphenWord = regexp.MustCompile(`\p{L}+-\p{L}+`)

// hyphenatedWords collects words written with a hyphen inside a line.
func hyphenatedWords(pages [][]pdfLine) map[string]bool {
	m := map[string]bool{}
	for _, lines := range pages {
		for _, l := range lines {
			for _, w := range hyphenWord.FindAllString(l.text, -1) {
				m[strings.ToLower(w)] = true
			}
		}
	}
	return m
}

// typicalSpacing is the most common distance between consecutive
// baselines (rounded to half points): the body text's line spacing.
func typicalSpacing(pages [][]pdfLine) float64 {
	hist := map[float64]int{}
	for _, lines := range pages {
		for i := 1; i < len(lines); i++ {
			d := lines[i-1].y - lines[i].y
			if d > 0 && d < 100 {
				hist[math.Round(d*2)/2]++
			}
		}
	}
	return histMode(hist)
}

// typicalSize is the font size carrying the most characters: the body
// text's size.
func typicalSize(pages [][]pdfLine) float64 {
	hist := map[float64]int{}
	for _, lines := range pages {
		for _, l := range lines {
			hist[math.Round(l.size*2)/2] += len(l.text)
		}
	}
	return histMode(hist)
}

// histMode is the most frequent key of a histogram (the smallest on a tie,
// so the result does not depend on map order).
func histMode(hist map[float64]int) float64 {
	keys := make([]float64, 0, len(hist))
	for k := range hist {
		keys = append(keys, k)
	}
	sort.Float64s(keys)
	best, bestN := 0.0, 0
	for _, k := range keys {
		if hist[k] > bestN {
			best, bestN = k, hist[k]
		}
	}
	return best
}
