package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
)

var hedgeWords = set("may", "might", "could", "likely", "unlikely", "possibly", "perhaps",
	"reportedly", "allegedly", "apparently", "probably", "presumably", "seemingly", "potentially",
	"purportedly", "supposedly")

// hedgeVerbs are hedges when "to" follows: "is expected to", "appears to".
var hedgeVerbs = set("expected", "appears", "appear", "appeared", "seems", "seem", "seemed")

var negWords = set("not", "n't", "never", "no", "neither", "nor", "cannot", "none", "nobody", "nothing")

var condWords = set("if", "unless", "provided", "assuming", "whether")

// monthMay reports whether word k is the month May of a date ("on 2 May
// 2025", "May 12"): capitalised, beside a number.
func (s *sent) monthMay(k int) bool {
	ws := s.ws
	return ws[k].low == "may" && ws[k].isCap() && (k > 0 && ws[k-1].hasDigit() || k+1 < len(ws) && ws[k+1].hasDigit())
}

// flags reads hedging, negation and condition in the words of [a, b).
func (s *sent) flags(a, b int) (hedged, negated, cond bool) {
	ws := s.ws
	// the words are in order: from the first starting at a or after it to
	// the last ending by b
	k0 := sort.Search(len(ws), func(m int) bool { return ws[m].start >= a }) // no word copied
	for k := k0; k < len(ws) && ws[k].start < b; k++ {
		w := &ws[k]
		if w.end > b || w.punct {
			continue
		}
		if w.cls&(cHedge|cHedgeVerb|cNeg|cCond) == 0 && w.low != "were" && w.low != "in" {
			continue // no case below holds
		}
		next := ""
		if k+1 < len(ws) {
			next = ws[k+1].low
		}
		switch {
		case w.is(cHedge) && !s.monthMay(k):
			hedged = true
		case w.is(cHedgeVerb) && next == "to":
			hedged = true
		case w.is(cNeg):
			negated = true
		case w.is(cCond) && w.low != "whether":
			cond = true
		case w.low == "were" && next == "to":
			cond = true
		case w.low == "in" && next == "the" && k+2 < len(ws) && ws[k+2].low == "event":
			cond = true
		}
	}
	return hedged, negated, cond
}

// negatedBetween reports a negation in [a, b) ("did not say").
func (s *sent) negatedBetween(a, b int) bool {
	for _, w := range s.ws {
		if w.start >= a && w.end <= b && w.is(cNeg) {
			return true
		}
	}
	return false
}

// clauseBeforeCommitment returns an author claim for the independent
// clause before a first-person commitment ("X endangers Y, and we must
// ..."), when that clause is a statement of fact of its own.
func (s *sent) clauseBeforeCommitment(c extractors.Claim) (extractors.Claim, bool) {
	if c.Kind != "commitment" || c.Cue == nil || c.Speaker.End == 0 {
		return extractors.Claim{}, false
	}
	k := 0
	for k < len(s.ws) && s.ws[k].start < c.Speaker.Start {
		k++
	}
	if k < 8 || !s.clauseBreak(k-3, k) {
		return extractors.Claim{}, false
	}
	cut := k - 1
	for cut > 0 && (s.ws[cut].low == "and" || s.ws[cut].low == "but" || s.ws[cut].punct) {
		cut--
	}
	sub := &sent{a: s.a, ws: s.ws[:cut+1], start: s.start, end: s.ws[cut].end, clause: true}
	return sub.authorClaim()
}

// greetings open sentences that are not statements of fact.
var greetings = set("thank", "thanks", "good", "hello", "hi", "welcome", "congratulations",
	"please", "let", "god", "happy", "ladies", "folks", "okay", "ok", "yes", "well", "oh",
	"wow", "imagine", "look", "listen", "remember", "join", "dear", "sincerely", "cheers",
	"applause", "laughter")

// opinionWords mark prescriptions, feelings and evaluations rather than facts.
var opinionWords = set("should", "must", "ought", "hope", "hopes", "wish", "proud", "honored",
	"honoured", "grateful", "thank", "thanks", "love", "believe", "think", "feel", "incredible",
	"amazing", "wonderful", "terrible", "worst", "sad", "happy", "honor", "honour", "tribute",
	"commemorate", "remember",
	"pray", "prayers", "bless", "congratulate", "question", "whether", "imagine", "deserve",
	"deserves")

