package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is a token of a sentence with byte offsets into Doc.Text. The claims
// extractor tokenises on its own: it needs only word boundaries, clitics split
// off ("we'll" → "we" "'ll", "Russia's" → "Russia" "'s") and quotation marks
// kept as tokens, which is cheaper than the shared tokenizer and needs no tags.
type word struct {
	start, end int
	text       string // as written
	low        string // lower case, curly apostrophes straightened
	punct      bool   // a punctuation mark (one rune)
}

// clitics split off the end of a word, longest first.
var clitics = []string{"n't", "'ll", "'re", "'ve", "'s", "'d", "'m"}

// scanWords tokenises text[s:e].
func scanWords(text string, s, e int) []word {
	out := make([]word, 0, (e-s)/5+1) // about one word in six bytes: no regrowth
	i := s
	for i < e {
		r, size := utf8.DecodeRuneInString(text[i:e])
		if unicode.IsSpace(r) || r == '*' || r == '_' {
			// Markdown emphasis the renderer left in place ("**said X. **")
			i += size
			continue
		}
		if !isWordRune(r) {
			out = append(out, word{start: i, end: i + size, text: text[i : i+size], low: text[i : i+size], punct: true})
			i += size
			continue
		}
		j := i + size
		for j < e {
			r2, s2 := utf8.DecodeRuneInString(text[j:e])
			if isWordRune(r2) {
				j += s2
				continue
			}
			// Joiners stay inside a word when a letter or digit follows:
			// apostrophes (don't), hyphens (Nuclear-Weapon-Free), full stops
			// and commas between digits (1.8, 3,000), full stops in U.S.
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',' {
				nr, _ := utf8.DecodeRuneInString(text[j+s2 : e])
				if j+s2 < e && (unicode.IsLetter(nr) || unicode.IsDigit(nr)) {
					prev, _ := utf8.DecodeLastRuneInString(text[i:j])
					if r2 == ',' && !(unicode.IsDigit(prev) && unicode.IsDigit(nr)) {
						break
					}
					if r2 == '.' && !(unicode.IsDigit(prev) && unicode.IsDigit(nr)) && !isDottedInitials(text[i:j]) {
						break
					}
					j += s2
					continue
				}
				// A final full stop of "U.S." belongs to the abbreviation.
				if r2 == '.' && isDottedInitials(text[i:j]) && strings.Contains(text[i:j], ".") {
					j += s2
				}
			}
			break
		}
		out = appendWord(out, text, i, j)
		i = j
	}
	return out
}

// appendWord appends text[i:j], splitting off a trailing clitic.
func appendWord(out []word, text string, i, j int) []word {
	w := mkWord(text, i, j)
	for _, c := range clitics {
		if !strings.HasSuffix(w.low, c) || len(w.low) == len(c) {
			continue
		}
		k := strings.LastIndexAny(w.text, "'’") // byte index of the apostrophe
		cut := i + k
		if c == "n't" {
			cut-- // the ASCII 'n' before the apostrophe
		}
		if cut <= i || cut >= j {
			break
		}
		return append(out, mkWord(text, i, cut), mkWord(text, cut, j))
	}
	return append(out, w)
}

func mkWord(text string, i, j int) word {
	w := text[i:j]
	return word{start: i, end: j, text: w, low: lower(w)}
}

// lower folds case and straightens apostrophes, allocating only when the
// word has something to change.
func lower(w string) string {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
	}
	return w
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isDottedInitials reports whether w is like "U", "U.S" or "U.S.": single
// letters joined by full stops.
func isDottedInitials(w string) bool {
	n := 0
	for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 1
}

// isCap reports whether a word starts with an upper-case letter.
func (w word) isCap() bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
}

// hasDigit reports whether the word contains a digit.
func (w word) hasDigit() bool {
	return strings.IndexFunc(w.text, unicode.IsDigit) >= 0
}

func isQuote(s string) bool { return s == "\"" || s == "“" || s == "”" }
