package treaties

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors/gazetteer"
)

// word is a whitespace-separated word with surrounding punctuation and a
// possessive "'s" cut off, so that patterns can ask whether two words are
// adjacent in a name (nothing but spaces between them, no blank line).
type word struct {
	start, end int
	lower      string
	capital    bool // starts with a capital letter (isUpperStart)
	nameLike   bool // capital, or a number with letters and a capital ("5G")
	poss       bool // followed by "'s"/"’s"
	breakAfter bool // punctuation, a possessive or a blank line follows
}

// str is the word as written.
func (w *word) str(text string) string { return text[w.start:w.end] }

// openers and closers are cut off a word's ends (isOpener, isCloser).
const (
	openers = "([{\"“‘'«"
	closers = ",;:!?)]}\"”’'»…"
)

// splitWordsInto appends the words of text to ws (pooled by the caller).
// ASCII bytes, nearly all of a policy text, are tested without decoding a
// rune.
func splitWordsInto(ws []word, text string) []word {
	return splitRange(ws, text, 0, len(text))
}

// splitRange appends the words of text[lo:hi] to ws; lo and hi lie outside
// words (at a space or an end of text).
func splitRange(ws []word, text string, lo, hi int) []word {
	lt := lowerText{lo: lo, hi: hi}
	i := lo
	for i < hi {
		// Skip spaces, noting a blank line (a paragraph or heading ends
		// there; a single line break may be a hard wrap inside a name).
		nl := 0
		for i < hi {
			if c := text[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					break
				}
				if c == '\n' {
					nl++
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
		if nl >= 2 && len(ws) > 0 {
			ws[len(ws)-1].breakAfter = true
		}
		if i >= hi {
			break
		}
		j := i
		plain := true // ASCII without capitals: its own lower case
		for j < hi {
			if c := text[j]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				plain = plain && (c < 'A' || c > 'Z')
				j++
				continue
			}
			plain = false
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) || r == '—' && j > i {
				break // an em dash inside ("Rights—the") starts a new word
			}
			j += size
		}
		ws = appendWord(ws, text, i, j, plain, &lt)
		i = j
	}
	return ws
}

// asciiSpace holds the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isOpener and isCloser report the runes of openers and closers.
func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '"', '“', '‘', '\'', '«':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case ',', ';', ':', '!', '?', ')', ']', '}', '"', '”', '’', '\'', '»', '…':
		return true
	}
	return false
}

// lowerText is text[lo:hi], the part being split, with ASCII capitals in
// lower case, made on first need: a word's lower-case form is then a slice of
// it, not a new string.
type lowerText struct {
	s      string
	lo, hi int
}

// lower returns strings.ToLower(text[a:b]).
func (lt *lowerText) lower(text string, a, b int) string {
	s := text[a:b]
	upper := false
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	if lt.s == "" {
		var sb strings.Builder
		sb.Grow(lt.hi - lt.lo)
		from := lt.lo
		for k := lt.lo; k < lt.hi; k++ {
			if c := text[k]; 'A' <= c && c <= 'Z' {
				sb.WriteString(text[from:k])
				sb.WriteByte(c + 'a' - 'A')
				from = k + 1
			}
		}
		sb.WriteString(text[from:lt.hi])
		lt.s = sb.String()
	}
	return lt.s[a-lt.lo : b-lt.lo]
}

