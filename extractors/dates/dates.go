package dates

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/gazetteer"
)

// Name is the extractor's name in records and in extractors/all.
const Name = "dates"

// Priority of date mentions: dates are written in closed forms, so the
// extractor's hits count as gazetteer-grade.
const Priority = 10

// Extractor finds dates, times, durations and sets and normalises them to
// TIMEX3 values.
var Extractor = &extractors.Extractor{
	Name: Name,
	Doc:  "finds dates, times, durations and sets and normalises them to TIMEX3 values",
	Run:  run,
}

func run(d *extractors.Doc) (*extractors.Result, error) {
	return &extractors.Result{Mentions: find(d.Text, d.RefDate, true, d.Words())}, nil
}

// Find returns the date mentions of text, with byte offsets, resolving
// relative expressions against ref ("YYYY-MM-DD", or "" for none).
func Find(text, ref string) []extractors.Mention { return find(text, ref, true, nil) }

// find is Find with the final value check optional, so that the fuzz test
// can see any malformed value the patterns produce, and with the document's
// shared gazetteer tokens of text when known (nil: none), from which most
// tokens are made without scanning the text again (tokenizeWords).
func find(text, ref string, check bool, words []gazetteer.Token) []extractors.Mention {
	s := scratchPool.Get().(*scratch)
	var toks []tok
	if words != nil {
		toks, s.low = tokenizeWords(s.toks[:0], s.low, text, words)
	} else {
		toks, s.low = tokenizeInto(s.toks[:0], s.low, text)
	}
	p := parser{t: toks, a: parseAnchor(ref)}
	out := s.ms[:0]
	defer func() {
		// The tokens and mentions go back to the pool for the next
		// document: a fresh token slice per document is a large, zeroed
		// allocation (about 11 bytes per byte of text) that the collector
		// must then reclaim. Mentions keep no reference to them. The
		// tokens are not cleared here (that would write every token
		// again): the next document overwrites them, and clears only
		// those beyond its own (s.used), so the pooled slice refers to
		// one document's words at most.
		if s.used > len(p.t) {
			clear(p.t[len(p.t):s.used])
		}
		s.used = len(p.t)
		clear(out)
		s.toks, s.ms = p.t[:0], out[:0]
		scratchPool.Put(s)
	}()
	emit := func(h hit) {
		if h.val == "" { // a blocked span: consumed, not a date
			return
		}
		if check && Validate(h.val, h.typ, h.mod) != nil {
			// Arithmetic far from the reference (year 0, year 10000) can
			// leave the value grammar; such values are dropped, not written.
			return
		}
		out = append(out, extractors.Mention{
			Start: int(p.t[h.start].s), End: int(p.t[h.end-1].e), Type: "date",
			Value: h.val, TimexType: h.typ, Mod: h.mod, Priority: Priority,
		})
	}
	for i := 0; i < len(p.t); {
		if t := &p.t[i]; t.k == kWord && t.c&cTrigger == 0 || t.k == kPunct && t.w != "'" {
			i++ // most tokens: no pattern starts here (best would say so, at more cost)
			continue
		}
		h, ok := p.best(i)
		if !ok {
			i++
			continue
		}
		emit(h)
		if h.typ == "DATE" && len(h.val) >= 4 && isDigits(h.val[:4]) && h.mod == "" && !h.noAnchor {
			p.last = h.val
		}
		i = h.end
		for _, x := range h.extra {
			emit(x)
			i = max(i, x.end)
		}
	}
	if len(out) == 0 {
		return nil
	}
	// The caller keeps an exact copy; the pooled slice collects the next
	// document's mentions.
	ms := make([]extractors.Mention, len(out))
	copy(ms, out)
	sortMentions(ms)
	attachClockToDay(text, p.a, ms)
	return ms
}

// attachClockToDay dates a clock time by the day named just before it ("on
// Monday at 5:01 p.m.", "September 3, 2024, at noon"): the clock parser
// only sees a day named after the time, and otherwise takes the reference.
func attachClockToDay(text string, a anchor, ms []extractors.Mention) {
	today := a.today()
	for i := 1; i < len(ms); i++ {
		t, d := &ms[i], ms[i-1]
		if t.TimexType != "TIME" || !strings.HasPrefix(t.Value, today+"T") ||
			d.TimexType != "DATE" || len(d.Value) != len("2006-01-02") || d.Value == today || d.Mod != "" {
			continue
		}
		switch strings.TrimSpace(text[d.End:t.Start]) {
		case "at", ", at", ",", "at about", "at around", "around", "from", "by":
			t.Value = d.Value + strings.TrimPrefix(t.Value, today)
		}
	}
}

