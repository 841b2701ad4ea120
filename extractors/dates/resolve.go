package dates

import (
	"fmt"
	"time"
)

// anchor is the reference date relative expressions resolve against. When
// ok is false every relative value keeps X for its unknown parts.
type anchor struct {
	ok bool
	t  time.Time // midnight UTC of the reference date
}

func parseAnchor(s string) anchor {
	if len(s) < 10 {
		return anchor{}
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil || t.Year() < 1000 || t.Year() > 9000 {
		return anchor{}
	}
	return anchor{ok: true, t: t}
}

// fmtDate, fmtMonth and fmtYear write four-digit years digit by digit
// (time.Format and fmt.Sprintf cost several times more); other years go
// through them.
func fmtDate(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	b := [10]byte{0, 0, 0, 0, '-', byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	putYear(b[:4], y)
	return string(b[:])
}

func fmtMonth(t time.Time) string {
	y, m, _ := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01")
	}
	b := [7]byte{0, 0, 0, 0, '-', byte('0' + m/10), byte('0' + m%10)}
	putYear(b[:4], y)
	return string(b[:])
}

func fmtYear(y int) string {
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%04d", y)
	}
	var b [4]byte
	putYear(b[:], y)
	return string(b[:])
}

// putYear writes 0 <= y <= 9999 as four digits.
func putYear(b []byte, y int) {
	b[0], b[1], b[2], b[3] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
}
func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}
func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// today is the reference date itself.
func (a anchor) today() string {
	if !a.ok {
		return "XXXX-XX-XX"
	}
	return fmtDate(a.t)
}

// shift moves the reference by n units and writes the result at the
// granularity of the unit: "last year" is a year, "two weeks ago" a week.
func (a anchor) shift(unit string, n int) string {
	if !a.ok {
		switch unit {
		case "W":
			return "XXXX-WXX"
		case "M":
			return "XXXX-XX"
		case "Q":
			return "XXXX-QX"
		case "Y":
			return "XXXX"
		case "DE":
			return "XXX"
		case "CE":
			return "XX"
		}
		return "XXXX-XX-XX"
	}
	t := a.t
	if y := t.Year() + shiftYears(unit, n); y < 1 || y > 9999 {
		return anchor{}.shift(unit, n) // beyond the calendar's four digits
	}
	switch unit {
	case "W":
		return fmtWeek(t.AddDate(0, 0, 7*n))
	case "FN":
		return fmtWeek(t.AddDate(0, 0, 14*n))
	case "M":
		return fmtMonth(time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC))
	case "Q":
		q := t.Year()*4 + quarterOf(t) - 1 + n
		return fmt.Sprintf("%04d-Q%d", q/4, q%4+1)
	case "Y":
		return fmtYear(t.Year() + n)
	case "DE":
		return fmt.Sprintf("%03d", t.Year()/10+n)
	case "CE":
		return fmt.Sprintf("%02d", t.Year()/100+n)
	case "H", "MIN", "S":
		return fmtDate(t)
	}
	return fmtDate(t.AddDate(0, 0, n))
}

