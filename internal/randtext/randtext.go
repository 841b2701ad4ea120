// Package randtext makes random texts from pieces, for tests that compare a
// fast path with the slow one it replaces over many odd inputs.
package randtext

import (
	"math/rand/v2"
	"strings"
)

// Texts returns n texts, each 1 to maxPieces pieces drawn at random (with a
// generator seeded by seed1, seed2, so every run sees the same texts).
func Texts(seed1, seed2 uint64, n, maxPieces int, pieces []string) []string {
	rng := rand.New(rand.NewPCG(seed1, seed2))
	out := make([]string, n)
	for i := range out {
		var sb strings.Builder
		for range 1 + rng.IntN(maxPieces) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out[i] = sb.String()
	}
	return out
}
