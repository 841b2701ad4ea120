package persons

import (
	"slices"
	"strings"
)

// vocab holds the distinct word keys of one document, each with its lexicon
// flags and the case it is written in. The scan looks every word up here
// once: a hit costs no lexicon lookup and, for a capitalised word, no new
// key string.
//
// Simple lower-case words (ASCII, key as written) are not entered: the
// scan records in lowSlots the first token of each hash, and lowerSeen
// compares that token's key, falling back to the text on a collision.
type vocab struct {
	lex      *lexicon
	slots    []uint64 // hash<<32 | entry index+1; 0 is an empty slot
	entries  []ventry
	lowSlots []uint64 // hash<<32 | token index+1 of simple lower-case words
	lowN     int      // used lowSlots
	// shortLower has bit shortIndex set for each word of one to three
	// small letters the text writes (two letters or more, no particle),
	// which lowSlots leaves out.
	shortLower [(shortWords + 63) / 64]uint64
}

type ventry struct {
	key     string
	flags   wordFlag
	asked   bool // written capitalised, or the tail of such a hyphenated word: see lowerSeen
	lower   bool // written in lower case, two letters or more, and no particle
	checked bool // lowerSeen has looked for the key among the simple lower-case words
}

// reset empties v for a document of n bytes.
func (v *vocab) reset(l *lexicon, n int) {
	size := 512
	for size < n/8 { // about twice the distinct words of n bytes of prose
		size <<= 1
	}
	v.lex = l
	if cap(v.slots) >= size {
		v.slots = v.slots[:size]
		clear(v.slots)
	} else {
		v.slots = make([]uint64, size)
	}
	if cap(v.lowSlots) >= size {
		v.lowSlots = v.lowSlots[:size]
		clear(v.lowSlots)
	} else {
		v.lowSlots = make([]uint64, size)
	}
	v.lowN = 0
	clear(v.shortLower[:])
}

// slotOf is the home slot of hash h in a table of n slots (a power of
// two); bit 0 of a hash is always 1.
func slotOf(h uint32, n int) int { return int(h>>1) & (n - 1) }

// markLower records token tok, a simple lower-case word of hash h, unless
// a token of that hash is recorded already.
func (v *vocab) markLower(h uint32, tok int) {
	mask := len(v.lowSlots) - 1
	for i := slotOf(h, len(v.lowSlots)); ; i = (i + 1) & mask {
		sl := v.lowSlots[i]
		if sl == 0 {
			v.lowSlots[i] = uint64(h)<<32 | uint64(uint32(tok+1))
			if v.lowN++; 2*v.lowN > len(v.lowSlots) {
				v.growLow()
			}
			return
		}
		if uint32(sl>>32) == h {
			return
		}
	}
}

func (v *vocab) growLow() {
	old := v.lowSlots
	v.lowSlots = make([]uint64, 2*len(old))
	mask := len(v.lowSlots) - 1
	for _, sl := range old {
		if sl != 0 {
			i := slotOf(uint32(sl>>32), len(v.lowSlots))
			for v.lowSlots[i] != 0 {
				i = (i + 1) & mask
			}
			v.lowSlots[i] = sl
		}
	}
}

// lowerToken returns the recorded simple lower-case token of hash h, or -1.
func (v *vocab) lowerToken(h uint32) int {
	mask := len(v.lowSlots) - 1
	for i := slotOf(h, len(v.lowSlots)); ; i = (i + 1) & mask {
		sl := v.lowSlots[i]
		if sl == 0 {
			return -1
		}
		if uint32(sl>>32) == h {
			return int(uint32(sl)) - 1
		}
	}
}

// release empties v's entries, whose keys are substrings of the document.
func (v *vocab) release() {
	clear(v.entries)
	v.entries = v.entries[:0]
}

// keyHash hashes a key for the slots: the first and last bytes and the
// length mixed by one multiplication.
func keyHash[T string | []byte](s T) uint32 {
	a, b := keyWords(s)
	return hashWords(len(s), a, b)
}

// keyWords packs the bytes of s into two words: the first and last eight
// bytes, or fewer. With the length they tell keys of up to 16 bytes apart.
func keyWords[T string | []byte](s T) (a, b uint64) {
	switch n := len(s); {
	case n >= 8:
		return le64(s, 0), le64(s, n-8)
	case n >= 4:
		return uint64(le32(s, 0)) | uint64(le32(s, n-4))<<32, 0
	case n > 0:
		return uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16, 0
	}
	return 0, 0
}

