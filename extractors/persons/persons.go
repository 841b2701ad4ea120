package persons

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
)

// Name is the extractor's name in records and in extractors/all.
const Name = "persons"

// Extractor finds person mentions.
var Extractor = &extractors.Extractor{
	Name:  Name,
	Needs: extractors.NeedSentences,
	Doc:   "finds people's names (titles kept out of the span but recorded as role), and groups later short forms and transcript speaker labels with the fullest name",
	Run:   run,
}

// priorityPattern is the priority of every mention: a title, a given name,
// a speaker label or a reporting verb supports each name found.
const priorityPattern = 5

func run(d *extractors.Doc) (*extractors.Result, error) {
	l, err := getLexicon()
	if err != nil {
		return nil, fmt.Errorf("persons: %w", err)
	}
	sents := d.Sentences
	if len(sents) == 0 && d.Text != "" {
		sents = []extractors.Span{{Start: 0, End: len(d.Text)}}
	}
	// A title kept apart from the text often names the people the text
	// calls by surname or first name only ("Press Briefing by Press
	// Secretary Karine Jean-Pierre" over "MS. JEAN-PIERRE:" and "Thanks,
	// Karine"). It is read as a first paragraph; mentions inside it are
	// dropped, since the title is not part of the text.
	text, shift := d.Text, 0
	if title := strings.TrimSpace(d.Title); title != "" && !strings.Contains(d.Text[:min(len(d.Text), 2*len(title)+16)], title) {
		shift = len(title) + 2
		text = title + "\n\n" + d.Text
		moved := make([]extractors.Span, 0, len(sents)+1)
		moved = append(moved, extractors.Span{Start: 0, End: len(title)})
		for _, sp := range sents {
			moved = append(moved, extractors.Span{Start: sp.Start + shift, End: sp.End + shift})
		}
		sents = moved
	}
	if len(text) > math.MaxInt32 {
		return nil, fmt.Errorf("persons: text of %d bytes is too long", len(text)) // token offsets are int32
	}
	buf := tokenPool.Get().(*[]token)
	v := vocabPool.Get().(*vocab)
	x := newExtractionWith((*buf)[:0], text, sents, l, v)
	defer func() {
		clear(x.toks) // mentions keep no reference to the tokens
		*buf = x.toks[:0]
		tokenPool.Put(buf)
		v.release()
		vocabPool.Put(v)
	}()
	x.findCandidates()
	ms := x.resolve()
	if shift > 0 {
		kept := ms[:0]
		for _, m := range ms {
			if m.Start >= shift {
				m.Start -= shift
				m.End -= shift
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	return &extractors.Result{Mentions: ms}, nil
}

// vocabPool holds the word tables for reuse across documents, so that a
// table keeps its room instead of growing anew for each document.
var vocabPool = sync.Pool{New: func() any { return new(vocab) }}

// cand is a name found with evidence: tokens [first, last) of the name.
type cand struct {
	first, last int
	role        string
	roleCountry string
	priority    int
	label       bool // a speaker label with no title: kept only if it resolves to a known person
}

// extraction is the state of one run over one document.
type extraction struct {
	text    string
	toks    []token
	lex     *lexicon
	vocab   *vocab  // the document's words
	caps    []int32 // the tokens that are capitalised words, in order
	heading []bool  // per sentence: a title or heading in title case
	covered []bool  // per token: inside a title or name already taken
	cands   []cand
}

// newExtractionWith prepares the extraction of text, scanning into toks and
// entering the words in v.
func newExtractionWith(toks []token, text string, sents []extractors.Span, l *lexicon, v *vocab) *extraction {
	v.reset(l, len(text))
	if cap(toks) < len(text)/5 {
		toks = make([]token, 0, len(text)/5+1) // as scan: no growing copies
	}
	// A heading has three or more capitalised words and no lower-case
	// word but function words: "Remarks by President Biden Before the ...".
	counts := scanNotes{capped: make([]int, len(sents)), prose: make([]bool, len(sents)), caps: make([]int32, 0, len(text)/32)}
	x := &extraction{text: text, toks: scanInto(toks, text, sents, v, &counts), lex: l, vocab: v}
	x.caps = counts.caps
	x.covered = make([]bool, len(x.toks))
	x.heading = make([]bool, len(sents))
	for s := range sents {
		x.heading[s] = counts.capped[s] >= 3 && !counts.prose[s]
	}
	return x
}

// lowerSeen reports whether the document writes a capitalised word (or the
// tail of a hyphenated one) in lower case somewhere.
func (x *extraction) lowerSeen(key string) bool { return x.vocab.lowerSeen(key, x.text, x.toks) }

func (x *extraction) isHeading(i int) bool {
	s := x.toks[i].sent
	return s >= 0 && x.heading[s]
}

func (x *extraction) isCap(i int) bool {
	if i < 0 || i >= len(x.toks) || !x.toks[i].word {
		return false
	}
	s := x.toks[i].shape
	return s == shapeTitle || s == shapeUpper
}

// joined reports whether token i follows token i-1 on the same line,
// separated by white space only.
func (x *extraction) joined(i int) bool {
	return i > 0 && i < len(x.toks) && x.toks[i].space && !x.toks[i].newline
}

// keyIs reports whether token i is a word with key k.
func (x *extraction) keyIs(i int, k string) bool {
	return i >= 0 && i < len(x.toks) && x.toks[i].word && x.toks[i].key == k
}

// notName reports whether the word's key rules it out of a name.
func (x *extraction) notName(key string) bool {
	return stopWords[key] || calendar[key] || nameBreakers[key] || commonWords[key] ||
		postNominals[key] || (x.lex.countries[key] != "" && !x.lex.given[key])
}

// nameable reports whether token i can be a word of a name in context ctx
// (shapeTitle or shapeUpper): case agrees and no list rules it out.
func (x *extraction) nameable(i int, ctx shape) bool {
	if i < 0 || i >= len(x.toks) {
		return false
	}
	t := &x.toks[i]
	if !t.word || t.shape != ctx || len(t.key) < 2 {
		return false
	}
	if t.flags&(fTitle|fGiven) == fTitle || t.flags&fNotName != 0 {
		return false
	}
	return !x.wordCompound(t.key)
}

// given reports whether token i is a given name.
func (x *extraction) given(i int) bool { return x.toks[i].flags&fGiven != 0 }

// wordCompound reports whether a hyphenated word ends in an ordinary word
// ("General-appointed", "Self-defense") rather than a name syllable
// ("Suk-yeol", "Ching-te", "Ki-moon").
func (x *extraction) wordCompound(key string) bool {
	h := strings.LastIndexByte(key, '-')
	if h < 0 || particlePrefix(key) > 0 {
		return false
	}
	tail, head := key[h+1:], key[:strings.IndexByte(key, '-')]
	if nameBreakers[head] || commonWords[head] || strings.HasSuffix(tail, "wide") {
		return true // "Government-wide"
	}
	return x.lowerSeen(tail) || commonWords[tail] ||
		strings.HasSuffix(tail, "ed") || strings.HasSuffix(tail, "ing") || strings.HasSuffix(tail, "ly") ||
		strings.HasSuffix(tail, "based") || strings.HasSuffix(tail, "led") || strings.HasSuffix(tail, "like")
}

// countryAt returns the alpha-2 code of the longest country name or demonym
// starting at token i (after an optional "the") and the number of tokens it
// spans, including a possessive "'s".
func (x *extraction) countryAt(i int) (string, int) {
	start := i
	if x.keyIs(i, "the") {
		i++
	}
	if i >= len(x.toks) || !x.isCap(i) || x.toks[i].flags&fCountryFirst == 0 {
		return "", 0
	}
	var buf [64]byte
	b := buf[:0]
	code, n := "", 0
	for k := 0; k < x.lex.maxCountryWords && i+k < len(x.toks); k++ {
		t := &x.toks[i+k]
		if !t.word || (k > 0 && !x.joined(i+k)) {
			break
		}
		if k > 0 {
			b = append(b, ' ')
		}
		b = append(b, t.key...)
		c, ok := x.lex.countryPrefix[string(b)] // no allocation for the lookup
		if !ok {
			break // no longer name begins so
		}
		if c != "" {
			code, n = c, k+1
		}
	}
	if n == 0 {
		return "", 0
	}
	end := i + n
	if end+1 < len(x.toks) && isApostrophe(x.text[x.toks[end].start:x.toks[end].end]) && x.keyIs(end+1, "s") {
		end += 2
	}
	return code, end - start
}

func isApostrophe(s string) bool { return s == "'" || s == "\u2019" }

// parseTitle reads a title starting at token i: an optional country
// ("Japanese", "Japan's", "U.S."), title words ending in a head ("Prime
// Minister", "Lt. Gen."), and an optional "of"/"for" phrase ("Secretary of
// State", "Prime Minister of Japan"). It returns the token after the title.
func (x *extraction) parseTitle(i int) (next int, role, country string, ok bool) {
	// A title starts with a title word, a word that may precede one
	// ("former"), a country or "the": one flag test rules out most words.
	if i >= len(x.toks) || x.toks[i].flags&(fTitle|fSkipBeforeTitle|fCountryFirst|fThe) == 0 {
		return i, "", "", false
	}
	k := i
	if k < len(x.toks) && x.toks[k].word && x.toks[k].flags&fSkipBeforeTitle != 0 {
		k++
	}
	if code, n := x.countryAt(k); n > 0 {
		country = code
		k += n
	}
	type part struct {
		text string
		end  int // token after this part
	}
	var parts []part
	lastHead := -1 // index into parts
	start := k
	for k < len(x.toks) && k-start < 8 {
		t := &x.toks[k]
		if !t.word || (k > start && !x.joined(k)) {
			break
		}
		if t.flags&fTitle == 0 {
			break
		}
		tw, found := titles[t.key]
		if !found {
			break
		}
		switch {
		case t.shape == shapeLower && (!tw.lower || tw.abbr):
			found = false
		case t.shape == shapeOther || t.shape == shapeInitial:
			found = false
		case tw.abbr && !t.dot && !honorificNoDot[t.key]:
			// "Gen" without a dot is not a title; British "Mr Smith" is.
			found = false
		}
		if !found {
			break
		}
		parts = append(parts, part{tw.canon, k + 1})
		k++
		if !tw.head {
			continue
		}
		lastHead = len(parts) - 1
		// "Ambassador to Japan Rahm Emanuel", "Ambassador to the United
		// Nations Linda Thomas-Greenfield": the posting is not part of
		// the role, and the title's country stays the sender's.
		if x.keyIs(k, "to") && envoyTitles[t.key] && x.joined(k) {
			m := k + 1
			if x.keyIs(m, "the") {
				m++
			}
			n := 0
			if _, cn := x.countryAt(m); cn > 0 {
				n = cn
			} else {
				for n < 4 && m+n < len(x.toks) && x.isCap(m+n) && x.joined(m+n) && !x.given(m+n) {
					n++
				}
			}
			if n > 0 && x.isCap(m+n) && x.joined(m+n) {
				parts[lastHead].end = m + n
				k = m + n
				continue
			}
		}
		// "of"/"for" phrases: "Secretary of State", "Minister for
		// Foreign Affairs", "Prime Minister of Japan".
		if (x.keyIs(k, "of") || x.keyIs(k, "for")) && x.toks[k].shape == shapeLower && x.joined(k) {
			m := k + 1
			the := x.keyIs(m, "the")
			if the {
				m++
			}
			n := 0
			for m+n < len(x.toks) && n < 4 && x.isCap(m+n) && x.joined(m+n) && titleDomains[x.toks[m+n].key] {
				n++
			}
			switch {
			case n > 0:
				var b strings.Builder
				b.WriteString(x.toks[k].key)
				if the {
					b.WriteString(" the")
				}
				for q := m; q < m+n; q++ {
					b.WriteByte(' ')
					b.WriteString(displayWord(x.text[x.toks[q].start:x.toks[q].end], x.toks[q].shape))
				}
				parts = append(parts, part{b.String(), m + n})
				lastHead = len(parts) - 1
				k = m + n
			case country == "":
				if code, cn := x.countryAt(k + 1); cn > 0 && x.joined(k+1) {
					country = code
					parts[lastHead].end = k + 1 + cn
					k = k + 1 + cn
				}
			}
		}
	}
	if lastHead < 0 {
		return i, "", "", false
	}
	words := make([]string, lastHead+1)
	for p := range words {
		words[p] = parts[p].text
	}
	return parts[lastHead].end, canonicalRole(words), country, true
}

// envoyTitles are posted to a country or body ("Ambassador to Japan").
var envoyTitles = set(`Ambassador Envoy Representative Delegate Amb Ambassadors`)

// honorificNoDot are abbreviations that are titles without a dot too.
var honorificNoDot = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "mx": true, "messrs": true, "mme": true, "fr": true}

// canonicalRole writes title words in title case ("PRIME MINISTER" ->
// "Prime Minister") with "of", "for" and "the" in lower case.
func canonicalRole(words []string) string {
	if len(words) == 1 && isMixedASCII(words[0]) {
		return words[0] // "President": nothing to change
	}
	for p, w := range words {
		if isMixedASCII(w) {
			continue
		}
		if strings.ToUpper(w) == w && strings.ToLower(w) != w {
			words[p] = displayWord(w, shapeUpper)
		} else if tw, ok := titles[foldKey(w)]; ok && strings.ToLower(w) == w {
			words[p] = tw.canon
		}
	}
	return strings.Join(words, " ")
}

// isMixedASCII reports whether w is ASCII with both upper- and lower-case
// letters, which canonicalRole leaves as it is.
func isMixedASCII(w string) bool {
	upper, lower := false, false
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= utf8.RuneSelf:
			return false
		case 'A' <= c && c <= 'Z':
			upper = true
		case 'a' <= c && c <= 'z':
			lower = true
		}
	}
	return upper && lower
}

