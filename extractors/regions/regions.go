package regions

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/gazetteer"
	"github.com/polexhq/polex/extractors/gazetteer/trigger"
)

// Name is the extractor's name in records and in extractors/all.
const Name = "regions"

// Priority is the arbitration priority of gazetteer matches.
const Priority = 10

// Extractor finds region mentions.
var Extractor = &extractors.Extractor{
	Name: Name,
	Doc:  "finds continents, geopolitical regions, oceans, seas and straits, with region:<slug> ids",
	Run:  run,
}

//go:embed regions.tsv
var data string

// Region is one entry of the gazetteer.
type Region struct {
	Slug    string
	Name    string
	Aliases []string
}

// ID is the region's entity id.
func (r Region) ID() string { return "region:" + r.Slug }

// Names is the canonical name followed by the aliases.
func (r Region) Names() []string { return append([]string{r.Name}, r.Aliases...) }

// Parse reads a regions table (see regions.tsv for the format) and validates
// it: every line has a well-formed slug and a name, no slug appears twice,
// and no name or alias belongs to two regions.
func Parse(src string) ([]Region, error) {
	rows, err := gazetteer.ParseTable(src, 0, key)
	if err != nil {
		return nil, fmt.Errorf("regions: %w", err)
	}
	out := make([]Region, len(rows))
	for i, r := range rows {
		out[i] = Region{Slug: r.Slug, Name: r.Name, Aliases: r.Aliases}
	}
	return out, nil
}

// key folds a name for collision checks: gazetteer keys, without a leading
// "the" (so "the Gulf" and "Gulf" count as one name).
func key(name string) string {
	toks := gazetteer.Tokenize(name)
	var ks []string
	for i, t := range toks {
		if i == 0 && t.Key == "the" && len(toks) > 1 {
			continue
		}
		ks = append(ks, t.Key)
	}
	return strings.Join(ks, " ")
}

// table is the loaded gazetteer: the regions and a matcher whose entry values
// index names.
type table struct {
	regions []Region
	names   []name
	m       *gazetteer.Matcher
	gate    *trigger.Gate // where m can match
}

type name struct {
	region  int
	needThe bool // written "the X": the match includes "the", the span does not
}

var load = sync.OnceValues(func() (*table, error) { return newTable(data) })

func newTable(src string) (*table, error) {
	rs, err := Parse(src)
	if err != nil {
		return nil, fmt.Errorf("loading regions gazetteer: %w", err)
	}
	t := &table{regions: rs}
	var es []gazetteer.Entry
	for i, r := range rs {
		for _, n := range r.Names() {
			t.names = append(t.names, name{region: i, needThe: strings.HasPrefix(n, "the ")})
			c := gazetteer.Capitalised
			if n == strings.ToUpper(n) {
				c = gazetteer.Exact // "MENA", not the name "Mena"
			}
			es = append(es, gazetteer.Entry{Name: n, Value: len(t.names) - 1, Case: c})
		}
	}
	if t.m, err = gazetteer.New(es); err != nil {
		return nil, fmt.Errorf("loading regions gazetteer: %w", err)
	}
	t.gate = trigger.New(es, nil, nil)
	return t, nil
}

func run(d *extractors.Doc) (*extractors.Result, error) {
	t, err := load()
	if err != nil {
		return nil, err
	}
	return &extractors.Result{Mentions: t.findTokens(d.Text, d.Words())}, nil
}

// find returns the region mentions of text, sorted by start, not
// overlapping: where two candidates overlap the longer wins ("Gulf of Aden"
// over "the Gulf").
func (t *table) find(text string) []extractors.Mention {
	return t.findTokens(text, gazetteer.Tokenize(text))
}

// findTokens is find with the document's shared gazetteer tokens.
func (t *table) findTokens(text string, toks []gazetteer.Token) []extractors.Mention {
	// The matcher runs only in the windows of tokens around the regions'
	// trigger words ("Asia", "Gulf"), with the result it gives on all of
	// them; most documents name no region in most of their text.
	wp := windowPool.Get().(*[]trigger.Window)
	ws, _ := t.gate.Scan((*wp)[:0], nil, text, toks)
	defer func() { *wp = ws[:0]; windowPool.Put(wp) }()
	var cands []extractors.Mention
	for _, mt := range trigger.FindAll(t.m, text, toks, ws) {
		n := t.names[mt.Values[0]]
		start := mt.Start
		if n.needThe {
			start = skipWord(text, start)
		}
		if gluedBefore(text, start) || beginsProperName(text, mt.End) {
			continue
		}
		r := t.regions[n.region]
		m := extractors.Mention{
			Start: start, End: mt.End, Type: "region",
			Entity: r.ID(), Name: r.Name, Priority: Priority,
		}
		if cs := compassBefore(text, start); cs >= 0 && !n.needThe {
			// "Southwest Asia", "North Arabian Sea": a part of the region,
			// named by its fullest form.
			full := text[cs:mt.End]
			if strings.EqualFold(full, "South Africa") {
				continue // a country, not a part of Africa
			}
			m.Start, m.Name, m.Entity = cs, full, "region:"+slug(full)
		}
		if afterNameWord(text, m.Start) {
			continue
		}
		cands = append(cands, m)
	}
	// Longest first, then leftmost; keep what does not overlap a kept one.
	slices.SortStableFunc(cands, func(a, b extractors.Mention) int {
		if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
			return lb - la
		}
		return a.Start - b.Start
	})
	var out []extractors.Mention
	for _, c := range cands {
		if !slices.ContainsFunc(out, func(o extractors.Mention) bool { return c.Start < o.End && o.Start < c.End }) {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b extractors.Mention) int { return a.Start - b.Start })
	return out
}

