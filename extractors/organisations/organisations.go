package organisations

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/gazetteer"
	"github.com/polexhq/polex/extractors/persons"
)

// Name is the extractor's name in records and in extractors/all.
const Name = "organisations"

// Mention type and priorities (see extractors.Mention).
const (
	mentionType     = "organisation"
	priorityGaz     = 10
	priorityPattern = 5
)

// ix is the embedded gazetteer, loaded once; a broken data file panics here
// (and fails the package tests) instead of silently matching less.
var ix = loadIndex()

// Extractor finds organisation mentions.
var Extractor = &extractors.Extractor{
	Name: Name,
	Doc: "finds organisations (UN bodies, alliances, ministries, armed forces, think tanks, parties, companies) " +
		"by a curated gazetteer, name patterns and acronyms defined in the text",
	// It reads only the text: no tokens or tags from the pipeline.
	Run: run,
}

// cand is a candidate mention before arbitration.
type cand struct {
	start, end int
	entity     string
	name, kind string
	wikidata   string
	rank       int // arbitration among this extractor's own candidates
	priority   int // Mention.Priority
	weak       bool
	licensors  []string
	// alliance marks an "X Alliance" name (or NATO) that a later bare "the
	// Alliance" may refer to; bareAlliance marks that bare form.
	alliance, bareAlliance bool
}

func run(d *extractors.Doc) (*extractors.Result, error) { return runUnits(d, false) }

// runUnits is run; with allUnits it splits the text into every unit by the
// byte scan (splitUnitsInto) rather than over the tokens, leaving out the
// units no rule reads (splitUnitsWords): the tests check that both find the
// same mentions.
func runUnits(d *extractors.Doc, allUnits bool) (*extractors.Result, error) {
	text := d.Text
	sc := scratchPool.Get().(*scratch)
	sc.reset(len(text))
	var us []unit
	if allUnits {
		us, sc.keys = splitUnitsInto(sc.us, sc.keys, text)
		sc.marks = markUnits(us, sc.marks[:0])
	} else {
		us = splitUnitsWords(sc, text, d.Words())
	}
	marks := sc.marks
	var cs, keep, kept []cand
	defer func() {
		// Nothing outside run keeps a reference to the units, their keys,
		// the bitsets or the candidates: mentions hold strings of the text
		// and the gazetteer's, and new ones.
		clear(us)
		sc.us = us[:0]
		for i, c := range [...][]cand{cs, keep, kept} {
			clear(c)
			sc.cands[i] = c[:0]
		}
		scratchPool.Put(sc)
	}()
	memo := &docMemo{}
	pcs := findPatterns(d, us, marks, memo)
	cs = gazetteerCands(text, d.Words(), us, sc.bitset(len(text)+1), len(pcs), sc.cands[0])
	gazEnds, gazStarts := sc.bitset(len(text)+1), sc.bitset(len(text)+1)
	for _, c := range cs {
		gazEnds.set(c.end)
		gazStarts.set(c.start)
	}
	for _, pc := range pcs {
		pc, ok := splitKnown(text, pc, gazEnds, gazStarts)
		if !ok {
			continue
		}
		pc = cutAfterKnown(text, pc, gazEnds)
		if c, ok := patternToCand(text, pc, memo); ok {
			cs = append(cs, c)
		}
	}
	acrs, notOrg := acronymCands(text, us, marks, cs)
	cs = append(cs, acrs...)
	if len(notOrg) > 0 {
		// "Harmonized Tariff Schedule (HTS)": here HTS is no armed group.
		cs = slices.DeleteFunc(cs, func(c cand) bool { return notOrg[text[c.start:c.end]] })
	}
	keep = resolveWeak(us, cs, sc.cands[1])
	keep = bareHeads(text, us, marks, keep)
	kept = arbitrate(keep, sc)
	shortForms(text, kept)
	res := &extractors.Result{Mentions: make([]extractors.Mention, 0, len(kept))}
	for _, c := range kept {
		m := extractors.Mention{
			Start: c.start, End: c.end, Type: mentionType,
			Entity: c.entity, Name: c.name, Kind: c.kind, Priority: c.priority,
		}
		if c.wikidata != "" {
			m.Codes = map[string]string{"wikidata": c.wikidata}
		}
		res.Mentions = append(res.Mentions, m)
	}
	return res, nil
}

func orgCand(o *Org, start, end, priority int) cand {
	return cand{
		start: start, end: end, entity: o.ID, name: o.Name, kind: o.Kind,
		wikidata: o.Wikidata, rank: priority, priority: priority,
		alliance: o.ID == "org:nato",
	}
}

