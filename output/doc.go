// Package output owns the polex record (schema polex.doc/v1), the error record
// (polex.error/v1), their JSON Schema, and the JSONL writers. It takes records,
// not the pipeline.
package output
