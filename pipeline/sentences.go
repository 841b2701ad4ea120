package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
)

// Abbreviations that are never the end of a sentence when a word or number
// follows: titles, "No." and month short forms precede what they qualify.
var titleAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"col": true, "lt": true, "sgt": true, "capt": true, "cpt": true, "maj": true,
	"adm": true, "gov": true, "sen": true, "rep": true, "rev": true, "st": true,
	"pres": true, "amb": true, "hon": true, "cmdr": true, "cdr": true, "brig": true,
	"messrs": true, "mme": true, "sec": true, "supt": true, "insp": true, "pvt": true,
	"cpl": true, "spc": true, "lieut": true, "fr": true, "mt": true, "ft": true,
	"no": true, "nos": true, "art": true, "arts": true, "vol": true, "para": true,
	"paras": true, "sect": true, "ch": true, "fig": true, "p": true, "pp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"vs": true, "v": true, "e.g": true, "i.e": true, "cf": true, "approx": true,
	"est": true, "dept": true, "univ": true, "assn": true, "ave": true, "blvd": true,
}

// Abbreviations that may end a sentence: they end one only when the next word
// is a usual sentence opener.
var finalAbbrevs = map[string]bool{
	"etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "jr": true,
	"sr": true, "bros": true, "plc": true, "llc": true, "al": true,
}

// Words that commonly open a sentence; after "U.S." or "etc." they mark a
// boundary, while a capitalised name ("U.S. Navy") does not.
var openers = map[string]bool{
	"The": true, "This": true, "That": true, "These": true, "Those": true, "It": true,
	"He": true, "She": true, "We": true, "They": true, "I": true, "In": true, "On": true,
	"At": true, "But": true, "And": true, "As": true, "A": true, "An": true, "If": true,
	"For": true, "Its": true, "His": true, "Her": true, "Our": true, "Their": true,
	"There": true, "While": true, "When": true, "After": true, "Before": true,
	"Since": true, "With": true, "However": true, "Meanwhile": true, "Today": true,
	"Yet": true, "So": true, "Now": true, "Both": true, "Such": true, "Many": true,
	"Some": true, "Most": true, "All": true, "What": true, "Why": true, "How": true,
	"Under": true, "By": true, "From": true, "To": true, "Through": true, "During": true,
	"Last": true, "Next": true, "Earlier": true, "Later": true, "Also": true,
}

// SplitSentences returns sentence spans (byte offsets) of text. It keeps
// abbreviations ("U.S.", "Dr.", "No. 5", "Jan.") inside sentences, ends a
// sentence after a closing quotation mark, treats a blank line as a boundary
// unless the next paragraph starts in lower case (a sentence broken across a
// blank line), and gives headings and list items sentences of their own.
func SplitSentences(text string) []extractors.Span {
	var out []extractors.Span
	start := -1 // start of the current sentence, -1 when between sentences
	emit := func(end int) {
		if start < 0 {
			return
		}
		// trim trailing space
		for end > start {
			r, size := utf8.DecodeLastRuneInString(text[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		if end > start {
			out = append(out, extractors.Span{Start: start, End: end})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		if start >= 0 {
			// Inside a sentence only line breaks and terminal marks can
			// change anything: skip to the next byte that may start one.
			for i < len(text) && !sentenceEvent[text[i]] {
				i++
			}
			if i == len(text) {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			// Find the next non-space character and count newlines on the way.
			j, nl := i, 0
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				if r2 == '\n' {
					nl++
				}
				j += s2
			}
			if start >= 0 {
				next, _ := utf8.DecodeRuneInString(text[j:])
				switch {
				case j >= len(text):
					emit(i)
				case startsBlock(text[j:]):
					emit(i)
				case lineIsBlock(text[start:i]) && nl >= 1:
					emit(i)
				case nl >= 2 && !unicode.IsLower(next):
					emit(i)
				}
			}
			i = j
			continue
		}
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if start < 0 {
			start = i
		}
		if r == '.' || r == '!' || r == '?' || r == '…' {
			end := i + size
			// absorb runs of terminal punctuation and closing quotes/brackets
			for end < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[end:])
				if strings.ContainsRune(".!?…\"'”’)]", r2) {
					end += s2
					continue
				}
				break
			}
			if end < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[end:])
				if !unicode.IsSpace(r2) {
					i = end
					continue
				}
			}
			if isBoundary(text, start, i, end, r) {
				emit(end)
			}
			i = end
			continue
		}
		i += size
	}
	emit(len(text))
	return out
}

// sentenceEvent marks the bytes that can begin a rune SplitSentences acts on
// inside a sentence: a line break, '.', '!', '?', and the lead byte 0xE2 of
// '…' (and of other marks, which it then passes over).
var sentenceEvent = func() (t [256]bool) {
	for _, c := range []byte("\n.!?\xe2") {
		t[c] = true
	}
	return t
}()

// startsBlock reports whether a line starting at s opens a block of its own:
// a Markdown heading, a list item or a table row.
func startsBlock(s string) bool {
	switch {
	case strings.HasPrefix(s, "#"), strings.HasPrefix(s, "- "), strings.HasPrefix(s, "* "),
		strings.HasPrefix(s, "• "), strings.HasPrefix(s, "|"), strings.HasPrefix(s, "> "):
		return true
	}
	// "1. " or "1) " list items
	k := 0
	for k < len(s) && k < 3 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	return k > 0 && k+1 < len(s) && (s[k] == '.' || s[k] == ')') && s[k+1] == ' '
}

// lineIsBlock reports whether the sentence so far is a heading, which ends at
// its line's end even without punctuation.
func lineIsBlock(s string) bool {
	return strings.HasPrefix(s, "#")
}

// isBoundary decides whether the terminal mark at text[dot] (ending the
// punctuation run at end) closes the sentence that began at start.
func isBoundary(text string, start, dot, end int, mark rune) bool {
	// Next word after the whitespace.
	j := end
	for j < len(text) {
		r, s := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			break
		}
		j += s
	}
	if j >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	nextWord := wordAt(text[j:])
	if unicode.IsLower(next) {
		return false
	}
	if mark != '.' || end > dot+1 && text[dot+1] == '.' {
		return true
	}
	// The word before the full stop.
	w := dot
	for w > start {
		r, s := utf8.DecodeLastRuneInString(text[:w])
		if unicode.IsSpace(r) || strings.ContainsRune("(\"“‘[", r) {
			break
		}
		w -= s
	}
	prev := text[w:dot]
	lower := strings.ToLower(prev)
	switch {
	case prev == "":
		return true
	case titleAbbrevs[lower] && !openers[nextWord]:
		// A title or "No." before a name or number: "Dr. Smith", "No. 5".
		return false
	case finalAbbrevs[lower]:
		return openers[nextWord]
	case isInitial(prev):
		// "J. Smith": a single capital letter is an initial, unless a sentence
		// opener follows ("... Plan B. The").
		return openers[nextWord]
	case isDotted(afterHyphen(prev)):
		// "U.S", "U.N": inside an acronym written with full stops, also as
		// the end of a compound ("ASEAN-U.S. Summit").
		return openers[nextWord]
	}
	return true
}

// afterHyphen returns the part of w after its last hyphen or slash.
func afterHyphen(w string) string {
	if k := strings.LastIndexAny(w, "-/‐‑–"); k >= 0 {
		_, size := utf8.DecodeRuneInString(w[k:])
		return w[k+size:]
	}
	return w
}

func wordAt(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// isDotted reports whether w looks like "U.S" or "e.g" (letters joined by
// full stops, the final one excluded).
func isDotted(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}
