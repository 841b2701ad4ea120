package dates

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// thousandsRE matches a number with thousands separators ("1,000").
var thousandsRE = regexp.MustCompile(`^[1-9][0-9]{0,2}(?:,[0-9]{3})+$`)

// hit is one match over tokens [start, end). A hit with an empty val blocks
// its tokens: they look like a date but are not one ("February 30, 2024").
type hit struct {
	start, end    int
	val, typ, mod string
	extra         []hit // further mentions found by the same pattern (range ends)
	noAnchor      bool  // the value is relative to another date: not an anchor for "that year"
}

type parser struct {
	t []tok
	a anchor
	// last is the latest calendar value found in the text, the anchor of
	// anaphoric "that year", "later that day", "the same month".
	last string
	// nested is set while a wrapping pattern (mEdge) looks for the date it
	// wraps; wrappers do not nest, which keeps the scan linear.
	nested bool
}

type matcher func(p *parser, i int) (hit, bool)

// matchers are tried at every token; the longest match wins, and on equal
// length the earlier matcher. nonWordMatchers are those of them that can
// start at a number or a mark: the others start only at certain words.
var matchers, nonWordMatchers []matcher

// init fills matchers: a plain initialiser would be a cycle, because mEdge
// calls best, which reads matchers.
func init() {
	matchers = []matcher{
		(*parser).mRelative,
		(*parser).mDateAbs,
		(*parser).mYear,
		(*parser).mQuarter,
		(*parser).mSeason,
		(*parser).mEdge,
		(*parser).mTime,
		(*parser).mExtra,
		(*parser).mDuration,
		(*parser).mSet,
		(*parser).mVague,
	}
	// mRelative, mSeason, mEdge, mSet and mVague begin by comparing the
	// first token with words of theirs (or checking its word class).
	nonWordMatchers = []matcher{
		(*parser).mDateAbs,
		(*parser).mYear,
		(*parser).mQuarter,
		(*parser).mTime,
		(*parser).mExtra,
		(*parser).mDuration,
	}
}

// triggers are the words at which any pattern can start; other words are
// skipped without trying the matchers, which keeps the scan cheap.
var triggers = func() map[string]bool {
	m := map[string]bool{}
	for w := range otherTrigger {
		m[w] = true
	}
	for _, h := range holidays {
		m[h.words[0]] = true
	}
	return m
}()

// otherTrigger are the triggers other than the first words of holidays.
var otherTrigger = func() map[string]bool {
	m := map[string]bool{}
	for _, tab := range []map[string]int{months, monthAbbr, weekdays, weekdaysPlural, smallNums, tens, ordinals, decadeWords} {
		for k := range tab {
			m[k] = true
		}
	}
	for _, tab := range []map[string]string{seasons, partsOfDay, units, setAdverbs} {
		for k := range tab {
			m[k] = true
		}
	}
	for _, w := range strings.Fields(`the a an yesterday today tomorrow tonight last this next past coming
		previous following current earlier later early late mid middle end beginning start close
		more less over under at up nearly almost about around approximately roughly some just
		every each once twice thrice per noon midnight midday now currently presently nowadays
		recently recent lately future soon previously formerly fiscal fy q1 q2 q3 q4 h1 h2 half
		several many few couple dozen numerous these long present this upwards no well dozens
		mid-afternoon overnight that`) {
		m[w] = true
	}
	return m
}()

func (p *parser) best(i int) (hit, bool) {
	t := &p.t[i]
	if t.k == kWord && t.c&cTrigger == 0 {
		return hit{}, false
	}
	if t.k == kWord && (t.c&(cWeak|cNeedsAhead) != 0 && !p.dateWordAhead(i+1) || t.c&cCapOnly != 0 && !t.up) {
		return hit{}, false
	}
	// An apostrophe starts only a year or decade ("'98", "the '90s" is
	// started at "the"): a number or "90s" must follow it directly.
	if t.k == kPunct && (t.w != "'" || !p.adj(i+1) || p.t[i+1].k != kNum && p.t[i+1].k != kAlnum) {
		return hit{}, false
	}
	var b hit
	ok := false
	ms := matchers
	if t.k != kWord {
		ms = nonWordMatchers
	}
	for _, f := range ms {
		if h, k := f(p, i); k && (!ok || h.end > b.end) {
			b, ok = h, true
		}
	}
	return b, ok
}

// weakTriggers are common words that start a date only with a date word
// or a number close behind ("the past two months", "about 10 a.m.", "up to
// two weeks"); checking that first spares the matchers most of "the" and
// "a", the commonest words of any text.
var weakTriggers = map[string]bool{
	"the": true, "a": true, "an": true, "at": true, "up": true, "over": true, "under": true,
	"more": true, "less": true, "some": true, "just": true, "no": true, "well": true,
	"about": true, "around": true, "approximately": true, "roughly": true, "nearly": true,
	"almost": true, "these": true, "long": true, "upwards": true,
}

// aheadWords are date words that only the matchers know, not the triggers
// ("the weekend", "the near term", "long ago", "the time being").
var aheadWords = map[string]bool{
	"weekend": true, "weekends": true, "term": true, "ago": true, "time": true, "period": true,
	"near": true, "short": true, "medium": true, "distant": true, "foreseeable": true, "immediate": true,
	"not-too-distant": true, "year-ago": true, "year-earlier": true, "year-end": true,
	"just-ended": true, "second-half": true, "third-quarter": true, "comparable": true, "corresponding": true,
	"same": true, "entire": true, "whole": true, "remaining": true, "initial": true, "final": true,
	"latest": true, "preceding": true, "eve": true, "quarterly": true, "decades-long": true, "day-long": true,
	"five-year": true, "christmas": true, "easter": true, "thanksgiving": true, "halloween": true,
	"hundred": true, "thousand": true,
}