// procedural phrases run a briefing or an event.
var procedural = []string{"joined by", "joining us", "joining me", "with us today", "with me today",
	"take questions", "take a few questions", "take your questions", "turn it over", "hand it over",
	"turn it back", "over to you", "without further ado", "let me start", "i'll start", "i want to start",
	"refer you", "few questions", "in witness whereof", "hereunto set my hand", "want to update",
	"want to quickly", "embargoed", "on background", "purpose of this call", "purpose of this briefing",
	"speakers today", "turn to questions", "open it up", "more to say", "leave it to", "just a reminder",
	"for your awareness", "answer questions"}

// procFilter has a bit set for the first four bytes of each procedural
// phrase, ASCII capitals folded (see procHash), and procByPair groups the
// phrases by their first two bytes, each folded to five bits: the group is
// procGroups[procByPair[key]-1], 0 for none. Both are small enough to stay
// in cache; the phrases are checked in full.
var procFilter [1 << procBits / 64]uint64
var procByPair [1 << 10]uint8
var procGroups [][]string

const procBits = 12

// procHash hashes four bytes x (little-endian) of a text with the case bit
// of each set: 'A' and 'a' alike (and some marks with others, which only
// costs a check).
func procHash(x uint32) uint {
	return uint((uint64(x|0x20202020) * 0x9E3779B97F4A7C15) >> (64 - procBits))
}

func procKey(b0, b1 byte) uint16 { return uint16(b0&31)<<5 | uint16(b1&31) }

func init() {
	for _, p := range procedural {
		h := procHash(uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24)
		procFilter[h/64] |= 1 << (h % 64)
		k := procKey(p[0], p[1])
		if procByPair[k] == 0 {
			procGroups = append(procGroups, nil)
			procByPair[k] = uint8(len(procGroups))
		}
		procGroups[procByPair[k]-1] = append(procGroups[procByPair[k]-1], p)
	}
}