// gazetteerCands runs the trie over the whole text once. ends is an empty
// bitset over the text's offsets; the result has room for more candidates
// after its own, in buf if it is large enough.
func gazetteerCands(text string, toks []gazetteer.Token, us []unit, ends bitset, more int, buf []cand) []cand {
	var shout lineCache
	// Every start's longest match, overlaps included: arbitration picks
	// among them after weak aliases are settled, so an unlicensed "the
	// House" cannot hide "House of Lords".
	ms := ix.matcher.FindAllTokens(text, toks)
	out := buf[:0]
	if n := len(ms) + more + len(ms)/8 + 4; cap(out) < n {
		out = make([]cand, 0, n)
	}
	for _, m := range ms {
		ends.set(m.End)
	}
	for _, m := range ms {
		if codeSuffix(text, m.Start, ends) {
			continue // "SSN-AUKUS" is a submarine class
		}
		ref := &ix.refs[m.Values[0]]
		o := &ix.orgs[ref.org]
		a := &o.Aliases[ref.alias]
		if ref.short && shouting(text, m.Start, &shout) {
			continue // "WHAT IS NEXT" in a headline is not Islamic State
		}
		start := m.Start
		if ref.possessor {
			start = trimPossessor(text, m.Start, m.End)
		}
		if ref.the {
			start = skipThe(text, start, m.End)
		}
		c := orgCand(o, start, m.End, priorityGaz)
		if p := foreignPossessor(text, us, c.start, ref.usBody); p != "" {
			// "Japan's National Security Council" is not the American one.
			c.entity = "org:" + slugWords(p+" "+text[c.start:c.end])
			c.name = p + "'s " + text[c.start:c.end]
			c.wikidata = ""
			c.priority, c.rank = priorityPattern, priorityPattern
		}
		c.weak = a.Weak
		c.licensors = a.Licensors
		c.bareAlliance = ref.bareAlliance
		out = append(out, c)
	}
	return out
}

// codeSuffix: the name is glued by a hyphen to a preceding all-capitals
// code that is not itself an organisation ("SSN-AUKUS"), so it is part of a
// designation. "EU-NATO" and "U.S.-NATO" keep their NATO.
func codeSuffix(text string, start int, ends bitset) bool {
	if start < 3 || text[start-1] != '-' || ends.has(start-1) {
		return false
	}
	i := start - 1
	for i > 0 && text[i-1] >= 'A' && text[i-1] <= 'Z' {
		i--
	}
	if start-1-i < 2 {
		return false
	}
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			return false
		}
	}
	return true
}

// usBody: the alias names a U.S. body without saying so.
func usBody(o *Org, a Alias) bool {
	if !strings.HasPrefix(o.ID, "org:us-") && !strings.HasPrefix(o.Name, "U.S. ") && !strings.HasPrefix(o.Name, "United States ") {
		return false
	}
	return !strings.Contains(a.Text, "U.S.") && !strings.Contains(a.Text, "US ") && !strings.Contains(a.Text, "United States")
}

// foreignPossessor returns the possessor before start ("Japan" in "Japan's
// National Security Council") when the alias names a U.S. body without
// saying so (usBody), and the possessor is someone else; otherwise "".
func foreignPossessor(text string, us []unit, start int, usBody bool) string {
	if !usBody {
		return ""
	}
	k, found := slices.BinarySearchFunc(us, start, func(u unit, off int) int { return u.Start - off })
	if !found || k == 0 {
		return ""
	}
	p := &us[k-1]
	if !p.Possessive || !p.isCap() || stop[p.Key] || slugWords(p.Text) == "" {
		return ""
	}
	switch slugWords(p.Text) {
	case "us", "usa", "america", "united-states":
		return ""
	}
	// A multi-word possessor ("South Korea's") starts further left.
	s := k - 1
	for s > 0 && !us[s].Break && nameWord(&us[s-1]) && !us[s-1].HasTrail && !us[s-1].Possessive {
		s--
	}
	return text[us[s].Start:p.End]
}

// skipThe moves start past a leading "the" and the spaces after it.
func skipThe(text string, start, end int) int {
	if end-start > 4 && strings.EqualFold(text[start:start+3], "the") {
		start += 3
		for start < end && unicode.IsSpace(rune(text[start])) {
			start++
		}
	}
	return start
}

// possessorAlias: the alias names its owner first ("Japan's Ministry of
// Foreign Affairs", "South Korea's Foreign Ministry"), not a name with a
// possessive inside ("UN Children's Fund", "Chinese People's Liberation Army").
func possessorAlias(alias string) bool {
	for _, p := range []string{"'s ", "’s "} {
		i := strings.Index(alias, p)
		if i <= 0 {
			continue
		}
		owner := strings.Fields(alias[:i])
		if len(owner) > 2 || !capWord(owner[0]) {
			return false
		}
		return !possessiveNouns[strings.ToLower(owner[len(owner)-1])]
	}
	return false
}

// possessiveNouns are common nouns that stand before "'s" inside names.
var possessiveNouns = toSet("children women men people peoples veterans workers farmers citizens world nation")

// trimPossessor drops a possessor named with the organisation: the span of
// "Japan's Ministry of Foreign Affairs" is "Ministry of Foreign Affairs"
// (the country is a mention of its own), its entity still Japan's ministry.
func trimPossessor(text string, start, end int) int {
	s := text[start:end]
	for _, p := range []string{"'s ", "’s "} {
		if i := strings.Index(s, p); i > 0 {
			j := i + len(p)
			for j < len(s) && s[j] == ' ' {
				j++
			}
			return start + j
		}
	}
	return start
}

