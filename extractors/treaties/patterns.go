package treaties

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/internal/textcase"
)

// heads maps a head word (lower case) to the kind of instrument it names.
var heads = map[string]string{
	"treaty": "treaty", "treaties": "treaty",
	"convention": "convention", "conventions": "convention",
	"agreement": "agreement", "agreements": "agreement",
	"accord": "accord", "accords": "accord",
	"protocol": "protocol", "protocols": "protocol",
	"declaration": "declaration", "declarations": "declaration",
	"charter":    "charter",
	"memorandum": "memorandum", "memoranda": "memorandum",
	"communiqué": "communique", "communique": "communique",
	"communiqués": "communique", "communiques": "communique",
	"pact": "pact", "statute": "statute",
	"covenant": "covenant", "covenants": "covenant",
	// Named legislation is a legal instrument too ("Defense Production
	// Act"); it takes no complement ("Act of Congress" is not a name).
	"act": "act",
	// A statement is an instrument when it is cited ("the 2023
	// Japan-Philippines Joint Statement"), not when it heads a line: a title
	// line names the document itself ("Joint Leaders Statement on AUKUS").
	"statement": "statement",
	// Guidelines need a "for/on" complement ("Guidelines for the Quad
	// Partnership on HADR", "Dietary Guidelines for Americans"); an acronym
	// before them names who issued them ("COPUOS Guidelines for …").
	"guidelines": "guidelines",
}

// generic words do not make a name: "the Joint Declaration", "a Memorandum of
// Cooperation" and "the Peace Agreement" refer to an instrument without
// naming it.
var generic = set("joint", "leaders", "leader", "vision", "final", "common",
	"bilateral", "trilateral", "multilateral", "new", "draft", "interim",
	"cooperation", "understanding", "parties", "party", "members", "member",
	"summit", "ministerial", "chair", "peace", "trade", "free", "security",
	"framework", "partnership", "present", "said", "above", "relevant",
	"international", "global", "historic", "landmark", "original", "principal",
	"state", "states", "signatory", "signatories", "contracting", "high",
	"presidential", "proposed", "national", "emergency", "disaster", "major",
	"press", "opening", "closing", "chairman", "chairs", "environmental",
	"impact", "chief", "office", "deputy", "director", "intent", "expedited")

// stop words are capitalised at a sentence start or in a title, but never
// begin an instrument's name.
var stop = set("the", "this", "that", "these", "those", "a", "an", "our",
	"their", "its", "his", "her", "my", "your", "we", "they", "he", "she", "it",
	"i", "under", "with", "without", "in", "on", "at", "by", "for", "from",
	"through", "since", "after", "before", "both", "each", "every", "any",
	"all", "and", "but", "or", "as", "if", "while", "when", "to", "of", "per",
	"via", "also", "such", "signed", "ratified", "today", "yesterday",
	"pursuant", "following", "including", "like", "unlike", "upon", "against",
	"within", "between", "among", "regarding", "concerning", "not", "no",
	"article", "articles", "section", "chapter", "annex", "part", "paragraph",
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "whereas", "recalling",
	"reaffirming", "noting", "welcoming", "recognizing", "recognising",
	"affirming", "consistent", "accordance", "respect", "support", "implement",
	"implementing", "see")

// function words never end a complement, even capitalised in a title.
var function = set("the", "this", "that", "these", "those", "a", "an", "our",
	"their", "its", "his", "her", "my", "your", "and", "or", "of", "to", "in",
	"on", "for", "with", "by", "at", "from", "between", "among", "against",
	"under")

// provisionWords end a complement: "… Under Section 4" cites a part.
var provisionWords = set("section", "article", "chapter", "title", "part", "paragraph", "annex")

// leftJoin may join capitalised words before a head, in either case
// ("Conventional Forces in Europe Treaty", "Violence Against Women Act",
// "Freedom to Vote Act").
var leftJoin = set("in", "of", "to", "against")