// parseName reads a name starting at token i and returns the token after
// it. Case must agree along the name (all title case, or all capitals as
// in speaker labels); initials, particles and suffixes may join it. In a
// heading, the name grows past its first word only through given names and
// initials ("President Donald J. Trump Secures ...").
func (x *extraction) parseName(i int) (end int, ok bool) {
	if i >= len(x.toks) || !x.toks[i].word {
		return i, false
	}
	k := i
	// Leading initials: "J. D. Vance", "JD Vance".
	for k < len(x.toks) && (k == i || x.joined(k)) && x.isInitial(k) {
		k++
	}
	if k >= len(x.toks) || (k > i && !x.joined(k)) {
		return i, false
	}
	ctx := x.toks[k].shape
	if ctx != shapeTitle && ctx != shapeUpper || !x.nameable(k, ctx) {
		return i, false
	}
	heading := x.isHeading(k)
	growable := x.given(k) || k > i
	end = k + 1
	words := 1
	// "Prime Minister KISHIDA Fumio": a surname in capitals, then the
	// given name in title case, as Japanese official texts write names.
	if ctx == shapeUpper && end < len(x.toks) && x.joined(end) && x.toks[end].shape == shapeTitle &&
		x.given(end) && !(x.isCap(end+1) && x.joined(end+1)) && !x.isHeading(end) {
		return end + 1, true
	}
	for k = end; k < len(x.toks) && words < 6; k++ {
		t := &x.toks[k]
		if q := x.nickname(k, ctx); q > k {
			k = q // 'Richard "Tex" Coe': the loop goes on after the quote
			continue
		}
		if x.commaSuffix(k) {
			return k + 2, true // "Joseph R. Biden, Jr."
		}
		if !t.word || !x.joined(k) {
			break
		}
		switch {
		case x.isInitial(k) && (t.shape == shapeInitial || t.acronym):
			end = k + 1
			growable = true
			continue
		case t.shape == shapeLower && t.flags&fParticle != 0:
			continue // kept only if a name word follows
		case suffixes[t.key] && (t.shape == shapeTitle || t.shape == shapeUpper):
			return k + 1, true
		}
		if t.flags&fTitle != 0 && t.shape == ctx && t.flags&fNotName == 0 && !(x.isCap(k+1) && x.joined(k+1)) &&
			(x.given(k-1) || x.toks[k-1].shape == shapeInitial) {
			// A title word ending a name is a surname ("Martin Luther
			// King", "John Major").
			end = k + 1
			break
		}
		if ctx == shapeTitle && t.shape == shapeUpper && x.given(k-1) && x.nameable(k, shapeUpper) && x.lineEndsAfter(k) {
			// "Fumio KISHIDA" under a signature.
			end = k + 1
			break
		}
		if !x.nameable(k, ctx) {
			// "Kanye West": a surname that is also a common word, right
			// after a given name and ending the name.
			if t.shape == ctx && surnameWords[t.key] && x.given(k-1) && !(x.isCap(k+1) && x.joined(k+1)) && !heading {
				end = k + 1
			}
			break
		}
		if heading && !growable && !(x.given(k) && !(x.isCap(k+1) && x.joined(k+1))) {
			// A given name may end the name, family name first, as in
			// a guest list: "Her Excellency Kamikawa Yoko, Minister ...".
			break
		}
		if t.flags&fTitle != 0 && x.isCap(k+1) && x.joined(k+1) && !suffixes[x.toks[k+1].key] {
			break // the next titled name starts here
		}
		if x.lowerSeen(t.key) && !(x.given(k-1) && !(x.isCap(k+1) && x.joined(k+1))) {
			// A word the text also writes in lower case is a name word
			// only right after a given name, at the end of the name
			// ("Condoleezza Rice said").
			break
		}
		end = k + 1
		words++
		growable = t.flags&fGiven != 0
	}
	return end, true
}

