package persons

import (
	"strings"
	"testing"

	"github.com/polexhq/polex/extractors"
)

// TestLowerSeenMatchesTokens checks lowerSeen, which finds simple
// lower-case words through a table of hashes, against the plain
// definition: a word token in lower case, of two letters or more and no
// particle, with the key.
func TestLowerSeenMatchesTokens(t *testing.T) {
	l, err := getLexicon()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"The other theme: the President met the president. Their thesis.",
		"Self-Defense Forces practise self-defense; Government-wide rules apply government wide.",
		"A naïve Naïve reading; José and josé; Ångström and angstrom.",
		"De Gaulle and de Gaulle; Van Buren met van der Berg. Bin Salman, bin Salman.",
		"US us U.S. u.s. Us; No. 5 and no. 6; St. Louis, st.",
		"Mark will Mark Will WILL will-power Will-Power; Hope hope; Grant grants.",
		"Washington washington Washingtonian; WASHINGTON. Rose rose rosé.",
		"I've Ive ive; It's its ITS Its; O'Brien o'brien; don't Don't.",
		"Pre\u00adsident pre\u00adsident President president\u00ad.",
		"co\u2011operate Co\u2011Operate; well\u2010known Well\u2010Known; Known known.",
		"end Is is. IS",
	}
	for _, text := range texts {
		v := new(vocab)
		x := newExtractionWith(nil, text, []extractors.Span{{Start: 0, End: len(text)}}, l, v)
		for _, en := range v.entries {
			want := false
			for _, tk := range x.toks {
				if tk.word && tk.shape == shapeLower && len(tk.key) > 1 && tk.flags&fParticle == 0 && tk.key == en.key {
					want = true
				}
			}
			want = want && en.asked
			if got := x.lowerSeen(en.key); got != want {
				t.Errorf("%q: lowerSeen(%q) = %v, want %v", text, en.key, got, want)
			}
		}
		// Keys the text does not hold, or holds only inside other words.
		for _, k := range []string{"zzz", "he", "the", "resident", strings.ToLower(text[:2])} {
			if e := find(v, k, keyHash(k)); e < 0 && x.lowerSeen(k) {
				t.Errorf("%q: lowerSeen(%q) = true for a key not in the vocab", text, k)
			}
		}
	}
}

// TestSimpleLowerIn checks the search lowerSeen falls back on when two keys
// share a hash.
func TestSimpleLowerIn(t *testing.T) {
	l, err := getLexicon()
	if err != nil {
		t.Fatal(err)
	}
	text := "Other theme: The thesis, the end; de Gaulle; self-defense. Naïve naïve"
	x := newExtractionWith(nil, text, []extractors.Span{{Start: 0, End: len(text)}}, l, new(vocab))
	for key, want := range map[string]bool{"the": true, "he": false, "them": false, "theme": true, "end": true,
		"de": false, "self": false, "defense": false, "self-defense": true, "naive": false, "other": false, "thesis": true} {
		if got := simpleLowerIn(text, x.toks, key); got != want {
			t.Errorf("simpleLowerIn(%q) = %v, want %v", key, got, want)
		}
	}
}

// TestShortFlags checks the table of short words' flags against flagsOf
// for every word of one to three small letters.
func TestShortFlags(t *testing.T) {
	l, err := getLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for a := 'a'; a <= 'z'; a++ {
		words = append(words, string(a))
		for b := 'a'; b <= 'z'; b++ {
			words = append(words, string([]rune{a, b}))
			for c := 'a'; c <= 'z'; c++ {
				words = append(words, string([]rune{a, b, c}))
			}
		}
	}
	seen := map[int]bool{}
	for _, w := range words {
		ix, ok := shortIndex(w)
		if !ok || seen[ix] {
			t.Fatalf("shortIndex(%q) = %d, %v: not a new index", w, ix, ok)
		}
		seen[ix] = true
		if got, want := l.shortFlags[ix], l.flagsOf(w, keyHash(w)); got != want {
			t.Errorf("shortFlags[%q] = %b, flagsOf = %b", w, got, want)
		}
	}
	for _, w := range []string{"", "abcd", "The", "a1", "é"} {
		if _, ok := shortIndex(w); ok {
			t.Errorf("shortIndex(%q) is ok", w)
		}
	}
}

// TestScanFastPathsMatchFold checks that every word, however the scan took
// it (ASCII fast path, lower-case tables, vocab), has the key, shape and
// flags of the general definitions: foldKey, wordShape and flagsOf.
func TestScanFastPathsMatchFold(t *testing.T) {
	l, err := getLexicon()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"The President’s visit—said the “Secretary” of State. COVID-19 and U.S.-China ties; the minister's aides.",
		"José naïve Naïve NAÏVE co\u2011operate Jean-Pierre JEAN-PIERRE al-Assad O'Brien O’Brien don’t I’ve",
		"Pre\u00adsident of the Republic: MS. PSAKI: Gen. Lt. Mr Mr. no. 5 St. Louis e.g. i.e. J.D. Vance C.T. Wright",
		"2nd 5G 1990s the-end The-End abc123 ABC123 Abc123 iPhone eBay McDonald MACDONALD x y Z",
		"Internationalisation counterintelligence-related Supercalifragilisticexpialidocious supercalifragilisticexpialidocious",
	}
	for _, text := range texts {
		v := new(vocab)
		x := newExtractionWith(nil, text, []extractors.Span{{Start: 0, End: len(text)}}, l, v)
		for _, tk := range x.toks {
			if !tk.word || tk.acronym {
				continue
			}
			w := text[tk.start:tk.end]
			key := foldKey(w)
			if tk.key != key || tk.shape != wordShape(w) || tk.flags != l.flagsOf(key, keyHash(key)) {
				t.Errorf("%q: key %q shape %d flags %b; want %q %d %b", w, tk.key, tk.shape, tk.flags, key, wordShape(w), l.flagsOf(key, keyHash(key)))
			}
		}
	}
}
