package eval

import (
	"strings"
	"unicode"
)

// aligner maps code-point offsets of a predicted record's text onto the gold
// text, which may differ by normalisation (whitespace, quotes, joined lines).
type aligner struct {
	same bool
	// For texts equal but for white space: the gold offset of each
	// non-space code point of the prediction, by its rank.
	predRank []int // pred offset -> rank of the next non-space rune
	goldPos  []int // rank -> gold offset
	gold     []rune
	ok       bool
}

func newAligner(goldText, predText string) *aligner {
	if goldText == predText || predText == "" {
		return &aligner{same: true, ok: true}
	}
	g, p := []rune(goldText), []rune(predText)
	a := &aligner{gold: g}
	var gs, ps []rune
	for i, r := range g {
		if !ignorable(r) {
			gs = append(gs, fold(r))
			a.goldPos = append(a.goldPos, i)
		}
	}
	a.goldPos = append(a.goldPos, len(g))
	a.predRank = make([]int, len(p)+1)
	rank := 0
	for i, r := range p {
		a.predRank[i] = rank
		if !ignorable(r) {
			ps = append(ps, fold(r))
			rank++
		}
	}
	a.predRank[len(p)] = rank
	a.ok = string(gs) == string(ps)
	return a
}

// ignorable runes are those a normalisation may add or remove: white space
// and format characters (zero-width spaces, bidi marks, soft hyphens).
func ignorable(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

func fold(r rune) rune {
	switch r {
	case '“', '”', '„':
		return '"'
	case '‘', '’':
		return '\''
	}
	return r
}

// span maps a predicted span; ok is false when it cannot be placed.
func (a *aligner) span(start, end int, text string) (int, int, bool) {
	if a.same {
		return start, end, true
	}
	if a.ok && end < len(a.predRank) {
		s := a.goldPos[a.predRank[start]]
		// end: position after the last non-space rune of the span
		r := a.predRank[end]
		if r == 0 {
			return 0, 0, false
		}
		e := a.goldPos[r-1] + 1
		return s, e, e > s
	}
	// Fall back to the occurrence of the span's text nearest to its
	// proportional position in the gold text.
	gt := string(a.gold)
	want := 0
	if len(a.predRank) > 0 {
		want = start * len(a.gold) / max(1, len(a.predRank)-1)
	}
	best, bestDist := -1, 1<<62
	for off := 0; ; {
		i := strings.Index(gt[off:], text)
		if i < 0 {
			break
		}
		cp := len([]rune(gt[:off+i]))
		if d := abs(cp - want); d < bestDist {
			best, bestDist = cp, d
		}
		off += i + 1
	}
	if best < 0 {
		return 0, 0, false
	}
	return best, best + len([]rune(text)), true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
