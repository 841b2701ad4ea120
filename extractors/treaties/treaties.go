package treaties

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/gazetteer"
	"github.com/polexhq/polex/extractors/gazetteer/trigger"
	"github.com/polexhq/polex/internal/textcase"
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
	return &extractors.Result{Mentions: t.findTokens(d.Text, d.Words())}, nil
}

// find returns the treaty mentions of text, sorted by start, not
// overlapping.
func (t *table) find(text string) []extractors.Mention {
	return t.findTokens(text, gazetteer.Tokenize(text))
}

// findTokens is find with the document's shared gazetteer tokens.
func (t *table) findTokens(text string, toks []gazetteer.Token) []extractors.Mention {
	sc := scratchPool.Get().(*scratch)
	defer func() {
		clear(sc.words) // mentions keep no reference to the words
		sc.words, sc.wins, sc.heads, sc.places = sc.words[:0], sc.wins[:0], sc.heads[:0], sc.places[:0]
		scratchPool.Put(sc)
	}()
	sc.wins, sc.heads = t.gate.Scan(sc.wins, sc.heads, text, toks)
	sc.places = headPlaces(sc.places, text, toks, sc.heads)
	sc.words = splitNearHeads(sc.words, text, sc.places)
	return t.findWords(text, toks, sc.wins, sc.words)
}

// scratch holds a document's working slices, pooled for reuse across
// documents: fresh slices per document are large zeroed allocations the
// collector must then reclaim.
type scratch struct {
	words         []word
	wins          []trigger.Window
	heads, places []int
}

var scratchPool = sync.Pool{New: func() any { return &scratch{words: make([]word, 0, 4096)} }}

// findWords is findTokens with the token windows the gazetteer may match in
// (the trigger windows, or one window of all the tokens) and the words of
// text that may matter: all of them (splitWordsInto) or those near head
// words (splitNearHeads), with the same result.
func (t *table) findWords(text string, toks []gazetteer.Token, wins []trigger.Window, ws []word) []extractors.Mention {
	cands := t.gazetteerMentions(text, toks, wins)
	ng := len(cands)
	cands = append(cands, patternMentions(text, ws)...)
	elaborations(text, cands[:ng], cands[ng:])
	cands = append(cands, resolutionMentions(text)...)
	ms := arbitrate(cands)
	ms = t.acronyms(text, ms)
	groupPartialForms(text, ms)
	ms = definiteReferences(text, ws, ms)
	for i := range ms {
		ms[i].Provision = provision(text, ms[i].Start, ms[i].End)
	}
	return ms
}

// gazetteerMentions are the gazetteer's matches in the windows of toks
// (trigger.FindAll).
func (t *table) gazetteerMentions(text string, toks []gazetteer.Token, wins []trigger.Window) []extractors.Mention {
	var out []extractors.Mention
	for _, mt := range trigger.FindAll(t.m, text, toks, wins) {
		in := t.list[t.names[mt.Values[0]]]
		if orgFollows(text, mt.End) {
			continue
		}
		end := mt.End
		if in.Kind == "act" {
			end = yearSuffix(text, end)
		}
		out = append(out, extractors.Mention{
			Start: mt.Start, End: end, Type: "treaty", Kind: in.Kind,
			Entity: in.ID(), Name: in.Name, Priority: GazetteerPriority,
		})
	}
	return out
}

// elaborations gives a pattern mention that is a gazetteer name followed by
// a complement ("Rome Statute of the ICC", "Vienna Document on Confidence-
// and Security-Building Measures") the gazetteer instrument's id: the
// complement elaborates the name of the same instrument. gaz is sorted by
// start.
func elaborations(text string, gaz, pats []extractors.Mention) {
	for i := range pats {
		p := &pats[i]
		k, ok := slices.BinarySearchFunc(gaz, p.Start, func(m extractors.Mention, s int) int { return m.Start - s })
		if !ok {
			continue
		}
		// The longest gazetteer name starting there is the last one.
		for k+1 < len(gaz) && gaz[k+1].Start == p.Start {
			k++
		}
		g := gaz[k]
		if g.End >= p.End || !complementStarts(text[g.End:p.End]) {
			continue
		}
		p.Entity, p.Name, p.Kind = g.Entity, g.Name, g.Kind
	}
}

