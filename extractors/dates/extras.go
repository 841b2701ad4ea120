package dates

import (
	"fmt"
	"strconv"
	"time"
)

// spokenYear reads a year written in words, as transcripts and speeches
// have it: "nineteen ninety-six", "nineteen hundred", "two thousand and one".
func (p *parser) spokenYear(i int) (y, j int, ok bool) {
	if !p.is(i, cNumWord) {
		return 0, i, false // spoken years start with a number word
	}
	w := p.w(i)
	if c := smallNums[w]; c >= 10 && c <= 20 || tens[w] == 20 {
		c += tens[w]
		k := i + 1
		if p.w(k) == "hundred" && smallNums[w] >= 11 {
			// "nineteen hundred" is a year only where a year is expected;
			// "twelve hundred students" is a count.
			if !monthContext[p.w(i-1)] && p.w(i-1) != "year" {
				return 0, i, false
			}
			y, j = c*100, k+1
		} else if n, _, e, ok := p.number(k); ok && n >= 10 && n < 100 && n == float64(int(n)) && tens[p.w(k)] > 0 {
			y, j = c*100+int(n), e
		} else {
			return 0, i, false
		}
	} else if w == "two" && p.w(i+1) == "thousand" {
		y, j = 2000, i+2
		k := j
		if p.w(k) == "and" {
			k++
		}
		if n, _, e, ok := p.number(k); ok && n >= 1 && n < 100 && p.w(k) != "a" && p.w(k) != "an" {
			y, j = 2000+int(n), e
		}
		// "two thousand" is more often a count than a year: only after "the
		// year", a temporal preposition or a month.
		switch p.w(i - 1) {
		case "year", "in", "since", "until", "by", "of", "from", "before", "after":
		default:
			if _, _, _, isMonth := p.month(i - 1); !isMonth {
				return 0, i, false
			}
		}
	} else {
		return 0, i, false
	}
	if y < 1000 || y > 2100 || yearBlockAfter[p.w(j)] || units[p.w(j)] != "" {
		return 0, i, false
	}
	return y, j, true
}

// holiday describes a named day: a fixed date, or the n-th weekday of a
// month (n = -1 for the last), or Easter.
type holiday struct {
	words        []string
	month, day   int
	weekday, nth int
	easter       int // offset from Easter Sunday, when easterBased
	easterBased  bool
}

// holidays are widely used named days; country-specific ones are those of
// the United States, whose press dominates English news.
var holidays = []holiday{
	{words: []string{"christmas", "eve"}, month: 12, day: 24},
	{words: []string{"christmas", "day"}, month: 12, day: 25},
	{words: []string{"christmas"}, month: 12, day: 25},
	{words: []string{"boxing", "day"}, month: 12, day: 26},
	{words: []string{"new", "year", "'", "s", "eve"}, month: 12, day: 31},
	{words: []string{"new", "year", "'", "s", "day"}, month: 1, day: 1},
	{words: []string{"valentine", "'", "s", "day"}, month: 2, day: 14},
	{words: []string{"halloween"}, month: 10, day: 31},
	{words: []string{"veterans", "day"}, month: 11, day: 11},
	{words: []string{"armistice", "day"}, month: 11, day: 11},
	{words: []string{"victory", "day"}, month: 5, day: 9},
	{words: []string{"thanksgiving", "day"}, month: 11, weekday: 4, nth: 4},
	{words: []string{"thanksgiving"}, month: 11, weekday: 4, nth: 4},
	{words: []string{"labor", "day"}, month: 9, weekday: 1, nth: 1},
	{words: []string{"memorial", "day"}, month: 5, weekday: 1, nth: -1},
	{words: []string{"martin", "luther", "king", "day"}, month: 1, weekday: 1, nth: 3},
	{words: []string{"election", "day"}, month: 11, weekday: 2, nth: -2}, // Tuesday after the first Monday
	{words: []string{"easter", "sunday"}, easterBased: true},
	{words: []string{"easter"}, easterBased: true},
	{words: []string{"good", "friday"}, easterBased: true, easter: -2},
	{words: []string{"easter", "monday"}, easterBased: true, easter: 1},
}

