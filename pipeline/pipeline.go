package pipeline

import (
	"cmp"
	"fmt"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/polexhq/polex/corpus"
	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/output"
)

// Version is polex's version, written on every record.
var Version = "0.1.0"

// Config configures a Pipeline.
type Config struct {
	// Extractors to run; they are validated by New.
	Extractors []*extractors.Extractor
	// RefDate is the fallback reference date (YYYY-MM-DD) for documents that
	// carry none of their own (the --ref-date flag).
	RefDate string
	// OmitText leaves the text and sentences out of records.
	OmitText bool
}

// Pipeline turns documents into records. It is safe for concurrent use: Process
// may be called from many goroutines.
type Pipeline struct {
	cfg    Config
	stages [][]*extractors.Extractor
	names  []string
	needs  extractors.Need
	ann    *Annotator
}

// New validates the extractors and builds a pipeline.
func New(cfg Config) (*Pipeline, error) {
	if err := extractors.Validate(cfg.Extractors); err != nil {
		return nil, fmt.Errorf("validating extractors: %w", err)
	}
	stages, err := extractors.Order(cfg.Extractors)
	if err != nil {
		return nil, err
	}
	p := &Pipeline{cfg: cfg, stages: stages, ann: NewAnnotator()}
	for _, e := range cfg.Extractors {
		p.names = append(p.names, e.Name)
		p.needs |= e.Needs
	}
	if p.needs&extractors.NeedPOS != 0 {
		sharedModel() // load the tagger now, not inside the first document's timing
	}
	return p, nil
}

// Extractors names the extractors the pipeline runs, in declaration order.
func (p *Pipeline) Extractors() []string { return slices.Clone(p.names) }

// RefDateOf says which reference date a document's relative expressions
// resolve against, and where it came from.
func (p *Pipeline) RefDateOf(d *corpus.Document) output.RefDate {
	switch {
	case d.RefDate != "":
		return output.RefDate{Value: d.RefDate, From: "input"}
	case d.Meta.Published != "":
		return output.RefDate{Value: d.Meta.Published, From: "meta"}
	case p.cfg.RefDate != "":
		return output.RefDate{Value: p.cfg.RefDate, From: "flag"}
	}
	return output.RefDate{From: "none"}
}

// Process annotates one document, runs every extractor, resolves the result
// and returns its record. An extractor that fails or panics is named in the
// record's pipeline.errors; extractors that require it are skipped.
func (p *Pipeline) Process(d *corpus.Document) *output.Record {
	rd := p.RefDateOf(d)
	src := d.Source
	if src.URI == "" {
		src.URI = d.ID
	}
	if src.Kind == "" {
		// A document handed to the library directly, not read by corpus.
		src.Kind = "memory"
	}
	doc := &extractors.Doc{
		ID:        d.ID,
		Text:      d.Text,
		RefDate:   rd.Value,
		Title:     d.Meta.Title,
		Sentences: SplitSentences(d.Text),
		Annotator: p.ann,
		TagPOS:    p.needs&extractors.NeedPOS != 0,
	}
	rec := &output.Record{
		Schema:   output.DocSchema,
		ID:       d.ID,
		Source:   src,
		Meta:     d.Meta,
		RefDate:  rd,
		Flags:    d.Flags,
		Mentions: []output.Mention{},
		Entities: []output.Entity{},
		Claims:   []output.Claim{},
		Pipeline: output.Pipeline{Version: Version, Extractors: p.names}, // shared, read-only
	}
	failed := map[string]bool{}
	var resolved []tagged
	var ents []entityInfo // the entity table of resolved, once built
	var claims []extractors.Claim
	for si, stage := range p.stages {
		results := make([]*extractors.Result, len(stage))
		total := len(resolved)
		for k, e := range stage {
			if dep := firstFailed(e.Requires, failed); dep != "" {
				failed[e.Name] = true
				rec.Pipeline.Errors = append(rec.Pipeline.Errors, output.ExtractorError{Extractor: e.Name, Error: "failed prerequisite " + dep})
				continue
			}
			res, err := runExtractor(e, doc)
			if err != nil {
				failed[e.Name] = true
				rec.Pipeline.Errors = append(rec.Pipeline.Errors, output.ExtractorError{Extractor: e.Name, Error: err.Error()})
				continue
			}
			results[k] = res
			total += len(res.Mentions)
			claims = appendClaims(claims, d.Text, res.Claims)
		}
		if total == len(resolved) {
			// A stage that adds no mentions (claims) leaves the resolved
			// spans and their entities as they are.
			continue
		}
		// The candidates of this stage join the resolved spans of earlier
		// ones, in one allocation.
		cands := make([]tagged, len(resolved), total)
		copy(cands, resolved)
		for k, res := range results {
			if res == nil {
				continue
			}
			e := stage[k]
			for _, m := range res.Mentions {
				if !validSpan(d.Text, m.Start, m.End) || m.Type == "" {
					failed[e.Name] = true
					rec.Pipeline.Errors = append(rec.Pipeline.Errors, output.ExtractorError{Extractor: e.Name, Error: fmt.Sprintf("invalid mention span [%d,%d) %q", m.Start, m.End, m.Type)})
					continue
				}
				cands = append(cands, tagged{Mention: m, from: e.Name})
			}
		}
		resolved = resolveOverlaps(cands, len(d.Text))
		ents = nil
		if si == len(p.stages)-1 {
			break // no later stage reads them
		}
		doc.Mentions = make([]extractors.Mention, 0, len(resolved))
		for _, m := range resolved {
			doc.Mentions = append(doc.Mentions, m.Mention)
		}
		ents = buildEntities(d.Text, resolved)
		doc.Entities = doc.Entities[:0]
		for _, e := range ents {
			doc.Entities = append(doc.Entities, e.Entity)
		}
	}
	if ents == nil {
		ents = buildEntities(d.Text, resolved)
	}
	p.fill(rec, d.Text, doc.Sentences, resolved, ents, claims)
	return rec
}

