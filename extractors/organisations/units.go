package organisations

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/polexhq/polex/extractors/gazetteer"
)

// unit is one whitespace-separated word of the text with surrounding
// punctuation peeled off: "(ASEAN)," has core "ASEAN", lead "(", trail "),".
// The patterns work on units because organisation names are written as runs
// of capitalised words, and punctuation between words ends a name.
type unit struct {
	Start, End int    // byte offsets of the core
	Text       string // the core as written
	Key        string // lower-case core without a final "."
	// What was peeled off each side: its length before the core, whether
	// it opened a parenthesis, and after the core whether there was any
	// punctuation, a closing parenthesis, or a sentence end.
	LeadLen                         uint8
	LeadParen                       bool
	HasTrail, TrailParen, TrailSent bool
	// Possessive: the core was followed by "'s" (not part of Text).
	Possessive bool
	// Break: a line break or punctuation separates this unit from the
	// previous one, so no name runs across.
	Break bool
	// SentStart: the unit is the first word of a sentence or line.
	SentStart bool
	// Cap: the core starts with a capital; Upper: all its letters are
	// capitals. Lex: what the word lists say of Key (lex* flags), for
	// capitalised words and those starting with a digit.
	Cap, Upper bool
	Lex        uint8
	// Acr: Cap and looksAcronym(Text).
	Acr bool
}

// Flags for unit.Lex: one map lookup per word answers every list.
const (
	lexHead      uint8 = 1 << iota // heads
	lexStop                        // stop
	lexAnaphoric                   // anaphoric
)

// lexicon maps a lower-case word to its lex* flags.
var lexicon = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range heads {
		m[w] |= lexHead
	}
	for w := range stop {
		m[w] |= lexStop
	}
	for w := range anaphoric {
		m[w] |= lexAnaphoric
	}
	return m
}()

// isLeadPunct and isTrailPunct answer leadPunct and trailPunct for ASCII.
var isLeadPunct, isTrailPunct [utf8.RuneSelf]bool

func init() {
	for _, r := range leadPunct {
		if r < utf8.RuneSelf {
			isLeadPunct[r] = true
		}
	}
	for _, r := range trailPunct {
		if r < utf8.RuneSelf {
			isTrailPunct[r] = true
		}
	}
}

const (
	leadPunct  = "\"“‘'([{«*_#—"
	trailPunct = "\"”’'),;:!?]}»*_"
)

// abbrevs keep their final full stop: it is part of the word.
var abbrevs = map[string]bool{
	"inc": true, "corp": true, "ltd": true, "co": true, "bros": true,
	"jr": true, "sr": true, "st": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "gen": true, "col": true, "lt": true, "sgt": true, "adm": true,
	"gov": true, "sen": true, "rep": true, "dept": true, "no": true, "vs": true,
}

// splitUnitsInto appends the units of text to us (pooled by the caller).
// Their lower-case keys are written into one buffer rather than allocated
// one by one: kb, emptied, and returned for reuse once the units are gone
// (see keyBuf).
func splitUnitsInto(us []unit, kb []byte, text string) ([]unit, []byte) {
	if cap(kb) < len(text) {
		kb = make([]byte, 0, len(text))
	}
	keys := keyBuf{b: kb[:0]}
	brk, sent := true, true
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				// A blank line, or a Markdown hard break ("  \n"), ends a
				// paragraph or heading; a single newline only wraps a line.
				if c == '\n' && (strings.HasSuffix(text[:i], "  ") || strings.HasSuffix(text[:i], "\\") || blankLineAhead(text[i+1:])) {
					brk, sent = true, true
				}
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r2) || (r2 == '—' && j > i) {
				break // an em dash separates like a space: "Bill—my"
			}
			j += s2
		}
		us = append(us, unit{})
		u := &us[len(us)-1]
		if !peelInto(u, text, i, j, &keys) {
			us = us[:len(us)-1]
			brk, sent = bareChunk(text[i:j], sent)
			i = j
			continue
		}
		brk, sent = u.chain(brk, sent)
		i = j
	}
	return us, keys.b[:0]
}