// actJoin may also join words before "Act" ("CHIPS and Science Act", "CHIPS
// for America Act"), where law names often have them.
var actJoin = set("and", "for")

// months end a complement: "Presidential Memorandum of April 5" is dated, not
// named.
var months = set("january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// rightOpen may open a complement after a head ("Treaty of Amity").
var rightOpen = set("of", "on", "for", "between", "concerning", "against",
	"regarding", "relating", "establishing", "among")

// partyNouns may name parties in lower case after "between"/"among" ("the
// government of Japan", "the governments of").
var partyNouns = set("government", "governments")

// rightJoin may join capitalised words inside the complement.
var rightJoin = set("of", "the", "and", "in", "on", "for", "to", "with",
	"against", "between", "concerning", "relating", "regarding", "among")

// notAfter: a capitalised word here after the name makes the whole an
// organisation ("North Atlantic Treaty Organization").
var notAfter = set("organization", "organisation", "organizations", "organisations")

// venueAfter: a capitalised word here after a convention makes it a place
// ("Los Angeles Convention Center").
var venueAfter = set("center", "centre", "hall", "complex", "city")

// pluralHeads name a class of instruments when only modifiers precede them
// ("Project Labor Agreements", "Donation Acceptance Agreements"); the
// well-known plural names ("Minsk agreements", "Geneva Conventions") are in
// the gazetteer, and "Accords" is nearly always a name ("Abraham Accords").
var pluralHeads = set("treaties", "conventions", "agreements", "protocols",
	"declarations", "memoranda", "communiqués", "communiques", "covenants")

// maxLeft bounds the capitalised words before a head; a longer run is a
// title-case heading, of which only the words after its last connector are
// kept ("… Travel Bans and International Emergency Economic Powers Act").
const maxLeft = 6

// disasterWords before "Declaration" make it a declaration of emergency.
var disasterWords = set("disaster", "emergency")

// partyConvention: "Democratic National Convention" is a meeting.
var partyConvention = set("national", "constitutional", "republican", "democratic", "party")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func capitalised(w word) bool { return w.capital }

// patternMentions finds instruments by their head word.
func patternMentions(text string, ws []word) []extractors.Mention {
	var out []extractors.Mention
	for i, w := range ws {
		if !capitalised(w) { // most words: no map lookup
			continue
		}
		kind, ok := heads[w.lower]
		if !ok || adjacent(ws, i) && heads[ws[i+1].lower] != "" && capitalised(ws[i+1]) && acronymHead(text, ws, i, i+1) {
			continue // "PACT" in "PACT Act" is the act's acronym
		}
		first, nameWords := leftModifiers(text, ws, i, kind)
		last, more := i, 0
		if kind != "act" {
			last, more = rightComplement(text, ws, i)
		}
		if kind == "guidelines" {
			first, nameWords = issuerCut(text, ws, first, i)
			if !adjacent(ws, i) || ws[i+1].lower != "for" && ws[i+1].lower != "on" {
				continue
			}
		}
		nameWords += more
		if nameWords == 0 {
			continue
		}
		if kind == "convention" && (anyIn(ws[first:i], partyConvention) || adjacent(ws, last) && venueAfter[ws[last+1].lower]) {
			continue
		}
		if pluralHeads[w.lower] && last == i {
			continue
		}
		if kind == "declaration" && anyIn(ws[first:i], disasterWords) {
			continue // "Major Disaster Declaration for …": an act of government, not an instrument
		}
		if followedByOrg(ws, last) {
			continue
		}
		start, end := ws[first].start, ws[last].end
		if kind == "statement" && (lineStart(text, start) || heading(text, start) || bySomeone(ws, i)) {
			continue
		}
		id := "treaty:" + Slug(text[start:end])
		if kind == "act" {
			end = yearSuffix(text, end) // "Trade Act of 1974": same law as "Trade Act"
		}
		out = append(out, extractors.Mention{
			Start: start, End: end, Type: "treaty", Kind: kind,
			Name: text[start:end], Entity: id,
			Priority: PatternPriority,
		})
	}
	return out
}

// yearSuffix returns the end of " of 1974" right after a law's name at end
// (spaces, "of", spaces, a year from 1600 to 2099 as a whole word), or end.
func yearSuffix(text string, end int) int {
	i := end
	sp := func() bool {
		j := i
		for i < len(text) && (text[i] == ' ' || text[i] == '\n' && (i+1 >= len(text) || text[i+1] != '\n')) {
			i++
		}
		return i > j
	}
	if !sp() || !strings.HasPrefix(text[i:], "of") {
		return end
	}
	i += len("of")
	if !sp() || i+4 > len(text) {
		return end
	}
	y := text[i : i+4]
	for k := 0; k < 4; k++ {
		if y[k] < '0' || y[k] > '9' {
			return end
		}
	}
	if y < "1600" || y > "2099" || (i+4 < len(text) && isWordByte(text[i+4])) {
		return end
	}
	return i + 4
}

func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// leftModifiers walks back from the head over capitalised words (and
// leftJoin words between them, except before a statement; also actJoin
// words before an act) and returns
// the first word of the name and how many non-generic words it has.
func leftModifiers(text string, ws []word, head int, kind string) (first, nameWords int) {
	act := kind == "act"
	first = head
	words, joined := 0, -1 // name words so far; first name word after the nearest connector
	for k := head - 1; k >= 0 && adjacent(ws, k); k-- {
		w := ws[k]
		if kind != "statement" && (leftJoin[w.lower] || act && actJoin[w.lower] && !capitalised(w)) {
			if k == head-1 {
				break // "Congress to Act": a connector right before the head joins nothing
			}
			if joined < 0 {
				joined = first
			}
			continue
		}
		if !capitalised(w) || stop[w.lower] || heads[w.lower] != "" && !acronymHead(text, ws, k, head) {
			break
		}
		first = k
		words++
	}
	if words > maxLeft && joined >= 0 {
		first = joined
	}
	for k := first; k < head; k++ {
		if capitalised(ws[k]) && !leftJoin[ws[k].lower] && !generic[ws[k].lower] {
			nameWords++
		}
	}
	return first, nameWords
}

// issuerCut drops the words before a head up to its last acronym (an
// issuer: "COPUOS Guidelines for …") and counts the non-generic name words
// left.
func issuerCut(text string, ws []word, first, head int) (int, int) {
	for k := head - 1; k >= first; k-- {
		if textcase.AllCaps(ws[k].str(text)) {
			first = k + 1
			break
		}
	}
	n := 0
	for k := first; k < head; k++ {
		if capitalised(ws[k]) && !leftJoin[ws[k].lower] && !generic[ws[k].lower] {
			n++
		}
	}
	return first, n
}

// acronymHead reports a head word in capitals before a head that is not
// ("PACT Act", "CHIPS … Act"): an acronym in the name, not a second head.
func acronymHead(text string, ws []word, k, head int) bool {
	w := ws[k].str(text)
	return len(w) > 1 && textcase.AllCaps(w) && !textcase.AllCaps(ws[head].str(text))
}

// rightComplement reads "of Amity and Cooperation in Southeast Asia" after a
// head and returns the last word of the name and how many non-generic
// capitalised words the complement has. A second instrument joined by "and"
// ("… of the Sea and the Paris Agreement") is cut off.
func rightComplement(text string, ws []word, head int) (last, nameWords int) {
	last = head
	if !adjacent(ws, head) || !rightOpen[ws[head+1].lower] {
		return last, 0
	}
	if heads[ws[head].lower] == "memorandum" && ws[head+1].lower == "for" {
		return last, 0 // "MEMORANDUM FOR THE SECRETARY OF STATE": an addressee
	}
	lastAnd, parties, partiesAnd := -1, false, false
	for k := head + 1; k < len(ws); k++ {
		w := ws[k]
		if w.lower == "between" || w.lower == "among" {
			parties, partiesAnd = true, false
		}
		partiesAnd = partiesAnd || parties && w.lower == "and"
		if k == head+1 {
			continue
		}
		switch {
		case heads[w.lower] != "" && capitalised(w):
			// Another instrument: stop before the "and" that joins it.
			return cutTo(ws, head, lastAnd)
		case months[w.lower] || provisionWords[w.lower]:
			return cutTo(ws, head, k)
		case w.lower == "the" && lastAnd == k-1 && !parties:
			// "Declaration of Independence and the Constitution": a second
			// thing, unless "between" named parties before.
			return cutTo(ws, head, lastAnd)
		case nameWord(w) && !function[w.lower]:
		case parties && partyNouns[w.lower]:
			// "… between the government of Japan and Ukraine": parties
			// named by their governments, in either case.
		case w.lower == "and":
			lastAnd = k
		case w.lower == "at" && adjacent(ws, k) && capitalised(ws[k+1]) && ws[k+1].lower != "the":
			// "… Collisions at Sea", "… Rights at Work"; not "… at the
			// Summit", where the instrument was adopted.
		case rightJoin[w.lower], ordinal(w.lower):
			// "Joint Communiqué of the 56th ASEAN Foreign Ministers’ Meeting"
		default:
			return cutTo(ws, head, k)
		}
		if !adjacent(ws, k) && !partyListGoesOn(text, ws, k, parties, partiesAnd) {
			return cutTo(ws, head, k+1)
		}
	}
	return cutTo(ws, head, len(ws))
}

// partyListGoesOn reports a comma after word k that continues a list of
// parties ("between Japan, the Philippines and Viet Nam", "among the
// Government of Australia, the Government of the United Kingdom of Great
// Britain and Northern Ireland, and the Government of …"): before the list's
// "and", a capitalised word or "the" follows; ", and" always goes on.
func partyListGoesOn(text string, ws []word, k int, parties, partiesAnd bool) bool {
	if !parties || k+1 >= len(ws) || strings.TrimRight(text[ws[k].end:ws[k+1].start], " \n") != "," ||
		strings.Count(text[ws[k].end:ws[k+1].start], "\n") > 1 {
		return false
	}
	next := ws[k+1]
	return next.lower == "and" || !partiesAnd && (next.lower == "the" || capitalised(next) && !stop[next.lower])
}

// cutTo reads the complement of head up to (not including) word limit and
// returns its last name word and how many non-generic name words it has.
// limit -1 drops the complement. "between"/"among" name parties, so what
// follows them needs two joined by "and" ("Treaty Between the United States
// and the Republic of Korea", not "Memorandum of Cooperation between Quad
// countries"); without one the complement ends before "between".
func cutTo(ws []word, head, limit int) (last, nameWords int) {
	between, andAfter := -1, false
	for k := head + 1; k < limit; k++ {
		switch ws[k].lower {
		case "between", "among":
			between, andAfter = k, false
		case "and":
			andAfter = true
		}
	}
	if between >= 0 && !andAfter {
		limit = between
	}
	last = head
	for k := head + 2; k < limit; k++ {
		if w := ws[k]; nameWord(w) && !function[w.lower] {
			last = k
			if !generic[w.lower] {
				nameWords++
			}
		}
	}
	return last, nameWords
}

// nameWord is a word that can be part of a name: capitalised, or a number
// with letters ("5G").
func nameWord(w word) bool { return w.nameLike }

// ordinal reports a number with an ordinal suffix ("56th", "2nd").
func ordinal(w string) bool {
	n := 0
	for n < len(w) && '0' <= w[n] && w[n] <= '9' {
		n++
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return n > 0
	}
	return false
}

// speakerTitles after "Statement of/by" make it a person's statement ("Statement
// of President Biden on …"), not an instrument.
var speakerTitles = set("president", "vice", "secretary", "prime", "minister",
	"press", "first", "ambassador", "national", "senator", "governor")

func bySomeone(ws []word, head int) bool {
	if !adjacent(ws, head) || !adjacent(ws, head+1) || ws[head+1].lower != "of" && ws[head+1].lower != "by" {
		return false
	}
	k := head + 2
	if ws[k].lower == "the" && adjacent(ws, k) {
		k++
	}
	return speakerTitles[ws[k].lower]
}

// heading reports that i lies on a short line without closing punctuation:
// a title or heading, which names the document or section it heads ("The
// Spirit of Camp David: Joint Statement of Japan, …").
func heading(text string, i int) bool {
	a := strings.LastIndexByte(text[:i], '\n') + 1
	b := strings.IndexByte(text[i:], '\n')
	if b < 0 {
		b = len(text)
	} else {
		b += i
	}
	line := strings.TrimSpace(text[a:b])
	if len(strings.Fields(line)) > 30 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".!?;:,\"”’)", r)
}

