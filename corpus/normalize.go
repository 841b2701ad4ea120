package corpus

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// NormalizeText is the one text normalisation applied to every input format
// before analysis; record offsets refer to its result. (Basic version: line
// ends unified, Unicode NFC.)
func NormalizeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return norm.NFC.String(s)
}
