package claims

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

//go:embed cues.tsv
var cuesTSV string

// cueForm is one inflected form of a reporting cue.
type cueForm struct {
	words []string // lower-case words ("call", "for")
	lemma string
	kind  string
	noun  bool // a reporting noun rather than a verb
	amb   bool // the verb form is also a common noun
	comp  bool // the verb reading needs a complement right after it
	ing   bool // a present participle ("stressing")
}

// lexicon maps the first word of each form to its forms, longest first.
type lexicon struct {
	verbs map[string][]*cueForm
	nouns map[string][]*cueForm
	size  int
}

var kinds = map[string]bool{"assertion": true, "warning": true, "proposal": true,
	"opposition": true, "support": true, "commitment": true}

// parseLexicon reads the cue table (see cues.tsv for its format).
func parseLexicon(src string) (*lexicon, error) {
	lx := &lexicon{verbs: map[string][]*cueForm{}, nouns: map[string][]*cueForm{}}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("cues.tsv:%d: want 4 columns, got %d", n+1, len(cols))
		}
		kind, class, flags, forms := cols[0], cols[1], cols[2], strings.Fields(cols[3])
		if !kinds[kind] {
			return nil, fmt.Errorf("cues.tsv:%d: unknown kind %q", n+1, kind)
		}
		if class != "verb" && class != "noun" {
			return nil, fmt.Errorf("cues.tsv:%d: unknown class %q", n+1, class)
		}
		if len(forms) == 0 {
			return nil, fmt.Errorf("cues.tsv:%d: no forms", n+1)
		}
		for _, f := range forms {
			cf := &cueForm{
				words: strings.Split(strings.ToLower(f), "_"),
				lemma: forms[0],
				kind:  kind,
				noun:  class == "noun",
			}
			for _, fl := range strings.Split(flags, ",") {
				switch fl {
				case "amb":
					cf.amb = true
				case "comp":
					cf.comp = true
				case "-":
				default:
					return nil, fmt.Errorf("cues.tsv:%d: unknown flag %q", n+1, fl)
				}
			}
			cf.ing = !cf.noun && strings.HasSuffix(cf.words[0], "ing")
			m := lx.verbs
			if cf.noun {
				m = lx.nouns
			}
			m[cf.words[0]] = append(m[cf.words[0]], cf)
			lx.size++
		}
	}
	for _, m := range []map[string][]*cueForm{lx.verbs, lx.nouns} {
		for _, fs := range m {
			slices.SortStableFunc(fs, func(a, b *cueForm) int { return len(b.words) - len(a.words) })
		}
	}
	return lx, nil
}

// match returns the longest form of m starting at ws[i] and the index after
// its last word, or nil. Adverbs may stand inside a multi-word form ("are
// jointly committed to").
func match(m map[string][]*cueForm, ws []word, i int) (*cueForm, int) {
	return matchForms(m[ws[i].low], ws, i)
}

// matchVerb and matchNoun are match on the reporting verbs and nouns, with
// the forms the word's vocabulary entry lists.
func matchVerb(ws []word, i int) (*cueForm, int) {
	if ws[i].cls&cVerbCue == 0 {
		return nil, 0
	}
	return matchForms(lookup(ws[i].low).verbs, ws, i) // low is a key of vocab: its bit says so
}

func matchNoun(ws []word, i int) (*cueForm, int) {
	if ws[i].cls&cNounCue == 0 {
		return nil, 0
	}
	return matchForms(lookup(ws[i].low).nouns, ws, i)
}

func matchForms(forms []*cueForm, ws []word, i int) (*cueForm, int) {
	for _, f := range forms {
		k := i + 1
		ok := true
		for _, fw := range f.words[1:] {
			for k < len(ws) && ws[k].low != fw && isAdverb(ws[k]) {
				k++
			}
			if k >= len(ws) || ws[k].low != fw {
				ok = false
				break
			}
			k++
		}
		if ok {
			return f, k
		}
	}
	return nil, 0
}

var lex = func() *lexicon {
	lx, err := parseLexicon(cuesTSV)
	if err != nil {
		panic(err) // the embedded table is checked by the tests
	}
	return lx
}()
