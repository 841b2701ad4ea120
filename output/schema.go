package output

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// RecordSchema is the JSON Schema (draft 2020-12) of a polex.doc/v1 record.
// Tests validate every golden record against it; docs/schema.md explains it.
//
//go:embed record.schema.json
var RecordSchema []byte

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

func compiledSchema() (*jsonschema.Schema, error) {
	schemaOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(RecordSchema))
		if err != nil {
			schemaErr = fmt.Errorf("reading record schema: %w", err)
			return
		}
		c := jsonschema.NewCompiler()
		if err := c.AddResource("record.schema.json", doc); err != nil {
			schemaErr = fmt.Errorf("loading record schema: %w", err)
			return
		}
		schema, schemaErr = c.Compile("record.schema.json")
	})
	return schema, schemaErr
}

// ValidateRecord checks one encoded document record against RecordSchema.
func ValidateRecord(line []byte) error {
	s, err := compiledSchema()
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
	if err != nil {
		return fmt.Errorf("decoding record: %w", err)
	}
	return s.Validate(v)
}