// lineStart reports that only spaces precede i on its line.
func lineStart(text string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if r == '\n' {
			return true
		}
		if !unicode.IsSpace(r) {
			return false
		}
		i -= size
	}
	return true
}

func anyIn(ws []word, s map[string]bool) bool {
	for _, w := range ws {
		if s[w.lower] {
			return true
		}
	}
	return false
}

// followedByOrg reports "Organization" right after word last.
func followedByOrg(ws []word, last int) bool {
	return adjacent(ws, last) && notAfter[ws[last+1].lower] && capitalised(ws[last+1])
}

// resolutionRE finds UN resolutions: an organ ("UN Security Council",
// "UNSC", "General Assembly") then "Resolution" and a number, "UNSCR 2254",
// a bare "Resolution 2254", or a document symbol, alone or after any of these
// ("S/RES/2735", "UNSCR S/RES/2735", "UNGA resolution A/RES/77/248"). Group
// names: organ, acr (UNSC/UNGA/UNHRC), scr (UNSCR), bare, num, sym. Plural resolutions without a number are found only after an
// organ ("U.N. Security Council Resolutions").
var resolutionRE = regexp.MustCompile(`(?:(?:(?:UN|U\.N\.|United Nations)\s+)?(?P<organ>Security Council|General Assembly|Human Rights Council)\s+(?:[Rr]esolutions?)|(?P<acr>UNSC|UNGA|UNHRC)\s+[Rr]esolutions?|(?P<scr>UNSCRs?)|(?P<bare>Resolutions?|resolutions?))(?:\s+(?P<num>` + resSymbol + `|\d{1,3}/\d{1,4}|\d{2,5})\b)?|\b(?P<sym>` + resSymbol + `)\b`)