// splitKnown cuts a pattern span that joins a known name with "and" ("ASC
// Pty Ltd and BAE Systems", "Bank of Japan and Iraqi Security Forces"): the
// gazetteer has the known part, and the rest stands alone if it still has a
// head noun.
func splitKnown(text string, pc patternCand, ends, starts bitset) (patternCand, bool) {
	const and = " and "
	for off := 0; ; {
		i := strings.Index(text[pc.start+off:pc.end], and)
		if i < 0 {
			return pc, true
		}
		at := pc.start + off + i
		switch {
		case starts.has(at + len(and)):
			pc.end = at
			pc.head = lastHead(text[pc.start:pc.end])
			return pc, pc.head != ""
		case ends.has(at):
			pc.start = at + len(and)
			if rest := text[pc.start:pc.end]; strings.HasPrefix(rest, "the ") || strings.HasPrefix(rest, "The ") {
				pc.start += len("the ")
			}
			pc.possessor = ""
			off = 0
			continue
		}
		off += i + 1
	}
}

// lastHead is the key of the last head noun among the words of s, or "".
// cutAfterKnown ends a pattern name at a known name inside it when a
// person's name follows: in "Office of Management and Budget Shalanda
// Young" the words after the known office are a given name and a surname,
// not part of the office's name ("Department of Defense Education
// Activity" stays whole).
func cutAfterKnown(text string, pc patternCand, ends bitset) patternCand {
	for e := pc.end - 1; e > pc.start; e-- {
		if !ends.has(e) || text[e] != ' ' {
			continue
		}
		rest := strings.Fields(text[e+1 : pc.end])
		if len(rest) < 2 || len(rest) > 3 || lastHead(text[e+1:pc.end]) != "" || !persons.GivenName(rest[0]) || !capWord(rest[1]) {
			return pc
		}
		pc.end = e
		pc.head = lastHead(text[pc.start:pc.end])
		return pc
	}
	return pc
}

func lastHead(s string) string {
	f := strings.Fields(s)
	for i := len(f) - 1; i >= 0; i-- {
		k := strings.ToLower(strings.TrimSuffix(f[i], "."))
		if _, ok := heads[k]; ok {
			return k
		}
	}
	return ""
}

func patternToCand(text string, pc patternCand, memo *docMemo) (cand, bool) {
	// "Government of India-funded": the name ends before the hyphen.
	if i := strings.LastIndexAny(text[pc.start:pc.end], "-–"); i > 0 {
		if r, _ := utf8.DecodeRuneInString(text[pc.start+i+1:]); unicode.IsLower(r) {
			pc.end = pc.start + i
		}
	}
	span := pc.text(text)
	full, key := span, span
	if pc.possessor != "" {
		full = pc.possessor + "'s " + span
		key = pc.possessor + " " + span
	}
	// A known name the trie missed for case reasons, or a possessed one.
	for _, k := range []string{full, key} {
		if oi, ok := byKey(k); ok {
			return orgCand(&ix.orgs[oi], pc.start, pc.end, priorityPattern), true
		}
	}
	entity := memo.entity(key)
	if entity == "" {
		return cand{}, false
	}
	return cand{
		start: pc.start, end: pc.end, entity: entity, name: full,
		kind: heads[pc.head], rank: priorityPattern, priority: priorityPattern,
		alliance: pc.head == "alliance",
	}, true
}

// docMemo remembers, for one document, where the same names come back,
// the entity id a name makes and whether a word is used in lower case.
// (What the gazetteer says of a name is not remembered: byKey answers it
// with one lookup, no dearer than the memo's.)
type docMemo struct {
	slugs map[string]string
	lower map[string]bool // usedInLowerCase, made when first asked
}

// usedInLowerCase is usedInLowerCase(text, word), remembered: the text is
// the document's.
func (m *docMemo) usedInLowerCase(text, word string) bool {
	if v, ok := m.lower[word]; ok {
		return v
	}
	if m.lower == nil {
		m.lower = map[string]bool{}
	}
	v := usedInLowerCase(text, word)
	m.lower[word] = v
	return v
}

// entity is "org:" and the slug of name, or "" if name makes no slug.
func (m *docMemo) entity(name string) string {
	if e, ok := m.slugs[name]; ok {
		return e
	}
	e := orgEntity(name)
	if m.slugs == nil {
		m.slugs = map[string]string{}
	}
	m.slugs[name] = e
	return e
}

// bitset is a set of byte offsets.
type bitset []uint64

