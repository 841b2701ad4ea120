package prosener

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/countries"
	"github.com/polexhq/polex/extractors/gazetteer"
	"github.com/polexhq/polex/extractors/persons"
	"github.com/polexhq/polex/extractors/regions"
	"github.com/polexhq/polex/internal/textcase"
)

// filter turns prose's candidates into mentions for one document.
type filter struct {
	d *extractors.Doc
	// maxEnd[i] is the largest End of d.Mentions[:i+1], so that an overlap
	// search can stop as soon as no earlier mention reaches the candidate.
	maxEnd []int
	// lower holds the keys of words the document writes in lower case
	// (built on first use): such a word, capitalised, is a common word.
	lower map[string]bool
	// forms maps the lower-cased forms of the document's entities to them.
	forms map[string]*extractors.Entity
	// own holds the full names of people this extractor found.
	own []extractors.Entity
}

func newFilter(d *extractors.Doc) *filter {
	f := &filter{d: d, maxEnd: make([]int, len(d.Mentions)), forms: map[string]*extractors.Entity{}}
	m := 0
	for i, x := range d.Mentions {
		m = max(m, x.End)
		f.maxEnd[i] = m
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		for _, form := range append([]string{e.Name}, e.Forms...) {
			if form != "" {
				f.forms[strings.ToLower(form)] = e
			}
		}
	}
	return f
}

// kept is a candidate that passed the filters.
type kept struct {
	start, end int
	typ        string
	key        string // lower-cased text, for the document-wide type vote
	// needsPerson marks a word kept only if it is the short form of a
	// person of the document.
	needsPerson bool
}

// mentions filters the candidates and gives the survivors entity ids.
func (f *filter) mentions(cands []candidate) []extractors.Mention {
	var ks []kept
	votes := map[string]map[string]int{}
	first := map[string]string{}
	for _, c := range cands {
		s, e, ok := f.trim(c)
		if !ok || !f.plausible(&c, s, e) {
			continue
		}
		k := kept{start: s, end: e, typ: c.Type, key: strings.ToLower(f.d.Text[s:e])}
		// A first name alone is a person; another single word only as the
		// short form of a person of the document.
		k.needsPerson = c.Type == "person" && len(wordKeys(f.d.Text[s:e])) == 1 && !persons.GivenName(f.d.Text[s:e])
		ks = append(ks, k)
		if votes[k.key] == nil {
			votes[k.key] = map[string]int{}
			first[k.key] = k.typ
		}
		votes[k.key][k.typ]++
	}
	// One text is one type in a document: prose labels the same name
	// differently in different sentences; the majority (then the type of
	// the first occurrence) decides.
	typeOf := map[string]string{}
	for key, v := range votes {
		best := first[key]
		for typ, n := range v {
			if n > v[best] {
				best = typ
			}
		}
		typeOf[key] = best
	}
	// Full names this extractor found count as people of the document too,
	// so a later surname joins them.
	for _, k := range ks {
		text := f.d.Text[k.start:k.end]
		if typeOf[k.key] == "person" && len(wordKeys(text)) > 1 && f.forms[k.key] == nil && f.personOf(text) == nil {
			if slug := extractors.Slug(text); slug != "" {
				f.own = append(f.own, extractors.Entity{ID: "person:" + slug, Type: "person", Name: text})
			}
		}
	}
	var out []extractors.Mention
	for _, k := range ks {
		m, ok := f.identify(k.start, k.end, typeOf[k.key], k.needsPerson)
		if ok {
			out = append(out, m)
		}
	}
	return out
}

