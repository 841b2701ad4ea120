package claims

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
)

// Name is the extractor's name in records and in extractors/all.
const Name = "claims"

// Extractor finds claims: who asserts, warns, proposes, supports, opposes or
// commits to what, and the text's own check-worthy assertions.
var Extractor = &extractors.Extractor{
	Name: Name,
	Doc:  "finds claims with their speaker, reporting cue, kind and hedged/negated/conditional flags",
	// No POS tags: cues come from the lexicon and speakers from clause
	// boundaries and resolved mentions, which keeps claims cheap.
	Needs:    extractors.NeedSentences,
	Requires: []string{"countries", "regions", "organisations", "treaties", "persons", "dates"},
	Run:      Run,
}

// Run finds the claims of one document.
func Run(d *extractors.Doc) (*extractors.Result, error) {
	a := newAnalyzer(d)
	bufs := bufPool.Get().(*buffers)
	a.wbuf = &bufs.words
	a.claims, a.attributed = bufs.claims[:0], bufs.attributed[:0]
	a.epigraphs()
	for i := range d.Sentences {
		a.sentence(i)
	}
	claims := slices.Clone(a.finish()) // the one allocation of the result
	// drop the references to this text
	clear(bufs.words)
	clear(a.claims)
	bufs.words, bufs.claims, bufs.attributed = bufs.words[:0], a.claims[:0], a.attributed[:0]
	bufPool.Put(bufs)
	return &extractors.Result{Claims: claims}, nil
}

// buffers are the buffers of a document's analysis, reused across
// documents: the words of the sentence being read, and the claims found so
// far, which grow without copying the claims again and again.
type buffers struct {
	words      []word
	claims     []extractors.Claim
	attributed []bool
}

var bufPool = sync.Pool{New: func() any { return &buffers{words: make([]word, 0, 256)} }}

// lowSpan is lower(a.text[s:e]), allocating only for a span with capitals
// that is more than one word of ASCII letters and digits.
func (a *analyzer) lowSpan(s, e int) string {
	t := a.text[s:e]
	up := false
	for k := 0; k < len(t); k++ {
		if c := t[k]; c >= 0x80 {
			return lower(t)
		} else if c-'A' < 26 {
			up = true
		}
	}
	if !up {
		return t
	}
	return a.lkSpan.lower(a.text, s, e)
}

// procedural reports hasProcedural(lower(a.text[s:e])) without lowering:
// hasProcedural folds ASCII capitals itself, and the only other characters
// that lower to what a phrase holds are the curly apostrophe (see
// curlyProcedural) and two letters lowered in a buffer when they occur.
func (a *analyzer) procedural(s, e int) bool {
	t := a.text[s:e]
	// Kelvin sign → k, İ → i; found by a byte of theirs rare in English
	// text, the Kelvin sign's 0x84 and İ's 0xC4
	if strings.IndexByte(t, 0x84) >= 0 && strings.Contains(t, "\u212a") || strings.IndexByte(t, 0xC4) >= 0 && strings.Contains(t, "\u0130") {
		a.lbuf = appendLower(a.lbuf[:0], t)
		return hasProcedural(a.lbuf)
	}
	return hasProcedural(t) || curlyProcedural(t)
}

// lowSpeaker is lower(sp.Text), read from the lowered text when the speaker
// is a span of it.
func (a *analyzer) lowSpeaker(sp extractors.Speaker) string {
	if sp.End > sp.Start && sp.End <= len(a.text) && a.text[sp.Start:sp.End] == sp.Text {
		return a.lowSpan(sp.Start, sp.End)
	}
	return lower(sp.Text)
}

// scan tokenises text[s:e] into a new slice.
func (a *analyzer) scan(s, e int) []word {
	return scanInto(make([]word, 0, (e-s)/5+1), a.text, &a.lkSpan, s, e)
}

// Confidence levels by how a claim was found: the more the pattern pins the
// speaker down, the higher.
const (
	confResolved = 0.9  // a cue with a subject resolved to an entity
	confText     = 0.75 // a cue with an unresolved speaker ("some critics")
	confAuthor   = 0.55 // the text's own voice: base
)