// scratch holds what run needs for one document, pooled for reuse across
// documents: fresh per document, the units and bitsets are large zeroed
// allocations the collector must then reclaim.
type scratch struct {
	us   []unit
	keys []byte // the units' lower-case keys (see keyBuf)
	bits []uint64
	// cands are the candidates of gazetteerCands, resolveWeak and
	// arbitrate, in turn.
	cands [3][]cand
	// marks are the indices of the units that are heads or acronyms
	// (markUnits).
	marks []int32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// reset readies sc for a text of n bytes: room for the units, keys and
// the four bitsets run takes.
func (sc *scratch) reset(n int) {
	// About one word in six bytes: room for most texts at once.
	if u := n/6 + 16; cap(sc.us) < u {
		sc.us = make([]unit, 0, u)
	}
	if cap(sc.keys) < n {
		sc.keys = make([]byte, 0, n)
	}
	if w := 4 * (n/64 + 1); cap(sc.bits) < w {
		sc.bits = make([]uint64, 0, w)
	}
	sc.us, sc.keys, sc.bits = sc.us[:0], sc.keys[:0], sc.bits[:0]
}

// bitset returns an empty bitset of offsets up to n (newBitset) from sc.
func (sc *scratch) bitset(n int) bitset {
	w := n/64 + 1
	if cap(sc.bits)-len(sc.bits) < w {
		return newBitset(n) // not reached: reset made room
	}
	b := sc.bits[len(sc.bits) : len(sc.bits)+w]
	sc.bits = sc.bits[:len(sc.bits)+w]
	clear(b)
	return b
}

func newBitset(n int) bitset { return make(bitset, n/64+1) }

func (b bitset) set(i int) { b[i>>6] |= 1 << (i & 63) }

func (b bitset) has(i int) bool { return i >= 0 && i>>6 < len(b) && b[i>>6]&(1<<(i&63)) != 0 }

// claim sets [from, to) if none of it is set yet, and reports whether it did.
func (b bitset) claim(from, to int) bool {
	for i := from; i < to; i++ {
		if b.has(i) {
			return false
		}
	}
	for i := from; i < to; i++ {
		b.set(i)
	}
	return true
}

// keyedOrg is ix.byKey[aliasKey(name)]: the organisation, or 0.
func keyedOrg(name string) int {
	oi, _ := byKey(name)
	return oi
}

// slugWords makes an id slug: "U.S. Army" → "us-army", "People's Bank of
// China" → "peoples-bank-of-china".
func slugWords(s string) string {
	var buf [128]byte
	if b, ok := appendSlug(buf[:0], s); ok {
		return string(b)
	}
	return extractors.Slug(s)
}

// orgEntity is "org:" and slugWords(name), or "" if the slug is empty,
// made in one allocation for an ASCII name.
func orgEntity(name string) string {
	var buf [128]byte
	b := append(buf[:0], "org:"...)
	b, ok := appendSlug(b, name)
	switch {
	case !ok:
		if slug := extractors.Slug(name); slug != "" {
			return "org:" + slug
		}
		return ""
	case len(b) == len("org:"):
		return ""
	}
	return string(b)
}

// appendSlug appends extractors.Slug(s) to b for an ASCII s (ok), where
// Slug's normalisation changes nothing: letters and digits in lower case,
// apostrophes and full stops dropped, any other run between words one
// hyphen. Most names are ASCII, and Slug allocates as it grows.
func appendSlug(b []byte, s string) ([]byte, bool) {
	start := len(b)
	hyphen := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return b, false
		case isASCIIWordByte(c):
			if hyphen && len(b) > start {
				b = append(b, '-')
			}
			hyphen = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		case c == '\'' || c == '.':
		default:
			hyphen = true
		}
	}
	return b, true
}