// dateWordAhead reports whether one of the four tokens from j is a number
// or a trigger that is not itself weak.
func (p *parser) dateWordAhead(j int) bool {
	for k := j; k < len(p.t) && k < j+4; k++ {
		t := &p.t[k]
		// (Only kAlnum tokens among the rest have digits.)
		if t.k == kNum || t.k == kNumX || t.k == kAlnum || t.k == kWord && (t.c&(cTrigger|cWeak) == cTrigger || t.c&cAhead != 0) || t.w == "'" {
			return true
		}
	}
	return false
}

// --- token helpers ---

func (p *parser) w(i int) string {
	if i >= 0 && i < len(p.t) {
		return p.t[i].w
	}
	return ""
}

// trig reports whether token i is a word in triggers, which holds every
// word of the lexicon's number, unit, month and weekday tables: a cheap
// test before looking a word up in one of them.
func (p *parser) trig(i int) bool {
	return i >= 0 && i < len(p.t) && p.t[i].k == kWord && p.t[i].c&cTrigger != 0
}

// lex reports whether token i may be a key of lexTables: other tokens are
// in none of those tables.
func (p *parser) lex(i int) bool { return p.is(i, cLex) }

// is reports whether token i is a word of class c.
func (p *parser) is(i int, c uint8) bool {
	return i >= 0 && i < len(p.t) && p.t[i].k == kWord && p.t[i].c&c != 0
}

// adj reports whether token i directly follows token i-1 (no space).
func (p *parser) adj(i int) bool { return i > 0 && i < len(p.t) && !p.t[i].sp }

func (p *parser) isNum(i int) bool { return i >= 0 && i < len(p.t) && p.t[i].k == kNum }

func (p *parser) anyNum(i int) bool {
	return i >= 0 && i < len(p.t) && (p.t[i].k == kNum || p.t[i].k == kNumX)
}

// hyphen reports whether token i is a dash joining i-1 and i+1 ("five-year").
func (p *parser) hyphen(i int) bool { return p.w(i) == "-" && p.adj(i) && p.adj(i+1) }

// dot consumes an abbreviation period directly after token i-1.
func (p *parser) dot(i int) int {
	if p.w(i) == "." && p.adj(i) {
		return i + 1
	}
	return i
}

// sentenceFuture reports whether the clause around token i speaks of the
// future, which decides bare weekdays.
func (p *parser) sentenceFuture(i int) bool { return p.clauseTense(i) == 1 }

// clauseTense finds the tense of the clause around token i: +1 future, -1
// past, 0 unknown, 2 a deadline ("by") with no tense marker. The nearest tense marker before the date decides ("said
// Tuesday", "will meet Tuesday", "is to resume Tuesday"); failing one, the
// nearest after it; failing both, a deadline ("by August") looks forward.
func (p *parser) clauseTense(i int) int {
	// "until Tuesday", "as soon as Tuesday", "as early as 9 a.m. Tuesday":
	// a limit ahead of the speaker, unless a past perfect follows ("Until
	// Thursday, they had not called him a suspect").
	for j := i - 1; j >= 0 && j > i-9; j-- {
		w := p.t[j].w
		if w == "until" || w == "till" || w == "as" && j >= 2 && (p.t[j-1].w == "soon" || p.t[j-1].w == "early") && p.t[j-2].w == "as" {
			for k := i + 1; k < len(p.t) && k < i+6; k++ {
				if p.t[k].w == "had" {
					return -1
				}
			}
			return 1
		}
		if p.t[j].k == kWord && !p.t[j].up && w != "a" && w != "p" && w != "m" && w != "at" && w != "on" {
			break // only the date's own words (clock, "at", "on") may come between
		}
	}
	for j := i - 1; j >= 0 && j > i-9; j-- {
		if t := p.tense(j); t != 0 {
			return t
		}
		if w := p.t[j].w; w == "." || w == "?" || w == "!" || w == ";" {
			break
		}
	}
	for j := i + 1; j < len(p.t) && j < i+9; j++ {
		if w := p.t[j].w; w == "." || w == "?" || w == "!" || w == ";" {
			break
		}
		if t := p.tense(j); t != 0 {
			return t
		}
	}
	if p.w(i-1) == "by" {
		return 2 // a deadline: a weak pointer forward
	}
	return 0
}

// tense classifies token j: +1 a future marker, -1 a past one, 0 neither.
func (p *parser) tense(j int) int {
	w := p.t[j].w
	switch w {
	case "plans", "planning":
		// "plans to meet" looks ahead; "vacation plans" says nothing.
		if n := p.w(j + 1); n == "to" || n == "for" && w == "planning" {
			return 1
		}
		return 0
	case "planned", "scheduled", "expected":
		switch p.w(j - 1) {
		case "been", "had":
			return -1 // "had been scheduled to expire Friday": a plan in the past
		case "the", "a", "an", "is", "are", "be", "being", "was", "were":
			return 1 // "the planned talks", "is scheduled for"
		}
		if w == "planned" {
			return -1 // "the government planned to pay", "a service planned for"
		}
		return 1
	}
	if futureCues[w] {
		return 1
	}
	if w == "to" && j > 0 {
		switch p.t[j-1].w { // "is to resume", "are set to meet"
		case "is", "are", "set", "due", "going", "expected", "scheduled", "planned", "plans", "plan", "hopes", "intends":
			if j >= 2 && (p.t[j-2].w == "been" || p.t[j-2].w == "had") {
				return -1 // "had been due to expire"
			}
			return 1
		}
		return 0
	}
	if pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && p.t[j].k == kWord && !p.t[j].up {
		return -1
	}
	return 0
}

