package claims

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is a token of a sentence with byte offsets into Doc.Text. The claims
// extractor tokenises on its own: it needs only word boundaries, clitics split
// off ("we'll" → "we" "'ll", "Russia's" → "Russia" "'s") and quotation marks
// kept as tokens, which is cheaper than the shared tokenizer and needs no tags.
type word struct {
	start, end int
	text       string    // as written
	low        string    // lower case, curly apostrophes straightened
	info       *wordInfo // the word lists and cues low belongs to; nil for none
	punct      bool      // a punctuation mark (one rune)
	adv        bool      // an adverb (see isAdverb)
	digit      bool      // text contains a digit (see hasDigit)
}

// clitics split off the end of a word, longest first.
var clitics = []string{"n't", "'ll", "'re", "'ve", "'s", "'d", "'m"}

// scanWords tokenises text[s:e].
func scanWords(text string, s, e int) []word {
	return scanInto(make([]word, 0, (e-s)/5+1), text, "", s, e) // about one word in six bytes: no regrowth
}

// scanInto tokenises text[s:e], appending to out. low is text with ASCII
// letters in lower case (same length), or "" to fold each word on its own.
func scanInto(out []word, text, low string, s, e int) []word {
	i := s
	for i < e {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:e])
		}
		if r < utf8.RuneSelf && asciiSkip[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			// Markdown emphasis the renderer left in place ("**said X. **")
			i += size
			continue
		}
		if !isWordRune(r) {
			t := text[i : i+size]
			info := asciiPunctInfo[r&0x7f]
			if r >= utf8.RuneSelf {
				info = lookup(t)
			}
			out = append(out, word{start: i, end: i + size, text: t, low: t, info: info, punct: true})
			i += size
			continue
		}
		j := i + size
		for j < e && text[j] < utf8.RuneSelf && asciiWord[text[j]] {
			j++ // the ASCII letters and digits of the word
		}
		for j < e {
			r2, s2 := rune(text[j]), 1
			if r2 >= utf8.RuneSelf {
				r2, s2 = utf8.DecodeRuneInString(text[j:e])
			}
			if isWordRune(r2) {
				j += s2
				continue
			}
			// Joiners stay inside a word when a letter or digit follows:
			// apostrophes (don't), hyphens (Nuclear-Weapon-Free), full stops
			// and commas between digits (1.8, 3,000), full stops in U.S.
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',' {
				nr, _ := utf8.DecodeRuneInString(text[j+s2 : e])
				if j+s2 < e && (unicode.IsLetter(nr) || unicode.IsDigit(nr)) {
					prev, _ := utf8.DecodeLastRuneInString(text[i:j])
					if r2 == ',' && !(unicode.IsDigit(prev) && unicode.IsDigit(nr)) {
						break
					}
					if r2 == '.' && !(unicode.IsDigit(prev) && unicode.IsDigit(nr)) && !isDottedInitials(text[i:j]) {
						break
					}
					j += s2
					continue
				}
				// A final full stop of "U.S." belongs to the abbreviation.
				if r2 == '.' && isDottedInitials(text[i:j]) && strings.Contains(text[i:j], ".") {
					j += s2
				}
			}
			break
		}
		out = appendWord(out, text, low, i, j)
		i = j
	}
	return out
}

// appendWord appends text[i:j], splitting off a trailing clitic (see
// clitics): the last apostrophe followed by "ll", "re", "ve", "s", "d" or
// "m", or "n't".
func appendWord(out []word, text, low string, i, j int) []word {
	w := text[i:j]
	if k := lastApostrophe(w); k > 0 { // byte index of the apostrophe
		size := 1
		if w[k] != '\'' {
			size = len("’")
		}
		tail := w[k+size:]
		cut := -1
		switch {
		case len(tail) == 1 && tail[0]|0x20 == 't' && w[k-1]|0x20 == 'n':
			cut = i + k - 1 // the ASCII 'n' before the apostrophe
		case cliticTail(tail):
			cut = i + k
		}
		if cut > i && cut < j {
			out = slices.Grow(out, 2)
			out = out[:len(out)+2]
			mkWord(&out[len(out)-2], text, low, i, cut)
			mkWord(&out[len(out)-1], text, low, cut, j)
			return out
		}
	}
	out = slices.Grow(out, 1)
	out = out[:len(out)+1]
	mkWord(&out[len(out)-1], text, low, i, j)
	return out
}

// asciiPunctInfo is lookup of each one-byte punctuation mark.
var asciiPunctInfo = func() (t [utf8.RuneSelf]*wordInfo) {
	for c := range t {
		t[c] = lookup(string(rune(c)))
	}
	return t
}()

// lastApostrophe is strings.LastIndexAny(w, "'’").
func lastApostrophe(w string) int {
	for k := len(w) - 1; k >= 0; k-- {
		switch {
		case w[k] == '\'':
			return k
		case w[k] == 0x99 && k >= 2 && w[k-1] == 0x80 && w[k-2] == 0xE2: // ’
			return k - 2
		}
	}
	return -1
}

