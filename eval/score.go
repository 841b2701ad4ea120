package eval

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/polexhq/polex/output"
)

// Scored mention types; "location" marks gold spans that are never to be
// predicted as one of these.
var scoredTypes = []string{"country", "region", "organisation", "treaty", "person", "date"}

// Counts are precision/recall counts.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// P is precision, R recall, F1 their harmonic mean (0 when undefined).
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TypeScore is the score of one mention type.
type TypeScore struct {
	Type    string `json:"type"`
	Strict  Counts `json:"strict"`
	Relaxed Counts `json:"relaxed"`
	// Norm counts relaxed matches whose entity id (or date value) equals
	// the gold one, out of NormTotal matches where the gold has one.
	Norm      int `json:"norm_correct"`
	NormTotal int `json:"norm_total"`
	// Grouping counts agreeing pairs of matched mentions: two mentions are
	// one entity in the gold exactly when they are one in the prediction.
	GroupAgree int `json:"group_agree"`
	GroupPairs int `json:"group_pairs"`
}

// NormAcc is normalisation accuracy.
func (t TypeScore) NormAcc() float64 { return ratio(t.Norm, t.NormTotal) }

// GroupAcc is grouping agreement.
func (t TypeScore) GroupAcc() float64 { return ratio(t.GroupAgree, t.GroupPairs) }

// ClaimScore scores claims.
type ClaimScore struct {
	Gold       int `json:"gold"`
	Found      int `json:"found"`
	SpeakerOK  int `json:"speaker_ok"`
	Pred       int `json:"pred"`
	PredOnGold int `json:"pred_on_gold"`
}

// Report is the result of an evaluation.
type Report struct {
	Documents int      `json:"documents"`
	Unmatched []string `json:"unmatched_gold,omitempty"`
	// NotAnnotated lists types the gold set never annotates; they are not scored.
	NotAnnotated []string     `json:"not_annotated,omitempty"`
	Types        []*TypeScore `json:"types"`
	Claims       ClaimScore   `json:"claims"`
	HasClaims    bool         `json:"-"`
	// Errors lists every miss, false positive, wrong id and wrong claim
	// speaker, in gold order, when asked for (EvaluateErrors).
	Errors     []Error `json:"errors,omitempty"`
	listErrors bool
	typeByName map[string]*TypeScore
	// the code points of the document errors were last listed for, so a
	// document's text is converted once, not once per error
	runesOf *output.Record
	runes   []rune
}