// hasProcedural reports whether low contains one of the procedural phrases,
// ASCII capitals folded (a lowered text or one as written): one pass over
// low instead of a search per phrase.
func hasProcedural[T string | []byte](low T) bool {
	if len(low) < 4 {
		return false // every phrase is longer
	}
	x := uint32(low[0])<<8 | uint32(low[1])<<16 | uint32(low[2])<<24
	for i := 0; i+3 < len(low); i++ {
		x = x>>8 | uint32(low[i+3])<<24 // low[i:i+4]
		g := procByPair[procKey(low[i], low[i+1])]
		if g == 0 {
			continue
		}
		if h := procHash(x); procFilter[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for _, p := range procGroups[g-1] {
			if len(low)-i >= len(p) && foldedEqual(low[i:i+len(p)], p) {
				return true
			}
		}
	}
	return false
}

// foldedEqual reports whether t with its ASCII capitals lowered is p.
func foldedEqual[T string | []byte](t T, p string) bool {
	for k := 0; k < len(p); k++ {
		if lowerByte[t[k]] != p[k] {
			return false
		}
	}
	return true
}

// curlyProcedural reports a procedural phrase with an apostrophe written
// curly ("I’ll start"), which lower straightens.
func curlyProcedural(t string) bool {
	for off := 0; ; {
		k := strings.Index(t[off:], "’")
		if k < 0 {
			return false
		}
		k += off
		// "i'll start" is the one phrase with an apostrophe
		if k > 0 && lowerByte[t[k-1]] == 'i' && len(t)-k-len("’") >= len("ll start") &&
			foldedEqual(t[k+len("’"):k+len("’")+len("ll start")], "ll start") {
			return true
		}
		off = k + len("’")
	}
}

// appendLower appends lower(t) to b without allocating a string.
func appendLower(b []byte, t string) []byte {
	for _, r := range t { // as strings.Map reads it: an invalid byte is RuneError
		switch {
		case r < utf8.RuneSelf:
			b = append(b, lowerByte[r])
		case r == '’':
			b = append(b, '\'')
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// imperatives open requests to the reader or the audience.
var imperatives = set("think", "imagine", "consider", "look", "remember", "let", "note", "see",
	"read", "learn", "visit", "click", "watch", "check", "find", "call", "contact", "join", "take",
	"make", "go", "get", "keep", "don't", "do")

var numberWords = set("percent", "million", "billion", "trillion", "thousand", "hundred",
	"dozen", "dozens", "hundreds", "thousands", "millions", "billions", "half", "twice",
	"double", "tripled", "doubled", "first", "second", "third", "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty")

// authorClaim reports the sentence as a claim in the text's own voice when
// it is a check-worthy statement of fact: declarative, long enough, naming an
// entity, a date or a number, and neither a greeting, a question nor an
// opinion.
func (s *sent) authorClaim() (extractors.Claim, bool) {
	ws := s.ws
	t := trimClosers(s.a.text[s.start:s.end], &authorClosers)
	if !s.clause && (!strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ";") || strings.HasSuffix(t, "...")) {
		return extractors.Claim{}, false
	}
	if strings.IndexByte(t, '?') >= 0 || strings.IndexByte(t, '!') >= 0 {
		return extractors.Claim{}, false
	}
	n := 0
	for k := range ws {
		if !ws[k].punct {
			n++
		}
	}
	first := &ws[0]
	if (first.low == "and" || first.low == "but" || first.low == "so") && len(ws) > 1 {
		first = &ws[1]
	}
	if first.low == "if" || first.low == "unless" || first.is(cImperative) {
		return extractors.Claim{}, false // a supposition or a request, not a statement of fact
	}
	if len(ws) > 3 && (ws[1].low == "'s" || ws[1].low == "is") && ws[2].low == "about" {
		return extractors.Claim{}, false // "It's about ...": a framing, not a fact
	}
	if n < 6 || ws[0].is(cGreeting) || ws[0].punct && ws[0].low != "“" && ws[0].low != "\"" {
		return extractors.Claim{}, false
	}
	// A sentence in quotation marks with no attribution is someone's words,
	// not the text's voice.
	if isQuote(ws[0].low) {
		return extractors.Claim{}, false
	}
	signals := 0
	numbers := false
	for k := range ws {
		w := &ws[k]
		if w.punct {
			if w.low == "$" || w.low == "%" {
				numbers = true
			}
			continue
		}
		if w.is(cOpinion) && !w.isCap() {
			// "X endangers Y, and we must ...": keep the clause before
			// the opinion when it is a statement of its own
			cut := -1
			for q := k - 1; q >= 6; q-- {
				if ws[q].low == ";" || ws[q].low == "," && q+1 < k && (ws[q+1].low == "and" || ws[q+1].low == "but") {
					cut = q
					break
				}
			}
			if cut < 0 {
				return extractors.Claim{}, false
			}
			ws = ws[:cut]
			break
		}
		if w.hasDigit() || w.is(cNumber) {
			numbers = true
		}
	}
	if ws[0].low == "i" || ws[0].low == "you" {
		// first-person and second-person asides in speeches
		if !numbers {
			return extractors.Claim{}, false
		}
	}
	e := s.contentEnd()
	if len(ws) < len(s.ws) {
		e = ws[len(ws)-1].end
	}
	for k := s.a.mentionsFrom(s.start); k < len(s.a.ments) && s.a.ments[k].Start < e; k++ {
		m := &s.a.ments[k]
		if m.End > e {
			continue
		}
		switch {
		case m.Type == "date" && strings.HasSuffix(m.Value, "_REF"):
		case m.Type == "date":
			signals++
			numbers = true
		default:
			signals++
		}
	}
	if numbers {
		signals++
	}
	if signals == 0 {
		return extractors.Claim{}, false
	}
	if s.a.spoken && !numbers && signals < 2 {
		// In speech, a lone name next to "I" or "you" is rarely a
		// checkable fact.
		for _, w := range ws {
			switch w.low {
			case "i", "you", "my", "your", "me":
				return extractors.Claim{}, false
			}
		}
	}
	// tested last, as few sentences get this far
	if s.a.procedural(s.start, s.start+len(t)) { // t is the sentence's start
		return extractors.Claim{}, false // running a briefing, not stating a fact
	}
	conf := confAuthor + 0.05*float64(min(signals, 4))
	hedged, negated, cond := s.flags(ws[0].start, e)
	return extractors.Claim{
		Start: ws[0].start, End: e,
		Speaker:     extractors.Speaker{Role: "author"},
		Kind:        "assertion",
		Hedged:      hedged,
		Negated:     negated,
		Conditional: cond,
		Confidence:  round2(conf),
	}, true
}