// commaSuffix reports whether token k is a comma before a suffix that
// ends a name ("Biden, Jr."), which belongs to the name.
func (x *extraction) commaSuffix(k int) bool {
	if k+1 >= len(x.toks) || x.toks[k].word || x.toks[k].end-x.toks[k].start != 1 || x.text[x.toks[k].start] != ',' || x.toks[k].space {
		return false
	}
	t := &x.toks[k+1]
	return (t.key == "jr" || t.key == "sr") && (t.shape == shapeTitle || t.shape == shapeUpper) && x.joined(k+1) &&
		!(x.isCap(k+2) && x.joined(k+2))
}

// pluralTitle reports whether a role names several people ("Prime
// Ministers", "Senators").
func pluralTitle(role string) bool {
	last := role[strings.LastIndexByte(role, ' ')+1:]
	tw, ok := titles[foldKey(last)]
	return ok && tw.head && strings.HasSuffix(tw.canon, "s") && !strings.HasSuffix(tw.canon, "ss") &&
		tw.canon != "Chairs" && last != "Affairs"
}

// nameList reads the names that follow a plural title after the first
// ("Prime Ministers Albanese, Kishida, and Modi") and returns the token
// after the last one.
func (x *extraction) nameList(end int, role string) int {
	for {
		k := end
		if k < len(x.toks) && x.text[x.toks[k].start:x.toks[k].end] == "," {
			k++
		}
		if x.keyIs(k, "and") {
			k++
		}
		if k == end || k >= len(x.toks) {
			return end
		}
		if _, _, _, titled := x.parseTitle(k); titled {
			return end // the next name has a title of its own
		}
		e, ok := x.parseName(k)
		if !ok || x.isCap(e) && x.joined(e) || !x.titledNameOK(k, e) {
			return end
		}
		x.add(cand{first: k, last: e, role: role, priority: priorityPattern})
		end = e
	}
}

