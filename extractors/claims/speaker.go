package claims

import (
	"slices"
	"strings"

	"github.com/polexhq/polex/extractors"
)

// subjectLeft finds the grammatical subject of the verb at word i: the noun
// phrase left of it, past auxiliaries and adverbs, up to a clause boundary.
// When a comma stands right before the verb, the subject is looked for
// across the appositive ("These countries, likely essential ..., expressed").
func (s *sent) subjectLeft(i int) (sS, sE int, appositive bool) {
	ws := s.ws
	k := i - 1
	for k >= 0 && (ws[k].is(cChain) || isAdverb(ws[k])) && !ws[k].is(cSubjectPron) {
		k--
	}
	if k < 0 {
		return -1, -1, false
	}
	if d := s.dashOpen(k); d > 0 {
		// "We – the Leaders of A, B and C – convened to reaffirm": the
		// subject stands before the parenthesis
		k = d - 1
	}
	switch {
	case ws[k].low == ",":
		sS, sE = s.acrossAppositive(k)
		return sS, sE, sS >= 0
	case ws[k].low == "who" || ws[k].low == "which":
		k--
		if k >= 0 && ws[k].low == "," {
			k--
		}
		if k < 0 || ws[k].punct {
			return -1, -1, false
		}
		if m, ok := s.a.mentionEndingAt(ws[k].end); ok {
			// "delayed by Chile, which opposed": the relative pronoun
			// stands for the name right before it
			st := k
			for st > 0 && ws[st-1].start >= m.Start {
				st--
			}
			for st > 0 && ws[st-1].isCap() && !ws[st-1].is(cBoundary) {
				st--
			}
			return st, k + 1, false
		}
	case ws[k].punct || ws[k].is(cBoundary) && !ws[k].is(cSubjectPron):
		return -1, -1, false
	}
	sS, sE = s.npLeft(k)
	return sS, sE, false
}

// dashOpen returns the opening dash of a parenthesis closed by the dash at
// word k, or -1.
func (s *sent) dashOpen(k int) int {
	ws := s.ws
	if ws[k].low != "–" && ws[k].low != "—" {
		return -1
	}
	for d := k - 1; d > 0 && d >= k-25; d-- {
		if ws[d].low == ws[k].low {
			return d
		}
		if ws[d].low == "." || ws[d].low == ";" {
			break
		}
	}
	return -1
}

// npLeft returns the noun phrase ending at word k (inclusive).
func (s *sent) npLeft(k int) (int, int) {
	ws := s.ws
	if ws[k].is(cSubjectPron) && ws[k].low != "it" || ws[k].low == "it" && k > 0 && !ws[k-1].is(cDeterminer) {
		return k, k + 1
	}
	st := k
	// seg is the start of the phrase after the nearest comma crossed, the
	// subject when the words before that comma are an opening phrase ("To
	// mark the day, President A and President B have ...")
	seg := -1
	var segs [4]int // the starts of the phrases after the commas crossed, nearest first
	nsegs := 0
	for st > 0 && k-st < 12 {
		p := ws[st-1]
		if p.low == "," && seg < 0 && ws[st].low != "and" {
			seg = st
		}
		if p.low == "," && nsegs < len(segs) {
			segs[nsegs] = st
			nsegs++
		}
		if p.low == "," && ws[st].low == "and" && st >= 2 && (s.a.endsMention(ws[st-2].end) || ws[st-2].isCap()) {
			// the serial comma of a list of names: "Japan, the ROK, and
			// the United States"
			st--
			continue
		}
		if p.low == "and" || p.low == "," || p.low == "&" {
			// lists of names: "the United States, Japan, and Australia"
			b := st - 2
			if b >= 0 && ws[b].low == "," {
				b--
			}
			next := st
			if ws[next].low == "the" && next < k {
				next++ // "the United States and the ROK"
			}
			if b >= 0 && (s.a.endsMention(ws[b].end) || ws[b].isCap()) && (s.a.startsMention(ws[next].start) || ws[next].isCap()) {
				st--
				continue
			}
			break
		}
		if p.punct || p.is(cBoundary) {
			break
		}
		st--
	}
	// trim connectives and a leading prepositional phrase
	for st < k && (ws[st].is(cLead) || ws[st].punct) && !s.a.startsMention(ws[st].start) {
		if ws[st].low == "in" || ws[st].low == "this" || ws[st].low == "last" {
			// "In Brussels NATO leaders said": handled below as a phrase
			if !ws[st+1].is(cLead) && ws[st].low == "in" {
				break
			}
		}
		st++
	}
	if ws[st].is(cPreposition) && st < k {
		m := -1
		for q := st + 2; q <= k; q++ {
			if ws[q].is(cDeterminer) || ws[q].is(cSubjectPron) || s.a.startsMention(ws[q].start) && q > st+1 {
				m = q
				break
			}
		}
		if m < 0 {
			return s.listOrSeg(segs[:nsegs], seg, k)
		}
		st = m
	}
	if !validSubject(ws[st : k+1]) {
		if st == 0 && s.nameList(st, k) {
			// "Japan, the ROK, and the United States" opening the
			// sentence; after an opening phrase, listOrSeg finds the
			// list that starts after one of its commas
			return st, k + 1
		}
		return s.listOrSeg(segs[:nsegs], seg, k)
	}
	return st, k + 1
}

