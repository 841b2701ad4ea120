package gazetteer

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Case says how the case of the text must agree with a name.
type Case uint8

const (
	// Capitalised: every word the name writes with a capital must be
	// capitalised (or all upper case) in the text; other letters may differ.
	// "Hudson Institute" matches "HUDSON INSTITUTE" but not "hudson institute".
	Capitalised Case = iota
	// Exact: the text must match the name letter for letter (acronyms such as
	// "US", "AU", "UN", "IS").
	Exact
	// Fold: any case matches.
	Fold
)

// Entry is one name to find. Value is the caller's own index or id.
type Entry struct {
	Name  string
	Value int
	Case  Case
}

// Match is one found name: byte offsets into the text and every entry whose
// name (and case rule) matches the span, in the order they were added.
type Match struct {
	Start, End int
	Values     []int
}

type node struct {
	next    map[string]*node
	entries []int // indexes into Matcher.entries
}

// Matcher finds names in text. It is immutable after New and safe for
// concurrent use.
type Matcher struct {
	root    *node
	entries []Entry
	words   [][]string // each entry's name as written, word by word
	// Most words of a text are in lower case and most names begin with a
	// capital, so lower-case words are passed over without a trie lookup
	// unless a Fold entry may begin with any word (foldStart) or the word
	// is one of the few lower-case first words of names (lowerFirst:
	// "the" in "the House").
	foldStart  bool
	lowerFirst []string
	// lowerLens has, for each ASCII letter, a bit per length (up to 63
	// bytes) of the lowerFirst words beginning with it, so that most
	// lower-case words are passed over without comparing strings.
	lowerLens [26]uint64
	// rootBits is a filter on the first words of names: a word whose hash
	// bit is clear begins no name, and the trie's map is not asked. Most
	// capitalised words of a text begin none.
	rootBits [rootFilterWords]uint64
	// punctStart is set when a name begins with a punctuation mark; without
	// one, the commas and stops of a text need no trie lookup either.
	punctStart bool
}

// New builds a matcher. It fails on an empty name.
func New(entries []Entry) (*Matcher, error) {
	m := &Matcher{root: &node{}, entries: entries, words: make([][]string, len(entries))}
	for i, e := range entries {
		toks := Tokenize(e.Name)
		if len(toks) == 0 {
			return nil, fmt.Errorf("gazetteer: entry %d (value %d) has an empty name", i, e.Value)
		}
		n := m.root
		raw := make([]string, len(toks))
		for k, t := range toks {
			raw[k] = e.Name[t.Start:t.End]
			if n.next == nil {
				n.next = make(map[string]*node)
			}
			c := n.next[t.Key]
			if c == nil {
				c = &node{}
				n.next[t.Key] = c
			}
			n = c
		}
		m.words[i] = raw
		n.entries = append(n.entries, i)
		// A name opening with a digit ("1951 Refugee Convention") keys on
		// the digit, which no lower-case word shares.
		switch r, _ := utf8.DecodeRuneInString(raw[0]); {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			m.punctStart = true
		case !unicode.IsLetter(r) || unicode.IsUpper(r) && e.Case != Fold:
		case e.Case == Fold:
			m.foldStart = true
		case !slices.Contains(m.lowerFirst, toks[0].Key):
			m.lowerFirst = append(m.lowerFirst, toks[0].Key)
		}
	}
	for _, w := range m.lowerFirst {
		if c := w[0]; 'a' <= c && c <= 'z' {
			m.lowerLens[c-'a'] |= lenBit(len(w))
		}
	}
	for k := range m.root.next {
		h := rootHash(k)
		m.rootBits[h>>6&(rootFilterWords-1)] |= 1 << (h & 63)
	}
	return m, nil
}

// Find returns the leftmost-longest, non-overlapping matches in text.
func (m *Matcher) Find(text string) []Match {
	return m.FindTokens(text, Tokenize(text))
}

// FindAll returns, for every start position, the longest match there, so
// matches may overlap; callers that arbitrate themselves use it.
func (m *Matcher) FindAll(text string) []Match {
	return m.FindAllTokens(text, Tokenize(text))
}