// titledNameOK rejects a one-word "name" after a title that is more
// likely part of a longer title or name: one followed by a capitalised word
// that cannot be a name ("Chief Domestic Policy Advisor"), or one the text
// also writes in lower case ("Counselor for Public Diplomacy").
func (x *extraction) titledNameOK(start, end int) bool {
	if end-start != 1 {
		return true
	}
	t := &x.toks[start]
	if x.lowerSeen(t.key) && t.flags&fGiven == 0 {
		return false
	}
	// Headline verbs may follow: "PRESIDENT BIDEN ANNOUNCES ...".
	next := x.toks[min(end, len(x.toks)-1)].key
	verb := strings.HasSuffix(next, "s") || strings.HasSuffix(next, "ing") || strings.HasSuffix(next, "ed")
	_, nextTitle := titles[next]
	if x.isCap(end) && x.joined(end) && (nameBreakers[next] || commonWords[next] && !verb || nextTitle) && !afterNameHeads[next] {
		return false
	}
	return true
}

// afterPhraseOK rejects a lone unknown word after a title that ends in an
// "of" or "for" phrase: in "Commissioner of Internal Revenue" and "Director
// for Policy Implementation" the word still belongs to the office. A
// given name, a known surname or a longer name is accepted ("Secretary of
// State Blinken" is rare; "Secretary of State Antony Blinken" is usual).
func (x *extraction) afterPhraseOK(start, end int) bool {
	if end-start != 1 || start == 0 {
		return true
	}
	// After a title word the name is taken ("Secretary of the Army
	// Wormuth"), unless the word is an adjective that goes on into the
	// name of a body ("Administrator of the National Aeronautics ...").
	if _, title := titles[x.toks[start-1].key]; title && !domainAdjectives[x.toks[start-1].key] {
		return true
	}
	k := x.toks[start].key
	return x.lex.given[k] || x.lex.knownSurnames[k] || len(x.lex.people[k]) > 0
}

