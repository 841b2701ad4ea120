package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors/gazetteer"
)

// word is a token of a sentence with byte offsets into Doc.Text. The claims
// extractor tokenises on its own: it needs only word boundaries, clitics split
// off ("we'll" → "we" "'ll", "Russia's" → "Russia" "'s") and quotation marks
// kept as tokens, which is cheaper than the shared tokenizer and needs no tags.
type word struct {
	start, end int    // text[start:end] is the word as written
	low        string // lower case, curly apostrophes straightened
	// cls are the word lists low belongs to (vocab[low].cls), 0 for none.
	// The entry itself is looked up again only for the few words with a
	// cue bit (see matchVerb), which keeps a word at 48 bytes.
	cls   uint64
	punct bool // a punctuation mark (one rune)
	adv   bool // an adverb (see isAdverb)
	digit bool // the word contains a digit (see hasDigit)
	cap   bool // the word starts with an upper-case letter (see isCap)
}

// clitics split off the end of a word, longest first.
var clitics = []string{"n't", "'ll", "'re", "'ve", "'s", "'d", "'m"}

// scanWords tokenises text[s:e].
func scanWords(text string, s, e int) []word {
	return scanInto(make([]word, 0, (e-s)/5+1), text, &lowKeys{}, s, e) // about one word in six bytes: no regrowth
}

// lowKeys lowers the words of a text through its gazetteer tokenisation
// (Doc.Words, already made for the entity extractors): the key of a token
// of ASCII letters and digits is its lower case, so a word that is such a
// token needs no lowering of its own. The zero value lowers each word on
// its own.
type lowKeys struct {
	keys []gazetteer.Token
	// k is where the last search ended: keys[:k] start before the word
	// asked for last. Words are mostly asked for in order, so the next
	// search usually walks on from there.
	k int
}

// lower returns strings.ToLower(text[i:j]) for an ASCII word.
func (lk *lowKeys) lower(text string, i, j int) string {
	keys := lk.keys
	k := min(lk.k, len(keys))
	lo, hi := 0, k // where to search for the first token at i or after it
	if k == 0 || keys[k-1].Start < i {
		// not past it: gallop on over the tokens since the last word, in
		// steps that double, then search the last step
		lo, hi = k, k
		for step := 1; hi < len(keys) && keys[hi].Start < i; step *= 2 {
			lo, hi = hi+1, min(hi+step, len(keys))
		}
	}
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if keys[m].Start < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	k = lo
	lk.k = k
	if k < len(keys) && keys[k].Start == i && keys[k].End == j {
		return keys[k].Key
	}
	return strings.ToLower(text[i:j])
}

// scanInto tokenises text[s:e], appending to out; low lowers its ASCII
// words.
func scanInto(out []word, text string, low *lowKeys, s, e int) []word {
	return scan(out, text, low, s, e, true)
}

