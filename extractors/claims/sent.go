package claims

import (
	"slices"
	"strings"

	"github.com/polexhq/polex/extractors"
)

type hitType int

const (
	hVerb      hitType = iota // a reporting verb: "Ishiba warns"
	hNoun                     // a reporting noun: "criticism from X", "X expressed opposition"
	hAccording                // "according to X"
	hWill                     // a first-person commitment: "we will"
)

// hit is one reporting cue in a sentence.
type hit struct {
	typ  hitType
	i, j int // cue words ws[i:j]
	kind string
	form *cueForm

	participle bool // ", stressing that ..." takes the main clause's subject
	passive    bool // "was criticised by X"
	inverted   bool // '"...," said X' speaker after the cue

	// speaker words ws[spS:spE]; spS < 0 when none was found
	spS, spE   int
	appositive bool
	quote      [2]int // byte range of an attributed quotation, if any
	hasQuote   bool
	cS, cE     int // content byte range
	nounPoss   bool
	pronPoss   bool // "our commitment to", "in my view"
}

// cueEnd returns the end of the hit's cue words: ws[h.i:h.j], except that
// a commitment's cue stops before an inserted phrase ("We will, therefore,
// collaborate" and "A Party shall, when practicable, consult": "will",
// "shall").
func (h *hit) cueEnd(ws []word) int {
	if h.typ == hWill {
		for k := h.i + 1; k < h.j; k++ {
			if ws[k].punct {
				return k
			}
		}
	}
	return h.j
}

// possComplements may follow a possessive reporting noun.
var possComplements = set("that", "to", "for", "of", "on", "about", "against", "regarding", ":", ",")

// possPronouns maps possessive pronouns to the speaker they stand for.
var possPronouns = map[string]string{"my": "i", "our": "we", "his": "he", "her": "she", "their": "they"}

// sent is the analysis of one sentence.
type sent struct {
	a          *analyzer
	ws         []word
	start, end int
	si         int
	hits       []*hit
	clause     bool // an independent clause cut from a sentence
	// quoteSpeaker is the speaker of an attributed quotation in the
	// sentence, which a quotation right after it continues.
	quoteSpeaker *extractors.Speaker
}

var beForms = set("is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am", "'m")

var modals = set("will", "would", "shall", "should", "can", "could", "may", "might", "must",
	"do", "does", "did", "has", "have", "had", "'ll", "'d", "'ve", "to", "not", "n't", "never",
	"ca", "wo")

// chainWords may stand between a subject and its reporting verb.
var chainWords = union(beForms, modals, set("also", "again", "further", "jointly", "today",
	"hereby", "once", "already", "still", "both", "all", "together", "each", "repeatedly",
	"continue", "continues", "continued", "continuing", "plan", "plans", "planned", "intend",
	"intends", "want", "wants", "wanted", "seek", "seeks", "sought", "going", "proud", "pleased",
	"happy", "glad", "delighted", "honored", "honoured", "wish", "wishes", "try", "tries", "tried",
	"decided", "decide", "set", "poised", "due", "about", "ready", "able", "first", "now", "then",
	"immediately", "soon", "just", "even", "often", "always", "long", "in", "turn", "too",
	"rightly", "likely", "unlikely", "expected", "met", "convened", "gathered"))

// adverbs that do not break the link between a cue and its context.
var adverbs = set("also", "again", "further", "jointly", "today", "hereby", "once", "already",
	"still", "both", "all", "together", "now", "then", "soon", "just", "even", "often", "always",
	"specifically", "strongly", "firmly", "fully", "publicly", "repeatedly", "clearly",
	"explicitly", "openly", "warmly", "unequivocally", "recently", "previously", "formally",
	"officially", "personally", "consistently", "vehemently", "categorically", "emphatically",
	"immediately", "swiftly", "squarely", "deeply", "rightly", "long", "too")

// nounContext words make the next cue form a noun ("the support", "our call").
var nounContext = set("the", "a", "an", "this", "these", "those", "our", "their", "his", "her",
	"its", "my", "your", "any", "no", "every", "each", "such", "more", "most", "much", "continued",
	"strong", "full", "unwavering", "steadfast", "ongoing", "new", "broad", "bipartisan", "public",
	"financial", "military", "humanitarian", "economic", "political", "international", "global",
	"popular", "widespread", "growing", "initial", "final", "joint", "official", "formal",
	"previous", "recent", "latest", "direct", "critical", "continuing", "sustained", "additional",
	"significant", "substantial", "important", "key", "major", "'s", "of", "for", "in", "with",
	"on", "at", "from", "into", "without", "about", "amid", "under", "over", "between", "among",
	"against", "through", "despite", "per", "via", "upon", "strategic", "technical", "total",
	"member", "united", "nation", "partner", "arab", "baltic", "gulf", "allied", "island",
	"other", "all", "both", "many", "several", "some", "two", "three", "both", "fifty", "50")

var pronounsPlural = set("i", "we", "you", "they")
var pronounsSingular = set("he", "she", "it", "who", "which", "that")

// boundaryWords end a subject noun phrase on its left.
var boundaryWords = set("think", "believe", "guess", "hope", "know", "that", "which", "who", "whom", "whose", "where", "when", "while",
	"whereas", "although", "though", "because", "since", "if", "unless", "after", "before",
	"until", "as", "so", "but", "yet", "than", "is", "are", "was", "were", "has", "have", "had",
	"be", "been", "will", "would", "can", "could", "should", "must", "may", "might", "do",
	"does", "did", "and", "or", "nor", "said", "says", "say", "why", "how", "what", "whether",
	"'re", "'ve", "'ll", "'d", "'m", "not", "n't", "also")

// leadWords are connectives trimmed off the start of a subject.
var leadWords = set("furthermore", "additionally", "however", "moreover", "and", "but", "also",
	"today", "yesterday", "tonight", "now", "then", "thus", "therefore", "meanwhile", "instead",
	"still", "indeed", "specifically", "finally", "first", "second", "third", "separately",
	"similarly", "likewise", "earlier", "later", "recently", "already", "again", "together",
	"so", "yet", "here", "there", "last", "this", "week", "month", "year", "ultimately",
	"importantly", "notably", "in", "addition", "fact", "short", "sum", "particular")

var prepositions = set("in", "on", "at", "during", "after", "before", "for", "with", "through",
	"under", "over", "from", "since", "by", "upon", "following", "throughout", "across",
	"within", "against", "amid", "among", "despite", "of", "into", "to", "about", "like")