// acronymCands links acronyms defined in the text to their long form:
// "Syrian Democratic Forces (SDF)" and "SDF (Syrian Democratic Forces)"
// make every later "SDF" a mention of the same entity. The long form must
// itself be an organisation the gazetteer or the patterns found, so
// "Indo-Pacific Economic Framework (IPEF)" defines nothing here.
func acronymCands(text string, us []unit, marks []int32, cs []cand) ([]cand, map[string]bool) {
	// The longest strong candidate by end and by start, made when a
	// parenthesis first asks (most texts define no acronym).
	var byEnd, byStart map[int]int
	index := func() {
		if byEnd != nil {
			return
		}
		byEnd, byStart = map[int]int{}, map[int]int{}
		for i := range cs {
			c := &cs[i]
			if c.weak {
				continue
			}
			if j, ok := byEnd[c.end]; !ok || cs[j].end-cs[j].start < c.end-c.start {
				byEnd[c.end] = i
			}
			if j, ok := byStart[c.start]; !ok || cs[j].end-cs[j].start < c.end-c.start {
				byStart[c.start] = i
			}
		}
	}
	// Both made when first written: most texts define no acronym.
	var defs map[string]cand
	var notOrg map[string]bool // acronyms the text defines as something else
	var order []string
	var longs []cand // long forms found only by their definition
	define := func(acr string, c cand) {
		if _, ok := defs[acr]; ok {
			return // the first definition in a document holds
		}
		c.weak, c.bareAlliance, c.licensors = false, false, nil
		c.rank = priorityGaz + 1 // a definition in the text beats the gazetteer's reading
		if defs == nil {
			defs = map[string]cand{}
		}
		defs[acr] = c
		order = append(order, acr)
	}
	for _, k := range marks {
		k := int(k)
		u := &us[k]
		if !u.Acr {
			continue
		}
		// "Long Form (ACR)"
		if u.LeadParen && u.TrailParen {
			index()
			q := u.Start - int(u.LeadLen)
			for q > 0 && text[q-1] == ' ' {
				q--
			}
			if i, ok := byEnd[q]; ok && abbreviates(text[cs[i].start:cs[i].end], u.Text) {
				if o, ok := knownAs(text[cs[i].start:cs[i].end], u.Text, cs[i]); ok {
					// "North American Air Defense Command (NORAD)": a variant
					// of the name the gazetteer knows the acronym by.
					cs[i].entity, cs[i].name, cs[i].kind, cs[i].wikidata = o.ID, o.Name, o.Kind, o.Wikidata
				}
				define(u.Text, cs[i])
				continue
			}
			if long := capRunBefore(us, k); long >= 0 {
				if c, ok := definedName(text, us, long, k, q, byStart, cs); ok {
					if _, dup := defs[u.Text]; !dup {
						longs = append(longs, c)
						define(u.Text, c)
					}
					continue
				}
				if _, org := byEnd[q]; !org && acronymOf(text[us[long].Start:q], u.Text) {
					if _, ok := defs[u.Text]; !ok {
						if notOrg == nil {
							notOrg = map[string]bool{}
						}
						notOrg[u.Text] = true
					}
					continue
				}
			}
		}
		// "ACR (Long Form)"
		if k+1 < len(us) && !u.HasTrail && !u.Possessive && us[k+1].LeadParen {
			index()
			if i, ok := byStart[us[k+1].Start]; ok && cs[i].end < len(text) && text[cs[i].end] == ')' &&
				abbreviates(text[cs[i].start:cs[i].end], u.Text) {
				define(u.Text, cs[i])
			}
		}
	}
	for acr := range defs {
		delete(notOrg, acr)
	}
	if len(defs) == 0 {
		return nil, notOrg
	}
	out := longs
	for k := range us {
		if !us[k].Cap {
			continue // every acronym starts with a capital
		}
		c, ok := defs[us[k].Text]
		if !ok {
			continue
		}
		c.start, c.end = us[k].Start, us[k].End
		if c.priority > priorityPattern && keyedOrg(us[k].Text) != ix.byID[c.entity] {
			c.priority = priorityPattern // the acronym itself is not in the gazetteer
		}
		out = append(out, c)
	}
	return out, notOrg
}

// definedName reads the capitalised run us[long:k] before the acronym at
// us[k] ("Quad Investors Network (QUIN)", "NATO Security Assistance and
// Training for Ukraine (NSATU)") as an organisation the patterns did not
// find. The acronym must spell the end of the run, and the name must end in
// an organisation head ("Network"), or begin with an organisation already
// found and name no instrument, with the acronym used again on its own.
func definedName(text string, us []unit, long, k, q int, byStart map[int]int, cs []cand) (cand, bool) {
	off, ok := spells(text[us[long].Start:q], us[k].Text)
	if !ok {
		return cand{}, false
	}
	a := long
	for a < k && us[a].Start < us[long].Start+off {
		a++
	}
	last := k - 1
	if a > last || !us[a].isCap() || stop[us[a].Key] {
		return cand{}, false
	}
	head := ""
	if isHead(&us[last]) && !(last > a && leftBlock[us[last].Key][us[last-1].Key]) && !ofOnly[us[last].Key] {
		head = us[last].Key
	}
	if head == "" {
		i, known := byStart[us[a].Start]
		if !known || cs[i].end >= q || !reusedAlone(us, k) {
			return cand{}, false
		}
		for j := a; j <= last; j++ {
			if modifiee[us[j].Key] || instrument[us[j].Key] {
				return cand{}, false
			}
		}
	}
	name := text[us[a].Start:q]
	slug := slugWords(name)
	if slug == "" || strings.ContainsAny(name, "()[]") {
		return cand{}, false
	}
	kind := "other"
	if head != "" {
		kind = heads[head]
	}
	return cand{
		start: us[a].Start, end: q, entity: "org:" + slug, name: name, kind: kind,
		rank: priorityPattern, priority: priorityPattern, alliance: head == "alliance",
	}, true
}

// knownAs returns the gazetteer organisation a defined acronym stands for
// when the long form, found only by the patterns, is a variant of one of its
// names: most of the words of the shorter name are shared ("United States
// Northern Command" and "U.S. Northern Command"), so "Strategic Defence Force
// (SDF)" keeps its own entity while "SDF" is also the Syrian Democratic Forces.
func knownAs(long, acr string, c cand) (*Org, bool) {
	if _, known := ix.byID[c.entity]; known {
		return nil, false
	}
	oi, ok := byKey(acr)
	if !ok {
		return nil, false
	}
	o := &ix.orgs[oi]
	lw := contentWords(long)
	for _, a := range o.Aliases {
		if a.Weak {
			continue
		}
		aw := contentWords(a.Text)
		shared := 0
		for w := range aw {
			if lw[w] {
				shared++
			}
		}
		if n := min(len(aw), len(lw)); n >= 2 && 3*shared >= 2*n {
			return o, true
		}
	}
	return nil, false
}