// identify gives a span its entity: the document's entity of that form or,
// for a person, the one person whose name holds all its words; otherwise a
// new id from the text.
func (f *filter) identify(s, e int, typ string, needsPerson bool) (extractors.Mention, bool) {
	text := f.d.Text[s:e]
	m := extractors.Mention{Start: s, End: e, Type: typ, Priority: Priority}
	if ent := f.forms[strings.ToLower(text)]; ent != nil {
		if ent.Type != "organisation" && ent.Type != "person" {
			return m, false // a country, region or treaty already known as such
		}
		m.Type, m.Entity, m.Name = ent.Type, ent.ID, ent.Name
		return m, true
	}
	if typ == "person" {
		if ent := f.personOf(text); ent != nil {
			m.Entity, m.Name = ent.ID, ent.Name
			return m, true
		}
		if needsPerson {
			return m, false
		}
	}
	slug := extractors.Slug(text)
	if slug == "" {
		return m, false
	}
	if typ == "person" {
		m.Entity = "person:" + slug
	} else {
		m.Entity = "org:" + slug
	}
	return m, true
}

// personOf returns the one person of the document whose name (or a form)
// holds every word of text ("Nadella" of "Satya Nadella"), or nil when there
// is none or more than one.
func (f *filter) personOf(text string) *extractors.Entity {
	words := wordKeys(text)
	var found *extractors.Entity
	people := make([]*extractors.Entity, 0, len(f.d.Entities)+len(f.own))
	for i := range f.d.Entities {
		people = append(people, &f.d.Entities[i])
	}
	for i := range f.own {
		people = append(people, &f.own[i])
	}
	for _, e := range people {
		if e.Type != "person" {
			continue
		}
		if !holdsAll(e, words) {
			continue
		}
		if found != nil && found.ID != e.ID {
			return nil // ambiguous: two people share the word
		}
		found = e
	}
	return found
}