// splitUnitsWords is splitUnitsInto over the document's gazetteer tokens
// (extractors.Doc.Words, already made for the gazetteer): a chunk is a run
// of tokens with no space between them, so the text's bytes are read only
// in chunks that need peeling. Most chunks are a lower-case word standing
// alone ("said"), whose unit is made without reading it.
//
// It also leaves out the units that no rule can reach. A quiet unit is such
// a lone lower-case word that is no link (see isLink). Every walk over the
// units stops at the first quiet unit it meets, having at most compared its
// key, so only the first and the last quiet unit of a run are ever read:
// the ones between are dropped ("the president [said] that", "will
// [continue to support our] allies"). No gazetteer match starts at one
// (isLink has the lower-case words names start with), so the binary
// searches for a match's unit find the same units as before.
//
// The units are made in sc.us, their keys in sc.keys, and the indices of
// the marked ones (see marked) are left in sc.marks.
func splitUnitsWords(sc *scratch, text string, toks []gazetteer.Token) []unit {
	us, marks := sc.us[:0], sc.marks[:0]
	if cap(sc.keys) < len(text) {
		sc.keys = make([]byte, 0, len(text))
	}
	keys := keyBuf{b: sc.keys[:0]}
	brk, sent := true, true
	prevEnd := 0 // where the last chunk ended
	quiet := 0   // the quiet units read since the last other unit
	// The last quiet unit of a run is stored when the run ends: until
	// then a later one may take its place.
	var last unit
	for k := 0; k < len(toks); {
		i, j := toks[k].Start, toks[k].End
		if i-prevEnd != 1 || text[prevEnd] != ' ' {
			if paragraphBreak(text, prevEnd, i) {
				brk, sent = true, true
			}
		}
		if w := text[i:j]; 'a' <= w[0] && w[0] <= 'z' && toks[k].Key == w &&
			(k+1 == len(toks) || toks[k+1].Start > j || text[j:toks[k+1].End] == "—") {
			// A lower-case word alone: its key is itself (Tokenize keys a
			// word it need not change with the word itself), nothing to
			// peel, not capitalised, in no list, no sentence end.
			u := unit{Start: i, End: j, Text: w, Key: w, Break: brk, SentStart: sent}
			switch {
			case isLink(w):
				if quiet > 1 {
					us = append(us, last)
				}
				quiet = 0
				us = append(us, u)
			case quiet == 0:
				us = append(us, u)
				quiet = 1
			default:
				last = u
				quiet++
			}
			brk, sent = false, false
			prevEnd = j
			k++
			continue
		}
		// The chunk runs on over the tokens touching it, but an em dash
		// inside it separates like a space ("Bill—my").
		k0 := k
		k++
		for k < len(toks) && toks[k].Start == j && text[j:toks[k].End] != "—" {
			j = toks[k].End
			k++
		}
		prevEnd = j
		var u unit
		if !wordUnit(&u, text, toks[k0:k]) && !peelInto(&u, text, i, j, &keys) {
			brk, sent = bareChunk(text[i:j], sent)
			continue
		}
		if quiet > 1 {
			us = append(us, last)
		}
		quiet = 0
		brk, sent = u.chain(brk, sent)
		if marked(&u) {
			marks = append(marks, int32(len(us)))
		}
		us = append(us, u)
	}
	if quiet > 1 {
		us = append(us, last)
	}
	sc.keys, sc.marks = keys.b[:0], marks
	return us
}

// isLink: a lower-case word that walks over units go through ("of the",
// "and", "for", "on") or that a gazetteer name starts with ("the", "al").
func isLink(w string) bool {
	bit := uint32(1) << min(len(w), 31)
	if linkMask[w[0]]&bit == 0 || linkMaskEnd[w[len(w)-1]]&bit == 0 {
		return false
	}
	return slices.Contains(links, w)
}

// links are the words of isLink: the connectors the patterns walk over,
// and the first lower-case word of any alias, or the one after its "the"
// or possessive, where a match's span may start (see gazetteerCands).
var links = func() []string {
	ls := strings.Fields("of and the for on")
	add := func(k string) {
		if !slices.Contains(ls, k) {
			ls = append(ls, k)
		}
	}
	for _, o := range ix.orgs {
		for _, a := range o.Aliases {
			toks := gazetteer.Tokenize(a.Text)
			for n, t := range toks {
				if c := a.Text[t.Start]; n == 0 || toks[n-1].Key == "the" || toks[n-1].Key == "s" {
					if 'a' <= c && c <= 'z' {
						add(t.Key)
					}
				}
			}
		}
	}
	return ls
}()

// linkMask and linkMaskEnd have a bit per first (last) byte and length of
// the links: most words they rule out.
var linkMask, linkMaskEnd = func() (m, e [256]uint32) {
	for _, l := range links {
		m[l[0]] |= 1 << min(len(l), 31)
		e[l[len(l)-1]] |= 1 << min(len(l), 31)
	}
	return m, e
}()