type analyzer struct {
	d    *extractors.Doc
	text string
	// lk lowers the words of the sentences, read in order; lkSpan those
	// of speakers and other spans read again, so that going back for them
	// does not send lk back.
	lk, lkSpan lowKeys
	wbuf       *[]word // the words of the sentence being read, reused
	sbuf       []word  // the words of a speaker phrase, reused
	lbuf       []byte  // a lowered span, reused
	// hitStore and hitPtrs hold the hits of the sentence being read
	hitStore []hit
	hitPtrs  []*hit
	title    string // the document's title, or the heading line a plain text opens with
	ments    []extractors.Mention
	// starts are the mentions' start offsets, for binary search
	starts []int

	claims []extractors.Claim
	// attributed marks claims with a speaker other than the author.
	attributed []bool

	// transcript turn state
	turnPerson string // entity of the current speaker label, if resolved
	turnLabel  string
	question   bool // inside a "Q" turn of a press briefing

	authors     []string // entity ids the document names as its authors
	authorsDone bool
	titlePerson string
	// titlePresident is the person the title calls President ("Remarks by
	// President Biden"), whom "the President" names in the text.
	titlePresident string
	// statement is set for statements, declarations and treaty texts,
	// whose actors' "will" is a commitment.
	statement bool
	factSheet bool // a White House "FACT SHEET: ...": see futureReport
	// listLead is the claim whose sentence ends in a colon, which the
	// list items right after it continue (see listItem).
	listLead *extractors.Claim
	// spoken is set for transcripts (speeches, briefings, interviews),
	// where the speaker's own voice needs stronger signals to be a
	// check-worthy statement.
	spoken bool
	// preamble is the body that speaks in a treaty's or resolution's
	// preamble and operative clauses ("The States Parties to this
	// Convention," then "Recognizing that ...", "1. Calls upon ...").
	preamble    extractors.Speaker
	preambleSet bool
	// declaration is set once a declaration's opening "WE, the ..." is
	// read (see declaration.go); operative after its "WE HEREBY <verb>:",
	// whose kind operativeKind is.
	declaration   bool
	operative     bool
	operativeKind string
	// treaty is set for the text of a treaty or convention, whose every
	// provision the Parties agree to: voice is the Parties as first named
	// ("The Parties"), and prevOpen reports that the sentence before did
	// not end, so an enumerated item after it continues it.
	treaty   bool
	voice    extractors.Speaker
	prevOpen bool
	// lastQuote is the speaker of the latest attributed quotation and
	// lastQuoteEnd where that sentence ends: a quotation opening right
	// after it continues the same speaker's words.
	lastQuote    *extractors.Speaker
	lastQuoteEnd int
	// quoted are spans of epigraph quotations attributed by a dash line;
	// their sentences hold no further claims.
	quoted []extractors.Span
}

func newAnalyzer(d *extractors.Doc) *analyzer {
	// the analyzer only reads the mentions: copy them only to sort them
	ms := d.Mentions
	starts := make([]int, len(ms))
	for k := range ms {
		starts[k] = ms[k].Start
	}
	if !slices.IsSorted(starts) {
		ms = slices.Clone(ms)
		slices.SortStableFunc(ms, func(a, b extractors.Mention) int { return a.Start - b.Start })
		for k := range ms {
			starts[k] = ms[k].Start
		}
	}
	a := &analyzer{d: d, text: d.Text, lk: lowKeys{keys: d.Words()}, lkSpan: lowKeys{keys: d.Words()}, ments: ms, starts: starts, title: docTitle(d)}
	lt := strings.ToLower(a.title)
	a.titlePerson = a.singleTitlePerson(lt)
	a.titlePresident = a.titleTitled("President ")
	for _, w := range []string{"statement", "declaration", "communiqué", "communique", "joint", "readout",
		"treaty", "convention", "agreement", "charter", "protocol", "accord", "memorandum"} {
		if strings.Contains(lt, w) {
			a.statement = true
		}
	}
	// A fact sheet reports what others will do: "Allies will approve",
	// "The United States will contribute" are its own statements of fact.
	a.factSheet = strings.HasPrefix(lt, "fact sheet")
	a.findTreatyVoice(lt)
	for _, w := range []string{"remarks", "speech", "interview", "briefing", "gaggle", "press call", "conference", "address"} {
		if strings.Contains(lt, w) {
			a.spoken = true
		}
	}
	return a
}

// docTitle returns the document's title; a plain text without one opens
// with its title on a line of its own ("Joint Leaders Statement on AUKUS",
// "NORTH ATLANTIC TREATY"): a short first paragraph that does not end a
// sentence.
func docTitle(d *extractors.Doc) string {
	if d.Title != "" {
		return d.Title
	}
	t := strings.TrimLeft(d.Text, " \t\n")
	end := strings.Index(t, "\n")
	if end < 0 {
		return ""
	}
	line := strings.TrimSpace(strings.TrimLeft(t[:end], "#* "))
	line = strings.TrimRight(line, "*_ ")
	if line == "" || len(line) > 200 || strings.HasSuffix(line, ".") || strings.HasSuffix(line, ",") ||
		strings.HasSuffix(line, ";") || strings.HasSuffix(line, ":") {
		return ""
	}
	return line
}

// labelRE matches a transcript speaker label ("MR. ZIENTS:", "THE PRESIDENT:").
var labelRE = regexp.MustCompile(`^([A-Z][A-Z.'’\-]*(?:[ \t]+[A-Z][A-Z.'’\-]*){0,5}):\s`)

