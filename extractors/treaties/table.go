package treaties

import (
	_ "embed"
	"fmt"
	"slices"
	"sync"
	"unicode"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/gazetteer"
	"github.com/polexhq/polex/extractors/gazetteer/trigger"
	"github.com/polexhq/polex/internal/textcase"
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

// Kinds are the sub-types an instrument may have.
var Kinds = []string{"treaty", "convention", "agreement", "accord", "charter",
	"declaration", "communique", "statement", "memorandum", "protocol",
	"pact", "act", "plan", "arrangement", "framework", "resolution",
	"statute", "covenant", "regulation", "award", "guidelines"}

// Parse reads a treaties table (see treaties.tsv for the format) and
// validates it: well-formed slugs used once, known kinds, non-empty names,
// and no name or alias claimed by two instruments.
func Parse(src string) ([]Instrument, error) {
	rows, err := gazetteer.ParseTable(src, 1, nil)
	if err != nil {
		return nil, fmt.Errorf("treaties: %w", err)
	}
	out := make([]Instrument, len(rows))
	for i, r := range rows {
		if !slices.Contains(Kinds, r.Fields[0]) {
			return nil, fmt.Errorf("treaties: line %d: unknown kind %q", r.Line, r.Fields[0])
		}
		out[i] = Instrument{Slug: r.Slug, Kind: r.Fields[0], Name: r.Name, Aliases: r.Aliases}
	}
	return out, nil
}

// Slug is the shared slug of entity ids (extractors.Slug).
func Slug(name string) string { return extractors.Slug(name) }

func isWordKey(k string) bool {
	for _, r := range k {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// table is the loaded gazetteer.
type table struct {
	list  []Instrument
	bySlg map[string]int
	names []int // matcher value -> index in list
	m     *gazetteer.Matcher
	gate  *trigger.Gate
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
			if textcase.AllCaps(n) {
				c = gazetteer.Exact
			}
			t.names = append(t.names, i)
			es = append(es, gazetteer.Entry{Name: n, Value: len(t.names) - 1, Case: c})
		}
	}
	if t.m, err = gazetteer.New(es); err != nil {
		return nil, fmt.Errorf("loading treaties gazetteer: %w", err)
	}
	var headWords []string
	for h := range heads {
		headWords = append(headWords, h)
	}
	// Head words are the preferred triggers ("Treaty" in "North Atlantic
	// Treaty"), and the places of all of them splitNearHeads needs.
	t.gate = trigger.New(es, func(key string) bool { return heads[key] != "" }, headWords)
	return t, nil
}
