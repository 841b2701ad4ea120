package countries

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/gazetteer"
)

// This file holds the context rules that decide whether a matched form is a
// mention of the country. They look only at a few neighbouring tokens, the
// sentence, and (for Georgia) the rest of the document.

// hit is one gazetteer match in the document.
type hit struct {
	first, last int // token indexes, inclusive
	start, end  int // byte offsets
	kind        kind
	code        string
	form        string // the entry's name, as in the table
	demonym     bool
}

// scene is one document being resolved.
type scene struct {
	d    *extractors.Doc
	t    *table
	toks []gazetteer.Token
	hits []hit

	hitStart map[int]int // token index -> hit that starts there
	hitEnd   map[int]int // token index -> hit that ends there
	inHit    []bool      // token index -> inside some match

	// Evidence, document-wide, about what "Georgia" is.
	docGeorgiaCue bool // a place in Georgia the country is named, or a Georgia reads as the country
	docUSGeorgia  bool // a Georgia reads as the US state, or another US state is named
	docForeign    bool // a country of Georgia's region is named
	// georgiaVotes counts, per sentence, evidence for the state [0] and
	// for the country [1].
	georgiaVotes map[int][2]int

	sentCase map[int]sentenceCase
}

type sentenceCase struct{ title, shouting bool }

// personLike are country names that are also common given names or surnames
// ("Jordan Peterson", "Chad Smith", "Michael Jordan", "Kathy Ireland").
var personLike = map[string]bool{
	"jordan": true, "chad": true, "georgia": true, "israel": true, "kenya": true,
	"ireland": true, "holland": true, "france": true, "cuba": true, "jamaica": true,
}

// stateNouns may follow a country name ("Jordan Armed Forces", "Chad
// Government"); a following capitalised word outside this list makes a
// person-like name a person.
var stateNouns = words("government", "govt", "army", "navy", "air", "armed", "forces", "military",
	"president", "prime", "minister", "ministry", "ministers", "foreign", "defence", "defense",
	"embassy", "ambassador", "king", "queen", "crown", "prince", "royal", "parliament", "senate",
	"congress", "cabinet", "central", "national", "police", "border", "coast", "guard", "security",
	"special", "state", "department", "office", "interior", "finance", "trade", "council", "supreme",
	"court", "constitution", "chancellor", "premier", "regime", "authorities", "officials",
	"delegation", "mission", "consulate", "federation", "republic", "kingdom", "relations",
	"policy", "strategy", "summit", "talks", "agreement", "accord", "treaty", "crisis", "war",
	"conflict", "election", "elections", "economy", "sanctions", "and", "or", "with")

// vocatives come before a name a speaker addresses ("Go ahead, Jordan.").
var vocatives = words("ahead", "thanks", "yes", "hi", "hello", "sorry", "okay", "please", "right")

// titleWords may precede a country name with a capital without being a given
// name ("King Abdullah of Jordan" has "of"; "Visit Jordan" starts a sentence).
var titleWords = words("the", "a", "an", "in", "on", "at", "to", "of", "for", "from", "by", "with",
	"and", "or", "but", "as", "into", "across", "against", "between", "about", "via", "per",
	"visit", "visiting", "president", "king", "queen", "kingdom", "republic", "state", "hashemite",
	"government", "people", "ambassador", "embassy", "minister", "prime", "foreign", "envoy",
	"both", "all", "including", "like", "unlike", "neighbouring", "neighboring", "southern",
	"northern", "eastern", "western", "central", "post", "pre", "mr", "ms", "mrs")

