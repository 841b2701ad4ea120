// Package gazetteer is the multi-pattern matcher the gazetteer-based
// extractors share: a trie over case-folded words that finds, in one pass over
// a text, the longest known name at each position.
//
// Names are compared word by word, so matches always start and end on word
// boundaries ("UN" never matches inside "UNESCO" or "un-"). Each name carries a
// case rule, checked against the text as written, so "the Quad" can match
// while "quad" does not.
package gazetteer
