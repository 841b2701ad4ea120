package countries

import "github.com/polexhq/polex/extractors"

// Name is the extractor's name in records and in extractors/all.
const Name = "countries"

// Extractor finds country mentions. (Placeholder while the extractor is built.)
var Extractor = &extractors.Extractor{
	Name: Name,
	Doc:  "finds country mentions",
	Run:  func(d *extractors.Doc) (*extractors.Result, error) { return &extractors.Result{}, nil },
}
