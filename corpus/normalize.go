package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NormalizeText is the one text normalisation applied to every input format
// before analysis; record offsets refer to its result (see
// docs/normalisation.md). It is deliberately conservative so that a plain
// text file keeps its layout (gold offsets are taken on it):
//
//   - line ends unified to LF (CRLF and lone CR);
//   - invisible characters removed: soft hyphen U+00AD, zero-width space
//     U+200B, word joiner U+2060, byte-order mark / ZWNBSP U+FEFF. Zero-width
//     joiner and non-joiner (U+200C/D) are kept: they change spelling in
//     Persian, Indic scripts and emoji;
//   - Latin typographic ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) expanded to their letters,
//     which PDFs often produce, without the wider rewriting of NFKC
//     (which would also turn ½ into 1⁄2 and full-width forms into ASCII);
//   - Unicode NFC;
//   - spaces and tabs at the end of a line removed.
//
// Paragraph structure (whitespace runs inside a paragraph, one blank line
// between paragraphs) is produced by the HTML and PDF extractors through
// JoinParagraphs; it is not imposed on plain text.
//
// NormalizeText is idempotent: NormalizeText(NormalizeText(s)) ==
// NormalizeText(s).
func NormalizeText(s string) string {
	if needsRewrite(s) {
		var b strings.Builder
		b.Grow(len(s))
		for i := 0; i < len(s); {
			c := s[i]
			if c == '\r' {
				b.WriteByte('\n')
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
				i++
				continue
			}
			if c < 0x80 {
				b.WriteByte(c)
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				// Invalid bytes pass through unchanged; repairing them is
				// the reader's job (it flags the document).
				b.WriteByte(c)
				i++
				continue
			}
			i += n
			if isInvisible(r) {
				continue
			}
			if lig, ok := ligatures[r]; ok {
				b.WriteString(lig)
				continue
			}
			b.WriteRune(r)
		}
		s = b.String()
	}
	s = norm.NFC.String(s)
	return trimLineEnds(s)
}

// needsRewrite reports whether s holds a CR, an invisible character or a
// ligature, so that clean text (the common case) is not copied.
func needsRewrite(s string) bool {
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

func isInvisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u2060', '\uFEFF':
		return true
	}
	return false
}

var ligatures = map[rune]string{
	'\uFB00': "ff",
	'\uFB01': "fi",
	'\uFB02': "fl",
	'\uFB03': "ffi",
	'\uFB04': "ffl",
	'\uFB05': "st", // long s + t
	'\uFB06': "st",
}

// trimLineEnds removes spaces and tabs before each line end and at the end
// of the text.
func trimLineEnds(s string) string {
	if !strings.Contains(s, " \n") && !strings.Contains(s, "\t\n") &&
		!strings.HasSuffix(s, " ") && !strings.HasSuffix(s, "\t") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Join(lines, "\n")
}

// CollapseSpace turns every run of white space (including no-break spaces
// and line breaks) into one ASCII space and trims the ends: the text of one
// paragraph.
func CollapseSpace(s string) string {
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

// JoinParagraphs builds a document text from paragraphs: white space
// collapsed within each, empty ones dropped, one blank line between them,
// then NormalizeText. HTML and PDF extraction end here, so all formats share
// the same paragraph layout.
func JoinParagraphs(paras []string) string {
	out := make([]string, 0, len(paras))
	for _, p := range paras {
		if p = CollapseSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return NormalizeText(strings.Join(out, "\n\n"))
}
