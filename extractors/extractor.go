package extractors

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
)

// Need names a piece of annotation an extractor reads. The pipeline computes
// only what some active extractor needs.
type Need uint8

const (
	// NeedSentences asks for sentence boundaries (Doc.Sentences).
	NeedSentences Need = 1 << iota
	// NeedTokens asks for tokens with offsets (Doc.Tokens).
	NeedTokens
	// NeedPOS asks for part-of-speech tags on tokens (Doc.Tokens fills Tag).
	NeedPOS
)

// Extractor is one declared extractor.
type Extractor struct {
	// Name is unique, lower-case, and appears in the record's pipeline field.
	Name string
	// Doc says in one sentence what the extractor finds.
	Doc string
	// Needs lists the annotation the extractor reads.
	Needs Need
	// Requires names extractors whose resolved mentions and entities must be
	// in Doc.Mentions and Doc.Entities before Run is called.
	Requires []string
	// Run finds spans in one document. It must not keep d after returning.
	Run func(d *Doc) (*Result, error)
}

// Result is what one extractor found in one document.
type Result struct {
	Mentions []Mention
	Claims   []Claim
}

// Mention is a typed span. Start and End are byte offsets into Doc.Text.
type Mention struct {
	Start, End int
	Type       string // country, region, organisation, treaty, person, date, ...

	// Entity is the stable entity id ("country:JP", "org:nato"); empty for
	// dates. Mentions with the same Entity are one entity in the document.
	Entity string
	// Name is the canonical name of the entity, when the extractor knows it.
	Name string
	// Codes are verified external identifiers (iso3166_1_alpha2, wikidata, ...).
	Codes map[string]string
	// Kind is a sub-type of the entity (an organisation's "intergovernmental").
	Kind string

	// Date fields (TIMEX3).
	Value     string
	TimexType string
	Mod       string

	// Role is a title kept out of a person span ("Prime Minister"); RoleCountry
	// the country id a demonym before the title names.
	Role        string
	RoleCountry string
	// Provision is a part of an instrument named with it ("Article 5").
	Provision string

	// Priority breaks ties between overlapping spans of equal length: higher
	// wins. Gazetteer matches use 10, patterns 5, statistical guesses 1.
	Priority int
}

// Speaker is who makes a claim.
type Speaker struct {
	Entity string // resolved entity id, if any
	Text   string // the speaker span as written ("he", "some critics")
	Name   string // canonical name of the resolved entity
	Role   string // "author" for the text's own voice
	// Start and End locate Text (byte offsets); both zero when there is none.
	Start, End int
	// Members lists entity ids a group speaker ("we") stands for.
	Members []string
}

// Cue is the reporting expression of a claim.
type Cue struct {
	Text       string
	Start, End int // byte offsets
}

// Claim is a claim made or reported by the text. Start and End are byte
// offsets of the claimed content.
type Claim struct {
	Start, End  int
	Speaker     Speaker
	Cue         *Cue
	Kind        string // assertion, warning, proposal, opposition, support, commitment
	Hedged      bool
	Negated     bool
	Conditional bool
	Confidence  float64
}

var nameRE = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

// Validate checks a set of extractors before anything runs: names unique and
// well-formed, docs present, Run set, requirements known and acyclic.
func Validate(set []*Extractor) error {
	var errs []error
	byName := make(map[string]*Extractor, len(set))
	for i, e := range set {
		switch {
		case e == nil:
			errs = append(errs, fmt.Errorf("extractor %d is nil", i))
			continue
		case !nameRE.MatchString(e.Name):
			errs = append(errs, fmt.Errorf("extractor %d: bad name %q", i, e.Name))
		case byName[e.Name] != nil:
			errs = append(errs, fmt.Errorf("extractor %q declared twice", e.Name))
		}
		if e.Doc == "" {
			errs = append(errs, fmt.Errorf("extractor %q: empty Doc", e.Name))
		}
		if e.Run == nil {
			errs = append(errs, fmt.Errorf("extractor %q: nil Run", e.Name))
		}
		byName[e.Name] = e
	}
	for _, e := range set {
		if e == nil {
			continue
		}
		for _, r := range e.Requires {
			if byName[r] == nil {
				errs = append(errs, fmt.Errorf("extractor %q requires unknown %q", e.Name, r))
			}
		}
	}
	if len(errs) == 0 {
		if _, err := Order(set); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Order groups extractors into stages: every extractor comes in a later stage
// than all it requires. Within a stage, declaration order is kept.
func Order(set []*Extractor) ([][]*Extractor, error) {
	stage := make(map[string]int, len(set))
	byName := make(map[string]*Extractor, len(set))
	for _, e := range set {
		byName[e.Name] = e
	}
	var visit func(e *Extractor, path []string) (int, error)
	visit = func(e *Extractor, path []string) (int, error) {
		if s, ok := stage[e.Name]; ok {
			if s < 0 {
				return 0, fmt.Errorf("extractor dependency cycle: %v", append(path, e.Name))
			}
			return s, nil
		}
		stage[e.Name] = -1
		s := 0
		for _, r := range e.Requires {
			dep, ok := byName[r]
			if !ok {
				return 0, fmt.Errorf("extractor %q requires unknown %q", e.Name, r)
			}
			ds, err := visit(dep, append(path, e.Name))
			if err != nil {
				return 0, err
			}
			s = max(s, ds+1)
		}
		stage[e.Name] = s
		return s, nil
	}
	var stages [][]*Extractor
	for _, e := range set {
		s, err := visit(e, nil)
		if err != nil {
			return nil, err
		}
		for len(stages) <= s {
			stages = append(stages, nil)
		}
	}
	for _, e := range set {
		stages[stage[e.Name]] = append(stages[stage[e.Name]], e)
	}
	return slices.DeleteFunc(stages, func(s []*Extractor) bool { return len(s) == 0 }), nil
}
