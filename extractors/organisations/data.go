package organisations

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors/gazetteer"
)

//go:embed data/organisations.txt
var gazetteerData []byte

// Kinds an organisation may have; the data file may use no other.
var kinds = map[string]bool{
	"intergovernmental": true,
	"government":        true,
	"military":          true,
	"think tank":        true,
	"NGO":               true,
	"party":             true,
	"company":           true,
	"other":             true,
}

var (
	idRE       = regexp.MustCompile(`^org:[a-z0-9]+(-[a-z0-9]+)*$`)
	wikidataRE = regexp.MustCompile(`^Q[1-9][0-9]*$`)
)

// Org is one gazetteer entry.
type Org struct {
	ID       string // org:<slug>
	Kind     string
	Name     string // canonical name, also matched in text
	Wikidata string // verified Wikidata id, or ""
	Aliases  []Alias
	Line     int // line in the data file, for error messages
}

// Alias is one name an organisation goes by (the canonical name included).
type Alias struct {
	Text string
	Case gazetteer.Case
	// Weak aliases are ordinary words or ambiguous acronyms ("IS", "the
	// Alliance"): they count only in a document that names the organisation
	// by a strong name, defines the alias, or names one of Licensors.
	Weak      bool
	Licensors []string // org ids whose presence also licenses a weak alias
}

// ParseGazetteer reads the data file format described at the top of
// data/organisations.txt and validates every entry. All problems are
// reported together, each with its line number.
func ParseGazetteer(data []byte) ([]Org, error) {
	var (
		orgs   []Org
		errs   []error
		ids    = map[string]int{}
		claims = map[string]string{} // alias key -> org id
	)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		o, err := parseLine(raw, line)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if prev, dup := ids[o.ID]; dup {
			errs = append(errs, fmt.Errorf("line %d: id %s already used on line %d", line, o.ID, prev))
			continue
		}
		ids[o.ID] = line
		for _, a := range o.Aliases {
			k := aliasKey(a.Text)
			if other, ok := claims[k]; ok && other != o.ID {
				errs = append(errs, fmt.Errorf("line %d: alias %q of %s is already claimed by %s", line, a.Text, o.ID, other))
				continue
			}
			claims[k] = o.ID
		}
		orgs = append(orgs, o)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("reading gazetteer: %w", err))
	}
	for _, o := range orgs {
		for _, a := range o.Aliases {
			for _, l := range a.Licensors {
				if _, ok := ids[l]; !ok {
					errs = append(errs, fmt.Errorf("line %d: alias %q names unknown licensing id %s", o.Line, a.Text, l))
				}
			}
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("organisations gazetteer: %w", errors.Join(errs...))
	}
	return orgs, nil
}

func parseLine(raw string, line int) (Org, error) {
	f := strings.Split(raw, "|")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	if len(f) < 3 || len(f) > 5 {
		return Org{}, fmt.Errorf("line %d: want 3 to 5 fields separated by \"|\", got %d", line, len(f))
	}
	o := Org{ID: f[0], Kind: f[1], Name: f[2], Line: line}
	if !idRE.MatchString(o.ID) {
		return Org{}, fmt.Errorf("line %d: malformed id %q (want org:<lowercase-slug>)", line, o.ID)
	}
	if !kinds[o.Kind] {
		return Org{}, fmt.Errorf("line %d: %s: unknown kind %q", line, o.ID, o.Kind)
	}
	if !hasWord(o.Name) {
		return Org{}, fmt.Errorf("line %d: %s: empty name", line, o.ID)
	}
	if strings.ContainsAny(o.Name[:1], "=?") {
		return Org{}, fmt.Errorf("line %d: %s: the canonical name cannot be exact or weak; add it as an alias", line, o.ID)
	}
	o.Aliases = append(o.Aliases, newAlias(o.Name))
	if len(f) >= 4 && f[3] != "" {
		for _, s := range strings.Split(f[3], ";") {
			a, err := parseAlias(strings.TrimSpace(s))
			if err != nil {
				return Org{}, fmt.Errorf("line %d: %s: %w", line, o.ID, err)
			}
			o.Aliases = append(o.Aliases, a)
		}
	}
	if len(f) == 5 && f[4] != "" {
		if !wikidataRE.MatchString(f[4]) {
			return Org{}, fmt.Errorf("line %d: %s: malformed wikidata id %q", line, o.ID, f[4])
		}
		o.Wikidata = f[4]
	}
	return o, nil
}

func parseAlias(s string) (Alias, error) {
	weak, exact := false, false
	for len(s) > 0 && (s[0] == '?' || s[0] == '=') {
		if s[0] == '?' {
			weak = true
		} else {
			exact = true
		}
		s = s[1:]
	}
	var licensors []string
	if i := strings.IndexByte(s, '@'); i >= 0 {
		if !weak {
			return Alias{}, fmt.Errorf("alias %q: only a weak (\"?\") alias may name licensing ids", s)
		}
		for _, l := range strings.Split(s[i+1:], ",") {
			licensors = append(licensors, strings.TrimSpace(l))
		}
		s = strings.TrimSpace(s[:i])
	}
	if !hasWord(s) {
		return Alias{}, fmt.Errorf("empty alias")
	}
	a := newAlias(s)
	if exact {
		a.Case = gazetteer.Exact
	}
	a.Weak = weak
	a.Licensors = licensors
	return a, nil
}