// domainAdjectives are title domains that more often begin the name of a
// body than end a title.
var domainAdjectives = set(`National International Economic Public Human Natural Social Joint Internal Urban Digital Legal`)

// afterNameHeads may follow a leader's name without making it part of
// another name ("President Biden Administration").
var afterNameHeads = set(`Administration Government Cabinet Era Doctrine Presidency Campaign`)

// lineEndsAfter reports whether token k ends its line (or the text).
func (x *extraction) lineEndsAfter(k int) bool {
	return k+1 >= len(x.toks) || x.toks[k+1].newline
}

// nickname returns the closing quote of a quoted nickname inside a name
// that starts at token k ('Richard "Tex" Coe', 'John “J.D.” Dorrian'), or
// k when there is none: one to three capitalised words in quotes, followed
// by the rest of the name.
func (x *extraction) nickname(k int, ctx shape) int {
	if k >= len(x.toks) || x.toks[k].word || !x.joined(k) || !isQuote(x.text[x.toks[k].start:x.toks[k].end]) {
		return k
	}
	for q := k + 1; q < len(x.toks) && q <= k+4; q++ {
		t := &x.toks[q]
		if !t.word {
			if q > k+1 && isQuote(x.text[t.start:t.end]) && x.joined(q+1) && x.nameable(q+1, ctx) {
				return q
			}
			return k
		}
		if t.shape != shapeTitle && t.shape != shapeUpper && t.shape != shapeInitial {
			return k
		}
	}
	return k
}

