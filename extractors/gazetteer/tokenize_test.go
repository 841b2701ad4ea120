package gazetteer

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/internal/randtext"
)

// tokenizeReference is Tokenize as first written, one decoded rune at a time
// through the unicode tables; the ASCII fast path must agree with it.
func tokenizeReference(text string) []Token {
	var toks []Token
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2)) {
					break
				}
				j += s2
			}
			toks = append(toks, Token{Start: i, End: j, Key: wordKey(text[i:j])})
			i = j
		case unicode.IsSpace(r):
			i += size
		default:
			toks = append(toks, Token{Start: i, End: i + size, Key: punctKey(text[i : i+size])})
			i += size
		}
	}
	return toks
}

var tokenizePieces = []string{
	"the", "The", "NATO", "U.S.", "COVID-19", "2024", " ", "  ", "\t", "\n", "\r\n", "\v", "\f",
	"Pérez", "e\u0301", "\u00a0", "\u2028", "\u0085", "\u200b", "’s", "“", "”", "'", "\"", "`",
	"—", "–", "-", "−", "İstanbul", "ǅ", "Straße", "東京", "🙂", "\xff", "\xc3", "\x00", "\x7f",
	"~", "_", ",", ".", "(", ")", "§", "½", "Ⅻ", "x²", "Ünited", "a", "Z9", "\u0301", "\u0301\u0302",
}

func TestTokenizeMatchesReference(t *testing.T) {
	texts := append(randtext.Texts(7, 11, 5000, 12, tokenizePieces), tokenizePieces...)
	for _, text := range texts {
		got, want := Tokenize(text), tokenizeReference(text)
		if !slices.Equal(got, want) {
			t.Fatalf("Tokenize(%q)\n got %v\nwant %v", text, got, want)
		}
	}
}

func TestTokenizeKeys(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The U.S.-Japan", []string{"the", "u", ".", "s", ".", "-", "japan"}},
		{"Türkiye’s army", []string{"turkiye", "'", "s", "army"}},
		{"“NATO” — 2024", []string{"\"", "nato", "\"", "-", "2024"}},
		{"a\u00a0b\u2028c", []string{"a", "b", "c"}},
	} {
		var keys []string
		for _, tok := range Tokenize(tc.text) {
			keys = append(keys, tok.Key)
		}
		if !slices.Equal(keys, tc.want) {
			t.Errorf("Tokenize(%q) keys %q, want %q", tc.text, keys, tc.want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, p := range tokenizePieces {
		f.Add(p + " " + p)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Tokenize(text), tokenizeReference(text); !slices.Equal(got, want) {
			t.Fatalf("Tokenize(%q)\n got %v\nwant %v", text, got, want)
		}
	})
}
