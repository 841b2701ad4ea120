package organisations

import (
	"strings"

	"github.com/polexhq/polex/extractors"
)

// heads are the nouns that end (or, with "of ...", begin) organisation
// names, with the kind a name built on them most likely has.
var heads = map[string]string{
	"institute": "think tank", "institution": "think tank", "endowment": "think tank",
	"foundation": "NGO", "society": "NGO", "trust": "NGO",
	"ministry": "government", "department": "government", "agency": "government",
	"office": "government", "bureau": "government", "administration": "government",
	"directorate": "government", "secretariat": "government", "government": "government",
	"parliament": "government", "senate": "government", "cabinet": "government",
	"embassy": "government", "consulate": "government",
	"police": "government", "authority": "government", "commission": "government",
	"assembly": "government", "congress": "government",
	"forces": "military", "force": "military", "army": "military", "navy": "military",
	"guard": "military", "corps": "military", "command": "military", "brigade": "military",
	"brigades": "military", "battalion": "military", "regiment": "military",
	"division": "military", "wing": "military", "squadron": "military", "fleet": "military",
	"marines":     "military",
	"party":       "party",
	"corporation": "company", "corp": "company", "inc": "company", "ltd": "company",
	"llc": "company", "plc": "company", "company": "company", "industries": "company",
	"records": "company", "recordings": "company", "studios": "company", "entertainment": "company",
	"pictures": "company", "motors": "company", "broadcasting": "company",
	"media": "company", "publishing": "company",
	"club": "other", "fc": "other", "hospital": "other",
	"holdings": "company", "airlines": "company", "airways": "company",
	"council": "other", "committee": "other", "board": "other", "court": "other",
	"tribunal": "other", "bank": "other", "fund": "other", "organization": "other",
	"organisation": "other", "association": "other", "centers": "other", "centres": "other", "union": "other", "federation": "other",
	"league": "other", "movement": "other", "front": "other", "service": "other",
	"services": "other", "center": "other", "centre": "other", "group": "other",
	"alliance": "other", "coalition": "other", "dialogue": "intergovernmental", "university": "other", "college": "other",
	"academy": "other", "school": "other", "laboratory": "other", "laboratories": "other",
	"network": "other", "friends": "other", "forum": "other", "caucus": "other", "consortium": "other", "panel": "other",
}

// legalSuffix ends a company's full name.
var legalSuffix = toSet("inc ltd llc plc corp corporation")

// numbered heads may carry a number: "Combined Task Force 150".
var numbered = toSet("force group fleet wing squadron division brigade")

// ofOnly heads name an organisation only with a complement ("of ...",
// "on ..."): "Government of Iraq", not "the Biden Government"; "Friends of
// the Mekong", not "our Quad Friends"; "UN Panel of Experts", not "the
// Expert Panel".
var ofOnly = map[string]bool{"government": true, "friends": true, "panel": true}

// stop words never start or extend a name: determiners, pronouns, titles
// (which belong to persons), calendar words and sentence adverbs.
var stop = toSet(`the a an this that these those our their its his her my your we they it
each every both all any some such other another many several most more no not either neither aboard
in on at for as by with from to into of and or but if when while after before since during
under over through between among against about within without upon
today yesterday tomorrow meanwhile however also additionally furthermore moreover finally
last next then now here there recently currently earlier later
what which who whom whose where why how yes thank thanks please let
president vice prime minister secretary deputy chairman chairwoman chair director
ambassador spokesperson spokesman spokeswoman commander chief representative senator
congressman congresswoman governor mayor mr mrs ms dr king queen prince princess crown
admiral gen col colonel lt lieutenant sgt sergeant capt captain
officials leaders members member staff
contracting high
i'm i’m i've i’ve i'll i’ll i'd i’d we're we’re we've we’ve you're you’re they're they’re
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
fact sheet statement remarks joint readout`)

// modifiee: nouns a name before them only modifies.
var modifiee = toSet(`act treaty agreement accord convention program programme initiative strategy
summit award awards prize building auditorium report plan fellowship fellows scholarship loan
post meeting meetings conference relations day week month year bill law resolution declaration
statement game stadium hall museum library airport station base field road street avenue
bridge tower memorial park square campus arena center centre complex one list lists
luncheon dinner breakfast reception gala ceremony`)