func isQuote(s string) bool {
	switch s {
	case "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019":
		return true
	}
	return false
}

// isInitial reports whether token i is an initial: "J." or, in upper case
// before a title-case word, "JD".
func (x *extraction) isInitial(i int) bool {
	t := &x.toks[i]
	if !t.word {
		return false
	}
	if t.shape == shapeInitial {
		return t.dot || (t.flags&fStop == 0 && x.isCap(i+1) && x.joined(i+1))
	}
	if t.acronym && t.end-t.start <= 3 {
		return x.toks[min(i+1, len(x.toks)-1)].shape == shapeTitle && x.joined(i+1) // "C.T. Wright"
	}
	return t.shape == shapeUpper && t.end-t.start == 2 && !t.dot && x.toks[min(i+1, len(x.toks)-1)].shape == shapeTitle && x.joined(i+1) &&
		x.lex.countries[t.key] == "" && !stopWords[t.key]
}

// nameEnd is the byte offset where the name ending before token end ends.
func (x *extraction) nameEnd(end int) int {
	t := &x.toks[end-1]
	if t.shape == shapeInitial || suffixes[t.key] {
		return t.fullEnd()
	}
	return int(t.end)
}

// findCandidates finds names with evidence: speaker labels, titles, given
// names, reporting verbs and, at low priority, the shape of the words.
func (x *extraction) findCandidates() {
	blocked := false // the previous capitalised word was rejected: a name cannot start inside its run
	for i := 0; i < len(x.toks); i++ {
		t := &x.toks[i]
		if !t.word || x.covered[i] {
			blocked = false
			continue
		}
		if t.lineStart && t.shape == shapeUpper || t.lineStart && t.flags&fTitle != 0 && titles[t.key].abbr {
			if next, ok := x.speakerLabel(i); ok {
				i = next - 1
				blocked = false
				continue
			}
		}
		if x.joined(i) && x.toks[i-1].flags&fPlacePrefix != 0 && x.isCap(i-1) {
			// "HMS Queen Elizabeth", "Fort Prince George": a name after
			// these is a ship or a place.
			blocked = true
			continue
		}
		if next, role, country, ok := x.parseTitle(i); ok {
			if end, named := x.parseName(next); named && x.joined(next) && x.titledNameOK(next, end) && x.afterPhraseOK(next, end) {
				if country == "" && role != "" {
					country = x.ofCountry(end)
				}
				x.add(cand{first: next, last: end, role: role, roleCountry: countryID(country), priority: priorityPattern})
				if pluralTitle(role) {
					end = x.nameList(end, role)
				}
				i = end - 1
			} else {
				i = next - 1 // a title with no name ("Madam Speaker") is no mention
			}
			blocked = false
			continue
		}
		if t.lineStart && t.shape == shapeInitial && t.dot {
			if end, ok := x.parseName(i); ok && end > i+1 && x.toks[end-1].shape == shapeUpper && x.lineEndsAfter(end-1) {
				// A signature: "P. H. SPAAK", "J. F. DULLES".
				x.add(cand{first: i, last: end, priority: priorityPattern})
				i = end - 1
				blocked = false
				continue
			}
		}
		if t.shape != shapeTitle {
			blocked = x.isCap(i) && t.flags&(fStop|fCalendar) == 0
			continue
		}
		// A given name may open a name after an unknown capitalised word
		// ("County Coroner William McLaughlin"), but not after a word
		// that makes a place of what follows ("Camp David", "Fort William").
		wasBlocked := blocked && x.joined(i) && !(t.flags&fGiven != 0 && x.toks[i-1].flags&fPlacePrefix == 0)
		end, ok := x.parseName(i)
		if !ok {
			blocked = t.flags&(fStop|fCalendar) == 0
			continue
		}
		if wasBlocked || (x.isCap(end) && x.joined(end) && nameBreakers[x.toks[end].key]) || x.hasMultiwordCountry(i, end) {
			// Inside a longer capitalised name that is not a person's:
			// "Camp David", "George Washington University".
			i = end - 1
			blocked = true
			continue
		}
		var buf [64]byte
		if nonPersonNames[string(x.appendPhraseKey(buf[:0], i, end))] { // no allocation for the lookup
			i = end - 1
			blocked = true
			continue
		}
		if end == i+1 && x.lex.knownSurnames[t.key] && !(x.isCap(end) && x.joined(end)) &&
			!((t.sentStart || t.lineStart) && x.lowerSeen(t.key)) {
			// "Putin's war", "the Trump administration".
			x.add(cand{first: i, last: end, priority: priorityPattern})
			blocked = false
			continue
		}
		if p, start := x.evidence(i, end); p > 0 {
			x.add(cand{first: start, last: end, priority: p})
			i = end - 1
			blocked = false
			continue
		}
		blocked = true
	}
}

