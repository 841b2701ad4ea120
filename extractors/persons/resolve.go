package persons

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
)

// form is one way a name is written in the document.
type form struct {
	first, last int      // tokens of one occurrence
	words       []string // keys of the name words (no initials, particles or suffixes)
	display     string   // as written, all-capitals words in title case
	mixed       bool     // written in mixed case (not all capitals)
	initials    string   // keys of the initials, joined ("r" in "Joseph R. Biden")
	suffix      string   // key of a suffix ("jr"), or ""
	givenFirst  bool     // the first word is a given name and the last is not
}

// resolve groups the candidates into entities, finds further mentions of
// the names found (short forms, repeats), and returns the mentions.
func (x *extraction) resolve() []extractors.Mention {
	forms := make([]*form, 0, len(x.cands))
	for _, c := range x.cands {
		forms = append(forms, x.newForm(c.first, c.last))
	}
	uf := newUnionFind(len(forms))
	// Full names (two or more words): the same surname with compatible
	// first names, or the same words in another order ("Kishida Fumio").
	// Forms written alike are joined first, so the pairwise comparison runs
	// over distinct names only.
	var reps []int
	repOf := map[string]int{}
	for a, f := range forms {
		if len(f.words) < 2 {
			continue
		}
		k := strings.Join(f.words, " ")
		if r, ok := repOf[k]; ok {
			uf.union(a, r)
			continue
		}
		repOf[k] = a
		reps = append(reps, a)
	}
	for p, a := range reps {
		for _, b := range reps[p+1:] {
			if sameFullName(forms[a].words, forms[b].words) {
				uf.union(a, b)
			}
		}
	}
	idx := x.newNameIndex(forms, uf)
	// The titles full names carry, so that "President Biden" does not join
	// "First Lady Jill Biden".
	roles := map[int][]string{}
	for a, f := range forms {
		if len(f.words) >= 2 && x.cands[a].role != "" {
			r := uf.find(a)
			if !slices.Contains(roles[r], x.cands[a].role) {
				roles[r] = append(roles[r], x.cands[a].role) // a set: conflicts depend on which titles, not how often
			}
		}
	}
	// One-word names join the one full name they are the surname of (or,
	// failing that, the one full name they are part of); otherwise all
	// one-word names with the same key are one entity.
	single := map[string]int{}
	keep := make([]bool, len(forms))
	for a, f := range forms {
		keep[a] = true
		if len(f.words) >= 2 {
			continue
		}
		if len(f.words) == 0 {
			keep[a] = false
			continue
		}
		if root, ok := idx.lookup(f.words[0], true); ok && !rolesConflict(x.cands[a].role, roles[uf.find(root)]) {
			uf.union(a, root)
			continue
		}
		if root, ok := x.titledSurname(a, forms, idx, uf, roles); ok {
			uf.union(a, root)
			continue
		}
		if x.cands[a].label {
			continue // decided below, once titled one-word names are known
		}
		key := f.words[0]
		if p := x.lex.otherTitled(key, x.cands[a].role); p != nil {
			key += "|" + p.name // "Dr. Biden" beside "President Biden"
		}
		if s, ok := single[key]; ok {
			uf.union(a, s)
		} else {
			single[key] = a
		}
	}
	for a, f := range forms {
		if !x.cands[a].label || len(f.words) != 1 {
			continue
		}
		if s, ok := single[f.words[0]]; ok {
			uf.union(a, s)
		} else if _, ok := idx.lookup(f.words[0], true); !ok {
			keep[a] = false // a bare label that names no one found elsewhere
		}
	}
	mentions := make([]extractors.Mention, 0, len(forms)*2)
	for a, c := range x.cands {
		if !keep[a] {
			continue
		}
		mentions = append(mentions, extractors.Mention{
			Start: int(x.toks[c.first].start), End: x.nameEnd(c.last), Type: "person",
			Role: c.role, RoleCountry: c.roleCountry, Priority: c.priority,
		})
	}
	owner := make([]int, 0, len(mentions))
	for a := range x.cands {
		if keep[a] {
			owner = append(owner, a)
		}
	}
	// Entity ids and names from the fullest form of each entity, or from
	// the table of well-known people.
	best := x.bestForms(forms, keep, uf)
	known := x.knownPeople(best, uf, mentions, owner)
	// Further mentions of the names found.
	idx = x.newNameIndex(forms, uf)
	for k := range single {
		idx.singles[k] = uf.find(single[k])
	}
	idx.addKnownGiven(known, x.lex)
	idx.seal()
	next := 0 // the token after the last mention found
	for _, c := range x.caps {
		i := int(c)
		if i < next || x.covered[i] {
			continue
		}
		if end, root, ok := x.matchForm(i, idx); ok {
			if root < 0 {
				// A surname shared by two full names ("Joe Biden", "Jill
				// Biden") alone: a person, but which one is unknown, so
				// all such mentions are one entity of their own.
				w := stripParticle(x.toks[i].key)
				r, seen := idx.singles[w]
				if !seen {
					r = len(forms)
					forms = append(forms, x.newForm(i, i+1))
					keep = append(keep, true)
					uf.parent = append(uf.parent, r)
					idx.singles[w] = r
					idx.words[w] = true
					idx.markKey(w)
				}
				root = r
			}
			mentions = append(mentions, extractors.Mention{
				Start: int(x.toks[i].start), End: x.nameEnd(end), Type: "person", Priority: priorityPattern,
			})
			owner = append(owner, root)
			next = end
		}
	}
	// Surnames shared by two full names, found alone above, are entities
	// of their own.
	for r, f := range x.bestForms(forms, keep, uf) {
		if best[r] == nil {
			best[r] = f
		}
	}
	out := mentions[:0]
	entity := make([]string, len(forms)) // per root, made once: "person:" + slug, or "-" for none
	for m := range mentions {
		r := uf.find(owner[m])
		b := best[r]
		if b == nil {
			continue
		}
		display := b.display
		if p := known[r]; p != nil {
			display = p.name
		}
		if entity[r] == "" {
			entity[r] = "-"
			if slug := slugify(display); slug != "" {
				entity[r] = "person:" + slug
			}
		}
		if entity[r] == "-" {
			continue
		}
		mt := mentions[m]
		mt.Entity = entity[r]
		mt.Name = display
		out = append(out, mt)
	}
	// Mentions are mostly in order already; only ties (equal starts)
	// make the order depend on the sort.
	if !startsIncrease(out) {
		slices.SortFunc(out, func(a, b extractors.Mention) int { return a.Start - b.Start })
	}
	return out
}

