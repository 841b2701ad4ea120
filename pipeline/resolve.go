package pipeline

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
)

// tagged is a mention with the extractor that produced it.
type tagged struct {
	extractors.Mention
	from string
}

// resolveOverlaps keeps a set of non-overlapping mentions: the longer span
// wins, then the higher priority, then the earlier start, then the earlier
// in ms. The result is sorted by start. textLen bounds every span.
//
// Candidates are visited best first and kept when none of their bytes is
// taken yet, which a bitset over the text answers in time proportional to
// the span's length.
func resolveOverlaps(ms []tagged, textLen int) []tagged {
	order := make([]int32, len(ms))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		a, b := &ms[x], &ms[y]
		if c := cmp.Compare(b.End-b.Start, a.End-a.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Priority, a.Priority); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	taken := make([]uint64, textLen/64+1)
	keep := make([]bool, len(ms))
	n := 0
	for _, i := range order {
		m := &ms[i]
		free := true
		for b := m.Start; b < m.End; b++ {
			if taken[b>>6]&(1<<(b&63)) != 0 {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for b := m.Start; b < m.End; b++ {
			taken[b>>6] |= 1 << (b & 63)
		}
		keep[i] = true
		n++
	}
	// Kept spans do not overlap, so their starts differ and order them
	// fully. The indexes are sorted, not the mentions: a mention is some
	// two hundred bytes to move.
	idx := order[:0]
	for i, k := range keep {
		if k {
			idx = append(idx, int32(i))
		}
	}
	slices.SortFunc(idx, func(x, y int32) int { return cmp.Compare(ms[x].Start, ms[y].Start) })
	kept := make([]tagged, len(idx))
	for k, i := range idx {
		kept[k] = ms[i]
	}
	return kept
}

// validSpan reports whether [start, end) is a non-empty span of text on rune
// boundaries.
func validSpan(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	return utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// entityTable groups mentions by entity id, in order of first mention.
type entityInfo struct {
	extractors.Entity
	Kind  string
	Codes map[string]string
}

func buildEntities(text string, ms []tagged) []entityInfo {
	idx := map[string]int{}
	var out []entityInfo
	for _, m := range ms {
		if m.Entity == "" {
			continue
		}
		form := text[m.Start:m.End]
		i, ok := idx[m.Entity]
		if !ok {
			i = len(out)
			idx[m.Entity] = i
			out = append(out, entityInfo{Entity: extractors.Entity{ID: m.Entity, Type: m.Type}})
		}
		e := &out[i]
		e.Count++
		if !slices.Contains(e.Forms, form) {
			e.Forms = append(e.Forms, form)
		}
		// The canonical name is the one the extractor gives; the longest
		// wins, so a gazetteer name beats a short form.
		if len(m.Name) > len(e.Name) {
			e.Name = m.Name
		}
		if e.Kind == "" {
			e.Kind = m.Kind
		}
		for k, v := range m.Codes {
			if e.Codes == nil {
				e.Codes = map[string]string{}
			}
			e.Codes[k] = v
		}
	}
	for i := range out {
		if out[i].Name == "" {
			// Without a canonical name, the longest form written stands in.
			for _, f := range out[i].Forms {
				if len(f) > len(out[i].Name) {
					out[i].Name = f
				}
			}
		}
	}
	return out
}

// runeIndex converts byte offsets of one text to code-point offsets.
type runeIndex struct {
	ascii bool
	cp    []int32 // cp[b] = code points before byte b, for non-ASCII text
}

func newRuneIndex(text string) *runeIndex {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return &runeIndex{ascii: true}
	}
	// cp[b] counts the runes that start before byte b; offsets inside a
	// rune never reach it, since spans are checked to lie on rune starts.
	cp := make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); i++ {
		cp[i] = n
		if utf8.RuneStart(text[i]) {
			n++
		}
	}
	cp[len(text)] = n
	return &runeIndex{cp: cp}
}

func (r *runeIndex) at(b int) int {
	if r.ascii {
		return b
	}
	return int(r.cp[b])
}