var windowPool = sync.Pool{New: func() any { s := make([]trigger.Window, 0, 64); return &s }}

// compass are capitalised words that name a part of a region before it.
var compass = map[string]bool{
	"North": true, "South": true, "East": true, "West": true,
	"Northern": true, "Southern": true, "Eastern": true, "Western": true,
	"Central": true, "Northeast": true, "Northwest": true, "Southeast": true,
	"Southwest": true, "Northeastern": true, "Northwestern": true,
	"Southeastern": true, "Southwestern": true, "Upper": true, "Lower": true,
	"NORTH": true, "SOUTH": true, "EAST": true, "WEST": true,
}

// compassBefore returns the start of a compass word and one space right
// before i, or -1.
func compassBefore(text string, i int) int {
	if i < 2 || text[i-1] != ' ' {
		return -1
	}
	j := i - 1
	for j > 0 && unicode.IsLetter(rune(text[j-1])) && text[j-1] < utf8.RuneSelf {
		j--
	}
	if !compass[text[j:i-1]] {
		return -1
	}
	if j > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:j]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			return -1
		}
	}
	return j
}

// slug makes an id slug of a region name found by extension.
func slug(name string) string {
	var ws []string
	for _, t := range gazetteer.Tokenize(name) {
		var b strings.Builder
		for _, r := range t.Key {
			if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				b.WriteRune(r)
			}
		}
		if b.Len() > 0 {
			ws = append(ws, b.String())
		}
	}
	return strings.Join(ws, "-")
}

// openers are capitalised words that may start a sentence or title right
// before a region ("In Asia", "Across the Pacific").
var openers = map[string]bool{
	"In": true, "The": true, "From": true, "Across": true, "Throughout": true,
	"To": true, "For": true, "With": true, "And": true, "Beyond": true,
	"Unlike": true, "Like": true, "Both": true, "Outside": true, "Inside": true,
	"Within": true, "Of": true, "On": true, "At": true, "By": true,
	"Through": true, "Around": true, "Against": true, "Toward": true,
	"Towards": true, "Into": true, "Over": true, "Under": true, "Between": true,
	"Among": true, "While": true, "As": true, "Since": true,
	"Today": true, "Now": true, "Yet": true, "But": true, "Or": true, "If": true,
	"IN": true, "THE": true, "ACROSS": true, "AND": true, "OF": true,
}

// afterNameWord reports a capitalised word right before i, joined by one
// space, that is no sentence opener: the region is then inside a longer
// proper name ("Crown Pacific Partners", "MTV Europe Music Award", "Radio
// Free Asia").
func afterNameWord(text string, i int) bool {
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	j := i - 1
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= size
	}
	w := text[j : i-1]
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r) && !openers[w] && !strings.HasSuffix(w, ".")
}

// skipWord returns the offset of the word after the one at i.
func skipWord(text string, i int) int {
	for i < len(text) && !unicode.IsSpace(rune(text[i])) {
		i++
	}
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// gluedBefore reports a hyphen joining the span to a preceding word
// ("trans-Atlantic", "pan-Africa"): the region is then only part of a word.
func gluedBefore(text string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(text[:i])
	if size == 0 || !strings.ContainsRune("-‐‑–", r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[:i-size])
	return unicode.IsLetter(p)
}

// institutional are words that, capitalised right after a region name, make
// the two one proper name of a place or body ("Atlantic City", "Asia
// Society", "Pacific Deterrence Initiative", "Gulf War").
var institutional = map[string]bool{
	"city": true, "council": true, "society": true, "foundation": true,
	"initiative": true, "institute": true, "command": true, "fleet": true,
	"forum": true, "group": true, "bank": true, "center": true, "centre": true,
	"program": true, "programme": true, "university": true, "college": true,
	"times": true, "post": true, "journal": true, "war": true, "airlines": true,
	"games": true, "cup": true, "division": true, "corps": true, "army": true,
	"air": true, "commission": true, "company": true, "corporation": true,
	"news": true, "review": true, "studies": true, "economic": true,
	"partnership": true, "deterrence": true, "cooperation": true,
	"development": true, "union": true, "league": true, "broadcasting": true,
	"airways": true, "railway": true, "museum": true, "house": true, "summit": true,
}

// beginsProperName reports whether the text at end continues the span with a
// capitalised institutional word (possibly after one more capitalised word:
// "Pacific Deterrence Initiative").
func beginsProperName(text string, end int) bool {
	rest := text[end:]
	for k := 0; k < 2; k++ {
		if !strings.HasPrefix(rest, " ") {
			return false
		}
		rest = rest[1:]
		w := rest
		if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			w = w[:i]
		}
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) {
			return false
		}
		if institutional[strings.ToLower(w)] {
			return true
		}
		rest = rest[len(w):]
	}
	return false
}