// wordUnit is peelInto for the commonest chunks after a lone lower-case
// word: an ASCII word alone ("Ministry") or followed by one mark that
// peels off ("said,", "Army.", "(USA)" aside). Its key is the token's
// (Tokenize lower-cases ASCII words as setKeyAndCase does). It reports
// false, leaving *u zero, for any other chunk.
func wordUnit(u *unit, text string, chunk []gazetteer.Token) bool {
	w := text[chunk[0].Start:chunk[0].End]
	if !isASCIIWordByte(w[0]) {
		return false // a punctuation mark, or a word that is not ASCII
	}
	var trail byte
	switch len(chunk) {
	case 1:
	case 2:
		if chunk[1].End-chunk[1].Start != 1 {
			return false
		}
		switch trail = text[chunk[1].Start]; trail {
		case ',', ';', ':', ')', '!', '?':
		case '.':
			if isAbbrev(w) || isInitial(w) {
				return false // "Inc.", "J." keep their full stop
			}
		default:
			return false
		}
	default:
		return false
	}
	nUpper, nLower := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z':
			nLower++
		case 'A' <= c && c <= 'Z':
			nUpper++
		case c >= utf8.RuneSelf:
			return false
		}
	}
	u.Start, u.End, u.Text, u.Key = chunk[0].Start, chunk[0].End, w, w
	if nUpper > 0 {
		u.Key = chunk[0].Key
	}
	u.Cap = 'A' <= w[0] && w[0] <= 'Z'
	u.Upper = nLower == 0 && nUpper > 0
	u.Acr = u.Cap && len(w) <= 12 && nUpper >= 2 && nLower < nUpper
	if trail != 0 {
		u.HasTrail, u.TrailParen = true, trail == ')'
		u.TrailSent = trail == '.' || trail == '!' || trail == '?'
	}
	if (u.Cap || ('0' <= w[0] && w[0] <= '9')) && maybeInLexicon(u.Key) {
		u.Lex = lexTable.get(u.Key)
	}
	return true
}

// marked: the unit is a head or an acronym, the units findPatterns,
// acronymCands and bareHeads start from (a lone lower-case word is
// neither).
func marked(u *unit) bool { return u.Acr || isHead(u) }

// markUnits appends the indices of the marked units of us to marks.
func markUnits(us []unit, marks []int32) []int32 {
	for k := range us {
		if marked(&us[k]) {
			marks = append(marks, int32(k))
		}
	}
	return marks
}

// paragraphBreak: the white space text[from:to] between two chunks holds a
// newline that ends a paragraph or heading (see splitUnitsInto).
func paragraphBreak(text string, from, to int) bool {
	for i := from; i < to; i++ {
		if text[i] == '\n' && (strings.HasSuffix(text[:i], "  ") || strings.HasSuffix(text[:i], "\\") || blankLineAhead(text[i+1:])) {
			return true
		}
	}
	return false
}

// bareChunk returns the break and sentence state after a chunk that peels
// to nothing: a bare punctuation chunk ("—", "–", "/") ends any name, and a
// bullet ("-", "•") starts a new item like a sentence.
func bareChunk(chunk string, sent bool) (bool, bool) {
	if strings.ContainsAny(chunk, ".!?•*") || chunk == "-" || chunk == "–" {
		sent = true
	}
	return true, sent
}

// chain sets u's Break and SentStart from the state the units before it
// left, and returns the state u leaves.
func (u *unit) chain(brk, sent bool) (bool, bool) {
	u.Break = brk || u.LeadLen > 0
	u.SentStart = sent
	brk = u.HasTrail || u.Possessive
	sent = u.TrailSent
	if !sent && strings.HasSuffix(u.Text, ".") && !abbrevs[u.Key] && !strings.Contains(u.Text[:len(u.Text)-1], ".") {
		sent = true
	}
	return brk, sent
}

// isASCIIWordByte: an ASCII letter or digit, with which hasWord is true.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

// asciiSpace: the ASCII white space bytes (unicode.IsSpace below
// utf8.RuneSelf but for U+0085, which is not ASCII).
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\n': true, '\t': true, '\r': true, '\v': true, '\f': true}

// keyBuf holds the lower-case keys of a text's words, one after another.
// It has room for the whole text, and a key is never longer than its word,
// so it never grows: the strings handed out share its bytes and stay valid
// until the buffer is reused for another text.
type keyBuf struct{ b []byte }

