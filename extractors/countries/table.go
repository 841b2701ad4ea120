package countries

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/polexhq/polex/extractors/gazetteer"
)

// aliasData holds the forms this package adds to the ISO source: abbreviations,
// alternative, old and new names, demonyms, and the phrases that shadow them.
//
//go:embed aliases.tsv
var aliasData string

// isoData holds the ISO 3166 codes, names and subdivision names, generated
// from github.com/pariz/gountries (see internal/isodata).
//
//go:generate go run ./internal/isogen -o iso3166.tsv
//go:embed iso3166.tsv
var isoData string

// Country is one ISO 3166-1 entry as the extractor reports it.
type Country struct {
	Alpha2, Alpha3 string
	// Name is the common English name.
	Name string
}

// kind says what a gazetteer entry stands for.
type kind uint8

const (
	kindCountry    kind = iota // a name, abbreviation or demonym of a country
	kindBlocker                // a phrase that contains a country form but is no country
	kindUSState                // a US state (evidence for "Georgia" the state; shadows "New Jersey")
	kindGeorgiaCue             // a place in Georgia the country (evidence against the US state)
)

// form is one gazetteer entry.
type form struct {
	Name string
	Code string // alpha-2 for kindCountry
	Kind kind
	Case gazetteer.Case
	// Demonym marks an adjective or people ("French", "Iraqis").
	Demonym bool
	// Source says where the form comes from: "iso-common", "iso-official",
	// "alias" (aliases.tsv), "subdivision" (ISO 3166-2, from the same source).
	Source string
}

// table is everything the extractor matches against, built once.
type table struct {
	countries map[string]*Country // by alpha-2
	codes     []string            // alpha-2 codes, sorted
	forms     []form
	matcher   *gazetteer.Matcher
}

// nameOverrides replaces source common names that the country itself has
// since abandoned, so the canonical Name is the current one.
var nameOverrides = map[string]string{
	"MK": "North Macedonia", // renamed 2019
	"SZ": "Eswatini",        // renamed 2018
	"CZ": "Czechia",         // short name registered with the UN in 2016
}

// skippedOfficial lists source official names that are not safe as names of
// one country: "Guiana" is the whole region of the Guianas, and "Virgin
// Islands" (official name of VG) is shared with the US Virgin Islands.
var skippedOfficial = map[string]bool{"Guiana": true, "Virgin Islands": true}

// exactNames must match letter for letter, diacritics included, because
// without them they are ordinary English words ("Reunion").
var exactNames = map[string]bool{"Réunion": true}

// georgiaCues are places of Georgia the country that the ISO 3166-2 list
// (used too) does not name: its larger cities and breakaway regions, the
// mountains and sea it lies by, and the alliances it seeks to join. Each is
// evidence that "Georgia" is not the US state.
var georgiaCues = []string{"Batumi", "Kutaisi", "Rustavi", "Gori", "Zugdidi", "Poti", "South Ossetia",
	"Caucasus", "Black Sea", "Kremlin", "NATO", "European Union"}

var (
	loadOnce  sync.Once
	loaded    *table
	loadError error
)

// load builds the table on first use: parsing the source data takes a
// noticeable fraction of a second, which only runs that use countries pay.
func load() (*table, error) {
	loadOnce.Do(func() {
		loaded, loadError = build()
	})
	return loaded, loadError
}

// Countries returns every ISO 3166-1 country the extractor knows, sorted by
// alpha-2 code.
func Countries() ([]Country, error) {
	t, err := load()
	if err != nil {
		return nil, err
	}
	out := make([]Country, 0, len(t.codes))
	for _, c := range t.codes {
		out = append(out, *t.countries[c])
	}
	return out, nil
}

