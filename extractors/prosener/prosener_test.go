package prosener

import (
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/polexhq/polex/extractors"
)

// TestAlign checks that prose's tokens (no offsets, some rewritten) are found
// in order, so that a repeated name is located at each of its places.
func TestAlign(t *testing.T) {
	text := `"Mr. Smith met Smith," said Jane's aide.`
	var ptoks []prose.Token
	for _, w := range []string{`"`, "Mr.", "Smith", "met", "Smith", ",", `"`, "said", "Jane", "'s", "aide", "."} {
		ptoks = append(ptoks, prose.Token{Text: w})
	}
	ptoks = append(ptoks[:3], append([]prose.Token{{Text: "<rewritten>"}}, ptoks[3:]...)...)
	toks := align(text, ptoks)
	if toks[3].start != -1 {
		t.Errorf("a token not in the text is located at %d", toks[3].start)
	}
	first, second := findRun(toks, []string{"Smith"}, 0), -1
	if first >= 0 {
		second = findRun(toks, []string{"Smith"}, first+1)
	}
	if first < 0 || second < 0 || text[toks[first].start:toks[first].end] != "Smith" || toks[second].start <= toks[first].start {
		t.Fatalf("Smith found at tokens %d, %d", first, second)
	}
	if i := findRun(toks, []string{"Jane", "'s"}, 0); i < 0 || text[toks[i].start:toks[i+1].end] != "Jane's" {
		t.Errorf("run Jane 's not found: %d", i)
	}
	if i := findRun(toks, []string{"Smith", "said"}, 0); i >= 0 {
		t.Errorf("non-adjacent run found at %d", i)
	}
}

// TestClassifyOffsets runs prose on sentences with curly quotes, accents and
// repeated names: every entity must be located at a span that reads as
// prose's text, and a repeated name at distinct places.
func TestClassifyOffsets(t *testing.T) {
	for _, sent := range []string{
		"“We will act,” said Maria Kowalczyk of Bramford Industries.",
		"José Álvarez met Tomás Álvarez’s brother in Lima, and Tomás Álvarez later met José Álvarez.",
		"Executives at Vandermeer Logistics told reporters that Hendrik Vandermeer would resign.",
	} {
		cands, err := classify(sent)
		if err != nil {
			t.Fatal(err)
		}
		if len(cands) == 0 {
			t.Errorf("%q: no candidates", sent)
		}
		seen := map[int]bool{}
		for _, c := range cands {
			span := sent[c.Start:c.End]
			if c.Start < 0 || c.End > len(sent) || c.Start >= c.End || strings.TrimSpace(span) != span {
				t.Errorf("%q: bad span [%d,%d) %q", sent, c.Start, c.End, span)
			}
			if seen[c.Start] {
				t.Errorf("%q: two candidates at %d", sent, c.Start)
			}
			seen[c.Start] = true
		}
	}
}

// doc builds a one-sentence-per-line document with the given earlier
// mentions and entities.
func doc(text string, ms []extractors.Mention, ents []extractors.Entity) *extractors.Doc {
	d := &extractors.Doc{Text: text, Mentions: ms, Entities: ents}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		if strings.TrimSpace(line) != "" {
			d.Sentences = append(d.Sentences, extractors.Span{Start: start, End: start + len(strings.TrimRight(line, "\n"))})
		}
		start += len(line)
	}
	return d
}