var determiners = set("the", "a", "an", "this", "these", "those", "some", "many", "several",
	"both", "all", "our", "their", "his", "her", "its", "my", "your", "most", "other", "each",
	"every", "no", "any", "few", "numerous", "various", "two", "three", "four", "senior")

var subjectPronouns = set("i", "we", "you", "he", "she", "they", "it")

// lightVerbs carry a reporting noun: "expressed strong opposition".
var lightVerbs = set("express", "expressed", "expresses", "expressing", "voice", "voiced",
	"voices", "voicing", "reiterate", "reiterated", "reiterates", "reiterating", "reaffirmed",
	"reaffirm", "reaffirms", "register", "registered", "signal", "signaled", "signalled",
	"signals", "convey", "conveyed", "conveys", "offer", "offered", "offers", "extend",
	"extended", "extends", "issue", "issued", "issues", "raise", "raised", "raises", "lodge",
	"lodged", "make", "made", "makes", "give", "gave", "gives", "share", "shared", "shares",
	"declare", "declared", "underscored", "underscore", "emphasized", "emphasised", "pledged",
	"renewed", "renew", "renews", "stated", "affirmed", "affirm", "affirms", "show", "showed",
	"shows", "demonstrated", "demonstrate", "demonstrates")

// nounMods may stand between a light verb and its noun.
var nounMods = set("strong", "deep", "serious", "grave", "full", "firm", "unwavering",
	"continued", "broad", "their", "its", "his", "her", "our", "my", "the", "a", "an",
	"steadfast", "unequivocal", "ironclad", "enduring", "profound", "great", "growing",
	"particular", "sincere", "clear", "shared", "strongest", "deepest", "bipartisan", "sharp",
	"fierce", "vocal", "public", "total", "complete")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func union(ms ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		for k := range m {
			out[k] = true
		}
	}
	return out
}

// isAdverb reports an adverb: a listed one, or a word in "-ly" that is not
// capitalised and not one of lyNouns (worked out when the word is made).
func isAdverb(w word) bool {
	return w.adv
}

// prevWord returns the index of the word before i, skipping adverbs, or -1.
func (s *sent) prevWord(i int) int {
	k := i - 1
	for k >= 0 && isAdverb(s.ws[k]) {
		k--
	}
	return k
}

// newHit returns a new hit from the analyzer's store, which findHits empties
// for each sentence: hits live only while their sentence is read.
func (a *analyzer) newHit(h hit) *hit {
	if len(a.hitStore) == cap(a.hitStore) {
		// a new block: hits handed out before stay where they are
		a.hitStore = make([]hit, 0, max(16, 2*cap(a.hitStore)))
	}
	a.hitStore = append(a.hitStore, h)
	return &a.hitStore[len(a.hitStore)-1]
}

// findHits collects the reporting cues of the sentence.
func (s *sent) findHits() {
	s.a.hitStore = s.a.hitStore[:0]
	s.hits = s.a.hitPtrs[:0]
	defer func() { s.a.hitPtrs = s.hits[:0] }()
	ws := s.ws
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		if w.punct || w.cls&(cCommit|cVerbCue|cNounCue) == 0 && w.low != "according" {
			continue // no cue starts here: the tests below all need one of these
		}
		if w.low == "according" && i+1 < len(ws) && ws[i+1].low == "to" && i+2 < len(ws) && !ws[i+2].punct {
			s.hits = append(s.hits, s.a.newHit(hit{typ: hAccording, i: i, j: i + 2, kind: "assertion"}))
			i++
			continue
		}
		if j := s.commitmentAt(i); j > 0 {
			s.hits = append(s.hits, s.a.newHit(hit{typ: hWill, i: i, j: j, kind: "commitment"}))
			i = j - 1
			continue
		}
		if f, j := matchVerb(ws, i); f != nil {
			if h := s.verbHit(i, j, f); h != nil {
				s.hits = append(s.hits, h)
				i = h.j - 1
				continue
			}
		}
		if f, j := matchNoun(ws, i); f != nil {
			if h := s.nounHit(i, j, f); h != nil {
				s.hits = append(s.hits, h)
				i = h.j - 1
				continue
			}
		}
	}
}

// commitWords are the words commitmentAt reads a commitment from.
var commitWords = set("will", "shall", "'ll", "must", "going", "need", "intend", "seek", "strive", "have")