func (h holiday) date(y int) time.Time {
	switch {
	case h.easterBased:
		return easter(y).AddDate(0, 0, h.easter)
	case h.nth == -2: // the Tuesday after the first Monday of November
		d := time.Date(y, time.Month(h.month), 1, 0, 0, 0, 0, time.UTC)
		for d.Weekday() != time.Monday {
			d = d.AddDate(0, 0, 1)
		}
		return d.AddDate(0, 0, 1)
	case h.nth > 0:
		d := time.Date(y, time.Month(h.month), 1, 0, 0, 0, 0, time.UTC)
		for int(d.Weekday()) != h.weekday%7 {
			d = d.AddDate(0, 0, 1)
		}
		return d.AddDate(0, 0, 7*(h.nth-1))
	case h.nth == -1:
		d := time.Date(y, time.Month(h.month)+1, 0, 0, 0, 0, 0, time.UTC)
		for int(d.Weekday()) != h.weekday%7 {
			d = d.AddDate(0, 0, -1)
		}
		return d
	}
	return time.Date(y, time.Month(h.month), h.day, 0, 0, 0, 0, time.UTC)
}

// easter computes Easter Sunday (Gregorian) by the anonymous algorithm.
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// mExtra finds named days ("Thanksgiving Day", "last Christmas"), the year's
// end ("year-end"), reported quarters ("the latest quarter") and "earlier in
// the year".
func (p *parser) mExtra(i int) (hit, bool) {
	if h, ok := p.mHoliday(i); ok {
		return h, true
	}
	w := p.w(i)
	// "year-end", "year end", "year's end".
	if w == "year" {
		k := i + 1
		if p.w(k) == "-" {
			k++
		} else if p.w(k) == "'" && p.w(k+1) == "s" {
			k += 2
		}
		if p.w(k) == "end" {
			return p.mk(i, k+1, p.a.shift("Y", 0), "DATE", "END")
		}
	}
	// "year-earlier", "year-ago" (results compared with a year before);
	// "the year-ago quarter" is the reported quarter a year before.
	if h, ok := p.yearAgo(i); ok {
		h.noAnchor = true // a year before another date: "that year" still means the other
		return h, true
	}
	// "that year", "later that day", "the same month": the last date named.
	if h, ok := p.anaphoric(i); ok {
		return h, true
	}
	// "the year", "the fiscal year": the reference's year, or a twelve-month
	// period when a closing date follows ("the year ended March 31").
	if w == "the" {
		k := i + 1
		if p.w(k) == "fiscal" {
			k++
		}
		if p.w(k) == "year" && !p.isNum(k+1) && p.w(k+1) != "-" && p.w(k+1) != "'" && p.w(k+1) != "before" && p.w(k+1) != "after" && p.w(k+1) != "of" {
			switch p.w(k + 1) {
			case "ended", "ending", "ends", "to", "through":
				return p.mk(i, k+1, "P1Y", "DURATION", "")
			}
			if _, _, spoken := p.spokenYear(k + 1); !spoken {
				return p.mk(i, k+1, p.a.shift("Y", 0), "DATE", "")
			}
		}
	}
	// "the week of March 6": the ISO week of that day.
	if w == "the" && p.w(i+1) == "week" && p.w(i+2) == "of" && !p.nested {
		if h, ok := p.bestDate(i + 3); ok && len(h.val) == 10 && isDigits(h.val[:4]) && isDigits(h.val[5:7]) && isDigits(h.val[8:10]) {
			t := time.Date(atoi(h.val[:4]), time.Month(atoi(h.val[5:7])), atoi(h.val[8:10]), 0, 0, 0, 0, time.UTC)
			return p.mk(i, h.end, fmtWeek(t), "DATE", "")
		}
	}
	// "earlier in the year", "later in the day".
	if (w == "earlier" || w == "later") && p.w(i+1) == "in" && p.w(i+2) == "the" {
		if u, plural, ok := p.unitAt(i + 3); ok && !plural && (u == "Y" || u == "M" || u == "W" || u == "D") {
			return p.mk(i, i+4, p.a.shift(u, 0), "DATE", "")
		}
	}
	// "the 1988 quarter", "the 1989 period": the reported quarter of that year.
	if w == "the" && p.isNum(i+1) && len(p.w(i+1)) == 4 && (p.w(i+2) == "quarter" || p.w(i+2) == "period") {
		y := p.t[i+1].n
		if y < 1800 || y > 2100 {
			return hit{}, false
		}
		q := "QX"
		if p.a.ok {
			q = fmt.Sprintf("Q%d", quarterOf(p.a.t.AddDate(0, 0, -45)))
		}
		h, _ := p.mk(i, i+3, fmt.Sprintf("%04d-%s", y, q), "DATE", "")
		h.noAnchor = true // a period compared with the one under discussion
		return h, true
	}
	// "this year's third quarter", "last year's quarter".
	if (w == "this" || w == "last" || w == "next") && p.w(i+1) == "year" && p.w(i+2) == "'" && p.w(i+3) == "s" {
		d := dirWords[w]
		k := i + 4
		q := 0
		if n, e, ok := p.ordinalWord(k); ok && n >= 1 && n <= 4 {
			q, k = n, e
			if p.hyphen(k) {
				k++
			}
		}
		if p.w(k) == "quarter" {
			if !p.a.ok {
				return p.mk(i, k+1, "XXXX-QX", "DATE", "")
			}
			if q == 0 {
				q = quarterOf(p.a.t.AddDate(0, 0, -45))
			}
			return p.mk(i, k+1, fmt.Sprintf("%04d-Q%d", p.a.t.Year()+d, q), "DATE", "")
		}
	}
	// "the latest quarter", "the current quarter", "the latest period":
	// reported periods.
	if w == "the" {
		k := i + 1
		cur := false
		switch p.w(k) {
		case "latest", "just-ended":
			k++
		case "most":
			if p.w(k+1) != "recent" {
				return hit{}, false
			}
			k += 2
		case "current":
			cur = true
			k++
		}
		latestPeriod := p.w(k) == "period" && k > i+1 && !cur // "the latest period" in results
		if (p.w(k) == "quarter" || latestPeriod) && p.w(k+1) != "of" && p.w(k+1) != "century" {
			if !p.a.ok {
				return p.mk(i, k+1, "XXXX-QX", "DATE", "")
			}
			t := p.a.t
			if !cur {
				// Results are reported after a quarter ends: early in a
				// quarter, "the quarter" is the one just closed.
				t = t.AddDate(0, 0, -45)
			}
			return p.mk(i, k+1, fmt.Sprintf("%04d-Q%d", t.Year(), quarterOf(t)), "DATE", "")
		}
	}
	return hit{}, false
}

