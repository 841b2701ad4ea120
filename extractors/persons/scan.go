package persons

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"golang.org/x/text/unicode/norm"
)

// shape is the letter case of a word as written.
type shape uint8

const (
	shapeOther   shape = iota // digits, punctuation, mixed forms that are not names
	shapeLower                // "said", "al-Assad" is not lower (see shapeTitle)
	shapeTitle                // "Ishiba", "McDonald", "al-Assad", "O'Brien"
	shapeUpper                // "ISHIBA", "NATO" (two or more letters, no lower case)
	shapeInitial              // "J" (one capital letter; dot marks "J.")
)

// token is one word or punctuation mark. Words keep internal hyphens and
// apostrophes ("Jean-Pierre", "O'Brien") but not a possessive "'s", and
// dotted acronyms ("U.S.") are one word.
type token struct {
	start, end int32  // byte offsets: run refuses texts of 2 GB or more
	key        string // folded: lower case, no diacritics, no dots; "" for punctuation
	sent       int32  // index of the sentence holding the token, -1 if none
	flags      wordFlag
	shape      shape
	word       bool
	dot        bool // a '.' follows at once and belongs to the word (end is before it)
	acronym    bool // letters joined by dots ("U.S.", "C.T.")
	sentStart  bool // first word of a sentence
	lineStart  bool // only spaces or Markdown markers before it on its line
	newline    bool // a line break lies between the previous token and this one
	space      bool // white space lies between the previous token and this one
}

// scan splits text into tokens and marks sentence and line starts.
func scan(text string, sents []extractors.Span) []token {
	return scanInto(make([]token, 0, len(text)/5+1), text, sents, nil, nil)
}

// tokenPool holds token slices for reuse across documents: a fresh slice per
// document is a large zeroed allocation the collector must then reclaim.
var tokenPool = sync.Pool{New: func() any { s := make([]token, 0, 4096); return &s }}

// scanNotes counts per sentence the words that tell a heading from prose,
// and lists the capitalised words, the only ones a name can start at.
type scanNotes struct {
	capped []int   // capitalised words
	prose  []bool  // a lower-case word of three letters or more that is no stop word
	caps   []int32 // the indexes of the capitalised words (shapeTitle, shapeUpper)
}