// speakerLabel tells a transcript's speaker label ("MR. ZIENTS", "THE
// PRESIDENT") from a capitalised lead-in ("SAFEGUARDING THE NATION").
func speakerLabel(l string) bool {
	ws := strings.Fields(l)
	if len(ws) <= 2 && !strings.HasSuffix(ws[len(ws)-1], "ING") {
		return true
	}
	for _, w := range ws {
		switch strings.Trim(w, ".") {
		case "MR", "MS", "MRS", "DR", "PRESIDENT", "SECRETARY", "AMBASSADOR", "GENERAL", "ADMIRAL",
			"SENATOR", "GOVERNOR", "MINISTER", "MODERATOR", "OPERATOR", "SPOKESPERSON", "CHAIRMAN",
			"DIRECTOR", "ADMINISTRATOR", "LADY", "OFFICIAL", "SPEAKER", "LEADER", "MAYOR", "KING", "QUEEN":
			return true
		}
	}
	return false
}

// questionRE matches a reporter's turn in a briefing transcript.
var questionRE = regexp.MustCompile(`^Q[:.]?\s`)

// boldLeadRE matches a bold lead-in ending with a colon ("**SAFEGUARDING THE NATION:**").
var boldLeadRE = regexp.MustCompile(`^\*\*[^*\n]{1,120}?(?::\*\*|\*\*:)\s*`)

// bulletRE matches Markdown list markers and emphasis at the start of a line.
var bulletRE = regexp.MustCompile(`^(?:[-*•+]\s+|\d{1,3}[.)]\s+|>\s*)+`)

// bulletStart reports whether t starts like bulletRE: a list marker, a
// digit or a block-quote mark.
func bulletStart(t string) bool {
	if t == "" {
		return false
	}
	c := t[0]
	return c == '-' || c == '*' || c == '+' || c == '>' || '0' <= c && c <= '9' || strings.HasPrefix(t, "•")
}

// labelIndex matches labelRE at the start of t, returning the end of the
// label (its group) and of the match. The expression reads one way only
// (capitals and marks, blanks before each further word, a colon), so one
// pass without backtracking matches it.
func labelIndex(t string) (label, end int, ok bool) {
	k := 0
	for words := 1; ; words++ {
		if k >= len(t) || t[k] < 'A' || t[k] > 'Z' {
			return 0, 0, false // a word starts with a capital
		}
		k++
		for k < len(t) {
			if c := t[k]; 'A' <= c && c <= 'Z' || c == '.' || c == '\'' || c == '-' {
				k++
			} else if strings.HasPrefix(t[k:], "’") {
				k += len("’")
			} else {
				break
			}
		}
		b := k
		for b < len(t) && (t[b] == ' ' || t[b] == '\t') {
			b++
		}
		if b == k || words == 6 || b == len(t) || t[b] < 'A' || t[b] > 'Z' {
			break
		}
		k = b
	}
	if k+1 < len(t) && t[k] == ':' {
		switch t[k+1] {
		case ' ', '\t', '\n', '\f', '\r': // \s
			return k, k + 2, true
		}
	}
	return 0, 0, false
}

// paragraphNumber returns the length of a bare paragraph number and its
// spaces before the opening of a declaration's clause ("1 WE, the Member
// States ...;", "2 APPRECIATING ..."), or 0. A number before anything else
// ("2 Chinese vessels") is part of the sentence.
func paragraphNumber(t string) int {
	k := 0
	for k < len(t) && k < 3 && '0' <= t[k] && t[k] <= '9' {
		k++
	}
	if k == 0 || k >= len(t) || t[k] != ' ' {
		return 0
	}
	b := k
	for b < len(t) && t[b] == ' ' {
		b++
	}
	e := b
	for e < len(t) && 'A' <= t[e] && t[e] <= 'Z' {
		e++
	}
	if e < len(t) && 'a' <= t[e] && t[e] <= 'z' {
		return 0
	}
	// Only the declaration's own openings: "WE," and a participle in
	// capitals ("APPRECIATING"), not a count before an acronym ("2 US
	// officials", "3 NATO allies").
	if w := t[b:e]; w == "WE" && strings.HasPrefix(t[e:], ",") || len(w) >= 5 && strings.HasSuffix(w, "ING") {
		return b
	}
	return 0
}

// body trims a sentence's lead-ins and reports whether it can hold claims.
func (a *analyzer) body(s extractors.Span) (start int, ok bool) {
	t := a.text[s.Start:s.End]
	off := 0
	if strings.HasPrefix(t, "#") || strings.HasPrefix(t, `\#`) {
		return 0, false
	}
	// each expression runs only where its first characters can match
	if bulletStart(t) {
		if m := bulletRE.FindString(t); m != "" {
			off += len(m)
		}
	}
	off += paragraphNumber(t[off:])
	if off < len(t) && t[off] == 'Q' && questionRE.MatchString(t[off:]) {
		a.question = true
		a.turnLabel, a.turnPerson = "", ""
		return 0, false
	}
	if label, end, ok := labelIndex(t[off:]); ok && speakerLabel(t[off:off+label]) {
		a.question = false
		a.spoken = true
		a.turnLabel = t[off : off+label]
		a.turnPerson = a.personIn(s.Start+off, s.Start+off+label)
		if a.turnPerson == "" && strings.Contains(a.turnLabel, "PRESIDENT") && !strings.Contains(a.turnLabel, "VICE") {
			a.turnPerson = a.titlePresident
		}
		off += end
	}
	if strings.HasPrefix(t[off:], "**") {
		if m := boldLeadRE.FindString(t[off:]); m != "" {
			off += len(m)
		}
	}
	for off < len(t) && (t[off] == '*' || t[off] == '_' || t[off] == ' ' || t[off] == '\\') {
		off++
	}
	if a.question || off >= len(t) {
		return 0, false
	}
	return s.Start + off, true
}