// contentWords: the lower-case words of s but for "of", "the", "and", "for".
func contentWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "of", "the", "and", "for", "&":
		default:
			m[w] = true
		}
	}
	return m
}

// instrument: words that make a defined name a plan or a document rather
// than a body ("ASEAN Outlook on the Indo-Pacific (AOIP)").
var instrument = toSet(`outlook consensus vision framework goals agenda plan roadmap principles
	guidelines charter standards regulations rules package mechanism radar satellite telescope
	vehicle aircraft missile rocket spacecraft`)

// reusedAlone: the acronym at us[k] appears again as a word of its own.
func reusedAlone(us []unit, k int) bool {
	for j := range us {
		if j != k && us[j].Text == us[k].Text {
			return true
		}
	}
	return false
}

// abbreviates: acr is an acronym of long, by its capitals or by its words;
// spelled by words, it may leave out one word in front ("UN Committee on
// the Peaceful Uses of Outer Space (COPUOS)") or a head and its "of", but
// no more.
func abbreviates(long, acr string) bool {
	if topicTail(long, acr) {
		return false
	}
	if acronymOf(long, acr) {
		return true
	}
	off, ok := spells(long, acr)
	if !ok {
		return false
	}
	// "Department of Education (ED)" names its subject.
	skipped := strings.Fields(long[:off])
	return len(skipped) <= 1 || skipped[len(skipped)-1] == "of"
}

// topicTail: acr abbreviates only the topic after "on" or "for", not the
// body before it ("(AI)" after "Task Force on Artificial Intelligence").
func topicTail(long, acr string) bool {
	i := strings.Index(long, " on ")
	if j := strings.Index(long, " for "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(acr)
	for _, w := range strings.Fields(long[:i]) {
		if f, _ := utf8.DecodeRuneInString(w); f == r {
			return false
		}
	}
	return true
}

// spells reports whether the letters and digits of acr, read from the end,
// are found in order in long, the first of them at the start of a word
// ("COPUOS" in "Committee on the Peaceful Uses of Outer Space", "AN-IUU" in
// "ASEAN Network for Combatting IUU Fishing"), within a span of not too
// many words. It returns the offset in long of the word the match starts at.
func spells(long, acr string) (int, bool) {
	var chars [16]rune
	n := 0
	for _, r := range acr {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if n == len(chars) {
				return 0, false
			}
			chars[n] = unicode.ToUpper(r)
			n++
		}
	}
	if n < 2 {
		return 0, false
	}
	i := len(long)
	for c := n - 1; c >= 0; c-- {
		for {
			if i == 0 {
				return 0, false
			}
			r, size := utf8.DecodeLastRuneInString(long[:i])
			i -= size
			if unicode.ToUpper(r) != chars[c] {
				continue
			}
			if c > 0 {
				break
			}
			if i == 0 {
				break
			}
			p, _ := utf8.DecodeLastRuneInString(long[:i])
			if !unicode.IsLetter(p) && !unicode.IsDigit(p) && p != '\'' && p != '’' {
				break
			}
		}
	}
	// The word (between spaces) the match starts in.
	start := strings.LastIndexAny(long[:i], " \n\t") + 1
	if words := len(strings.Fields(long[start:])); words > min(n+5, 2*n) {
		return 0, false
	}
	return start, true
}

// capRunBefore returns the first unit of the run of capitalised words (with
// "of", "and", "the", "for", "on" inside) that ends just before unit k, or
// -1: the long form of a definition that is not an organisation.
func capRunBefore(us []unit, k int) int {
	first := -1
	for j := k - 1; j >= 0; j-- {
		u := &us[j]
		if u.HasTrail || u.Possessive {
			break
		}
		switch {
		case u.isCap():
			first = j
		case u.Key == "of" || u.Key == "and" || u.Key == "the" || u.Key == "for" || u.Key == "on":
		default:
			return first
		}
		if u.Break {
			break
		}
	}
	return first
}

// looksAcronym: "ASEAN", "SDF", "IsDB", "CJTF-OIR", not "Biden" or "I".
func looksAcronym(s string) bool {
	if len(s) < 2 || len(s) > 12 {
		return false
	}
	upper, lower := 0, 0
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
			if 2*lower >= len(s) {
				// No more capitals than small letters can follow: a
				// word has no more letters than bytes.
				return false
			}
		case i == 0 || !(unicode.IsDigit(r) || r == '-' || r == '&'):
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return upper >= 2 && lower < upper && unicode.IsUpper(r)
}

