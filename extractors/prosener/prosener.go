package prosener

import (
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/internal/prosetext"
)

// Name is the extractor's name in records and on the command line.
const Name = "prose-ner"

// Priority is the arbitration priority of statistical guesses (see
// extractors.Mention.Priority): any gazetteer or pattern span of the same
// length wins.
const Priority = 1

// Extractor finds organisation and person candidates with prose's entity
// classifier. It is optional: it is not in the default set.
var Extractor = &extractors.Extractor{
	Name: Name,
	Doc:  "adds organisations and persons guessed by prose's statistical entity classifier, after filtering (opt-in, slow)",
	// It runs after every entity extractor so that it sees their mentions
	// and adds only spans none of them found.
	Requires: []string{"countries", "regions", "organisations", "treaties", "persons"},
	Run:      run,
}

// model is prose's tagger and entity classifier, loaded once per process
// (loading takes about a second) and read-only afterwards, so every worker
// may use it at the same time.
var model = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("polex") })

// gate skips sentences that cannot yield a mention; tests turn it off to
// check that it changes nothing.
var gate = true

func run(d *extractors.Doc) (*extractors.Result, error) {
	var cands []candidate
	f := newFilter(d)
	words := d.Words()
	for _, s := range d.Sentences {
		sent := d.Text[s.Start:s.End]
		var open bool
		open, words = f.mayName(s, words)
		if gate && !open {
			continue // the classifier is the cost: skip it where no name can be kept
		}
		ents, err := classify(sent)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", Name, err)
		}
		for _, e := range ents {
			e.Start += s.Start
			e.End += s.Start
			e.SentStart = s.Start
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 {
		return &extractors.Result{}, nil
	}
	return &extractors.Result{Mentions: f.mentions(cands)}, nil
}

// candidate is one entity prose found, located in the text.
type candidate struct {
	Start, End int
	// SentStart is the start of the sentence the candidate is in.
	SentStart int
	// Type is "organisation" or "person".
	Type string
}

// labelType maps prose's entity labels to polex mention types. GPE is left to
// the countries extractor; other labels are ignored.
func labelType(label string) string {
	switch label {
	case "ORG", "ORGANIZATION":
		return "organisation"
	case "PERSON":
		return "person"
	}
	return ""
}

// classify runs prose's entity classifier over one sentence and returns its
// organisation and person entities with byte offsets into sent.
func classify(sent string) ([]candidate, error) {
	clean, offs := prosetext.Straighten(sent)
	pd, err := prosetext.NewDocument(clean, prose.WithSegmentation(false), prose.UsingModel(model()))
	if err != nil {
		return nil, err
	}
	toks := align(clean, pd.Tokens())
	var out []candidate
	cur := 0 // tokens before cur belong to earlier entities
	for _, e := range pd.Entities() {
		typ := labelType(e.Label)
		parts := strings.Split(e.Text, " ")
		i := findRun(toks, parts, cur)
		if i < 0 {
			continue // prose's text does not match its own tokens; skip it
		}
		cur = i + len(parts)
		if typ == "" {
			continue
		}
		out = append(out, candidate{Start: offs[toks[i].start], End: offs[toks[cur-1].end], Type: typ})
	}
	return out, nil
}

// token is a prose token located in the straightened sentence; start < 0
// marks a token that could not be located.
type token struct {
	text       string
	start, end int
}

// align finds prose's tokens, in order, in the text they came from. prose
// gives tokens no offsets; it may rewrite a token beyond recognition, which is
// then kept with start -1 so that entity runs still line up by index.
func align(text string, ptoks []prose.Token) []token {
	toks := make([]token, len(ptoks))
	cur := 0
	for i, pt := range ptoks {
		toks[i] = token{text: pt.Text, start: -1, end: -1}
		k := strings.Index(text[cur:], pt.Text)
		if pt.Text == "" || k < 0 {
			continue
		}
		toks[i].start, toks[i].end = cur+k, cur+k+len(pt.Text)
		cur = toks[i].end
	}
	return toks
}

// findRun returns the index of the first run of tokens, at or after from,
// whose texts are parts and whose ends are all located, or -1.
func findRun(toks []token, parts []string, from int) int {
outer:
	for i := from; i+len(parts) <= len(toks); i++ {
		for k, p := range parts {
			if t := toks[i+k]; t.text != p || t.start < 0 {
				continue outer
			}
		}
		return i
	}
	return -1
}