// features after a country form make it a place name ("Indian Ocean",
// "Niger River", "Jordan Valley", "Mexico City"). Lower-case variants are
// accepted only for the words that are never used otherwise after a country.
var (
	featuresAnyCase = words("ocean", "river", "peninsula")
	featuresCap     = words("sea", "gulf", "strait", "straits", "basin", "delta", "city", "valley",
		"canal", "lake", "mountains", "desert", "plateau", "highlands", "island", "islands", "bay",
		"rift", "trench", "coast", "empire")
	// before a country form: "Lake Chad", "Mount Lebanon", "Gulf of Guinea".
	featuresBefore   = words("lake", "mount", "mt")
	featuresBeforeOf = words("gulf", "sea", "bay", "strait", "straits", "isthmus", "lake")
	// compass words before a country form make another place of it: a
	// neighbouring region or island, a former state ("West Timor", "New
	// Guinea", "East Germany", "South Vietnam"); names that start so ("South
	// Korea", "New Zealand") are whole entries. Adjectives ("eastern
	// Ukraine", "Northern Syria") keep the country: they name a part of it.
	compass = words("north", "south", "east", "west", "upper", "lower", "new", "greater")
	// "a unified Korea" is the peninsula, not the Republic of Korea.
	koreaWhole = words("unified", "reunified", "divided", "united", "undivided", "whole", "colonial",
		"ancient", "partitioned", "occupied", "free")
	// words after "Georgia" (or "Georgia's") that belong to the US state.
	usStateNouns = words("governor", "gov", "senator", "sen", "senate", "legislature", "lawmakers",
		"legislators", "republican", "republicans", "democrat", "democrats", "gop", "voters", "county",
		"counties", "state", "tech", "bulldogs", "district", "house", "delegation", "primary",
		"runoff", "runoffs", "college", "congressman", "congresswoman", "representative", "rep", "peach", "sheriff")
	usStateVerbs    = words("won", "win", "wins", "winning", "carried", "carry", "carries", "flipped", "flip", "lost")
	usStateBeforeOf = words("state", "governor", "senator", "sen", "gov", "university", "counties")
	// words after "Georgia" (or "Georgia's") that only a sovereign state has.
	georgiaCountryNouns = words("independence", "sovereignty", "territorial", "parliament", "prime",
		"president", "presidential", "foreign", "ambassador", "embassy", "ministry", "minister",
		"dream", "nato", "eu", "armed", "army", "accession", "occupied", "occupation")
	georgiaCountryBeforeOf = words("republic", "country", "nation", "embassy", "president", "parliament",
		"sovereignty", "independence", "ambassador", "invasion", "occupation")
	// words anywhere in the sentence that speak of a US state and its
	// politics, unless a foreign country or a Georgian place is named too.
	usStateSentence = words("state", "states", "statewide", "governor", "voter", "voters", "voting",
		"ballot", "ballots", "absentee", "county", "counties", "senator", "legislature", "polling",
		"congressional", "gubernatorial", "midterm", "midterms", "runoff", "runoffs", "senate")
)

