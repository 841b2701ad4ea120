package treaties

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors/gazetteer"
)

// The gazetteer trie is tried at every token of a document, yet only about
// one token in three thousand starts an instrument's name. A trigger gate
// finds the few places worth trying: every name has one trigger word
// (its head word, "Treaty", or else its longest word, "NPT"), and a name can
// match only around its trigger, within the trigger's reach. The matcher
// then runs over those windows of tokens only, with the result it gives on
// the whole document (see gazetteerMatches).

// reach is how far around a trigger word its names extend, in tokens:
// back tokens before it and fwd tokens from it on (the trigger included;
// 0 for a key that is no trigger). capital: every name choosing this
// trigger writes it with a capital, so the text must too (Capitalised and
// Exact case both demand it). head: the key is a head word (heads), whose
// places splitNearHeads needs; the same walk notes them.
type reach struct {
	back, fwd     int
	capital, head bool
}

// triggers holds each trigger key's reach. Two tables spare most tokens the
// map lookup: gate holds, by the first byte of a token as written, the key
// lengths (lengthBit) of the keys such a token may have (any, after a
// non-ASCII byte), and shape the keys' shapes (length, first and last byte:
// shapeOf), a bit each.
type triggers struct {
	byKey map[string]reach
	gate  [256]uint16
	shape [1 << 14 / 64]uint64
}

// lengthBit is the bit of a key length in triggers.gate.
func lengthBit(n int) uint16 { return 1 << min(n, 15) }

// shapeOf is a 14-bit digest of a key: its length and the low five bits of
// its first and last bytes.
func shapeOf(key string) uint {
	return uint(len(key)&15)<<10 | uint(key[0]&31)<<5 | uint(key[len(key)-1]&31)
}

// shapeMay reports that key may be a trigger key. (A word of combining
// marks alone has the empty key.)
func (tr *triggers) shapeMay(key string) bool {
	if key == "" {
		return true
	}
	h := shapeOf(key)
	return tr.shape[h/64]&(1<<(h%64)) != 0
}

// newTriggers chooses the trigger word of each entry's name.
func newTriggers(es []gazetteer.Entry) triggers {
	tr := triggers{byKey: map[string]reach{}}
	for c := utf8.RuneSelf; c < 256; c++ {
		tr.gate[c] = 0xffff
	}
	for _, e := range es {
		n := e.Name
		toks := gazetteer.Tokenize(n)
		k := triggerOf(n, toks)
		key := toks[k].Key
		r, seen := tr.byKey[key]
		capital := e.Case != gazetteer.Fold && isUpperStart(n[toks[k].Start:toks[k].End])
		r.back = max(r.back, k)
		r.fwd = max(r.fwd, len(toks)-k)
		r.capital = capital && (r.capital || !seen)
		tr.byKey[key] = r
	}
	for h := range heads {
		r, seen := tr.byKey[h]
		r.head = true
		r.capital = r.capital || !seen // a head place is capitalised
		tr.byKey[h] = r
	}
	for key, r := range tr.byKey {
		h := shapeOf(key)
		tr.shape[h/64] |= 1 << (h % 64)
		// Keys are lower case; a key's first byte is ASCII or opens a
		// non-ASCII rune, which the gate passes anyway.
		c, b := key[0], lengthBit(len(key))
		if 'a' <= c && c <= 'z' {
			tr.gate[c-'a'+'A'] |= b
			if !r.capital {
				tr.gate[c] |= b
			}
		} else {
			tr.gate[c] |= b
		}
	}
	return tr
}

// triggerOf returns the index in toks of the trigger word of name: the
// first head word written with a capital, else the longest word written
// with a capital, else the longest word. The choice only makes the gate
// cheaper or dearer, never changes what is found.
func triggerOf(name string, toks []gazetteer.Token) int {
	best, bestScore := 0, -1
	for k, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Key)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue // punctuation
		}
		score := len(t.Key)
		if isUpperStart(name[t.Start:t.End]) {
			score += 1000
			if heads[t.Key] != "" {
				score += 1000
			}
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	return best
}

// window is a range of token indexes [lo, hi).
type window struct{ lo, hi int }

// scan walks the tokens of text once and appends to ws the token windows
// around the triggers, sorted and merged so that none overlaps or touches
// another, and to hs the head places (headStartsAt) at token starts.
func (tr *triggers) scan(ws []window, hs []int, text string, toks []gazetteer.Token) ([]window, []int) {
	n := len(ws)
	for i := range toks {
		t := &toks[i]
		if tr.gate[text[t.Start]]&lengthBit(len(t.Key)) == 0 || !tr.shapeMay(t.Key) {
			continue // most tokens: a lower-case word or a mark
		}
		r, ok := tr.byKey[t.Key]
		if !ok {
			continue
		}
		if r.head && headStartsAt(text, t.Start) {
			hs = append(hs, t.Start)
		}
		if r.fwd == 0 || r.capital && !capitalAt(text, t.Start) {
			continue
		}
		ws = append(ws, window{max(0, i-r.back), min(len(toks), i+r.fwd)})
	}
	// Windows come in order of their triggers; a longer reach back may
	// start one before an earlier one.
	add := ws[n:]
	slices.SortFunc(add, func(a, b window) int { return a.lo - b.lo })
	out := ws[:n]
	for _, w := range add {
		if k := len(out) - 1; k >= n && w.lo <= out[k].hi {
			out[k].hi = max(out[k].hi, w.hi)
			continue
		}
		out = append(out, w)
	}
	return out, hs
}

// capitalAt reports that the word at text[i:] starts with a capital.
func capitalAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}