// closers are sets of ASCII bytes that trimClosers trims with the curly
// quotes ” and ’: sentenceClosers after a question mark, authorClosers after
// a sentence's final mark.
type closers [utf8.RuneSelf]bool

var sentenceClosers, authorClosers = closerSet(" \")]*_"), closerSet(" \t\n*_\")]")

func closerSet(ascii string) (t closers) {
	for k := 0; k < len(ascii); k++ {
		t[ascii[k]] = true
	}
	return t
}

// trimClosers is strings.TrimRight(t, ascii+"”’") for the ASCII bytes of
// set, without the rune-by-rune search TrimRight makes for a cutset that is
// not all ASCII.
func trimClosers(t string, set *closers) string {
	for len(t) > 0 {
		if c := t[len(t)-1]; c < utf8.RuneSelf {
			if !set[c] {
				break
			}
			t = t[:len(t)-1]
		} else if strings.HasSuffix(t, "”") || strings.HasSuffix(t, "’") {
			t = t[:len(t)-len("”")]
		} else {
			break
		}
	}
	return t
}

// sentence finds the claims of sentence si.
func (a *analyzer) sentence(si int) {
	s := a.d.Sentences[si]
	for _, q := range a.quoted {
		if s.Start >= q.Start && s.End <= q.End+len("”.") {
			return
		}
	}
	start, ok := a.body(s)
	if !ok {
		a.listLead = nil
		return
	}
	if c, ok := a.listItem(s, start); ok {
		a.claims = append(a.claims, c)
		a.attributed = append(a.attributed, true)
		return
	}
	a.listLead = nil
	if t := trimClosers(a.text[s.Start:s.End], &sentenceClosers); strings.HasSuffix(t, "?") {
		return // questions, rhetorical ones included, claim nothing
	}
	*a.wbuf = scanInto((*a.wbuf)[:0], a.text, &a.lk, start, s.End)
	ws := *a.wbuf
	if k := clearLeadIn(ws); k > 0 {
		// "Let me be clear: Australia is not seeking ...": the statement
		// after the lead-in
		ws = ws[k:]
		start = ws[0].start
	}
	if len(ws) == 0 {
		return
	}
	if a.preambleHead(ws) || a.operativeLead(ws) || signature(ws) {
		return
	}
	a.declarationHead(ws)
	if c, ok := a.operativeClause(ws); ok {
		a.claims = append(a.claims, c)
		a.attributed = append(a.attributed, true)
		return
	}
	if c, ok := a.preambleClause(ws); ok {
		if a.treaty {
			c.Speaker = a.voiceSpeaker()
		}
		a.claims = append(a.claims, c)
		a.attributed = append(a.attributed, true)
		return
	}
	if c, ok := a.declarationClause(ws); ok {
		a.claims = append(a.claims, c)
		a.attributed = append(a.attributed, true)
		return
	}
	if a.treaty {
		a.treatyProvision(ws, start, s)
		return
	}
	if c, ok := a.colonQuote(ws, start, s); ok {
		a.claims = append(a.claims, c)
		a.attributed = append(a.attributed, true)
		return
	}
	if c, ok := a.continuedQuote(ws, start, s); ok {
		a.claims = append(a.claims, c)
		a.attributed = append(a.attributed, true)
		return
	}
	sa := &sent{a: a, ws: ws, start: start, end: s.End, si: si}
	sa.findHits()
	if len(sa.hits) > 0 {
		built := dropLightVerbTwins(sa.build())
		for _, c := range built {
			a.claims = append(a.claims, c)
			a.attributed = append(a.attributed, true)
		}
		if sa.quoteSpeaker != nil {
			a.lastQuote, a.lastQuoteEnd = sa.quoteSpeaker, s.End
		}
		if n := len(built); n > 0 && built[n-1].Cue != nil && strings.HasSuffix(strings.TrimSpace(a.text[s.Start:s.End]), ":") {
			// "President Biden announced that the United States will
			// take the following actions:": the list items after it
			// are his too
			a.listLead = &built[n-1]
		}
		if len(built) > 0 {
			// "X endangers Y, and we must ...": the clause before a
			// commitment may be the author's statement of fact
			if c, ok := sa.clauseBeforeCommitment(built[0]); ok {
				a.claims = append(a.claims, c)
				a.attributed = append(a.attributed, false)
			}
			return
		}
	}
	if c, ok := sa.authorClaim(); ok {
		a.claims = append(a.claims, c)
		a.attributed = append(a.attributed, false)
	}
}