func (p *parser) mk(start, end int, val, typ, mod string) (hit, bool) {
	return hit{start: start, end: end, val: val, typ: typ, mod: mod}, true
}

// --- numbers ---

// number reads a count at i: "6", "1.5", "six", "twenty-four", "a", "a few",
// "several", "5 1/2", "two and a half". x is true for an unknown count.
// A range "two to three" reads as its first number.
func (p *parser) number(i int) (v float64, x bool, j int, ok bool) {
	return p.numberR(i, true)
}

// numberR is number; ranges reads "two to three" (once: the second number
// is read without it, so a chain "one to one to one …" costs linear time).
func (p *parser) numberR(i int, ranges bool) (v float64, x bool, j int, ok bool) {
	if i >= len(p.t) {
		return 0, false, i, false
	}
	t := p.t[i]
	if t.k != kNum && t.k != kNumX && !p.trig(i) {
		return 0, false, i, false // count words are triggers
	}
	switch {
	case t.k == kNum && t.n >= 0 && t.n <= 100000:
		v, j = float64(t.n), i+1
		if p.w(j) == "-" && p.adj(j) && p.isNum(j+1) && p.adj(j+1) && p.t[j+1].n > t.n {
			j += 2 // "2-3 weeks"
		}
		if j < len(p.t) && p.t[j].k == kNumX && p.t[j].w == "1/2" {
			v += 0.5
			j++
		}
	case t.k == kNumX && thousandsRE.MatchString(t.w):
		n, err := strconv.Atoi(strings.ReplaceAll(t.w, ",", ""))
		if err != nil || n > 100000 {
			return 0, false, i, false
		}
		v, j = float64(n), i+1 // "1,000 years"
	case t.k == kNumX && strings.Count(t.w, ".") == 1 && !strings.ContainsAny(t.w, ",:/"):
		f, err := strconv.ParseFloat(t.w, 64)
		if err != nil || f > 100000 {
			return 0, false, i, false
		}
		v, j = f, i+1
	case t.w == "a" || t.w == "an":
		switch p.w(i + 1) {
		case "few":
			return 0, true, i + 2, true
		case "couple":
			j = i + 2
			if p.w(j) == "of" {
				j++
			}
			return 2, false, j, true
		case "dozen":
			return 12, false, i + 2, true
		case "half":
			return 0.5, false, i + 2, true
		}
		v, j = 1, i+1
	case t.w == "half" && (p.w(i+1) == "a" || p.w(i+1) == "an"):
		return 0.5, false, i + 2, true
	case t.w == "couple" && p.w(i+1) == "of":
		return 2, false, i + 2, true
	case t.w == "dozen":
		return 12, false, i + 1, true
	case t.c&cLex != 0 && vagueCount[t.w]:
		return 0, true, i + 1, true
	case t.c&cNumWord != 0 && smallNums[t.w] > 0:
		v, j = float64(smallNums[t.w]), i+1
	case t.c&cNumWord != 0 && tens[t.w] > 0:
		v, j = float64(tens[t.w]), i+1
		k := j
		if p.hyphen(k) {
			k++
		}
		if u := smallNums[p.w(k)]; u > 0 && u < 10 {
			v += float64(u)
			j = k + 1
		}
	default:
		return 0, false, i, false
	}
	if p.w(j) == "hundred" {
		v *= 100
		j++
	}
	if p.w(j) == "thousand" {
		v *= 1000
		j++
	}
	if p.w(j) == "and" && p.w(j+1) == "a" && p.w(j+2) == "half" {
		v += 0.5
		j += 3
	}
	if ranges && (p.w(j) == "to" || p.w(j) == "or") && j+1 < len(p.t) {
		if _, _, k, ok2 := p.numberR(j+1, false); ok2 && p.w(j+1) != "a" && p.w(j+1) != "an" {
			if _, _, ok3 := p.unitAt(k); ok3 {
				j = k
			}
		}
	}
	return v, false, j, true
}

// unitAt reads a duration unit word at i.
func (p *parser) unitAt(i int) (u string, plural bool, ok bool) {
	if !p.lex(i) {
		return "", false, false // unit words are in lexTables
	}
	w := p.w(i)
	u, ok = units[w]
	return u, ok && (strings.HasSuffix(w, "s") && w != "hrs" || w == "centuries"), ok
}