// listOrSeg returns the longest list of names ending at word k that starts
// after one of the commas crossed ("In 2021, Australia, the United Kingdom
// and the United States announced"), else the phrase after the nearest
// comma.
func (s *sent) listOrSeg(segs []int, seg, k int) (int, int) {
	for q := len(segs) - 1; q >= 0; q-- {
		if s.nameList(segs[q], k) {
			return segs[q], k + 1
		}
	}
	return s.segSubject(seg, k)
}

// nameList reports whether ws[a:k+1] is a list of names: items that start
// with a capital or a mention (after "the"), joined by commas and a final
// "and" or "&".
func (s *sent) nameList(a, k int) bool {
	ws := s.ws
	conj, items := false, 0
	itemStart := true
	for q := a; q <= k; q++ {
		w := ws[q]
		switch {
		case w.low == ",":
			if itemStart {
				return false
			}
			itemStart = true
			continue
		case w.low == "and" || w.low == "&":
			if itemStart && !(q > a && ws[q-1].low == ",") {
				return false
			}
			conj, itemStart = true, true
			continue
		case w.punct && w.low != "." && w.low != "-":
			return false
		}
		if itemStart {
			first := q
			if w.low == "the" && q < k {
				first = q + 1
			}
			if !ws[first].isCap() && !s.a.startsMention(ws[first].start) {
				return false
			}
			items++
			itemStart = false
		}
	}
	return conj && items >= 3 && !itemStart
}

// segSubject returns ws[seg:k+1] as a subject when it is one, else -1, -1.
func (s *sent) segSubject(seg, k int) (int, int) {
	if seg < 0 || seg > k || !validSubject(s.ws[seg:k+1]) {
		return -1, -1
	}
	return seg, k + 1
}

// acrossAppositive looks left of the comma at word k for the subject: the
// nearest comma-delimited segment holding a person or a personal pronoun,
// else the nearest one that starts like a noun phrase.
func (s *sent) acrossAppositive(k int) (int, int) {
	ws := s.ws
	type seg struct{ s, e int }
	var segs []seg
	e := k
	for n := 0; n < 6 && e > 0; n++ {
		b := e - 1
		for b >= 0 && ws[b].low != "," && ws[b].low != ";" && ws[b].low != ":" && !isQuote(ws[b].low) && ws[b].low != "(" && ws[b].low != ")" {
			b--
		}
		segs = append(segs, seg{b + 1, e})
		if b < 0 || ws[b].low != "," {
			break
		}
		e = b
	}
	// the nearest segment is the appositive itself; skip it
	if len(segs) < 2 {
		return -1, -1
	}
	for _, sg := range segs[1:] {
		if sg.e <= sg.s {
			continue
		}
		first := ws[sg.s]
		if first.low == "i" || first.low == "we" || first.low == "he" || first.low == "she" || first.low == "they" {
			if sg.e-sg.s == 1 {
				return sg.s, sg.e
			}
		}
		if s.a.personIn(first.start, ws[sg.e-1].end) != "" && !first.is(cPreposition) {
			return s.trimSegment(sg.s, sg.e)
		}
	}
	for _, sg := range segs[1:] {
		if sg.e <= sg.s {
			continue
		}
		first := ws[sg.s]
		if first.is(cPreposition) || isAdverb(first) || first.hasDigit() || strings.HasSuffix(first.low, "ing") {
			continue
		}
		if first.is(cDeterminer) || first.isCap() || s.a.startsMention(first.start) {
			return s.trimSegment(sg.s, sg.e)
		}
	}
	return -1, -1
}