// add records a candidate and covers its tokens.
func (x *extraction) add(c cand) {
	x.cands = append(x.cands, c)
	for k := c.first; k < c.last; k++ {
		x.covered[k] = true
	}
}

// hasMultiwordCountry reports whether tokens [i, end) start with a country
// name of two or more words ("Sri Lanka", "Saudi Arabia").
func (x *extraction) hasMultiwordCountry(i, end int) bool {
	_, n := x.countryAt(i)
	return n >= 2 && n <= end-i
}

// evidence grades a title-less capitalised run [i, end): a given name first,
// or a reporting verb after it, makes a pattern match. The shape of the
// words alone is no evidence: in policy texts most capitalised pairs are
// programmes, places and documents ("Quad Fellowship", "Thomas Shoal").
func (x *extraction) evidence(i, end int) (priority, start int) {
	words := 0
	for k := i; k < end; k++ {
		if x.toks[k].word && !x.isInitial(k) && !particles[x.toks[k].key] {
			words++
		}
	}
	if words < 2 {
		return 0, i
	}
	first := x.toks[i].key
	initial := x.toks[i].sentStart || x.toks[i].lineStart
	if initial && (x.lowerSeen(first) || commonWords[first]) {
		return 0, i
	}
	if x.given(i) {
		return priorityPattern, i
	}
	// A well-known person's full name ("Keir Starmer", "Kaja Kallas").
	if last := stripParticle(x.toks[end-1].key); len(x.lex.people[last]) > 0 || len(x.lex.people[first]) > 0 {
		if x.lex.knownFull(x.newForm(i, end)) != nil {
			return priorityPattern, i
		}
	}
	// An Arabic surname with its article ("Mohan al-Freiji").
	last := x.toks[end-1].key
	if particlePrefix(last) > 0 && !knownNonPersons[last] && !initial {
		return priorityPattern, i
	}
	// A given name inside a longer run: the name starts there, and what
	// comes before is most often an unlisted title ("Engineer John
	// Greiner", "Coroner William McLaughlin").
	for k := i + 1; k < end-1; k++ {
		if x.given(k) && x.toks[k].word && !x.isInitial(k) {
			return priorityPattern, k
		}
	}
	// A reporting verb after the run, unless an article or preposition
	// before it suggests an organisation ("the CEO of Occidental
	// Petroleum said").
	if x.reportedSpeech(end) && !(i > 0 && x.toks[i-1].word && orgLead[x.toks[i-1].key]) {
		return priorityPattern, i
	}
	return 0, i
}

// orgLead are words before a capitalised run that make it more likely an
// organisation than a person.
var orgLead = set(`the of at from for in on into with`)

// nonPersonNames are organisations named like people; the given name
// they open with would make them look like persons.
var nonPersonNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{"Fannie Mae", "Freddie Mac", "Ginnie Mae", "Sallie Mae",
		"Morgan Stanley", "Philip Morris", "Eli Lilly", "Lockheed Martin", "Aston Martin",
		"Walt Disney", "Dow Jones", "Merrill Lynch", "Wells Fargo", "Charles Schwab",
		"Johnson Controls", "Franklin Templeton", "Harley Davidson", "Harley-Davidson",
		"Tim Hortons", "Marks Spencer", "Smith Wesson", "Paul Weiss", "Eberhard Faber"} {
		m[foldPhrase(n)] = true
	}
	return m
}()