// holidayNameHeads are capitalised nouns that make a named day before them
// part of a name, not a date: "the Good Friday Agreement", "the Easter
// Rising", "the Christmas Truce", "the White House Easter Egg Roll", "the
// National Christmas Tree", "the Thanksgiving Day Parade".
var holidayNameHeads = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true,
	"truce": true, "rising": true, "uprising": true, "offensive": true, "massacre": true,
	"egg": true, "eggs": true, "tree": true, "trees": true, "turkey": true, "bunny": true,
	"parade": true, "carol": true, "carols": true,
}

func (p *parser) mHoliday(i int) (hit, bool) {
	start, j, dir := i, i, 2 // 2: no direction word
	if !p.is(i, cDir) && (i >= len(p.t) || !p.t[i].up) {
		return hit{}, false // a named day starts with a direction word or a capital
	}
	if d, ok := dirWords[p.w(i)]; ok && p.w(i) != "past" && p.w(i) != "current" && p.w(i) != "following" && p.w(i) != "previous" {
		dir, j = d, i+1
	}
	if j >= len(p.t) || !p.t[j].up {
		return hit{}, false
	}
	for _, h := range holidays {
		k := j
		matched := true
		for _, w := range h.words {
			if p.w(k) != w {
				matched = false
				break
			}
			k++
		}
		if !matched {
			continue
		}
		if k < len(p.t) && p.t[k].up && p.t[k].sp && holidayNameHeads[p.w(k)] {
			return p.mk(start, k+1, "", "", "") // "the Good Friday Agreement", "the Easter Egg Roll": a name
		}
		if y, e, ok := p.year4(p.skipComma(k)); ok {
			return p.mk(start, e, fmtDate(h.date(y)), "DATE", "")
		}
		if !p.a.ok {
			if h.nth != 0 || h.easterBased {
				return p.mk(start, k, "XXXX-XX-XX", "DATE", "")
			}
			return p.mk(start, k, fmt.Sprintf("XXXX-%02d-%02d", h.month, h.day), "DATE", "")
		}
		y := p.a.t.Year()
		var t time.Time
		switch dir {
		case -1:
			t = h.date(y)
			if !t.Before(p.a.t) {
				t = h.date(y - 1)
			}
		case 1:
			t = h.date(y)
			if !t.After(p.a.t) {
				t = h.date(y + 1)
			}
		case 0:
			t = h.date(y)
		default:
			// Nearest occurrence, counting days ahead double (news looks back).
			best := 0
			for _, yy := range []int{y - 1, y, y + 1} {
				c := h.date(yy)
				d := int(c.Sub(p.a.t).Hours() / 24)
				if d > 0 && !p.sentenceFuture(i) {
					d *= 2
				}
				if d < 0 {
					d = -d
				}
				if t.IsZero() || d < best {
					t, best = c, d
				}
			}
		}
		return p.mk(start, k, fmtDate(t), "DATE", "")
	}
	return hit{}, false
}