// eventNoun ends a name of an event or a building ("X Luncheon").
var eventNoun = toSet("luncheon dinner breakfast reception gala ceremony summit award awards prize building auditorium stadium")

// notOrgs are capitalised head-final names that are places or states.
var notOrgs = toSet(`west-bank soviet-union russian-federation oval-office west-wing
east-wing army-navy foreign-terrorist-organization civil-society`)

// leftBlock: a head after one of these is a building or event, not a body.
var leftBlock = map[string]map[string]bool{
	"center": toSet("convention trade shopping medical conference press media community data"),
	"centre": toSet("convention trade shopping medical conference press media community data"),
	"front":  toSet("western eastern southern northern home"),
	"wing":   toSet("west east"),
	"alliance": toSet(`robust stronger strong strongest enduring ironclad global great modern
		historic vital powerful unbreakable deeper closer broader new`),
	// Infrastructure, not a body: "Open Radio Access Network", "Nationwide
	// Charging Network".
	"network": toSet(`access radio charging computer power electricity electric grid rail railway
		road highway transport transportation fiber fibre broadband wireless mobile cellular
		telecommunications communications cable pipeline distribution neural social satellite
		logistics supply sensor`),
}

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// nameWord: a capitalised word that may be part of a name.
func nameWord(u *unit) bool {
	return (u.Cap || u.isOrdinal() || u.particleName()) && u.Lex&lexStop == 0
}

func isHead(u *unit) bool {
	return u.Cap && !u.Upper && u.Lex&lexHead != 0
}

// patternCand is a name found by the patterns.
type patternCand struct {
	start, end int
	head       string // key of the last head word
	possessor  string // "Japan" in "Japan's Ministry of Foreign Affairs"
}

// calendarWords are month and weekday names and their abbreviations (keys
// drop a final dot), which begin a date, not a body's complement. Only the
// full names are stop words too: "Sun Foundation" is a name.
var calendarWords = toSet(`january february march april may june july august september october
	november december jan feb mar apr jun jul aug sep sept oct nov dec
	monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`)

// treatyHeads are the last words of treaty and law names, which a body's
// "on the"/"for the" complement does not end in (unlike instrument, the
// plans and outlooks that are no organisation).
var treatyHeads = toSet(`agreement agreements treaty convention accord accords protocol declaration
	charter resolution memorandum act statute pact arrangement communique communiqué`)