// resSymbol is a UN document symbol of a resolution: "S/RES/2735",
// "A/RES/77/248", "A/HRC/RES/52/1".
const resSymbol = `S/RES/\d{1,5}|A/RES/\d{1,3}/\d{1,4}|A/HRC/RES/\d{1,3}/\d{1,4}`

// resolutionMentions finds UN resolutions. A bare "Resolution 2254" takes
// the organ of a prefixed resolution with that number in the document, or
// else the Security Council's, which policy texts cite most.
func resolutionMentions(text string) []extractors.Mention {
	var out []extractors.Mention
	idx := resolutionRE.SubexpIndex
	organOf := map[string]string{}
	type hit struct {
		start, end  int
		organ, num  string
		bare, lower bool
	}
	var hits []hit
	for _, m := range resolutionMatches(text) {
		get := func(name string) string {
			g := idx(name)
			if m[2*g] < 0 {
				return ""
			}
			return text[m[2*g]:m[2*g+1]]
		}
		h := hit{start: m[0], end: m[1], num: get("num")}
		if sym := get("sym"); sym != "" {
			h.num = sym
		}
		symOrgan := ""
		h.num, symOrgan = symbolNumber(h.num)
		switch organ, acr := get("organ"), get("acr"); {
		case symOrgan != "":
			h.organ = symOrgan
		case organ != "":
			h.organ = organ
		case acr == "UNGA":
			h.organ = "General Assembly"
		case acr == "UNHRC":
			h.organ = "Human Rights Council"
		case acr != "" || get("scr") != "":
			h.organ = "Security Council"
		default:
			h.bare = true
			h.lower = strings.HasPrefix(get("bare"), "r")
		}
		matched := text[h.start:h.end]
		switch {
		case h.num == "" && (h.organ != "Security Council" || !(strings.Contains(matched, "Resolutions") || strings.Contains(matched, "UNSCRs"))):
			continue // "the resolution", "a Security Council resolution"
		case h.bare && h.lower && len(h.num) < 3:
			continue
		}
		if h.bare && congressBefore(text, h.start) {
			continue // "Senate Joint Resolution 115": a resolution of a legislature
		}
		if !h.bare && h.num != "" {
			organOf[h.num] = h.organ
		}
		hits = append(hits, h)
	}
	for _, h := range hits {
		if h.bare {
			h.organ = organOf[h.num]
			if h.organ == "" {
				h.organ = "Security Council"
			}
		}
		slug, name := resolutionID(h.organ, h.num)
		out = append(out, extractors.Mention{
			Start: h.start, End: h.end, Type: "treaty", Kind: "resolution",
			Entity: "treaty:" + slug, Name: name, Priority: PatternPriority,
		})
	}
	return out
}

