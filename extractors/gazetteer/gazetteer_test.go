package gazetteer

import (
	"fmt"
	"testing"
)

func TestFind(t *testing.T) {
	m, err := New([]Entry{
		{Name: "UN", Value: 1, Case: Exact},
		{Name: "UN Security Council", Value: 2},
		{Name: "NATO", Value: 3},
		{Name: "Quad", Value: 4},
		{Name: "Türkiye", Value: 5},
		{Name: "Côte d'Ivoire", Value: 6},
		{Name: "U.S.", Value: 7, Case: Exact},
		{Name: "US", Value: 7, Case: Exact},
		{Name: "Georgia", Value: 8},
		{Name: "georgia", Value: 9, Case: Fold},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want string
	}{
		{"the UN Security Council met", "[UN Security Council:[2]]"},
		{"the UN met; un-American", "[UN:[1]]"},
		{"UNESCO and NATO", "[NATO:[3]]"},
		{"Nato or nato", "[Nato:[3]]"},
		{"the Quad, not a quad", "[Quad:[4]]"},
		{"Turkiye and TÜRKIYE", "[Turkiye:[5] TÜRKIYE:[5]]"},
		{"Côte d’Ivoire", "[Côte d’Ivoire:[6]]"},
		{"the U.S. and US but not us", "[U.S.:[7] US:[7]]"},
		{"Georgia", "[Georgia:[8 9]]"},
		{"georgia", "[georgia:[9]]"},
	}
	for _, tt := range tests {
		var got []string
		for _, mt := range m.Find(tt.text) {
			got = append(got, fmt.Sprintf("%s:%v", tt.text[mt.Start:mt.End], mt.Values))
		}
		if g := fmt.Sprint(got); g != tt.want {
			t.Errorf("Find(%q) = %s, want %s", tt.text, g, tt.want)
		}
	}
}

func TestNewRejectsEmptyName(t *testing.T) {
	if _, err := New([]Entry{{Name: " ", Value: 1}}); err == nil {
		t.Fatal("New accepted an empty name")
	}
}

func BenchmarkFind(b *testing.B) {
	var es []Entry
	for i := range 2000 {
		es = append(es, Entry{Name: fmt.Sprintf("Name%d Institute", i), Value: i})
	}
	m, _ := New(es)
	text := "The Name12 Institute said on Monday that the Quad and NATO would meet in Brussels. "
	for range 6 {
		text += text
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		m.Find(text)
	}
}

// TestLowerCaseStarts checks the start skips: names that begin with a
// lower-case word, a digit, a punctuation mark or a Fold entry are still found.
func TestLowerCaseStarts(t *testing.T) {
	for _, tc := range []struct {
		entry Entry
		text  string
		want  string
	}{
		{Entry{Name: "the Americas", Case: Capitalised, Value: 1}, "trade across the Americas grew", "the Americas"},
		{Entry{Name: "1951 Refugee Convention", Case: Capitalised, Value: 1}, "under the 1951 Refugee Convention today", "1951 Refugee Convention"},
		{Entry{Name: "Quad", Case: Fold, Value: 1}, "a quad bike", "quad"},
		{Entry{Name: "Quad", Case: Capitalised, Value: 1}, "a quad bike", ""},
		{Entry{Name: "#MeToo", Case: Capitalised, Value: 1}, "the #MeToo movement", "#MeToo"},
		{Entry{Name: "(Quad)", Case: Capitalised, Value: 1}, "it (Quad) met", "(Quad)"},
	} {
		m, err := New([]Entry{tc.entry})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if ms := m.Find(tc.text); len(ms) > 0 {
			got = tc.text[ms[0].Start:ms[0].End]
		}
		if got != tc.want {
			t.Errorf("%q in %q: got %q, want %q", tc.entry.Name, tc.text, got, tc.want)
		}
	}
}

// TestStartFilters checks that the start filters (lower-case first words by
// letter and length, the hash filter on first words) never drop a name: with
// many entries, every one is found, and words that begin none are passed over.
func TestStartFilters(t *testing.T) {
	var es []Entry
	for i := range 3000 {
		es = append(es, Entry{Name: fmt.Sprintf("Word%d Council", i), Value: i})
	}
	es = append(es,
		Entry{Name: "the Hague Group", Value: 3000},
		Entry{Name: "thereafter Pact", Value: 3001}, // same first letter, other length
		Entry{Name: "Ü Society", Value: 3002},
	)
	m, err := New(es)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		text := "Yesterday " + e.Name + " met Other Words there."
		got := m.Find(text)
		if len(got) != 1 || text[got[0].Start:got[0].End] != e.Name || got[0].Values[0] != e.Value {
			t.Fatalf("Find(%q) = %v, want %q", text, got, e.Name)
		}
	}
	if got := m.Find("then the thereof Word Council Hague"); len(got) != 0 {
		t.Errorf("found %v in a text without names", got)
	}
}