// appendClaims appends the claims whose spans are valid in text.
func appendClaims(dst []extractors.Claim, text string, cs []extractors.Claim) []extractors.Claim {
	for _, c := range cs {
		if validSpan(text, c.Start, c.End) {
			dst = append(dst, c)
		}
	}
	return dst
}

func firstFailed(reqs []string, failed map[string]bool) string {
	for _, r := range reqs {
		if failed[r] {
			return r
		}
	}
	return ""
}

// runExtractor runs one extractor, turning a panic into an error.
func runExtractor(e *extractors.Extractor, d *extractors.Doc) (res *extractors.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, firstLines(string(debug.Stack()), 12))
		}
	}()
	res, err = e.Run(d)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", e.Name, err)
	}
	if res == nil {
		res = &extractors.Result{}
	}
	return res, nil
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// fill converts resolved spans to the record's code-point form.
func (p *Pipeline) fill(rec *output.Record, text string, sents []extractors.Span, ms []tagged, ents []entityInfo, claims []extractors.Claim) {
	ri := newRuneIndex(text)
	if !p.cfg.OmitText {
		rec.Text = text
		rec.Sentences = make([]output.Sentence, len(sents))
		for i, s := range sents {
			rec.Sentences[i] = output.Sentence{Start: ri.at(s.Start), End: ri.at(s.End)}
		}
	}
	// The record's lists are made at their final size: grown by append, a
	// document's mentions would be copied several times over.
	rec.Mentions = slices.Grow(rec.Mentions, len(ms))
	rec.Entities = slices.Grow(rec.Entities, len(ents))
	rec.Claims = slices.Grow(rec.Claims, len(claims))
	for _, m := range ms {
		rec.Mentions = append(rec.Mentions, output.Mention{
			Start: ri.at(m.Start), End: ri.at(m.End), StartByte: m.Start, EndByte: m.End,
			Text: text[m.Start:m.End], Type: m.Type, Entity: m.Entity,
			Value: m.Value, TimexType: m.TimexType, Mod: m.Mod,
			Role: m.Role, RoleCountry: m.RoleCountry, Provision: m.Provision,
			Extractor: m.from,
		})
	}
	for _, e := range ents {
		rec.Entities = append(rec.Entities, output.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Kind: e.Kind, Count: e.Count, Codes: e.Codes, Forms: e.Forms})
	}
	names := map[string]string{}
	for _, e := range rec.Entities {
		names[e.ID] = e.Name
	}
	slices.SortStableFunc(claims, func(a, b extractors.Claim) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.End, b.End)
	})
	for i, c := range claims {
		oc := output.Claim{
			ID: fmt.Sprintf("c%d", i+1), Start: ri.at(c.Start), End: ri.at(c.End), Text: text[c.Start:c.End],
			Kind: c.Kind, Hedged: c.Hedged, Negated: c.Negated, Conditional: c.Conditional, Confidence: c.Confidence,
			Entities: []string{}, Dates: []string{},
		}
		sp := c.Speaker
		oc.Speaker = output.Speaker{Entity: sp.Entity, Text: sp.Text, Name: sp.Name, Role: sp.Role, Members: sp.Members}
		if oc.Speaker.Name == "" && sp.Entity != "" {
			oc.Speaker.Name = names[sp.Entity]
		}
		if sp.End > sp.Start && validSpan(text, sp.Start, sp.End) {
			s, e := ri.at(sp.Start), ri.at(sp.End)
			oc.Speaker.Start, oc.Speaker.End = &s, &e
		}
		if c.Cue != nil && validSpan(text, c.Cue.Start, c.Cue.End) {
			oc.Cue = &output.Cue{Text: text[c.Cue.Start:c.Cue.End], Start: ri.at(c.Cue.Start), End: ri.at(c.Cue.End)}
		}
		// ms is sorted by start: the mentions inside the claim begin at
		// the first one starting at or after it.
		first, _ := slices.BinarySearchFunc(ms, c.Start, func(m tagged, start int) int { return cmp.Compare(m.Start, start) })
		for _, m := range ms[first:] {
			if m.Start >= c.End {
				break
			}
			if m.End > c.End {
				continue
			}
			if m.Entity != "" && !slices.Contains(oc.Entities, m.Entity) {
				oc.Entities = append(oc.Entities, m.Entity)
			}
			if m.Type == "date" && m.Value != "" && !slices.Contains(oc.Dates, m.Value) {
				oc.Dates = append(oc.Dates, m.Value)
			}
		}
		rec.Claims = append(rec.Claims, oc)
	}
}
