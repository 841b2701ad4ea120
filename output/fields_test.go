package output

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestRecordFields(t *testing.T) {
	want := []string{"schema", "id", "seq", "source", "meta", "ref_date", "flags", "text", "sentences", "mentions", "entities", "claims", "pipeline", "gold"}
	if got := RecordFields(); !slices.Equal(got, want) {
		t.Errorf("RecordFields() = %v\nwant %v (update this test and docs/schema.md together with Record)", got, want)
	}
}

func TestNewFieldFilter(t *testing.T) {
	for _, tc := range []struct {
		spec    string
		keeps   []string
		drops   []string
		wantErr string
	}{
		{spec: "", keeps: RecordFields()},
		{spec: "  ", keeps: RecordFields()},
		{spec: "-text,-sentences", keeps: []string{"schema", "id", "mentions", "claims"}, drops: []string{"text", "sentences"}},
		{spec: " -text , - sentences ", drops: []string{"text", "sentences"}},
		{spec: "mentions,entities", keeps: []string{"schema", "id", "seq", "mentions", "entities"}, drops: []string{"text", "source", "claims"}},
		{spec: "id", keeps: []string{"schema", "id", "seq"}, drops: []string{"text", "mentions"}},
		{spec: "-text,mentions", wantErr: "not both"},
		{spec: "-txt", wantErr: `unknown field "txt" (valid: schema, id, seq, source,`},
		{spec: "Text", wantErr: `unknown field "Text"`},
		{spec: "-id", wantErr: `"id" is always kept`},
		{spec: "-seq", wantErr: `"seq" is always kept`},
		{spec: "text,,id", wantErr: "empty field name"},
		{spec: "-", wantErr: "empty field name"},
	} {
		f, err := NewFieldFilter(tc.spec)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("NewFieldFilter(%q) error = %v, want one containing %q", tc.spec, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("NewFieldFilter(%q): %v", tc.spec, err)
			continue
		}
		for _, k := range tc.keeps {
			if !f.Keeps(k) {
				t.Errorf("%q drops %q", tc.spec, k)
			}
		}
		for _, k := range tc.drops {
			if f.Keeps(k) {
				t.Errorf("%q keeps %q", tc.spec, k)
			}
		}
	}
}

