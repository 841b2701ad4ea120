package eval

import (
	"strings"
	"testing"

	"github.com/polexhq/polex/output"
)

func m(s, e int, typ, norm string, opt bool) output.Mention {
	mm := output.Mention{Start: s, End: e, Type: typ, Optional: opt}
	if typ == "date" {
		mm.Value = norm
	} else {
		mm.Entity = norm
	}
	return mm
}

func TestEvaluate(t *testing.T) {
	text := "Japan and Korea met in Tokyo on Monday. Abe and Shinzo Abe agreed."
	gold := []*output.Record{{ID: "d", Text: text, Mentions: []output.Mention{
		m(0, 5, "country", "country:JP", false),
		m(10, 15, "country", "", true),
		m(23, 28, "location", "", false),
		m(32, 38, "date", "XXXX-WXX-1", false),
		m(40, 43, "person", "person:shinzo-abe", false),
		m(48, 58, "person", "person:shinzo-abe", false),
	}}}
	pred := []*output.Record{{ID: "other/d.txt", Text: text, Mentions: []output.Mention{
		m(0, 5, "country", "country:JP", false),     // strict tp
		m(10, 15, "country", "country:KR", false),   // optional: neither tp nor fp
		m(23, 28, "country", "country:JP", false),   // on a location: fp
		m(32, 38, "date", "2024-09-23", false),      // tp, wrong value
		m(40, 43, "person", "person:abe", false),    // tp, different group
		m(48, 56, "person", "person:shinzo", false), // relaxed tp only
		m(59, 65, "person", "person:x", false),      // fp
	}}}
	rep := Evaluate(gold, pred)
	got := map[string]*TypeScore{}
	for _, ts := range rep.Types {
		got[ts.Type] = ts
	}
	if c := got["country"]; c.Strict != (Counts{TP: 1, FP: 1}) || c.Relaxed != (Counts{TP: 1, FP: 1}) || c.Norm != 1 {
		t.Errorf("country: %+v", c)
	}
	if d := got["date"]; d.Relaxed != (Counts{TP: 1}) || d.Norm != 0 || d.NormTotal != 1 {
		t.Errorf("date: %+v", d)
	}
	if p := got["person"]; p.Strict != (Counts{TP: 1, FP: 2, FN: 1}) || p.Relaxed != (Counts{TP: 2, FP: 1}) || p.GroupPairs != 1 || p.GroupAgree != 0 {
		t.Errorf("person: %+v", p)
	}
	if _, ok := got["organisation"]; ok || !strings.Contains(strings.Join(rep.NotAnnotated, ","), "organisation") {
		t.Errorf("organisation scored though the gold never annotates it: %v", rep.NotAnnotated)
	}
}

func TestAlignerMapsAcrossWhitespace(t *testing.T) {
	a := newAligner("Japan  met\n\nKorea.", "Japan met Korea.")
	s, e, ok := a.span(10, 15, "Korea")
	if !ok || s != 12 || e != 17 {
		t.Errorf("span = %d,%d,%v; want 12,17", s, e, ok)
	}
	b := newAligner("The “Quad” met.", "The Quad summit met.")
	s, e, ok = b.span(4, 8, "Quad")
	if !ok || s != 5 || e != 9 {
		t.Errorf("fallback span = %d,%d,%v; want 5,9", s, e, ok)
	}
}

func TestOptionalInsideLocationExcuses(t *testing.T) {
	text := "near Palmyra, Syria, and in Aleppo."
	gold := []*output.Record{{ID: "d", Text: text, Mentions: []output.Mention{
		m(5, 19, "location", "", false),
		m(14, 19, "country", "country:SY", true),
		m(28, 34, "location", "", false),
	}}}
	pred := []*output.Record{{ID: "d", Text: text, Mentions: []output.Mention{
		m(14, 19, "country", "country:SY", false), // excused by the optional span
		m(28, 34, "country", "country:SY", false), // a city called a country: fp
	}}}
	c := Evaluate(gold, pred).Types[0]
	if c.Type != "country" || c.Relaxed != (Counts{FP: 1}) {
		t.Errorf("%+v", c)
	}
}

func TestAlignerSkipsFormatCharacters(t *testing.T) {
	a := newAligner("Mosul\u200e, and Iraq.", "Mosul, and Iraq.")
	if s, e, ok := a.span(11, 15, "Iraq"); !ok || s != 12 || e != 16 {
		t.Errorf("span = %d,%d,%v; want 12,16", s, e, ok)
	}
}

func TestEvaluateErrors(t *testing.T) {
	text := "Japan and Korea met in Tokyo on Monday. Abe and Shinzo Abe agreed."
	gold := []*output.Record{{ID: "d", Text: text, Mentions: []output.Mention{
		m(0, 5, "country", "country:JP", false),
		m(10, 15, "country", "country:KR", false),
		m(23, 28, "location", "", false),
		m(32, 38, "date", "XXXX-WXX-1", false),
	}, Claims: []output.Claim{
		{Start: 48, End: 58, Text: "Shinzo Abe", Speaker: output.Speaker{Role: "author"}},
	}}}
	pred := []*output.Record{{ID: "d", Text: text, Mentions: []output.Mention{
		m(0, 5, "country", "country:JP", false),
		m(23, 28, "country", "country:JP", false),
		m(32, 38, "date", "2024-09-23", false),
	}, Claims: []output.Claim{
		{Start: 0, End: 10, Text: "Japan and ", Speaker: output.Speaker{Entity: "country:JP"}},
		{Start: 40, End: 66, Text: "Abe and Shinzo Abe agreed.", Speaker: output.Speaker{Text: "Abe"}},
	}}}
	if errs := Evaluate(gold, pred).Errors; errs != nil {
		t.Errorf("Evaluate lists errors: %v", errs)
	}
	var got []string
	for _, e := range EvaluateErrors(gold, pred).Errors {
		got = append(got, e.Kind+" "+e.Type+" "+e.Text+" "+e.Gold+" "+e.Pred)
		if e.Context == "" || e.Doc != "d" {
			t.Errorf("error without document or context: %+v", e)
		}
	}
	want := []string{
		"missed country Korea country:KR ",
		"false country Tokyo  country:JP",
		"id date Monday XXXX-WXX-1 2024-09-23",
		"claim-false  Japan and   entity:country:JP",
		"claim-speaker  Shinzo Abe author text:Abe",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