// TestFilters checks the filters on a candidate span of each sentence: the
// span kept (after trimming) and its entity, or "" for a dropped candidate.
func TestFilters(t *testing.T) {
	nadella := extractors.Entity{ID: "person:satya-nadella", Type: "person", Name: "Satya Nadella", Forms: []string{"Satya Nadella"}}
	for _, tc := range []struct {
		text, cand, typ string
		ms              []extractors.Mention
		ents            []extractors.Entity
		want, entity    string
	}{
		{text: "He joined the Quellbrook Institute in May.", cand: "the Quellbrook Institute", typ: "organisation", want: "Quellbrook Institute", entity: "org:quellbrook-institute"},
		{text: "ACME's profits rose.", cand: "ACME's", typ: "organisation", want: "ACME", entity: "org:acme"},
		{text: "Bramford Industries’ profits rose.", cand: "Bramford Industries’", typ: "organisation", want: "Bramford Industries", entity: "org:bramford-industries"},
		{text: "It was signed by President Hendrik Vandermeer.", cand: "President Hendrik Vandermeer", typ: "person", want: "Hendrik Vandermeer", entity: "person:hendrik-vandermeer"},
		{text: "Later, Nadella spoke.", cand: "Nadella", typ: "person", ents: []extractors.Entity{nadella}, want: "Nadella", entity: "person:satya-nadella"},
		{text: "Later, Ms. Nadella spoke.", cand: "Ms. Nadella", typ: "person", ents: []extractors.Entity{nadella}, want: "Nadella", entity: "person:satya-nadella"},
		{text: "On Thursday they met.", cand: "Thursday", typ: "person", want: ""},
		{text: "It opened in March 2020.", cand: "March 2020", typ: "organisation", want: ""},
		{text: "The President spoke.", cand: "President", typ: "person", want: ""},
		{text: "We agreed.", cand: "We", typ: "person", want: ""},
		{text: "It cost 2019 dollars.", cand: "2019", typ: "organisation", want: ""},
		{text: "Plan B failed.", cand: "B", typ: "person", want: ""},
		{text: "the office said so.", cand: "office", typ: "organisation", want: ""},
		{text: "France and Germany agreed.", cand: "France", typ: "person", want: ""},
		{text: "Trade with Asia grew.", cand: "Asia", typ: "organisation", want: ""},
		{text: "The French Navy sailed.", cand: "French", typ: "person", want: ""},
		{text: "Nobody saw Kowalczyk Wendt there.", cand: "Kowalczyk Wendt", typ: "person",
			ms: []extractors.Mention{{Start: 11, End: 20, Type: "person"}}, want: ""},
		{text: "The Climate Change talks began; climate and change matter.", cand: "The Climate Change", typ: "organisation", want: ""},
		{text: "Strikes hit targets near Tal Afar.", cand: "Tal Afar", typ: "person", want: ""},
		{text: "Leaders met at Camp David.", cand: "Camp David", typ: "person", want: ""},
		{text: "She saw the Velvet Revolver play.", cand: "Velvet Revolver", typ: "person", want: ""},
		{text: "FACT SHEET: new steps", cand: "FACT SHEET", typ: "person", want: ""},
		{text: "She worked for Oxfam International.", cand: "Oxfam International", typ: "person", want: "Oxfam International", entity: "org:oxfam-international"},
		{text: "He is Minister of Foreign Affairs.", cand: "Foreign Affairs", typ: "organisation", want: ""},
		{text: "He gave the State of the Union Address.", cand: "Union Address", typ: "organisation", want: ""},
		{text: "Talks of Bramford Industries began.", cand: "Bramford Industries", typ: "organisation", want: "Bramford Industries", entity: "org:bramford-industries"},
		{text: "She thanked the General Counsel.", cand: "General Counsel", typ: "organisation", want: ""},
		{text: "They marked Yom Kippur.", cand: "Yom Kippur", typ: "person", want: ""},
		{text: "It upheld Roe v. Wade in 1992.", cand: "Wade", typ: "person", want: ""},
		{text: "The Department of Health and Human Services said so.", cand: "Human Services", typ: "organisation", want: ""},
		{text: "The Parties agreed.", cand: "Parties", typ: "organisation", want: ""},
		{text: "Of the Of.", cand: "Of the Of", typ: "organisation", want: ""},
		{text: "However Kowalczyk left.", cand: "However Kowalczyk", typ: "person", want: "Kowalczyk", entity: "person:maria-kowalczyk",
			ents: []extractors.Entity{{ID: "person:maria-kowalczyk", Type: "person", Name: "Maria Kowalczyk"}}},
		{text: "However Kowalczyk left.", cand: "Kowalczyk", typ: "person", want: ""},                         // no one of that name
		{text: "Later, Daniel left.", cand: "Daniel", typ: "person", want: "Daniel", entity: "person:daniel"}, // a given name
	} {
		d := doc(tc.text, tc.ms, tc.ents)
		i := strings.Index(tc.text, tc.cand)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.cand, tc.text)
		}
		got := newFilter(d).mentions([]candidate{{Start: i, End: i + len(tc.cand), SentStart: 0, Type: tc.typ}})
		switch {
		case tc.want == "" && len(got) > 0:
			t.Errorf("%q: kept %q as %s", tc.text, tc.text[got[0].Start:got[0].End], got[0].Entity)
		case tc.want != "" && len(got) != 1:
			t.Errorf("%q: got %d mentions, want %q", tc.text, len(got), tc.want)
		case tc.want != "" && (tc.text[got[0].Start:got[0].End] != tc.want || got[0].Entity != tc.entity || got[0].Priority != Priority):
			t.Errorf("%q: got %q %s (priority %d), want %q %s", tc.text, tc.text[got[0].Start:got[0].End], got[0].Entity, got[0].Priority, tc.want, tc.entity)
		}
	}
}

// TestTypeVote checks that one text gets one type in a document.
func TestTypeVote(t *testing.T) {
	text := "Bramford Industries grew. Bramford Industries hired. Bramford Industries left."
	d := doc(text, nil, nil)
	var cands []candidate
	for i, typ := range []string{"person", "organisation", "organisation"} {
		s := strings.Index(text, "Bramford")
		for range i {
			s += strings.Index(text[s+1:], "Bramford") + 1
		}
		cands = append(cands, candidate{Start: s, End: s + len("Bramford Industries"), Type: typ})
	}
	got := newFilter(d).mentions(cands)
	if len(got) != 3 {
		t.Fatalf("got %d mentions", len(got))
	}
	for _, m := range got {
		if m.Type != "organisation" || m.Entity != "org:bramford-industries" {
			t.Errorf("mention at %d: %s %s", m.Start, m.Type, m.Entity)
		}
	}
}

// TestRun checks that the extractor finds an organisation and a person that
// no gazetteer knows, and that a later surname joins the person.
func TestRun(t *testing.T) {
	text := "“We will act,” said Maria Kowalczyk of Bramford Industries.\nLater, Kowalczyk left."
	r, err := Extractor.Run(doc(text, nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range r.Mentions {
		got[text[m.Start:m.End]] = m.Entity
	}
	want := map[string]string{
		"Maria Kowalczyk":     "person:maria-kowalczyk",
		"Bramford Industries": "org:bramford-industries",
		"Kowalczyk":           "person:maria-kowalczyk",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%q: entity %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
}

// TestDeclaration checks the extractor's declaration: it runs after the
// entity extractors and is valid as a set with them.
func TestDeclaration(t *testing.T) {
	if Extractor.Name != "prose-ner" || len(Extractor.Requires) != 5 {
		t.Errorf("declaration: %s requires %v", Extractor.Name, Extractor.Requires)
	}
}
