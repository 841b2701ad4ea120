package claims

import (
	"regexp"
	"strings"

	"github.com/polexhq/polex/extractors"
)

// Treaty texts. A treaty, convention or charter speaks for its Parties:
// every provision of its preamble and articles is something they agree to,
// whatever its grammar ("The Parties undertake ...", "They are resolved to
// ...", "Each Party declares ...", "Such measures shall be terminated ...",
// "The council shall ..."). Each such sentence is one claim of the Parties;
// headings, the title and the signature formula claim nothing.

// treatyTitleWords mark a title as a legal instrument's.
var treatyTitleWords = []string{"treaty", "convention", "charter", "protocol", "agreement", "accord", "covenant", "pact"}

// partiesRE finds how the instrument names its Parties.
var partiesRE = regexp.MustCompile(`\b[Tt]he\s+(?:(?:High\s+)?Contracting\s+|States\s+)?Parties\b`)

// articleRE matches an article heading on a line of its own.
var articleRE = regexp.MustCompile(`(?m)^\s*(?:Article|ARTICLE)\s+(?:\d+|[IVXLC]+)\b`)

// findTreatyVoice sets treaty mode for a text titled as an instrument (or,
// untitled, with three articles or more and the Parties named twice) that names its Parties and is set
// out in articles.
func (a *analyzer) findTreatyVoice(lowTitle string) {
	hit := false
	for _, w := range treatyTitleWords {
		if strings.Contains(lowTitle, w) {
			hit = true
			break
		}
	}
	if !strings.Contains(a.text, "Parties") || !strings.Contains(a.text, "rticle ") && !strings.Contains(a.text, "RTICLE ") {
		return // cheap test before the expressions: no Parties or no articles
	}
	// a text without a title is an instrument when it is set out in
	// articles and names its Parties throughout
	if !hit && (len(articleRE.FindAllStringIndex(a.text, 3)) < 3 || len(partiesRE.FindAllStringIndex(a.text, 2)) < 2) ||
		!articleRE.MatchString(a.text) {
		return
	}
	loc := partiesRE.FindStringIndex(a.text)
	if loc == nil {
		return
	}
	a.treaty = true
	a.voice = extractors.Speaker{Text: a.text[loc[0]:loc[1]], Start: loc[0], End: loc[1]}
}

func (a *analyzer) voiceSpeaker() extractors.Speaker { return a.voice }

// headingRE matches the heading of an article, section or annex.
var headingRE = regexp.MustCompile(`^(?i:article|section|chapter|annex|part|schedule)\s+[\dIVXLC]+(?:\.\d+)*\s*(?:[:.–—-]\s*)?[^.;]*$`)

// treatyEnd are the formulae that close a treaty: the signature and the place
// and date of signing.
var treatyEnd = []string{"in witness whereof", "done at ", "done in "}

// treatyProvision reads one sentence of a treaty text as a provision of the
// Parties.
func (a *analyzer) treatyProvision(ws []word, start int, s extractors.Span) {
	prevOpen := a.prevOpen
	t := strings.TrimRight(a.text[start:s.End], " \t\n*_")
	a.prevOpen = !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, ";")
	n := 0
	for _, w := range ws {
		if !w.punct {
			n++
		}
	}
	if n < 5 || !strings.ContainsAny(t, ".;:,") && n < 8 || headingRE.MatchString(t) {
		return // a heading ("Article 5", "NORTH ATLANTIC TREATY", "Article 2.2: Standards")
	}
	low := strings.ToLower(t)
	for _, f := range treatyEnd {
		if strings.HasPrefix(low, f) {
			return
		}
	}
	if ws[0].low == "(" && prevOpen {
		// an enumerated item continuing the sentence before it, as the
		// items after it do
		a.prevOpen = true
		return
	}
	sa := &sent{a: a, ws: ws, start: start, end: s.End}
	sa.findHits()
	kind := "commitment"
	var cue *extractors.Cue
	for _, h := range sa.hits {
		if h.typ == hVerb && h.kind == "assertion" && h.form != nil && declareVerbs[h.form.lemma] {
			kind = "assertion"
		}
		cue = &extractors.Cue{Start: ws[h.i].start, End: ws[h.cueEnd(ws)-1].end}
		cue.Text = a.text[cue.Start:cue.End]
		break
	}
	cS, cE := ws[0].start, sa.contentEnd()
	if cE <= cS {
		return
	}
	hedged, negated, cond := sa.flags(cS, cE)
	a.claims = append(a.claims, extractors.Claim{Start: cS, End: cE, Speaker: a.voiceSpeaker(), Cue: cue, Kind: kind,
		Hedged: hedged, Negated: negated, Conditional: cond, Confidence: confText})
	a.attributed = append(a.attributed, true)
}

// declareVerbs state facts rather than undertake anything: "Each Party
// declares that ...".
var declareVerbs = set("declare", "state", "recognise", "recognize", "acknowledge", "note", "affirm", "consider")
