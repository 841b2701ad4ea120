package output

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/polexhq/polex/corpus"
)

func validRecord() *Record {
	return &Record{
		Schema: DocSchema, ID: "a.txt",
		Source:   corpus.Source{URI: "a.txt", Kind: "file", Bytes: 10},
		RefDate:  RefDate{From: "none"},
		Text:     "Japan met.",
		Mentions: []Mention{{Start: 0, End: 5, Text: "Japan", Type: "country", Entity: "country:JP"}},
		Entities: []Entity{{ID: "country:JP", Type: "country", Name: "Japan", Count: 1}},
		Claims:   []Claim{},
		Pipeline: Pipeline{Version: "x", Extractors: []string{"countries"}},
	}
}

func TestSchemaAcceptsAndRejects(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(r *Record)
		ok     bool
	}{
		{"valid", func(*Record) {}, true},
		{"bad entity id", func(r *Record) { r.Mentions[0].Entity = "country:jp" }, false},
		{"bad ref_date source", func(r *Record) { r.RefDate.From = "clock" }, false},
		{"bad timex type", func(r *Record) { r.Mentions[0].TimexType = "WHEN" }, false},
		{"zero count", func(r *Record) { r.Entities[0].Count = 0 }, false},
		{"bad kind", func(r *Record) { r.Source.Kind = "ftp" }, false},
	}
	for _, tt := range tests {
		r := validRecord()
		tt.mutate(r)
		line, err := Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		err = ValidateRecord(line)
		if (err == nil) != tt.ok {
			t.Errorf("%s: validate err = %v, want ok=%v", tt.name, err, tt.ok)
		}
	}
}

func TestMarshalIsOneLineWithoutHTMLEscapes(t *testing.T) {
	r := validRecord()
	r.Text = "a <b> & c\nnext"
	line, err := Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Count(line, []byte("\n")) != 1 || !bytes.HasSuffix(line, []byte("\n")) {
		t.Errorf("not one line: %q", line)
	}
	if !strings.Contains(string(line), "<b> & c") {
		t.Errorf("HTML escaped: %s", line)
	}
	var back Record
	if err := json.Unmarshal(line, &back); err != nil || back.Text != r.Text {
		t.Errorf("round trip: %v %q", err, back.Text)
	}
}
