package pipeline

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/internal/prosetext"
)

var (
	modelOnce sync.Once
	model     *prose.Model
)

// sharedModel loads prose's tagging model once per process. The model is
// read-only after loading, so every worker may use it at the same time.
//
// prose exports no constructor for a tagger-only model (ModelFromData also
// loads the entity classifier, several times slower to load and never used
// here), but a document made without extraction carries one: take it.
func sharedModel() *prose.Model {
	modelOnce.Do(func() {
		d, err := prose.NewDocument("x", prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil || d.Model == nil {
			model = prose.ModelFromData("polex")
			return
		}
		model = d.Model
	})
	return model
}

// Annotator tokenises and tags sentences with prose, aligning prose's tokens
// (which carry no offsets and have curly quotes straightened) back to the
// text. It is safe for concurrent use.
type Annotator struct {
	model *prose.Model
}

// NewAnnotator returns an annotator; the prose model is loaded on first use
// of tagging and shared by all annotators.
func NewAnnotator() *Annotator { return &Annotator{} }

// Tokens implements extractors.Annotator.
func (a *Annotator) Tokens(text string, s extractors.Span, tag bool) (toks []extractors.Token) {
	sent := text[s.Start:s.End]
	clean, offs := prosetext.Straighten(sent)
	opts := []prose.DocOpt{prose.WithSegmentation(false), prose.WithExtraction(false), prose.WithTagging(tag)}
	if tag {
		opts = append(opts, prose.UsingModel(sharedModel()))
	} else {
		// A model is needed only for tagging; an empty one avoids prose
		// loading its default models for plain tokenisation.
		opts = append(opts, prose.UsingModel(&prose.Model{}))
	}
	pd, err := prosetext.NewDocument(clean, opts...)
	if err != nil {
		return nil
	}
	ptoks := pd.Tokens()
	toks = make([]extractors.Token, 0, len(ptoks))
	cur := 0
	for _, pt := range ptoks {
		k := strings.Index(clean[cur:], pt.Text)
		if k < 0 {
			continue // prose rewrote the token beyond recognition; skip it
		}
		b, e := cur+k, cur+k+len(pt.Text)
		cur = e
		toks = append(toks, extractors.Token{
			Start: s.Start + offs[b],
			End:   s.Start + offs[e],
			Text:  pt.Text,
			Tag:   pt.Tag,
		})
	}
	return toks
}