// acronymOf: the capitals of acr appear, in order, among the capitals of
// long, and cover at least half of those from the first one used; leading
// capitals may be skipped ("Japan Self-Defense Forces (SDF)").
func acronymOf(long, acr string) bool {
	var U, L []rune
	for _, r := range long {
		if unicode.IsUpper(r) {
			U = append(U, r)
		}
	}
	for _, r := range acr {
		if unicode.IsUpper(r) {
			L = append(L, r)
		}
	}
	if len(L) < 2 {
		return false
	}
	for first := range U {
		if U[first] != L[0] {
			continue
		}
		if 2*len(L) < len(U)-first {
			return false
		}
		j := 0
		for _, r := range U[first:] {
			if j < len(L) && r == L[j] {
				j++
			}
		}
		return j == len(L)
	}
	return false
}

// resolveWeak keeps weak aliases only where the document licenses them, and
// points a bare "the Alliance" at the alliance last named before it (NATO,
// or an "X Alliance" the patterns found).
func resolveWeak(us []unit, cs, buf []cand) []cand {
	// The strong entities, gathered when a weak candidate first asks.
	var strong map[string]bool
	isStrong := func(id string) bool {
		if strong == nil {
			strong = map[string]bool{}
			for i := range cs {
				if !cs[i].weak {
					strong[cs[i].entity] = true
				}
			}
		}
		return strong[id]
	}
	// The candidates are read in start order, without a sorted copy.
	order := startOrder(cs)
	lastAlliance := -1
	keep := buf[:0]
	if cap(keep) < len(cs) {
		keep = make([]cand, 0, len(cs))
	}
	for k := range cs {
		i := k
		if order != nil {
			i = int(order[k])
		}
		c := cs[i]
		switch {
		case !c.weak:
			if c.alliance {
				lastAlliance = len(keep)
			}
			keep = append(keep, c)
			continue
		case c.bareAlliance:
			if !bareAllianceContext(us, c.start) {
				continue
			}
			var ref cand
			switch {
			case lastAlliance >= 0:
				ref = keep[lastAlliance]
			case isStrong("org:nato"):
				ref = orgCand(&ix.orgs[ix.byID["org:nato"]], 0, 0, priorityGaz)
			default:
				continue
			}
			ref.start, ref.end = c.start, c.end
			ref.rank, ref.priority = c.rank, c.priority
			ref.alliance = false
			keep = append(keep, ref)
			continue
		}
		ok := isStrong(c.entity)
		for _, l := range c.licensors {
			ok = ok || isStrong(l)
		}
		if ok {
			c.weak = false
			keep = append(keep, c)
		}
	}
	return keep
}

// anaphoric heads: "the Council" after "the UN Security Council" is that
// council, "the Agency" after "the International Atomic Energy Agency" that
// agency.
var anaphoric = toSet(`council commission committee court agency assembly fund bank union forum
	secretariat organization organisation`)

// bareHeads adds "the Council" (and the like) as a mention of the last
// organisation named before it whose name ends in that head word. cs is
// sorted by start.
func bareHeads(text string, us []unit, marks []int32, cs []cand) []cand {
	n := len(cs)
	j := 0 // cs[:j] start before the current unit
	for _, k := range marks {
		k := int(k) // anaphoric heads are heads, so marked
		u := &us[k]
		if k == 0 || u.Lex&lexAnaphoric == 0 || us[k-1].Key != "the" || u.Break || !u.Cap || u.Upper {
			continue
		}
		if u.Key == "union" && k >= 3 && us[k-2].Key == "of" && us[k-3].Key == "state" {
			continue // "the State of the Union"
		}
		if k+1 < len(us) && !u.HasTrail && !u.Possessive && !us[k+1].Break &&
			(nameWord(&us[k+1]) || us[k+1].Key == "of" || us[k+1].Key == "for" || us[k+1].Key == "on") {
			continue // "the Council of Europe", "the Council on Foreign Relations"
		}
		for j < n && cs[j].start < u.Start {
			j++
		}
		for i := j - 1; i >= 0; i-- {
			c := cs[i]
			if c.end > u.Start {
				continue
			}
			if lastWordIs(text[c.start:c.end], u.Key) || lastWordIs(c.name, u.Key) {
				c.start, c.end = u.Start, u.End
				c.rank, c.priority = 1, priorityPattern
				c.alliance = false
				cs = append(cs, c)
				break
			}
		}
	}
	return cs
}

// lastWordIs: the last word of s is key, in any case.
func lastWordIs(s, key string) bool {
	i := strings.LastIndexAny(s, " \n\t-") + 1
	return strings.EqualFold(s[i:], key)
}

// bareAllianceContext: "the Alliance", "our Alliance", a capitalised
// "Alliance" after a common word mid-sentence, not the first word of an
// unknown "Alliance Party" nor an opening "Alliance" that may be one.
func bareAllianceContext(us []unit, start int) bool {
	k, found := slices.BinarySearchFunc(us, start, func(u unit, off int) int { return u.Start - off })
	if !found || k == 0 {
		return false
	}
	p := &us[k-1]
	switch {
	case p.Key == "the" || p.Key == "our" || p.Key == "this" || p.Key == "its" || p.Key == "whole" || p.Key == "entire":
	case us[k].Break || us[k].SentStart || p.HasTrail || p.Possessive:
		return false
	case leftBlock["alliance"][p.Key]:
		// "More Robust Alliance", "the most enduring Alliance"
	case capWord(p.Text) || isNumber(p.Key):
		return false // "Pacific Alliance", "Alliance 90"
	}
	// Mid-sentence and capitalised after a common word: "further Alliance
	// support", "the founding Alliance".
	if k+1 < len(us) && !us[k+1].Break && !us[k].HasTrail && !us[k].Possessive && nameWord(&us[k+1]) {
		return false
	}
	return true
}

