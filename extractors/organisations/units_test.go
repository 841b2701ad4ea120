package organisations

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/polexhq/polex/extractors/gazetteer"
)

// TestSplitUnitsWords: splitting over the gazetteer tokens gives the units
// the byte scan gives, on texts that exercise every rule of the scan.
func TestSplitUnitsWords(t *testing.T) {
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
	}
	for _, f := range []string{"testdata/*.txt", "/work/shared/corpus/whitehouse/*/*/*.md"} {
		files, _ := filepath.Glob(f)
		for k, name := range files {
			if k%7 != 0 {
				continue // a sample of the corpus is enough
			}
			if b, err := os.ReadFile(name); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	t.Logf("%d texts", len(texts))
	for _, text := range texts {
		want, _ := splitUnitsInto(nil, nil, text)
		got, _ := splitUnitsWords(nil, nil, text, gazetteer.Tokenize(text))
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

func short(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return strings.ReplaceAll(s, "\n", " ")
}