// weekday resolves a bare weekday: the same day as the reference is the
// reference; otherwise the most recent one, or the next one when the
// sentence speaks of the future (news reports mostly look back).
func (a anchor) weekday(wd int, future bool) string {
	if !a.ok {
		return fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	cur := int(a.t.Weekday())
	if cur == 0 {
		cur = 7
	}
	var diff int
	if future {
		diff = (wd - cur + 7) % 7
	} else {
		diff = -((cur - wd + 7) % 7)
	}
	return fmtDate(a.t.AddDate(0, 0, diff))
}

// weekdayRel resolves "last Friday" (dir -1), "next Friday" (+1) and
// "this Friday" (0, the one in the reference's ISO week).
func (a anchor) weekdayRel(wd, dir int) string {
	if !a.ok {
		return fmt.Sprintf("XXXX-WXX-%d", wd)
	}
	cur := int(a.t.Weekday())
	if cur == 0 {
		cur = 7
	}
	switch dir {
	case -1:
		d := (cur - wd + 7) % 7
		if d == 0 {
			d = 7
		}
		return fmtDate(a.t.AddDate(0, 0, -d))
	case 1:
		d := (wd - cur + 7) % 7
		if d == 0 {
			d = 7
		}
		return fmtDate(a.t.AddDate(0, 0, d))
	}
	return fmtDate(a.t.AddDate(0, 0, wd-cur))
}

// monthYear picks the year of a month named without one. A clause in the
// future (tense > 0) takes the next such month from the reference; otherwise
// the nearest, counting months ahead double because news mostly looks back.
// Past markers are not trusted here: passives and participles ("are held",
// "the year ended") end in -ed too, and on TimeBank trusting them cost
// value accuracy.
func (a anchor) monthYear(m, tense int) (int, bool) {
	if tense < 0 {
		tense = 0
	}
	if tense == 2 {
		tense = 1 // "by August": a month deadline looks forward
	}
	if !a.ok {
		return 0, false
	}
	y, rm := a.t.Year(), int(a.t.Month())
	back := (rm - m + 12) % 12
	ahead := (m - rm + 12) % 12
	forward := tense > 0 || tense == 0 && 2*ahead < back
	if m == rm {
		forward = false
	}
	if forward {
		if m > rm {
			return y, true
		}
		return y + 1, true
	}
	if m <= rm {
		return y, true
	}
	return y - 1, true
}

// month writes a month named without a year.
func (a anchor) month(m, tense int) string {
	y, ok := a.monthYear(m, tense)
	if !ok {
		return fmt.Sprintf("XXXX-%02d", m)
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}

// monthRel resolves "last May" (-1), "next May" (+1) and "this May" (0).
func (a anchor) monthRel(m, dir int) string {
	if !a.ok {
		return fmt.Sprintf("XXXX-%02d", m)
	}
	y, rm := a.t.Year(), int(a.t.Month())
	switch {
	case dir < 0 && m >= rm:
		y--
	case dir > 0 && m <= rm:
		y++
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}

// seasonRel resolves "last summer", "this spring", "next winter". A
// winter belongs to the year it starts in: January 2024 is in 2023-WI.
func (a anchor) seasonRel(s string, dir int) string {
	if !a.ok {
		return "XXXX-" + s
	}
	order := map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}
	y, m := a.t.Year(), int(a.t.Month())
	cur := []int{3, 3, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3}[m-1]
	if m <= 2 {
		y--
	}
	idx := y*4 + cur
	target := y*4 + order[s]
	switch {
	case dir < 0 && target >= idx:
		target -= 4
	case dir > 0 && target <= idx:
		target += 4
	}
	return fmt.Sprintf("%04d-%s", target/4, s)
}

// quarter resolves "the third quarter" without a year: the nearest such
// quarter, preferring the past on a tie (results are reported after the
// quarter ends); in a clause about the past ("earned $5 million in the
// first quarter"), the latest such quarter that has begun.
func (a anchor) quarter(q int, past bool) string {
	if !a.ok {
		return fmt.Sprintf("XXXX-Q%d", q)
	}
	y, rq := a.t.Year(), quarterOf(a.t)
	switch d := q - rq; {
	case past && d > 0:
		y--
	case past:
	case d > 2:
		y--
	case d < -2:
		y++
	}
	return fmt.Sprintf("%04d-Q%d", y, q)
}

// closed is the tense of a period that has ended ("the quarter ended Sept.
// 30"): its closing day lies on or before the reference.
const closed = -3

// monthDay picks the year of a day named without one ("Sept. 30"): the
// occurrence nearest the reference.
func (a anchor) monthDay(m, d, tense int) (string, bool) {
	past := tense == closed
	if tense < 0 {
		tense = 0 // see monthYear
	}
	plain := tense == 2 // "by Jan. 14": a deadline may have passed; take the nearest
	if plain {
		tense = 0
	}
	if !a.ok {
		if d > daysIn(2000, m) { // 2000 is a leap year: Feb 29 may exist
			return "", false
		}
		return fmt.Sprintf("XXXX-%02d-%02d", m, d), true
	}
	best, bestDiff := "", 0
	for _, y := range []int{a.t.Year() - 1, a.t.Year(), a.t.Year() + 1} {
		if d > daysIn(y, m) {
			continue
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		diff := int(t.Sub(a.t).Hours() / 24)
		// News looks back: a day without a year is the last one before
		// the reference unless the sentence speaks of the future.
		switch {
		case past && diff > 0:
			continue
		case tense < 0 && diff > 0, tense > 0 && diff < 0:
			diff = 1000 + abs(diff) // against the clause's tense: only if nothing else fits
		case tense == 0 && diff > 0 && !plain:
			diff *= 2
		case diff < 0:
			diff = -diff
		}
		if best == "" || diff < bestDiff {
			best, bestDiff = fmtDate(t), diff
		}
	}
	return best, best != ""
}

func daysIn(y, m int) int {
	if m < 1 || m > 12 {
		return 0
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// validDate reports whether y-m-d exists in the calendar.
func validDate(y, m, d int) bool { return d >= 1 && d <= daysIn(y, m) }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// shiftYears bounds how far a shift moves the year, to keep values within
// four digits.
func shiftYears(unit string, n int) int {
	switch unit {
	case "Y":
		return n
	case "Q":
		return n / 4
	case "M":
		return n / 12
	case "W", "FN":
		return n / 26
	case "DE":
		return n * 10
	case "CE":
		return n * 100
	}
	return n / 365
}
