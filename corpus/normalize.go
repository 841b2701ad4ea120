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
	rewrite, mayNeedNFC := needsRewrite(s)
	if rewrite {
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
	if mayNeedNFC {
		s = norm.NFC.String(s)
	}
	return trimLineEnds(s)
}

// needsRewrite reports whether s holds a CR, an invisible character or a
// ligature, so that clean text (the common case) is not copied, and whether
// it may not be in NFC (when it is rewritten, always), so that text made
// only of characters NFC leaves alone is not run through the normaliser.
// All of those but CR are outside ASCII, so only other bytes are decoded.
func needsRewrite(s string) (rewrite, mayNeedNFC bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				return true, true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isInvisible(r) || (r >= 0xFB00 && r <= 0xFB06) {
			return true, true
		}
		if (r == utf8.RuneError && n == 1) || !nfcInert(r) {
			mayNeedNFC = true
		}
		i += n
	}
	return false, mayNeedNFC
}

// nfcInert reports whether NFC leaves r alone wherever it stands: its NFC
// quick check is Yes and its combining class 0, so it neither decomposes,
// nor composes with what comes before it, nor moves. Text made only of
// ASCII and such characters is in NFC. The ranges are those of Latin
// letters and of common punctuation (dashes, quotes, ellipsis, euro sign);
// a test checks every character in them against the normaliser's tables.
func nfcInert(r rune) bool {
	return r < 0x300 || (r >= 0x2010 && r <= 0x205E) || r == 0x20AC
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
// paragraph. Invalid UTF-8 bytes become U+FFFD. Text that is already
// collapsed (the common case for short titles and cells) is returned as is.
func CollapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	return string(appendCollapsed(make([]byte, 0, len(s)), []byte(s)))
}

// asciiSpace marks the ASCII bytes that unicode.IsSpace accepts, and
// asciiVisible the other ASCII bytes, so that ASCII, most of any text, is
// classified without decoding runes.
var asciiSpace, asciiVisible [256]bool

// visible01 and space01 are asciiVisible and "is ' '" as 0 or 1, for
// branch-free tests.
var visible01, space01 [256]uint8

func init() {
	for c := range utf8.RuneSelf {
		asciiSpace[c] = unicode.IsSpace(rune(c))
		asciiVisible[c] = !asciiSpace[c]
		if asciiVisible[c] {
			visible01[c] = 1
		}
	}
	space01[' '] = 1
}

// collapsibleSpace is the white space CollapseSpace removes: Unicode white
// space and the zero-width space.
func collapsibleSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200B'
}

// appendCollapsed appends CollapseSpace(src) to dst. It is the one
// implementation behind CollapseSpace and MarkdownToText, which collapses
// each paragraph straight into the document it builds. Stretches that need
// no change (visible ASCII and single spaces between it: most of a
// paragraph) are copied in one piece; only other bytes are looked at one by
// one, and only non-ASCII ones are decoded.
func appendCollapsed(dst, src []byte) []byte {
	start := len(dst)
	space := false // white space seen since the last character written
	for i := 0; i < len(src); {
		c := src[i]
		if asciiVisible[c] {
			// The test is arithmetic rather than branches: a space every
			// few bytes would make a branch on it mispredict.
			j := i + 1
			for j+1 < len(src) && visible01[src[j]]|(space01[src[j]]&visible01[src[j+1]]) != 0 {
				j++
			}
			if j+1 == len(src) && asciiVisible[src[j]] {
				j++
			}
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, src[i:j]...)
			i = j
			continue
		}
		if asciiSpace[c] {
			space = true
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		i += n
		if collapsibleSpace(r) {
			space = true
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		if r == utf8.RuneError {
			// An invalid byte is written as U+FFFD, as ranging over a
			// string and writing the rune would.
			dst = utf8.AppendRune(dst, r)
		} else {
			dst = append(dst, src[i-n:i]...)
		}
	}
	return dst
}

// isCollapsed reports whether CollapseSpace(s) == s: valid UTF-8, no white
// space other than single ASCII spaces between other characters.
func isCollapsed(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] && (c != ' ' || s[i+1] == ' ') {
				// s[i+1] exists: s does not end with a space.
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || collapsibleSpace(r) {
			return false
		}
		i += n
	}
	return true
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
