package treaties

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/polexhq/polex/extractors/gazetteer"
)

//go:embed treaties.tsv
var data string

// Instrument is one entry of the gazetteer.
type Instrument struct {
	Slug    string
	Kind    string
	Name    string
	Aliases []string
}

// ID is the instrument's entity id.
func (in Instrument) ID() string { return "treaty:" + in.Slug }

// Names is the canonical name followed by the aliases.
func (in Instrument) Names() []string { return append([]string{in.Name}, in.Aliases...) }

var (
	slugRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	// Kinds are the sub-types an instrument may have.
	Kinds = []string{"treaty", "convention", "agreement", "accord", "charter",
		"declaration", "communique", "statement", "memorandum", "protocol",
		"pact", "act", "plan", "arrangement", "framework", "resolution",
		"statute", "covenant"}
)

// Parse reads a treaties table (see treaties.tsv for the format) and
// validates it: well-formed slugs used once, known kinds, non-empty names,
// and no name or alias claimed by two instruments.
func Parse(src string) ([]Instrument, error) {
	var out []Instrument
	slugLine := map[string]int{}
	owner := map[string]string{} // folded name key -> slug
	for n, line := range strings.Split(src, "\n") {
		n++
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || len(f) > 4 {
			return nil, fmt.Errorf("treaties line %d: want 3 or 4 tab-separated fields, got %d", n, len(f))
		}
		in := Instrument{Slug: strings.TrimSpace(f[0]), Kind: strings.TrimSpace(f[1]), Name: strings.TrimSpace(f[2])}
		if !slugRE.MatchString(in.Slug) {
			return nil, fmt.Errorf("treaties line %d: malformed slug %q", n, in.Slug)
		}
		if prev, ok := slugLine[in.Slug]; ok {
			return nil, fmt.Errorf("treaties line %d: slug %q already used on line %d", n, in.Slug, prev)
		}
		slugLine[in.Slug] = n
		if !contains(Kinds, in.Kind) {
			return nil, fmt.Errorf("treaties line %d: unknown kind %q", n, in.Kind)
		}
		if len(f) == 4 {
			for _, a := range strings.Split(f[3], "|") {
				in.Aliases = append(in.Aliases, strings.TrimSpace(a))
			}
		}
		for _, name := range in.Names() {
			k := foldKey(name)
			if k == "" {
				return nil, fmt.Errorf("treaties line %d (%s): empty name or alias", n, in.Slug)
			}
			// Case variants of one name may share a key within an entry.
			if o, ok := owner[k]; ok && o != in.Slug {
				return nil, fmt.Errorf("treaties line %d: %q claimed by both %q and %q", n, name, o, in.Slug)
			}
			owner[k] = in.Slug
		}
		out = append(out, in)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("treaties: empty table")
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// foldKey is the gazetteer's view of a name: its token keys.
func foldKey(name string) string {
	var ks []string
	for _, t := range gazetteer.Tokenize(name) {
		ks = append(ks, t.Key)
	}
	return strings.Join(ks, " ")
}

// Slug turns an instrument name into an id slug: lower-case ASCII words
// joined by hyphens, dots of abbreviations dropped ("U.S.-ROK Mutual Defense
// Treaty" → "us-rok-mutual-defense-treaty"), diacritics removed.
func Slug(name string) string {
	var ws []string
	for _, t := range gazetteer.Tokenize(strings.ReplaceAll(name, ".", "")) {
		if !isWordKey(t.Key) {
			continue
		}
		var b strings.Builder
		for _, r := range t.Key {
			if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				b.WriteRune(r)
			}
		}
		if b.Len() > 0 {
			ws = append(ws, b.String())
		}
	}
	return strings.Join(ws, "-")
}

func isWordKey(k string) bool {
	for _, r := range k {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// allCaps reports a name written only in capitals, digits and punctuation
// ("NPT", "START I"): such aliases must match exactly.
func allCaps(s string) bool {
	hasUpper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		hasUpper = hasUpper || unicode.IsUpper(r)
	}
	return hasUpper
}

// table is the loaded gazetteer.
type table struct {
	list  []Instrument
	bySlg map[string]int
	names []int // matcher value -> index in list
	m     *gazetteer.Matcher
}

var load = sync.OnceValues(func() (*table, error) { return newTable(data) })

func newTable(src string) (*table, error) {
	list, err := Parse(src)
	if err != nil {
		return nil, fmt.Errorf("loading treaties gazetteer: %w", err)
	}
	t := &table{list: list, bySlg: map[string]int{}}
	var es []gazetteer.Entry
	for i, in := range list {
		t.bySlg[in.Slug] = i
		for _, n := range in.Names() {
			c := gazetteer.Capitalised
			if allCaps(n) {
				c = gazetteer.Exact
			}
			t.names = append(t.names, i)
			es = append(es, gazetteer.Entry{Name: n, Value: len(t.names) - 1, Case: c})
		}
	}
	if t.m, err = gazetteer.New(es); err != nil {
		return nil, fmt.Errorf("loading treaties gazetteer: %w", err)
	}
	return t, nil
}
