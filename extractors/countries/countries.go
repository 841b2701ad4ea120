package countries

import (
	"fmt"
	"sort"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/gazetteer"
)

// Name is the extractor's name in records and in extractors/all.
const Name = "countries"

// Extractor finds country mentions.
var Extractor = &extractors.Extractor{
	Name:  Name,
	Doc:   "finds mentions of ISO 3166-1 countries by name, abbreviation, old name or demonym",
	Needs: extractors.NeedSentences,
	Run:   run,
}

// Priority is the priority of gazetteer matches (see extractors.Mention).
const Priority = 10

func run(d *extractors.Doc) (*extractors.Result, error) {
	t, err := load()
	if err != nil {
		return nil, fmt.Errorf("countries: %w", err)
	}
	return &extractors.Result{Mentions: t.find(d)}, nil
}

// find returns the country mentions of d, sorted by Start.
func (t *table) find(d *extractors.Doc) []extractors.Mention {
	toks := d.Words()
	ms := t.matcher.FindTokens(d.Text, toks)
	c := &scene{d: d, t: t, toks: toks, hits: make([]hit, 0, len(ms))}
	for _, m := range ms {
		h := hit{first: tokenAt(toks, m.Start), start: m.Start, end: m.End}
		h.last = tokenAt(toks, m.End-1)
		h.kind, h.code, h.form, h.demonym = t.classify(m.Values)
		c.hits = append(c.hits, c.trimSentenceStop(h))
	}
	c.prepare()
	var out []extractors.Mention
	for i := range c.hits {
		h := &c.hits[i]
		if h.kind != kindCountry || h.code == "" || !c.keep(i) {
			continue
		}
		co := t.countries[h.code]
		out = append(out, extractors.Mention{
			Start:  h.start,
			End:    h.end,
			Type:   "country",
			Entity: "country:" + co.Alpha2,
			Name:   co.Name,
			Codes: map[string]string{
				"iso3166_1_alpha2": co.Alpha2,
				"iso3166_1_alpha3": co.Alpha3,
			},
			Priority: Priority,
		})
	}
	return out
}

// classify turns the entries of one match into what the span is. A blocker
// among them wins; forms of two different countries cancel out.
func (t *table) classify(values []int) (k kind, code, name string, demonym bool) {
	k = kindCountry
	for _, v := range values {
		f := t.forms[v]
		switch {
		case f.Kind == kindBlocker:
			return kindBlocker, "", f.Name, false
		case f.Kind != kindCountry:
			k, name = f.Kind, f.Name
		case code == "":
			code, name, demonym = f.Code, f.Name, f.Demonym
		case code != f.Code:
			return kindBlocker, "", f.Name, false
		}
	}
	if code != "" {
		k = kindCountry
	}
	return k, code, name, demonym
}

// tokenAt returns the index of the token that starts at or covers off.
func tokenAt(toks []gazetteer.Token, off int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > off })
	return min(i, len(toks)-1)
}