// startsIncrease reports whether each mention starts after the one before.
func startsIncrease(ms []extractors.Mention) bool {
	for k := 1; k < len(ms); k++ {
		if ms[k].Start <= ms[k-1].Start {
			return false
		}
	}
	return true
}

// titledSurname resolves a titled surname that several full names of the
// document share ("President Biden" with "Joe Biden" and "Jill Biden"): to
// the one full name with the same title, or else to the one that is the
// well-known person the title names.
func (x *extraction) titledSurname(a int, forms []*form, idx *nameIndex, uf *unionFind, roles map[int][]string) (int, bool) {
	c := &x.cands[a]
	rs := idx.surname[forms[a].words[0]]
	if c.role == "" || honorific(c.role) || len(rs) < 2 {
		return 0, false
	}
	found := -1
	for _, r := range rs {
		if slices.Contains(roles[uf.find(r)], c.role) {
			if found >= 0 {
				return 0, false
			}
			found = r
		}
	}
	if found >= 0 {
		return found, true
	}
	p := x.lex.knownSurname(forms[a].words[0], []*extractors.Mention{{Role: c.role, RoleCountry: c.roleCountry}})
	if p == nil {
		return 0, false
	}
	for _, r := range rs {
		for b, f := range forms {
			if len(f.words) > 1 && uf.find(b) == uf.find(r) && x.lex.knownFull(f) == p {
				if found >= 0 && uf.find(found) != uf.find(r) {
					return 0, false
				}
				found = r
			}
		}
	}
	return found, found >= 0
}