// findPatterns finds unseen organisation names built on a head noun: "X
// Institute", "Ministry of Y", "Armed Forces of Y", "Y's Ministry of
// Foreign Affairs", "X Inc.". Every head is among the marked units.
func findPatterns(d *extractors.Doc, us []unit, marks []int32, memo *docMemo) []patternCand {
	var out []patternCand
	next := 0 // units before next are inside an earlier candidate
	for _, h := range marks {
		h := int(h)
		if h < next || !isHead(&us[h]) {
			continue
		}
		r := extendRight(us, h)
		lastHead := h
		for k := h; k <= r; k++ {
			if isHead(&us[k]) {
				lastHead = k
			}
		}
		if ofOnly[us[h].Key] && r == h {
			continue
		}
		if blk := leftBlock[us[lastHead].Key]; blk != nil && lastHead > 0 && blk[us[lastHead-1].Key] {
			continue
		}
		l := h
		for l > 0 && (!us[l].Break || nounPossessive(&us[l-1])) && leftWord(us, l-1) {
			l--
		}
		// A capitalised first word of a sentence may be an ordinary word
		// ("Protesters Union members marched"): keep it only if the
		// document never writes it in lower case.
		if l < h && us[l].SentStart && !us[l].Upper &&
			(strings.HasSuffix(us[l].Key, "ing") || memo.usedInLowerCase(d.Text, us[l].Key)) {
			l++
		}
		for l < h && (us[l].Key == "and" || us[l].Key == "&") {
			l++
		}
		if l == h && r == h {
			continue // a bare head ("the Army", "Council") names nothing
		}
		// "Secretary of Health and Human Services": a name cut at "and" is
		// the tail of a coordination, not a name of its own.
		// A legal suffix makes a name whole: "SSN-AUKUS and ASC Pty Ltd".
		if l < h && l >= 2 && us[l-1].Key == "and" && !us[l].Break && nameWord(&us[l-2]) && !us[l-2].HasTrail &&
			!legalSuffix[us[r].Key] {
			next = r + 1
			continue
		}
		// "Export Administration Act", "National School Lunch Program":
		// the name modifies the noun after it.
		if r+1 < len(us) && !us[r+1].Break && !us[r].HasTrail && !us[r].Possessive &&
			(modifiee[us[r+1].Key] || (us[r+1].Cap && us[r+1].Lex&lexStop == 0 && !us[r+1].Upper && !us[r+1].isOrdinal())) {
			next = r + 1
			continue
		}
		// "Friends of Ruritania Luncheon": the complement ends in an event
		// or a building, which the whole name only modifies.
		if r > h && eventNoun[us[r].Key] {
			next = r + 1
			continue
		}
		// "Congress of the National Strategy": a head that is itself a
		// known name ("Congress", "Senate") does not start a longer one.
		if l == h && r > h {
			if _, known := ix.byKey[us[h].Key]; known {
				next = r + 1
				continue
			}
		}
		// A heading "A Global Force for Good": the indefinite article makes
		// the words after it a slogan, not a name.
		if l > 0 && !us[l].Break && (us[l-1].Key == "a" || us[l-1].Key == "an") && us[l-1].SentStart &&
			(r+1 == len(us) || us[r+1].Break) {
			next = r + 1
			continue
		}
		c := patternCand{start: us[l].Start, end: us[r].End, head: us[lastHead].Key}
		if notOrgs[strings.TrimPrefix(memo.entity(c.text(d.Text)), "org:")] {
			next = r + 1
			continue
		}
		// "Japan's Ministry of Foreign Affairs": the possessor tells whose
		// ministry (or army, or government) it is.
		if k := heads[us[lastHead].Key]; l > 0 && us[l-1].Possessive && us[l-1].Cap && us[l-1].Lex&lexStop == 0 &&
			(l == h || k == "government" || k == "military") {
			c.possessor = us[l-1].Text
		}
		out = append(out, c)
		next = r + 1
	}
	return out
}

func (c patternCand) text(t string) string { return t[c.start:c.end] }

// leftWord: us[k] may extend a name leftwards.
func leftWord(us []unit, k int) bool {
	u := &us[k]
	if nounPossessive(u) {
		return true // "Women’s Health and Empowerment Network"
	}
	if u.Possessive || u.HasTrail {
		return false
	}
	joinable := func(j int) bool {
		if j >= 0 && nounPossessive(&us[j]) {
			return true
		}
		return j >= 0 && !us[j+1].Break && nameWord(&us[j]) && !us[j].Possessive && !us[j].HasTrail
	}
	switch {
	case u.Key == "&":
		return joinable(k - 1)
	case u.Key == "and":
		// "Cable Connectivity and Resilience Centre", but not "Philippine
		// and Japan Coast Guard": "and" joins runs of two words or more.
		return joinable(k-1) && joinable(k-2) && !us[k-1].SentStart && !isHead(&us[k-1])
	case isNumber(u.Key):
		// "UN Security Council 1267 Sanctions Committee"
		return joinable(k - 1)
	}
	return nameWord(u)
}

// nounPossessive: a capitalised common noun with "'s" that begins a name
// ("Women’s", "Children's"), unlike an owner ("Japan's").
func nounPossessive(u *unit) bool {
	return u.Possessive && !u.HasTrail && possessiveNouns[u.Key] && u.Key != "nation" && u.Key != "world" && u.isCap()
}