// appendPhraseKey appends to b the keys of the words in tokens [i, end),
// joined by spaces.
func (x *extraction) appendPhraseKey(b []byte, i, end int) []byte {
	n := len(b)
	for k := i; k < end; k++ {
		if !x.toks[k].word {
			continue
		}
		if len(b) > n {
			b = append(b, ' ')
		}
		b = append(b, x.toks[k].key...)
	}
	return b
}

// placePrefixes make a place of the name that follows ("Camp David").
var placePrefixes = set(`Camp Fort Mount Mt Lake Port Saint St San Santa Sao Cape Casa Villa Hotel
	Club Radio Team USS USNS HMS HMAS HMCS HMNZS INS JS ROKS RFS FS`)

// knownNonPersons are words with a name particle that name groups or
// places, not people.
var knownNonPersons = set(`al-Qaeda al-Qaida al-Nusra al-Shabaab al-Shabab al-Aqsa al-Anbar al-Quds
	al-Jazeera al-Arabiya al-Hashd al-Sham al-Furat al-Bab al-Tanf al-Hol al-Azhar al-Ahram al-Ittihad
	al-Islam al-Islamiyya al-Mahdi al-Haram`)

// reportedSpeech reports whether a reporting verb follows token end ("Jane
// Doe said", "Jane Doe, who", "Jane Doe, the minister, said").
func (x *extraction) reportedSpeech(end int) bool {
	if end < len(x.toks) && saidVerbs[x.toks[end].key] && x.toks[end].shape == shapeLower {
		return true
	}
	if end+1 < len(x.toks) && x.text[x.toks[end].start:x.toks[end].end] == "," && x.keyIs(end+1, "who") {
		return true
	}
	return false
}

// ofCountry returns the country of "of [the] Country" at token end ("Prime
// Minister Morrison of Australia").
func (x *extraction) ofCountry(end int) string {
	if !x.keyIs(end, "of") || !x.joined(end) {
		return ""
	}
	code, n := x.countryAt(end + 1)
	if n == 0 || !x.joined(end+1) {
		return ""
	}
	return code
}

func countryID(code string) string {
	if code == "" {
		return ""
	}
	return "country:" + code
}

// speakerLabel reads a transcript speaker label at the start of a line:
// "PRIME MINISTER MORRISON:", "MS. PSAKI:", "MORRISON:". A label with a
// title and a name is a mention; a bare one is kept only if it resolves to
// a person found elsewhere; "THE PRESIDENT:" and "Q" name nobody.
func (x *extraction) speakerLabel(i int) (next int, ok bool) {
	k := i
	for k < len(x.toks) && k-i < 8 && x.toks[k].word && (k == i || x.joined(k)) {
		s := x.toks[k].shape
		if s != shapeUpper && s != shapeInitial && !(titles[x.toks[k].key].abbr && s == shapeTitle) {
			return i, false
		}
		k++
	}
	if k == i || k >= len(x.toks) || x.text[x.toks[k].start:x.toks[k].end] != ":" {
		return i, false
	}
	colon := k
	j := i
	if x.keyIs(j, "the") {
		j++
	}
	if nameStart, role, country, titled := x.parseTitle(j); titled {
		if nameStart == colon {
			return colon + 1, true // "THE PRESIDENT:"
		}
		if end, named := x.parseNameUpper(nameStart); named && end == colon {
			x.add(cand{first: nameStart, last: end, role: role, roleCountry: countryID(country), priority: priorityPattern})
			return colon + 1, true
		}
		return i, false
	}
	if end, named := x.parseNameUpper(j); named && end == colon && end-j <= 3 {
		c := cand{first: j, last: end, priority: priorityPattern, label: true}
		if end-j >= 2 {
			if !x.given(j) {
				return colon + 1, true // "AUDIENCE MEMBER:", "FIELD REPORT:"
			}
			c.label = false // "JOHN KIRBY:"
		}
		x.add(c)
		return colon + 1, true
	}
	return i, false
}

// parseNameUpper is parseName for labels, where the name may be in
// capitals even when the label is not (a title-case "Mr." before it).
func (x *extraction) parseNameUpper(i int) (int, bool) {
	if i >= len(x.toks) {
		return i, false
	}
	return x.parseName(i)
}
