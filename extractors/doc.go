// Package extractors defines what an extractor is: a small declared unit
// (name, doc, what it needs, run) that reads an annotated document and returns
// spans. Each extractor lives in its own sub-folder; the full set is listed in
// extractors/all.
//
// Extractors are pure: they never import the pipeline, the CLI or the writers.
// Offsets they return are byte offsets into Doc.Text; the pipeline converts
// them to the code-point offsets of the output record.
package extractors