// otherTitled returns the well-known person a titled surname names when
// the surname alone names someone else ("Dr. Biden", "First Lady Biden"
// beside "President Biden"), or nil.
func (l *lexicon) otherTitled(w, role string) *person {
	if role == "" {
		return nil
	}
	var star, titled *person
	for _, p := range l.people[w] {
		switch {
		case p.alone:
			star = p
		case p.roles[strings.ToLower(role)]:
			titled = p
		}
	}
	if star == nil {
		return nil
	}
	return titled
}

// bestForms returns the fullest form of each entity, by root.
func (x *extraction) bestForms(forms []*form, keep []bool, uf *unionFind) map[int]*form {
	best := map[int]*form{}
	for a, f := range forms {
		if !keep[a] {
			continue
		}
		r := uf.find(a)
		if b, ok := best[r]; !ok || fuller(f, b) {
			best[r] = f
		}
	}
	return best
}

// knownPeople finds the entities that are well-known people
// (data/people.tsv), by root: a full name that is one of the person's
// forms, or a bare surname that names the person alone or with the
// entity's titles. A full name in the document sharing the surname ("Jill
// Biden") makes a bare one ambiguous unless it has a title.
func (x *extraction) knownPeople(best map[int]*form, uf *unionFind, mentions []extractors.Mention, owner []int) map[int]*person {
	fullSurnames := map[string]bool{}
	for _, b := range best {
		if len(b.words) > 1 {
			fullSurnames[b.words[len(b.words)-1]] = true
		}
	}
	titled := map[int][]*extractors.Mention{}
	for m := range mentions {
		if mentions[m].Role != "" || mentions[m].RoleCountry != "" {
			r := uf.find(owner[m])
			titled[r] = append(titled[r], &mentions[m])
		}
	}
	known := map[int]*person{}
	for r, b := range best {
		var p *person
		switch {
		case len(b.words) > 1 || b.initials != "":
			p = x.lex.knownFull(b)
		case len(b.words) == 1 && !fullSurnames[b.words[0]]:
			p = x.lex.knownSurname(b.words[0], titled[r])
		case len(b.words) == 1 && hasOffice(titled[r]):
			// "President Trump" beside "First Lady Melania Trump": the
			// title tells which of the surname's people it is.
			p = x.lex.knownSurname(b.words[0], titled[r])
		}
		if p != nil {
			known[r] = p
		}
	}
	return known
}

// knownFull returns the well-known person a full name names: the surname
// is one of theirs, after the given name ("Joseph R. Biden Jr.", "Claudia
// Sheinbaum Pardo") or first ("Kishida Fumio"), and the given name, initials and suffix agree with their
// written forms.
func (l *lexicon) knownFull(f *form) *person {
	w := f.words
	n := len(w)
	if n == 0 {
		return nil
	}
	if n == 1 {
		// Initials for given names: "J.D. Vance", "H. R. McMaster".
		for _, p := range l.people[w[0]] {
			if p.agrees(f, func(nf nameForm) bool { return nf.givenFirst == "" && nf.initials == f.initials }) {
				return p
			}
		}
		return nil
	}
	// The surname last, or before a second surname ("Claudia Sheinbaum
	// Pardo").
	for j := n - 1; j >= 1; j-- {
		for _, p := range l.people[w[j]] {
			if p.agrees(f, func(nf nameForm) bool { return nf.givenFirst != "" && compatibleFirst(w[0], nf.givenFirst) }) {
				return p
			}
		}
	}
	var b strings.Builder
	for _, k := range w[1:] {
		b.WriteString(strings.ReplaceAll(k, "-", ""))
	}
	tail := b.String()
	for _, p := range l.people[w[0]] {
		if p.agrees(f, func(nf nameForm) bool { return nf.given == tail }) {
			return p
		}
	}
	return nil
}