func holdsAll(e *extractors.Entity, words []string) bool {
	for _, form := range append([]string{e.Name}, e.Forms...) {
		have := wordKeys(form)
		all := len(words) > 0 && len(words) < len(have)
		for _, w := range words {
			if !contains(have, w) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// wordKeys returns the gazetteer keys of the words of s.
func wordKeys(s string) []string {
	var out []string
	for _, t := range gazetteer.Tokenize(s) {
		if isWord(s[t.Start:t.End]) {
			out = append(out, t.Key)
		}
	}
	return out
}

// trim narrows a candidate to its name: without surrounding punctuation, a
// leading "the", a possessive "'s", a person's titles, or a common word that
// only starts the sentence. ok is false when nothing is left.
func (f *filter) trim(c candidate) (s, e int, ok bool) {
	text := f.d.Text
	toks := gazetteer.Tokenize(text[c.Start:c.End])
	for i := range toks {
		toks[i].Start += c.Start
		toks[i].End += c.Start
	}
	word := func(t gazetteer.Token) bool { return isWord(text[t.Start:t.End]) }
	for changed := true; changed && len(toks) > 0; {
		changed = false
		n := len(toks)
		last := toks[n-1]
		switch {
		case n >= 2 && last.Key == "s" && isApostrophe(text[toks[n-2].Start:toks[n-2].End]) && toks[n-2].End == last.Start:
			toks = toks[:n-2] // possessive 's
		case !word(last) && !abbrevStop(text, toks):
			toks = toks[:n-1]
		case !word(toks[0]):
			toks = toks[1:]
		case toks[0].Key == "the" && n > 1:
			toks = toks[1:]
		case c.Type == "person" && n > 1 && titles[toks[0].Key]:
			toks = toks[1:]
		case toks[0].Start == sentenceStart(text, c.SentStart) && n > 1 && (stopwords[toks[0].Key] || f.writtenLower(toks[0].Key)):
			toks = toks[1:]
		default:
			continue
		}
		changed = true
	}
	if len(toks) == 0 {
		return 0, 0, false
	}
	return toks[0].Start, toks[len(toks)-1].End, true
}

// abbrevStop reports whether the last token of toks is a full stop that ends
// an abbreviation ("Inc.", "U.S.", "Jr.") rather than the sentence.
func abbrevStop(text string, toks []gazetteer.Token) bool {
	n := len(toks)
	if n < 2 || text[toks[n-1].Start:toks[n-1].End] != "." || toks[n-2].End != toks[n-1].Start {
		return false
	}
	w := text[toks[n-2].Start:toks[n-2].End]
	return abbrevs[toks[n-2].Key] || utf8.RuneCountInString(w) == 1 && isUpperWord(w)
}

// sentenceStart returns the offset of the first word of the sentence that
// starts at s, past opening quotes and brackets.
func sentenceStart(text string, s int) int {
	for s < len(text) {
		r, size := utf8.DecodeRuneInString(text[s:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		s += size
	}
	return s
}

// plausible applies the filters to the trimmed span [s, e) of c.
func (f *filter) plausible(c *candidate, s, e int) bool {
	text := f.d.Text[s:e]
	var words []string
	letters := 0
	for _, t := range gazetteer.Tokenize(text) {
		w := text[t.Start:t.End]
		if !isWord(w) {
			continue
		}
		words = append(words, t.Key)
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		switch {
		case connectors[t.Key]:
		case isDigits(w):
			return false // numbers, dates, "Article 5"
		case !startsUpper(w):
			return false // lower-case words are not part of a name
		}
	}
	if letters < 2 || len(words) == 0 || !startsUpper(text) {
		return false
	}
	if allIn(words, stopwords) || allIn(words, titles) || allIn(words, calendar) {
		return false
	}
	if calendar[words[0]] && len(words) == 1 {
		return false
	}
	if len(words) == 1 && (pronouns[words[0]] || f.writtenLower(words[0])) {
		return false
	}
	if f.overlaps(s, e) || knownPlace(text) {
		return false
	}
	for _, w := range words {
		if holidays[w] {
			return false
		}
	}
	if titles[words[len(words)-1]] && !connectors[words[len(words)-1]] {
		return false // an office ("General Counsel", "Madam Vice President")
	}
	if c.Type == "organisation" && !institutions[words[len(words)-1]] && afterCapitalAnd(f.d.Text, s) {
		return false // the second half of a name prose cut at "and" ("Health and Human Services")
	}
	if tailOfName(f.d.Text, s) {
		return false // the end of a longer name prose cut ("Minister of Foreign Affairs")
	}
	if placeHeads[words[len(words)-1]] || placeStarts[words[0]] {
		return false // a place, facility, event or document ("Tabqa Dam", "Camp David")
	}
	if c.Type == "person" && institutions[words[len(words)-1]] && len(words) > 1 {
		// prose labels most capitalised pairs PERSON; one that ends in an
		// organisation's head word ("Oxfam International") is one.
		c.Type = "organisation"
	}
	if c.Type == "person" {
		// "the" is not said before a person's name ("the Velvet Revolver").
		return f.personLike(text, words) && !placeContext(f.d.Text, s) && !determiners[wordBefore(f.d.Text, s)] && !caseName(f.d.Text, s)
	}
	if len(words) == 1 && textcase.Upper(text) < 2 {
		// One capitalised word labelled ORG is mostly a common noun of a
		// heading or a formal text ("Parties", "Allies", "Applause");
		// acronyms ("MIT") stay.
		return false
	}
	return !f.allWrittenLower(words)
}

// placeContext reports whether the word before offset s is a preposition or
// adjective of place ("near Tal Afar", "in northern Ayn Isa"), after which a
// capitalised name is a place rather than a person.
func placeContext(text string, s int) bool {
	return placeWords[wordBefore(text, s)]
}

// tailOfName reports whether the span at s continues the name of an office
// or body through "of", "for" or "on", perhaps with "the" ("Minister of
// Foreign Affairs", "State of the Union Address"); after a person's name it
// is a name of its own ("Maria Kowalczyk of Bramford Industries").
func tailOfName(text string, s int) bool {
	joined := false
	w, i := prevWord(text, s)
	for w == "of" || w == "for" || w == "on" || w == "the" {
		joined = joined || w != "the"
		w, i = prevWord(text, i)
	}
	return joined && i < len(text) && text[i] >= 'A' && text[i] <= 'Z' && (titles[w] || orgHeads[w] || institutions[w])
}

// caseName reports whether "v." or "vs." stands right before offset s: the
// party of a court case ("Roe v. Wade") is no person of the text.
func caseName(text string, s int) bool {
	t := strings.TrimRight(text[:s], " ")
	return strings.HasSuffix(t, " v.") || strings.HasSuffix(t, " vs.") || strings.HasSuffix(t, " v")
}

// afterCapitalAnd reports whether "and" after a capitalised word stands
// right before offset s.
func afterCapitalAnd(text string, s int) bool {
	w, i := prevWord(text, s)
	if w != "and" {
		return false
	}
	w, i = prevWord(text, i)
	return w != "" && text[i] >= 'A' && text[i] <= 'Z'
}

// prevWord returns the lower-cased ASCII word that ends right before offset
// s (past spaces only) and its start; "" when there is none.
func prevWord(text string, s int) (string, int) {
	i := s
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && (text[j-1] >= 'a' && text[j-1] <= 'z' || text[j-1] >= 'A' && text[j-1] <= 'Z') {
		j--
	}
	return strings.ToLower(text[j:i]), j
}

// wordBefore returns the lower-cased word right before offset s, if only
// spaces stand between them.
func wordBefore(text string, s int) string {
	w, _ := prevWord(text, s)
	return w
}

// commonSuffixes end nouns that are no part of a person's name.
var commonSuffixes = []string{"tion", "sion", "ment", "ness", "ism", "ship", "ology", "ics", "ities"}

// personLike applies the stricter tests for people: prose labels almost any
// capitalised pair PERSON. A name has no word the document writes in lower
// case and no word of an organisation's name, is not written in capitals
// alone (headings, speaker labels), and a single word is a given name or a
// short form of a person of the document (checked by identify, once the
// document's people are known).
func (f *filter) personLike(text string, words []string) bool {
	if isUpperWord(strings.Map(dropNonLetters, text)) {
		return false
	}
	for _, w := range words {
		if orgHeads[w] || !connectors[w] && f.writtenLower(w) {
			return false
		}
		for _, suf := range commonSuffixes {
			if strings.HasSuffix(w, suf) {
				return false
			}
		}
	}
	return true
}

// allWrittenLower reports whether the document writes every word of a name
// but its connectors in lower case too: capitalised common words
// ("Democratic Values", "Climate Change") rather than a name.
func (f *filter) allWrittenLower(words []string) bool {
	for _, w := range words {
		if !connectors[w] && !f.writtenLower(w) {
			return false
		}
	}
	return true
}

func dropNonLetters(r rune) rune {
	if unicode.IsLetter(r) {
		return r
	}
	return -1
}

// overlaps reports whether [s, e) overlaps a mention of an earlier stage.
func (f *filter) overlaps(s, e int) bool {
	ms := f.d.Mentions
	// Mentions are sorted by Start: find the first that starts at or after e,
	// then walk back while some earlier mention may still reach s.
	lo, hi := 0, len(ms)
	for lo < hi {
		m := (lo + hi) / 2
		if ms[m].Start < e {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo - 1; i >= 0 && f.maxEnd[i] > s; i-- {
		if ms[i].End > s {
			return true
		}
	}
	return false
}

// writtenLower reports whether the document writes the word of key in lower
// case somewhere.
func (f *filter) writtenLower(key string) bool {
	if f.lower == nil {
		f.lower = map[string]bool{}
		text := f.d.Text
		for _, t := range f.d.Words() {
			r, _ := utf8.DecodeRuneInString(text[t.Start:])
			if unicode.IsLower(r) {
				f.lower[t.Key] = true
			}
		}
	}
	return f.lower[key]
}

// knownPlace reports whether text as a whole is a country, demonym or region
// name that the countries or regions extractors know (they may have declined
// it in context; a statistical guess does not overrule them).
func knownPlace(text string) bool {
	for _, x := range []*extractors.Extractor{countries.Extractor, regions.Extractor} {
		d := &extractors.Doc{Text: text, Sentences: []extractors.Span{{Start: 0, End: len(text)}}}
		r, err := x.Run(d)
		if err != nil || r == nil {
			continue
		}
		for _, m := range r.Mentions {
			if m.Start == 0 && m.End == len(text) {
				return true
			}
		}
	}
	return false
}

func allIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if !set[w] && !connectors[w] {
			return false
		}
	}
	return true
}

func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isUpperWord(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isApostrophe(s string) bool { return s == "'" || s == "\u2019" }

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// connectors may stand lower-case inside a name ("Ministry of Defence",
// "Bill and Melinda Gates Foundation", "Ludwig van Beethoven").
var connectors = set("of", "and", "for", "the", "on", "in", "to", "at", "de", "du", "des", "la", "le", "del", "della", "der", "den", "van", "von", "da", "di", "bin", "al", "el", "y")

// stopwords are function and common sentence-opening words: a span of them
// alone is no name, and one that starts the sentence is trimmed off.
var stopwords = set("a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "if", "when", "while", "as", "at", "by", "for", "from", "in", "into", "of", "on", "to", "with", "without", "after", "before", "since", "during", "under", "over", "about", "against", "between", "through", "also", "however", "meanwhile", "moreover", "furthermore", "today", "yesterday", "tomorrow", "now", "then", "there", "here", "yes", "no", "not", "all", "both", "each", "every", "some", "many", "most", "other", "such", "so", "thus", "our", "their", "its", "his", "her", "my", "your", "while", "although", "though", "because", "where", "what", "which", "who", "whom", "whose", "why", "how", "let", "please", "thank", "thanks", "dear", "mr", "mrs", "ms", "dr", "sir", "madam", "ladies", "gentlemen", "good", "morning", "afternoon", "evening", "last", "next", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should")

// pronouns are never names.
var pronouns = set("i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them", "our", "ours", "your", "yours", "his", "hers", "its", "their", "theirs", "myself", "ourselves", "yourself", "himself", "herself", "itself", "themselves")

// titles name an office, not its holder: alone they are no person, and before
// a person's name they are trimmed (the persons extractor keeps them as the
// mention's role).
var titles = set("president", "madam", "counsel", "dean", "adviser", "advisers", "leader", "leaders", "secretaries", "directors", "officials", "official", "vice", "prime", "minister", "secretary", "general", "deputy", "chairman", "chairwoman", "chair", "chancellor", "king", "queen", "prince", "princess", "emperor", "premier", "governor", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "ambassador", "ambassadors", "ministers", "presidents", "speaker", "leader", "mayor", "director", "chief", "commander", "admiral", "gen", "lt", "col", "colonel", "major", "captain", "sergeant", "lieutenant", "judge", "justice", "pope", "sheikh", "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "professor", "prof", "foreign", "defense", "defence", "state", "former", "acting", "spokesman", "spokeswoman", "spokesperson", "envoy", "special", "assistant", "adviser", "advisor", "national", "security", "high", "representative", "commissioner", "executive", "officer", "ceo", "first", "his", "her", "majesty", "highness", "excellency")

// holidays name days, not entities.
var holidays = set("holiday", "holidays", "kippur", "hashanah", "ramadan", "eid", "hanukkah", "diwali", "thanksgiving", "passover", "lent", "advent", "juneteenth")

// calendar words name dates, not entities.
var calendar = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow", "christmas", "easter")

// abbrevs end in a full stop that belongs to the name.
var abbrevs = set("inc", "co", "corp", "ltd", "jr", "sr", "bros", "st", "plc", "llc")

// mayName reports whether sentence s holds a word a kept mention could
// start with: a capitalised word outside every earlier mention, other than
// a first word that trim or plausible would drop (a stop word, or a word the
// document writes in lower case). Every kept span starts with such a word,
// and a dropped candidate neither votes nor names a person, so skipping the
// other sentences changes nothing. words are the document's words from
// this sentence on; the rest after it is returned.
func (f *filter) mayName(s extractors.Span, words []gazetteer.Token) (bool, []gazetteer.Token) {
	text := f.d.Text
	for len(words) > 0 && words[0].Start < s.Start {
		words = words[1:]
	}
	first, found := true, false
	for len(words) > 0 && words[0].Start < s.End {
		t := words[0]
		words = words[1:]
		if found || !isWord(text[t.Start:t.End]) {
			continue
		}
		isFirst := first
		first = false
		if !startsUpper(text[t.Start:t.End]) || f.overlaps(t.Start, t.End) {
			continue
		}
		if isFirst && (stopwords[t.Key] || f.writtenLower(t.Key)) {
			continue
		}
		found = true
	}
	return found, words
}

// placeHeads end the names of places, facilities, events and documents,
// which are neither organisations nor people.
var placeHeads = set("summit", "summits", "dam", "barrage", "island", "islands", "mountain", "mountains", "village", "municipality", "county", "airfield", "base", "fort", "camp", "bay", "lake", "lakes", "river", "brook", "creek", "pond", "reservoir", "street", "road", "highway", "avenue", "dock", "bridge", "canal", "statement", "sheet", "declaration", "goals", "meeting", "conference", "strategy", "initiative", "act", "city", "town", "province", "district", "valley", "hill", "hills", "coast", "sea", "ocean", "gulf", "peninsula", "oval", "stadium", "airport", "square", "war", "operation", "day", "week", "year", "award", "awards", "prize", "cup", "championship", "festival", "album", "song", "film", "book", "park", "station", "railroad", "railway", "gym", "pavilion", "hall", "mall", "tower", "field", "fields", "theatre", "theater", "complex")

// placeStarts begin the names of places, operations, storms and ships.
var placeStarts = set("camp", "fort", "lake", "lakes", "mount", "mt", "port", "cape", "operation", "typhoon", "hurricane", "cyclone", "uss", "hms", "hmas", "hmcs", "fs", "kreis", "los", "las", "san", "santa", "sao", "nueva", "nuevo", "nova", "novo", "old")

// determiners before a capitalised name make it no person.
var determiners = set("the", "a", "an", "this", "that", "these", "those")

// placeWords before a capitalised name make it a place.
var placeWords = set("near", "in", "at", "outside", "inside", "into", "around", "across", "toward", "towards", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern")

// institutions end organisations' names only ("Oxfam International"):
// prose's PERSON label on a span ending in one is taken as ORG.
var institutions = set("company", "corporation", "corp", "inc", "ltd", "llc", "plc", "bank", "fund", "foundation", "association", "society", "union", "party", "league", "club", "federation", "institute", "university", "college", "school", "academy", "museum", "ministry", "department", "office", "agency", "commission", "authority", "council", "committee", "group", "international", "press", "times", "news", "post", "records", "orchestra", "lines", "airlines", "transport", "industries", "holdings", "partners", "trust")

// orgHeads end organisations' names: a span holding one is not a person.
var orgHeads = set("transit", "team", "committee", "council", "partnership", "center", "centre", "hospital", "university", "college", "school", "institute", "academy", "museum", "library", "church", "mosque", "temple", "orchestra", "band", "radio", "records", "press", "times", "news", "group", "company", "corporation", "inc", "ltd", "bank", "fund", "foundation", "association", "society", "union", "party", "league", "club", "federation", "army", "navy", "force", "forces", "corps", "command", "marines", "airmen", "soldiers", "troops", "players", "battalion", "brigade", "division", "regiment", "ministry", "department", "office", "agency", "service", "administration", "government", "court", "assembly", "parliament", "congress", "senate", "commission", "authority", "board", "network", "alliance", "coalition", "store", "shop", "lounge", "community", "security", "development", "cooperation", "economic", "global", "international", "national", "world")