// trimSegment keeps the noun phrase at the start of a segment: a run of
// names, or a determiner with up to four words.
func (s *sent) trimSegment(st, e int) (int, int) {
	ws := s.ws
	for st < e && ws[st].is(cLead) && !s.a.startsMention(ws[st].start) {
		st++
	}
	if st >= e {
		return -1, -1
	}
	q := st + 1
	for q < e && q-st < 8 {
		w := ws[q]
		if w.isCap() || w.low == "of" || w.low == "the" || w.low == "'s" || w.low == "and" || s.a.insideMention(w.start) {
			q++
			continue
		}
		if ws[st].is(cDeterminer) && q-st < 3 && !w.is(cBoundary) && !w.punct && !strings.HasSuffix(w.low, "ed") &&
			!ws[q-1].is(cSpeakerHead) {
			if f, _ := matchVerb(ws, q); f == nil {
				q++
				continue
			}
		}
		break
	}
	if !validSubject(ws[st:q]) {
		return -1, -1
	}
	return st, q
}

// mainSubject finds the subject of a sentence's main clause, for a
// participle cue with no earlier cue ("X published an essay, advocating ...").
func (s *sent) mainSubject(i int) (int, int) {
	ws := s.ws
	st := 0
	for st < i {
		e := st
		for e < i && ws[e].low != "," {
			e++
		}
		first := ws[st]
		if e > st && !first.is(cPreposition) && !first.hasDigit() && !isAdverb(first) && !first.is(cLead) &&
			!strings.HasSuffix(first.low, "ing") &&
			(first.is(cSubjectPron) || first.is(cDeterminer) || first.isCap() || s.a.startsMention(first.start)) {
			if first.is(cSubjectPron) {
				return st, st + 1
			}
			return s.trimSegment(st, e)
		}
		st = e + 1
	}
	return -1, -1
}

var nonSubjects = set("this", "that", "these", "those", "there", "what", "which", "who", "one",
	"all", "both", "each", "some", "many", "none", "nothing", "everything", "something", "anyone",
	"everyone", "here", "it", "such", "other", "others", "most", "few")

// validSubject rejects phrases that cannot be a speaker.
func validSubject(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	if len(ws) == 1 && ws[0].is(cNonSubject) {
		return ws[0].low == "it" || ws[0].low == "others"
	}
	hasLetter := false
	for _, w := range ws {
		if w.punct && w.low != "." && w.low != "-" && w.low != "&" {
			return false
		}
		if !w.punct && !w.hasDigit() {
			hasLetter = true
		}
	}
	return hasLetter
}

func (a *analyzer) startsMention(off int) bool {
	m, ok := a.mentionAt(off)
	return ok && m.Type != "date"
}

func (a *analyzer) insideMention(off int) bool {
	i, _ := slices.BinarySearch(a.starts, off+1)
	return i > 0 && a.ments[i-1].Start <= off && off < a.ments[i-1].End && a.ments[i-1].Type != "date"
}

var speakerTypes = []string{"person", "organisation", "country", "treaty"}

var orgHeads = set("ministry", "department", "agency", "administration", "council", "committee",
	"commission", "alliance", "bloc", "union", "organization", "organisation", "office", "bureau",
	"secretariat", "institute", "bank", "fund", "court", "parliament", "congress", "senate", "group")

