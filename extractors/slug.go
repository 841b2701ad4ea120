package extractors

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug makes the slug part of an entity id from a name: lower-case ASCII
// letters and digits, diacritics removed, apostrophes and full stops dropped
// ("O'Brien" → "obrien", "U.S. Army" → "us-army"), every other run of
// characters one hyphen ("Côte d'Ivoire" → "cote-divoire"). Letters outside
// the Latin script are dropped, so a name written only in them has an empty
// slug; callers then need an id of their own.
func Slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case latinFold[r] != "":
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteString(latinFold[r])
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '\u2019' || r == '.':
		default:
			hyphen = true
		}
	}
	return b.String()
}

// latinFold spells the Latin letters that carry no decomposable diacritic
// in ASCII, so that "Stanisław" is "stanislaw" rather than "stanis-aw".
var latinFold = map[rune]string{
	'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d",
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'Þ': "th",
	'ı': "i", 'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t",
}