func sortMentions(ms []extractors.Mention) {
	// Hits come out in text order except range end points, which are
	// appended before their partner; a simple insertion sort fixes that.
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

type kind uint8

const (
	kWord  kind = iota // letters only
	kNum               // digits only
	kNumX              // digits with inner , . : or /  ("2,021", "5:01", "9/25/2024")
	kAlnum             // letters and digits ("1990s", "25th", "FY2025", "Q3")
	kPunct             // one other character
)

type tok struct {
	s, e int32  // byte offsets (32 bits keep a token at 32 bytes; texts are far smaller than 2 GB)
	w    string // lower-cased text; dashes folded to "-", quotes to "'"
	k    kind
	sp   bool  // preceded by white space (or at the start)
	up   bool  // starts with an upper-case letter
	c    uint8 // word class of a kWord token (cTrigger, cWeak, ...), set once by the tokenizer
	n    int32 // value of a kNum token of at most 9 digits, else -1
}

// tokenize splits text into words, numbers and single punctuation marks. It
// is deliberately simpler than the pipeline's tokenizer: date patterns need
// offsets and adjacency, not linguistic tokens, and this costs far less.
// scratch holds what find reuses across documents.
type scratch struct {
	toks []tok
	used int // tokens of toks[:cap] that the last document wrote (not cleared)
	ms   []extractors.Mention
	// low is the current arena of lower-cased words (see lowerInto): its
	// bytes up to len back strings of earlier documents and are never
	// written again.
	low []byte
}

var scratchPool = sync.Pool{New: func() any { return &scratch{toks: make([]tok, 0, 4096)} }}

// tokenizeInto is tokenize appending to toks, lowering capitalised words
// into the arena low.
func tokenizeInto(toks []tok, low []byte, text string) ([]tok, []byte) {
	sp := true
	for i := 0; i < len(text); {
		c := text[i]
		size := 1
		if c < utf8.RuneSelf {
			f := charFlags[c]
			if f&fSpace != 0 {
				sp = true
				i++
				continue
			}
			if f&(fLetter|fDigit) == 0 {
				w := text[i : i+1]
				if c == '`' {
					w = "'"
				}
				toks = append(toks, tok{s: int32(i), e: int32(i + 1), w: w, k: kPunct, sp: sp, n: -1})
				i++
				sp = false
				continue
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				sp = true
				i += size
				continue
			}
			if !unicode.IsLetter(r) {
				w := text[i : i+size]
				switch r {
				case '–', '—', '‐', '‑', '−':
					w = "-"
				case '’', '‘':
					w = "'"
				}
				toks = append(toks, tok{s: int32(i), e: int32(i + size), w: w, k: kPunct, sp: sp, n: -1})
				i += size
				sp = false
				continue
			}
		}
		// A word or number: ASCII letters and digits, other letters, and
		// , . : / between digits of a number with no letters.
		j := i
		var acc uint8 // flags of the word's ASCII letters and digits
		inner, ascii := false, true
		for j < len(text) {
			c := text[j]
			f := charFlags[c]
			if f&(fLetter|fDigit) != 0 {
				acc |= f
				j++
				continue
			}
			if c >= utf8.RuneSelf {
				r, cs := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				acc |= fLetter
				ascii = false
				j += cs
				continue
			}
			if f&fSep != 0 && acc&(fLetter|fDigit) == fDigit && j+1 < len(text) && charFlags[text[j+1]]&fDigit != 0 {
				inner = true
				j++
				continue
			}
			break
		}
		t := tok{s: int32(i), e: int32(j), sp: sp, n: -1}
		w := text[i:j]
		letters, digits := acc&fLetter != 0, acc&fDigit != 0
		switch {
		case letters && digits:
			t.k = kAlnum
		case letters:
			t.k = kWord
		case inner:
			t.k = kNumX
		default:
			t.k = kNum
			if len(w) <= 9 {
				n := 0
				for k := 0; k < len(w); k++ {
					n = n*10 + int(w[k]-'0')
				}
				t.n = int32(n)
			}
		}
		if letters {
			if c < utf8.RuneSelf {
				t.up = charFlags[c]&fUpper != 0
			} else {
				t.up = unicode.IsUpper(firstRune(w))
			}
			switch {
			case !ascii:
				w = strings.ToLower(w)
				if !digits {
					t.c = classOf(w)
				}
			case acc&fUpper != 0:
				// The signature folds case: most capitalised words are
				// no class word and need no look-up, only lowering.
				if !digits && classMaybe(w) {
					w, low = lowerInto(low, w)
					t.c = classOf(w)
				} else {
					w, low = lowerInto(low, w)
				}
			case !digits && classMaybe(w):
				t.c = classOf(w)
			}
		}
		t.w = w
		toks = append(toks, t)
		i = j
		sp = false
	}
	return toks, low
}

// tokenizeWords is tokenizeInto given the gazetteer tokens of text (words
// and single marks, separated by white space only). A chunk is a run of
// those tokens with no space between them; no token of ours crosses a space,
// so ours are those of each chunk on its own, the first one preceded by
// white space. Most chunks are words of ASCII letters with marks around
// them ("said," "(Reuters)"), whose tokens are the gazetteer's, with the
// gazetteer's lower-case key; the others (numbers, non-ASCII words, whose
// rules differ) are tokenized from their text.
func tokenizeWords(toks []tok, low []byte, text string, words []gazetteer.Token) ([]tok, []byte) {
	// One pass: each plain token is appended as it comes; at the first
	// token that is not plain, the tokens of its chunk made so far are
	// dropped and the whole chunk is tokenized from its text. (Most chunks
	// are plain: this spares a second walk over their tokens.)
	chunk := 0 // index in words of the first token of the current chunk
	for k := 0; k < len(words); k++ {
		g := &words[k]
		sp := k == 0 || g.Start > words[k-1].End
		if sp {
			chunk = k
		}
		c := text[g.Start]
		if c < utf8.RuneSelf && charFlags[c]&fLetter != 0 {
			if asciiLetters(text[g.Start+1 : g.End]) {
				t := tok{s: int32(g.Start), e: int32(g.End), w: g.Key, k: kWord, sp: sp, up: charFlags[c]&fUpper != 0, n: -1}
				// The signature folds case, so the text's bytes, just
				// read, stand for the key's, which a capitalised word
				// keeps elsewhere in memory.
				if classMaybe(text[g.Start:g.End]) {
					t.c = classOf(t.w)
				}
				toks = append(toks, t)
				continue
			}
		} else if plainWord(text, g) {
			toks = append(toks, tok{s: int32(g.Start), e: int32(g.End), w: punctWord(text[g.Start:g.End]), k: kPunct, sp: sp, n: -1})
			continue
		}
		// Not plain: the chunk is words[chunk:m].
		toks = toks[:len(toks)-(k-chunk)]
		m := k + 1
		for m < len(words) && words[m].Start == words[m-1].End {
			m++
		}
		a, b := words[chunk].Start, words[m-1].End
		n := len(toks)
		toks, low = tokenizeInto(toks, low, text[a:b])
		for i := n; i < len(toks); i++ {
			toks[i].s += int32(a)
			toks[i].e += int32(a)
		}
		k = m - 1
	}
	return toks, low
}

// asciiLetters reports whether s is ASCII letters only.
func asciiLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if charFlags[s[i]]&fLetter == 0 {
			return false
		}
	}
	return true
}