// lower returns the ASCII lower case of w (strings.ToLower for ASCII).
func (k *keyBuf) lower(w string) string {
	n := len(k.b)
	if n+len(w) > cap(k.b) || len(w) == 0 {
		return strings.ToLower(w) // not reached for the words of the text
	}
	k.b = append(k.b, w...)
	b := k.b[n:]
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return unsafe.String(&b[0], len(b))
}

// blankLineAhead: only spaces before the next newline.
func blankLineAhead(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// peel strips punctuation from text[i:j]; ok is false if nothing is left.
func peel(text string, i, j int) (unit, bool) {
	var u unit
	ok := peelInto(&u, text, i, j, nil)
	return u, ok
}

// peelInto is peel into a zero unit *u; keys, if not nil, receives the
// lower-case key.
func peelInto(u *unit, text string, i, j int, keys *keyBuf) bool {
	s, e := i, j
	for s < e {
		if c := text[s]; c < utf8.RuneSelf {
			if !isLeadPunct[c] {
				break
			}
			s++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !strings.ContainsRune(leadPunct, r) {
			break
		}
		s += size
	}
	u.LeadLen = uint8(min(s-i, 255))
	u.LeadParen = strings.HasPrefix(text[i:s], "(")
	for s < e {
		// Most words end in a letter or digit: nothing to peel, unless an
		// "s" ends a possessive.
		if c := text[e-1]; c != 's' && isASCIIWordByte(c) {
			break
		}
		w := text[s:e]
		switch {
		case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			cut := 2
			if strings.HasSuffix(w, "’s") {
				cut = len("’s")
			}
			if hasWord(w[:len(w)-cut]) {
				e -= cut
				u.Possessive = true
				continue
			}
		case strings.HasSuffix(w, "."):
			pre := w[:len(w)-1]
			if isAbbrev(pre) || strings.Contains(pre, ".") || isInitial(pre) {
				// "U.S.", "Inc.", "J." keep their full stop.
			} else {
				e--
				continue
			}
		case strings.HasSuffix(w, ">") && strings.LastIndexByte(w, '<') > 0:
			// HTML left in Markdown: "Development</u>"
			e = s + strings.LastIndexByte(w, '<')
			continue
		case strings.HasSuffix(w, "]") && citation(w):
			// Wikipedia-style citation marks: "Society,[3]", "University.[1][2]"
			e = s + strings.LastIndexByte(w, '[')
			continue
		default:
			if c := w[len(w)-1]; c < utf8.RuneSelf {
				if isTrailPunct[c] {
					e--
					continue
				}
				break
			}
			r, size := utf8.DecodeLastRuneInString(w)
			if strings.ContainsRune(trailPunct, r) {
				e -= size
				continue
			}
		}
		break
	}
	if trail := text[e:j]; trail != "" && !u.Possessive {
		u.HasTrail = true
		u.TrailParen = strings.HasPrefix(trail, ")")
		u.TrailSent = sentPunct(trail)
	}
	if s >= e || !(isASCIIWordByte(text[s]) || hasWord(text[s:e])) {
		return false
	}
	u.Start, u.End, u.Text = s, e, text[s:e]
	u.setKeyAndCase(keys)
	// The lists matter only for capitalised words and ordinals ("5th"):
	// most words are neither, and skip the lookup.
	if (u.Cap || ('0' <= u.Text[0] && u.Text[0] <= '9')) && maybeInLexicon(u.Key) {
		u.Lex = lexTable.get(u.Key)
	}
	return true
}

// setKeyAndCase sets Key (strings.ToLower of Text without a final "."),
// Cap and Upper (capWord, upperWord). ASCII words take one pass, and their
// lower-case keys are written into keys when it is not nil.
func (u *unit) setKeyAndCase(keys *keyBuf) {
	t := u.Text
	core := strings.TrimSuffix(t, ".")
	nUpper, nLower, other := 0, 0, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case 'a' <= c && c <= 'z':
			nLower++
		case 'A' <= c && c <= 'Z':
			nUpper++
		case c >= utf8.RuneSelf:
			u.Key, u.Cap, u.Upper = strings.ToLower(core), capWord(t), upperWord(t)
			u.Acr = u.Cap && looksAcronym(t)
			return
		case !('0' <= c && c <= '9' || c == '-' || c == '&'):
			other = true
		}
	}
	u.Cap = 'A' <= t[0] && t[0] <= 'Z'
	u.Upper = nLower == 0 && nUpper > 0
	// looksAcronym for ASCII: its first letter is Cap.
	u.Acr = u.Cap && !other && len(t) <= 12 && nUpper >= 2 && nLower < nUpper
	switch {
	case nUpper == 0:
		u.Key = core
	case keys == nil:
		u.Key = strings.ToLower(core)
	default:
		u.Key = keys.lower(core)
	}
}