// complementStarts reports that rest (the text after a name) opens with a
// space and a word that opens a complement ("of", "on", …).
func complementStarts(rest string) bool {
	if rest == "" || rest[0] != ' ' && rest[0] != '\n' {
		return false
	}
	rest = strings.TrimLeft(rest, " \n")
	w, _, _ := strings.Cut(rest, " ")
	// Parties ("Trade and Cooperation Agreement between the EU and Viet
	// Nam") may name another instrument of that name.
	return rightOpen[w] && w != "between" && w != "among"
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
// priority, then the earlier; the result is sorted by start. It sorts
// indexes and spans, not the (large) mentions.
func arbitrate(cands []extractors.Mention) []extractors.Mention {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &cands[i], &cands[j]
		if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
			return lb - la
		}
		if a.Priority != b.Priority {
			return b.Priority - a.Priority
		}
		return a.Start - b.Start
	})
	var kept []span // sorted by start, not overlapping
	var keep []int
	for _, i := range order {
		c := cands[i]
		k, _ := slices.BinarySearchFunc(kept, c.End, func(s span, e int) int { return s.start - e })
		if k > 0 && kept[k-1].end > c.Start {
			continue
		}
		kept = slices.Insert(kept, k, span{c.Start, c.End})
		keep = append(keep, i)
	}
	slices.SortFunc(keep, func(i, j int) int { return cands[i].Start - cands[j].Start })
	out := make([]extractors.Mention, len(keep))
	for k, i := range keep {
		out[k] = cands[i]
	}
	return out
}

type span struct{ start, end int }

// overlapsAny reports whether [start, end) overlaps a mention of ms, which
// are sorted by start and do not overlap one another.
func overlapsAny(ms []extractors.Mention, start, end int) bool {
	i, _ := slices.BinarySearchFunc(ms, end, func(m extractors.Mention, e int) int { return m.Start - e })
	// ms[i-1] is the last mention starting before end.
	return i > 0 && ms[i-1].End > start
}

// GuessPriority is the priority of a resolved definite reference ("this
// Treaty"): a guess, so any named mention of another type wins.
const GuessPriority = 1

// determiners before a capitalised head make a definite reference to an
// instrument named earlier ("this Treaty", "the Convention").
var determiners = set("the", "this", "said", "present")

// definiteReferences resolves "the Treaty", "this Treaty", "the Convention"
// and the like (head word capitalised, as a defined term) to the one
// instrument with that head word named earlier in the document, the way
// "the Alliance" resolves to NATO. With two candidates ("the Treaty" after
// both the NPT and New START) nothing is guessed. The span is the head word.
func definiteReferences(text string, ws []word, ms []extractors.Mention) []extractors.Mention {
	if len(ms) == 0 {
		return ms
	}
	type seen struct {
		entity, name, kind string
		at                 int
	}
	byHead := map[string][]seen{}
	for _, m := range ms {
		if m.Kind == "resolution" || m.Kind == "act" || m.Kind == "statement" {
			continue
		}
		note := func(w string) {
			h := headOf(w)
			if h == "" || slices.ContainsFunc(byHead[h], func(x seen) bool { return x.entity == m.Entity }) {
				return
			}
			byHead[h] = append(byHead[h], seen{m.Entity, m.Name, m.Kind, m.Start})
		}
		// The words of the canonical name, then of the form in the text.
		eachField(m.Name, note)
		eachField(text[m.Start:m.End], note)
	}
	var add []extractors.Mention
	for i := 1; i < len(ws); i++ {
		w := ws[i]
		if !capitalised(w) { // most words: no head-word test
			continue
		}
		h := singular(w.lower)
		if h == "" || !determiners[ws[i-1].lower] || !adjacent(ws, i-1) ||
			followedByOrg(ws, i) || overlapsAny(ms, w.start, w.end) {
			continue
		}
		cands := byHead[h]
		if len(cands) != 1 || cands[0].at > w.start {
			continue
		}
		c := cands[0]
		add = append(add, extractors.Mention{
			Start: w.start, End: w.end, Type: "treaty", Kind: c.kind,
			Entity: c.entity, Name: c.name, Priority: GuessPriority,
		})
	}
	if len(add) == 0 {
		return ms
	}
	ms = append(ms, add...)
	slices.SortFunc(ms, func(a, b extractors.Mention) int { return a.Start - b.Start })
	return ms
}

// singular returns the singular head word for w ("treaty" for "treaty"),
// or "" when w is no singular head word: a plural ("the Treaties") refers to
// several instruments.
func singular(w string) string {
	// Each case returns its constant, not w, so that a word lower-cased in
	// a buffer (headOf) need not become a string of its own.
	switch w {
	case "treaty":
		return "treaty"
	case "convention":
		return "convention"
	case "agreement":
		return "agreement"
	case "accord":
		return "accord"
	case "protocol":
		return "protocol"
	case "declaration":
		return "declaration"
	case "charter":
		return "charter"
	case "memorandum":
		return "memorandum"
	case "communiqué":
		return "communiqué"
	case "communique":
		return "communique"
	case "pact":
		return "pact"
	case "statute":
		return "statute"
	case "covenant":
		return "covenant"
	}
	return ""
}