// FindAllTokens is FindAll over an already tokenised text, so extractors can
// share one tokenisation of a document (extractors.Doc.Words).
func (m *Matcher) FindAllTokens(text string, toks []Token) []Match {
	var out []Match
	for i := range toks {
		if m.skipStart(text, toks[i]) {
			continue
		}
		if mt, _, ok := m.longestAt(text, toks, i); ok {
			out = append(out, mt)
		}
	}
	return out
}

// FindTokens is Find over an already tokenised text.
func (m *Matcher) FindTokens(text string, toks []Token) []Match {
	var out []Match
	for i := 0; i < len(toks); {
		if m.skipStart(text, toks[i]) {
			i++
			continue
		}
		mt, next, ok := m.longestAt(text, toks, i)
		if !ok {
			i++
			continue
		}
		out = append(out, mt)
		i = next
	}
	return out
}

// skipStart reports whether no name can begin at t: an ASCII lower-case
// word that no name begins with. Other words are left to the trie.
func (m *Matcher) skipStart(text string, t Token) bool {
	c := text[t.Start]
	if c < utf8.RuneSelf && asciiClass[c] == classPunct {
		// a punctuation mark (or an ASCII control character, which no
		// name begins with either)
		return !m.punctStart
	}
	if m.foldStart || c < 'a' || c > 'z' {
		return false
	}
	if m.lowerLens[c-'a']&lenBit(len(t.Key)) == 0 {
		return true
	}
	return !slices.Contains(m.lowerFirst, t.Key)
}

// lenBit is the bit of a word length in Matcher.lowerLens; lengths of 63
// bytes and more share the last bit.
func lenBit(n int) uint64 { return 1 << min(n, 63) }

// rootFilterWords is the size of Matcher.rootBits in 64-bit words: 32k bits,
// for a few thousand first words at most.
const rootFilterWords = 512

// rootHash is a cheap hash of a key (FNV-1a) for the root filter.
func rootHash(k string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= 16777619
	}
	return h
}

func (m *Matcher) longestAt(text string, toks []Token, i int) (Match, int, bool) {
	if h := rootHash(toks[i].Key); m.rootBits[h>>6&(rootFilterWords-1)]&(1<<(h&63)) == 0 {
		return Match{}, -1, false
	}
	n := m.root
	var best Match
	bestNext := -1
	for j := i; j < len(toks); j++ {
		n = n.next[toks[j].Key]
		if n == nil {
			break
		}
		if len(n.entries) == 0 {
			continue
		}
		var vals []int
		for _, ei := range n.entries {
			if m.caseOK(ei, text, toks[i:j+1]) {
				vals = append(vals, m.entries[ei].Value)
			}
		}
		if len(vals) > 0 {
			best = Match{Start: toks[i].Start, End: toks[j].End, Values: vals}
			bestNext = j + 1
		}
	}
	return best, bestNext, bestNext >= 0
}

func (m *Matcher) caseOK(ei int, text string, toks []Token) bool {
	e := m.entries[ei]
	switch e.Case {
	case Fold:
		return true
	case Exact:
		for k, t := range toks {
			if text[t.Start:t.End] != m.words[ei][k] && !sameFolded(text[t.Start:t.End], m.words[ei][k]) {
				return false
			}
		}
		return true
	}
	for k, t := range toks {
		w := m.words[ei][k]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		tr, _ := utf8.DecodeRuneInString(text[t.Start:])
		if !unicode.IsUpper(tr) {
			return false
		}
		// An all-capitals word in the name ("NATO") must be all capitals in
		// the text too, so "Nato" still matches but "nato" does not.
		if utf8.RuneCountInString(w) > 1 && isUpper(w) && !isUpper(text[t.Start:t.End]) && !isTitle(text[t.Start:t.End]) {
			return false
		}
	}
	return true
}

// sameFolded accepts punctuation variants ("’" for "'", "–" for "-") that
// Tokenize folds to one key, while letters must agree exactly.
func sameFolded(a, b string) bool {
	return punctKey(a) != "" && punctKey(a) == punctKey(b)
}

func isUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func isTitle(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && !isUpper(s) && isLowerOrMark(s[size:])
}