// extendRight takes in further head words ("Armed Services Committee") and
// complements ("of Foreign Affairs", "for Strategic and International
// Studies") after the head at h.
func extendRight(us []unit, h int) int {
	r := h
	for {
		n := r + 1
		if n >= len(us) || us[n].Break || us[r].HasTrail || us[r].Possessive {
			return r
		}
		switch {
		case isHead(&us[n]):
			r = n
			continue
		case numbered[us[r].Key] && isNumber(us[n].Key):
			// "Task Force 50", "Carrier Strike Group 5"
			r = n
			continue
		case us[n].Key == "of" || us[n].Key == "for" || us[n].Key == "on":
			m := n + 1
			if m < len(us) && !us[m].Break && us[m].Key == "the" && !us[n].HasTrail {
				m++
			}
			if m >= len(us) || us[m].Break || us[m-1].HasTrail || !nameWord(&us[m]) || calendarWords[us[m].Key] {
				// "Security Council on Aug. 6": a date is no complement.
				return r
			}
			end := absorb(us, m)
			if us[n].Key != "of" && m > n+1 && treatyHeads[us[end].Key] {
				// "Government of X on the Special Measures Agreement":
				// the topic is an instrument, not part of the body's name
				// ("Association for Conflict Resolution" keeps its topic).
				return r
			}
			r = end
			continue
		}
		return r
	}
}

// absorb extends over a run of name words from m, joined by "and", "&",
// "of", "the": "Strategic and International Studies", "Iraq and the Levant".
func absorb(us []unit, m int) int {
	r := m
	for {
		if us[r].HasTrail || us[r].Possessive {
			return r
		}
		n := r + 1
		if n >= len(us) || us[n].Break {
			return r
		}
		if nameWord(&us[n]) {
			r = n
			continue
		}
		if us[n].Key == "and" || us[n].Key == "&" || us[n].Key == "of" {
			m2 := n + 1
			if m2 < len(us) && !us[m2].Break && us[m2].Key == "the" && !us[n].HasTrail {
				m2++
			}
			// "Department of Energy and Department of State" are two, and so
			// are "UK Ministry of Defence and U.S. shipyards"; "Centers for
			// Medicare and Medicaid Services" is one.
			if us[n].Key != "of" && m2 < len(us) && (isHead(&us[m2]) || abbrevLike(us[m2].Text) ||
				(startsName(us, m2) && (hasHead(us, m, r) || m2 > n+1))) {
				return r
			}
			if m2 < len(us) && !us[m2].Break && !us[m2-1].HasTrail && nameWord(&us[m2]) {
				r = m2
				continue
			}
		}
		return r
	}
}

// startsName: the name words from m contain a head, so they are a name of
// their own rather than the rest of this one.
func startsName(us []unit, m int) bool {
	for k := m; k < len(us) && k < m+6; k++ {
		if isHead(&us[k]) {
			return true
		}
		if !nameWord(&us[k]) || us[k].HasTrail || us[k].Possessive || (k+1 < len(us) && us[k+1].Break) {
			return false
		}
	}
	return false
}

func hasHead(us []unit, from, to int) bool {
	for k := from; k <= to; k++ {
		if isHead(&us[k]) {
			return true
		}
	}
	return false
}

// abbrevLike: "U.S.", "UK": after "and" these start another name.
func abbrevLike(s string) bool {
	return strings.Contains(s, ".") || upperWord(s)
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// usedInLowerCase reports whether the document writes word (lower case)
// as a word of its own somewhere: then a capitalised sentence-initial use
// is the ordinary word. This asks the document itself rather than a POS
// tagger, which is slow to load and unsure on Title Case text anyway.
func usedInLowerCase(text, word string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], word)
		if i < 0 {
			return false
		}
		s, e := off+i, off+i+len(word)
		if (s == 0 || !isWordByte(text[s-1])) && (e == len(text) || !isWordByte(text[e])) {
			return true
		}
		off = s + 1
	}
}

// isWordByte: a byte that continues a word (ASCII letters and digits, and
// any byte of a multi-byte rune).
func isWordByte(b byte) bool {
	return b >= 0x80 || b == '-' || ('a' <= b && b <= 'z') || ('A' <= b && b <= 'Z') || ('0' <= b && b <= '9')
}
