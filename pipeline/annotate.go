package pipeline

import (
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"

	"github.com/polexhq/polex/extractors"
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
	clean, offs := straighten(sent)
	opts := []prose.DocOpt{prose.WithSegmentation(false), prose.WithExtraction(false), prose.WithTagging(tag)}
	if tag {
		opts = append(opts, prose.UsingModel(sharedModel()))
	} else {
		// A model is needed only for tagging; an empty one avoids prose
		// loading its default models for plain tokenisation.
		opts = append(opts, prose.UsingModel(&prose.Model{}))
	}
	pd, err := safeNewDocument(clean, opts...)
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

// safeNewDocument calls prose, turning its panics into errors.
func safeNewDocument(text string, opts ...prose.DocOpt) (d *prose.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("prose: %v", r)
		}
	}()
	return prose.NewDocument(text, opts...)
}

// straighten replaces the characters prose's tokenizer rewrites (curly quotes)
// with their ASCII forms and returns, for every byte offset of the result (and
// one past its end), the byte offset in s.
func straighten(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	offs := make([]int, 0, len(s)+1)
	for i, r := range s {
		var rep byte
		switch r {
		case '\u201c', '\u201d':
			rep = '"'
		case '\u2018', '\u2019':
			rep = '\''
		}
		if rep != 0 {
			b.WriteByte(rep)
			offs = append(offs, i)
			continue
		}
		n := b.Len()
		b.WriteRune(r)
		for k := n; k < b.Len(); k++ {
			offs = append(offs, i)
		}
	}
	offs = append(offs, len(s))
	out := b.String()
	// "&rsquo;" is also rewritten by prose; replace it so alignment holds.
	if strings.Contains(out, "&rsquo;") {
		var b2 strings.Builder
		offs2 := make([]int, 0, len(offs))
		for i := 0; i < len(out); {
			if strings.HasPrefix(out[i:], "&rsquo;") {
				b2.WriteByte('\'')
				offs2 = append(offs2, offs[i])
				i += len("&rsquo;")
				continue
			}
			b2.WriteByte(out[i])
			offs2 = append(offs2, offs[i])
			i++
		}
		offs2 = append(offs2, len(s))
		return b2.String(), offs2
	}
	return out, offs
}