// scanInto is scan appending to toks. With a vocab, words take their
// lexicon flags and are entered in it, and with counts they are counted.
func scanInto(toks []token, text string, sents []extractors.Span, v *vocab, counts *scanNotes) []token {
	si := 0
	prevSent := int32(-2) // sentence of the last word: the next word of another one starts it
	lineStart := true
	newline := false
	space := false
	for i := 0; i < len(text); {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n':
			lineStart, newline, space = true, true, true
			i += size
			continue
		case c < utf8.RuneSelf && (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f') ||
			c >= utf8.RuneSelf && !isDashOrQuote(r) && (unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) && r != softHyphen):
			// Format characters (U+200E left-to-right mark, U+200B zero
			// width space) separate words like spaces.
			space = true
			i += size
			continue
		case isWordRune(r):
			// Most words are ASCII letters and digits up to a space or
			// punctuation: one pass finds their end, case and key.
			j, upper, lower := i, 0, 0
			for ; j < len(text); j++ {
				c := text[j]
				switch {
				case 'a' <= c && c <= 'z':
					lower++
				case 'A' <= c && c <= 'Z':
					upper++
				case '0' <= c && c <= '9':
				default:
					goto end
				}
			}
		end:
			simple := j >= len(text) || text[j] < utf8.RuneSelf && text[j] != '-' && text[j] != '\''
			if !simple {
				// The word is simple too if it ends where its ASCII
				// letters do ("President’s", "COVID-19", "said—").
				j0 := j
				j = wordEnd(text, i)
				simple = j == j0
			}
			t := token{start: int32(i), end: int32(j), word: true}
			// Dotted acronyms ("U.S.", "U.K.", "J.D."): single letters
			// joined by dots become one word.
			acronym := false
			if j-i <= 2 && j < len(text) && text[j] == '.' {
				k := j
				for k+2 < len(text) && text[k] == '.' && isASCIILetter(text[k+1]) && text[k+2] == '.' {
					k += 2
				}
				if k > j {
					t.end = int32(k)
					j = k
					acronym = true
				}
			}
			e := int32(-1)
			if simple && !acronym {
				w := text[t.start:t.end]
				t.shape = simpleShape(w, upper, lower)
				switch {
				case upper == 0 && v != nil:
					// Lower-case words, four in five, are not entered in
					// the vocab: their key is the word, their flags come
					// from the lexicon, and lowerSeen needs only the
					// first token of each (see vocab.lowerSeen).
					t.key = w
					if ix, ok := shortIndex(w); ok {
						// "the", "of", "and": half the words, looked up
						// without a hash.
						t.flags = v.lex.shortFlags[ix]
						if len(w) > 1 && t.flags&fParticle == 0 {
							v.shortLower[ix>>6] |= 1 << (ix & 63)
						}
						break
					}
					a, b := keyWords(w)
					h := hashWords(len(w), a, b)
					t.flags = v.lex.flagsOfWords(w, a, b, h)
					if t.shape == shapeLower && len(w) > 1 && t.flags&fParticle == 0 {
						v.markLower(h, len(toks))
					}
				case upper == 0:
					t.key = w
				case v != nil:
					var buf [32]byte
					e = v.internBytes(appendLower(buf[:0], w))
				default:
					var buf [32]byte
					t.key = string(appendLower(buf[:0], w))
				}
			} else {
				t.key = foldKey(text[t.start:t.end])
				t.shape = wordShape(text[t.start:t.end])
				if v != nil {
					e = v.intern(t.key)
				}
			}
			if acronym {
				t.shape = shapeUpper
				t.acronym = true
			}
			if e >= 0 {
				en := &v.entries[e]
				t.key, t.flags = en.key, en.flags
				switch {
				case t.shape == shapeTitle || t.shape == shapeUpper:
					// Only capitalised words (and the ends of hyphenated
					// ones, see wordCompound) are ever asked about in
					// lowerSeen.
					en.asked = true
					if h := strings.LastIndexByte(t.key, '-'); h >= 0 {
						tail := v.intern(t.key[h+1:])
						v.entries[tail].asked = true
					}
				case t.shape == shapeLower && len(t.key) > 1 && t.flags&fParticle == 0:
					en.lower = true
				}
			}
			// The dot after an initial, an acronym, a title abbreviation or
			// a suffix belongs to the word ("J.", "U.S.", "Gen.", "Jr.").
			if j < len(text) && text[j] == '.' && (acronym || t.shape == shapeInitial ||
				v != nil && t.flags&fDot != 0 || v == nil && dotWords[t.key]) {
				t.dot = true
				j++
			}
			t.lineStart, t.newline, t.space = lineStart, newline, space
			t.sent = sentAt(sents, &si, i)
			if t.sent != prevSent || t.sent == -1 {
				t.sentStart = true
				prevSent = t.sent
			}
			if counts != nil && (t.shape == shapeTitle || t.shape == shapeUpper) {
				counts.caps = append(counts.caps, int32(len(toks)))
			}
			if counts != nil && t.sent >= 0 {
				switch {
				case t.shape == shapeTitle || t.shape == shapeUpper:
					counts.capped[t.sent]++
				case t.shape == shapeLower && t.end-t.start >= 3 && t.flags&fStop == 0:
					counts.prose[t.sent] = true
				}
			}
			toks = append(toks, t)
			lineStart, newline, space = false, false, false
			i = j
			continue
		default:
			t := token{start: int32(i), end: int32(i + size), lineStart: lineStart, newline: newline, space: space}
			t.sent = sentAt(sents, &si, i)
			if isMarkdownMarker(r) && lineStart {
				// "**MS. PSAKI:**" or "- Prime Minister ...": markers at
				// the start of a line leave the line start in place.
				toks = append(toks, t)
				newline, space = false, false
				i += size
				continue
			}
			toks = append(toks, t)
			lineStart, newline, space = false, false, false
			i += size
		}
	}
	return toks
}

