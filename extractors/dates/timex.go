package dates

import (
	"fmt"
	"regexp"
	"strconv"
)

// The TIMEX3 value grammar polex writes (a subset of TimeML's): calendar
// values with X for unknown digits, ISO weeks, quarters, halves, seasons,
// weekends, decades and centuries, optional times or parts of day; durations;
// and the three vague references.
var (
	dateRE = regexp.MustCompile(`^(?:[0-9X]{2}|[0-9X]{3})$|^[0-9X]{4}` +
		`(?:-(?:(?:[0-9X]{2})(?:-[0-9X]{2})?|W[0-9X]{2}(?:-(?:[1-7X]|WE))?|WXX-(?:[1-7]|WE)|Q[1-4X]|H[12X]|SP|SU|FA|WI))?` +
		`(?:T(?:MO|AF|EV|NI|DT|[0-2][0-9](?::[0-5][0-9](?::[0-5][0-9])?)?)(?:Z|[+-][0-2][0-9](?::?[0-5][0-9])?)?)?$`)
	durRE = regexp.MustCompile(`^P(?:(?:(?:[0-9]+(?:\.[0-9]+)?|X)(?:Y|M|W|D|Q|DE|CE|ML))+(?:T(?:(?:[0-9]+(?:\.[0-9]+)?|X)[HMS])+)?|T(?:(?:[0-9]+(?:\.[0-9]+)?|X)[HMS])+)$`)
)

var mods = map[string]bool{
	"": true, "BEFORE": true, "AFTER": true, "ON_OR_BEFORE": true, "ON_OR_AFTER": true,
	"LESS_THAN": true, "MORE_THAN": true, "EQUAL_OR_LESS": true, "EQUAL_OR_MORE": true,
	"START": true, "MID": true, "END": true, "APPROX": true,
}

// Validate reports whether value, timex type and mod form a well-formed
// TIMEX3 annotation: the value matches the grammar of its type, calendar
// parts exist (no month 13, no February 30), and the mod is a TimeML one.
func Validate(value, typ, mod string) error {
	if !mods[mod] {
		return fmt.Errorf("timex %q: unknown mod %q", value, mod)
	}
	if typ == "DATE" && plainDate(value) {
		return checkCalendar(value) // the commonest shapes, which the grammar accepts
	}
	if (typ == "DURATION" || typ == "SET") && plainDuration(value) {
		return nil // "P3Y", "PXD": the commonest durations, which durRE accepts
	}
	switch typ {
	case "DATE", "TIME", "SET":
		if value == "PRESENT_REF" || value == "PAST_REF" || value == "FUTURE_REF" {
			if typ == "SET" {
				return fmt.Errorf("timex %q: a set cannot be a vague reference", value)
			}
			return nil
		}
		if typ == "SET" && durRE.MatchString(value) {
			return nil
		}
		if !dateRE.MatchString(value) {
			return fmt.Errorf("timex %q: not a %s value", value, typ)
		}
		if err := checkCalendar(value); err != nil {
			return err
		}
		hasT := false
		for i := 0; i < len(value); i++ {
			if value[i] == 'T' {
				hasT = true
			}
		}
		if typ == "TIME" && !hasT {
			return fmt.Errorf("timex %q: TIME without a time part", value)
		}
		return nil
	case "DURATION":
		if !durRE.MatchString(value) {
			return fmt.Errorf("timex %q: not a duration", value)
		}
		return nil
	}
	return fmt.Errorf("timex %q: unknown type %q", value, typ)
}

// checkCalendar checks that a fully numeric year-month(-day) exists and that
// a clock time is within the day.
func checkCalendar(v string) error {
	if len(v) >= 7 && v[4] == '-' && isDigits(v[:4]) && isDigits(v[5:7]) {
		y, _ := strconv.Atoi(v[:4])
		m, _ := strconv.Atoi(v[5:7])
		if m < 1 || m > 12 {
			return fmt.Errorf("timex %q: month %d", v, m)
		}
		if len(v) >= 10 && v[7] == '-' && isDigits(v[8:10]) {
			d, _ := strconv.Atoi(v[8:10])
			if !validDate(y, m, d) {
				return fmt.Errorf("timex %q: no such day", v)
			}
		}
	} else if len(v) >= 7 && v[4] == '-' && isDigits(v[5:7]) {
		if m, _ := strconv.Atoi(v[5:7]); m < 1 || m > 12 {
			return fmt.Errorf("timex %q: month %d", v, m)
		}
	}
	for i := 0; i+3 <= len(v); i++ {
		if v[i] == 'T' && isDigits(v[i+1:i+3]) {
			h, _ := strconv.Atoi(v[i+1 : i+3])
			if h > 24 || h == 24 && i+6 <= len(v) && v[i+4:i+6] != "00" {
				return fmt.Errorf("timex %q: hour %d", v, h)
			}
		}
	}
	return nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// plainDate reports whether v is a year, year-month or year-month-day in
// digits ("2024", "2024-09", "2024-09-25"), shapes dateRE accepts; Validate
// checks them without the regular expression.
// plainDuration reports a duration of one amount (digits or X) and a
// one-letter unit, a shape durRE accepts, without the regexp.
func plainDuration(v string) bool {
	if len(v) < 3 || v[0] != 'P' {
		return false
	}
	switch v[len(v)-1] {
	case 'Y', 'M', 'W', 'D', 'Q':
	default:
		return false
	}
	n := v[1 : len(v)-1]
	return n == "X" || isDigits(n)
}

func plainDate(v string) bool {
	switch len(v) {
	case 4:
		return isDigits(v)
	case 7:
		return isDigits(v[:4]) && v[4] == '-' && isDigits(v[5:])
	case 10:
		return isDigits(v[:4]) && v[4] == '-' && isDigits(v[5:7]) && v[7] == '-' && isDigits(v[8:])
	}
	return false
}