// commitmentAt recognises a commitment made with a future or an
// obligation rather than a reporting verb: "we will", "I'm going to", "we
// need to", and in statements an actor's "will" ("The Commission will").
// It returns the index after the cue words, or 0.
func (s *sent) commitmentAt(i int) int {
	ws := s.ws
	w := &ws[i]
	if !w.is(cCommit) {
		return 0 // none of the words below
	}
	p := s.prevWord(i)
	if p < 0 {
		return 0
	}
	if (ws[p].low == "all" || ws[p].low == "both") && p > 0 && ws[p-1].low == "we" {
		p-- // "we all have to", "we both will"
	}
	firstPerson := ws[p].low == "we" || ws[p].low == "i"
	if ws[p].low == "and" {
		// "we're sharing and will continue to share": the subject of the
		// first verb
		for k := p - 1; k >= 0 && k >= p-6 && !ws[k].punct; k-- {
			if ws[k].low == "we" || ws[k].low == "i" {
				firstPerson = true
				break
			}
		}
	}
	j := 0
	switch {
	case w.low == "will" || w.low == "shall" || w.low == "'ll":
		j = i + 1
	case w.low == "must" && firstPerson:
		j = i + 1
	case w.low == "going" && i+1 < len(ws) && ws[i+1].low == "to" && ws[p].is(cBe):
		if q := s.prevWord(p); q >= 0 && (ws[q].low == "we" || ws[q].low == "i") {
			if i+2 < len(ws) && ws[i+2].is(cDiscourse) {
				return 0 // "I'm going to ask my colleague": running the talk
			}
			return i + 2
		}
		return 0
	case (w.low == "need" || w.low == "intend" || w.low == "seek" || w.low == "strive" || w.low == "have" && ws[p].low == "we") &&
		i+1 < len(ws) && ws[i+1].low == "to" && firstPerson:
		// "we have to" binds a group as "we must" does; a speaker's "I
		// have to" mostly runs the talk ("I have to thank", "I have to be
		// careful")
		return i + 2
	default:
		return 0
	}
	if j < len(ws) && ws[j].low == "," {
		// "We will, therefore, collaborate": past a short inserted word
		for k := j + 1; k < len(ws) && k <= j+4; k++ {
			if ws[k].low == "," {
				if k > j+1 {
					j = k + 1
				}
				break
			}
			if ws[k].punct {
				break
			}
		}
	}
	if j >= len(ws) || ws[j].punct || ws[j].low == "be" && !firstPerson {
		return 0
	}
	for j < len(ws) && isAdverb(ws[j]) {
		j++
	}
	if j < len(ws) && ws[j].is(cDiscourse) {
		return 0 // "I'll take a few questions", "we'll see": running the talk
	}
	if j < len(ws) && firstPerson {
		if f, k := matchVerb(ws, j); f != nil && !s.actionReading(f, j, k) {
			return 0 // "we will support": the verb is the cue
		}
	}
	if j >= len(ws) {
		return 0
	}
	if ws[p].is(cPartyWord) && w.low != "'ll" {
		return j // treaty language: "The Parties shall", "Each Party will"
	}
	if f, k := matchVerb(ws, j); f != nil && !firstPerson && !s.actionReading(f, j, k) {
		// "X will announce": the verb is the cue (but "hold" is one only
		// with its complement: "we will hold a summit" is a commitment)
		return 0
	}
	if firstPerson {
		return j
	}
	if (s.a.statement || s.a.spoken) && !s.a.factSheet {
		// "The United States, together with our allies, will ...": the
		// subject is before the inserted phrase
		if ws[p].low == "," {
			for k := p - 1; k > 0 && k >= p-12; k-- {
				if ws[k].low == "," {
					p = k - 1
					break
				}
			}
		}
		// a statement's actors, or the governments and bodies a speaker
		// speaks for; a person's "will" in a transcript is their schedule
		// ("President Biden will travel to ...")
		if m, ok := s.a.mentionEndingAt(ws[p].end); ok && (m.Type == "country" || m.Type == "organisation" ||
			m.Type == "person" && s.a.statement) && !s.gerundSubject(p) {
			return j
		}
		// "The Biden Administration will": an acting body named by its head
		if ws[p].is(cActorHead) && p > 0 && (ws[p-1].isCap() || ws[p-1].is(cDeterminer)) && !s.gerundSubject(p) {
			return j
		}
	}
	return 0
}

// actionVerbs are cue verbs (reporting only with a complement clause) that
// without one name an action: "we will hold a summit", "we will maintain
// our support", "the agency will recognize the district as ...".
var actionVerbs = set("hold", "maintain", "recognize", "recognise")

// actionReading reports whether the cue verb ws[j:k] after "will" or "must"
// is read as an action rather than a report: an action verb with an object
// and no complement clause, so the future or obligation is the cue.
func (s *sent) actionReading(f *cueForm, j, k int) bool {
	return f.comp && actionVerbs[f.lemma] && !s.compOK(k, j, f) &&
		k < len(s.ws) && !s.ws[k].punct && !s.ws[k].is(cPreposition)
}

// futureReport reports whether the word at p is the "will" of a fact sheet
// telling what a body or a group will do ("Allied leaders will endorse the
// Strategic Concept", "Allies will approve"): the fact sheet's statement of
// fact, not the body's claim. A person's announced speech act stays theirs
// ("President Biden will reaffirm our commitment"), as does "we will".
func (s *sent) futureReport(p int) bool {
	ws := s.ws
	if !s.a.factSheet || p < 1 || ws[p].low != "will" && ws[p].low != "'ll" {
		return false
	}
	q := s.prevWord(p)
	if q < 0 || ws[q].low == "we" || ws[q].low == "i" {
		return false
	}
	if ws[q].low == "president" || ws[q].low == "secretary" {
		return false // "The President will announce": a person by title
	}
	m, ok := s.a.mentionEndingAt(ws[q].end)
	return !ok || m.Type != "person"
}

// gerundSubject reports a gerund opening the subject that ends at word p:
// "Implementing AUKUS will require ...", "Funding the Council will ...",
// whose subject is the act, not the actor.
func (s *sent) gerundSubject(p int) bool {
	ws := s.ws
	for q := p - 1; q >= 0 && q >= p-6; q-- {
		w := &ws[q]
		if w.punct {
			return false
		}
		if len(w.low) > 4 && strings.HasSuffix(w.low, "ing") && (q == 0 || !w.isCap()) && !s.a.insideMention(w.start) &&
			!w.is(cDeterminer) && !w.is(cPreposition) {
			return true
		}
		if !w.isCap() && !w.is(cDeterminer) && !s.a.insideMention(w.start) {
			return false
		}
	}
	return false
}