// resolutionMatches runs resolutionRE only around the words it needs
// ("esolution", "UNSCR", "/RES/"): the expression has no literal prefix, so running it
// over a whole document would try it at every byte.
func resolutionMatches(text string) [][]int {
	var out [][]int
	keys := keyIndex{keys: []string{"esolution", "UNSCR", "/RES/"}, skip: []int{3, 0, 0}}
	next := 0 // matches must start at or after the end of the previous one
	for off := 0; off < len(text); {
		p := keys.next(text, off)
		if p < 0 {
			break
		}
		lo, hi := resolutionWindow(text, p, next)
		out, next = keepAround(out, resolutionFindAll(text[lo:hi]), lo, p, next)
		off = max(p+1, next)
	}
	return out
}

// resolutionWindow returns the window of text searched around a keyword at
// p: from a space about 50 bytes back, so that an organ prefix ("United
// Nations Security Council ") is whole, but not before next, to about 40
// bytes on.
func resolutionWindow(text string, p, next int) (lo, hi int) {
	lo = max(0, p-50)
	if sp := strings.IndexByte(text[lo:p], ' '); sp >= 0 && lo > 0 {
		lo += sp + 1
	}
	lo = max(lo, next)
	hi = min(len(text), p+40)
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	return lo, hi
}