func isLowerOrMark(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// Token is one word or punctuation mark of a text, with its byte offsets and
// its matching key (lower case, diacritics removed, quote and dash variants
// folded).
type Token struct {
	Start, End int
	Key        string
}

// Tokenize splits text into keyed tokens: runs of letters and digits are
// words; every other non-space rune is a token of its own.
//
// Every gazetteer extractor shares one tokenisation of each document
// (extractors.Doc.Words), so this runs over every byte of a corpus: ASCII,
// most of any English text, is classified by table and keyed without
// decoding runes; the rest takes the Unicode path (tokenizeRune).
func Tokenize(text string) []Token {
	// English runs at about 4.8 bytes a token: a quarter of the bytes is
	// room enough, and growing the slice would copy it.
	toks := make([]Token, 0, len(text)/4+8)
	// The keys of ASCII words with capitals ("NATO", "The") are written
	// lowered into one buffer instead of one string each, and set from it
	// once it is done (capped lists the tokens).
	var lowered []byte
	var capped []int
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf {
			toks, i = tokenizeRune(toks, text, i)
			continue
		}
		switch asciiClass[c] {
		case classSpace:
			i++
		case classPunct:
			toks = append(toks, Token{Start: i, End: i + 1, Key: punctKey(text[i : i+1])})
			i++
		default:
			j, upper := i, false
			for ; j < len(text) && asciiClass[text[j]] >= classLower; j++ {
				upper = upper || asciiClass[text[j]] == classUpper
			}
			if j < len(text) && text[j] >= utf8.RuneSelf {
				// The word may go on in letters beyond ASCII ("Pérez").
				j = wordEnd(text, j)
				toks = append(toks, Token{Start: i, End: j, Key: wordKey(text[i:j])})
			} else {
				key := text[i:j]
				if upper {
					capped = append(capped, len(toks))
					for _, c := range []byte(text[i:j]) {
						if 'A' <= c && c <= 'Z' {
							c += 'a' - 'A'
						}
						lowered = append(lowered, c)
					}
				}
				toks = append(toks, Token{Start: i, End: j, Key: key})
			}
			i = j
		}
	}
	keys := string(lowered)
	for _, k := range capped {
		t := &toks[k]
		n := t.End - t.Start
		t.Key, keys = keys[:n], keys[n:]
	}
	return toks
}

// tokenizeRune adds the token that starts with the non-ASCII rune at text[i]
// and returns where the next one may start.
func tokenizeRune(toks []Token, text string, i int) ([]Token, int) {
	r, size := utf8.DecodeRuneInString(text[i:])
	switch {
	case isWordRune(r):
		j := wordEnd(text, i+size)
		return append(toks, Token{Start: i, End: j, Key: wordKey(text[i:j])}), j
	case unicode.IsSpace(r):
		return toks, i + size
	default:
		return append(toks, Token{Start: i, End: i + size, Key: punctKey(text[i : i+size])}), i + size
	}
}

// wordEnd returns the end of the run of word runes that starts at text[j].
func wordEnd(text string, j int) int {
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return j
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// ASCII byte classes for Tokenize, in the order its word test relies on.
const (
	classPunct = iota
	classSpace
	classLower // lower-case letters and digits
	classUpper
)

// asciiClass classifies the ASCII bytes as unicode.IsSpace, IsLetter and
// IsDigit do (no ASCII rune is a nonspacing mark). Bytes beyond ASCII are
// classPunct here so that a word loop stops at them; Tokenize decodes them.
var asciiClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case c == ' ' || '\t' <= c && c <= '\r':
			t[c] = classSpace
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = classLower
		case 'A' <= c && c <= 'Z':
			t[c] = classUpper
		}
	}
	return t
}()

func wordKey(w string) string {
	ascii := true
	lower := true
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			lower = false
		}
	}
	if ascii {
		if lower {
			return w
		}
		return strings.ToLower(w)
	}
	// Strip diacritics: "Türkiye" and "Turkiye" share a key.
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func punctKey(s string) string {
	switch s {
	case "’", "‘", "'", "`", "´":
		return "'"
	case "“", "”", "\"":
		return "\""
	case "-", "–", "—", "‐", "‑", "−":
		return "-"
	}
	return s
}