func build() (*table, error) {
	all, err := parseISO(isoData)
	if err != nil {
		return nil, err
	}
	t := &table{countries: make(map[string]*Country, len(all))}
	for a2, c := range all {
		name := c.Common
		if o, ok := nameOverrides[a2]; ok {
			name = o
		}
		t.countries[a2] = &Country{Alpha2: c.Alpha2, Alpha3: c.Alpha3, Name: name}
		t.codes = append(t.codes, a2)
	}
	slices.Sort(t.codes) // parseISO has made sure there is at least one

	seen := map[string]bool{}
	add := func(f form) {
		// Keyed on the name as written: "Australian Rules" and "Australian
		// rules" differ in what their case rule accepts.
		key := f.Code + "\x00" + f.Name
		if seen[key] {
			return
		}
		seen[key] = true
		t.forms = append(t.forms, f)
	}
	for _, a2 := range t.codes {
		c := all[a2]
		for _, n := range []string{c.Common, c.Official} {
			if n == "" || skippedOfficial[n] {
				continue
			}
			cs := gazetteer.Capitalised
			if exactNames[n] {
				cs = gazetteer.Exact
			}
			src := "iso-common"
			if n != c.Common {
				src = "iso-official"
			}
			add(form{Name: n, Code: a2, Kind: kindCountry, Case: cs, Source: src})
		}
	}
	aliases, err := parseAliases(aliasData)
	if err != nil {
		return nil, err
	}
	for _, f := range aliases {
		if f.Kind == kindCountry && t.countries[f.Code] == nil {
			return nil, fmt.Errorf("aliases.tsv: %q: unknown code %s", f.Name, f.Code)
		}
		add(f)
	}

	// Subdivisions from the same source: US states (evidence for the state
	// of Georgia, and "New Jersey" or "New Mexico" shadow the country inside),
	// the regions of Georgia the country, and any multi-word subdivision
	// that contains a country form without being one ("Western Australia").
	countryOnly, err := newMatcher(t.forms)
	if err != nil {
		return nil, err
	}
	for _, a2 := range t.codes {
		for _, n := range all[a2].Subdivisions {
			// "Virgin Islands, U.S.", "Luxembourg (fr)", "Taiwan *" and
			// "Saint Lucia's" are ISO notes or territories, not names that
			// prose writes that way.
			if n == "" || strings.ContainsAny(n, "[](),*") || strings.HasSuffix(n, "'s") {
				continue
			}
			whole := isWholeCountryForm(countryOnly, n)
			switch {
			case whole:
				// "Georgia" in the US list, or a territory listed in both
				// parts of ISO 3166 ("Guam"): the country form stays.
			case a2 == "US" && !strings.HasPrefix(n, "Armed Forces"):
				add(form{Name: n, Kind: kindUSState, Case: gazetteer.Capitalised, Source: "subdivision"})
			case a2 == "GE":
				add(form{Name: n, Kind: kindGeorgiaCue, Case: gazetteer.Capitalised, Source: "subdivision"})
			case len(gazetteer.Tokenize(n)) > 1 && len(countryOnly.Find(n)) > 0:
				add(form{Name: n, Kind: kindBlocker, Case: gazetteer.Capitalised, Source: "subdivision"})
			}
		}
	}
	for _, n := range georgiaCues {
		add(form{Name: n, Kind: kindGeorgiaCue, Case: gazetteer.Capitalised, Source: "context"})
	}
	if t.matcher, err = newMatcher(t.forms); err != nil {
		return nil, err
	}
	return t, nil
}

// isoCountry is one country of iso3166.tsv.
type isoCountry struct {
	Alpha2, Alpha3, Common, Official string
	// Subdivisions are its ISO 3166-2 subdivision names, sorted.
	Subdivisions []string
}

// parseISO reads iso3166.tsv (format in its header), keyed by alpha-2 code.
func parseISO(data string) (map[string]*isoCountry, error) {
	out := map[string]*isoCountry{}
	for n, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case f[0] == "country" && len(f) == 5 && len(f[1]) == 2 && len(f[2]) == 3 && out[f[1]] == nil:
			out[f[1]] = &isoCountry{Alpha2: f[1], Alpha3: f[2], Common: f[3], Official: f[4]}
		case f[0] == "sub" && len(f) == 3 && out[f[1]] != nil:
			c := out[f[1]]
			c.Subdivisions = append(c.Subdivisions, f[2])
		default:
			return nil, fmt.Errorf("iso3166.tsv:%d: malformed line %q", n+1, line)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("iso3166.tsv: no countries")
	}
	return out, nil
}

func newMatcher(forms []form) (*gazetteer.Matcher, error) {
	es := make([]gazetteer.Entry, len(forms))
	for i, f := range forms {
		es[i] = gazetteer.Entry{Name: f.Name, Value: i, Case: f.Case}
	}
	m, err := gazetteer.New(es)
	if err != nil {
		return nil, fmt.Errorf("building country matcher: %w", err)
	}
	return m, nil
}

// isWholeCountryForm reports whether name, as a whole, is a country form.
func isWholeCountryForm(m *gazetteer.Matcher, name string) bool {
	ms := m.Find(name)
	return len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(strings.TrimRight(name, " "))
}

// keyOf is the case- and diacritic-folded form of a name, word by word.
func keyOf(name string) string {
	toks := gazetteer.Tokenize(name)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	return strings.Join(keys, " ")
}

// parseAliases reads aliases.tsv (format in its header).
func parseAliases(data string) ([]form, error) {
	var out []form
	for n, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 || len(f) > 5 || (len(f) == 5 && !strings.HasPrefix(f[4], "#")) {
			return nil, fmt.Errorf("aliases.tsv:%d: want code, kind, case, form and an optional # note, tab-separated", n+1)
		}
		code, kd, cs, name := f[0], f[1], f[2], f[3]
		fm := form{Source: "alias", Demonym: kd == "demonym"}
		switch {
		case code == "-" && kd == "block":
			fm.Kind = kindBlocker
		case len(code) == 2 && strings.ToUpper(code) == code && (kd == "abbr" || kd == "name" || kd == "old" || kd == "demonym"):
			fm.Kind, fm.Code = kindCountry, code
		default:
			return nil, fmt.Errorf("aliases.tsv:%d: bad code %q or kind %q", n+1, code, kd)
		}
		switch cs {
		case "cap":
			fm.Case = gazetteer.Capitalised
		case "exact":
			fm.Case = gazetteer.Exact
		default:
			return nil, fmt.Errorf("aliases.tsv:%d: bad case %q", n+1, cs)
		}
		names := []string{name}
		if base, ok := strings.CutSuffix(name, "(s)"); ok {
			names = []string{base, base + "s"}
		}
		for _, nm := range names {
			if strings.TrimSpace(nm) == "" || strings.TrimSpace(nm) != nm {
				return nil, fmt.Errorf("aliases.tsv:%d: bad form %q", n+1, nm)
			}
			fm.Name = nm
			out = append(out, fm)
		}
	}
	return out, nil
}
