package pipeline

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/internal/randtext"
)

// splitSentencesReference is SplitSentences before it skipped ahead inside
// sentences: it decodes and tests every rune. The two must agree.
func splitSentencesReference(text string) []extractors.Span {
	var out []extractors.Span
	start := -1 // start of the current sentence, -1 when between sentences
	emit := func(end int) {
		if start < 0 {
			return
		}
		// trim trailing space
		for end > start {
			r, size := utf8.DecodeLastRuneInString(text[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		if end > start {
			out = append(out, extractors.Span{Start: start, End: end})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			// Find the next non-space character and count newlines on the way.
			j, nl := i, 0
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				if r2 == '\n' {
					nl++
				}
				j += s2
			}
			if start >= 0 {
				next, _ := utf8.DecodeRuneInString(text[j:])
				switch {
				case j >= len(text):
					emit(i)
				case startsBlock(text[j:]):
					emit(i)
				case lineIsBlock(text[start:i]) && nl >= 1:
					emit(i)
				case nl >= 2 && !unicode.IsLower(next):
					emit(i)
				}
			}
			i = j
			continue
		}
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if start < 0 {
			start = i
		}
		if r == '.' || r == '!' || r == '?' || r == '…' {
			end := i + size
			// absorb runs of terminal punctuation and closing quotes/brackets
			for end < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[end:])
				if strings.ContainsRune(".!?…\"'”’)]", r2) {
					end += s2
					continue
				}
				break
			}
			if end < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[end:])
				if !unicode.IsSpace(r2) {
					i = end
					continue
				}
			}
			if isBoundary(text, start, i, end, r) {
				emit(end)
			}
			i = end
			continue
		}
		i += size
	}
	emit(len(text))
	return out
}

var sentencePieces = []string{
	"The U.S. said", " ", "  ", "\n", "\n\n", "\r\n", "\t", ".", "!", "?", "…", "...", "?!",
	"”", "’", "\"", "'", ")", "]", "Dr.", "No. 5", "Jan.", "e.g.", "# Heading", "- item", "| a |",
	"1.", "\u2028", "\u00a0", "—", "it", "It", "We", "émile", "Émile", "日本。", "\xff", "\xe2", "\xe2\x80",
	"ASEAN-U.S. Summit", "“Hi.”", "x", "Mr.", "a.m.",
}

func TestSplitSentencesMatchesReference(t *testing.T) {
	texts := append(randtext.Texts(3, 5, 5000, 16, sentencePieces), sentencePieces...)
	for _, text := range texts {
		if got, want := SplitSentences(text), splitSentencesReference(text); !slices.Equal(got, want) {
			t.Fatalf("SplitSentences(%q)\n got %v\nwant %v", text, got, want)
		}
	}
}

func FuzzSplitSentencesReference(f *testing.F) {
	for _, p := range sentencePieces {
		f.Add(p + " Next. " + p)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := SplitSentences(text), splitSentencesReference(text); !slices.Equal(got, want) {
			t.Fatalf("SplitSentences(%q)\n got %v\nwant %v", text, got, want)
		}
	})
}

// countWordsReference is CountWords before its ASCII fast path.
func countWordsReference(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

func TestCountWordsMatchesReference(t *testing.T) {
	pieces := append([]string{"\v", "\f", "\x85", "\u0085", "\u3000", "a\u00a0b"}, sentencePieces...)
	for _, text := range append(randtext.Texts(9, 10, 3000, 12, pieces), pieces...) {
		if got, want := CountWords(text), countWordsReference(text); got != want {
			t.Fatalf("CountWords(%q) = %d, want %d", text, got, want)
		}
	}
}
