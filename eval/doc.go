// Package eval scores polex records against hand-written gold records:
// per-type precision, recall and F1 for strict and relaxed span matches,
// normalisation accuracy, entity-grouping agreement, and claim recall,
// speaker accuracy and precision, following the conventions of the gold
// format (optional spans, the unscored location type).
package eval
