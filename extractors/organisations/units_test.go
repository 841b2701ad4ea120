package organisations

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/gazetteer"
)

// unitTexts are texts that exercise every rule of the units: edge cases and
// the test data. (The equivalence was also checked over the White House
// corpus when the token splitter was written; the tests read only the
// project's own files.)
func unitTexts() []string {
	texts := []string{
		"",
		" ",
		"said",
		"  said  ",
		"The president said that the U.S. Army (USA) and NATO's allies met.",
		"Bill—my Administration's plan. ——x—y — z",
		"word—and said—",
		"line one  \nline two\\\nline three\n\n  next para\n \t\nend",
		"straße café naïve Türkiye ǅemal привет",
		"a1 g20 5th 1st 2024. no. vs. Inc. J. Smith",
		"“Quoted,” (paren) [bracket] {brace} «guillemet» *bold* _it_ #tag",
		"Development</u> Society,[3] University.[1][2] women’s Children's",
		"- bullet\n• item\n* star\n– dash\n/ slash",
		"x\u00a0y\u2003z\u0085w\u2028v",
		"\xff\xfe bad \xffbytes",
		"al-Nusra d’Ivoire el-Sisi",
		"end.",
		"Inc. J. no. vs. allies, Army. (USA) Army). end! what? NATO; Ministry: x] y} z\" 5th, 2024. A. Co.",
		"SOCIALISM, IsDB. ABCDEFGHIJKLM, U.S., Dept.",
		"We met the state of the Union and the leaders of the Council. The Council said the state of the Union was strong.",
		"NATO allies said that the Alliance will continue to support our robust Alliance and the whole Alliance.",
		"The Ruritanian Computer Society (RCS) said that the RCS was hacked; officials from the Hudson Institute report agreed.",
		"They said that it was al Qaeda and the House of Lords, and that Japan's Ministry of Foreign Affairs and the Assad regime met.",
		benchText(400),
	}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			texts = append(texts, string(b))
		}
	}
	return texts
}

// TestSplitUnitsWords: splitting over the gazetteer tokens gives the units
// the byte scan gives, on texts that exercise every rule of the scan.
func TestSplitUnitsWords(t *testing.T) {
	texts := unitTexts()
	t.Logf("%d texts", len(texts))
	for _, text := range texts {
		want, _ := splitUnitsInto(nil, nil, text)
		want = dropQuiet(want)
		sc := new(scratch)
		got := splitUnitsWords(sc, text, gazetteer.Tokenize(text))
		if marks := markUnits(got, nil); !slices.Equal(sc.marks, marks) {
			t.Errorf("%q: marks %v, want %v", short(text), sc.marks, marks)
		}
		if len(got) != len(want) {
			t.Errorf("%q: %d units, want %d", short(text), len(got), len(want))
			continue
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%q: unit %d = %+v, want %+v", short(text), i, got[i], want[i])
				break
			}
		}
	}
}

// dropQuiet drops the quiet units inside runs of them, as splitUnitsWords
// does: those that are a lone lower-case word keyed as itself, no link,
// between two others.
func dropQuiet(us []unit) []unit {
	quiet := func(u *unit) bool {
		if !('a' <= u.Text[0] && u.Text[0] <= 'z') || u.LeadLen > 0 || u.HasTrail || u.Possessive || isLink(u.Text) {
			return false
		}
		toks := gazetteer.Tokenize(u.Text)
		return len(toks) == 1 && toks[0].Key == u.Text
	}
	var out []unit
	for i := range us {
		if i > 0 && i+1 < len(us) && quiet(&us[i-1]) && quiet(&us[i]) && quiet(&us[i+1]) {
			continue
		}
		out = append(out, us[i])
	}
	return out
}

// TestAllUnits: the mentions found over every unit of the text are those
// found over the units splitUnitsWords keeps.
func TestAllUnits(t *testing.T) {
	for _, text := range unitTexts() {
		d := newDoc(text)
		want, _ := runUnits(d, true)
		got, _ := runUnits(d, false)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: mentions differ:\n got %v\nwant %v", short(text), spans(text, got.Mentions), spans(text, want.Mentions))
		}
	}
}

func short(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return strings.ReplaceAll(s, "\n", " ")
}

// TestSlugWords: the ASCII slugs are extractors.Slug's.
func TestSlugWords(t *testing.T) {
	names := []string{"", "U.S. Army", "People's Bank of China", "--x--", "A&B Co.", "  lead", "trail--",
		"Army-Navy", "x'y.z", "Türkiye Armed Forces", "Café", strings.Repeat("Long Name ", 30)}
	for _, text := range unitTexts() {
		names = append(names, strings.Split(text, "\n")...)
	}
	for _, n := range names {
		want := extractors.Slug(n)
		if got := slugWords(n); got != want {
			t.Errorf("slugWords(%q) = %q, want %q", n, got, want)
		}
		wantEntity := ""
		if want != "" {
			wantEntity = "org:" + want
		}
		if got := orgEntity(n); got != wantEntity {
			t.Errorf("orgEntity(%q) = %q, want %q", n, got, wantEntity)
		}
	}
}

// TestLexTable: the table answers as the lexicon map does.
func TestLexTable(t *testing.T) {
	words := []string{"", "x", "ministry", "the", "council", "foundation", "zzz", "5th"}
	for w := range lexicon {
		words = append(words, w, w+"s", strings.ToUpper(w), w[:len(w)-1])
	}
	for _, w := range words {
		if got, want := lexTable.get(w), lexicon[w]; got != want {
			t.Errorf("lexTable.get(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestAnaphoricHeads: bareHeads starts only from marked units, so every
// anaphoric word must be a head.
func TestAnaphoricHeads(t *testing.T) {
	for w := range anaphoric {
		if _, ok := heads[w]; !ok {
			t.Errorf("anaphoric %q is not a head", w)
		}
	}
}

// TestIsLink: the masks rule out no link.
func TestIsLink(t *testing.T) {
	words := append([]string{"a", "an", "as", "at", "to", "are", "off", "one", "thee", "forum"}, links...)
	for _, text := range unitTexts()[:20] {
		words = append(words, strings.Fields(text)...)
	}
	for _, w := range words {
		if got, want := isLink(w), slices.Contains(links, w); got != want {
			t.Errorf("isLink(%q) = %v, want %v", w, got, want)
		}
	}
}
