package treaties

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
)

// Name is the extractor's name in records and in extractors/all.
const Name = "treaties"

// Priorities of the three sources (see the package doc).
const (
	GazetteerPriority = 10
	PatternPriority   = 5
)

// Extractor finds treaty and legal-instrument mentions.
var Extractor = &extractors.Extractor{
	Name: Name,
	Doc:  "finds treaties, conventions, agreements, charters, declarations, communiqués, memoranda and UN resolutions, with treaty:<slug> ids and provisions",
	Run:  run,
}

func run(d *extractors.Doc) (*extractors.Result, error) {
	t, err := load()
	if err != nil {
		return nil, err
	}
	return &extractors.Result{Mentions: t.find(d.Text)}, nil
}

// find returns the treaty mentions of text, sorted by start, not
// overlapping.
func (t *table) find(text string) []extractors.Mention {
	ws := splitWords(text)
	cands := t.gazetteerMentions(text, ws)
	cands = append(cands, patternMentions(text, ws)...)
	cands = append(cands, resolutionMentions(text)...)
	ms := arbitrate(cands)
	ms = t.acronyms(text, ms)
	groupPartialForms(text, ms)
	for i := range ms {
		ms[i].Provision = provision(text, ms[i].Start, ms[i].End)
	}
	return ms
}

func (t *table) gazetteerMentions(text string, ws []word) []extractors.Mention {
	var out []extractors.Mention
	for _, mt := range t.m.FindAll(text) {
		in := t.list[t.names[mt.Values[0]]]
		if orgFollows(text, mt.End) {
			continue
		}
		out = append(out, extractors.Mention{
			Start: mt.Start, End: mt.End, Type: "treaty", Kind: in.Kind,
			Entity: in.ID(), Name: in.Name, Priority: GazetteerPriority,
		})
	}
	return out
}

// orgFollows reports "Organization"/"Organisation" as the next word.
func orgFollows(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " \t")
	if len(rest) == len(text[end:]) {
		return false
	}
	w := rest
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	return isUpperStart(w) && notAfter[strings.ToLower(w)]
}

// arbitrate keeps, of overlapping candidates, the longer, then the higher
// priority, then the earlier; the result is sorted by start.
func arbitrate(cands []extractors.Mention) []extractors.Mention {
	slices.SortStableFunc(cands, func(a, b extractors.Mention) int {
		if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
			return lb - la
		}
		if a.Priority != b.Priority {
			return b.Priority - a.Priority
		}
		return a.Start - b.Start
	})
	var out []extractors.Mention
	for _, c := range cands {
		if !overlapsAny(out, c.Start, c.End) {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b extractors.Mention) int { return a.Start - b.Start })
	return out
}

func overlapsAny(ms []extractors.Mention, start, end int) bool {
	return slices.ContainsFunc(ms, func(o extractors.Mention) bool { return start < o.End && o.Start < end })
}

// acronymRE is an acronym defined in brackets right after a name:
// "(UNCLOS)", "(TAC)", "(UNSCRs)".
var acronymRE = regexp.MustCompile(`^\s?\(([A-Z][A-Za-z0-9.&-]*[A-Z0-9]s?)\)`)

// acronyms links acronyms the text defines after an instrument to it: the
// bracketed acronym and every later whole-word use become mentions of the
// same entity, unless the gazetteer gives the acronym to another instrument.
func (t *table) acronyms(text string, ms []extractors.Mention) []extractors.Mention {
	defined := map[string]extractors.Mention{}
	var order []string
	for _, m := range ms {
		sm := acronymRE.FindStringSubmatchIndex(text[m.End:])
		if sm == nil {
			continue
		}
		acr := text[m.End+sm[2] : m.End+sm[3]]
		// Two letters ("AI") too often abbreviate a part of the name only.
		if upperCount(acr) < 3 || !abbreviates(acr, text[m.Start:m.End]) {
			continue
		}
		if _, ok := defined[acr]; ok {
			continue
		}
		if other := t.m.Find(acr); len(other) == 1 && other[0].Start == 0 && other[0].End == len(acr) &&
			t.list[t.names[other[0].Values[0]]].ID() != m.Entity {
			continue
		}
		defined[acr] = m
		order = append(order, acr)
	}
	var add []extractors.Mention
	for _, acr := range order {
		m := defined[acr]
		for off := 0; ; {
			i := strings.Index(text[off:], acr)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(acr)
			off = e
			if !wordEdge(text, s, e) || overlapsAny(ms, s, e) || overlapsAny(add, s, e) {
				continue
			}
			add = append(add, extractors.Mention{
				Start: s, End: e, Type: "treaty", Kind: m.Kind,
				Entity: m.Entity, Name: m.Name, Priority: PatternPriority,
			})
		}
	}
	if len(add) == 0 {
		return ms
	}
	ms = append(ms, add...)
	slices.SortFunc(ms, func(a, b extractors.Mention) int { return a.Start - b.Start })
	return ms
}

