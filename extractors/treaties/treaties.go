package treaties

import "github.com/polexhq/polex/extractors"

// Name is the extractor's name in records and in extractors/all.
const Name = "treaties"

// Extractor finds treaty mentions. (Placeholder while the extractor is built.)
var Extractor = &extractors.Extractor{
	Name: Name,
	Doc:  "finds treaty mentions",
	Run:  func(d *extractors.Doc) (*extractors.Result, error) { return &extractors.Result{}, nil },
}