func mustFilter(t testing.TB, spec string) *FieldFilter {
	t.Helper()
	f, err := NewFieldFilter(spec)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFieldFilterApply(t *testing.T) {
	errLine := `{"schema":"polex.error/v1","id":"a","seq":4,"source":{"uri":"a","kind":"file","bytes":0},"stage":"read","error":"gone"}` + "\n"
	for _, tc := range []struct {
		spec, in, want string
	}{
		{"-text", `{"schema":"polex.doc/v1","id":"a","text":"x","mentions":[]}` + "\n",
			`{"schema":"polex.doc/v1","id":"a","mentions":[]}` + "\n"},
		// The last member, nested brackets and braces inside strings.
		{"-mentions", `{"id":"a","text":"} ] { [ \" \\","mentions":[{"a":[1,{"b":"]"}]}]}` + "\n",
			`{"id":"a","text":"} ] { [ \" \\"}` + "\n"},
		// The first member, whitespace kept as written, no newline.
		{"-schema,-text", `{ "text" : "x" , "id" : "a" }`, ""}, // schema is always kept: error below
		{"id", ` { "text" : "x" , "id" : "a" , "meta" : {} } ` + "\n", `{"id" : "a"} ` + "\n"},
		// Everything dropped.
		{"-text", `{"text":"x"}`, `{}`},
		// Nothing to drop: unchanged.
		{"-text", `{"id":"a","mentions":[]}` + "\n", `{"id":"a","mentions":[]}` + "\n"},
		{"-text", `{}`, `{}`},
		// An escaped key is still the field it names.
		{"-text", `{"id":"a","t\u0065xt":"x"}`, `{"id":"a"}`},
		// Keep mode: unknown keys go, always-kept ones stay.
		{"mentions", `{"schema":"polex.doc/v1","id":"a","seq":3,"future":1,"text":"x","mentions":[],"gold":true}`,
			`{"schema":"polex.doc/v1","id":"a","seq":3,"mentions":[]}`},
		// Error records pass whole.
		{"mentions", errLine, errLine},
		{"-text", errLine, errLine},
	} {
		f, err := NewFieldFilter(tc.spec)
		if err != nil {
			if tc.want == "" {
				continue
			}
			t.Fatal(err)
		}
		got, err := f.Apply([]byte(tc.in))
		if err != nil {
			t.Errorf("Apply(%q, %q): %v", tc.spec, tc.in, err)
			continue
		}
		if string(got) != tc.want {
			t.Errorf("Apply(%q, %q)\n = %q\nwant %q", tc.spec, tc.in, got, tc.want)
		}
		if !json.Valid(got) {
			t.Errorf("Apply(%q, %q) = %q: not valid JSON", tc.spec, tc.in, got)
		}
	}
}

func TestFieldFilterApplyRecord(t *testing.T) {
	rec := testRecord(7, "doc-7", 200)
	line, err := Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	got, err := mustFilter(t, "-text,-sentences").Apply(line)
	if err != nil {
		t.Fatal(err)
	}
	rec.Text, rec.Sentences = "", nil
	want, _ := Marshal(rec)
	if !bytes.Equal(got, want) {
		t.Errorf("filtered line differs from the record marshalled without text and sentences:\n%s\n%s", got, want)
	}
	if err := ValidateRecord(got); err != nil {
		t.Errorf("filtered record fails the schema: %v", err)
	}
}

func TestFieldFilterApplyErrors(t *testing.T) {
	f := mustFilter(t, "-text")
	for _, in := range []string{
		``, `[]`, `"x"`, `{`, `{"a"}`, `{"a":}`, `{"a":1,}`, `{"a":1 "b":2}`, `{"a":[1}`,
		`{"a":"x}`, `{"a":1} x`, `{"a":{"b":]}}`, `{a:1}`, `{"a":"x\"}`, `{"a":"x\\\"}`, `{"a":1}}`,
	} {
		if out, err := f.Apply([]byte(in)); err == nil {
			t.Errorf("Apply(%q) = %q, want an error", in, out)
		}
	}
}

// FuzzFieldFilterApply: never panics; valid JSON objects always filter
// without error into valid JSON whose keys are a subsequence of the input's.
func FuzzFieldFilterApply(f *testing.F) {
	f.Add([]byte(`{"schema":"polex.doc/v1","id":"a","seq":0,"text":"x","sentences":[{"start":0,"end":1}],"mentions":[]}` + "\n"))
	f.Add([]byte(`{"schema":"polex.error/v1","id":"a","seq":1,"stage":"read","error":"e"}`))
	f.Add([]byte(` { "t\u0065xt" : [ "]" , { "}" : null } ] , "id" : -1.5e3 } `))
	f.Add([]byte(`{"text":"\"\\","gold":true,"flags":[]}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"a":1,}`))
	f.Add(testLine(f, 3, "doc-3", 40))
	filters := []*FieldFilter{mustFilter(f, "-text,-sentences"), mustFilter(f, "id,mentions"), mustFilter(f, "-flags,-gold")}
	f.Fuzz(func(t *testing.T, line []byte) {
		valid := json.Valid(line) && bytes.HasPrefix(bytes.TrimLeft(line, " \t\r\n"), []byte("{"))
		for _, ff := range filters {
			out, err := ff.Apply(line)
			if !valid {
				continue
			}
			if err != nil {
				t.Fatalf("Apply(%q): %v", line, err)
			}
			if !json.Valid(out) {
				t.Fatalf("Apply(%q) = %q: invalid JSON", line, out)
			}
			if in, got := topKeys(t, line), topKeys(t, out); !isSubsequence(got, in) {
				t.Fatalf("keys %v are not a subsequence of %v", got, in)
			}
		}
	})
}

// topKeys lists an object's top-level keys in order (decoded).
func topKeys(t *testing.T, b []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(b))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k.(string))
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func isSubsequence(sub, seq []string) bool {
	i := 0
	for _, s := range seq {
		if i < len(sub) && sub[i] == s {
			i++
		}
	}
	return i == len(sub)
}

// applyTokens is the alternative BenchmarkFieldFilter compares Apply with:
// the line walked with encoding/json's Decoder, member by member, values
// taken as json.RawMessage and re-assembled.
func applyTokens(f *FieldFilter, line []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(line))
	out = append(out, '{')
	n := 0
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		key := k.(string)
		if !f.Keeps(key) {
			continue
		}
		if n > 0 {
			out = append(out, ',')
		}
		out = appendJSONString(out, key)
		out = append(out, ':')
		out = append(out, v...)
		n++
	}
	return append(out, "}\n"...), nil
}

// BenchmarkFieldFilter filters generated records of about 2,000 words
// (≈ 60 KB lines) with "-text,-sentences". MB/s is of input lines.
//   - scan: Apply (walks members without decoding values);
//   - tokens: json.Decoder.Token with RawMessage values;
//   - marshal-full+scan vs marshal-without: the alternative of clearing the
//     fields in the struct before Marshal, against Marshal of the whole
//     record followed by Apply.
func BenchmarkFieldFilter(b *testing.B) {
	f := mustFilter(b, "-text,-sentences")
	recs := make([]Record, 20)
	var lines [][]byte
	size := 0
	for i := range recs {
		recs[i] = testRecord(i, "doc", 2000)
		l, _ := Marshal(recs[i])
		lines = append(lines, l)
		size += len(l)
	}
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, l := range lines {
				if _, err := f.Apply(l); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("tokens", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, l := range lines {
				if _, err := applyTokens(f, l); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("marshal-full+scan", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for i := range recs {
				l, _ := Marshal(recs[i])
				if _, err := f.Apply(l); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("marshal-without", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for i := range recs {
				r := recs[i]
				r.Text, r.Sentences = "", nil
				Marshal(r)
			}
		}
	})
}