// headOf is singular(strings.ToLower(strings.Trim(w, ",."))), lower-casing
// an ASCII word in a buffer rather than a new string.
func headOf(w string) string {
	w = strings.Trim(w, ",.")
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return singular(strings.ToLower(w))
		}
	}
	var buf [16]byte
	if len(w) > len(buf) {
		return "" // longer than any head word
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return singular(string(buf[:len(w)]))
}

// eachField calls fn with the fields of s in order, as strings.Fields splits
// them, without making the slice.
func eachField(s string, fn func(string)) {
	start := -1
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		space := false
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			c, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(c)
		}
		switch {
		case space && start >= 0:
			fn(s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		fn(s[start:])
	}
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
		if textcase.Upper(acr) < 3 || !abbreviates(acr, text[m.Start:m.End]) {
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
			if !wordEdge(text, s, e) || overlapsAny(ms, s, e) || slices.ContainsFunc(add, func(o extractors.Mention) bool { return s < o.End && o.Start < e }) {
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
	// Compare distinct forms only: a document repeats its instruments.
	type form struct{ text, entity, name string }
	var forms []form
	seen := map[form]bool{}
	for _, m := range ms {
		f := form{text[m.Start:m.End], m.Entity, m.Name}
		if !seen[f] {
			seen[f] = true
			forms = append(forms, f)
		}
	}
	fuller := map[string]form{} // pattern form -> the one longer form naming it
	for _, f := range forms {
		unique, found := true, false
		var best form
		for _, o := range forms {
			if len(o.text) <= len(f.text) || o.entity == f.entity || !containsWords(o.text, f.text) {
				continue
			}
			if found && best.entity != o.entity {
				unique = false
			}
			best, found = o, true
		}
		if found && unique {
			fuller[f.text+"\x00"+f.entity] = best
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Priority != PatternPriority || m.Kind == "resolution" {
			continue
		}
		if o, ok := fuller[text[m.Start:m.End]+"\x00"+m.Entity]; ok {
			m.Entity, m.Name = o.entity, o.name
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

// provisionAt is provisionBefore anchored at the start of its input.
var provisionAt = regexp.MustCompile(`^(?:` + provisionBefore.String() + `)`)

// provisionFind is provisionBefore.FindStringSubmatch(s), trying the
// expression only where a match can begin: at a part word ("Article", …)
// after a word boundary, instead of at every byte.
func provisionFind(s string) []string {
	for i := 0; i < len(s); i++ {
		if !partWordAt(s, i) || i > 0 && isASCIIWord(s[i-1]) {
			continue
		}
		if m := provisionAt.FindStringSubmatchIndex(s[i:]); m != nil {
			out := make([]string, len(m)/2)
			for k := range out {
				if m[2*k] >= 0 {
					out[k] = s[i+m[2*k] : i+m[2*k+1]]
				}
			}
			return out
		}
	}
	return nil
}

// partWordAt reports one of provisionBefore's part words at s[i:].
func partWordAt(s string, i int) bool {
	r := s[i:]
	switch s[i] {
	case 'A':
		return strings.HasPrefix(r, "Article") || strings.HasPrefix(r, "Annex")
	case 'C':
		return strings.HasPrefix(r, "Chapter") || strings.HasPrefix(r, "Clause")
	case 'S':
		return strings.HasPrefix(r, "Section")
	case 'P':
		return strings.HasPrefix(r, "Paragraph") || strings.HasPrefix(r, "Part") || strings.HasPrefix(r, "Pillar")
	}
	return false
}

// provision returns the part of an instrument named with it ("Article 5"),
// or "".
func provision(text string, start, end int) string {
	before := strings.TrimSuffix(strings.TrimRight(text[:start], " \t\n"), "the")
	if strings.HasSuffix(strings.TrimRight(before, " \t\n"), "of") {
		if m := provisionFind(text[max(0, start-80):start]); m != nil {
			return spaces.ReplaceAllString(m[1], " ")
		}
	}
	if strings.HasPrefix(text[end:], "'s") || strings.HasPrefix(text[end:], "’s") {
		if m := provisionAfter.FindStringSubmatch(text[end:min(len(text), end+40)]); m != nil {
			return spaces.ReplaceAllString(m[1], " ")
		}
	}
	return ""
}
