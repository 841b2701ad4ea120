// Package corpus turns inputs (files, directories, JSONL corpora, stdin, and
// in time URLs) into Documents or errors; it knows nothing of extraction.
//
// Inputs are enumerated lazily: an Input is cheap to create and is loaded by
// whoever runs it (a pipeline worker), so a corpus of any size streams.
package corpus