// cliticTail reports whether t, the letters after an apostrophe, make a
// clitic: "ll", "re", "ve", "s", "d", "m" in any case.
func cliticTail(t string) bool {
	switch len(t) {
	case 1:
		c := t[0] | 0x20
		return c == 's' || c == 'd' || c == 'm'
	case 2:
		a, b := t[0]|0x20, t[1]|0x20
		return a == 'l' && b == 'l' || a == 'r' && b == 'e' || a == 'v' && b == 'e'
	}
	return false
}

// mkWord sets *wd to the word text[i:j]. Its lower-case form is a slice of
// low when the word is ASCII, so only words with other letters allocate.
func mkWord(wd *word, text, low string, i, j int) {
	w := text[i:j]
	l := w
	up, high, digit := false, false, false
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 0x80 {
			high = true
			break
		} else if c-'A' < 26 {
			up = true
		} else if c-'0' < 10 {
			digit = true
		}
	}
	switch {
	case high:
		l = lowerHigh(w)
		digit = strings.IndexFunc(w, unicode.IsDigit) >= 0
	case up && low != "":
		l = low[i:j]
	case up:
		l = strings.ToLower(w)
	}
	info := lookup(l)
	*wd = word{start: i, end: j, text: w, low: l, info: info, digit: digit,
		adv: info != nil && info.cls&cAdverb != 0 ||
			len(l) > 4 && strings.HasSuffix(l, "ly") && !capitalised(w) && !lyNouns[l]}
}

// lyNouns end in "ly" without being adverbs.
var lyNouns = set("family", "supply", "italy", "july", "ally", "rally")

// curlyClitics are the clitics written with a curly apostrophe, straightened.
var curlyClitics = map[string]string{"’s": "'s", "’ll": "'ll", "’re": "'re", "’ve": "'ve", "’d": "'d", "’m": "'m", "n’t": "n't",
	"’S": "'s", "’LL": "'ll", "’RE": "'re", "’VE": "'ve", "’D": "'d", "’M": "'m", "N’T": "n't"}

// lowerHigh is lower for a word with non-ASCII bytes; the clitics split off
// with a curly apostrophe need no allocation.
func lowerHigh(w string) string {
	if c, ok := curlyClitics[w]; ok {
		return c
	}
	return lower(w)
}

// lowerASCII returns text with ASCII letters in lower case, the same length.
// It lowers eight bytes at a time through a buffer on the stack.
func lowerASCII(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	var buf [1024]byte
	for off := 0; off < len(text); {
		n := copy(buf[:], text[off:])
		k := 0
		for ; k+8 <= n; k += 8 {
			binary.LittleEndian.PutUint64(buf[k:], lower8(binary.LittleEndian.Uint64(buf[k:])))
		}
		for ; k < n; k++ {
			buf[k] = lowerByte[buf[k]]
		}
		b.Write(buf[:n])
		off += n
	}
	return b.String()
}

// lower8 lowers the ASCII capitals among the eight bytes of x.
func lower8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	t := x &^ high                 // each byte below 0x80, so no carries below
	ge := t + (0x80-'A')*ones      // high bit set where the byte is 'A' or above
	gt := t + (0x80-'Z'-1)*ones    // high bit set where the byte is above 'Z'
	return x | (ge&^gt&^x&high)>>2 // 0x80>>2 is the case bit 0x20
}

// lowerByte maps each byte to itself with ASCII letters in lower case.
var lowerByte = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// lower folds case and straightens apostrophes, allocating only when the
// word has something to change.
func lower(w string) string {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
	}
	return w
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiSkip marks the ASCII bytes the tokeniser skips: white space
// (unicode.IsSpace) and Markdown emphasis ('*', '_').
var asciiSkip = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unicode.IsSpace(rune(c)) || c == '*' || c == '_'
	}
	return t
}()

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isDottedInitials reports whether w is like "U", "U.S" or "U.S.": single
// letters joined by full stops.
func isDottedInitials(w string) bool {
	w = strings.TrimSuffix(w, ".")
	for {
		// each part between full stops is one upper-case letter
		r, size := utf8.DecodeRuneInString(w)
		if size == 0 || r == '.' || !unicode.IsUpper(r) {
			return false
		}
		w = w[size:]
		if w == "" {
			return true
		}
		if w[0] != '.' {
			return false
		}
		w = w[1:]
	}
}

// isCap reports whether a word starts with an upper-case letter.
func (w word) isCap() bool {
	return capitalised(w.text)
}

// capitalised reports whether t starts with an upper-case letter.
func capitalised(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// hasDigit reports whether the word contains a digit (a punctuation mark
// never does).
func (w word) hasDigit() bool {
	return w.digit
}

func isQuote(s string) bool { return s == "\"" || s == "“" || s == "”" }