// newAlias picks the case rule: short all-capital acronyms ("UN", "AU", "EU")
// must match exactly, since in other cases they are ordinary words.
func newAlias(s string) Alias {
	a := Alias{Text: s, Case: gazetteer.Capitalised}
	letters, upper := 0, true
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				upper = false
			}
		}
	}
	if upper && letters > 0 && letters <= 3 {
		a.Case = gazetteer.Exact
	}
	// One-word names with inner capitals ("LeT", "CoE", "TikTok") are
	// written one way; "Let" and "Coe" are other words.
	if !strings.ContainsAny(s, " -") && innerCapital(s) {
		a.Case = gazetteer.Exact
	}
	return a
}

// byKey returns the organisation a strong alias names by its key
// (ix.byKey[aliasKey(name)]), keying ASCII names on the stack.
func byKey(name string) (int, bool) {
	var buf [128]byte
	if k, ok := appendASCIIKey(buf[:0], name); ok {
		oi, found := ix.byKey[string(k)]
		return oi, found
	}
	oi, found := ix.byKey[aliasKey(name)]
	return oi, found
}

// appendASCIIKey appends aliasKey(s) to b if s is ASCII (ok), doing what
// gazetteer.Tokenize does for ASCII: letters and digits make lower-case
// words, white space separates, any other byte is a token of its own
// ("`" keyed as "'").
func appendASCIIKey(b []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return b, false
		case isASCIIWordByte(c):
			if len(b) > 0 {
				b = append(b, ' ')
			}
			for ; i < len(s) && isASCIIWordByte(s[i]); i++ {
				c := s[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b = append(b, c)
			}
		case asciiSpace[c]:
			i++
		default:
			if len(b) > 0 {
				b = append(b, ' ')
			}
			if c == '`' {
				c = '\''
			}
			b = append(b, c)
			i++
		}
	}
	return b, true
}

// aliasKey is the form two aliases collide in: the matcher's word keys.
func aliasKey(s string) string {
	toks := gazetteer.Tokenize(s)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	return strings.Join(keys, " ")
}

func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// aliasRef is what a matcher value points at, with what gazetteerCands
// asks of the alias at every match, worked out once.
type aliasRef struct {
	org   int // index into index.orgs
	alias int // index into Org.Aliases
	// short: an exact alias of at most three letters ("UN", "IS");
	// possessor: possessorAlias; the: it starts with "the "; usBody:
	// usBody; bareAlliance: the weak "alliance".
	short, possessor, the, usBody, bareAlliance bool
}

func newAliasRef(orgs []Org, oi, ai int) aliasRef {
	o := &orgs[oi]
	a := o.Aliases[ai]
	return aliasRef{
		org: oi, alias: ai,
		short:        a.Case == gazetteer.Exact && letterCount(a.Text) <= 3,
		possessor:    possessorAlias(a.Text),
		the:          strings.HasPrefix(a.Text, "the "),
		usBody:       usBody(o, a),
		bareAlliance: a.Weak && strings.EqualFold(a.Text, "alliance"),
	}
}

// index is the loaded gazetteer: entries and the trie over their aliases.
type index struct {
	orgs    []Org
	refs    []aliasRef
	byID    map[string]int
	byKey   map[string]int // alias key -> org index, for looking up pattern spans
	matcher *gazetteer.Matcher
}

func newIndex(orgs []Org) (*index, error) {
	ix := &index{orgs: orgs, byID: map[string]int{}, byKey: map[string]int{}}
	var entries []gazetteer.Entry
	for oi, o := range orgs {
		ix.byID[o.ID] = oi
		for ai, a := range o.Aliases {
			entries = append(entries, gazetteer.Entry{Name: a.Text, Value: len(ix.refs), Case: a.Case})
			ix.refs = append(ix.refs, newAliasRef(orgs, oi, ai))
			if !a.Weak {
				ix.byKey[aliasKey(a.Text)] = oi
			}
		}
	}
	m, err := gazetteer.New(entries)
	if err != nil {
		return nil, fmt.Errorf("building organisation matcher: %w", err)
	}
	ix.matcher = m
	return ix, nil
}

// loadIndex parses and indexes the embedded data file. The data is part of
// the program, so a broken file is a programming error: it panics at start-up
// (and the package's tests fail) rather than running with a partial list.
func loadIndex() *index {
	orgs, err := ParseGazetteer(gazetteerData)
	if err != nil {
		panic(err)
	}
	ix, err := newIndex(orgs)
	if err != nil {
		panic(err)
	}
	return ix
}

// upperWord reports whether w has letters and all of them are capitals.
func upperWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 0
}

// capWord reports whether w starts with a capital letter.
func capWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// innerCapital: a capital after a lower-case letter ("LeT", "IsDB").
func innerCapital(s string) bool {
	prevLower := false
	for _, r := range s {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}
