// Package textcase answers questions about the letter case of words that
// several extractors ask: how many capitals a word has, and whether it is
// written in capitals only.
package textcase

import "unicode"

// Upper returns the number of upper-case letters in s.
func Upper(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// AllCaps reports whether s has an upper-case letter and no lower-case one
// ("NPT", "START I", "REAFFIRMING"); digits and punctuation may stand
// between them.
func AllCaps(s string) bool {
	hasUpper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		hasUpper = hasUpper || unicode.IsUpper(r)
	}
	return hasUpper
}