var titles = set("president", "prime", "minister", "secretary", "chancellor", "spokesperson",
	"spokesman", "spokeswoman", "ambassador", "governor", "senator", "king", "queen", "leader",
	"premier", "general", "director", "chairman", "chair", "administrator")

// resolve turns the speaker words ws[s:e] into a Speaker: an entity inside the
// phrase, a pronoun's antecedent, the document's authors for "we", or the
// text as written.
func (a *analyzer) resolve(ws []word, s, e int) extractors.Speaker {
	if s < 0 || e <= s || e > len(ws) {
		return extractors.Speaker{}
	}
	bs, be := ws[s].start, ws[e-1].end
	sp := extractors.Speaker{Text: a.text[bs:be], Start: bs, End: be}
	low := a.lowSpan(bs, be)
	if p, ok := possPronouns[low]; ok {
		low = p
	}
	var pbuf, gbuf [8]*extractors.Mention
	persons, groups := pbuf[:0], gbuf[:0]
	for k := a.mentionsFrom(bs); k < len(a.ments) && a.ments[k].Start < be; k++ {
		m := &a.ments[k]
		if m.End > be || m.Entity == "" {
			continue
		}
		switch m.Type {
		case "person":
			persons = append(persons, m)
		case "organisation", "country", "treaty":
			groups = append(groups, m)
		}
	}
	hasAnd := strings.Contains(low, " and ") || strings.Contains(low, " & ")
	switch {
	case hasAnd && manyEntities(persons):
		sp.Members = distinct(persons)
		return sp
	case len(persons) >= 1:
		return setEntity(sp, *persons[0])
	case hasAnd && manyEntities(groups):
		sp.Members = distinct(groups)
		return sp
	case len(groups) >= 1:
		// organisation over country: "ASEAN members", "the EU's foreign ministers"
		best := groups[0]
		for _, g := range groups {
			if g.Type == "organisation" && best.Type != "organisation" {
				best = g
			}
		}
		return setEntity(sp, *best)
	}
	switch low {
	case "he", "she":
		if m, ok := a.lastBefore(bs, "person"); ok {
			return setEntity(sp, m)
		}
		return sp
	case "we", "us":
		sp.Members = slices.Clone(a.docAuthors())
		return sp
	case "i":
		switch {
		case a.turnPerson != "":
			sp.Entity = a.turnPerson
		case a.turnLabel == "" && a.titlePerson != "":
			sp.Entity = a.titlePerson
		}
		if sp.Entity == "" {
			// an unnamed "I" (a background briefer, an essay's writer)
			// is the text's own voice
			sp.Role = "author"
			return sp
		}
		a.nameOf(&sp)
		return sp
	case "it":
		if m, ok := a.lastBefore(bs, "organisation"); ok {
			return setEntity(sp, m)
		}
		return sp
	case "they":
		if g, ok := a.recentGroup(bs); ok {
			g.Text, g.Start, g.End = sp.Text, sp.Start, sp.End
			return g
		}
		if m, ok := a.lastBefore(bs, "organisation", "country"); ok {
			return setEntity(sp, m)
		}
		return sp
	}
	w0, w1, head, nw := fields(low)
	if nw >= 2 && (w0 == "both" || w0 == "the" && (w1 == "two" || w1 == "leaders" ||
		w1 == "parties" || w1 == "sides" || w1 == "participants")) {
		// "the two leaders", "both countries" in a joint statement: its authors
		if au := a.docAuthors(); len(au) >= 2 {
			sp.Members = slices.Clone(au)
			return sp
		}
	}
	if nw >= 2 && (w0 == "these" || w0 == "those" || w0 == "both" || w0 == "the" && w1 == "two") {
		if g, ok := a.recentGroup(bs); ok {
			g.Text, g.Start, g.End = sp.Text, sp.Start, sp.End
			return g
		}
		if m, ok := a.lastBefore(bs, "organisation", "country"); ok {
			return setEntity(sp, m)
		}
		return sp
	}
	if nw >= 2 && w0 == "the" {
		switch {
		case titles[head] || titles[w1]:
			// "the President": the last person with that title, or the
			// person the title of the document names
			for k := len(a.ments) - 1; k >= 0; k-- {
				m := a.ments[k]
				if m.End <= bs && m.Type == "person" && m.Entity != "" && strings.Contains(strings.ToLower(m.Role), head) {
					return setEntity(sp, m)
				}
			}
			if head == "president" && nw == 2 && a.titlePresident != "" {
				sp.Entity = a.titlePresident
				a.nameOf(&sp)
			}
			return sp
		case orgHeads[head]:
			for k := len(a.ments) - 1; k >= 0; k-- {
				m := a.ments[k]
				if m.End <= bs && m.Type == "organisation" && m.Entity != "" &&
					strings.Contains(strings.ToLower(a.text[m.Start:m.End]+" "+m.Name), head) {
					return setEntity(sp, m)
				}
			}
		}
	}
	return sp
}