// agrees reports whether a document's form of a name fits the person: one
// of the written forms has fitting given names, one has the same suffix
// (or none, if the form has none), and one has the same initials, unless
// the form gives none or none of the written forms does.
func (p *person) agrees(f *form, given func(nameForm) bool) bool {
	fits, suffix, initials, anyInitials := false, false, f.initials == "", false
	for _, nf := range p.forms {
		fits = fits || given(nf)
		suffix = suffix || nf.suffix == f.suffix
		initials = initials || nf.initials == f.initials
		anyInitials = anyInitials || nf.initials != ""
	}
	return fits && suffix && (initials || !anyInitials)
}

// knownSurname returns the well-known person a bare surname names, given
// the titled mentions of its entity: the one person every title of the
// entity names ("Prime Minister Johnson"), or else the person the surname
// names alone, unless a title names someone else of that surname or marks
// a spouse. An honorific of the other gender rules a person out, and so
// does a title of another country one named by title only.
func (l *lexicon) knownSurname(w string, ms []*extractors.Mention) *person {
	ps := l.people[w]
	if len(ps) == 0 {
		return nil
	}
	fits := func(p *person, country bool) bool {
		for _, m := range ms {
			if g := honorificGender[m.Role]; g != "" && g != p.gender {
				return false
			}
			if country && m.RoleCountry != "" && p.country != "" && m.RoleCountry != "country:"+p.country {
				return false
			}
		}
		return true
	}
	var titled, alone *person
	for _, p := range ps {
		if p.alone {
			alone = p
		}
		every, some := true, false
		for _, m := range ms {
			switch {
			case p.roles[strings.ToLower(m.Role)]:
				some = true
			case m.Role != "" && !honorific(m.Role):
				every = false
			}
		}
		if some && every && fits(p, true) {
			if titled != nil {
				return nil
			}
			titled = p
		}
	}
	if titled != nil {
		return titled
	}
	if alone == nil || !fits(alone, false) {
		return nil
	}
	for _, m := range ms {
		if spouseTitle(m.Role) {
			return nil
		}
		for _, p := range ps {
			if p != alone && p.roles[strings.ToLower(m.Role)] {
				return nil
			}
		}
	}
	return alone
}

// hasOffice reports whether a mention has a title that is not an
// honorific.
func hasOffice(ms []*extractors.Mention) bool {
	for _, m := range ms {
		if m.Role != "" && !honorific(m.Role) {
			return true
		}
	}
	return false
}

// honorific reports whether a role is an honorific rather than an office.
func honorific(role string) bool {
	return honorificGender[role] != "" || role == "Dr." || role == "Mx." || role == "Messrs."
}

// addKnownGiven indexes the given names of the well-known people that the
// document names by surname only, so that a first name alone ("Thank you,
// Boris.") joins them: the name the person goes by (the canonical form's),
// and distinctive short forms of the other forms ("Bibi"), but not common
// given names there ("Jennifer" Psaki is more often a reporter called on).
// A given name that is any other name word of the document, or two such
// people's, is left out.
func (idx *nameIndex) addKnownGiven(known map[int]*person, l *lexicon) {
	idx.knownGiven = map[string]int{}
	for r, p := range known {
		for n, nf := range p.forms {
			g := nf.givenFirst
			if g == "" || n > 0 && l.given[g] || len(idx.surname[g]) > 0 || len(idx.part[g]) > 0 {
				continue
			}
			if _, single := idx.singles[g]; single {
				continue
			}
			if o, dup := idx.knownGiven[g]; dup && o != r {
				idx.knownGiven[g] = -1
				continue
			}
			idx.knownGiven[g] = r
		}
	}
}

