package treaties

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// word is a whitespace-separated word with surrounding punctuation and a
// possessive "'s" cut off, so that patterns can ask whether two words are
// adjacent in a name (nothing but spaces between them, no blank line).
type word struct {
	start, end int
	text       string
	lower      string
	poss       bool // followed by "'s"/"’s"
	breakAfter bool // punctuation, a possessive or a blank line follows
}

const (
	openers = "([{\"“‘'«"
	closers = ",;:!?)]}\"”’'»…"
)

// splitWords returns the words of text in order.
// wordPool holds word slices for reuse across documents: a fresh slice per
// document is a large zeroed allocation the collector must then reclaim.
var wordPool = sync.Pool{New: func() any { s := make([]word, 0, 4096); return &s }}

// splitWordsInto appends the words of text to ws (pooled by the caller).
func splitWordsInto(ws []word, text string) []word {
	i := 0
	for i < len(text) {
		// Skip spaces, noting a blank line (a paragraph or heading ends
		// there; a single line break may be a hard wrap inside a name).
		nl := 0
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			if r == '\n' {
				nl++
			}
			i += size
		}
		if nl >= 2 && len(ws) > 0 {
			ws[len(ws)-1].breakAfter = true
		}
		if i >= len(text) {
			break
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		ws = appendWord(ws, text, i, j)
		i = j
	}
	return ws
}

func appendWord(ws []word, text string, a, b int) []word {
	end := b
	lead := false
	for a < b {
		r, size := utf8.DecodeRuneInString(text[a:b])
		if !strings.ContainsRune(openers, r) && r != '—' && r != '–' {
			break
		}
		lead = true
		a += size
	}
	if lead && len(ws) > 0 {
		ws[len(ws)-1].breakAfter = true
	}
	w := word{}
	for a < b {
		s := text[a:b]
		switch {
		case strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s"):
			w.poss = true
			b -= len("s")
			_, size := utf8.DecodeLastRuneInString(text[a:b])
			b -= size
			continue
		case strings.HasSuffix(s, "."):
			// Keep the dot of an abbreviation ("U.S.", "U.N."), cut a
			// full stop.
			body := s[:len(s)-1]
			if strings.Contains(body, ".") || (utf8.RuneCountInString(body) == 1 && isUpperStart(body)) {
				goto done
			}
			w.breakAfter = true
			b--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune(closers, r) && r != '—' && r != '–' {
			break
		}
		if (r == '’' || r == '\'') && b == end && strings.HasSuffix(s[:len(s)-size], "s") && len(s) > size+1 {
			// A plural possessive inside a name ("Quad Leaders’ Joint
			// Statement", "Veterans' Benefits Act") joins on.
			b -= size
			break
		}
		w.breakAfter = true
		b -= size
	}
done:
	if a >= b {
		if len(ws) > 0 {
			ws[len(ws)-1].breakAfter = true
		}
		return ws
	}
	if w.poss {
		w.breakAfter = true
	}
	w.start, w.end = a, b
	w.text = text[a:b]
	w.lower = strings.ToLower(w.text)
	return append(ws, w)
}

// isUpperStart reports a word that starts with a capital letter.
func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// adjacent reports that words i and i+1 may belong to one name.
func adjacent(ws []word, i int) bool {
	return i >= 0 && i+1 < len(ws) && !ws[i].breakAfter
}