func words(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func (c *scene) prepare() {
	c.hitStart = make(map[int]int, len(c.hits))
	c.hitEnd = make(map[int]int, len(c.hits))
	c.inHit = make([]bool, len(c.toks))
	for i, h := range c.hits {
		for k := h.first; k <= h.last; k++ {
			c.inHit[k] = true
		}
		c.hitStart[h.first] = i
		c.hitEnd[h.last] = i
		switch {
		case h.kind == kindGeorgiaCue:
			c.docGeorgiaCue = true
		case h.kind == kindUSState:
			c.docUSGeorgia = true
		case h.kind == kindCountry && georgiaRegion[h.code]:
			c.docForeign = true
		}
	}
	c.georgiaVotes = map[int][2]int{}
	vote := func(h hit, side int) {
		if len(c.d.Sentences) == 0 {
			return
		}
		s := c.d.SentenceAt(c.toks[h.first].Start)
		v := c.georgiaVotes[s]
		v[side]++
		c.georgiaVotes[s] = v
	}
	for i, h := range c.hits {
		switch {
		case h.kind == kindUSState:
			vote(h, 0)
		case h.kind == kindGeorgiaCue || (h.kind == kindCountry && georgiaRegion[h.code]):
			vote(h, 1)
		case h.kind == kindCountry && h.code == "GE":
			switch c.georgiaLocal(i) {
			case georgiaState:
				c.docUSGeorgia = true
				vote(h, 0)
			case georgiaCountry:
				c.docGeorgiaCue = true
				vote(h, 1)
			}
		}
	}
}

// georgiaRegion are Georgia's neighbours and the states its news is most
// often about; a document that names one reads a lone "Georgia" as the
// country. (Other foreign countries prove little: a US text about the state
// may well name Mexico or Japan.)
var georgiaRegion = map[string]bool{"RU": true, "UA": true, "AM": true, "AZ": true, "TR": true,
	"MD": true, "BY": true, "KZ": true, "IR": true}

type georgiaReading uint8

const (
	georgiaUnknown georgiaReading = iota
	georgiaState
	georgiaCountry
)

// georgiaLocal reads "Georgia" (or "Georgian") from its sentence alone.
func (c *scene) georgiaLocal(i int) georgiaReading {
	if c.georgiaUSContext(i) {
		return georgiaState
	}
	h := c.hits[i]
	// Words that only a sovereign state has: "Georgia's sovereignty",
	// "Georgia's Prime Minister", "the Republic of Georgia".
	n := h.last + 1
	if c.tokText(n) == "'" && lower(c.tokText(n+1)) == "s" {
		n += 2
	}
	if w, ok := c.word(n); ok && c.same(h.last, n) && georgiaCountryNouns[lower(w)] {
		return georgiaCountry
	}
	if w, ok := c.word(h.first - 1); ok && lower(w) == "of" {
		if w2, ok := c.word(h.first - 2); ok && georgiaCountryBeforeOf[lower(w2)] {
			return georgiaCountry
		}
	}
	// A Georgian place or a country of the region in the same sentence, or
	// any foreign country beside it in a list ("India, Georgia, and
	// Pakistan").
	state := false
	for k := i - 1; k >= 0 && c.same(c.hits[k].first, h.first); k-- {
		if c.countryCue(c.hits[k]) {
			return georgiaCountry
		}
	}
	for k := i + 1; k < len(c.hits) && c.same(c.hits[k].first, h.first); k++ {
		if c.countryCue(c.hits[k]) {
			return georgiaCountry
		}
	}
	if c.listedWithCountry(h) {
		return georgiaCountry
	}
	s := c.d.SentenceAt(c.toks[h.first].Start)
	if s < 0 {
		return georgiaUnknown
	}
	for k := tokenAt(c.toks, c.d.Sentences[s].Start); k < len(c.toks) && c.toks[k].Start < c.d.Sentences[s].End; k++ {
		if w, ok := c.word(k); ok && usStateSentence[lower(w)] {
			state = true
		}
	}
	if state {
		return georgiaState
	}
	return georgiaUnknown
}

func (c *scene) countryCue(h hit) bool {
	return h.kind == kindGeorgiaCue || (h.kind == kindCountry && georgiaRegion[h.code])
}

// besideCountry reports another country form next to h, joined by a
// hyphen, slash, comma or "and".
func (c *scene) besideCountry(h hit) bool {
	join := func(tok int) bool {
		t := lower(c.tokText(tok))
		return t == "-" || t == "/" || t == "," || t == "and" || t == "&"
	}
	country := func(m map[int]int, tok int) bool {
		j, ok := m[tok]
		return ok && c.hits[j].kind == kindCountry
	}
	return (join(h.first-1) && country(c.hitEnd, h.first-2)) || (join(h.last+1) && country(c.hitStart, h.last+2))
}

// listedWithCountry reports a foreign country next to h in a list.
func (c *scene) listedWithCountry(h hit) bool {
	foreign := func(tok int, starts bool) bool {
		m := c.hitEnd
		if starts {
			m = c.hitStart
		}
		j, ok := m[tok]
		return ok && c.hits[j].kind == kindCountry && c.hits[j].code != "US" && c.hits[j].code != "GE"
	}
	sep := func(tok int) bool {
		t := lower(c.tokText(tok))
		return t == "," || t == "and" || t == "or"
	}
	p := h.first - 1
	if sep(p) && (foreign(p-1, false) || (c.tokText(p) == "," && lower(c.tokText(p-1)) == "and" && foreign(p-2, false))) {
		return true
	}
	n := h.last + 1
	if sep(n) && (foreign(n+1, true) || (c.tokText(n) == "," && lower(c.tokText(n+1)) == "and" && foreign(n+2, true))) {
		return true
	}
	return false
}

// georgiaIsState decides whether hit i, a form of Georgia, is the US state:
// by its sentence first, then by the document: a Georgian place or a clear
// country reading elsewhere, a US state or a clear state reading elsewhere,
// and last whether the document names a country of Georgia's region.
func (c *scene) georgiaIsState(i int) bool {
	switch c.georgiaLocal(i) {
	case georgiaState:
		return true
	case georgiaCountry:
		return false
	}
	// The nearest evidence within three sentences: a multi-topic briefing
	// may speak of the state's runoff and of Tbilisi's protests.
	if s := c.d.SentenceAt(c.toks[c.hits[i].first].Start); s >= 0 {
		for dist := 1; dist <= 3; dist++ {
			st := c.georgiaVotes[s-dist][0] + c.georgiaVotes[s+dist][0]
			co := c.georgiaVotes[s-dist][1] + c.georgiaVotes[s+dist][1]
			if st != co {
				return st > co
			}
		}
	}
	switch {
	case c.docGeorgiaCue && !c.docUSGeorgia:
		return false
	case c.docUSGeorgia && !c.docGeorgiaCue:
		return true
	}
	return !c.docForeign
}

// keep decides whether hit i is a country mention.
func (c *scene) keep(i int) bool {
	h := c.hits[i]
	if c.placeName(h) || c.historicName(i) || c.brokenAbbreviation(h) {
		return false
	}
	key := lower(h.form)
	if personLike[key] && !c.caseOf(h.first).title && c.personContext(h) {
		return false
	}
	// "Chumash Indians", "Seminole Indian": a tribe, not India.
	if (key == "indian" || key == "indians") && !c.caseOf(h.first).title && c.namedBefore(h) {
		return false
	}
	if c.attachedSuffix(h) || (h.demonym && c.languageContext(i)) {
		return false
	}
	// "ethnic Albanians", "ethnic Russians": a people, not a state.
	if w, ok := c.word(h.first - 1); ok && h.demonym && lower(w) == "ethnic" {
		return false
	}
	switch {
	case h.code == "GE":
		if c.georgiaIsState(i) {
			return false
		}
	case key == "korea":
		if w, ok := c.word(h.first - 1); ok && koreaWhole[lower(w)] {
			return false
		}
	case h.form == "US":
		if c.tokText(h.last+1) == "$" {
			return false
		}
		// In a shouted line "US" is "us", unless another country is beside
		// it ("US-CHINA TALKS", "CHINA AND US").
		if c.caseOf(h.first).shouting && !c.besideCountry(h) {
			return false
		}
	}
	return true
}

// placeName reports a country form used inside the name of a sea, river,
// city or region.
func (c *scene) placeName(h hit) bool {
	if w, ok := c.word(h.last + 1); ok && c.same(h.last, h.last+1) {
		lw := lower(w)
		if featuresAnyCase[lw] || (featuresCap[lw] && isCap(w)) {
			return true
		}
	}
	p := h.first - 1
	if c.tokText(p) == "." { // "Mt. Lebanon"
		p--
	}
	if w, ok := c.word(p); ok && c.same(p, h.first) && isCap(w) {
		lw := lower(w)
		if featuresBefore[lw] {
			return true
		}
		if compass[lw] && !c.hasHitEndingAt(p) {
			return true
		}
	}
	if w, ok := c.word(h.first - 1); ok && lower(w) == "of" {
		if w2, ok := c.word(h.first - 2); ok && isCap(w2) && featuresBeforeOf[lower(w2)] && c.same(h.first-2, h.first) {
			return true
		}
	}
	return false
}

// historicName reports a country form inside the name of a colony or of a
// person: "French Sudan", "Dutch East Indies", "Netherlands East Indies",
// and the Arabic nisba "Abu Jandal al-Kuwaiti".
func (c *scene) historicName(i int) bool {
	h := c.hits[i]
	// A demonym right before another country form, or right after one.
	if j, ok := c.hitStart[h.last+1]; ok && h.demonym && c.hits[j].kind == kindCountry && c.same(h.last, h.last+1) {
		return true
	}
	if j, ok := c.hitEnd[h.first-1]; ok && c.hits[j].demonym && c.hits[j].kind == kindCountry && c.same(h.first-1, h.first) {
		return true
	}
	// A compass word and a capitalised word after it: "East Indies", "West Africa".
	if w, ok := c.word(h.last + 1); ok && isCap(w) && c.same(h.last, h.last+2) {
		switch lower(w) {
		case "east", "west", "north", "south":
			if w2, ok := c.word(h.last + 2); ok && isCap(w2) && !c.hasHitStartingAt(h.last+1) {
				return true
			}
		}
	}
	// A demonym glued to a capitalised word: "Austin American-Statesman".
	if n := h.last + 1; h.demonym && c.tokText(n) == "-" && c.toks[h.last].End == c.toks[n].Start && n+1 < len(c.toks) && c.toks[n].End == c.toks[n+1].Start {
		if w, ok := c.word(n + 1); ok && isCap(w) && !c.hasHitStartingAt(n+1) {
			return true
		}
	}
	if h.demonym && c.tokText(h.first-1) == "-" {
		switch lower(c.tokText(h.first - 2)) {
		case "al", "el", "ul":
			return true
		}
	}
	return false
}

// trimSentenceStop handles "U.S ." in tokenised text, where the final stop
// is the sentence's: the abbreviation keeps the part before the space.
func (c *scene) trimSentenceStop(h hit) hit {
	if h.kind != kindCountry || !strings.HasSuffix(h.form, ".") || strings.Contains(h.form, " ") || h.last <= h.first {
		return h
	}
	prev := c.toks[h.last-1]
	if c.tokText(h.last) != "." || prev.End == c.toks[h.last].Start || strings.ContainsFunc(c.d.Text[h.start:prev.End], unicode.IsSpace) {
		return h
	}
	h.last--
	h.end = prev.End
	h.form = strings.TrimSuffix(h.form, ".")
	return h
}

// brokenAbbreviation reports a dotted abbreviation matched across spaces
// ("U.K ." in tokenised text), which the matcher allows because it compares
// tokens.
func (c *scene) brokenAbbreviation(h hit) bool {
	if !strings.Contains(h.form, ".") || strings.Contains(h.form, " ") {
		return false
	}
	return strings.ContainsFunc(c.d.Text[h.start:h.end], unicode.IsSpace)
}

// languageCues before a list of languages ("speaks French and Spanish",
// "fluent in English and French", "her foreign languages are French,
// Spanish"); languageAfter after one ("French-speaking", "Russian
// language"). languageNames are languages that are no demonym here, so
// that a list may hold them.
var (
	languageCues  = words("speaks", "speak", "spoke", "spoken", "speaking", "fluent", "fluently", "proficient", "proficiency", "languages", "language", "studied", "translated", "interpreter", "interpreters")
	languageAfter = words("language", "languages", "speaking", "speaker", "speakers", "translation", "translations", "dialect", "dialects", "interpreter", "interpreters", "subtitles")
	languageNames = words("english", "arabic", "mandarin", "cantonese", "hindi", "urdu", "swahili", "farsi", "persian", "dari", "pashto", "hebrew", "korean", "tagalog", "bengali", "punjabi", "latin", "tamil", "telugu", "amharic", "hausa", "yoruba", "kurdish", "catalan", "basque", "welsh", "gaelic", "malay", "creole", "yiddish", "sign", "modern", "classical", "american")
	listJoins     = words("and", "or", "as", "well")
)

// languageContext reports a demonym used as the name of a language: in a
// list of languages that a cue word starts or ends.
func (c *scene) languageContext(i int) bool {
	h := c.hits[i]
	inList := func(k int) bool {
		t := c.tokText(k)
		if t == "," || t == "-" || t == "/" || t == "(" || t == ")" || listJoins[lower(t)] || languageNames[lower(t)] {
			return true
		}
		j, ok := c.hitEnd[k]
		if !ok {
			j, ok = c.hitStart[k]
		}
		return ok && c.hits[j].demonym
	}
	k := h.first - 1
	for ; k >= 0 && c.same(k, h.first) && inList(k); k-- {
	}
	if w, ok := c.word(k); ok && c.same(k, h.first) {
		lw := lower(w)
		// "languages are French", "languages include Greek".
		if lw == "are" || lw == "is" || lw == "include" || lw == "includes" || lw == "including" {
			if w2, ok := c.word(k - 1); ok && languageCues[lower(w2)] {
				return true
			}
		}
		if languageCues[lw] {
			return true
		}
		// "in English and Spanish": "in" only with a language name beside,
		// or after a cue ("fluent in", "translated into").
		if lw == "in" || lw == "into" || lw == "from" {
			if languageNames[lower(c.tokText(k+1))] {
				return true
			}
			if w2, ok := c.word(k - 1); ok && languageCues[lower(w2)] {
				return true
			}
		}
		// "a working knowledge of French".
		if lw == "of" && lower(c.tokText(k-1)) == "knowledge" && lower(c.tokText(k-2)) == "working" {
			return true
		}
	}
	k = h.last + 1
	for ; k < len(c.toks) && c.same(h.last, k) && inList(k); k++ {
	}
	if w, ok := c.word(k); ok && c.same(h.last, k) && languageAfter[lower(w)] {
		return true
	}
	return false
}

// attachedSuffix reports an abbreviation glued to the name before it:
// "WWF-US", "Accountable.US". "Indonesia-US" keeps its country.
func (c *scene) attachedSuffix(h hit) bool {
	if h.demonym || strings.Contains(h.form, " ") || !isAllCaps(strings.ReplaceAll(h.form, ".", "")) {
		return false
	}
	sep := h.first - 1
	if sep < 1 || c.toks[sep].End != c.toks[h.first].Start || c.toks[sep-1].End != c.toks[sep].Start {
		return false
	}
	switch c.tokText(sep) {
	case ".":
		_, isWord := c.word(sep - 1)
		return isWord && !c.hasHitEndingAt(sep-1)
	case "-":
		w, ok := c.word(sep - 1)
		return ok && isAllCaps(w) && !c.hasHitEndingAt(sep-1)
	}
	return false
}

// namedBefore reports a capitalised word right before h that is not a
// title, a function word, a sentence start or another country.
func (c *scene) namedBefore(h hit) bool {
	p := h.first - 1
	w, ok := c.word(p)
	return ok && c.same(p, h.first) && isCap(w) && !isAllCaps(w) &&
		!titleWords[lower(w)] && !c.sentenceStart(p) && !c.hasHitEndingAt(p)
}

// personContext reports a person-like country name that reads as part of a
// person's name: a capitalised word right after it that is not a state noun
// ("Chad Smith"), or a capitalised word right before it that is not a title,
// a function word or a sentence start ("Michael Jordan").
func (c *scene) personContext(h hit) bool {
	// "Go ahead, Jordan." addresses a person; "Taylor Jordan, of the
	// District of Columbia, to be" names a nominee.
	if c.tokText(h.first-1) == "," && vocatives[lower(c.tokText(h.first-2))] {
		return true
	}
	if c.tokText(h.last+1) == "," && lower(c.tokText(h.last+2)) == "of" && c.namedBefore(h) {
		return true
	}
	n := h.last + 1
	if w, ok := c.word(n); ok && c.same(h.last, n) && isCap(w) && !isAllCaps(w) &&
		!stateNouns[lower(w)] && !c.hasHitStartingAt(n) {
		return true
	}
	return c.namedBefore(h)
}

// georgiaUSContext reports evidence, near hit i, that "Georgia" is the US
// state: "Atlanta, Georgia", "Alabama and Georgia", "the state of Georgia",
// "Georgia's governor", "Georgia Republicans".
func (c *scene) georgiaUSContext(i int) bool {
	h := c.hits[i]
	// A US state beside it in a list.
	if sep := c.tokText(h.first - 1); sep == "," || lower(sep) == "and" || lower(sep) == "or" {
		if j, ok := c.hitEnd[h.first-2]; ok && c.hits[j].kind == kindUSState {
			return true
		}
		// "City, Georgia" where the city is not a place in Georgia the country
		// nor a country ("Tbilisi, Georgia"; "Russia, Georgia and Ukraine").
		if sep == "," {
			if w, ok := c.word(h.first - 2); ok && isCap(w) && !c.hasHitEndingAt(h.first-2) && c.same(h.first-2, h.first) {
				return true
			}
		}
	}
	if sep := c.tokText(h.last + 1); sep == "," || lower(sep) == "and" || lower(sep) == "or" {
		if j, ok := c.hitStart[h.last+2]; ok && c.hits[j].kind == kindUSState {
			return true
		}
	}
	// "We won Georgia", "flipped Georgia": an electoral prize.
	if w, ok := c.word(h.first - 1); ok && usStateVerbs[lower(w)] {
		return true
	}
	if w, ok := c.word(h.first - 1); ok && lower(w) == "of" {
		if w2, ok := c.word(h.first - 2); ok && usStateBeforeOf[lower(w2)] {
			return true
		}
		// "Jane Doe, of Georgia, to be Ambassador": a nominee's home state.
		if c.tokText(h.first-2) == "," && c.tokText(h.last+1) == "," {
			return true
		}
	}
	n := h.last + 1
	if c.tokText(n) == "'" && lower(c.tokText(n+1)) == "s" {
		n += 2
	}
	if w, ok := c.word(n); ok && c.same(h.last, n) && usStateNouns[lower(w)] {
		return true
	}
	return false
}

func (c *scene) hasHitEndingAt(tok int) bool {
	j, ok := c.hitEnd[tok]
	return ok && (c.hits[j].kind == kindCountry || c.hits[j].kind == kindGeorgiaCue || c.hits[j].kind == kindUSState)
}

func (c *scene) hasHitStartingAt(tok int) bool {
	j, ok := c.hitStart[tok]
	return ok && (c.hits[j].kind == kindCountry || c.hits[j].kind == kindGeorgiaCue || c.hits[j].kind == kindUSState)
}

// tokText is the text of token i, or "" outside the document.
func (c *scene) tokText(i int) string {
	if i < 0 || i >= len(c.toks) {
		return ""
	}
	return c.d.Text[c.toks[i].Start:c.toks[i].End]
}

// word is the text of token i if it is a word (letters or digits).
func (c *scene) word(i int) (string, bool) {
	s := c.tokText(i)
	if s == "" {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return s, unicode.IsLetter(r) || unicode.IsDigit(r)
}

// same reports whether tokens i and j lie in one sentence.
func (c *scene) same(i, j int) bool {
	if i < 0 || j < 0 || i >= len(c.toks) || j >= len(c.toks) {
		return false
	}
	if len(c.d.Sentences) == 0 {
		return true
	}
	return c.d.SentenceAt(c.toks[i].Start) == c.d.SentenceAt(c.toks[j].Start)
}

// sentenceStart reports whether token i is the first word of its sentence
// (quotes and brackets before it do not count).
func (c *scene) sentenceStart(i int) bool {
	for p := i - 1; p >= 0; p-- {
		if !c.same(p, i) {
			return true
		}
		switch c.tokText(p) {
		case "\"", "'", "(", "[", "“", "‘", "-", "—", "–", "*", "#":
			continue
		case ".", "!", "?", ":", ";":
			return true
		}
		return false
	}
	return true
}

// caseOf describes the capitalisation of the sentence that holds token i:
// a headline in title case makes capitals meaningless as name evidence, and
// a shouted one makes "US" ambiguous with "us".
func (c *scene) caseOf(i int) sentenceCase {
	s := -1
	if i >= 0 && i < len(c.toks) {
		s = c.d.SentenceAt(c.toks[i].Start)
	}
	if sc, ok := c.sentCase[s]; ok {
		return sc
	}
	lo, hi := 0, len(c.d.Text)
	if s >= 0 {
		lo, hi = c.d.Sentences[s].Start, c.d.Sentences[s].End
	}
	var n, caps, upper int
	for k := tokenAt(c.toks, lo); k >= 0 && k < len(c.toks) && c.toks[k].Start < hi; k++ {
		w, ok := c.word(k)
		// Matched names are capitalised whatever the style of the sentence.
		if !ok || c.inHit[k] || utf8.RuneCountInString(w) < 2 || titleWords[lower(w)] && !isCap(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if isCap(w) {
			caps++
		}
		if isAllCaps(w) {
			upper++
		}
	}
	// A headline has no final stop; a list of names in a sentence has one.
	end := strings.TrimRightFunc(c.d.Text[lo:hi], func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '\'' || r == '”' || r == '’' || r == ')'
	})
	stop := strings.HasSuffix(end, ".") || strings.HasSuffix(end, "?") || strings.HasSuffix(end, "!")
	sc := sentenceCase{
		title:    n >= 3 && caps*10 >= n*9 && !stop,
		shouting: n >= 4 && upper*5 >= n*3,
	}
	if c.sentCase == nil {
		c.sentCase = map[int]sentenceCase{}
	}
	c.sentCase[s] = sc
	return sc
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// lower folds a word for the word lists: lower case, and diacritics removed
// as the matcher does, with a fast path for ASCII.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return keyOf(w)
		}
	}
	return strings.ToLower(w)
}