// arbitrate keeps non-overlapping candidates: longer spans first, then
// higher rank, then earlier ones; output sorted by start.
//
// Candidates are large, so the order is worked out on indices, and a bitset
// over the text's bytes answers whether a span is still free.
func arbitrate(cs []cand, sc *scratch) []cand {
	idx := make([]int32, len(cs))
	end := 0
	for i := range cs {
		idx[i] = int32(i)
		end = max(end, cs[i].end)
	}
	slices.SortFunc(idx, func(x, y int32) int {
		a, b := &cs[x], &cs[y]
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return lb - la
		}
		if a.rank != b.rank {
			return b.rank - a.rank
		}
		if a.start != b.start {
			return a.start - b.start
		}
		return int(x - y)
	})
	taken := sc.bitset(end)
	keep := idx[:0]
	for _, i := range idx {
		if c := &cs[i]; c.start < c.end && taken.claim(c.start, c.end) {
			keep = append(keep, i)
		}
	}
	// Kept spans do not overlap, so their starts differ.
	slices.SortFunc(keep, func(x, y int32) int { return cs[x].start - cs[y].start })
	kept := sc.cands[2][:0]
	if cap(kept) < len(keep) {
		kept = make([]cand, 0, len(keep))
	}
	for _, i := range keep {
		kept = append(kept, cs[i])
	}
	return kept
}

// startOrder returns the indices of cs ordered by start, equal starts in
// their order in cs (a stable sort), or nil if cs is in that order.
func startOrder(cs []cand) []int32 {
	sorted := true
	for i := 1; i < len(cs) && sorted; i++ {
		sorted = cs[i-1].start <= cs[i].start
	}
	if sorted {
		return nil
	}
	if len(cs) < 1<<20 {
		// Start and index packed in one number sort without a comparison
		// function.
		keys := make([]uint64, len(cs))
		for i := range cs {
			keys[i] = uint64(cs[i].start)<<20 | uint64(i)
		}
		slices.Sort(keys)
		idx := make([]int32, len(cs))
		for k, key := range keys {
			idx[k] = int32(key & (1<<20 - 1))
		}
		return idx
	}
	idx := make([]int32, len(cs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(x, y int32) int {
		if a, b := cs[x].start, cs[y].start; a != b {
			return a - b
		}
		return int(x - y)
	})
	return idx
}

// shortForms gives a pattern name that ends a longer name seen earlier in
// the document the longer one's entity: "the Coast Guard" after "the U.S.
// Coast Guard", "Defense Ministry" after "Ruritanian Defense Ministry".
func shortForms(text string, cs []cand) {
	for i := range cs {
		if cs[i].priority != priorityPattern || cs[i].rank > priorityPattern {
			continue
		}
		short := text[cs[i].start:cs[i].end]
		for j := i - 1; j >= 0; j-- {
			long := text[cs[j].start:cs[j].end]
			if len(long) > len(short) && strings.HasSuffix(long, short) && long[len(long)-len(short)-1] == ' ' {
				start, end := cs[i].start, cs[i].end
				cs[i] = cs[j]
				cs[i].start, cs[i].end = start, end
				break
			}
		}
	}
}

// lineCache remembers shouting's answer for the line [ls, le) it read
// last. The matches come in text order, so a line once left is not asked
// about again, and only the last one is kept.
type lineCache struct {
	ls, le int
	v      bool
}

// shouting reports whether the line around off is written in capitals (a
// headline), where short acronyms cannot be told from words. The answer
// for the last line is cached.
func shouting(text string, off int, cache *lineCache) bool {
	if cache.ls <= off && off < cache.le {
		return cache.v // text[cache.ls:off] holds no line break
	}
	ls := strings.LastIndexByte(text[:off], '\n') + 1
	le := strings.IndexByte(text[off:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += off
	}
	words, upper := 0, 0
	line := text[ls:le]
	for i := 0; i < len(line); {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		j := i
		for j < len(line) && line[j] != ' ' {
			j++
		}
		if letters, up := shoutWord(line[i:j]); letters >= 2 {
			words++
			if up {
				upper++
			}
		}
		i = j
	}
	v := words >= 3 && upper*10 >= words*7
	cache.ls, cache.le, cache.v = ls, le, v
	return v
}

// shoutWord returns letterCount(w) and upperWord(w), in one pass for ASCII.
func shoutWord(w string) (int, bool) {
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return letterCount(w), upperWord(w)
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		}
	}
	return upper + lower, upper > 0 && lower == 0
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
