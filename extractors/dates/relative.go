package dates

import (
	"fmt"
	"strings"
	"time"
)

// dirWords give the direction of "last week", "this year", "next month".
var dirWords = map[string]int{"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1}

// mRelative finds deictic expressions: "yesterday", "today", "tonight",
// "last year", "this week", "next month", "last Friday", "this spring",
// "earlier this year", "early next year", "the previous day", "the weekend".
func (p *parser) mRelative(i int) (hit, bool) {
	w := p.w(i)
	// "earlier this year", "late yesterday", "early next year".
	mod, j := "", i
	switch w {
	case "earlier", "later":
		j = i + 1
	case "early":
		mod, j = "START", i+1
	case "late":
		mod, j = "END", i+1
	}
	if j > i {
		h, ok := p.deictic(j)
		if !ok || h.typ == "DURATION" {
			return hit{}, false
		}
		h.start = i
		if h.mod == "" {
			h.mod = mod
		}
		return h, true
	}
	return p.deictic(i)
}

func (p *parser) deictic(i int) (hit, bool) {
	if i >= len(p.t) {
		return hit{}, false
	}
	w := p.w(i)
	// A capitalised "Today" or "This Week" inside a sentence is a title
	// ("VOA Today", "This Week With David Brinkley"), also when quoted
	// (`on ABC's "This Week," he said`).
	if p.t[i].up && i > 0 && (p.t[i-1].k != kPunct || p.quoteInSentence(i-1)) &&
		(w == "today" || w == "this" && i+1 < len(p.t) && p.t[i+1].up) {
		return hit{}, false
	}
	switch w {
	case "today", "yesterday", "tomorrow", "tonight":
		off := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[w]
		day := p.a.shift("D", off)
		if w == "today" && !p.a.ok {
			day = "PRESENT_REF"
		}
		if w == "tonight" {
			return p.mk(i, i+1, p.a.shift("D", 0)+"TNI", "TIME", "")
		}
		if pd := partsOfDay[p.w(i+1)]; pd != "" && day != "PRESENT_REF" {
			return p.mk(i, i+2, day+"T"+pd, "TIME", "")
		}
		return p.mk(i, i+1, day, "DATE", "")
	case "the":
		return p.theRelative(i)
	}
	if !p.is(i, cDir) {
		return hit{}, false
	}
	dir, ok := dirWords[w]
	if !ok || w == "following" || w == "previous" || w == "current" && !p.t[i].up && false {
		return hit{}, false
	}
	j := i + 1
	// "this past spring", "this coming Sunday".
	if w == "this" && (p.w(j) == "past" || p.w(j) == "coming") {
		dir = dirWords[p.w(j)]
		j++
	}
	return p.relTarget(i, j, dir, w == "past")
}

// relTarget resolves the thing after a direction word at j.
func (p *parser) relTarget(start, j, dir int, past bool) (hit, bool) {
	w := p.w(j)
	if j >= len(p.t) {
		return hit{}, false
	}
	if wd := weekdays[w]; wd > 0 && p.t[j].up {
		var v string
		if p.w(start) == "this" && p.w(start+1) == "coming" {
			v = p.a.weekday(wd, true)
		} else {
			v = p.a.weekdayRel(wd, dir)
		}
		if pd := partsOfDay[p.w(j+1)]; pd != "" {
			return p.mk(start, j+2, v+"T"+pd, "TIME", "")
		}
		return p.mk(start, j+1, v, "DATE", "")
	}
	if m, ok := months[w]; ok && p.t[j].up {
		return p.mk(start, j+1, p.a.monthRel(m, dir), "DATE", "")
	}
	if s := seasons[w]; s != "" {
		return p.mk(start, j+1, p.a.seasonRel(s, dir), "DATE", "")
	}
	if pd := partsOfDay[w]; pd != "" {
		off := 0
		if dir < 0 {
			off = -1
		} else if dir > 0 {
			off = 1
		}
		if p.w(start) == "this" || p.w(start) == "last" && pd == "NI" || p.w(start) == "last" && pd == "EV" {
			return p.mk(start, j+1, p.a.shift("D", off)+"T"+pd, "TIME", "")
		}
		return hit{}, false
	}
	end := j + 1
	if w == "fiscal" {
		if p.w(j+1) == "year" {
			w, end = "year", j+2
		} else {
			return hit{}, false
		}
	}
	u, plural, ok := p.unitAt(j)
	if w == "weekend" {
		u, ok, plural = "W", true, false
	}
	if !ok || plural || u == "H" || u == "MIN" || u == "S" {
		return hit{}, false
	}
	if past && w != "weekend" {
		// "past year" is a duration (the last twelve months), not a date.
		return p.mk(start, end, durValue(1, false, u), "DURATION", "")
	}
	if u == "D" {
		return hit{}, false // "this day", "next day" are anaphoric
	}
	v := p.a.shift(u, dir)
	if w == "weekend" {
		v += "-WE"
	}
	return p.mk(start, end, v, "DATE", "")
}

// theRelative handles the phrases that start with "the": "the previous
// day", "the following week", "the current year", "the weekend", "the day
// before yesterday".
func (p *parser) theRelative(i int) (hit, bool) {
	w1, w2 := p.w(i+1), p.w(i+2)
	switch {
	case w1 == "day" && (w2 == "before" || w2 == "after") && (p.w(i+3) == "yesterday" || p.w(i+3) == "tomorrow"):
		off := -2
		if w2 == "after" {
			off = 2
		}
		return p.mk(i, i+4, p.a.shift("D", off), "DATE", "")
	case w1 == "weekend":
		v := "XXXX-WXX-WE"
		if p.a.ok {
			t := p.a.t
			if wd := t.Weekday(); wd >= 1 && wd <= 4 { // Mon–Thu: the weekend just past
				t = t.AddDate(0, 0, -7)
			}
			v = fmtWeek(t) + "-WE"
		}
		return p.mk(i, i+2, v, "DATE", "")
	case w1 == "previous" || w1 == "preceding" || w1 == "following" || w1 == "next" || w1 == "current":
		dir := map[string]int{"previous": -1, "preceding": -1, "following": 1, "next": 1, "current": 0}[w1]
		end := i + 3
		if w2 == "fiscal" && p.w(i+3) == "year" {
			w2, end = "year", i+4
		}
		// "The following month" and "the previous Friday" count from the
		// last date the text named (TimeML anchors them on it); so does
		// "the next morning" in a clause about the past. The reference
		// stands in when the text has named no date that precise.
		a := p.a
		anaphoric := w1 == "previous" || w1 == "preceding" || w1 == "following" || w1 == "next" && p.clauseTense(i) < 0
		unit := "D"
		if u, plural, ok := p.unitAt(i + 2); ok && !plural {
			unit = u
		}
		if w2 == "year" {
			unit = "Y"
		}
		if anaphoric {
			if la, ok := p.lastAnchor(unit); ok {
				a = la
			}
		}
		if wd := weekdays[w2]; wd > 0 && p.t[i+2].up && dir != 0 {
			return p.mk(i, end, a.weekdayRel(wd, dir), "DATE", "")
		}
		if pd := partsOfDay[w2]; pd != "" && dir != 0 {
			return p.mk(i, end, a.shift("D", dir), "DATE", "")
		}
		u, plural, ok := p.unitAt(i + 2)
		if w2 == "year" {
			u, plural, ok = "Y", false, true
		}
		if !ok || plural || u == "H" || u == "MIN" || u == "S" {
			return hit{}, false
		}
		return p.mk(i, end, a.shift(u, dir), "DATE", "")
	case w1 == "current" || w1 == "present" && w2 == "day":
		return hit{}, false
	}
	return hit{}, false
}

// mQuarter finds quarters and halves: "Q3 2024", "the third quarter of
// 2024", "third-quarter", "the 1988 third quarter", "the first half of
// 2025", "H1 2025".
func (p *parser) mQuarter(i int) (hit, bool) {
	start, j := i, i
	if p.w(j) == "the" {
		j++
	}
	if p.w(j) == "fiscal" && j > i { // "the fiscal first quarter", "the fiscal-first quarter"
		j++
		if p.hyphen(j) {
			j++
		}
	}
	y := 0
	if yy, k, ok := p.year4(j); ok && p.t[j].k == kNum {
		y, j = yy, k
	}
	w := p.w(j)
	// "Q3", "H1".
	if len(w) == 2 && (w[0] == 'q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'h' && (w[1] == '1' || w[1] == '2')) && p.t[j].up {
		k := j + 1
		if y == 0 {
			if yy, e, ok := p.year4(p.ofOrComma(k)); ok {
				y, k = yy, e
			} else if p.w(k) == "'" || p.w(k) == "-" {
				if p.isNum(k+1) && len(p.w(k+1)) == 2 {
					y, k = 2000+int(p.t[k+1].n), k+2
				}
			}
		}
		if w[0] == 'h' && y == 0 {
			return hit{}, false
		}
		return p.periodValue(start, k, y, strings.ToUpper(w))
	}
	// "third quarter", "first half", "second-half".
	n, k, ok := p.ordinalWord(j)
	if !ok {
		switch w {
		case "final", "last", "latter":
			n, k, ok = 4, j+1, true
		}
		if !ok {
			return hit{}, false
		}
	}
	if p.hyphen(k) {
		k++
		if start < j && y == 0 {
			start++ // "the third-quarter loss": "the" belongs to the noun
		}
	}
	isQuarter := p.w(k) == "quarter" && n >= 1 && n <= 4
	isHalf := p.w(k) == "half" && (n == 1 || n == 2 || n == 4)
	if !isQuarter && !isHalf {
		return hit{}, false
	}
	if w == "last" && start == j {
		return hit{}, false // "last quarter" is relative
	}
	k++
	if y == 0 {
		if yy, e, ok := p.year4(p.ofOrComma(k)); ok && p.t[p.ofOrComma(k)].k == kNum {
			y, k = yy, e
		} else if (p.w(k) == "of" || p.w(k) == "in") && dirWords[p.w(k+1)] != 0 || p.w(k) == "of" && p.w(k+1) == "this" {
			if p.w(k+2) == "year" || p.w(k+2) == "fiscal" && p.w(k+3) == "year" {
				d := dirWords[p.w(k+1)]
				e := k + 3
				if p.w(k+2) == "fiscal" {
					e++
				}
				if p.a.ok {
					y = p.a.t.Year() + d
				}
				k = e
				if !p.a.ok {
					if isHalf {
						return p.mk(start, k, fmt.Sprintf("XXXX-H%d", min(n, 2)), "DATE", "")
					}
					return p.mk(start, k, fmt.Sprintf("XXXX-Q%d", n), "DATE", "")
				}
			}
		} else if p.w(k) == "of" && p.w(k+1) == "the" && p.w(k+2) == "year" {
			k += 3
		}
	}
	if isHalf {
		if n == 4 {
			n = 2
		}
		if y == 0 && p.a.ok {
			y = p.a.t.Year()
		}
		return p.periodValue(start, k, y, fmt.Sprintf("H%d", n))
	}
	if p.w(k) == "s" || p.w(k-1) == "quarters" {
		return hit{}, false
	}
	return p.periodValue(start, k, y, fmt.Sprintf("Q%d", n))
}

func (p *parser) ofOrComma(k int) int {
	if w := p.w(k); w == "of" || w == "," || w == "in" {
		return k + 1
	}
	return k
}

func (p *parser) periodValue(start, end, y int, per string) (hit, bool) {
	if y == 0 {
		if per[0] == 'Q' {
			return p.mk(start, end, p.a.quarter(int(per[1]-'0'), p.clauseTense(start) < 0), "DATE", "")
		}
		return p.mk(start, end, "XXXX-"+per, "DATE", "")
	}
	return p.mk(start, end, fmt.Sprintf("%04d-%s", y, per), "DATE", "")
}

// mSeason finds seasons with a year or an article: "summer 2024", "the
// spring of 2023", "in the autumn". "this summer", "last fall" are handled
// as relative expressions.
func (p *parser) mSeason(i int) (hit, bool) {
	start, j := i, i
	if p.w(j) == "the" {
		j++
	}
	if !p.lex(j) {
		return hit{}, false // season words are in lexTables
	}
	s := seasons[p.w(j)]
	if s == "" {
		return hit{}, false
	}
	k := j + 1
	if y, e, ok := p.year4(p.ofOrComma(k)); ok {
		return p.mk(start, e, fmt.Sprintf("%04d-%s", y, s), "DATE", "")
	}
	if start == j && (p.w(i-1) == "early" || p.w(i-1) == "late" || p.w(i-1) == "mid") && p.w(j) != "fall" {
		// The season inside "the early summer" (mEdge adds "the early").
		if !p.a.ok {
			return p.mk(start, k, "XXXX-"+s, "DATE", "")
		}
		return p.mk(start, k, fmt.Sprintf("%04d-%s", p.a.t.Year(), s), "DATE", "")
	}
	if start == j || p.w(j) == "fall" && p.w(k) == "of" {
		return hit{}, false
	}
	switch p.w(i - 1) {
	case "in", "during", "by", "over", "this", "until", "since", "through", "throughout", "into", "for", "of", "before", "after":
	default:
		return hit{}, false
	}
	if !p.a.ok {
		return p.mk(start, k, "XXXX-"+s, "DATE", "")
	}
	return p.mk(start, k, fmt.Sprintf("%04d-%s", p.a.t.Year(), s), "DATE", "")
}

// mEdge finds the parts of a period: "early 2024", "mid-2025", "the late
// 1990s", "late November", "the end of this week", "the beginning of next
// year", "the middle of October".
func (p *parser) mEdge(i int) (hit, bool) {
	if p.nested {
		return hit{}, false
	}
	start, j := i, i
	if p.w(j) == "the" {
		j++
	}
	mod := ""
	switch p.w(j) {
	case "early":
		mod = "START"
	case "late":
		mod = "END"
	case "mid", "middle":
		mod = "MID"
	case "end", "beginning", "start", "close":
		if p.w(j+1) != "of" || start == j {
			return hit{}, false
		}
		mod = map[string]string{"end": "END", "close": "END", "beginning": "START", "start": "START"}[p.w(j)]
		j++
	default:
		return hit{}, false
	}
	if p.w(j) == "middle" {
		if p.w(j+1) != "of" || start == j {
			return hit{}, false
		}
		j++
	}
	k := j + 1
	if p.w(k) == "-" {
		k++
	}
	if k >= len(p.t) {
		return hit{}, false
	}
	// "the end of the year": the reference's own period.
	if p.w(k) == "the" {
		if u, plural, ok := p.unitAt(k + 1); ok && !plural && (u == "Y" || u == "M" || u == "W" || u == "DE" || u == "CE" || u == "Q") {
			return p.mk(start, k+2, p.a.shift(u, 0), "DATE", mod)
		}
	}
	h, ok := p.bestDate(k)
	if !ok {
		return hit{}, false
	}
	h.start, h.mod = start, mod
	return h, true
}

// bestDate is best() limited to calendar periods (no durations, sets or
// vague references), for patterns that wrap a date.
func (p *parser) bestDate(i int) (hit, bool) {
	p.nested = true
	h, ok := p.best(i)
	p.nested = false
	if !ok || h.val == "" || h.typ != "DATE" || strings.HasSuffix(h.val, "_REF") || len(h.extra) > 0 {
		return hit{}, false
	}
	return h, true
}

// lastAnchor turns the last calendar value named in the text into an
// anchor precise enough for unit u: a day for days and weeks, a month for
// months, a quarter or month for quarters, a year for years and longer.
func (p *parser) lastAnchor(u string) (anchor, bool) {
	v := p.last
	if len(v) < 4 || !isDigits(v[:4]) {
		return anchor{}, false
	}
	y := atoi(v[:4])
	m, d := 1, 1
	switch u {
	case "Y", "DE", "CE":
	case "M", "Q":
		switch {
		case len(v) >= 7 && v[4] == '-' && isDigits(v[5:7]):
			m = atoi(v[5:7])
		case u == "Q" && len(v) == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4':
			m = int(v[6]-'0')*3 - 2
		default:
			return anchor{}, false
		}
	default: // days, weeks, weekdays, parts of day
		if len(v) < 10 || v[4] != '-' || v[7] != '-' || !isDigits(v[5:7]) || !isDigits(v[8:10]) {
			return anchor{}, false
		}
		m, d = atoi(v[5:7]), atoi(v[8:10])
	}
	if !validDate(y, m, d) {
		return anchor{}, false
	}
	return anchor{ok: true, t: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)}, true
}

// atoi reads a short run of ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// quoteInSentence reports whether token j is an opening quote mark inside a
// sentence: a word comes before it, with at most one more quote mark
// between (`ABC News' "This Week"`).
func (p *parser) quoteInSentence(j int) bool {
	for k := j; k >= 0 && k > j-3; k-- {
		if w := p.t[k].w; w != "\"" && w != "'" {
			return k < j && p.t[k].k == kWord
		}
	}
	return false
}