// keepAround appends to out the matches of the window at lo that contain
// the keyword at p, as text offsets, and returns the new end of the last.
func keepAround(out, ms [][]int, lo, p, next int) ([][]int, int) {
	for _, m := range ms {
		if lo+m[1] <= p || lo+m[0] > p {
			continue // a match that does not contain this keyword
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += lo
			}
		}
		out = append(out, m)
		next = m[1]
	}
	return out, next
}

// keyIndex finds the next occurrence of any of its keys, remembering where
// each key occurs next so that a key absent from the rest of the text is not
// searched for again at every step.
type keyIndex struct {
	keys []string
	skip []int // bytes of each key to search for only by its rest (indexFrom)
	at   []int // next occurrence of keys[k] at or after from[k]; -1: none
	from []int
}

// next returns the first index at or after off of any key, or -1.
func (ki *keyIndex) next(text string, off int) int {
	if ki.at == nil {
		ki.at = make([]int, len(ki.keys))
		ki.from = make([]int, len(ki.keys))
		for k := range ki.keys {
			ki.from[k] = -1
		}
	}
	best := -1
	for k, key := range ki.keys {
		if ki.from[k] < 0 || ki.at[k] >= 0 && ki.at[k] < off {
			ki.from[k] = off
			ki.at[k] = indexFrom(text, off, key, ki.skip[k])
		}
		if i := ki.at[k]; i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// indexFrom returns the first index at or after off of key in text, or -1.
// The key is searched by its tail from byte skip on, which strings.Index
// finds faster when it starts with a rarer letter ("lution" for
// "esolution"), and its head checked at each find.
func indexFrom(text string, off int, key string, skip int) int {
	head, tail := key[:skip], key[skip:]
	for from := off + skip; from <= len(text); {
		q := strings.Index(text[from:], tail)
		if q < 0 {
			return -1
		}
		q += from
		if text[q-skip:q] == head {
			return q - skip
		}
		from = q + 1
	}
	return -1
}

// resolutionAt is resolutionRE anchored at the start of its input.
var resolutionAt = regexp.MustCompile(`^(?:` + resolutionRE.String() + `)`)

// resolutionFindAll is resolutionRE.FindAllStringSubmatchIndex(s, -1),
// trying the expression only where a match can begin (see resolutionStart)
// instead of at every byte.
func resolutionFindAll(s string) [][]int {
	var out [][]int
	sym := resolutionRE.SubexpIndex("sym")
	for i := 0; i < len(s); i++ {
		if !resolutionStart(s, i) {
			continue
		}
		m := resolutionAt.FindStringSubmatchIndex(s[i:])
		if m == nil {
			continue
		}
		if m[2*sym] >= 0 && i > 0 && isASCIIWord(s[i-1]) {
			continue // the symbol's \b fails after a word character
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		i = m[1] - 1 // matches do not overlap; none is empty
	}
	return out
}

// resolutionStart reports whether a match of resolutionRE can begin at
// s[i:]: each alternative of the expression begins with one of these
// literals.
func resolutionStart(s string, i int) bool {
	r := s[i:]
	switch s[i] {
	case 'R', 'r':
		return strings.HasPrefix(r[1:], "esolution")
	case 'U':
		return strings.HasPrefix(r, "UN") || strings.HasPrefix(r, "U.N.") || strings.HasPrefix(r, "United Nations")
	case 'S':
		return strings.HasPrefix(r, "Security Council") || strings.HasPrefix(r, "S/RES/")
	case 'G':
		return strings.HasPrefix(r, "General Assembly")
	case 'H':
		return strings.HasPrefix(r, "Human Rights Council")
	case 'A':
		return strings.HasPrefix(r, "A/RES/") || strings.HasPrefix(r, "A/HRC/RES/")
	}
	return false
}

// isASCIIWord reports a byte of \w, the word characters of regexp's \b.
func isASCIIWord(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b == '_'
}

var congressRE = regexp.MustCompile(`(?:Senate|House|Joint|Concurrent|Assembly|Parliament|Parliamentary)\s+$`)

// congressBefore reports a legislature's word right before a bare
// "Resolution".
func congressBefore(text string, i int) bool {
	return congressRE.MatchString(text[max(0, i-20):i])
}

// symbolNumber reads a document symbol ("S/RES/2735", "A/RES/77/248") as
// the resolution's number ("2735", "77/248") and organ; other numbers are
// returned as they are, with no organ.
func symbolNumber(num string) (string, string) {
	switch {
	case strings.HasPrefix(num, "S/RES/"):
		return num[len("S/RES/"):], "Security Council"
	case strings.HasPrefix(num, "A/RES/"):
		return num[len("A/RES/"):], "General Assembly"
	case strings.HasPrefix(num, "A/HRC/RES/"):
		return num[len("A/HRC/RES/"):], "Human Rights Council"
	}
	return num, ""
}

func resolutionID(organ, num string) (slug, name string) {
	if num == "" {
		return "unscrs", "UN Security Council resolutions"
	}
	switch organ {
	case "General Assembly":
		return Slug("unga resolution " + strings.ReplaceAll(num, "/", " ")), "UN General Assembly Resolution " + num
	case "Human Rights Council":
		return Slug("hrc resolution " + num), "UN Human Rights Council Resolution " + num
	}
	return "unscr-" + num, "UN Security Council Resolution " + num
}