// Error is one scoring error, for reading what a score hides.
type Error struct {
	Doc string `json:"doc"`
	// Kind is "missed" (a required gold span no prediction overlaps),
	// "false" (a prediction no gold span accounts for), "id" (a matched
	// mention with another entity id or date value), "claim-missed",
	// "claim-speaker" or "claim-false".
	Kind    string `json:"kind"`
	Type    string `json:"type,omitempty"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Gold    string `json:"gold,omitempty"` // gold id, value or speaker
	Pred    string `json:"pred,omitempty"` // predicted id, value or speaker
	Context string `json:"context,omitempty"`
}

// addError records an error with some gold text around it.
func (r *Report) addError(doc *output.Record, e Error) {
	if !r.listErrors {
		return
	}
	e.Doc = doc.ID
	if r.runesOf != doc {
		r.runesOf, r.runes = doc, []rune(doc.Text)
	}
	rs := r.runes
	if e.Start >= 0 && e.End <= len(rs) && e.Start <= e.End {
		if e.Text == "" {
			e.Text = string(rs[e.Start:e.End])
		}
		a, b := max(0, e.Start-40), min(len(rs), e.End+40)
		e.Context = strings.Join(strings.Fields(string(rs[a:b])), " ")
	}
	r.Errors = append(r.Errors, e)
}

func (r *Report) typ(name string) *TypeScore {
	if r.typeByName == nil {
		r.typeByName = map[string]*TypeScore{}
	}
	t := r.typeByName[name]
	if t == nil {
		t = &TypeScore{Type: name}
		r.typeByName[name] = t
		r.Types = append(r.Types, t)
	}
	return t
}

type span struct {
	start, end int
	typ        string
	norm       string // entity id or date value
	optional   bool
	text       string
}

func overlaps(a, b span) bool { return a.start < b.end && b.start < a.end }

// Evaluate scores predicted records against gold records.
func Evaluate(gold, pred []*output.Record) *Report {
	return evaluate(gold, pred, false)
}

// EvaluateErrors is Evaluate that also lists every error in Report.Errors.
func EvaluateErrors(gold, pred []*output.Record) *Report {
	return evaluate(gold, pred, true)
}

func evaluate(gold, pred []*output.Record, listErrors bool) *Report {
	rep := &Report{listErrors: listErrors}
	// A type is scored only where the gold set annotates it at all: a dev
	// set without dates says nothing about predicted dates.
	annotated := map[string]bool{}
	for _, g := range gold {
		for _, m := range g.Mentions {
			annotated[m.Type] = true
		}
	}
	for _, t := range scoredTypes {
		if annotated[t] {
			rep.typ(t)
		} else {
			rep.NotAnnotated = append(rep.NotAnnotated, t)
		}
	}
	pairs := pair(gold, pred)
	for _, g := range gold {
		p := pairs[g]
		if p == nil {
			rep.Unmatched = append(rep.Unmatched, g.ID)
			p = &output.Record{}
		}
		rep.Documents++
		scoreDoc(rep, g, p)
	}
	return rep
}

func scoreDoc(rep *Report, g, p *output.Record) {
	al := newAligner(g.Text, p.Text)
	var gs, ps []span
	for _, m := range g.Mentions {
		norm := m.Entity
		if m.Type == "date" {
			norm = m.Value
		}
		gs = append(gs, span{m.Start, m.End, m.Type, norm, m.Optional, m.Text})
	}
	for _, m := range p.Mentions {
		s, e, ok := al.span(m.Start, m.End, m.Text)
		if !ok {
			s, e = -1, -1
		}
		norm := m.Entity
		if m.Type == "date" {
			norm = m.Value
		}
		ps = append(ps, span{s, e, m.Type, norm, false, m.Text})
	}
	for _, ts := range rep.Types {
		scoreType(ts, ts.Type, gs, ps, func(e Error) { rep.addError(g, e) })
	}
	scoreClaims(rep, g, p, al)
}

func scoreType(ts *TypeScore, typ string, gs, ps []span, report func(Error)) {
	var req []int
	for i, s := range gs {
		if s.typ == typ && !s.optional {
			req = append(req, i)
		}
	}
	// strict: exact span and type
	used := map[int]bool{}
	matchedPred := map[int]bool{}
	for pi, p := range ps {
		if p.typ != typ {
			continue
		}
		for _, gi := range req {
			if !used[gi] && gs[gi].start == p.start && gs[gi].end == p.end {
				used[gi] = true
				matchedPred[pi] = true
				break
			}
		}
	}
	ts.Strict.TP += len(used)
	ts.Strict.FN += len(req) - len(used)
	ts.Strict.FP += countFP(typ, gs, ps, matchedPred)

	// relaxed: overlapping span and type, one to one, best overlap first
	usedR := map[int]int{} // gold -> pred
	matchedR := map[int]bool{}
	for pi, p := range ps {
		if p.typ != typ {
			continue
		}
		best, bestOv := -1, 0
		for _, gi := range req {
			if _, ok := usedR[gi]; ok || !overlaps(gs[gi], p) {
				continue
			}
			ov := min(gs[gi].end, p.end) - max(gs[gi].start, p.start)
			if ov > bestOv {
				best, bestOv = gi, ov
			}
		}
		if best >= 0 {
			usedR[best] = pi
			matchedR[pi] = true
		}
	}
	ts.Relaxed.TP += len(usedR)
	ts.Relaxed.FN += len(req) - len(usedR)
	ts.Relaxed.FP += countFP(typ, gs, ps, matchedR)
	for _, gi := range req {
		if _, ok := usedR[gi]; !ok {
			g := gs[gi]
			report(Error{Kind: "missed", Type: typ, Start: g.start, End: g.end, Text: g.text, Gold: g.norm})
		}
	}
	for pi, p := range ps {
		if p.typ == typ && !matchedR[pi] && !excused(gs, p) {
			report(Error{Kind: "false", Type: typ, Start: p.start, End: p.end, Text: p.text, Pred: p.norm})
		}
	}

	// normalisation and grouping over relaxed matches
	gis := make([]int, 0, len(usedR))
	for gi := range usedR {
		gis = append(gis, gi)
	}
	sort.Ints(gis)
	for _, gi := range gis {
		if gs[gi].norm == "" {
			continue
		}
		ts.NormTotal++
		if p := ps[usedR[gi]]; p.norm == gs[gi].norm {
			ts.Norm++
		} else {
			g := gs[gi]
			report(Error{Kind: "id", Type: typ, Start: g.start, End: g.end, Text: g.text, Gold: g.norm, Pred: p.norm})
		}
	}
	if typ == "date" {
		return
	}
	for a := 0; a < len(gis); a++ {
		for b := a + 1; b < len(gis); b++ {
			ga, gb := gs[gis[a]], gs[gis[b]]
			if ga.norm == "" || gb.norm == "" {
				continue
			}
			pa, pb := ps[usedR[gis[a]]], ps[usedR[gis[b]]]
			ts.GroupPairs++
			if (ga.norm == gb.norm) == (pa.norm == pb.norm && pa.norm != "") {
				ts.GroupAgree++
			}
		}
	}
}

// countFP counts predictions of typ that matched no required gold span and
// do not overlap an optional gold span. A prediction on a location span (or
// any other unscored span) is thus a false positive unless an optional span
// excuses it, such as "Syria" annotated optional inside "Palmyra, Syria".
func countFP(typ string, gs, ps []span, matched map[int]bool) int {
	fp := 0
	for pi, p := range ps {
		if p.typ != typ || matched[pi] {
			continue
		}
		if !excused(gs, p) {
			fp++
		}
	}
	return fp
}

// excused reports whether an optional gold span overlaps p.
func excused(gs []span, p span) bool {
	for _, g := range gs {
		if g.optional && overlaps(g, p) {
			return true
		}
	}
	return false
}

func scoreClaims(rep *Report, g, p *output.Record, al *aligner) {
	if len(g.Claims) == 0 {
		return
	}
	rep.HasClaims = true
	type pspan struct {
		s, e int
		c    output.Claim
	}
	var pcs []pspan
	for _, c := range p.Claims {
		s, e, ok := al.span(c.Start, c.End, c.Text)
		if !ok {
			s, e = -1, -1
		}
		pcs = append(pcs, pspan{s, e, c})
	}
	rep.Claims.Gold += len(g.Claims)
	rep.Claims.Pred += len(pcs)
	for _, pc := range pcs {
		on := false
		for _, gc := range g.Claims {
			if pc.s < gc.End && gc.Start < pc.e {
				on = true
				break
			}
		}
		if on {
			rep.Claims.PredOnGold++
		} else {
			rep.addError(g, Error{Kind: "claim-false", Start: pc.s, End: pc.e, Text: pc.c.Text, Pred: speakerString(pc.c.Speaker)})
		}
	}
	for _, gc := range g.Claims {
		var cands []output.Claim
		for _, pc := range pcs {
			if pc.s < gc.End && gc.Start < pc.e {
				cands = append(cands, pc.c)
			}
		}
		if len(cands) == 0 {
			rep.addError(g, Error{Kind: "claim-missed", Start: gc.Start, End: gc.End, Text: gc.Text, Gold: speakerString(gc.Speaker)})
			continue
		}
		rep.Claims.Found++
		if slices.ContainsFunc(cands, func(c output.Claim) bool { return sameSpeaker(gc.Speaker, c.Speaker) }) {
			rep.Claims.SpeakerOK++
		} else {
			rep.addError(g, Error{Kind: "claim-speaker", Start: gc.Start, End: gc.End, Text: gc.Text,
				Gold: speakerString(gc.Speaker), Pred: speakerString(cands[0].Speaker)})
		}
	}
}

// speakerString writes a speaker as the dev-set tables do: "author",
// "entity:<id>" or "text:<as written>".
func speakerString(sp output.Speaker) string {
	switch {
	case sp.Entity != "":
		return "entity:" + sp.Entity
	case sp.Role != "":
		return sp.Role
	}
	return "text:" + sp.Text
}

// sameSpeaker compares a gold speaker ({entity}, {text} or {role}) with a
// predicted one.
func sameSpeaker(g, p output.Speaker) bool {
	switch {
	case g.Entity != "":
		return p.Entity == g.Entity || slices.Contains(p.Members, g.Entity)
	case g.Role != "":
		return p.Role == g.Role
	case g.Text != "":
		return strings.EqualFold(strings.TrimSpace(p.Text), strings.TrimSpace(g.Text))
	}
	return false
}

// Print writes the report as a table.
func (r *Report) Print(w io.Writer) {
	fmt.Fprintf(w, "documents: %d", r.Documents)
	if len(r.Unmatched) > 0 {
		fmt.Fprintf(w, " (%d gold documents without a prediction)", len(r.Unmatched))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-13s %6s %6s %6s | %6s %6s %6s | %5s %5s %5s | %6s %6s\n",
		"type", "P", "R", "F1", "P", "R", "F1", "tp", "fp", "fn", "norm", "group")
	fmt.Fprintf(w, "%-13s %20s | %20s | %17s | %13s\n", "", "strict", "relaxed", "relaxed counts", "accuracy")
	for _, t := range r.Types {
		if t.Relaxed.TP+t.Relaxed.FP+t.Relaxed.FN == 0 {
			continue
		}
		fmt.Fprintf(w, "%-13s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %5d %5d %5d | %6s %6s\n",
			t.Type, t.Strict.P(), t.Strict.R(), t.Strict.F1(), t.Relaxed.P(), t.Relaxed.R(), t.Relaxed.F1(),
			t.Relaxed.TP, t.Relaxed.FP, t.Relaxed.FN, pct(t.Norm, t.NormTotal), pct(t.GroupAgree, t.GroupPairs))
	}
	if len(r.NotAnnotated) > 0 {
		fmt.Fprintf(w, "not scored (the gold never annotates them): %s\n", strings.Join(r.NotAnnotated, ", "))
	}
	for _, t := range r.Types {
		if t.Type == "date" && t.NormTotal > 0 {
			fmt.Fprintf(w, "date value F1 (relaxed F1 x value accuracy): %.3f\n", t.Relaxed.F1()*t.NormAcc())
		}
	}
	if r.HasClaims {
		c := r.Claims
		fmt.Fprintf(w, "claims: recall %.3f (%d/%d)  speaker accuracy %.3f (%d/%d)  precision %.3f (%d/%d)\n",
			ratio(c.Found, c.Gold), c.Found, c.Gold, ratio(c.SpeakerOK, c.Found), c.SpeakerOK, c.Found,
			ratio(c.PredOnGold, c.Pred), c.PredOnGold, c.Pred)
	}
}

func pct(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", ratio(a, b))
}

// PrintErrors writes the listed errors, one a line: document, kind, type,
// the text, gold and predicted ids, and the gold text around it.
func (r *Report) PrintErrors(w io.Writer) {
	if len(r.Errors) == 0 {
		return
	}
	fmt.Fprintf(w, "\nerrors: %d\n", len(r.Errors))
	for _, e := range r.Errors {
		ids := ""
		switch {
		case e.Gold != "" && e.Pred != "":
			ids = " gold=" + e.Gold + " pred=" + e.Pred
		case e.Gold != "":
			ids = " gold=" + e.Gold
		case e.Pred != "":
			ids = " pred=" + e.Pred
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%q%s\t… %s …\n", e.Doc, e.Kind, e.Type, e.Text, ids, e.Context)
	}
}