// clearLeadIn returns the number of words of a lead-in such as "But let me
// be clear:", "To be clear," or "You know," that opens ws with a statement
// after it, or 0.
func clearLeadIn(ws []word) int {
	k := 0
	if k < len(ws) && (ws[k].low == "but" || ws[k].low == "and" || ws[k].low == "so" || ws[k].low == "now") {
		k++
	}
	switch {
	case k+2 < len(ws) && (ws[k].low == "you" && ws[k+1].low == "know" && ws[k+2].low == "," || ws[k].low == "look" && ws[k+1].low == ","):
		// "You know, as a key project, we are launching ...", "Look, ..."
		if ws[k+1].low == "," {
			return k + 2
		}
		return k + 3
	case k+2 < len(ws) && ws[k].low == "let" && ws[k+1].low == "me" && ws[k+2].low == "be":
		k += 3
	case k+1 < len(ws) && ws[k].low == "to" && ws[k+1].low == "be":
		k += 2
	default:
		return 0
	}
	for k < len(ws) && isAdverb(ws[k]) || k < len(ws) && ws[k].low == "very" {
		k++
	}
	if k+2 >= len(ws) || ws[k].low != "clear" || ws[k+1].low != ":" && ws[k+1].low != "," && ws[k+1].low != "—" {
		return 0
	}
	return k + 2
}

// preambleHead records a line that names the body speaking in the
// paragraphs after it: a short capitalised phrase ending with a comma, on a
// line of its own ("The General Assembly,").
func (a *analyzer) preambleHead(ws []word) bool {
	n := len(ws)
	if n < 3 || n > 14 || ws[n-1].low != "," || !ws[0].isCap() || ws[0].is(cLead) {
		return false
	}
	for k := 0; k < n-1; k++ {
		if ws[k].punct {
			return false
		}
		if f, _ := matchVerb(ws, k); f != nil && !ws[k].isCap() {
			return false // a clause, not a name
		}
	}
	sp := a.resolve(ws, 0, n-1)
	if sp.Entity == "" && len(sp.Members) == 0 && !ws[n-2].is(cPartyWord) && !ws[n-2].isCap() {
		return false
	}
	a.preamble, a.preambleSet = sp, true
	return true
}

// preambleClause reads a preamble or operative clause that opens with its
// cue, the speaker named in the preamble head: "Recognizing that ...",
// "Calls upon all States to ...".
func (a *analyzer) preambleClause(ws []word) (extractors.Claim, bool) {
	if !a.preambleSet || len(ws) < 3 || !ws[0].isCap() {
		return extractors.Claim{}, false
	}
	f, j := matchVerb(ws, 0)
	if f == nil || !(f.ing || strings.HasSuffix(ws[0].low, "s") || strings.HasSuffix(ws[0].low, "ed")) {
		return extractors.Claim{}, false
	}
	return a.clauseClaim(ws, j, f.kind)
}

// continuedQuote attributes a quotation that opens right after an
// attributed one to the same speaker: '“...,” said X. “And more ...”'.
func (a *analyzer) continuedQuote(ws []word, start int, s extractors.Span) (extractors.Claim, bool) {
	if a.lastQuote == nil || len(ws) < 3 || !isOpenQuoteTok(ws, 0) {
		return extractors.Claim{}, false
	}
	if s.Start < a.lastQuoteEnd || s.Start-a.lastQuoteEnd > 4 || strings.TrimSpace(a.text[a.lastQuoteEnd:s.Start]) != "" {
		return extractors.Claim{}, false
	}
	sub := &sent{a: a, ws: ws, start: start, end: s.End}
	q, ok := sub.quoteStartingAt(0)
	if !ok {
		return extractors.Claim{}, false
	}
	// a quotation with its own attribution is handled as usual
	for _, w := range ws {
		if w.start > q[1] && (w.low == "said" || w.low == "says" || w.low == "added") {
			return extractors.Claim{}, false
		}
	}
	sp := *a.lastQuote
	sp.Members = slices.Clone(sp.Members)
	hedged, negated, cond := sub.flags(q[0], q[1])
	a.lastQuoteEnd = max(s.End, q[1])
	return extractors.Claim{Start: q[0], End: q[1], Speaker: sp, Kind: "assertion",
		Hedged: hedged, Negated: negated, Conditional: cond, Confidence: confText}, true
}