func fmtNum(v float64) string {
	if v == float64(int64(v)) {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// durValue writes a TIMEX3 duration. Counted decades and centuries are
// written in years ("two decades" → P20Y) as TimeBank does; fractions go to
// the next smaller unit ("2 1/2 years" → P2Y6M).
func durValue(v float64, x bool, u string) string {
	n := "X"
	if !x {
		switch u {
		case "FN":
			v, u = v*2, "W"
		case "DE":
			v, u = v*10, "Y"
		case "CE":
			v, u = v*100, "Y"
		}
		whole := float64(int64(v))
		if frac := v - whole; frac > 0 {
			sub := map[string]struct {
				per  float64
				unit string
			}{"Y": {12, "M"}, "M": {0, ""}, "D": {24, "H"}, "H": {60, "M"}, "MIN": {60, "S"}}[u]
			if sub.per > 0 && frac*sub.per == float64(int64(frac*sub.per)) {
				rest := fmtNum(frac * sub.per)
				w := fmtNum(whole)
				switch u {
				case "Y":
					return "P" + w + "Y" + rest + "M"
				case "D":
					return "P" + w + "DT" + rest + "H"
				case "H":
					return "PT" + w + "H" + rest + "M"
				case "MIN":
					return "PT" + w + "M" + rest + "S"
				}
			}
		}
		n = fmtNum(v)
	}
	switch u {
	case "H":
		return "PT" + n + "H"
	case "MIN":
		return "PT" + n + "M"
	case "S":
		return "PT" + n + "S"
	case "FN":
		return "P" + n + "W"
	}
	return "P" + n + u
}

// modPrefix reads a quantity modifier ("more than", "about") at i.
func (p *parser) modPrefix(i int) (mod string, j int) {
	w, w1 := p.w(i), p.w(i+1)
	switch {
	case (w == "more" || w == "less" || w == "fewer") && w1 == "than":
		if w == "more" {
			return "MORE_THAN", i + 2
		}
		return "LESS_THAN", i + 2
	case (w == "just" || w == "well" || w == "slightly") && (w1 == "over" || w1 == "under"):
		if w1 == "over" {
			return "MORE_THAN", i + 2
		}
		return "LESS_THAN", i + 2
	case w == "over" && (p.anyNum(i+1) || smallNums[w1] > 0 || tens[w1] > 0) || w == "upwards" && w1 == "of":
		if w == "upwards" {
			return "MORE_THAN", i + 2
		}
		return "MORE_THAN", i + 1
	case w == "under":
		return "LESS_THAN", i + 1
	case w == "nearly" || w == "almost":
		return "LESS_THAN", i + 1
	case w == "at" && w1 == "least":
		return "EQUAL_OR_MORE", i + 2
	case w == "at" && w1 == "most", w == "up" && w1 == "to":
		return "EQUAL_OR_LESS", i + 2
	case w == "no" && (w1 == "more" || w1 == "less") && p.w(i+2) == "than":
		if w1 == "more" {
			return "EQUAL_OR_LESS", i + 3
		}
		return "EQUAL_OR_MORE", i + 3
	case w == "about" || w == "around" || w == "approximately" || w == "roughly" || w == "some" && p.anyNum(i+1):
		return "APPROX", i + 1
	}
	return "", i
}

// --- calendar pieces ---

// month reads a month name at i; j is the index after it (and after an
// abbreviation's period). bare is true for an abbreviation without period.
func (p *parser) month(i int) (m, j int, bare, ok bool) {
	if i >= len(p.t) || p.t[i].k != kWord || !p.t[i].up {
		return 0, i, false, false
	}
	if p.t[i].c&cTrigger == 0 {
		return 0, i, false, false // month names are triggers
	}
	w := p.t[i].w
	if m = months[w]; m > 0 {
		return m, i + 1, false, true
	}
	if m = monthAbbr[w]; m > 0 {
		if k := p.dot(i + 1); k > i+1 {
			return m, k, false, true
		}
		return m, i + 1, true, true
	}
	return 0, i, false, false
}

// day reads a day of the month ("25", "25th", "1st") at i.
func (p *parser) day(i int) (d, j int, ok bool) {
	if i >= len(p.t) {
		return 0, i, false
	}
	t := p.t[i]
	switch t.k {
	case kNum:
		if len(t.w) <= 2 {
			return int(t.n), i + 1, true
		}
	case kAlnum:
		if n, ok := ordinalDigits(t.w); ok && n <= 99 {
			return n, i + 1, true
		}
	}
	return 0, i, false
}

// ordinalDigits parses "25th", "1st", "22nd", "3rd".
func ordinalDigits(w string) (int, bool) {
	if len(w) < 3 || len(w) > 4 {
		return 0, false
	}
	suf := w[len(w)-2:]
	if suf != "th" && suf != "st" && suf != "nd" && suf != "rd" {
		return 0, false
	}
	n, err := strconv.Atoi(w[:len(w)-2])
	return n, err == nil
}

// ordinalWord reads "first", "twenty-first", "21st" at i.
func (p *parser) ordinalWord(i int) (n, j int, ok bool) {
	if !p.is(i, cNumWord) && !(i >= 0 && i < len(p.t) && p.t[i].k == kAlnum) {
		return 0, i, false // "21st" is alphanumeric, "first" and "twenty" number words
	}
	w := p.w(i)
	if n, ok := ordinalDigits(w); ok {
		return n, i + 1, true
	}
	if n = ordinals[w]; n > 0 {
		return n, i + 1, true
	}
	if t := tens[w]; t > 0 {
		k := i + 1
		if p.hyphen(k) {
			k++
		}
		if o := ordinals[p.w(k)]; o > 0 && o < 10 {
			return t + o, k + 1, true
		}
	}
	return 0, i, false
}

// year4 reads a four-digit year ("2024") or an apostrophe year ("'98").
func (p *parser) year4(i int) (y, j int, ok bool) {
	if i >= len(p.t) {
		return 0, i, false
	}
	t := p.t[i]
	if t.k == kNum && len(t.w) == 4 && t.n >= 1000 && t.n <= 2199 {
		return int(t.n), i + 1, true
	}
	if y, j, ok := p.spokenYear(i); ok {
		return y, j, true
	}
	if t.w == "'" && p.isNum(i+1) && p.adj(i+1) && len(p.t[i+1].w) == 2 {
		n := int(p.t[i+1].n)
		if n < 40 {
			return 2000 + n, i + 2, true
		}
		return 1900 + n, i + 2, true
	}
	return 0, i, false
}

// numberLike reports whether token i continues a number (so a year before
// it is part of a phone number, an identifier or an amount).
func (p *parser) numberAfter(j int) bool {
	if j >= len(p.t) {
		return false
	}
	if p.anyNum(j) {
		return true
	}
	if w := p.t[j].w; (w == "-" || w == "/" || w == "." || w == ":" || w == ",") && p.adj(j) && p.anyNum(j+1) && p.adj(j+1) {
		return true
	}
	return false
}

func (p *parser) numberBefore(i int) bool {
	if i <= 0 {
		return false
	}
	if p.anyNum(i-1) || p.t[i-1].k == kAlnum && p.adj(i) {
		return true
	}
	if w := p.t[i-1].w; (w == "-" || w == "/" || w == "." || w == ":" || w == "+" || w == "(" || w == ")") && p.adj(i) {
		if w == "+" || w == "/" {
			return true
		}
		if w == "(" || w == ")" {
			return w == ")" && i >= 2 && p.anyNum(i-2)
		}
		return p.anyNum(i-2) && p.adj(i-1)
	}
	return false
}

// yearOK decides whether the four-digit number at i (ending at j) is a year,
// from the words around it.
func (p *parser) yearOK(i, j int) bool {
	if !p.yearLeftOK(i, j, false) {
		return false
	}
	// Legal citations ("8 U.S.C. 1101(a)") are not years.
	if p.w(j) == "(" && p.adj(j) {
		return false
	}
	if yearBlockAfter[p.w(j)] || p.numberAfter(j) {
		return false
	}
	if p.w(j) == "-" && p.adj(j) && measureWords[p.w(j+1)] {
		return false // "a 2000-mile border"
	}
	if w := p.w(j); (w == "-" || w == "/") && p.adj(j) && (j+1 < len(p.t) && p.t[j+1].k == kAlnum) {
		return false // "2024-A1" style identifiers
	}
	return true
}

// yearLeftOK is the part of yearOK that looks before the number, which a
// range ("2019-2021") must pass too; for a range (rangeOK) the words of
// amounts do not block ("over 2019–2021" is a period, "over 2019 troops"
// a count).
func (p *parser) yearLeftOK(i, j int, rangeOK bool) bool {
	y := p.t[i].n
	prev := p.w(i - 1)
	if prev == "." || prev == ":" {
		prev = p.w(i - 2) // "No. 2021", "Res: 2254"
	}
	if yearBlockBefore[prev] && !(rangeOK && amountWords[prev]) || p.numberBefore(i) {
		return false
	}
	// Markup attributes (height="2000") are not years.
	if i >= 2 && p.w(i-1) == "\"" && p.adj(i) && p.w(i-2) == "=" || p.w(i-1) == "=" {
		return false
	}
	if i >= 4 && p.w(i-1) == "." && p.w(i-2) == "c" && p.w(i-3) == "." && p.w(i-4) == "s" {
		return false // U.S.C.
	}
	if y < 1800 || y > 2100 {
		switch prev {
		case "in", "since", "until", "till", "from", "before", "after", "during", "circa", "by", "of", "year":
		default:
			return false
		}
	}
	// A capitalised word right before a year makes it part of a name
	// ("Project 2025", "Agenda 2063", "Expo 2020 Dubai", "GATT 1994"),
	// which TimeML leaves alone; prepositions, months, seasons and
	// articles do not ("Since 2020", "Summer 2024", "The 2023 report"),
	// and neither does a range after the year ("Defense 2005 to 2008").
	if i > 0 && p.t[i-1].k == kWord && p.t[i-1].up && p.t[i].sp && !yearNameOK[prev] && !p.yearRangeAfter(j) {
		return false
	}
	return true
}

// amountWords are the words of yearBlockBefore that make a number after
// them an amount rather than an identifier.
var amountWords = map[string]bool{
	"approximately": true, "about": true, "nearly": true, "some": true, "over": true, "than": true,
	"only": true, "total": true,
}

// yearNameOK are the capitalised words that may stand right before a year
// that is a date: prepositions, articles, determiners, months and seasons.
var yearNameOK = func() map[string]bool {
	m := map[string]bool{}
	for w := range monthContext {
		m[w] = true
	}
	for _, tab := range []map[string]int{months, monthAbbr} {
		for w := range tab {
			m[w] = true
		}
	}
	for w := range seasons {
		m[w] = true
	}
	for _, w := range strings.Fields(`the a an this last next each every year years circa fiscal fy lord
		beyond following throughout around about approximately till per`) {
		m[w] = true
	}
	return m
}()

// yearRangeAfter reports whether a range continues after the year ending
// before token j ("2005 to 2008", "1933-1945").
func (p *parser) yearRangeAfter(j int) bool {
	switch p.w(j) {
	case "-", "to", "through", "until", "and":
		_, _, ok := p.year4(j + 1)
		return ok
	}
	return false
}

// --- matchers ---

// mDateAbs finds calendar dates and months: "September 25, 2024",
// "25 September 2024", "Sept. 25", "the 25th of September", "2024-09-25",
// "9/25/2024", "September 2024", "in May", weekdays and "Monday, Sept. 23".
func (p *parser) mDateAbs(i int) (hit, bool) {
	t := p.t[i]
	// Weekday, optionally followed by a date.
	if !t.up {
		return p.calendar(i, i) // weekdays are capitalised
	}
	if wd := weekdays[t.w]; wd > 0 {
		j := i + 1
		if p.w(j) == "," {
			j++
		}
		if h, ok := p.calendar(j, i); ok && h.val != "" && len(h.val) == 10 {
			return h, true
		}
		// "Wednesday's ruling" reports an event that has happened.
		tn := p.clauseTense(i)
		if p.w(i-1) == "is" {
			tn = 1 // "the deadline is Friday", "that is Thursday": today or the coming one
		}
		future := tn == 1 && !(p.w(i+1) == "'" && p.w(i+2) == "s")
		if tn == 0 && p.a.ok { // no tense cue: tomorrow is nearer than six days back
			cur := int(p.a.t.Weekday())
			if cur == 0 {
				cur = 7
			}
			if (wd-cur+7)%7 == 1 {
				future = true
			}
		}
		day := p.a.weekday(wd, future)
		if pd := partsOfDay[p.w(i+1)]; pd != "" {
			return p.mk(i, i+2, day+"T"+pd, "TIME", "")
		}
		return p.mk(i, i+1, day, "DATE", "")
	}
	if wd := weekdaysPlural[t.w]; wd > 0 {
		return p.mk(i, i+1, fmt.Sprintf("XXXX-WXX-%d", wd), "SET", "")
	}
	return p.calendar(i, i)
}

// calendar parses a date starting at i; the hit starts at from (which may
// be an earlier weekday).
func (p *parser) calendar(i, from int) (hit, bool) {
	if i >= len(p.t) {
		return hit{}, false
	}
	t := p.t[i]
	// ISO 2024-09-25.
	if t.k == kNum && len(t.w) == 4 && p.w(i+1) == "-" && p.adj(i+1) && p.isNum(i+2) && p.adj(i+2) &&
		len(p.t[i+2].w) == 2 && p.w(i+3) == "-" && p.adj(i+3) && p.isNum(i+4) && p.adj(i+4) && len(p.t[i+4].w) == 2 {
		y, m, d := int(t.n), int(p.t[i+2].n), int(p.t[i+4].n)
		if p.numberAfter(i+5) || p.numberBefore(i) {
			return hit{}, false
		}
		if !validDate(y, m, d) {
			return p.mk(from, i+5, "", "", "")
		}
		return p.mk(from, i+5, fmt.Sprintf("%04d-%02d-%02d", y, m, d), "DATE", "")
	}
	// Numeric 9/25/2024, 25/09/2024, 2024/09/25, 25.09.2024.
	if t.k == kNumX {
		if h, ok := p.numericDate(i, from); ok {
			return h, true
		}
	}
	// "the 25th of September".
	if t.w == "the" {
		if d, j, ok := p.ordinalWord(i + 1); ok && (p.w(j) == "of" || p.w(j) == "day" && p.w(j+1) == "of") {
			if p.w(j) == "day" {
				j++ // "the fourth day of April, 1949"
			}
			if m, k, _, ok := p.month(j + 1); ok {
				return p.finishDMY(from, k, d, m)
			}
		}
		return hit{}, false
	}
	// Day first: "25 September 2024", "25th September".
	if d, j, ok := p.day(i); ok {
		k := j
		if p.w(k) == "of" {
			k++
		}
		if m, k2, bare, ok := p.month(k); ok && (!bare || p.isNum(k2)) {
			if d < 1 || d > 31 {
				return p.mk(from, k2, "", "", "") // "32 September" is no date
			}
			return p.finishDMY(from, k2, d, m)
		}
		return hit{}, false
	}
	m, j, bare, ok := p.month(i)
	if !ok {
		return hit{}, false
	}
	// Month first: "September 25, 2024", "Sept. 25", "September 2024".
	if y, k, ok := p.year4(p.skipComma(j)); ok && (p.skipComma(j) == j || p.w(j) == "," || p.w(j) == "of") {
		if p.t[k-1].k == kNum && (yearBlockAfter[p.w(k)] || p.numberAfter(k)) {
			return hit{}, false
		}
		return p.mk(from, k, fmt.Sprintf("%04d-%02d", y, m), "DATE", "")
	}
	if y, k, ok := p.year4(j + 1); ok && p.w(j) == "of" {
		return p.mk(from, k, fmt.Sprintf("%04d-%02d", y, m), "DATE", "")
	}
	if d, k, ok := p.day(j); ok && (!p.numberAfter(k) || p.w(k) == "-") && !yearBlockAfter[p.w(k)] {
		if d < 1 || d > 31 {
			return hit{}, false
		}
		// Day range "September 25–27, 2024": two mentions.
		if c := p.w(k); (c == "-" || c == "and" || c == "to" || c == "through") && p.isNum(k+1) && len(p.t[k+1].w) <= 2 && int(p.t[k+1].n) > d && p.t[k+1].n <= 31 {
			d2 := int(p.t[k+1].n)
			e := k + 2
			y, e2, hasY := p.year4(p.skipComma(e))
			second, ok2 := p.finishMDY(k+1, e, m, d2)
			first, ok1 := p.finishMDY(from, k, m, d)
			if hasY {
				second, ok2 = p.withYear(k+1, e2, y, m, d2)
				first, ok1 = p.withYear(from, k, y, m, d)
			}
			if ok1 && ok2 {
				first.extra = []hit{second}
				return first, true
			}
		}
		if p.numberAfter(k) {
			return hit{}, false
		}
		if y, e, ok := p.year4(p.skipComma(k)); ok && !p.numberAfter(e) && !yearBlockAfter[p.w(e)] {
			return p.withYear(from, e, y, m, d)
		}
		// "from October 30 to November 2, 2021": the first day borrows the year.
		if c := p.w(k); c == "to" || c == "-" || c == "through" || c == "until" || c == "and" {
			if m2, k2, _, ok := p.month(k + 1); ok {
				if d2, k3, ok := p.day(k2); ok {
					if y, e, ok := p.year4(p.skipComma(k3)); ok && validDate(y, m2, d2) {
						first, ok1 := p.withYear(from, k, y, m, d)
						second, ok2 := p.withYear(k+1, e, y, m2, d2)
						if ok1 && ok2 && first.val != "" && second.val != "" {
							first.extra = []hit{second}
							return first, true
						}
					}
				}
			}
		}
		return p.finishMDY(from, k, m, d)
	}
	if bare {
		return hit{}, false
	}
	// A month alone: "in May", "from March to May 2024".
	w := p.w(i - 1)
	if ambiguousMonths[t.w] && i > 0 && !monthContext[w] && from == i {
		if t.w == "may" || w != "the" && w != "a" && w != "s" && w != "for" {
			return hit{}, false
		}
		switch p.w(j) {
		case "on", "for", "to", "against", "across", "through", "from":
			if w == "the" || w == "a" {
				return hit{}, false // "the March on Washington", "a March for Our Lives": an event
			}
		}
	}
	// "June last year", "April next year".
	if d, ok := dirWords[p.w(j)]; ok && p.w(j+1) == "year" && (p.w(j) == "this" || p.w(j) == "last" || p.w(j) == "next") {
		if !p.a.ok {
			return p.mk(from, j+2, fmt.Sprintf("XXXX-%02d", m), "DATE", "")
		}
		return p.mk(from, j+2, fmt.Sprintf("%04d-%02d", p.a.t.Year()+d, m), "DATE", "")
	}
	h, _ := p.mk(from, j, p.a.month(m, p.clauseTense(i)), "DATE", "")
	// Range "from March to May 2024": the first month borrows the year.
	if c := p.w(j); c == "to" || c == "-" || c == "through" || c == "until" || c == "and" || c == "till" {
		if m2, k, _, ok := p.month(j + 1); ok {
			if y, e, ok := p.year4(p.skipComma(k)); ok {
				h.val = fmt.Sprintf("%04d-%02d", y, m)
				h.extra = []hit{{start: j + 1, end: e, val: fmt.Sprintf("%04d-%02d", y, m2), typ: "DATE"}}
			}
		}
	}
	return h, true
}

func (p *parser) skipComma(j int) int {
	if p.w(j) == "," {
		return j + 1
	}
	return j
}

// finishDMY completes a day-month date with an optional year after k.
func (p *parser) finishDMY(from, k, d, m int) (hit, bool) {
	if y, e, ok := p.year4(p.skipComma(k)); ok && !p.numberAfter(e) && !yearBlockAfter[p.w(e)] {
		return p.withYear(from, e, y, m, d)
	}
	return p.finishMDY(from, k, m, d)
}

func (p *parser) withYear(from, end, y, m, d int) (hit, bool) {
	if !validDate(y, m, d) {
		return p.mk(from, end, "", "", "")
	}
	return p.mk(from, end, fmt.Sprintf("%04d-%02d-%02d", y, m, d), "DATE", "")
}

// finishMDY resolves a day and month without a year.
func (p *parser) finishMDY(from, end, m, d int) (hit, bool) {
	tense := p.clauseTense(from)
	if p.w(from-1) == "ended" {
		tense = closed // "the year ended Jan. 31": a day already past
	}
	v, ok := p.a.monthDay(m, d, tense)
	if !ok {
		return p.mk(from, end, "", "", "")
	}
	return p.mk(from, end, v, "DATE", "")
}

func (p *parser) numericDate(i, from int) (hit, bool) {
	w := p.t[i].w
	sep := "/"
	if strings.Contains(w, ".") {
		sep = "."
	}
	if strings.Count(w, sep) != 2 {
		return hit{}, false // not three parts: spares the split below
	}
	parts := strings.Split(w, sep)
	// "version 2.1.2024", "No. 1/2/2024": an identifier, not a date.
	if len(parts) != 3 || strings.ContainsAny(w, ",:") || p.numberAfter(i+1) || p.numberBefore(i) || yearBlockBefore[p.w(i-1)] {
		return hit{}, false
	}
	n := make([]int, 3)
	for k, s := range parts {
		v, err := strconv.Atoi(s)
		if err != nil {
			return hit{}, false
		}
		n[k] = v
	}
	var y, m, d int
	switch {
	case len(parts[0]) == 4:
		y, m, d = n[0], n[1], n[2]
	case len(parts[2]) == 4 && sep == ".":
		d, m, y = n[0], n[1], n[2]
	case len(parts[2]) == 4 && n[0] > 12:
		d, m, y = n[0], n[1], n[2]
	case len(parts[2]) == 4:
		m, d, y = n[0], n[1], n[2]
	default:
		return hit{}, false
	}
	if y < 1800 || y > 2100 || !validDate(y, m, d) {
		return hit{}, false
	}
	return p.mk(from, i+1, fmt.Sprintf("%04d-%02d-%02d", y, m, d), "DATE", "")
}

// mYear finds years, year ranges, decades, centuries and fiscal years.
func (p *parser) mYear(i int) (hit, bool) {
	t := p.t[i]
	start, j := i, i
	if t.w == "the" {
		j++
		if _, _, spoken := p.spokenYear(j + 1); p.w(j) == "year" && (p.isNum(j+1) || spoken) {
			j++
		}
	}
	// Fiscal years: "FY2025", "FY 2025", "FY25", "fiscal 2025", "fiscal year 2025".
	if w := p.w(j); w == "fy" || w == "fiscal" || strings.HasPrefix(w, "fy") && p.t[j].k == kAlnum {
		k := j + 1
		var y int
		switch {
		case w == "fiscal":
			if p.w(k) == "year" || p.w(k) == "-" && p.w(k+1) == "year" {
				k = p.skipTo(k, "year") + 1
			}
			if yy, e, ok := p.year4(k); ok {
				y, k = yy, e
			}
		case w == "fy":
			if p.w(k) == "-" {
				k++
			}
			if p.isNum(k) && (len(p.t[k].w) == 4 || len(p.t[k].w) == 2) {
				y, k = int(p.t[k].n), k+1
			}
		default:
			if n, err := strconv.Atoi(w[2:]); err == nil && (len(w) == 4 || len(w) == 6) {
				y = n
			}
		}
		if y > 0 {
			start = j // "the" stays outside a fiscal year's extent
			if y < 100 {
				y += 2000
			}
			if y < 1900 || y > 2100 || yearBlockAfter[p.w(k)] {
				return hit{}, false
			}
			return p.mk(start, k, fmtYear(y), "DATE", "")
		}
		return hit{}, false
	}
	// Decades and centuries: "1990s", "the '90s", "the nineties", "the 1800s".
	if w := p.w(j); strings.HasSuffix(w, "s") && p.t[j].k == kAlnum && len(w) == 5 && w[3] == '0' {
		n, err := strconv.Atoi(w[:4])
		if err == nil && n >= 1000 && n <= 2100 {
			if n%100 == 0 && n < 2000 {
				return p.mk(start, j+1, fmt.Sprintf("%02d", n/100), "DATE", "")
			}
			return p.mk(start, j+1, fmt.Sprintf("%03d", n/10), "DATE", "")
		}
	}
	if p.w(j) == "'" && j+1 < len(p.t) && p.t[j+1].k == kAlnum && p.adj(j+1) {
		if w := p.t[j+1].w; len(w) == 3 && w[1] == '0' && w[2] == 's' && isDigit(rune(w[0])) {
			return p.mk(start, j+2, "19"+w[:1], "DATE", "")
		}
	}
	if start < j { // (most calls start at j: no look-up for them)
		if d := decadeWords[p.w(j)]; d > 0 {
			return p.mk(start, j+1, fmt.Sprintf("19%d", d), "DATE", "")
		}
	}
	// Centuries: "the twenty-first century", "21st century".
	if n, k, ok := p.ordinalWord(j); ok && n >= 1 && n <= 30 {
		if p.hyphen(k) {
			k++
		}
		if p.w(k) == "century" {
			return p.mk(start, k+1, fmt.Sprintf("%02d", n-1), "DATE", "")
		}
	}
	if start < j && p.w(j-1) != "year" {
		return hit{}, false // "the 2024 …" is left to quarter patterns
	}
	if y, k, ok := p.spokenYear(j); ok && start < j {
		return p.mk(start, k, fmtYear(y), "DATE", "") // "the year two thousand"
	}
	y, k, ok := p.year4(j)
	if !ok || p.t[j].w == "'" && start == j && !monthContext[p.w(j-1)] {
		return hit{}, false
	}
	if p.t[j].k == kNum && !p.yearOK(j, k) {
		// A range "2019-2021" still qualifies even though a number follows.
		if !(p.w(k) == "-" && p.isNum(k+1)) || p.numberBefore(j) || !p.yearLeftOK(j, k, true) {
			return hit{}, false
		}
	}
	h, _ := p.mk(start, k, fmtYear(y), "DATE", "")
	// Ranges "2019–2021", "2019-21": the end point is a mention of its own.
	if p.w(k) == "-" && p.isNum(k+1) && (p.adj(k) == p.adj(k+1)) {
		e := p.t[k+1]
		y2 := -1
		switch len(e.w) {
		case 4:
			y2 = int(e.n)
		case 2:
			y2 = y/100*100 + int(e.n)
		}
		if y2 <= y || y2 > y+100 || p.numberAfter(k+2) || yearBlockAfter[p.w(k+2)] {
			return hit{}, false
		}
		h.extra = []hit{{start: k + 1, end: k + 2, val: fmtYear(y2), typ: "DATE"}}
	}
	return h, true
}

// skipTo returns the index of word w at or after k within two tokens, else k.
func (p *parser) skipTo(k int, w string) int {
	for j := k; j < k+3 && j < len(p.t); j++ {
		if p.t[j].w == w {
			return j
		}
	}
	return k
}