// scan is scanInto; fast reads the plain ASCII words in one pass of their
// own (the tests turn it off to check it against the general reading).
func scan(out []word, text string, low *lowKeys, s, e int, fast bool) []word {
	i := s
	for i < e {
		r, size := rune(text[i]), 1
		if r < utf8.RuneSelf {
			cl := byteClass[r]
			if cl&bSkip != 0 {
				i++
				continue
			}
			if cl&bWord != 0 && fast {
				// Most words are ASCII letters and digits ended by a space or
				// a mark that joins nothing: read them in one pass that
				// also notes capitals and digits.
				j := i + 1
				for j < e {
					c := byteClass[text[j]]
					if c&bWord == 0 {
						break
					}
					cl |= c
					j++
				}
				if j == e || plainEnd(text, j, e) {
					out = slices.Grow(out, 1)
					out = out[:len(out)+1]
					asciiWordAt(&out[len(out)-1], text, low, i, j, cl)
					i = j
					continue
				}
			}
		} else {
			r, size = utf8.DecodeRuneInString(text[i:e])
		}
		if r < utf8.RuneSelf && asciiSkip[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			// Markdown emphasis the renderer left in place ("**said X. **")
			i += size
			continue
		}
		if !isWordRune(r) {
			t := text[i : i+size]
			c := asciiPunctClasses[r&0x7f]
			if r >= utf8.RuneSelf {
				_, c = lookupClasses(t)
			}
			out = append(out, word{start: i, end: i + size, low: t, cls: c, punct: true,
				cap: r >= utf8.RuneSelf && capitalised(t)})
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

// Byte classes of the tokeniser (bytes from 0x80 up have none).
const (
	bWord  uint8 = 1 << iota // an ASCII letter or digit
	bUpper                   // an ASCII capital
	bDigit                   // an ASCII digit
	bSkip                    // skipped: ASCII white space, '*', '_' (see asciiSkip)
	bJoin                    // may join two words: ' - . ,
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = bWord | bUpper
		case 'a' <= c && c <= 'z':
			t[c] = bWord
		case '0' <= c && c <= '9':
			t[c] = bWord | bDigit
		case asciiSkip[c]:
			t[c] = bSkip
		case c == '\'' || c == '-' || c == '.' || c == ',':
			t[c] = bJoin
		}
	}
	return t
}()

// plainEnd reports whether the ASCII letters and digits before text[j] end
// a word the slow path would end there too, with no clitic to split: text[j]
// is ASCII and joins nothing, or is a joiner followed by neither a letter nor
// a digit (an ASCII byte that is neither; "U.S." has a full stop inside and
// never gets here).
func plainEnd(text string, j, e int) bool {
	c := text[j]
	if c >= utf8.RuneSelf {
		return false // a curly apostrophe, a letter with an accent, ...
	}
	if byteClass[c]&bJoin == 0 {
		return true
	}
	if j+1 >= e {
		return true
	}
	n := text[j+1]
	return n < utf8.RuneSelf && byteClass[n]&bWord == 0
}

// asciiWordAt sets *wd to the word text[i:j] of ASCII letters and digits,
// whose byte classes together are cl: mkWord without reading it again.
func asciiWordAt(wd *word, text string, low *lowKeys, i, j int, cl uint8) {
	l := text[i:j]
	var c uint64
	switch {
	case cl&bUpper == 0:
		_, c = lookupClasses(l)
	default:
		// a capitalised word of the lists ("The") is lowered by its entry,
		// another ("Biden") through the gazetteer keys
		if e := lookupFolded(l); e != nil {
			l, c = e.word, e.cls
		} else {
			l = low.lower(text, i, j)
		}
	}
	cp := byteClass[text[i]]&bUpper != 0
	*wd = word{start: i, end: j, low: l, cls: c, digit: cl&bDigit != 0, cap: cp,
		adv: c&cAdverb != 0 ||
			len(l) > 4 && l[len(l)-2] == 'l' && l[len(l)-1] == 'y' && !cp && !lyNouns[l]}
}

// appendWord appends text[i:j], splitting off a trailing clitic (see
// clitics): the last apostrophe followed by "ll", "re", "ve", "s", "d" or
// "m", or "n't".
func appendWord(out []word, text string, low *lowKeys, i, j int) []word {
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

// asciiPunctClasses are the classes of each one-byte punctuation mark.
var asciiPunctClasses = func() (t [utf8.RuneSelf]uint64) {
	for c := range t {
		_, t[c] = lookupClasses(string(rune(c)))
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

// mkWord sets *wd to the word text[i:j]. Its lower-case form comes from
// low when the word is ASCII (see lowKeys).
func mkWord(wd *word, text string, low *lowKeys, i, j int) {
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
	case up:
		l = low.lower(text, i, j)
	}
	_, c := lookupClasses(l)
	cp := capitalised(w)
	*wd = word{start: i, end: j, low: l, cls: c, digit: digit, cap: cp,
		adv: c&cAdverb != 0 ||
			len(l) > 4 && strings.HasSuffix(l, "ly") && !cp && !lyNouns[l]}
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
	return w.cap
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
