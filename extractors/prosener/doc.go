// Package prosener is an opt-in extractor, "prose-ner", that adds the
// organisations and persons prose's statistical entity classifier finds
// (github.com/jdkato/prose/v2) to those of the gazetteer and pattern
// extractors. It trades speed for recall; see the measurements below.
package prosener
