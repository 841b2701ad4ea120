// Package dates finds dates, times, durations and sets in English text and
// normalises them to TIMEX3 values (TimeML), resolving relative expressions
// against the document's reference date.
//
// Extents follow TimeML: a leading "the" and modifiers that change the value
// ("early", "more than", "last") are inside the span; prepositions ("in",
// "since", "on") are outside. Values:
//
//   - calendar dates "2024-09-25", months "2024-09", years "2024", decades
//     "199" (the 1990s), centuries "20" (the twenty-first century), quarters
//     "2024-Q3", halves "2025-H1", seasons "2024-SU", ISO weeks "2024-W39",
//     weekends "2024-W39-WE" (all TimexType DATE);
//   - times "2024-09-25T17:01", parts of day "2024-09-25TMO" (TIME);
//   - durations "P6D", "P18M", "PT5H", "PXY" for "years" (DURATION);
//   - sets "P1Y" for "every year", "XXXX-WXX-1" for "every Monday" (SET);
//   - vague references PRESENT_REF, PAST_REF, FUTURE_REF (DATE).
//
// Ranges ("2019–2021", "from March to May 2024") are written as two mentions,
// one per end point, as TimeML annotates them; an end point that lacks a year
// borrows it from the other ("March" → 2024-03).
//
// Without a reference date, relative expressions keep their unknown parts as
// X ("yesterday" → "XXXX-XX-XX", "last year" → "XXXX", "Monday" →
// "XXXX-WXX-1", "September 25" → "XXXX-09-25"); the machine's clock is never
// consulted.
package dates