// lexTable answers lexicon[key] for the words of the text, which ask it
// often: open addressing on a hash of a few bytes is cheaper than the
// map's hashing of the whole key.
var lexTable = func() *flagTable {
	t := &flagTable{}
	n := 64
	for n < 4*len(lexicon) {
		n *= 2
	}
	t.keys, t.flags, t.mask = make([]string, n), make([]uint8, n), uint32(n-1)
	for w, f := range lexicon {
		h := flagHash(w) & t.mask
		for t.keys[h] != "" {
			h = (h + 1) & t.mask
		}
		t.keys[h], t.flags[h] = w, f
	}
	return t
}()

// flagTable maps non-empty words to flags; other words have none.
type flagTable struct {
	keys  []string // "" is a free slot
	flags []uint8
	mask  uint32
}

func (t *flagTable) get(w string) uint8 {
	for h := flagHash(w) & t.mask; ; h = (h + 1) & t.mask {
		switch t.keys[h] {
		case w:
			return t.flags[h]
		case "":
			return 0
		}
	}
}

// flagHash mixes a word's length and its first, middle and last bytes.
func flagHash(w string) uint32 {
	if w == "" {
		return 0
	}
	h := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)/2])<<16 | uint32(w[len(w)-1])<<24
	return (h * 0x9E3779B1) >> 7
}

// lexMask has, for each first byte of a lexicon word, a bit per length
// (bit 31 for 31 bytes or more): a word it rules out needs no map lookup.
var lexMask = func() (m [256]uint32) {
	for w := range lexicon {
		m[w[0]] |= 1 << min(len(w), 31)
	}
	return m
}()

// lexMaskEnd is lexMask for the last byte.
var lexMaskEnd = func() (m [256]uint32) {
	for w := range lexicon {
		m[w[len(w)-1]] |= 1 << min(len(w), 31)
	}
	return m
}()

func maybeInLexicon(key string) bool {
	if key == "" {
		return false
	}
	bit := uint32(1) << min(len(key), 31)
	return lexMask[key[0]]&bit != 0 && lexMaskEnd[key[len(key)-1]]&bit != 0
}

// isAbbrev is abbrevs[strings.ToLower(w)] for the words that may be one:
// abbrevs hold short words, and lower-casing cannot shrink a word to a
// third of its bytes, so longer ones are not looked up. ASCII words are
// lower-cased on the stack.
func isAbbrev(w string) bool {
	if len(w) > 12 {
		return false
	}
	var b [12]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return abbrevs[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return len(w) > 0 && abbrevMask[b[0]]&(1<<len(w)) != 0 && abbrevs[string(b[:len(w)])]
}

// abbrevMask is lexMask for abbrevs (whose words are short).
var abbrevMask = func() (m [256]uint32) {
	for w := range abbrevs {
		m[w[0]] |= 1 << min(len(w), 31)
	}
	return m
}()

// sentPunct: s holds ".", "!" or "?" (strings.ContainsAny(s, ".!?")).
func sentPunct(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '.' || c == '!' || c == '?' {
			return true
		}
	}
	return false
}

// citation: w ends in "[n]" with a short note label.
func citation(w string) bool {
	i := strings.LastIndexByte(w, '[')
	if i <= 0 || len(w)-i > 6 {
		return false
	}
	for _, r := range w[i+1 : len(w)-1] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// isCap: a capitalised word or an all-capitals acronym.
func (u *unit) isCap() bool { return u.Cap }

// particleName: a lower-case Arabic or French particle glued to a name
// ("al-Nusra", "d’Ivoire").
func (u *unit) particleName() bool {
	t := u.Text
	if len(t) < 3 || t[0] < 'a' || t[0] > 'z' {
		return false
	}
	for _, p := range particles {
		if strings.HasPrefix(t, p) {
			r, _ := utf8.DecodeRuneInString(t[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

var particles = []string{"al-", "el-", "ad-", "ash-", "as-", "at-", "an-", "ar-", "az-", "d'", "d’"}

// isOrdinal: "5th", "507th", "1st" begin military unit names.
func (u *unit) isOrdinal() bool {
	k := u.Key
	n := 0
	for n < len(k) && k[n] >= '0' && k[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	switch k[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}