// plainWord reports a gazetteer token that is a mark, or a word of ASCII
// letters only: one that is a token of ours as it is.
func plainWord(text string, g *gazetteer.Token) bool {
	c := text[g.Start]
	if c >= utf8.RuneSelf {
		// A mark (not a letter, digit or combining mark) is one rune.
		r, _ := utf8.DecodeRuneInString(text[g.Start:])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	}
	if charFlags[c]&fLetter == 0 {
		return charFlags[c]&fDigit == 0 // an ASCII mark
	}
	for i := g.Start + 1; i < g.End; i++ {
		if charFlags[text[i]]&fLetter == 0 {
			return false
		}
	}
	return true
}

// punctWord is the word of a mark token: dashes fold to "-", quotes to "'".
func punctWord(w string) string {
	switch w {
	case "`", "’", "‘":
		return "'"
	case "–", "—", "‐", "‑", "−":
		return "-"
	}
	return w
}

// ASCII character flags for the tokenizer; bytes from utf8.RuneSelf on
// have none.
const (
	fLetter uint8 = 1 << iota // a-z, A-Z
	fDigit                    // 0-9
	fUpper                    // A-Z
	fSpace                    // ASCII white space
	fSep                      // , . : / (inside numbers: "2,021", "5:01", "9/25/2024")
)

