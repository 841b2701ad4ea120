package organisations

import (
	"testing"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/pipeline"
)

// annotator is shared: building prose's models is the slow part.
var annotator = pipeline.NewAnnotator()

func newDoc(text string) *extractors.Doc {
	return &extractors.Doc{Text: text, Sentences: pipeline.SplitSentences(text), Annotator: annotator, TagPOS: true}
}

func extract(t testing.TB, text string) []extractors.Mention {
	t.Helper()
	res, err := Extractor.Run(newDoc(text))
	if err != nil {
		t.Fatalf("Run(%q): %v", text, err)
	}
	return res.Mentions
}
