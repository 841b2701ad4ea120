// Package cli implements the polex command line: flag parsing and wiring of
// the corpus, pipeline, output and eval packages. Nothing else lives here.
package cli