// abbreviates reports whether acr can abbreviate name: its letters appear in
// order in the name, the first one starting a word ("SEANWFZ" for "Treaty on
// the Southeast Asia Nuclear Weapon-Free Zone", not "US-ROK" for
// "Washington Declaration").
func abbreviates(acr, name string) bool {
	acr = strings.TrimSuffix(acr, "s")
	var letters []rune
	for _, r := range strings.ToLower(acr) {
		if unicode.IsLetter(r) {
			letters = append(letters, r)
		}
	}
	if len(letters) == 0 {
		return false
	}
	lower := strings.ToLower(name)
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !strings.HasPrefix(w, string(letters[0])) {
			continue
		}
		rest := lower[strings.Index(lower, w):]
		k := 0
		for _, r := range rest {
			if k < len(letters) && r == letters[k] {
				k++
			}
		}
		if k == len(letters) {
			return true
		}
	}
	return false
}

func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// wordEdge reports that text[s:e] is not part of a longer word.
func wordEdge(text string, s, e int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:s])
	after, _ := utf8.DecodeRuneInString(text[e:])
	isW := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return (s == 0 || !isW(before)) && (e == len(text) || !isW(after))
}

// groupPartialForms gives a pattern-found instrument the id of the one longer
// mention in the document whose name contains it as whole words ("Mutual
// Defense Treaty" → the id of "U.S.-ROK Mutual Defense Treaty"), so an
// instrument outside the gazetteer is named by its fullest form.
func groupPartialForms(text string, ms []extractors.Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Priority != PatternPriority || m.Kind == "resolution" {
			continue
		}
		form := text[m.Start:m.End]
		var id, name string
		unique := true
		for _, o := range ms {
			of := text[o.Start:o.End]
			if len(of) <= len(form) || o.Entity == m.Entity || !containsWords(of, form) {
				continue
			}
			if id != "" && id != o.Entity {
				unique = false
			}
			id, name = o.Entity, o.Name
		}
		if id != "" && unique {
			m.Entity, m.Name = id, name
		}
	}
}

func containsWords(long, short string) bool {
	for off := 0; ; {
		i := strings.Index(long[off:], short)
		if i < 0 {
			return false
		}
		s, e := off+i, off+i+len(short)
		if wordEdge(long, s, e) {
			return true
		}
		off = s + 1
	}
}

// provisionBefore matches "Article 5 of (the)" right before a name;
// provisionAfter "'s Article 5" right after it.
var (
	provisionBefore = regexp.MustCompile(`\b((?:Article|Chapter|Section|Paragraph|Annex|Part|Clause|Pillar)s?\s+(?:[0-9]+[A-Za-z]?|[IVXLC]+)(?:\([0-9a-z]+\))*(?:(?:\s*,\s*|\s+and\s+|\s*[-–]\s*)(?:[0-9]+[A-Za-z]?|[IVXLC]+)(?:\([0-9a-z]+\))*)*)\s+of\s+(?:the\s+)?$`)
	provisionAfter  = regexp.MustCompile(`^['’]s\s+((?:Article|Chapter)\s+(?:[0-9]+[A-Za-z]?|[IVXLC]+)\b)`)
	spaces          = regexp.MustCompile(`\s+`)
)

// provision returns the part of an instrument named with it ("Article 5"),
// or "".
func provision(text string, start, end int) string {
	lo := max(0, start-80)
	if m := provisionBefore.FindStringSubmatch(text[lo:start]); m != nil {
		return spaces.ReplaceAllString(m[1], " ")
	}
	if m := provisionAfter.FindStringSubmatch(text[end:min(len(text), end+40)]); m != nil {
		return spaces.ReplaceAllString(m[1], " ")
	}
	return ""
}