// verbHit checks that a verb form is used as a reporting verb here.
func (s *sent) verbHit(i, j int, f *cueForm) *hit {
	ws := s.ws
	w := ws[i]
	if i == 0 || w.isCap() {
		return nil
	}
	p := s.prevWord(i)
	if p < 0 {
		return nil
	}
	prev := ws[p]
	if prev.low == "'s" && p > 0 && (ws[p-1].is(cSubjectPron) || ws[p-1].low == "that" || ws[p-1].low == "who") {
		// "he's made clear", "she's saying": the clitic is an auxiliary
		prev = word{start: prev.start, end: prev.end, cap: prev.cap, low: "has"}
		if f.ing {
			prev.low = "is"
		}
		prev.cls = vocab[prev.low].classes()
	}
	h := s.a.newHit(hit{typ: hVerb, i: i, j: j, kind: f.kind, form: f})
	if f.ing {
		switch {
		case prev.punct && (prev.low == "," || prev.low == ";" || prev.low == "—" || prev.low == "–" || prev.low == "("):
			h.participle = true
		case prev.low == "while" || prev.low == "by" || prev.low == "after" || prev.low == "before" || prev.low == "when" || prev.low == "in":
			h.participle = true
		case prev.is(cBe) && (prev.low != "'s" || p > 0 && (ws[p-1].is(cSubjectPron) || ws[p-1].low == "that" || ws[p-1].low == "who")):
		default:
			return nil
		}
		if h.participle && f.comp && !s.compOK(j, i, f) {
			return nil
		}
		return h
	}
	if prev.is(cNounContext) && !beForms[f.words[0]] {
		return nil
	}
	if prev.is(cLightVerb) {
		return nil // "We express support for": a noun after a light verb
	}
	if s.futureReport(p) {
		return nil
	}
	if prev.punct && !isQuote(prev.low) && prev.low != "," {
		return nil
	}
	if prev.is(cBe) && !beForms[f.words[0]] {
		// passive: only "was criticised by X" names a speaker
		if j < len(ws) && ws[j].low == "by" && j+1 < len(ws) && !ws[j+1].punct {
			h.passive = true
			return h
		}
		return nil
	}
	if f.amb {
		last := w.low
		next := ""
		if j < len(ws) {
			next = ws[j].low
		}
		// "pledge to", "support that": a verb's complement after a
		// name or a conjunction
		// ("plan to" carries its "to": "the United States and Japan plan to")
		verbComp := next == "that" || next == "to" && toVerbs[f.lemma] || len(f.words) > 1 && f.words[len(f.words)-1] == "to"
		nameBefore := prev.isCap() && p > 0 || s.a.endsMention(prev.end) || prev.low == "and"
		switch {
		case strings.HasSuffix(last, "ed") || last == "said" || last == "held" || last == "told":
		case strings.HasSuffix(last, "s"):
			if prev.is(cPronPlural) {
				return nil
			}
			if !(prev.is(cPronSingular) || prev.is(cModal) || nameBefore && prev.low != "and" ||
				verbComp && !prev.punct && !prev.hasDigit()) {
				return nil
			}
		default:
			if !(prev.is(cPronPlural) || prev.is(cModal) || prev.low == "who" || prev.low == "that" ||
				(strings.HasSuffix(prev.low, "s") && !strings.HasSuffix(prev.low, "'s") && !prev.hasDigit() && len(prev.low) > 3) ||
				verbComp && nameBefore) {
				return nil
			}
		}
	}
	// "noted", "stated": the past tense is no noun, so it needs no "that"
	pastAmb := f.amb && strings.HasSuffix(w.low, "ed")
	if f.comp && !pastAmb && !s.compOK(j, i, f) {
		return nil
	}
	return h
}

// compOK reports whether a complement follows the cue ending at word j: a
// "that" clause, a quotation, a colon, or the end of a sentence whose quote
// came before the cue. A comma counts before a quotation or in "as X said,".
func (s *sent) compOK(j, i int, f *cueForm) bool {
	ws := s.ws
	for j < len(ws) && isAdverb(ws[j]) {
		j++
	}
	if j >= len(ws) || ws[j].low == "." {
		for k := 0; k < i; k++ {
			if isQuote(ws[k].low) {
				return true
			}
		}
		// "..., officials said.": a clause, a comma, then a short
		// attribution that ends the sentence.
		if sayVerbs[f.lemma] {
			for k := i - 1; k >= 1 && k >= i-4; k-- {
				if ws[k].low == "," {
					return k >= 3
				}
				if ws[k].punct {
					break
				}
			}
		}
		return false
	}
	if clauseVerbs[f.lemma] && ws[j].is(cSubjectPron) && ws[j].low != "you" {
		return true // "I think we should ...": a clause without "that"
	}
	switch ws[j].low {
	case "that", "whether", ":", "“", "\"", "how", "why", "what":
		return true
	case ",", "—", "–":
		if j+1 < len(ws) && isOpenQuoteTok(ws, j+1) {
			return true
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if ws[k].low == "as" {
				return true
			}
		}
		return false
	}
	if objectVerbs[f.lemma] {
		// '"...," she told reporters.': a quotation before the cue and a
		// short object after it, ending the sentence.
		k := j
		for k < len(ws) && k <= j+3 && !ws[k].punct {
			k++
		}
		if k >= len(ws) || ws[k].low == "." {
			for q := 0; q < i; q++ {
				if isQuote(ws[q].low) {
					return true
				}
			}
		}
		// "told reporters that", "advised the President of his opinion that"
		for k := j + 1; k < len(ws) && k <= j+6; k++ {
			if ws[k].punct && ws[k].low != "," {
				break
			}
			if ws[k].low == "that" && !ws[k-1].punct {
				return true
			}
		}
	}
	return false
}

// discourseVerbs after "I'll" or "we're going to" run the conversation
// rather than commit to anything.
var discourseVerbs = set("say", "leave", "refrain", "let", "give", "start", "turn", "try",
	"answer", "repeat", "see", "go", "come", "get", "talk", "speak", "stop", "end", "close", "open",
	"read", "put", "point", "defer", "refer", "add", "note", "tell", "walk", "yield", "hand", "pass",
	"check", "circle", "follow", "be", "have", "wait", "hear", "ask", "keep", "get", "share",
	"preview", "kick", "wrap", "introduce", "invite", "bring")

// actorHeads name bodies that act and commit ("the Administration will").
var actorHeads = set("administration", "government", "governments", "ministry", "department",
	"agency", "leaders", "allies", "partners", "members", "countries", "nations", "commission",
	"council", "alliance", "union", "congress", "states")

// partyWords head the subjects of obligations in treaty texts.
var partyWords = set("party", "parties", "signatories", "signatory")

// toVerbs take an infinitive: "pledge to", "vow to".
var toVerbs = set("pledge", "vow", "promise", "demand", "request", "resolve", "guarantee", "appeal", "advocate", "champion")

// clauseVerbs take a clause without "that": "I think we should".
var clauseVerbs = set("think", "believe", "expect", "fear", "suggest", "agree", "recall", "confirm")

// objectVerbs take an object before their "that" clause.
var objectVerbs = set("tell", "advise", "inform", "assure", "remind", "warn", "urge", "notify", "ask")

