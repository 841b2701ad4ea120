package dates

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/polexhq/polex/extractors"
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
	return &extractors.Result{Mentions: Find(d.Text, d.RefDate)}, nil
}

// Find returns the date mentions of text, with byte offsets, resolving
// relative expressions against ref ("YYYY-MM-DD", or "" for none).
func Find(text, ref string) []extractors.Mention { return find(text, ref, true) }

// find is Find with the final value check optional, so that the fuzz test
// can see any malformed value the patterns produce.
func find(text, ref string, check bool) []extractors.Mention {
	buf := tokPool.Get().(*[]tok)
	p := parser{t: tokenizeInto((*buf)[:0], text), a: parseAnchor(ref)}
	defer func() {
		// The tokens go back to the pool for the next document: a fresh
		// slice per document is a large, zeroed allocation (about 11
		// bytes per byte of text) that the collector must then reclaim.
		// Mentions keep no reference to them; clearing drops the pooled
		// slice's references to this document's words.
		clear(p.t)
		*buf = p.t[:0]
		tokPool.Put(buf)
	}()
	out := make([]extractors.Mention, 0, len(p.t)/96+2) // about one mention per 90 tokens in news and statements
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
	sortMentions(out)
	attachClockToDay(text, p.a, out)
	return out
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
// tokPool holds token slices for reuse across documents.
var tokPool = sync.Pool{New: func() any { s := make([]tok, 0, 4096); return &s }}

// tokenizeInto is tokenize appending to toks.
func tokenizeInto(toks []tok, text string) []tok {
	sp := true
	var low []byte // lower-cased copies of capitalised words, see lowerInto
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		var cl uint8
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				cl = aSpace
			case unicode.IsLetter(r):
				cl = aLetter
			}
		} else {
			cl = asciiClass[r]
		}
		switch cl {
		case aSpace:
			sp = true
			i += size
			continue
		case aLetter, aDigit:
			j := i
			letters, digits := false, false
			inner := false
			upper, ascii := false, true // any A-Z; no byte above ASCII
			for j < len(text) {
				c := text[j]
				switch asciiClass[c] {
				case aLetter:
					letters = true
					upper = upper || c <= 'Z'
					j++
					continue
				case aDigit:
					digits = true
					j++
					continue
				}
				if c >= utf8.RuneSelf {
					r, cs := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r) {
						break
					}
					letters, ascii = true, false
					j += cs
					continue
				}
				if (c == ',' || c == '.' || c == ':' || c == '/') && !letters && digits &&
					j+1 < len(text) && isDigit(rune(text[j+1])) {
					inner = true
					j++
					continue
				}
				break
			}
			t := tok{s: int32(i), e: int32(j), sp: sp, n: -1}
			w := text[i:j]
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
				if w[0] < utf8.RuneSelf {
					t.up = w[0] >= 'A' && w[0] <= 'Z'
				} else {
					t.up = unicode.IsUpper(firstRune(w))
				}
				w, low = lowerInto(low, w, ascii, upper)
				if !digits {
					t.c = classOf(w)
				}
			}
			t.w = w
			toks = append(toks, t)
			i = j
		default:
			w := text[i : i+size]
			switch r {
			case '–', '—', '‐', '‑', '−':
				w = "-"
			case '’', '‘', '`':
				w = "'"
			}
			toks = append(toks, tok{s: int32(i), e: int32(i + size), w: w, k: kPunct, sp: sp, n: -1})
			i += size
		}
		sp = false
	}
	return toks
}

// ASCII character classes for the tokenizer.
const (
	aOther uint8 = iota
	aSpace
	aLetter
	aDigit
)

var asciiClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			t[c] = aLetter
		case c >= '0' && c <= '9':
			t[c] = aDigit
		case unicode.IsSpace(rune(c)):
			t[c] = aSpace
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

// lowerInto lower-cases a word, returning it unchanged when it already is
// lower case, which most words are. ASCII words with capitals are lowered
// into arena, a few buffers per document instead of one allocation per
// word. Bytes of the arena are never written again once a string is made
// of them: a full arena is replaced, not grown (append never has to move
// it), so those strings stay valid. Other words go through strings.ToLower;
// the tokenizer says whether the word is all ASCII and has capitals.
func lowerInto(arena []byte, s string, ascii, upper bool) (string, []byte) {
	if !ascii {
		return strings.ToLower(s), arena
	}
	if !upper {
		return s, arena
	}
	if cap(arena)-len(arena) < len(s) {
		// Start small (most documents lower a few hundred bytes) and
		// double: a fixed 4 KB per document was most of the package's
		// allocation.
		arena = make([]byte, 0, max(256, 2*cap(arena), 16*len(s)))
	}
	n := len(arena)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		arena = append(arena, c)
	}
	b := arena[n:len(arena):len(arena)]
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
)

// wordClass holds the class of every word in triggers, weakTriggers and
// aheadWords. classOf finds a word through classTable, indexed by a cheap
// signature (length, first and last byte): most words land on an empty
// slot and are ruled out without hashing; the rest compare against the
// few words of their slot.
var (
	wordClass  = map[string]uint8{}
	classTable [1 << 14]uint16 // signature -> 1 + index of the slot's first entry, 0 for none
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
	for w, c := range wordClass {
		k := classSig(w)
		classWords = append(classWords, classEntry{w: w, c: c, next: classTable[k]})
		classTable[k] = uint16(len(classWords))
	}
}

func classSig(w string) uint {
	return uint(len(w)&15)<<10 | uint(w[0]&31)<<5 | uint(w[len(w)-1]&31)
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
