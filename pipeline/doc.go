// Package pipeline owns a polex run: annotation (sentences, and tokens and POS
// tags from prose on demand), running the declared extractors stage by stage,
// resolving overlapping spans and grouping mentions into entities, turning the
// result into output records, and bounded concurrency with records written in
// input order.
package pipeline