// sentAt returns the index of the sentence holding offset start, or -1,
// moving *si forward: sentences and tokens are both in order.
func sentAt(sents []extractors.Span, si *int, start int) int32 {
	for *si < len(sents) && sents[*si].End <= start {
		*si++
	}
	if *si < len(sents) && sents[*si].Start <= start {
		return int32(*si)
	}
	return -1
}

// shortIndex numbers the words of one to three ASCII small letters: each
// letter is a digit from 1 to 26 in base 27. ok is false for other words.
func shortIndex(w string) (ix int, ok bool) {
	if len(w) == 0 || len(w) > 3 {
		return 0, false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < 'a' || c > 'z' {
			return 0, false
		}
		ix = ix*27 + int(c-'a'+1)
	}
	return ix, true
}

// shortWords is the number of shortIndex values.
const shortWords = 27 * 27 * 27

// appendLower appends w with ASCII capitals made lower case.
func appendLower(b []byte, w string) []byte {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// simpleShape is wordShape for a word of ASCII letters and digits with the
// given numbers of upper- and lower-case letters.
func simpleShape(w string, upper, lower int) shape {
	first := w[0]
	switch {
	case upper+lower == 0:
		return shapeOther
	case upper == 1 && lower == 0 && len(w) == 1:
		return shapeInitial
	case lower == 0 && upper >= 2:
		return shapeUpper
	case 'A' <= first && first <= 'Z' && lower > 0:
		return shapeTitle
	case 'a' <= first && first <= 'z':
		return shapeLower
	}
	return shapeOther
}

// dotWords take the dot that follows them: abbreviations of titles and
// name suffixes.
var dotWords = func() map[string]bool {
	m := map[string]bool{"st": true, "jr": true, "sr": true, "no": true}
	for k, tw := range titles {
		if tw.abbr {
			m[k] = true
		}
	}
	return m
}()

// end returns the end of the word including a dot that belongs to it.
func (t *token) fullEnd() int {
	if t.dot {
		return int(t.end) + 1
	}
	return int(t.end)
}

// softHyphen may sit inside a word ("Pre\u00adsident"); keys drop it.
const softHyphen = '\u00ad'

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// The ASCII fast path: most text is ASCII and this runs per rune.
		return r|0x20 >= 'a' && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return !isDashOrQuote(r) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// isDashOrQuote reports whether r is in U+2010..U+2027, the dashes,
// typographic quotes, bullets and ellipsis that texts use most among
// non-ASCII runes: no space, format character, letter, digit or mark, so
// the Unicode tables need not be asked.
func isDashOrQuote(r rune) bool { return 0x2010 <= r && r <= 0x2027 }

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isMarkdownMarker(r rune) bool {
	switch r {
	case '*', '#', '_', '>', '-', '•':
		return true
	}
	return false
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by single hyphens or apostrophes when a letter follows, except a
// possessive "'s" at the end.
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z' || '0' <= c && c <= '9') {
			j++ // the ASCII fast path
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) || r == softHyphen && j+size < len(text) {
			j += size
			continue
		}
		if r == '-' || r == '\u2010' || r == '\u2011' || r == '\'' || r == '\u2019' {
			k := j + size
			r2, s2 := utf8.DecodeRuneInString(text[k:])
			if k >= len(text) || !unicode.IsLetter(r2) {
				break
			}
			if r != '-' && r != '\u2010' && r != '\u2011' && (r2 == 's' || r2 == 'S') {
				// "Ishiba's": stop before the possessive unless more
				// letters follow ("O'Sullivan" has a capital after the
				// apostrophe; "'s" followed by a letter is a word).
				r3, _ := utf8.DecodeRuneInString(text[k+s2:])
				if k+s2 >= len(text) || !unicode.IsLetter(r3) {
					break
				}
			}
			j = k
			continue
		}
		break
	}
	return j
}

