package claims

import (
	"slices"
	"strings"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/internal/textcase"
)

// Declarations speak as one "WE" named in an opening clause and then in
// clauses that open with their cue, the form of summit declarations and
// leaders' statements of regional bodies:
//
//	WE, the Member States of ASEAN and the United States, gathered ...;
//	REAFFIRMING the importance of ...;
//	NOTING that ...;
//	WE HEREBY COMMIT TO:
//	1. EXPAND cooperation on ...;
//
// Each participle clause is a claim of the "WE" (its kind from the cue
// lexicon; a participle the lexicon lacks, such as "SEEKING", reads as an
// assertion unless it is one of intentWords), and after the "WE HEREBY
// <verb>:" line each operative paragraph opening with a verb in capitals
// is a claim of the kind of that verb (a commitment for "commit").

// declarationHead records an opening "WE, the ..." clause that does not end
// a sentence, with the countries and organisations it names as the
// members of the "WE". The clause itself is read as usual (its "gathered
// on the occasion of ..." is the author's statement of fact).
func (a *analyzer) declarationHead(ws []word) {
	n := len(ws)
	if a.preambleSet || n < 5 || ws[0].low != "we" || ws[1].low != "," || !ws[0].isCap() {
		return
	}
	if last := ws[n-1].low; last != ";" && last != "," && last != ":" {
		return // "We, too, ... ." is a sentence, not a declaration's opening
	}
	sp := extractors.Speaker{Start: ws[0].start, End: ws[0].end, Text: a.text[ws[0].start:ws[0].end]}
	for _, m := range a.mentionsIn(ws[0].start, ws[n-1].end) {
		if (m.Type == "country" || m.Type == "organisation") && m.Entity != "" && !slices.Contains(sp.Members, m.Entity) {
			sp.Members = append(sp.Members, m.Entity)
		}
	}
	a.preamble, a.preambleSet, a.declaration = sp, true, true
}

// intentWords are participles outside the cue lexicon that open a
// declaration's clauses of intent.
var intentWords = map[string]bool{"seeking": true, "striving": true, "resolving": true, "aiming": true, "endeavouring": true, "endeavoring": true}

// declarationClause reads a participle clause of a declaration whose cue
// the lexicon lacks ("SEEKING to advance ..."): a capitalised word ending
// in -ing that opens the clause.
func (a *analyzer) declarationClause(ws []word) (extractors.Claim, bool) {
	if !a.declaration || len(ws) < 3 || !textcase.AllCaps(a.text[ws[0].start:ws[0].end]) || !strings.HasSuffix(ws[0].low, "ing") {
		return extractors.Claim{}, false
	}
	kind := "assertion"
	if intentWords[ws[0].low] {
		kind = "commitment"
	}
	return a.clauseClaim(ws, 1, kind)
}

// operativeLead records a "WE HEREBY COMMIT TO:" line: the paragraphs after
// it are the declaration's operative clauses, of the kind of its verb.
func (a *analyzer) operativeLead(ws []word) bool {
	n := len(ws)
	if !a.declaration || n < 3 || n > 8 || ws[n-1].low != ":" || ws[0].low != "we" || ws[1].low != "hereby" {
		return false
	}
	a.operativeKind = "commitment"
	if f, _ := matchVerb(ws, 2); f != nil && ws[n-2].low != "to" {
		// "WE HEREBY <verb> TO:" ("DECLARE TO", "RESOLVE TO") binds the
		// signatories to what follows, whatever the verb; otherwise the
		// verb says what the paragraphs are.
		a.operativeKind = f.kind
	}
	a.operative = true
	return true
}

// operativeClause reads an operative paragraph: "EXPAND cooperation on
// ...", "FURTHER PROMOTE the stability of ...". The cue is the words in
// capitals that open it.
func (a *analyzer) operativeClause(ws []word) (extractors.Claim, bool) {
	if !a.operative || len(ws) < 3 {
		return extractors.Claim{}, false
	}
	j := 0
	for j < len(ws) && !ws[j].punct && len(ws[j].low) >= 2 && textcase.AllCaps(a.text[ws[j].start:ws[j].end]) {
		j++
	}
	if j == 0 {
		return extractors.Claim{}, false
	}
	return a.clauseClaim(ws, j, a.operativeKind)
}

// clauseClaim makes the claim of a preamble, declaration or operative
// clause whose cue is ws[:j]: the body or "WE" the document's opening names
// speaks it, and the content runs from after the cue (and a "that") to the
// clause's end.
func (a *analyzer) clauseClaim(ws []word, j int, kind string) (extractors.Claim, bool) {
	c := j
	for c < len(ws) && (ws[c].low == "that" || ws[c].low == "," || ws[c].low == ":") {
		c++
	}
	if c >= len(ws) {
		return extractors.Claim{}, false
	}
	sub := &sent{a: a, ws: ws, start: ws[0].start, end: ws[len(ws)-1].end}
	cS, cE := ws[c].start, sub.contentEnd()
	if cE <= cS {
		return extractors.Claim{}, false
	}
	hedged, negated, cond := sub.flags(cS, cE)
	cue := &extractors.Cue{Start: ws[0].start, End: ws[j-1].end}
	cue.Text = a.text[cue.Start:cue.End]
	conf := confResolved - 0.1
	if a.preamble.Entity == "" {
		conf = confText - 0.1
	}
	return extractors.Claim{Start: cS, End: cE, Speaker: a.preamble, Cue: cue, Kind: kind,
		Hedged: hedged, Negated: negated, Conditional: cond, Confidence: conf}, true
}

// signature reports a closing line that records where and when a text was
// adopted or signed ("ADOPTED in Jakarta, Indonesia, on ...", "Done at
// Washington ..."): no claim.
func signature(ws []word) bool {
	if len(ws) < 3 {
		return false
	}
	switch ws[0].low {
	case "adopted", "done", "signed":
	default:
		return false
	}
	switch ws[1].low {
	case "in", "at", "on", "this":
		return ws[0].isCap()
	}
	return false
}