// anaphoric resolves "that year", "that same day", "later that month", "the
// same week" against the last calendar value in the text, falling back to
// the reference date.
func (p *parser) anaphoric(i int) (hit, bool) {
	j := i
	if w := p.w(j); w == "earlier" || w == "later" {
		j++
	}
	switch {
	case p.w(j) == "that":
		j++
		if p.w(j) == "same" {
			j++
		}
	case p.w(j) == "the" && p.w(j+1) == "same":
		j += 2
	default:
		return hit{}, false
	}
	u, plural, ok := p.unitAt(j)
	if !ok || plural || !(u == "Y" || u == "M" || u == "D" || u == "Q") {
		return hit{}, false
	}
	if u == "Q" {
		if len(p.last) == 7 && p.last[5] == 'Q' && isDigits(p.last[:4]) {
			return p.mk(i, j+1, p.last, "DATE", "") // "that quarter"
		}
		return hit{}, false
	}
	n := map[string]int{"Y": 4, "M": 7, "D": 10}[u]
	v := p.last
	if len(v) < n || !isDigits(v[:4]) || n >= 7 && (v[4] != '-' || !isDigits(v[5:7])) || n == 10 && !isDigits(v[8:10]) {
		v = p.a.shift(u, 0)
		if u == "D" {
			v = p.a.today()
		}
	}
	return p.mk(i, j+1, v[:n], "DATE", "")
}

func (p *parser) yearAgo(i int) (hit, bool) {
	j := i
	if p.w(j) == "the" {
		j++
		if p.w(j) == "comparable" || p.w(j) == "corresponding" {
			j++
		}
	}
	if p.w(j) != "year" || !p.hyphen(j+1) || (p.w(j+2) != "earlier" && p.w(j+2) != "ago") {
		return hit{}, false
	}
	k := j + 3
	q := 0
	if n, e, ok := p.ordinalWord(k); ok && n >= 1 && n <= 4 && p.w(e) == "quarter" {
		q, k = n, e
	}
	if p.w(k) == "quarter" || p.w(k) == "period" {
		if len(p.last) == 7 && p.last[5] == 'Q' && isDigits(p.last[:4]) && q == 0 {
			// The quarter under discussion, a year before.
			y, _ := strconv.Atoi(p.last[:4])
			return p.mk(i, k+1, fmt.Sprintf("%04d-%s", y-1, p.last[5:]), "DATE", "")
		}
		if !p.a.ok {
			return p.mk(i, k+1, "XXXX-QX", "DATE", "")
		}
		t := p.a.t.AddDate(0, 0, -45) // the quarter just reported
		if q == 0 {
			q = quarterOf(t)
		}
		return p.mk(i, k+1, fmt.Sprintf("%04d-Q%d", t.Year()-1, q), "DATE", "")
	}
	if j > i {
		return hit{}, false // "the year-ago …" without a period noun: leave "year-ago" alone
	}
	if q, ok := p.lastQuarter(); ok {
		return p.mk(j, j+3, q, "DATE", "") // "year-earlier profit" after a quarter: that quarter a year before
	}
	return p.mk(j, j+3, p.a.shift("Y", -1), "DATE", "")
}

// lastQuarter is the quarter a year before the last quarter named in the
// text, if the last date named is a quarter.
func (p *parser) lastQuarter() (string, bool) {
	if len(p.last) != 7 || p.last[5] != 'Q' || !isDigits(p.last[:4]) {
		return "", false
	}
	return fmt.Sprintf("%04d-%s", atoi(p.last[:4])-1, p.last[5:]), true
}
