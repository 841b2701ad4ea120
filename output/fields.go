package output

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// alwaysKept are the fields no --fields spec removes: a record without its
// schema or id is useless downstream, and seq is what merge orders by.
var alwaysKept = []string{"schema", "id", "seq"}

// RecordFields returns the top-level field names of a document record in
// output order, read from the json tags of Record so the list never drifts
// from the struct.
var RecordFields = sync.OnceValue(func() []string {
	t := reflect.TypeFor[Record]()
	var names []string
	for i := range t.NumField() {
		tag := t.Field(i).Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" || !t.Field(i).IsExported() {
			continue
		}
		if name == "" {
			name = t.Field(i).Name
		}
		names = append(names, name)
	}
	return names
})

// FieldFilter removes top-level fields from encoded document records
// (--fields). It is immutable and safe for concurrent use.
type FieldFilter struct {
	keep bool            // the spec lists the fields to keep
	set  map[string]bool // the fields the spec names
}

// NewFieldFilter parses a --fields spec, a comma-separated list of
// top-level record fields (see RecordFields):
//
//   - "-text,-sentences": every name has a leading '-': drop these fields;
//   - "id,mentions,entities": no name has a '-': keep only these fields.
//
// Mixing the two forms is an error, as is an unknown name (the message lists
// the valid ones). schema, id and seq are always kept. An empty spec gives a
// filter that keeps everything.
func NewFieldFilter(spec string) (*FieldFilter, error) {
	f := &FieldFilter{set: map[string]bool{}}
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return f, nil
	}
	valid := RecordFields()
	drops, keeps := 0, 0
	for part := range strings.SplitSeq(spec, ",") {
		name := strings.TrimSpace(part)
		drop := strings.HasPrefix(name, "-")
		if drop {
			drops++
			name = strings.TrimSpace(name[1:])
		} else {
			keeps++
		}
		if name == "" {
			return nil, fmt.Errorf("--fields %q: empty field name", spec)
		}
		if !slices.Contains(valid, name) {
			return nil, fmt.Errorf("--fields: unknown field %q (valid: %s)", name, strings.Join(valid, ", "))
		}
		if drop && slices.Contains(alwaysKept, name) {
			return nil, fmt.Errorf("--fields: %q is always kept (as are %s)", name, strings.Join(alwaysKept, ", "))
		}
		f.set[name] = true
	}
	if drops > 0 && keeps > 0 {
		return nil, fmt.Errorf("--fields %q: either list the fields to keep or, each with a leading '-', the fields to drop, not both", spec)
	}
	f.keep = keeps > 0
	return f, nil
}

// Keeps reports whether the filter keeps a top-level field.
func (f *FieldFilter) Keeps(name string) bool {
	if f.keep {
		return f.set[name] || slices.Contains(alwaysKept, name)
	}
	return !f.set[name]
}

// keepsRaw is Keeps for a raw key from a line; the common unescaped key is
// looked up without allocating.
func (f *FieldFilter) keepsRaw(raw []byte) (bool, error) {
	for _, c := range raw {
		if c == '\\' {
			k, err := unquoteKey(raw)
			if err != nil {
				return false, err
			}
			return f.Keeps(k), nil
		}
	}
	if f.keep {
		if f.set[string(raw)] {
			return true, nil
		}
		for _, k := range alwaysKept {
			if string(raw) == k {
				return true, nil
			}
		}
		return false, nil
	}
	return !f.set[string(raw)], nil
}

// Apply rewrites one encoded record line without the fields the filter
// drops, keeping the others byte for byte and in their order, and keeping
// whatever whitespace (the '\n') followed the object. Error records
// (schema polex.error/v1) pass unchanged: they are small and every field
// of theirs is needed. When nothing is dropped the result is line itself.
//
// It walks the line's members without decoding them (see objScanner):
// BenchmarkFieldFilter measures it against decoding with json.Decoder.Token.
func (f *FieldFilter) Apply(line []byte) ([]byte, error) {
	if len(f.set) == 0 {
		return line, nil
	}
	s, err := newObjScanner(line)
	if err != nil {
		return nil, err
	}
	var out []byte
	dropped := false
	n := 0
	for {
		key, val, start, ok, err := s.next()
		if err != nil {
			return nil, fmt.Errorf("filtering fields: %w", err)
		}
		if !ok {
			break
		}
		if keyIs(key, "schema") && string(val) == `"`+ErrorSchema+`"` {
			return line, nil
		}
		keep, err := f.keepsRaw(key)
		if err != nil {
			return nil, fmt.Errorf("filtering fields: %w", err)
		}
		if !keep {
			dropped = true
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(line))
			out = append(out, '{')
		}
		if n > 0 {
			out = append(out, ',')
		}
		out = append(out, line[start:s.valEnd]...)
		n++
	}
	if !dropped {
		return line, nil
	}
	if out == nil {
		out = append(make([]byte, 0, 4), '{')
	}
	out = append(out, '}')
	out = append(out, line[s.close+1:]...)
	return out, nil
}