// newForm describes the name at tokens [first, last).
func (x *extraction) newForm(first, last int) *form {
	f := &form{first: first, last: last, mixed: true}
	var b strings.Builder
	quoted := false
	for k := first; k < last; k++ {
		t := &x.toks[k]
		if !t.word {
			// A nickname in quotes is not part of the canonical name.
			if isQuote(x.text[t.start:t.end]) {
				quoted = !quoted
			}
			continue
		}
		if quoted {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		w := x.text[t.start:t.end]
		if x.isInitial(k) {
			f.initials += t.key
			b.WriteString(w)
			if t.dot {
				b.WriteByte('.')
			}
			continue
		}
		if t.shape == shapeUpper {
			f.mixed = false
		}
		b.WriteString(displayWord(w, t.shape))
		if t.dot && suffixes[t.key] {
			b.WriteByte('.')
		}
		if suffixes[t.key] {
			f.suffix = t.key
		}
		if particles[t.key] || suffixes[t.key] {
			continue
		}
		f.words = append(f.words, stripParticle(t.key))
	}
	f.display = b.String()
	if n := len(f.words); n >= 2 {
		f.givenFirst = x.lex.given[f.words[0]] && !x.lex.given[f.words[n-1]]
	}
	// "KISHIDA Fumio": a surname in capitals before a given name in title
	// case is written family name first; the name is given name first.
	if last-first == 2 && x.toks[first].shape == shapeUpper && x.toks[first+1].shape == shapeTitle && x.toks[first+1].word &&
		!x.toks[first].acronym && !x.isInitial(first) && len(f.words) == 2 {
		f.display = x.text[x.toks[first+1].start:x.toks[first+1].end] + " " + displayWord(x.text[x.toks[first].start:x.toks[first].end], shapeUpper)
		f.givenFirst = true
	}
	return f
}

// rolesConflict reports whether a title cannot belong to the same person
// as any of the titles of a full name. People hold several offices and
// ranks ("Admiral Kirby", "Coordinator John Kirby"), so only titles that
// mark another member of a family conflict: a spouse's title against any
// other office ("President Biden", "First Lady Jill Biden"), honorifics of
// different genders ("Mr.", "Mrs."), and different royal titles.
func rolesConflict(role string, others []string) bool {
	if role == "" {
		return false
	}
	for _, o := range others {
		ga, gb := honorificGender[role], honorificGender[o]
		switch {
		case ga != "" && gb != "" && ga != gb:
			return true
		case ga != "" || gb != "":
		case spouseTitle(role) != spouseTitle(o):
			return true
		case royalTitles[lastWord(role)] && royalTitles[lastWord(o)] && lastWord(role) != lastWord(o):
			return true
		}
	}
	return false
}

// honorificGender gives the gender honorifics imply.
var honorificGender = map[string]string{
	"Mr.": "m", "Sir": "m", "Lord": "m", "Monsieur": "m", "Baron": "m",
	"Mrs.": "f", "Ms.": "f", "Madam": "f", "Madame": "f", "Mme": "f", "Lady": "f", "Dame": "f", "Baroness": "f",
}

var royalTitles = map[string]bool{"King": true, "Queen": true, "Prince": true, "Princess": true, "Emperor": true, "Empress": true}

func spouseTitle(role string) bool {
	for k := 0; k < len(role); k++ {
		if role[k] >= utf8.RuneSelf {
			r := strings.ToLower(role)
			return strings.HasSuffix(r, "first lady") || strings.HasSuffix(r, "second gentleman") ||
				strings.HasSuffix(r, "first gentleman") || strings.HasSuffix(r, "second lady")
		}
	}
	// ASCII: compare without a lower-case copy.
	return asciiSuffixFold(role, "first lady") || asciiSuffixFold(role, "second gentleman") ||
		asciiSuffixFold(role, "first gentleman") || asciiSuffixFold(role, "second lady")
}

// asciiSuffixFold reports whether the ASCII string s ends in the lower-case
// suffix, ignoring case.
func asciiSuffixFold(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	s = s[len(s)-len(suffix):]
	for k := 0; k < len(s); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suffix[k] {
			return false
		}
	}
	return true
}