// nounHit checks that a reporting noun has a speaker pattern here.
func (s *sent) nounHit(i, j int, f *cueForm) *hit {
	ws := s.ws
	w := ws[i]
	if w.isCap() {
		return nil
	}
	h := s.a.newHit(hit{typ: hNoun, i: i, j: j, kind: f.kind, form: f})
	if j+1 < len(ws) && ws[j].low == "from" && !ws[j+1].punct {
		k := i - 1
		for k >= 0 && (ws[k].is(cNounMod) || isAdverb(ws[k])) {
			k--
		}
		if k >= 0 && ws[k].is(cPreposition) {
			return nil // "with strong support from Congress": a description
		}
		return h
	}
	next := ""
	if j < len(ws) {
		next = ws[j].low
	}
	// "Ishiba's warning that", "Biden's promise to", but not "Sherman's
	// call with" or "Trumka's statement or comment"
	possOK := possComplements[next] && (f.lemma != "call" || next == "for" || next == "on" || next == "to")
	if i >= 2 && ws[i-1].low == "'s" && possOK {
		h.nounPoss = true
		return h
	}
	if i >= 3 && ws[i-1].is(cNounMod) && ws[i-2].low == "'s" && possOK {
		h.nounPoss = true
		return h
	}
	if i >= 1 && possPronouns[ws[i-1].low] != "" && (f.lemma == "view" && i >= 2 && ws[i-2].low == "in" ||
		j < len(ws) && (ws[j].low == "to" || ws[j].low == "that" || ws[j].low == "for")) {
		// "in my view", "our commitment to": the pronoun is the speaker
		h.pronPoss = true
		if f.lemma == "view" {
			h.i = i - 2
		}
		return h
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if ws[k].is(cLightVerb) {
			if k > 0 && determiners[ws[k-1].low] {
				// "our shared commitment", "the stated aim": after a
				// determiner the participle is an adjective.
				continue
			}
			if k == 0 || ws[k].isCap() && k > 0 {
				return nil
			}
			h.i = k
			return h
		}
		if !ws[k].is(cNounMod) && !isAdverb(ws[k]) {
			break
		}
	}
	return nil
}

func (a *analyzer) endsMention(off int) bool {
	_, ok := a.mentionEndingAt(off)
	return ok
}

// build turns the hits into claims.
func (s *sent) build() []extractors.Claim {
	ws := s.ws
	for k, h := range s.hits {
		h.spS = -1
		switch h.typ {
		case hAccording:
			e := h.j
			for e < len(ws) && !ws[e].punct && e-h.j < 10 {
				e++
			}
			h.spS, h.spE = h.j, e
			if e < len(ws) && ws[e].low == "(" {
				// "according to the International Maritime Organization
				// (IMO), ...": the acronym belongs to the speaker
				for q := e + 1; q < len(ws) && q <= e+6; q++ {
					if ws[q].low == ")" {
						e = q + 1
						break
					}
				}
			}
			if h.i <= 1 {
				c := e
				for c < len(ws) && ws[c].punct {
					c++
				}
				h.cS, h.cE = s.at(c), s.contentEnd()
			} else {
				h.cS, h.cE = ws[0].start, s.trimEnd(h.i)
			}
			continue
		case hNoun:
			s.nounSpeaker(h)
		case hWill:
			h.spS, h.spE, _ = s.subjectLeft(h.i)
			if h.spS < 0 {
				// "we're sharing and will continue to share"
				for q := h.i - 1; q >= 0 && q >= h.i-7 && !ws[q].punct; q-- {
					if ws[q].low == "we" || ws[q].low == "i" {
						h.spS, h.spE = q, q+1
						break
					}
				}
			}
		case hVerb:
			switch {
			case h.participle:
				if k > 0 && s.hits[k-1].spS >= 0 {
					h.spS, h.spE = s.hits[k-1].spS, s.hits[k-1].spE
				} else {
					h.spS, h.spE = s.mainSubject(h.i)
				}
			case h.passive:
				e := h.j + 1
				for e < len(ws) && !ws[e].punct && !ws[e].is(cBoundary) && e-h.j < 10 {
					e++
				}
				h.spS, h.spE = h.j+1, e
			default:
				k0 := h.i - 1
				for k0 >= 0 && ws[k0].is(cChain) {
					k0--
				}
				switch {
				case k0 >= 0 && isCloseQuoteTok(ws, k0):
					// '"...," said the minister.'
					e := h.j
					for e < len(ws) && !ws[e].punct && e-h.j < 10 && ws[e].low != "that" {
						e++
					}
					if e > h.j {
						h.spS, h.spE, h.inverted = h.j, e, true
					}
					if q, ok := s.quoteEndingAt(k0); ok {
						h.quote, h.hasQuote = q, true
					}
				default:
					h.spS, h.spE, h.appositive = s.subjectLeft(h.i)
					if h.spS < 0 && k0 >= 0 && ws[k0].low == "and" {
						// "we recognize ... and pledge to": the subject of
						// the first verb
						if k > 0 && s.hits[k-1].spS >= 0 {
							h.spS, h.spE = s.hits[k-1].spS, s.hits[k-1].spE
						} else {
							h.spS, h.spE = s.mainSubject(h.i)
						}
					}
					if h.spS > 0 && isCloseQuoteTok(ws, h.spS-1) {
						if q, ok := s.quoteEndingAt(h.spS - 1); ok {
							h.quote, h.hasQuote = q, true
						}
					}
				}
			}
		}
		if h.spE <= h.spS {
			h.spS, h.spE = -1, -1 // an empty phrase ("by" followed by a boundary word)
		}
		if h.spS < 0 && h.typ != hNoun {
			h.kind = "" // no speaker: drop
			continue
		}
		if h.spS > 0 && !h.participle && h.typ != hNoun && (ws[h.spS-1].is(cSubordinator) || h.typ == hWill && ws[h.spS-1].is(cRelative)) {
			// "when we celebrate ...": a subordinate clause is background
			h.kind = ""
			continue
		}
		if (h.typ == hVerb || h.typ == hWill) && !h.participle && !h.inverted && h.spE-h.spS == 1 && s.reducedRelative(h.spS) {
			// "The plan we announce today delivers ...": the pronoun's
			// clause describes a noun; the sentence is about the noun
			h.kind = ""
			continue
		}
		// content to the right of the cue
		c := h.j
		if h.passive {
			h.cS, h.cE = ws[0].start, ws[h.i].start
		} else {
			if h.typ == hVerb && h.inverted {
				c = h.spE
			}
			for c < len(ws) && (ws[c].low == "that" || isAdverb(ws[c]) && c == h.j || ws[c].low == "," || ws[c].low == ":" || ws[c].low == "—" || ws[c].low == "–") {
				c++
			}
			if !h.hasQuote && c < len(ws) && isOpenQuoteTok(ws, c) {
				if q, ok := s.quoteStartingAt(c); ok {
					h.quote, h.hasQuote = q, true
				}
			}
			h.cS, h.cE = s.at(c), s.contentEnd()
			if h.typ == hVerb && !h.hasQuote && (c >= len(ws) || ws[c].low == ".") && h.spS >= 2 && ws[h.spS-1].low == "," {
				// "The programme may be delayed, officials said.": the
				// claim is the clause before the attribution.
				h.cS, h.cE = ws[0].start, s.trimEnd(h.spS-1)
			}
		}
	}
	// "I think they've indicated that ...", "I want to underscore that the
	// administration remains committed to ...": a speaker's own hedge or
	// emphasis around another speaker's claim leaves that claim.
	for k, h := range s.hits {
		if h.kind != "assertion" || h.typ != hVerb || h.hasQuote || h.spS < 0 || h.spE-h.spS != 1 || ws[h.spS].low != "i" {
			continue
		}
		for _, n := range s.hits[k+1:] {
			if n.kind != "" && n.typ == hVerb && n.spS >= 0 && n.spS < len(ws) && ws[n.spS].start == h.cS &&
				ws[n.spS].low != "i" && ws[n.spS].low != "we" && ws[n.spS].low != "you" {
				h.kind = ""
				break
			}
		}
	}
	// Cut each content at the next cue with another speaker.
	var live []*hit
	for _, h := range s.hits {
		if h.kind != "" {
			live = append(live, h)
		}
	}
	for k := 0; k < len(live); k++ {
		h := live[k]
		live = slices.DeleteFunc(live, func(n *hit) bool {
			if n == h || n.i <= h.i {
				return false
			}
			// "X believes that we need to ...": the inner clause is the
			// claimed content, not a claim of its own
			if n.spS >= 0 && n.spS < len(ws) && ws[n.spS].start == h.cS && h.typ == hVerb {
				return true
			}
			// "I urge employers and unions to commit ...": a cue inside
			// the content, with no clause boundary before its speaker
			if h.typ == hVerb && !h.participle && n.spS > h.j && !n.participle && !s.clauseBreak(h.j, n.spS) {
				return true
			}
			return h.hasQuote && ws[n.i].start >= h.quote[0] && ws[n.i].end <= h.quote[1]
		})
	}
	if len(live) > 1 {
		// "our commitment to" stands only where no other cue speaks
		live = slices.DeleteFunc(live, func(h *hit) bool { return h.pronPoss })
	}
	for k, h := range live {
		if h.hasQuote || h.passive || h.typ == hAccording {
			continue
		}
		for _, n := range live[k+1:] {
			if n.i <= h.i || n.participle || (n.spS == h.spS && n.spE == h.spE) {
				continue
			}
			cut := n.i
			if n.spS >= 0 && n.spS > h.j && n.spS < n.i {
				cut = n.spS
			}
			if end := s.trimEnd(cut); end < h.cE {
				h.cE = end
			}
			break
		}
	}
	var out []extractors.Claim
	var prev *hit
	for _, h := range live {
		if prev != nil && h.spS == prev.spS && h.spE == prev.spE && ws[h.i].start <= prev.cE+1 && h.typ != hNoun {
			// ", stressing that ..." and "we will support" continue the
			// claim before them.
			last := &out[len(out)-1]
			if h.cE > last.End {
				last.End = h.cE
			}
			continue
		}
		if c, ok := s.claim(h); ok {
			out = append(out, c)
			prev = h
		}
	}
	return out
}

