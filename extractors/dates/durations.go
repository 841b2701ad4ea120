package dates

import (
	"fmt"
	"strconv"
	"strings"
)

// idBefore are words that make the number after them an identifier or an
// amount ("Article 5 days" is not a duration).
var idBefore = map[string]bool{
	"resolution": true, "article": true, "section": true, "no": true, "number": true, "paragraph": true,
	"chapter": true, "page": true, "$": true, "€": true, "£": true, "rule": true, "clause": true,
}

// offsetWords after a duration make it a point in time ("a year ago").
var offsetWords = map[string]bool{"ago": true, "earlier": true, "later": true, "before": true, "after": true, "hence": true}

// durQual are words between "the" and a count that keep the phrase a
// duration: "the past two months", "the first nine months".
var durQual = map[string]bool{
	"past": true, "last": true, "next": true, "coming": true, "first": true, "final": true,
	"remaining": true, "previous": true, "preceding": true, "following": true, "initial": true,
	"latest": true, "recent": true, "entire": true, "whole": true, "full": true, "same": false,
}

// mDuration finds durations and offsets: "six days", "18 months", "more
// than 70 years", "the past two months", "five-year", "decades", "two weeks
// ago", "a year earlier", "three days later", "two years from now".
func (p *parser) mDuration(i int) (hit, bool) {
	mod, j := p.modPrefix(i)
	start := i
	if mod == "APPROX" && p.w(i) == "about" {
		start = j // TimeBank leaves "about" outside the extent; the mod keeps its meaning
	}
	the := false
	if p.w(j) == "the" {
		the = true
		j++
	}
	qual := ""
	if p.lex(j) && durQual[p.w(j)] {
		qual = p.w(j)
		j++
	}
	v, x, k, hasNum := p.number(j)
	if hasNum && (p.w(j) == "a" || p.w(j) == "an") && qual == "" && !the && mod == "" {
		// "a year" alone: a set after an amount ("$5 billion a year").
		if u, plural, ok := p.unitAt(k); ok && !plural && p.amountBefore(i) && !offsetWords[p.w(k+1)] {
			return p.mk(start, k+1, durValue(1, false, u), "SET", "")
		}
	}
	if !hasNum {
		k = j
	}
	hyph := false
	if hasNum && p.hyphen(k) {
		hyph = true
		k++
	}
	if hasNum && !hyph && (p.w(k) == "more" || p.w(k) == "additional" || p.w(k) == "further" || p.w(k) == "extra") {
		k++ // "20 more years", "an additional year"
	}
	u, plural, ok := p.unitAt(k)
	if !ok {
		return hit{}, false
	}
	if p.w(k+1) == "old" || p.w(k+1) == "-" && p.w(k+2) == "old" || p.w(k+1) == "of" && p.w(k+2) == "age" {
		return hit{}, false // ages ("a 52-year-old", "55 years old") are not durations in TimeML
	}
	if !hyph && p.hyphen(k+1) && (p.w(k+2) == "earlier" || p.w(k+2) == "ago") {
		return hit{}, false // "a year-earlier loss": the date is "year-earlier"
	}
	if hasNum && (p.w(j) == "a" || p.w(j) == "an") && (u == "S" || u == "Q" && p.w(k+1) != "century") {
		return hit{}, false // "a second group", "a quarter of"
	}
	if u == "Q" && p.w(k+1) == "of" && !x {
		return hit{}, false // "three quarters of the vote"
	}
	if hasNum && p.t[j].k == kNum && !plural && (v > 100 || len(p.t[j].w) == 4) {
		return hit{}, false // "the 1988 quarter"
	}
	if hyph && plural && p.w(k+1) != "-" {
		return hit{}, false // "five-years" is not written; avoid odd splits
	}
	if hasNum && !x && !hyph && v == 1 && plural && p.t[j].k != kNum {
		return hit{}, false // "a years"
	}
	end := k + 1
	if hasNum && p.w(end) == "and" && p.w(end+1) == "a" && p.w(end+2) == "half" {
		v += 0.5 // "a minute and a half"
		end += 3
	}
	if !hasNum {
		switch {
		case !plural && qual == "" && !the && p.hyphen(end) && p.w(end+1) == "long":
			v = 1 // "day-long"
		case !plural && (qual == "" || qual == "recent" || qual == "same" || !the):
			return hit{}, false // "the year" is anaphoric; "last year" is relative
		case !plural:
			v = 1
		case qual != "" || mod != "" || p.bareDurationContext(i) || p.w(end) == "ago":
			x = true
		case p.hyphen(end) && p.w(end+1) == "long":
			x = true
		default:
			return hit{}, false
		}
	}
	if (hyph || !hasNum) && p.hyphen(end) && p.w(end+1) == "long" {
		end += 2 // "five-year-long", "decades-long"
	}
	if the && qual == "" && !hasNum {
		return hit{}, false
	}
	// "Will one day be", "could one day sit": a vague future, not a day.
	if p.w(j) == "one" && u == "D" && !plural && end == k+1 && mod == "" && !the && qual == "" && start == i {
		switch p.w(i - 1) {
		case "will", "ll", "would", "could", "can", "may", "might", "shall", "should", "must":
			return p.mk(i, end, "FUTURE_REF", "DATE", "")
		}
	}
	// Offsets: "two weeks ago", "a year earlier", "two years from now".
	// "Three days later" and "a week before" count from an event named in
	// the text, not from the reference: as TimeML annotates them, the
	// count is a duration and "later" a signal outside the extent.
	after := p.w(end)
	if !the && qual == "" && !hyph {
		sign := 0
		e2 := end + 1
		switch {
		case after == "ago" || after == "earlier":
			sign = -1
		case after == "hence":
			sign = 1
		case after == "from" && p.w(end+1) == "now":
			sign, e2 = 1, end+2
		}
		if sign != 0 {
			omod := map[string]string{"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "EQUAL_OR_MORE": "ON_OR_BEFORE", "EQUAL_OR_LESS": "ON_OR_AFTER", "APPROX": "APPROX"}[mod]
			if sign > 0 && (omod == "BEFORE" || omod == "AFTER") {
				omod = map[string]string{"BEFORE": "AFTER", "AFTER": "BEFORE"}[omod]
			}
			if x || !hasNum {
				if sign < 0 {
					return p.mk(start, e2, "PAST_REF", "DATE", "")
				}
				return p.mk(start, e2, "FUTURE_REF", "DATE", "")
			}
			n := int(v + 0.5)
			if u == "FN" {
				u, n = "W", n*2
			}
			val := p.a.shift(u, sign*n)
			if u == "Y" && sign < 0 && n >= 1 && len(p.last) == 7 && p.last[5] == 'Q' && isDigits(p.last[:4]) {
				// Results "up from a year ago" compare with the same quarter
				// a year before the quarter being discussed.
				y, _ := strconv.Atoi(p.last[:4])
				val = fmt.Sprintf("%04d-%s", y-n, p.last[5:])
			}
			h, _ := p.mk(start, e2, val, "DATE", omod)
			h.noAnchor = true
			return h, true
		}
	}
	if !hasNum && !plural {
		if the && qual == "past" && u == "Y" && mod == "" {
			// TimeBank reads "the past year" as the previous calendar year.
			return p.mk(start, end, p.a.shift("Y", -1), "DATE", "")
		}
		if the && qual == "full" && u == "Y" && mod == "" {
			return p.mk(start, end, p.a.shift("Y", 0), "DATE", "") // "the full year"
		}
		return p.mk(start, end, durValue(1, false, u), "DURATION", mod)
	}
	if hasNum && p.t[j].k == kNum && !hyph && idBefore[p.w(i-1)] {
		return hit{}, false
	}
	if the && qual == "" && hyph && p.w(start) == "the" {
		start++ // "the five-year plan": "the" belongs to the noun phrase
	}
	return p.mk(start, end, durValue(v, x, u), "DURATION", mod)
}

// bareDurationContext allows a bare plural unit ("years", "decades") after
// the prepositions that make it a duration ("for years", "within weeks").
func (p *parser) bareDurationContext(i int) bool {
	switch p.w(i - 1) {
	case "for", "over", "within", "after", "in", "lasting", "lasted", "lasts", "spanning", "spanned", "taking", "took", "take", "spent", "spend":
		return true
	}
	return false
}

// amountBefore reports whether an amount or a frequency precedes i
// ("$5 billion a year", "twice a year").
func (p *parser) amountBefore(i int) bool {
	if i == 0 {
		return false
	}
	switch p.w(i - 1) {
	case "million", "billion", "trillion", "thousand", "percent", "%", "dollars", "euros", "times", "twice", "once", "thrice", "tons", "tonnes", "barrels":
		return true
	}
	if p.anyNum(i - 1) {
		return true
	}
	// "thousands of people a day", "four flights a week": a plural noun
	// before "a day" makes a rate.
	w := p.w(i - 1)
	switch w {
	case "people", "men", "women", "children", "staff", "personnel":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !notPlural[w] &&
		p.t[i-1].k == kWord && !p.t[i-1].up
}

// notPlural are words ending in -s that are no plural nouns.
var notPlural = map[string]bool{
	"across": true, "this": true, "thus": true, "perhaps": true, "always": true, "towards": true,
	"whereas": true, "unless": true, "plus": true, "does": true, "was": true, "has": true, "is": true,
	"his": true, "its": true, "hers": true, "ours": true, "theirs": true, "yours": true, "sometimes": true,
	"besides": true, "afterwards": true, "nevertheless": true, "nonetheless": true, "takes": true,
	"lasts": true, "needs": true, "means": true, "seems": true, "remains": true, "becomes": true,
}

// mSet finds recurring times: "every year", "each Thursday", "annually",
// "twice a year", "per month".
// lexLookup is tab[p.w(i)] for a table of lexTables, whose keys are
// words of class cLex: other tokens are ruled out without hashing.
func lexLookup(p *parser, i int, tab map[string]string) string {
	if !p.lex(i) {
		return ""
	}
	return tab[p.t[i].w]
}

func (p *parser) mSet(i int) (hit, bool) {
	w := p.w(i)
	if !p.trig(i) {
		return hit{}, false // set words are triggers
	}
	// (Set adverbs are in lexTables: most triggers need no look-up.)
	if v := lexLookup(p, i, setAdverbs); v != "" {
		if p.t[i].up && i > 0 && p.t[i-1].k == kWord {
			return hit{}, false // a title: "The Daily Mail"
		}
		if w == "quarterly" && i+1 < len(p.t) && p.t[i+1].k == kWord && !p.t[i+1].up {
			return hit{}, false // "its quarterly dividend" names a payment, not a recurrence
		}
		return p.mk(i, i+1, v, "SET", "")
	}
	switch w {
	case "every", "each":
		j := i + 1
		n := 1.0
		if p.w(j) == "other" {
			n, j = 2, j+1
		} else if v, x, k, ok := p.number(j); ok && !x && p.w(j) != "a" && p.w(j) != "an" {
			n, j = v, k
		}
		if wd := weekdays[p.w(j)]; wd > 0 {
			return p.mk(i, j+1, fmt.Sprintf("XXXX-WXX-%d", wd), "SET", "")
		}
		if m := months[p.w(j)]; m > 0 && p.t[j].up {
			return p.mk(i, j+1, fmt.Sprintf("XXXX-%02d", m), "SET", "")
		}
		if s := seasons[p.w(j)]; s != "" {
			return p.mk(i, j+1, "XXXX-"+s, "SET", "")
		}
		if pd := partsOfDay[p.w(j)]; pd != "" {
			return p.mk(i, j+1, "XXXX-XX-XXT"+pd, "SET", "")
		}
		if p.w(j) == "weekend" {
			return p.mk(i, j+1, "XXXX-WXX-WE", "SET", "")
		}
		if u, _, ok := p.unitAt(j); ok {
			return p.mk(i, j+1, durValue(n, false, u), "SET", "")
		}
	case "once", "twice", "thrice":
		if a := p.w(i + 1); a == "a" || a == "an" || a == "per" || a == "every" || a == "each" {
			if u, plural, ok := p.unitAt(i + 2); ok && !plural {
				return p.mk(i, i+3, durValue(1, false, u), "SET", "")
			}
		}
	case "per":
		if u, plural, ok := p.unitAt(i + 1); ok && !plural {
			return p.mk(i, i+2, durValue(1, false, u), "SET", "")
		}
	}
	return hit{}, false
}

// mTime finds clock times and parts of days: "5:01 P.M. EDT", "around
// 7:15 p.m.", "noon Thursday", "10 p.m. Wednesday", "in the morning".
func (p *parser) mTime(i int) (hit, bool) {
	start, j := i, i
	mod := ""
	switch p.w(j) {
	case "around", "about", "approximately", "roughly":
		mod, j = "APPROX", j+1
	}
	hh, mm := -1, 0
	explicit := false // am/pm, o'clock or a time zone makes a bare number a time
	t := func(k int) *tok {
		if k < len(p.t) {
			return &p.t[k]
		}
		return &tok{n: -1}
	}
	switch w := p.w(j); {
	case (w == "noon" || w == "midday") && (!p.t[j].up || j == 0 || p.t[j-1].k == kPunct):
		hh, explicit, j = 12, true, j+1
	case w == "midnight":
		hh, explicit, j = 24, true, j+1
	case t(j).k == kNumX && strings.Count(w, ":") == 1 && len(w) <= 5:
		a, b, _ := strings.Cut(w, ":")
		h, err1 := strconv.Atoi(a)
		m, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || h > 24 || m > 59 || len(b) != 2 || p.numberAfter(j+1) || p.numberBefore(j) {
			return hit{}, false
		}
		hh, mm, j = h, m, j+1
	case t(j).k == kNum && len(w) <= 2 && t(j).n <= 12:
		hh, j = int(t(j).n), j+1
	case t(j).k == kAlnum && (strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm")):
		n, err := strconv.Atoi(w[:len(w)-2])
		if err != nil || n < 1 || n > 12 {
			return hit{}, false
		}
		hh, j, explicit = n, j+1, true
		if w[len(w)-2] == 'p' && hh < 12 {
			hh += 12
		} else if w[len(w)-2] == 'a' && hh == 12 {
			hh = 0
		}
	case p.lex(j) && partsOfDay[w] != "" || w == "mid-afternoon" || w == "mid" && (p.w(j+1) == "afternoon" || p.w(j+1) == "-" && p.w(j+2) == "afternoon") || w == "the" && p.lex(j+1) && partsOfDay[p.w(j+1)] != "":
		return p.partOfDay(i)
	default:
		return hit{}, false
	}
	if hh < 0 {
		return hit{}, false
	}
	// am / pm in its spellings: "a.m.", "p.m", "am", "PM".
	if ap := p.w(j); (ap == "a" || ap == "p") && p.w(j+1) == "." && p.w(j+2) == "m" {
		k := j + 3
		k = p.dot(k)
		if ap == "p" && hh < 12 {
			hh += 12
		} else if ap == "a" && hh == 12 {
			hh = 0
		}
		j, explicit = k, true
	} else if ap == "am" || ap == "pm" {
		if ap == "pm" && hh < 12 {
			hh += 12
		} else if ap == "am" && hh == 12 {
			hh = 0
		}
		j, explicit = j+1, true
	} else if ap == "o" && p.w(j+1) == "'" && p.w(j+2) == "clock" {
		j, explicit = j+3, true
	}
	if timezones[p.w(j)] && p.t[j].up {
		j, explicit = j+1, true
	}
	if !explicit {
		switch p.w(start - 1) {
		case "at", "by", "until", "till", "from", "before", "after", "since", "around":
			if !strings.Contains(p.w(start), ":") {
				return hit{}, false
			}
		default:
			return hit{}, false
		}
	}
	if hh > 24 || hh == 24 && mm != 0 {
		return hit{}, false
	}
	day := p.a.today()
	// "noon Thursday", "5 p.m. EST Nov. 9", "10 p.m. yesterday".
	if h, ok := p.dayRef(p.skipComma(j)); ok {
		day, j = h.val, h.end
	}
	return p.mk(start, j, fmt.Sprintf("%sT%02d:%02d", day, hh, mm), "TIME", mod)
}

// dayRef reads a day right after a clock time.
func (p *parser) dayRef(j int) (hit, bool) {
	switch p.w(j) {
	case "today", "yesterday", "tomorrow":
		h, ok := p.deictic(j)
		if ok && h.typ == "DATE" && len(h.val) == 10 {
			return h, true
		}
		if ok && h.typ == "TIME" && len(h.val) > 10 && h.val[10] == 'T' {
			h.val, h.typ = h.val[:10], "DATE" // "5 a.m. tomorrow morning": the clock says the hour
			return h, true
		}
		return hit{}, false
	}
	if j < len(p.t) && (weekdays[p.w(j)] > 0 || months[p.w(j)] > 0 || monthAbbr[p.w(j)] > 0) {
		h, ok := p.mDateAbs(j)
		if ok && h.typ == "DATE" && len(h.val) == 10 {
			return h, true
		}
	}
	return hit{}, false
}

// partOfDay handles "in the morning", "mid-afternoon", "the evening".
func (p *parser) partOfDay(i int) (hit, bool) {
	j := i
	switch {
	case p.w(j) == "mid-afternoon":
		return p.mk(i, j+1, p.a.today()+"TAF", "TIME", "")
	case p.w(j) == "mid" && (p.w(j+1) == "-" && p.w(j+2) == "afternoon" || p.w(j+1) == "afternoon"):
		e := j + 2
		if p.w(j+1) == "-" {
			e++
		}
		day := p.a.today()
		if h, ok := p.dayRef(e); ok {
			day, e = h.val, h.end
		}
		return p.mk(i, e, day+"TAF", "TIME", "")
	case p.w(j) == "the":
		switch p.w(i - 1) {
		case "in", "during", "by", "through":
		default:
			return hit{}, false
		}
		pd := partsOfDay[p.w(j+1)]
		if pd == "" || p.w(j+2) == "of" {
			return hit{}, false
		}
		return p.mk(i, j+2, p.a.today()+"T"+pd, "TIME", "")
	}
	return hit{}, false
}

// mVague finds vague references to the present, past and future: "now",
// "currently", "recently", "the past", "the future", "soon".
func (p *parser) mVague(i int) (hit, bool) {
	w := p.w(i)
	switch w {
	case "now":
		if p.hyphen(i+1) || p.w(i-1) == "just" && false {
			return hit{}, false
		}
		return p.mk(i, i+1, "PRESENT_REF", "DATE", "")
	case "currently", "presently", "nowadays":
		return p.mk(i, i+1, "PRESENT_REF", "DATE", "")
	case "current":
		n := p.w(i + 1)
		if i+1 >= len(p.t) || p.t[i+1].k != kWord || n == "account" || n == "accounts" || n == "of" || n == "is" || n == "was" || n == "and" {
			return hit{}, false
		}
		return p.mk(i, i+1, "PRESENT_REF", "DATE", "")
	case "recently", "lately":
		return p.mk(i, i+1, "PAST_REF", "DATE", "")
	case "recent":
		if n := p.w(i + 1); n == "times" || n == "past" {
			return p.mk(i, i+2, "PAST_REF", "DATE", "")
		}
		if i+1 < len(p.t) && p.t[i+1].k == kWord {
			return p.mk(i, i+1, "PAST_REF", "DATE", "")
		}
	case "earlier":
		// The adverb alone ("Earlier, ..." / "as he said earlier."); "earlier
		// this year" and "an earlier report" are handled or skipped.
		if p.w(i+1) == "than" || p.w(i-1) == "an" || p.w(i-1) == "the" || p.w(i-1) == "much" {
			return hit{}, false
		}
		if i+1 < len(p.t) && p.t[i+1].k == kPunct && p.w(i+1) != "-" {
			return p.mk(i, i+1, "PAST_REF", "DATE", "")
		}
	case "soon":
		if p.w(i-1) == "as" || p.w(i+1) == "as" || p.w(i+1) == "after" || p.w(i+1) == "-" {
			return hit{}, false
		}
		return p.mk(i, i+1, "FUTURE_REF", "DATE", "")
	case "future":
		if p.w(i-1) == "the" || p.w(i+1) == "-" {
			return hit{}, false
		}
		if i+1 < len(p.t) && p.t[i+1].k == kWord && p.w(i+1) != "of" {
			return p.mk(i, i+1, "FUTURE_REF", "DATE", "")
		}
	case "present":
		if p.w(i-1) == "at" {
			return p.mk(i, i+1, "PRESENT_REF", "DATE", "")
		}
	case "long":
		if p.w(i+1) == "ago" {
			return p.mk(i, i+2, "PAST_REF", "DATE", "")
		}
	case "these":
		if p.w(i+1) == "days" && p.w(i-1) != "of" {
			return p.mk(i, i+2, "PRESENT_REF", "DATE", "")
		}
	case "the":
		j := i + 1
		adj := p.w(j)
		switch adj {
		case "near", "foreseeable", "distant", "immediate", "recent", "not-too-distant":
			j++
		}
		switch p.w(j) {
		case "future":
			return p.mk(i, j+1, "FUTURE_REF", "DATE", "")
		case "past":
			if _, _, ok := p.unitAt(j + 1); ok || p.anyNum(j+1) || p.w(j+1) == "few" || p.w(j+1) == "several" {
				return hit{}, false
			}
			return p.mk(i, j+1, "PAST_REF", "DATE", "")
		case "present":
			if adj == "present" {
				return p.mk(i, j+1, "PRESENT_REF", "DATE", "")
			}
		case "short", "long", "medium", "term":
			if p.w(j+1) == "term" && j == i+1 {
				return p.mk(i, j+2, "FUTURE_REF", "DATE", "")
			}
			if p.w(j) == "term" && adj == "near" {
				return p.mk(i, j+1, "FUTURE_REF", "DATE", "")
			}
		}
	}
	return hit{}, false
}