var charFlags = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = fLetter
		case c >= 'A' && c <= 'Z':
			t[c] = fLetter | fUpper
		case c >= '0' && c <= '9':
			t[c] = fDigit
		case unicode.IsSpace(rune(c)):
			t[c] = fSpace
		case c == ',' || c == '.' || c == ':' || c == '/':
			t[c] = fSep
		}
	}
	return t
}()

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lowerInto lower-cases an ASCII word with capitals into arena, a buffer
// for several documents instead of one allocation per word. Bytes of the
// arena are never written again once a string is made of them: a full
// arena is replaced, not grown, so those strings stay valid.
func lowerInto(arena []byte, s string) (string, []byte) {
	if cap(arena)-len(arena) < len(s) {
		// The arena outlives the document (it is pooled with the
		// tokens): a new one serves several documents.
		arena = make([]byte, 0, max(8192, 16*len(s)))
	}
	n := len(arena)
	arena = arena[:n+len(s)]
	b := arena[n:len(arena):len(arena)]
	for i := range b {
		c := s[i]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(&b[0], len(b)), arena
}

// Word classes, looked up once per word by the tokenizer.
const (
	cTrigger    uint8 = 1 << iota // a word at which a pattern can start (triggers)
	cWeak                         // a common trigger that needs a date word close behind (weakTriggers)
	cAhead                        // a date word only the matchers know (aheadWords)
	cNeedsAhead                   // a trigger whose patterns all have a date word within the next four tokens ("this", "that")
	cCapOnly                      // a trigger only as the first word of a capitalised named day ("New", "Good", "Labor")
	cNumWord                      // a number word (smallNums, tens, ordinals)
	cDir                          // a direction word (dirWords)
	cLex                          // a key of a table the matchers look words up in often (lexTables)
)

// wordClass holds the class of every word in triggers, weakTriggers and
// aheadWords. classOf finds a word through classTable, indexed by a cheap
// signature (length, first and last byte): most words land on an empty
// slot and are ruled out without hashing; the rest compare against the
// few words of their slot.
var (
	wordClass  = map[string]uint8{}
	classTable [1 << 14]uint16 // signature -> 1 + index of the slot's first entry, 0 for none
	classBits  [1 << 8]uint64  // signatures in use, a bit each (2 KB: stays in the nearest cache)
	classWords []classEntry
)

type classEntry struct {
	w    string
	c    uint8
	next uint16 // 1 + index of the next entry with the same signature, 0 for none
}

func init() {
	for w := range triggers {
		wordClass[w] |= cTrigger
	}
	for w := range weakTriggers {
		wordClass[w] |= cWeak
	}
	for w := range aheadWords {
		wordClass[w] |= cAhead
	}
	// "this year", "that day", "this coming Sunday": the unit, weekday,
	// month, season or named day after them is itself a trigger or an
	// ahead word, so dateWordAhead finds it.
	wordClass["this"] |= cNeedsAhead
	wordClass["that"] |= cNeedsAhead
	// Holiday words start a pattern only in mHoliday, which wants them
	// capitalised; lower-case "new" and "good" start nothing.
	for _, h := range holidays {
		if w := h.words[0]; !otherTrigger[w] {
			wordClass[w] |= cCapOnly
		}
	}
	for _, tab := range []map[string]int{smallNums, tens, ordinals} {
		for w := range tab {
			wordClass[w] |= cNumWord
		}
	}
	for w := range dirWords {
		wordClass[w] |= cDir
	}
	for _, keys := range lexTables {
		for _, w := range keys {
			wordClass[w] |= cLex
		}
	}
	for w, c := range wordClass {
		k := classSig(w)
		classWords = append(classWords, classEntry{w: w, c: c, next: classTable[k]})
		classTable[k] = uint16(len(classWords))
		classBits[k>>6] |= 1 << (k & 63)
	}
}

// lexTables are the keys of the word tables that the matchers look up for
// words next to most triggers; p.lex rules out other words before a map
// lookup. Keys are letters only, as the tokenizer's words are.
var lexTables = [][]string{
	keysOf(durQual), keysOf(partsOfDay), keysOf(vagueCount), keysOf(units), keysOf(seasons),
	keysOf(setAdverbs),
}

func keysOf[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func classSig(w string) uint {
	return uint(len(w)&15)<<10 | uint(w[0]&31)<<5 | uint(w[len(w)-1]&31)
}

// classMaybe reports whether an ASCII word, in any case, may have a class:
// whether a word of the table has its signature, which folds case.
func classMaybe(w string) bool {
	k := classSig(w)
	return classBits[k>>6]&(1<<(k&63)) != 0
}

// classOf returns the class of a lower-case word (0 for most words).
func classOf(w string) uint8 {
	for e := classTable[classSig(w)]; e != 0; {
		x := &classWords[e-1]
		if x.w == w {
			return x.c
		}
		e = x.next
	}
	return 0
}
