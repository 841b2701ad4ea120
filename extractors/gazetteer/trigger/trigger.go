// Package trigger runs a gazetteer matcher only where a name can match.
//
// A gazetteer's trie is tried at every token of a document, yet for a list
// of a few hundred names (treaties, regions) only about one token in a
// thousand starts one. A Gate finds the few places worth trying: every name
// has one trigger word (by default its longest word written with a capital:
// "Treaty", "NPT", "Pacific"), and a name can match only around its
// trigger, within the trigger's reach. Matcher.FindAllTokens then runs over
// those windows of tokens only, and finds what it finds over all of them
// (FindAll).
//
// Treaties and regions use it: their names are few and their trigger words
// rare. Countries and organisations still run their matchers over every
// token (untried here: their names are many and begin with common words).
package trigger

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors/gazetteer"
)

// reach is how far around a trigger word its names extend, in tokens: back
// tokens before it and fwd tokens from it on (the trigger included; 0 for a
// key that is only marked). capital: every name choosing this trigger
// writes it with a capital, so the text must too (Capitalised and Exact
// case both demand it). mark: Scan reports the key's capitalised tokens.
type reach struct {
	back, fwd     int
	capital, mark bool
}

// Gate holds each trigger key's reach. Two tables spare most tokens the map
// lookup: first holds, by the first byte of a token as written, the key
// lengths (lengthBit) of the keys such a token may have (any, after a
// non-ASCII byte), and shape the keys' shapes (shapeOf), a bit each.
type Gate struct {
	byKey map[string]reach
	first [256]uint16
	shape [1 << 14 / 64]uint64
}

// Window is a range of token indexes [Lo, Hi).
type Window struct{ Lo, Hi int }

// New makes the gate of the entries of a matcher. Each name's trigger is
// its word written with a capital that prefer reports, else its longest
// word written with a capital, else its longest word: the choice makes the
// gate cheaper or dearer, never changes what is found. Scan also reports
// the tokens of the marked keys that start with a capital.
func New(es []gazetteer.Entry, prefer func(key string) bool, marked []string) *Gate {
	g := &Gate{byKey: map[string]reach{}}
	for c := utf8.RuneSelf; c < 256; c++ {
		g.first[c] = 0xffff
	}
	for _, e := range es {
		n := e.Name
		toks := gazetteer.Tokenize(n)
		k := triggerOf(n, toks, prefer)
		key := toks[k].Key
		r, seen := g.byKey[key]
		capital := e.Case != gazetteer.Fold && upperStart(n[toks[k].Start:])
		r.back = max(r.back, k)
		r.fwd = max(r.fwd, len(toks)-k)
		r.capital = capital && (r.capital || !seen)
		g.byKey[key] = r
	}
	for _, key := range marked {
		r, seen := g.byKey[key]
		r.mark = true
		r.capital = r.capital || !seen // a marked token is capitalised
		g.byKey[key] = r
	}
	for key, r := range g.byKey {
		if key == "" {
			continue // a word of combining marks alone: passes the tables anyway
		}
		h := shapeOf(key)
		g.shape[h/64] |= 1 << (h % 64)
		// Keys are lower case; a key's first byte is ASCII or opens a
		// non-ASCII rune, which passes anyway.
		c, b := key[0], lengthBit(len(key))
		if 'a' <= c && c <= 'z' {
			g.first[c-'a'+'A'] |= b
			if !r.capital {
				g.first[c] |= b
			}
		} else {
			g.first[c] |= b
		}
	}
	return g
}

// triggerOf returns the index in toks of the trigger word of name.
func triggerOf(name string, toks []gazetteer.Token, prefer func(string) bool) int {
	best, bestScore := 0, -1
	for k, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Key)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue // punctuation
		}
		score := len(t.Key)
		if upperStart(name[t.Start:]) {
			score += 1000
			if prefer != nil && prefer(t.Key) {
				score += 1000
			}
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	return best
}

// lengthBit is the bit of a key length in Gate.first.
func lengthBit(n int) uint16 { return 1 << min(n, 15) }

// shapeOf is a 14-bit digest of a key: its length and the low five bits of
// its first and last bytes.
func shapeOf(key string) uint {
	return uint(len(key)&15)<<10 | uint(key[0]&31)<<5 | uint(key[len(key)-1]&31)
}

// shapeMay reports that key may be a trigger or marked key.
func (g *Gate) shapeMay(key string) bool {
	if key == "" {
		return true
	}
	h := shapeOf(key)
	return g.shape[h/64]&(1<<(h%64)) != 0
}

// Scan walks the tokens of text once and appends to ws the token windows
// around the triggers, sorted and merged so that none overlaps or touches
// another, and to marks the indexes of the tokens of marked keys that start
// with a capital.
func (g *Gate) Scan(ws []Window, marks []int, text string, toks []gazetteer.Token) ([]Window, []int) {
	n := len(ws)
	for i := range toks {
		t := &toks[i]
		if g.first[text[t.Start]]&lengthBit(len(t.Key)) == 0 || !g.shapeMay(t.Key) {
			continue // most tokens: a lower-case word or a mark
		}
		r, ok := g.byKey[t.Key]
		if !ok {
			continue
		}
		if r.mark && upperStart(text[t.Start:]) {
			marks = append(marks, i)
		}
		if r.fwd == 0 || r.capital && !upperStart(text[t.Start:]) {
			continue
		}
		ws = append(ws, Window{max(0, i-r.back), min(len(toks), i+r.fwd)})
	}
	// Windows come in order of their triggers; a longer reach back may
	// start one before an earlier one.
	add := ws[n:]
	slices.SortFunc(add, func(a, b Window) int { return a.Lo - b.Lo })
	out := ws[:n]
	for _, w := range add {
		if k := len(out) - 1; k >= n && w.Lo <= out[k].Hi {
			out[k].Hi = max(out[k].Hi, w.Hi)
			continue
		}
		out = append(out, w)
	}
	return out, marks
}

// FindAll is m.FindAllTokens(text, toks) for the matcher m whose entries
// made the gate, given the windows Scan found: m runs over each window only.
// Each start falls in one window, and the window holding a match's start
// holds the whole longest match there, since the match contains the trigger
// word of a name it matches, whose window covers it and merged into this
// one. Starts without a trigger nearby match nothing.
func FindAll(m *gazetteer.Matcher, text string, toks []gazetteer.Token, ws []Window) []gazetteer.Match {
	var out []gazetteer.Match
	for _, w := range ws {
		out = append(out, m.FindAllTokens(text, toks[w.Lo:w.Hi])...)
	}
	return out
}

// upperStart reports that s starts with a capital letter.
func upperStart(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