// hashWords is keyHash of a key of n bytes with keyWords a, b.
func hashWords(n int, a, b uint64) uint32 {
	x := a ^ b*0xff51afd7ed558ccd
	x ^= uint64(n) << 56
	x *= 0x9e3779b97f4a7c15
	return uint32(x>>32) | 1 // never 0, so a used slot is never 0
}

func le32[T string | []byte](s T, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

func le64[T string | []byte](s T, i int) uint64 {
	return uint64(le32(s, i)) | uint64(le32(s, i+4))<<32
}

// find returns the entry of key s with hash h, or -1.
func find[T string | []byte](v *vocab, s T, h uint32) int32 {
	mask := len(v.slots) - 1
	for i := slotOf(h, len(v.slots)); ; i = (i + 1) & mask {
		sl := v.slots[i]
		if sl == 0 {
			return -1
		}
		if uint32(sl>>32) == h {
			e := int32(uint32(sl)) - 1
			if k := v.entries[e].key; len(k) == len(s) && sameBytes(k, s) {
				return e
			}
		}
	}
}

func sameBytes[T string | []byte](k string, s T) bool {
	for i := 0; i < len(k); i++ {
		if k[i] != s[i] {
			return false
		}
	}
	return true
}

// add enters key, absent from v, with hash h.
func (v *vocab) add(key string, h uint32) int32 {
	if 2*(len(v.entries)+1) > len(v.slots) {
		v.grow()
	}
	e := int32(len(v.entries))
	v.entries = append(v.entries, ventry{key: key, flags: v.lex.flagsOf(key, h)})
	v.put(h, e)
	return e
}

func (v *vocab) put(h uint32, e int32) {
	mask := len(v.slots) - 1
	i := slotOf(h, len(v.slots))
	for v.slots[i] != 0 {
		i = (i + 1) & mask
	}
	v.slots[i] = uint64(h)<<32 | uint64(uint32(e+1))
}

func (v *vocab) grow() {
	old := v.slots
	v.slots = make([]uint64, 2*len(old))
	for _, sl := range old {
		if sl != 0 {
			v.put(uint32(sl>>32), int32(uint32(sl))-1)
		}
	}
}

// intern returns the entry of key, entering it if absent.
func (v *vocab) intern(key string) int32 {
	h := keyHash(key)
	if e := find(v, key, h); e >= 0 {
		return e
	}
	return v.add(key, h)
}

// internBytes is intern for a key in a scratch buffer: the key string is
// made only for a word the document has not used before.
func (v *vocab) internBytes(b []byte) int32 {
	h := keyHash(b)
	if e := find(v, b, h); e >= 0 {
		return e
	}
	return v.add(string(b), h)
}

// lowerSeen reports whether the document writes a capitalised word (or
// the tail of a hyphenated one) in lower case somewhere: text and toks are
// the document's, scanned into v.
func (v *vocab) lowerSeen(key, text string, toks []token) bool {
	h := keyHash(key)
	e := find(v, key, h)
	if e < 0 || !v.entries[e].asked {
		return false
	}
	en := &v.entries[e]
	if !en.lower && !en.checked {
		// Non-simple lower-case words set lower in the scan; the simple
		// ones are looked up here.
		en.checked = true
		if ix, ok := shortIndex(key); ok {
			en.lower = v.shortLower[ix>>6]&(1<<(ix&63)) != 0
		} else if tok := v.lowerToken(h); tok >= 0 && len(key) > 1 {
			// Another key of the same hash may hold the slot.
			en.lower = toks[tok].key == key || simpleLowerIn(text, toks, key)
		}
	}
	return en.lower
}

// simpleLowerIn reports whether a word token of toks, the tokens of text,
// has the lower-case key and is written as it: the text is searched for the
// key, and a token must start and end where it is found.
func simpleLowerIn(text string, toks []token, key string) bool {
	for off := 0; ; {
		p := strings.Index(text[off:], key)
		if p < 0 {
			return false
		}
		p += off
		i, _ := slices.BinarySearchFunc(toks, p, func(t token, p int) int { return int(t.start) - p })
		if i < len(toks) {
			t := &toks[i]
			if int(t.start) == p && int(t.end) == p+len(key) && t.word && t.shape == shapeLower && t.flags&fParticle == 0 && t.key == key {
				return true
			}
		}
		off = p + 1
	}
}