// reducedRelative reports whether the pronoun at word k opens a relative
// clause without "that" after a noun phrase: "the plan we announce",
// "the steps we are taking".
func (s *sent) reducedRelative(k int) bool {
	ws := s.ws
	if !ws[k].is(cSubjectPron) || ws[k].low == "it" || ws[k].low == "you" || k < 2 {
		return false
	}
	n := k - 1 // the noun the clause describes
	if !plainWord(ws[n]) {
		return false
	}
	for q := n - 1; q >= 0 && q >= n-3; q-- {
		if ws[q].is(cDeterminer) {
			// "At the same time we will ...": a phrase of time or place
			return q == 0 || !ws[q-1].is(cPreposition)
		}
		if !plainWord(ws[q]) {
			return false
		}
	}
	return false
}

// plainWord is a lower-case word of no function-word list, as nouns and
// adjectives are.
func plainWord(w word) bool {
	return !w.punct && !w.isCap() && !w.adv && !w.hasDigit() &&
		!w.is(cDeterminer) && !w.is(cLead) && !w.is(cBoundary) && !w.is(cPreposition) &&
		!w.is(cSubjectPron) && !w.is(cModal)
}

// claim assembles one claim from a hit.
func (s *sent) claim(h *hit) (extractors.Claim, bool) {
	ws := s.ws
	cS, cE := h.cS, h.cE
	if h.hasQuote {
		cS, cE = h.quote[0], h.quote[1]
	}
	if cE <= cS && h.typ != hNoun {
		return extractors.Claim{}, false // "I should say", "they say": nothing claimed
	}
	if h.form != nil && sayVerbs[h.form.lemma] && !h.hasQuote && cE-cS < 16 && cS < len(s.a.text) &&
		(strings.HasPrefix(s.a.text[cS:], "this") || strings.HasPrefix(s.a.text[cS:], "that") || strings.HasPrefix(s.a.text[cS:], "so")) {
		return extractors.Claim{}, false // "I don't say this often": no content
	}
	if cE <= cS {
		// "These countries expressed strong opposition.": the clause itself.
		cS = ws[h.i].start
		if h.spS >= 0 && h.spS < h.i {
			cS = ws[h.spS].start
		}
		cE = ws[h.j-1].end
	}
	if h.pronPoss && h.form.lemma == "view" {
		cS, cE = ws[0].start, s.contentEnd()
	}
	if h.typ == hNoun && !h.hasQuote && !h.nounPoss && h.spS >= 0 {
		// A noun cue's content is its clause: "This proposal faced criticism from X".
		cS = min(cS, ws[0].start)
		if !h.nounPoss {
			cE = max(cE, ws[h.j-1].end)
		}
	}
	var sp extractors.Speaker
	conf := confResolved
	if h.spS >= 0 {
		sp = s.a.resolve(ws, h.spS, h.spE)
	} else {
		return extractors.Claim{}, false
	}
	if !s.plausibleSpeaker(sp, h) {
		return extractors.Claim{}, false
	}
	if sp.Entity == "" {
		conf = confText
	}
	if h.appositive || h.participle {
		conf -= 0.1
	}
	if h.form != nil && h.form.amb {
		conf -= 0.05
	}
	kind := h.kind
	// "We will support" or "we will continue to welcome": a first-person
	// future is a commitment whatever the verb.
	if h.typ == hVerb && h.kind != "assertion" && h.spS >= 0 && (ws[h.spS].low == "we" || ws[h.spS].low == "i") {
		for k := h.spE; k < h.i; k++ {
			if ws[k].low == "will" || ws[k].low == "'ll" || ws[k].low == "shall" {
				kind = "commitment"
			}
		}
	}
	cue := &extractors.Cue{Start: ws[h.i].start, End: ws[h.cueEnd(ws)-1].end}
	cue.Text = s.a.text[cue.Start:cue.End]
	flagS := cue.Start
	if h.spS >= 0 && h.spE <= h.i {
		flagS = ws[h.spE-1].end
	}
	if h.spS >= 0 && h.spS < h.i && isCloseQuoteTok(ws, max(h.spS-1, 0)) {
		flagS = cue.Start
	}
	hedged, negated, cond := s.flags(min(flagS, cS), max(cE, cue.End))
	if h.hasQuote {
		hedged, negated, cond = s.flags(cS, cE)
		if neg := s.negatedBetween(flagS, cue.Start); neg {
			negated = true
		}
	}
	if h.hasQuote {
		q := sp
		s.quoteSpeaker = &q
	}
	return extractors.Claim{
		Start: cS, End: cE, Speaker: sp, Cue: cue, Kind: kind,
		Hedged: hedged, Negated: negated, Conditional: cond, Confidence: round2(conf),
	}, true
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// clauseBreak reports a boundary between independent clauses in ws[a:b]:
// a semicolon, or a comma before "and", "but", "while" or "whereas".
func (s *sent) clauseBreak(a, b int) bool {
	ws := s.ws
	if b-1 > a && b < len(ws) && (ws[b-1].low == "and" || ws[b-1].low == "but") &&
		(ws[b].is(cSubjectPron) || ws[b].is(cDeterminer) || ws[b].isCap()) {
		return true // "... and I strongly support ...": a clause with its own subject
	}
	for k := a; k < b && k < len(ws); k++ {
		switch ws[k].low {
		case ";", ".", "—", "–":
			return true
		case ",":
			if k+1 < len(ws) {
				switch ws[k+1].low {
				case "and", "but", "while", "whereas", "although", "yet", "so":
					return true
				}
			}
		}
	}
	return false
}

// subordinators open clauses whose verbs report background, not claims.
var subordinators = set("when", "whenever", "if", "unless", "because", "since", "until", "once",
	"while", "after", "before", "whether")

// relatives open clauses in which a future is no commitment ("what we need
// to do"); a reporting verb there still reports ("What she is saying is:").
var relatives = set("what", "how")

// sayVerbs may take "it" as their subject ("it said").
var sayVerbs = set("say", "state", "note", "add", "warn", "announce", "claim", "declare", "report",
	"stress", "explain", "insist", "confirm", "deny")

// speakerHeads are the heads of unresolved noun phrases that can speak:
// people, groups, institutions and documents ("some critics", "the report").
var speakerHeads = set("critics", "critic", "officials", "official", "experts", "expert", "analysts",
	"analyst", "leaders", "leader", "ministers", "minister", "president", "secretary", "spokesperson",
	"spokesman", "spokeswoman", "spokespeople", "administration", "government", "governments",
	"ministry", "department", "agency", "council", "committee", "commission", "study", "studies",
	"report", "reports", "survey", "statement", "proclamation", "order", "agreement", "treaty",
	"declaration", "law", "act", "members", "member", "allies", "partners", "nations", "countries",
	"people", "americans", "voters", "groups", "group", "organizations", "organisations",
	"scientists", "researchers", "economists", "observers", "diplomats", "lawmakers", "senators",
	"congress", "court", "judge", "judges", "prosecutors", "authorities", "sources", "media",
	"press", "reporters", "journalists", "advocates", "activists", "opponents", "supporters",
	"proponents", "skeptics", "sceptics", "chairman", "chair", "director", "ambassador", "envoy",
	"general", "commander", "chief", "adviser", "advisor", "advisers", "advisors", "data",
	"analysis", "assessment", "research", "evidence", "intelligence", "poll", "polls", "findings",
	"representatives", "delegates", "delegation", "parties", "signatories", "states", "side",
	"sides", "office", "bureau", "secretariat", "parliament", "senate", "house", "cabinet",
	"party", "opposition", "regime", "military", "army", "navy", "forces", "embassy",
	"premier", "chancellor", "king", "queen", "prince", "governor", "mayor", "candidate",
	"team", "staff", "panel", "board", "coalition", "alliance", "bloc", "union", "community",
	"industry", "companies", "company", "firms", "businesses", "employers", "workers", "unions",
	"scholars", "historians", "commentators", "doctors", "everyone", "others", "many", "some",
	"several", "both", "republicans", "democrats", "conservatives", "liberals", "residents",
	"citizens", "families", "veterans", "students", "women", "men", "victims", "investigators",
	"inspectors", "regulators", "agencies", "ministries", "departments", "proclamations",
	"resolution", "charter", "convention", "communiqué", "communique", "framework", "plan",
	"strategy", "policy", "document", "letter", "memo", "memorandum", "bill", "legislation")

// plausibleSpeaker keeps speakers that can speak: entities, groups of them,
// pronouns, names, and phrases headed by a speaking noun. A phrase whose
// entity sits in a prepositional phrase ("Imports from Chile") speaks only
// if its head does.
func (s *sent) plausibleSpeaker(sp extractors.Speaker, h *hit) bool {
	low := s.a.lowSpeaker(sp)
	if low == "it" {
		return h.form != nil && sayVerbs[h.form.lemma]
	}
	if sp.Role != "" {
		return true
	}
	if low == "you" || low == "your" {
		return false // "you know", "as you can see": asides to the audience
	}
	if subjectPronouns[low] || possPronouns[low] != "" || low == "us" {
		return true
	}
	s.a.sbuf = scanInto(s.a.sbuf[:0], s.a.text, &s.a.lkSpan, sp.Start, sp.End)
	ws := s.a.sbuf
	if len(ws) == 0 {
		return sp.Entity != "" || len(sp.Members) > 0
	}
	headOK := func(w word) bool {
		return w.is(cSpeakerHead) || s.a.insideMention(w.start) || w.isCap() && w.start != s.ws[0].start
	}
	for k := 1; k < len(ws); k++ {
		if ws[k].is(cPreposition) && ws[k].low != "of" || ws[k].low == "of" && !ws[k-1].isCap() {
			// "the minister of trade", "imports from Chile": the head
			// comes before the preposition
			return headOK(ws[k-1])
		}
	}
	if sp.Entity != "" || len(sp.Members) > 0 {
		return true
	}
	last := ws[len(ws)-1]
	if last.is(cDocumentHead) && h.kind != "assertion" && h.kind != "warning" {
		return false // "This order is not intended to ...": documents state, they do not commit
	}
	return headOK(last)
}

// documentHeads name texts rather than actors.
var documentHeads = set("order", "proclamation", "memorandum", "report", "study", "survey",
	"statement", "document", "letter", "memo", "bill", "law", "act", "section", "rule",
	"regulation", "policy", "plan", "strategy", "framework", "data", "analysis", "findings")

// at returns the byte offset of word c, or the sentence end.
func (s *sent) at(c int) int {
	if c < len(s.ws) {
		return s.ws[c].start
	}
	return s.contentEnd()
}

// contentEnd is the end of the last word of the sentence, before closing
// punctuation.
func (s *sent) contentEnd() int {
	return s.trimEnd(len(s.ws))
}

// trimEnd returns the end of the last word before word k that is not
// punctuation or a trailing conjunction.
func (s *sent) trimEnd(k int) int {
	for k > 0 {
		w := s.ws[k-1]
		if w.punct && w.low != ")" && w.low != "%" && w.low != "$" || w.low == "and" || w.low == "but" || w.low == "while" || w.low == "as" {
			k--
			continue
		}
		return w.end
	}
	if len(s.ws) > 0 {
		return s.ws[0].start
	}
	return s.start
}

func isCloseQuoteTok(ws []word, k int) bool {
	if k < 0 || k >= len(ws) {
		return false
	}
	if ws[k].low == "," && k > 0 {
		k--
	}
	if ws[k].low == "”" {
		return true
	}
	if ws[k].low == "\"" {
		// a straight quote closes when an odd number of them came before it
		n := 0
		for _, w := range ws[:k] {
			if w.low == "\"" {
				n++
			}
		}
		return n%2 == 1 || k > 0 && (ws[k-1].low == "," || ws[k-1].low == "." || !ws[k-1].punct)
	}
	return false
}

func isOpenQuoteTok(ws []word, k int) bool {
	return ws[k].low == "“" || ws[k].low == "\""
}

// quoteEndingAt returns the content of the quotation whose closing mark is at
// word k (or k-1 when k is the comma after it). A quotation opened in an
// earlier sentence of the paragraph is followed back to its opening mark.
func (s *sent) quoteEndingAt(k int) ([2]int, bool) {
	ws := s.ws
	if ws[k].low == "," {
		k--
	}
	close := ws[k].start
	mark := ws[k].low
	open := "“"
	if mark == "\"" {
		open = "\""
	}
	for q := k - 1; q >= 0; q-- {
		if ws[q].low == open {
			return s.trimQuote(ws[q].end, close)
		}
	}
	// opened before this sentence: look back within the paragraph
	t := s.a.text
	lo := max(0, s.start-3000)
	region := t[lo:s.start]
	if p := strings.LastIndex(region, "\n\n"); p >= 0 {
		region = region[p:]
		lo += p
	}
	if p := strings.LastIndex(region, open); p >= 0 {
		return s.trimQuote(lo+p+len(open), close)
	}
	return [2]int{}, false
}

// quoteStartingAt returns the content of the quotation opened at word k,
// following it into later sentences of the paragraph when needed.
func (s *sent) quoteStartingAt(k int) ([2]int, bool) {
	ws := s.ws
	closeMark := "”"
	if ws[k].low == "\"" {
		closeMark = "\""
	}
	for q := k + 1; q < len(ws); q++ {
		if ws[q].low == closeMark {
			return s.trimQuote(ws[k].end, ws[q].start)
		}
	}
	t := s.a.text
	hi := min(len(t), s.end+3000)
	region := t[s.end:hi]
	if p := strings.Index(region, "\n\n"); p >= 0 {
		region = region[:p]
	}
	if p := strings.Index(region, closeMark); p >= 0 {
		return s.trimQuote(ws[k].end, s.end+p)
	}
	return s.trimQuote(ws[k].end, s.end)
}

// trimQuote trims spaces and final punctuation inside a quotation.
func (s *sent) trimQuote(a, b int) ([2]int, bool) {
	t := s.a.text
	for a < b && strings.ContainsRune(" \t\n*_", rune(t[a])) {
		a++
	}
	for b > a && strings.ContainsRune(" \t\n.,;:!?*_…", rune(t[b-1])) {
		b--
	}
	return [2]int{a, b}, b > a
}

// nounSpeaker finds the speaker of a noun cue.
func (s *sent) nounSpeaker(h *hit) {
	ws := s.ws
	switch {
	case h.j < len(ws) && ws[h.j].low == "from":
		e := h.j + 1
		for e < len(ws) && !ws[e].punct && !ws[e].is(cBoundary) && ws[e].low != "over" && ws[e].low != "for" &&
			ws[e].low != "about" && ws[e].low != "on" && ws[e].low != "against" && e-h.j < 10 {
			e++
		}
		h.spS, h.spE = h.j+1, e
		h.cS, h.cE = ws[0].start, s.contentEnd()
		if e < len(ws) && ws[e].low == "that" {
			h.cS = s.at(e + 1)
		}
	case h.pronPoss:
		p := h.j - len(h.form.words) - 1
		h.spS, h.spE = p, p+1
	case h.nounPoss:
		k := h.i - 1
		for ws[k].low != "'s" {
			k--
		}
		e := k
		st := k - 1
		if m, ok := s.a.mentionEndingAt(ws[k-1].end); ok {
			for st > 0 && ws[st-1].end > m.Start {
				st--
			}
			for st > 0 && ws[st-1].start >= m.Start {
				st--
			}
		} else {
			for st > 0 && ws[st-1].isCap() && !ws[st-1].punct {
				st--
			}
		}
		if !s.a.endsMention(ws[k-1].end) && !ws[st].isCap() {
			return
		}
		h.spS, h.spE = st, e
	default:
		h.spS, h.spE, h.appositive = s.subjectLeft(h.i)
	}
}