// fields returns the first, second and last of the space-separated
// fields of s and their number, as strings.Fields would split s.
func fields(s string) (w0, w1, last string, n int) {
	for k := 0; k < len(s); k++ {
		if s[k] >= 0x80 { // other white space: let the library split
			fs := strings.Fields(s)
			switch len(fs) {
			case 0:
				return "", "", "", 0
			case 1:
				return fs[0], "", fs[0], 1
			}
			return fs[0], fs[1], fs[len(fs)-1], len(fs)
		}
	}
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			break
		}
		j := i
		for j < len(s) && !asciiSpace(s[j]) {
			j++
		}
		switch n {
		case 0:
			w0 = s[i:j]
		case 1:
			w1 = s[i:j]
		}
		last = s[i:j]
		n++
		i = j
	}
	return w0, w1, last, n
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// recentGroup returns the speaker of the latest claim made by a group
// (several entities, an organisation or a country, or a plural phrase)
// within the two sentences before off: "The two leaders reaffirmed ...
// They stressed ...".
func (a *analyzer) recentGroup(off int) (extractors.Speaker, bool) {
	si := a.d.SentenceAt(off)
	for k := len(a.claims) - 1; k >= 0; k-- {
		c := a.claims[k]
		if c.Speaker.Role != "" || c.Speaker.End == 0 {
			continue
		}
		if cs := a.d.SentenceAt(c.Speaker.Start); si >= 0 && cs >= 0 && si-cs > 2 {
			break
		}
		low := strings.ToLower(c.Speaker.Text)
		if len(c.Speaker.Members) > 0 || strings.HasPrefix(c.Speaker.Entity, "org:") || strings.HasPrefix(c.Speaker.Entity, "country:") ||
			c.Speaker.Entity == "" && strings.HasSuffix(low, "s") && low != "us" {
			g := c.Speaker
			g.Members = slices.Clone(g.Members)
			return g, true
		}
		return extractors.Speaker{}, false // the latest speaker is a person: "they" is someone else
	}
	return extractors.Speaker{}, false
}

func setEntity(sp extractors.Speaker, m extractors.Mention) extractors.Speaker {
	sp.Entity = m.Entity
	sp.Name = m.Name
	return sp
}

// nameOf fills the speaker's canonical name from the entity table.
func (a *analyzer) nameOf(sp *extractors.Speaker) {
	for _, e := range a.d.Entities {
		if e.ID == sp.Entity {
			sp.Name = e.Name
			return
		}
	}
}

func distinct(ms []*extractors.Mention) []string {
	var ids []string
	for _, m := range ms {
		if !slices.Contains(ids, m.Entity) {
			ids = append(ids, m.Entity)
		}
	}
	return ids
}

// manyEntities reports whether ms name two entities or more.
func manyEntities(ms []*extractors.Mention) bool {
	for _, m := range ms[min(1, len(ms)):] {
		if m.Entity != ms[0].Entity {
			return true
		}
	}
	return false
}