func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// fuller reports whether form a names its entity more fully than b: more
// name words, then more words, then mixed case, then given name first,
// then earlier.
func fuller(a, b *form) bool {
	if len(a.words) != len(b.words) {
		return len(a.words) > len(b.words)
	}
	na, nb := strings.Count(a.display, " "), strings.Count(b.display, " ")
	if na != nb {
		return na > nb
	}
	if a.mixed != b.mixed {
		return a.mixed
	}
	if a.givenFirst != b.givenFirst {
		return a.givenFirst // "Haruki Tanabe" over "Tanabe Haruki"
	}
	return a.first < b.first
}

// sameFullName reports whether two full names are one person: the same
// surname and compatible first names ("Joe Biden", "Joseph R. Biden Jr."),
// the end of the longer name ("López Obrador"), or the same words in
// another order ("Kishida Fumio", "Fumio Kishida").
func sameFullName(a, b []string) bool {
	if a[len(a)-1] == b[len(b)-1] && compatibleFirst(a[0], b[0]) {
		return true
	}
	// "López Obrador" is "Andrés Manuel López Obrador" without the given
	// names.
	if len(a) > len(b) {
		a, b = b, a
	}
	if slices.Equal(a, b[len(b)-len(a):]) {
		return true
	}
	if len(a) != len(b) {
		return false
	}
	// The same words in another order: without copies and sorting for
	// two words, or when the letters cannot add up.
	if len(a) == 2 {
		return a[0] == b[1] && a[1] == b[0]
	}
	na, nb := 0, 0
	for k := range a {
		na += len(a[k])
		nb += len(b[k])
	}
	if na != nb {
		return false
	}
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// compatibleFirst reports whether two first names can be the same person's:
// equal, one a short form of the other ("Joe"/"Joseph", "Bill"/"William").
func compatibleFirst(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 3 && strings.HasPrefix(b, a) {
		return true
	}
	return nicknames[a] != "" && nicknames[a] == nicknames[b] || nicknames[a] == b || nicknames[b] == a
}

// nicknames maps common short forms to the full given name.
var nicknames = map[string]string{
	"bill": "william", "will": "william", "billy": "william", "willie": "william",
	"bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert",
	"dick": "richard", "rick": "richard", "ricky": "richard", "rich": "richard",
	"jim": "james", "jimmy": "james", "jamie": "james",
	"mike": "michael", "mick": "michael", "mickey": "michael",
	"tony": "anthony", "tom": "thomas", "tommy": "thomas",
	"ted": "edward", "ed": "edward", "eddie": "edward", "ned": "edward",
	"chuck": "charles", "charlie": "charles", "jack": "john", "johnny": "john",
	"jon": "jonathan", "steve": "stephen", "liz": "elizabeth", "beth": "elizabeth",
	"betsy": "elizabeth", "kate": "katherine", "katie": "katherine", "kathy": "katherine",
	"cathy": "catherine", "andy": "andrew", "drew": "andrew", "larry": "lawrence",
	"jerry": "gerald", "hank": "henry", "harry": "henry", "peggy": "margaret",
	"maggie": "margaret", "sue": "susan", "jen": "jennifer", "jenny": "jennifer",
	"pat": "patrick", "patty": "patricia", "vlad": "vladimir", "alex": "alexander",
	"sandy": "alexander", "gerry": "gerald", "fred": "frederick", "freddie": "frederick",
	"greg": "gregory", "jeff": "jeffrey", "matt": "matthew", "nick": "nicholas",
	"sam": "samuel", "dan": "daniel", "danny": "daniel", "dave": "david",
	"joe": "joseph", "joey": "joseph", "ben": "benjamin", "chris": "christopher",
	"tim": "timothy", "ron": "ronald", "don": "donald", "ken": "kenneth",
	"phil": "philip", "pete": "peter", "abe": "abraham", "al": "albert",
}

// nameIndex finds the entity of a one-word name and the full names that
// may recur.
type nameIndex struct {
	surname map[string][]int // surname key -> roots of full names ending in it
	part    map[string][]int // other name word -> roots of full names holding it
	full    map[string][][]string
	fullOf  map[string][]int // first word -> roots, parallel to full
	singles map[string]int   // one-word name -> root
	// knownGiven: given name -> root of a well-known person named by
	// surname only (-1: two such people).
	knownGiven map[string]int
	// words holds the keys of singles, surname, part and knownGiven, and
	// keyBits has bit keyBit set for those and for the full names' first
	// keys, so that most words are passed over with one test (see seal).
	words   map[string]bool
	keyBits [16]uint64
}

// keyBit is the bit of keyBits for key k.
func keyBit(k string) uint32 { return keyHash(k) >> 1 & 1023 }

func (idx *nameIndex) markKey(k string) {
	b := keyBit(k)
	idx.keyBits[b>>6] |= 1 << (b & 63)
}

// mayHold reports whether k may be a key of words or a first key of full:
// false means it is neither.
func (idx *nameIndex) mayHold(k string) bool {
	b := keyBit(k)
	return idx.keyBits[b>>6]&(1<<(b&63)) != 0
}

// seal fills words and keyBits once the index is complete.
func (idx *nameIndex) seal() {
	idx.words = map[string]bool{}
	for _, m := range []map[string][]int{idx.surname, idx.part} {
		for k := range m {
			idx.words[k] = true
		}
	}
	for _, m := range []map[string]int{idx.singles, idx.knownGiven} {
		for k := range m {
			idx.words[k] = true
		}
	}
	for k := range idx.words {
		idx.markKey(k)
	}
	for k := range idx.full {
		idx.markKey(k)
	}
}

func (x *extraction) newNameIndex(forms []*form, uf *unionFind) *nameIndex {
	idx := &nameIndex{
		surname: map[string][]int{}, part: map[string][]int{},
		full: map[string][][]string{}, fullOf: map[string][]int{}, singles: map[string]int{},
	}
	addRoot := func(m map[string][]int, k string, r int) {
		if !slices.Contains(m[k], r) {
			m[k] = append(m[k], r)
		}
	}
	for a, f := range forms {
		if len(f.words) < 2 {
			continue
		}
		r := uf.find(a)
		addRoot(idx.surname, f.words[len(f.words)-1], r)
		for _, w := range f.words[:len(f.words)-1] {
			addRoot(idx.part, w, r)
		}
		// The full name as its sequence of token keys, for repeats.
		var keys []string
		for k := f.first; k < f.last; k++ {
			if x.toks[k].word {
				keys = append(keys, x.toks[k].key)
			}
		}
		idx.addFull(keys, r)
		// Its tails of two or more words name the person too ("López
		// Obrador" of "Andrés Manuel López Obrador").
		for j := 1; j+2 <= len(keys); j++ {
			if k := keys[j]; len(k) > 1 && !particles[k] && !suffixes[k] {
				idx.addFull(keys[j:], r)
			}
		}
	}
	return idx
}

func (idx *nameIndex) addFull(keys []string, root int) {
	for _, ks := range idx.full[keys[0]] {
		if slices.Equal(ks, keys) {
			return
		}
	}
	idx.full[keys[0]] = append(idx.full[keys[0]], keys)
	idx.fullOf[keys[0]] = append(idx.fullOf[keys[0]], root)
}

// lookup returns the one full name a one-word name belongs to: the only
// full name with it as surname, or, if none has, the only one holding it.
func (idx *nameIndex) lookup(w string, allowPart bool) (int, bool) {
	if rs := idx.surname[w]; len(rs) > 0 {
		return rs[0], len(rs) == 1
	}
	if rs := idx.part[w]; allowPart && len(rs) == 1 {
		return rs[0], true
	}
	return 0, false
}

// matchForm finds a known name at token i: a full name written again, or a
// one-word name (surname, or another word of one full name) standing alone.
// Root -1 means a surname that several full names share.
func (x *extraction) matchForm(i int, idx *nameIndex) (end, root int, ok bool) {
	t := &x.toks[i]
	if t.key == "" {
		return 0, 0, false
	}
	// A particle may stand before a one-word name: "al-Assad" is "assad".
	w := stripParticle(t.key)
	if !idx.mayHold(t.key) && (w == t.key || !idx.mayHold(w)) {
		return 0, 0, false // no full name starts with the word, and no one-word name is it
	}
	best := -1
	for n, keys := range idx.full[t.key] {
		k, q := i, 0
		for ; q < len(keys) && k < len(x.toks); q, k = q+1, k+1 {
			if q > 0 && suffixes[keys[q]] && x.commaSuffix(k) {
				k++ // "Joseph R. Biden, Jr." again
			}
			if !x.toks[k].word || x.toks[k].key != keys[q] || (q > 0 && !x.joined(k)) {
				break
			}
			if x.toks[k].shape == shapeLower && !particles[keys[q]] {
				break
			}
		}
		if q == len(keys) && (best < 0 || len(keys) > len(idx.full[t.key][best])) {
			best, end = n, k
		}
	}
	if best >= 0 {
		return end, idx.fullOf[t.key][best], true
	}
	// One word alone: not inside another capitalised name.
	if !idx.words[w] {
		return 0, 0, false // no one-word name of the document
	}
	if x.joined(i) && x.isCap(i-1) && !x.covered[i-1] && x.toks[i-1].flags&(fStop|fCalendar|fTitle) == 0 {
		return 0, 0, false
	}
	if x.joined(i+1) && (x.nameable(i+1, t.shape) && !x.lowerSeen(x.toks[i+1].key) || x.toks[i+1].shape == shapeInitial && x.toks[i+1].dot) {
		return 0, 0, false // "James A. Rogers"
	}
	if x.lowerSeen(t.key) && (t.sentStart || t.lineStart) {
		return 0, 0, false
	}
	if r, found := idx.singles[w]; found {
		return i + 1, r, true
	}
	if rs := idx.surname[w]; len(rs) == 1 {
		return i + 1, rs[0], true
	} else if len(rs) > 1 {
		return i + 1, -1, true
	}
	if rs := idx.part[w]; len(rs) == 1 && len(idx.surname[w]) == 0 && !x.lowerSeen(t.key) {
		return i + 1, rs[0], true
	}
	// The first name of a well-known person the document names by surname
	// ("Prime Minister Johnson" ... "Thank you, Boris."), where it cannot
	// be an ordinary word.
	if r, found := idx.knownGiven[w]; found && r >= 0 && t.shape == shapeTitle && !x.lowerSeen(t.key) && t.flags&fNotName == 0 &&
		!(x.isCap(i+1) && x.joined(i+1)) && (!(t.sentStart || t.lineStart) || i+1 < len(x.toks) && !x.toks[i+1].word) {
		return i + 1, r, true
	}
	return 0, 0, false
}

// slugify is the shared slug of entity ids.
func slugify(s string) string { return extractors.Slug(s) }

type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{p}
}

func (u *unionFind) find(a int) int {
	for u.parent[a] != a {
		u.parent[a] = u.parent[u.parent[a]]
		a = u.parent[a]
	}
	return a
}

// union joins two sets; the smaller index becomes the root, so roots do not
// depend on the order of calls.
func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
}