// colonQuote reads a quotation introduced by its speaker's name and a colon,
// as press releases list reactions: "Rep. Young Kim: “I'm glad ...”".
func (a *analyzer) colonQuote(ws []word, start int, s extractors.Span) (extractors.Claim, bool) {
	colon := -1
	for k := 0; k < len(ws) && k < 10; k++ {
		if ws[k].low == ":" {
			colon = k
			break
		}
		if ws[k].punct && ws[k].low != "." && ws[k].low != "," {
			return extractors.Claim{}, false
		}
	}
	if colon < 1 || colon+1 >= len(ws) || !isOpenQuoteTok(ws, colon+1) || !ws[0].isCap() {
		return extractors.Claim{}, false
	}
	sub := &sent{a: a, ws: ws, start: start, end: s.End}
	q, ok := sub.quoteStartingAt(colon + 1)
	if !ok {
		return extractors.Claim{}, false
	}
	sp := a.resolve(ws, 0, colon)
	if sp.Entity == "" && len(sp.Members) == 0 && !ws[colon-1].isCap() {
		return extractors.Claim{}, false
	}
	hedged, negated, cond := sub.flags(q[0], q[1])
	conf := confResolved - 0.1
	if sp.Entity == "" {
		conf = confText - 0.1
	}
	return extractors.Claim{Start: q[0], End: q[1], Speaker: sp, Kind: "assertion",
		Hedged: hedged, Negated: negated, Conditional: cond, Confidence: conf}, true
}

// finish drops author claims that a multi-sentence quotation covers, and
// sorts the claims by position.
func (a *analyzer) finish() []extractors.Claim {
	// the spans of the attributed claims, which cover author claims
	var spans []extractors.Span
	for i, c := range a.claims {
		if a.attributed[i] {
			spans = append(spans, extractors.Span{Start: c.Start, End: c.End})
		}
	}
	out := a.claims[:0] // filtered in place
	for i, c := range a.claims {
		if !a.attributed[i] {
			covered := false
			for _, o := range spans {
				if o.Start < c.End && c.Start < o.End {
					covered = true
					break
				}
			}
			if covered {
				continue
			}
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil
	}
	byPos := func(x, y extractors.Claim) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return x.End - y.End
	}
	if !slices.IsSortedFunc(out, byPos) {
		slices.SortStableFunc(out, byPos)
	}
	return out
}

// mentionsFrom returns the index of the first mention starting at s or
// later.
func (a *analyzer) mentionsFrom(s int) int {
	i, _ := slices.BinarySearch(a.starts, s)
	return i
}

// mentionsIn returns the mentions inside [s, e).
func (a *analyzer) mentionsIn(s, e int) []extractors.Mention {
	i, _ := slices.BinarySearch(a.starts, s)
	var out []extractors.Mention
	for ; i < len(a.ments) && a.ments[i].Start < e; i++ {
		if a.ments[i].End <= e {
			out = append(out, a.ments[i])
		}
	}
	return out
}

// mentionAt returns the mention starting at byte off, if any.
func (a *analyzer) mentionAt(off int) (extractors.Mention, bool) {
	i, found := slices.BinarySearch(a.starts, off)
	if !found {
		return extractors.Mention{}, false
	}
	return a.ments[i], true
}

// mentionEndingAt returns the mention ending at byte off, if any.
func (a *analyzer) mentionEndingAt(off int) (extractors.Mention, bool) {
	i, _ := slices.BinarySearch(a.starts, off)
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if a.ments[k].End == off {
			return a.ments[k], true
		}
	}
	return extractors.Mention{}, false
}

// lastBefore returns the most recent mention before off whose type is in types.
func (a *analyzer) lastBefore(off int, types ...string) (extractors.Mention, bool) {
	i, _ := slices.BinarySearch(a.starts, off)
	for k := i - 1; k >= 0; k-- {
		if a.ments[k].End <= off && slices.Contains(types, a.ments[k].Type) {
			return a.ments[k], true
		}
	}
	return extractors.Mention{}, false
}

func (a *analyzer) personIn(s, e int) string {
	for k := a.mentionsFrom(s); k < len(a.ments) && a.ments[k].Start < e; k++ {
		if m := &a.ments[k]; m.End <= e && m.Type == "person" && m.Entity != "" {
			return m.Entity
		}
	}
	return ""
}

// titleEntities returns the entities of the document whose forms appear in
// its title, in order of first appearance.
func (a *analyzer) titleEntities(types ...string) []string {
	title := a.title
	if title == "" {
		return nil
	}
	type hit struct {
		pos int
		id  string
	}
	var hits []hit
	for _, e := range a.d.Entities {
		if !slices.Contains(types, e.Type) {
			continue
		}
		best := -1
		forms := append([]string{e.Name}, e.Forms...)
		if e.Type == "person" {
			// titles name people by surname: "President Macron"
			for _, f := range forms {
				if i := strings.LastIndex(f, " "); i > 0 {
					forms = append(forms, f[i+1:])
				}
			}
		}
		for _, f := range forms {
			if p := wordIndex(title, f); p >= 0 && (best < 0 || p < best) {
				best = p
			}
		}
		if best >= 0 {
			hits = append(hits, hit{best, e.ID})
		}
	}
	slices.SortStableFunc(hits, func(x, y hit) int {
		if x.pos != y.pos {
			return x.pos - y.pos
		}
		return strings.Compare(x.id, y.id)
	})
	var ids []string
	for _, h := range hits {
		if !slices.Contains(ids, h.id) {
			ids = append(ids, h.id)
		}
	}
	return ids
}