// wordShape classifies a word's case. A lower-case particle joined by a
// hyphen to a capitalised part ("al-Assad", "bin-Salman") counts as title
// case, since such words are surnames.
func wordShape(w string) shape {
	if p := particlePrefix(w); p > 0 {
		if s := wordShape(w[p:]); s == shapeTitle || s == shapeUpper {
			return shapeTitle
		}
	}
	if s, ok := wordShapeASCII(w); ok {
		return s
	}
	upper, lower, letters := 0, 0, 0
	first := rune(-1)
	prev := rune(-1)
	for k, r := range w {
		if first < 0 {
			first = r
		}
		// "I've": a contraction is not how names are written.
		if (prev == '\'' || prev == '\u2019') && isContraction(w[k:]) {
			return shapeOther
		}
		prev = r
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLower(r):
			lower++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	switch {
	case letters == 0:
		return shapeOther
	case upper == 1 && letters == 1 && utf8.RuneCountInString(w) == 1:
		return shapeInitial
	case lower == 0 && upper >= 2:
		return shapeUpper
	case unicode.IsUpper(first) && lower > 0:
		return shapeTitle
	case unicode.IsLower(first):
		return shapeLower
	}
	return shapeOther
}

// wordShapeASCII is wordShape for a word of ASCII letters, digits,
// hyphens and apostrophes; ok is false for other words.
func wordShapeASCII(w string) (s shape, ok bool) {
	upper, lower := 0, 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= utf8.RuneSelf:
			return shapeOther, false
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		case c == '\'' && isContraction(w[k+1:]):
			// "I've": a contraction is not how names are written.
			return shapeOther, true
		}
	}
	if len(w) == 0 {
		return shapeOther, true
	}
	first := w[0]
	switch {
	case upper+lower == 0:
		return shapeOther, true
	case upper == 1 && lower == 0 && len(w) == 1:
		return shapeInitial, true
	case lower == 0 && upper >= 2:
		return shapeUpper, true
	case 'A' <= first && first <= 'Z' && lower > 0:
		return shapeTitle, true
	case 'a' <= first && first <= 'z':
		return shapeLower, true
	}
	return shapeOther, true
}

// isContraction reports whether the rest of a word after an apostrophe is
// an English contraction ("ve" in "I've").
func isContraction(rest string) bool {
	switch rest {
	case "ve", "m", "ll", "d", "re", "t", "s":
		return true
	}
	return false
}

// particlePrefix returns the length of a hyphenated lower-case name particle
// at the start of w ("al-" in "al-Assad"), or 0.
func particlePrefix(w string) int {
	// A particle is at most four bytes, so only the first five bytes can
	// hold its hyphen; the scan runs for every word.
	k := -1
	for i := 1; i < len(w) && i <= 4; i++ {
		if w[i] == '-' || w[i] == 0xE2 && (strings.HasPrefix(w[i:], "\u2010") || strings.HasPrefix(w[i:], "\u2011")) {
			k = i
			break
		}
	}
	if k <= 0 {
		return 0
	}
	switch w[:k] {
	case "al", "el", "ad", "as", "ash", "at", "az", "bin", "ibn", "abu", "ul", "ud":
		_, size := utf8.DecodeRuneInString(w[k:])
		return k + size
	}
	return 0
}

// foldKey folds a word for lookups: lower case, diacritics and dots removed,
// typographic apostrophes and hyphens made ASCII.
func foldKey(w string) string {
	plain := true
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '.' {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	ascii := true
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		// The ASCII fast path: lower case, dots dropped.
		var buf [32]byte
		b := buf[:0]
		for k := 0; k < len(w); k++ {
			c := w[k]
			switch {
			case c == '.':
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		return string(b)
	}
	var b strings.Builder
	b.Grow(len(w))
	src := norm.NFD.String(w)
	for _, r := range src {
		switch {
		case r == '.' || r == softHyphen:
			continue
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\u2019':
			b.WriteByte('\'')
		case r == '\u2010' || r == '\u2011':
			b.WriteByte('-')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// stripParticle removes a hyphenated particle prefix from a key, so that
// "al-assad" and "assad" compare equal as surnames.
func stripParticle(key string) string {
	if p := particlePrefix(key); p > 0 && p < len(key) {
		return key[p:]
	}
	return key
}

// displayWord writes an all-capitals word in title case ("JEAN-PIERRE" ->
// "Jean-Pierre", "O'BRIEN" -> "O'Brien"); other words are kept as written.
func displayWord(w string, s shape) string {
	if s != shapeUpper {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	up := true
	for _, r := range w {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == '-' || r == '\'' || r == '\u2019' || r == '.'
	}
	return b.String()
}