// appendWord appends the word text[a:b] with its punctuation cut off; plain
// reports text[a:b] ASCII without capitals.
func appendWord(ws []word, text string, a, b int, plain bool, lt *lowerText) []word {
	end := b
	lead := false
	for a < b {
		if c := text[a]; c < utf8.RuneSelf && isAlnum(c) {
			break // no opener, no dash
		}
		r, size := utf8.DecodeRuneInString(text[a:b])
		if !isOpener(r) && r != '—' && r != '–' {
			break
		}
		lead = true
		a += size
	}
	if lead && len(ws) > 0 {
		ws[len(ws)-1].breakAfter = true
	}
	w := word{}
	for a < b {
		if c := text[b-1]; c < utf8.RuneSelf && isAlnum(c) && c != 's' {
			break // no possessive, full stop, closer or dash
		}
		s := text[a:b]
		switch {
		case strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s"):
			w.poss = true
			b -= len("s")
			_, size := utf8.DecodeLastRuneInString(text[a:b])
			b -= size
			continue
		case strings.HasSuffix(s, "."):
			// Keep the dot of an abbreviation ("U.S.", "U.N."), cut a
			// full stop.
			body := s[:len(s)-1]
			if strings.Contains(body, ".") || (utf8.RuneCountInString(body) == 1 && isUpperStart(body)) {
				goto done
			}
			w.breakAfter = true
			b--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if !isCloser(r) && r != '—' && r != '–' {
			break
		}
		if (r == '’' || r == '\'') && b == end && strings.HasSuffix(s[:len(s)-size], "s") && len(s) > size+1 {
			// A plural possessive inside a name ("Quad Leaders’ Joint
			// Statement", "Veterans' Benefits Act") joins on.
			b -= size
			break
		}
		w.breakAfter = true
		b -= size
	}
done:
	if a >= b {
		if len(ws) > 0 {
			ws[len(ws)-1].breakAfter = true
		}
		return ws
	}
	if w.poss {
		w.breakAfter = true
	}
	w.start, w.end = a, b
	if plain {
		w.lower = text[a:b]
	} else {
		w.lower = lt.lower(text, a, b)
	}
	w.capital = isUpperStart(text[a:b])
	w.nameLike = w.capital || numberName(text[a:b])
	return append(ws, w)
}

// numberName reports a word that starts with a digit and has a capital
// after it ("5G"; not "2030s").
func numberName(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf && (s[0] < '0' || s[0] > '9') {
		return false // the common case, without decoding
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r) && strings.IndexFunc(s, unicode.IsUpper) > 0
}

// isAlnum reports an ASCII letter or digit.
func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isUpperStart reports a word that starts with a capital letter.
func isUpperStart(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z' // unicode.IsUpper on ASCII
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// adjacent reports that words i and i+1 may belong to one name.
func adjacent(ws []word, i int) bool {
	return i >= 0 && i+1 < len(ws) && !ws[i].breakAfter
}

// splitNearHeads appends to ws the words that patterns and definite
// references can look at: those of each segment (a paragraph, or a sentence
// ending in a plain word and a full stop: see segmentEnd) that may hold a
// head word, and of the segments after it up to one with a word, since a
// complement may cross one break ("Treaty of" at a segment's end). Patterns
// walk back only to a break and forward at most into that next segment, and
// every segment ends on a word marked breakAfter that no party list goes on
// after, so on these words they find what they find on all of them. Most
// segments have no head word and are not split. heads are the places
// headStartsAt reports, in order (headPlaces).
func splitNearHeads(ws []word, text string, heads []int) []word {
	hc := headCursor{at: heads}
	done := 0 // text before done is split or holds no needed word
	h, seg := hc.next(text, 0)
	for h >= 0 {
		// The segment holding h starts at the last segment end before
		// it (at or after done).
		i := max(seg, done)
		pending := false // a segment held a head: its next words are needed
		for i < len(text) {
			e := nextSegment(text, i)
			n := len(ws)
			ws = splitRange(ws, text, i, e)
			if h >= 0 && h < e {
				pending = true
				h, seg = hc.next(text, e)
			} else if len(ws) > n {
				pending = false
			}
			i = e
			if !pending {
				break
			}
		}
		done = i
	}
	return ws
}

// headCursor walks the head places of a text forward.
type headCursor struct {
	at []int
	k  int
}

// next returns the first head place at or after i, or -1, and the last
// segment end before it (i if none is after i).
func (hc *headCursor) next(text string, i int) (int, int) {
	for hc.k < len(hc.at) && hc.at[hc.k] < i {
		hc.k++
	}
	if hc.k == len(hc.at) {
		return -1, i
	}
	h := hc.at[hc.k]
	for k := h - 1; k >= i; k-- {
		if c := text[k]; c == '\n' || c == '.' {
			if e := segmentEnd(text, k); e >= 0 {
				return h, e
			}
		}
	}
	return h, i
}

// headCapital marks the capitals that head words start with; byPair holds
// the head words (lower case) by capital and lower-cased second letter;
// maxHeadLen is the length of the longest, in bytes.
var (
	headCapital [256]bool
	byPair      [26][26][]string
	maxHeadLen  int
)

func init() {
	for h := range heads {
		c := h[0] - 'a' + 'A'
		headCapital[c] = true
		byPair[c-'A'][h[1]-'a'] = append(byPair[c-'A'][h[1]-'a'], h)
		maxHeadLen = max(maxHeadLen, len(h))
	}
}

// segmentEnd returns the end of a segment at text[i] ("\n" or "."), or -1:
// after a blank line ("\n\n"), or after a full stop that ends a word of two
// or more ASCII letters with a space or line break before and after it
// ("agreed. "). splitWordsInto marks the word before either breakAfter, and
// the text between it and the next word is no comma of a party list.
func segmentEnd(text string, i int) int {
	if i+1 >= len(text) {
		return -1
	}
	if text[i] == '\n' {
		if text[i+1] == '\n' {
			return i + 2
		}
		return -1
	}
	if c := text[i+1]; c != ' ' && c != '\n' {
		return -1
	}
	k := i
	for k > 0 && ('a' <= text[k-1] && text[k-1] <= 'z' || 'A' <= text[k-1] && text[k-1] <= 'Z') {
		k--
	}
	if i-k < 2 || k > 0 && (text[k-1] >= utf8.RuneSelf || !asciiSpace[text[k-1]]) {
		return -1
	}
	return i + 1
}

// nextSegment returns the end of the segment that starts at i: the first
// segment end after i, or len(text).
func nextSegment(text string, i int) int {
	for ; i < len(text); i++ {
		if c := text[i]; c == '\n' || c == '.' {
			if e := segmentEnd(text, i); e >= 0 {
				return e
			}
		}
	}
	return len(text)
}

// headStartsAt reports that a word that may be a capitalised head word
// ("Treaty", "ACT", "Communiqué") starts at text[i]. It may report more
// words than are head words (any non-ASCII byte is taken to match), never
// fewer.
func headStartsAt(text string, i int) bool {
	c := text[i]
	if c < 'A' || c > 'Z' || !headCapital[c] {
		return false
	}
	if i > 0 && isAlnum(text[i-1]) || i+1 >= len(text) {
		return false
	}
	d := text[i+1]
	if d >= utf8.RuneSelf {
		return true // may be any head word
	}
	d |= 0x20 // ASCII lower case, for letters
	if d < 'a' || d > 'z' {
		return false
	}
	for _, h := range byPair[c-'A'][d-'a'] {
		if headAt(text, i, h) {
			return true
		}
	}
	return false
}

// headPlaces appends to hs the places where headStartsAt holds, in order,
// given the indexes of the capitalised tokens of toks whose key is a head
// word (marked by the trigger gate's walk). A head place is the start of
// such a token unless a non-ASCII byte is in it or just before it, so
// only the places near non-ASCII bytes are tested on the bytes.
func headPlaces(hs []int, text string, toks []gazetteer.Token, marked []int) []int {
	n := len(hs)
	for _, k := range marked {
		if s := toks[k].Start; headStartsAt(text, s) {
			hs = append(hs, s)
		}
	}
	m := len(hs)
	for i := 0; i < len(text); {
		if i+8 <= len(text) && ascii8(text[i:i+8]) {
			i += 8
			continue
		}
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		// The non-ASCII byte at i is right before a head place (i+1),
		// or the first non-ASCII byte of or after one: the place then
		// starts the run of ASCII letters that ends at i, as the letters
		// of its head word before i must be.
		if i+1 < len(text) && headStartsAt(text, i+1) {
			hs = append(hs, i+1)
		}
		k := i
		for k > 0 && i-k < maxHeadLen && isLetter(text[k-1]) {
			k--
		}
		if k < i && headStartsAt(text, k) {
			hs = append(hs, k)
		}
		i++
	}
	if len(hs) > m {
		add := hs[n:]
		slices.Sort(add)
		hs = hs[:n+len(slices.Compact(add))]
	}
	return hs
}

// isLetter reports an ASCII letter.
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// ascii8 reports that the 8 bytes of s are ASCII.
func ascii8(s string) bool {
	s = s[:8]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return x&0x8080808080808080 == 0
}

// headAt reports that text[i:] may start the whole word h, ignoring the case
// of ASCII letters after the first; a non-ASCII byte may match anything.
func headAt(text string, i int, h string) bool {
	for k := 1; k < len(h); k++ {
		if i+k >= len(text) {
			return false
		}
		c := text[i+k]
		if c >= utf8.RuneSelf {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != h[k] {
			return false
		}
	}
	return i+len(h) >= len(text) || !isAlnum(text[i+len(h)])
}