// epigraphs attributes quotations that stand alone in a paragraph followed
// by a dash line naming the speaker ("“...” – President Biden, February 19,
// 2021"), as statements and fact sheets open.
func (a *analyzer) epigraphs() {
	for si := 1; si < len(a.d.Sentences); si++ {
		s := a.d.Sentences[si]
		t := a.text[s.Start:s.End]
		r, size := utf8.DecodeRuneInString(t)
		if r != '–' && r != '—' && r != '-' && r != '―' {
			continue
		}
		// the quotation ends right before the dash line
		before := strings.TrimRight(a.text[:s.Start], " \t\n*_")
		if !strings.HasSuffix(before, "”") && !strings.HasSuffix(before, "\"") {
			continue
		}
		closeAt := len(before) - len("”")
		if strings.HasSuffix(before, "\"") {
			closeAt = len(before) - 1
		}
		para := strings.LastIndex(a.text[:closeAt], "\n\n")
		open := strings.IndexAny(a.text[para+1:closeAt], "“\"")
		if open < 0 {
			continue
		}
		open += para + 1
		ws := a.scan(s.Start+size, s.End)
		e := 0
		for e < len(ws) && !ws[e].punct && e < 8 {
			e++
		}
		if e == 0 {
			continue
		}
		sp := a.resolve(ws, 0, e)
		if sp.Entity == "" && len(sp.Members) == 0 && !ws[0].isCap() {
			continue
		}
		_, qs := utf8.DecodeRuneInString(a.text[open:])
		cs, ce := open+qs, closeAt
		for ce > cs && strings.ContainsRune(" .,…;:!?", rune(a.text[ce-1])) {
			ce--
		}
		if ce <= cs {
			continue
		}
		sub := &sent{a: a, ws: a.scan(cs, ce), start: cs, end: ce}
		hedged, negated, cond := sub.flags(cs, ce)
		kind := "assertion"
		for k := range sub.ws {
			if f, _ := matchVerb(sub.ws, k); f != nil && f.kind == "commitment" {
				kind = "commitment"
			}
		}
		conf := confResolved
		if sp.Entity == "" {
			conf = confText
		}
		a.claims = append(a.claims, extractors.Claim{Start: cs, End: ce, Speaker: sp,
			Cue:  &extractors.Cue{Text: a.text[s.Start : s.Start+size], Start: s.Start, End: s.Start + size},
			Kind: kind, Hedged: hedged, Negated: negated, Conditional: cond, Confidence: conf - 0.1})
		a.attributed = append(a.attributed, true)
		a.quoted = append(a.quoted, extractors.Span{Start: open, End: closeAt})
	}
}

// titleTitled returns the person whose name follows title in the document
// title ("President Biden"), or "".
func (a *analyzer) titleTitled(title string) string {
	if a.title == "" {
		return ""
	}
	for _, e := range a.d.Entities {
		if e.Type != "person" {
			continue
		}
		for _, f := range append([]string{e.Name}, e.Forms...) {
			if f != "" && wordIndex(a.title, title+f) >= 0 {
				return e.ID
			}
			if i := strings.LastIndex(f, " "); i > 0 && wordIndex(a.title, title+f[i+1:]) >= 0 {
				return e.ID
			}
		}
	}
	return ""
}

// titleSpeakerRE matches the start of a title up to its speaker's name:
// "Remarks by President", "Statement of", "Message from the First Lady".
var titleSpeakerRE = regexp.MustCompile(`(?i)^(?:[\w.'’-]+\s+){0,3}(?:remarks|statement|message|letter|readout|address|interview|op-ed|proclamation|speech)(?:\s+as\s+prepared\s+for\s+delivery)?\s+(?:by|of|from)\s+(?:the\s+)?(?:(?:president|vice|first|lady|secretary|press|prime|minister|ambassador|governor|senator|general|deputy|national|security|advisor|adviser|dr\.?|mr\.?|ms\.?|mrs\.?)\s+)*$`)

// titleSpeakerWords are the words titleSpeakerRE needs one of.
var titleSpeakerWords = []string{"remarks", "statement", "message", "letter", "readout", "address", "interview",
	"op-ed", "proclamation", "speech"}

// maySpeakerTitle reports whether titleSpeakerRE may match a start of the
// title whose lower case is lt: false for an ASCII title without any of its
// words (letters outside ASCII may fold to ASCII ones in the expression).
func maySpeakerTitle(lt string) bool {
	for k := 0; k < len(lt); k++ {
		if lt[k] >= utf8.RuneSelf {
			return true
		}
	}
	for _, w := range titleSpeakerWords {
		if strings.Contains(lt, w) {
			return true
		}
	}
	return false
}

// singleTitlePerson returns the person a title names as the document's
// speaker ("Remarks by President Biden ...", "Statement of Joe Biden on
// ..."), who speaks as "I" in it.
func (a *analyzer) singleTitlePerson(lowTitle string) string {
	title := a.title
	if title == "" || !maySpeakerTitle(lowTitle) {
		return ""
	}
	// the expression reads only the title before the name, and many names
	// and forms start at the same place: match each start once
	memo := make([]int8, len(title)+1) // 0 not yet matched, 1 false, 2 true
	speaks := func(g string) bool {
		p := wordIndex(title, g)
		if p < 0 {
			return false
		}
		if memo[p] == 0 {
			memo[p] = 1
			if titleSpeakerRE.MatchString(title[:p]) {
				memo[p] = 2
			}
		}
		return memo[p] == 2
	}
	for k := range a.d.Entities {
		e := &a.d.Entities[k]
		if e.Type != "person" {
			continue
		}
		// each form (the name first), then its last word ("Biden")
		for n := -1; n < len(e.Forms); n++ {
			f := e.Name
			if n >= 0 {
				f = e.Forms[n]
			}
			if speaks(f) {
				return e.ID
			}
			if i := strings.LastIndex(f, " "); i > 0 && speaks(f[i+1:]) {
				return e.ID
			}
		}
	}
	return ""
}

// docAuthors returns the entities a joint document names as its authors: the
// countries, organisations or leaders in its title, else in its first
// sentence, when there are at least two.
func (a *analyzer) docAuthors() []string {
	if a.authorsDone {
		return a.authors
	}
	a.authorsDone = true
	lt := strings.ToLower(a.title)
	if strings.Contains(lt, "joint") || strings.Contains(lt, "leaders") || strings.Contains(lt, "declaration") ||
		strings.Contains(lt, "communiqué") || strings.Contains(lt, "communique") || strings.Contains(lt, "statement") {
		if ids := a.titleEntities("country", "organisation", "person"); len(ids) >= 2 {
			a.authors = ids
			return ids
		}
	}
	if len(a.d.Sentences) > 0 {
		s := a.d.Sentences[0]
		for k := 1; k < len(a.d.Sentences) && k < 3 && strings.HasPrefix(a.text[s.Start:s.End], "#"); k++ {
			s = a.d.Sentences[k]
		}
		low := strings.ToLower(a.text[s.Start:s.End])
		if strings.Contains(low, "we") || strings.Contains(low, "joint") || strings.Contains(low, "leaders") {
			var ids []string
			for _, m := range a.mentionsIn(s.Start, s.End) {
				if (m.Type == "country" || m.Type == "organisation" || m.Type == "person") && m.Entity != "" && !slices.Contains(ids, m.Entity) {
					ids = append(ids, m.Entity)
				}
			}
			if len(ids) >= 2 {
				a.authors = ids
			}
		}
	}
	return a.authors
}

// wordIndex finds f in s at word boundaries, or -1.
func wordIndex(s, f string) int {
	if f == "" {
		return -1
	}
	for off := 0; off < len(s); {
		p := strings.Index(s[off:], f)
		if p < 0 {
			return -1
		}
		p += off
		e := p + len(f)
		if (p == 0 || !isWordByte(s[p-1])) && (e == len(s) || !isWordByte(s[e])) {
			return p
		}
		off = p + 1
	}
	return -1
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// listItem makes the claim of a list item ("-   Two squadrons of F-35
// aircraft to the United Kingdom.") after a claim that ends in a colon:
// the same speaker, cue and kind, the item as content.
func (a *analyzer) listItem(s extractors.Span, start int) (extractors.Claim, bool) {
	lead := a.listLead
	if lead == nil || start == s.Start {
		return extractors.Claim{}, false // no lead, or no list marker
	}
	t := a.text[s.Start:start]
	if m := strings.TrimLeft(t, " \t"); m == "" || m[0] != '-' && m[0] != '*' && m[0] != '+' && !strings.HasPrefix(m, "•") {
		return extractors.Claim{}, false
	}
	end := s.End
	for end > start && strings.ContainsRune(" .;", rune(a.text[end-1])) {
		end--
	}
	if end-start < 4 || strings.IndexByte(a.text[start:end], ' ') < 0 {
		return extractors.Claim{}, false // a number or a word is no item
	}
	c := *lead
	c.Start, c.End = start, end
	c.Hedged, c.Negated, c.Conditional = false, false, false
	return c, true
}

// dropLightVerbTwins drops the claim of a reporting noun carried by a light
// verb that is a cue of its own ("We reaffirm our strong commitment to"):
// the verb's claim, whose cue starts at the same word, already holds the
// noun phrase as its content. A plain verb takes the noun's kind when it
// says more ("reiterated their strong support": support).
func dropLightVerbTwins(cs []extractors.Claim) []extractors.Claim {
	drop := make([]bool, len(cs))
	for i, c := range cs {
		for j := range cs {
			o := &cs[j]
			if j != i && c.Cue != nil && o.Cue != nil && o.Cue.Start == c.Cue.Start && o.Cue.End < c.Cue.End {
				drop[i] = true
				if o.Kind == "assertion" && c.Kind != "commitment" {
					o.Kind = c.Kind
				}
				break
			}
		}
	}
	out := cs[:0]
	for i, c := range cs {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}
