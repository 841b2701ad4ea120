package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/pipeline"
)

// ment describes a mention a fixture's entity extractors would have found:
// the occ-th (1-based) occurrence of text.
type ment struct {
	text, typ, entity string
	occ               int
	role              string
}

// doc builds a Doc with sentences and the given mentions.
func doc(t *testing.T, text, title string, ms ...ment) *extractors.Doc {
	t.Helper()
	d := &extractors.Doc{Text: text, Title: title, Sentences: pipeline.SplitSentences(text)}
	ents := map[string]*extractors.Entity{}
	var order []string
	for _, m := range ms {
		occ := max(m.occ, 1)
		off := -1
		for k, from := 0, 0; k < occ; k++ {
			p := strings.Index(text[from:], m.text)
			if p < 0 {
				t.Fatalf("fixture: %q occurrence %d not in text", m.text, occ)
			}
			off = from + p
			from = off + 1
		}
		d.Mentions = append(d.Mentions, extractors.Mention{Start: off, End: off + len(m.text), Type: m.typ, Entity: m.entity, Name: m.text, Role: m.role})
		if m.entity == "" {
			continue
		}
		e, ok := ents[m.entity]
		if !ok {
			e = &extractors.Entity{ID: m.entity, Type: m.typ, Name: m.text}
			ents[m.entity] = e
			order = append(order, m.entity)
		}
		e.Count++
		e.Forms = append(e.Forms, m.text)
	}
	for _, id := range order {
		d.Entities = append(d.Entities, *ents[id])
	}
	// mentions sorted by start, as the pipeline gives them
	for i := 1; i < len(d.Mentions); i++ {
		for j := i; j > 0 && d.Mentions[j].Start < d.Mentions[j-1].Start; j-- {
			d.Mentions[j], d.Mentions[j-1] = d.Mentions[j-1], d.Mentions[j]
		}
	}
	return d
}

func run(t *testing.T, d *extractors.Doc) []extractors.Claim {
	t.Helper()
	res, err := Run(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Claims {
		if c.Start < 0 || c.End > len(d.Text) || c.Start >= c.End {
			t.Fatalf("bad span %d-%d", c.Start, c.End)
		}
	}
	return res.Claims
}

// want is the expected claim overlapping anchor.
type want struct {
	anchor                       string
	speaker                      string // entity id, "author", or "text:..."
	kind                         string
	cue                          string // "" for no check
	members                      []string
	hedged, negated, conditional bool
	flags                        bool // check the three flags
}

func speakerKey(s extractors.Speaker) string {
	switch {
	case s.Role != "":
		return s.Role
	case s.Entity != "":
		return s.Entity
	}
	return "text:" + s.Text
}

func check(t *testing.T, text string, claims []extractors.Claim, w want) {
	t.Helper()
	a := strings.Index(text, w.anchor)
	if a < 0 {
		t.Fatalf("anchor %q not in text", w.anchor)
	}
	b := a + len(w.anchor)
	var got []string
	for _, c := range claims {
		if c.Start >= b || a >= c.End {
			continue
		}
		cue := ""
		if c.Cue != nil {
			cue = c.Cue.Text
		}
		got = append(got, speakerKey(c.Speaker)+"/"+c.Kind+"/"+cue)
		if speakerKey(c.Speaker) != w.speaker || c.Kind != w.kind || w.cue != "" && cue != w.cue {
			continue
		}
		if w.members != nil && strings.Join(c.Speaker.Members, ",") != strings.Join(w.members, ",") {
			t.Errorf("%q: members %v, want %v", w.anchor, c.Speaker.Members, w.members)
		}
		if w.flags && (c.Hedged != w.hedged || c.Negated != w.negated || c.Conditional != w.conditional) {
			t.Errorf("%q: flags hedged=%v negated=%v conditional=%v, want %v %v %v", w.anchor,
				c.Hedged, c.Negated, c.Conditional, w.hedged, w.negated, w.conditional)
		}
		if c.Confidence <= 0 || c.Confidence > 1 {
			t.Errorf("%q: confidence %v out of (0, 1]", w.anchor, c.Confidence)
		}
		return
	}
	t.Errorf("%q: no claim %s/%s/%s; got %v", w.anchor, w.speaker, w.kind, w.cue, got)
}

func TestSpeakerForms(t *testing.T) {
	tests := []struct {
		name, text, title string
		ms                []ment
		want              []want
	}{
		{name: "subject", text: "Prime Minister Anna Berg said that the port would reopen in May.",
			ms:   []ment{{text: "Anna Berg", typ: "person", entity: "person:anna-berg"}},
			want: []want{{anchor: "the port would reopen", speaker: "person:anna-berg", kind: "assertion", cue: "said"}}},
		{name: "according to, first", text: "According to the Finance Ministry, exports fell by 4 percent.",
			ms:   []ment{{text: "Finance Ministry", typ: "organisation", entity: "org:finance-ministry"}},
			want: []want{{anchor: "exports fell", speaker: "org:finance-ministry", kind: "assertion", cue: "According to"}}},
		{name: "according to, last", text: "Exports fell by 4 percent, according to Statistics Norway.",
			ms:   []ment{{text: "Statistics Norway", typ: "organisation", entity: "org:statistics-norway"}},
			want: []want{{anchor: "Exports fell", speaker: "org:statistics-norway", kind: "assertion", cue: "according to"}}},
		{name: "quote after colon", text: "The minister of trade said: “Our ports are open to every ship.”",
			want: []want{{anchor: "Our ports are open", speaker: "text:The minister of trade", kind: "assertion", cue: "said"}}},
		{name: "quote before, subject first", text: "“We will not retreat,” the general said.",
			want: []want{{anchor: "We will not retreat", speaker: "text:the general", kind: "assertion", cue: "said"}}},
		{name: "quote before, inverted", text: "“Nothing has been agreed yet,” said Lena Dahl.",
			ms:   []ment{{text: "Lena Dahl", typ: "person", entity: "person:lena-dahl"}},
			want: []want{{anchor: "Nothing has been agreed", speaker: "person:lena-dahl", kind: "assertion", cue: "said"}}},
		{name: "multi-sentence quote", text: "“The bridge is safe. It carries 40,000 cars a day,” said Lena Dahl.",
			ms:   []ment{{text: "Lena Dahl", typ: "person", entity: "person:lena-dahl"}},
			want: []want{{anchor: "The bridge is safe", speaker: "person:lena-dahl", kind: "assertion", cue: "said"}}},
		{name: "continued quotation", text: "“The bridge is safe,” said Lena Dahl. “We will open it in May.”",
			ms: []ment{{text: "Lena Dahl", typ: "person", entity: "person:lena-dahl"}},
			want: []want{{anchor: "The bridge is safe", speaker: "person:lena-dahl", kind: "assertion", cue: "said"},
				{anchor: "We will open it", speaker: "person:lena-dahl", kind: "assertion"}}},
		{name: "as he writes", text: "Omar Haddad published a letter. His point is plain: as he writes, “Water is security.”",
			ms:   []ment{{text: "Omar Haddad", typ: "person", entity: "person:omar-haddad"}},
			want: []want{{anchor: "Water is security", speaker: "person:omar-haddad", kind: "assertion", cue: "writes"}}},
		{name: "pronoun he", text: "Omar Haddad met the council. Later, he stressed that the dam was finished.",
			ms:   []ment{{text: "Omar Haddad", typ: "person", entity: "person:omar-haddad"}},
			want: []want{{anchor: "the dam was finished", speaker: "person:omar-haddad", kind: "assertion", cue: "stressed"}}},
		{name: "plural group and these countries",
			text: "The plan drew criticism from ASEAN members, who value the treaty. These countries, likely wary of it, expressed strong opposition.",
			ms:   []ment{{text: "ASEAN", typ: "organisation", entity: "org:asean"}},
			want: []want{
				{anchor: "drew criticism", speaker: "org:asean", kind: "opposition", cue: "criticism"},
				{anchor: "expressed strong opposition", speaker: "org:asean", kind: "opposition", cue: "expressed strong opposition"}}},
		{name: "group keeps its text", text: "ASEAN members rejected the proposal in 2023.",
			ms:   []ment{{text: "ASEAN", typ: "organisation", entity: "org:asean"}},
			want: []want{{anchor: "the proposal", speaker: "org:asean", kind: "opposition", cue: "rejected"}}},
		{name: "unresolved group", text: "The idea is new, and some critics have already dismissed it as naive.",
			want: []want{{anchor: "dismissed it", speaker: "text:some critics", kind: "opposition", cue: "dismissed"}}},
		{name: "joint we", title: "Joint Statement of Norway and Chile on Ocean Research",
			text: "Norway and Chile met in Oslo. We will fund ten research vessels by 2030.",
			ms: []ment{{text: "Norway", typ: "country", entity: "country:NO"}, {text: "Chile", typ: "country", entity: "country:CL"},
				{text: "Oslo", typ: "location"}},
			want: []want{{anchor: "fund ten research vessels", speaker: "text:We", kind: "commitment", cue: "will",
				members: []string{"country:NO", "country:CL"}}}},
		{name: "the two leaders", title: "Joint Statement of Norway and Chile on Ocean Research",
			text: "Norway and Chile met in Oslo. The two leaders reaffirmed their commitment to open seas.",
			ms:   []ment{{text: "Norway", typ: "country", entity: "country:NO"}, {text: "Chile", typ: "country", entity: "country:CL"}},
			want: []want{{anchor: "their commitment to open seas", speaker: "text:The two leaders", kind: "commitment", cue: "reaffirmed",
				members: []string{"country:NO", "country:CL"}}}},
		{name: "author", text: "The corridor links Kenya and Uganda and opened in 2019.",
			ms:   []ment{{text: "Kenya", typ: "country", entity: "country:KE"}, {text: "Uganda", typ: "country", entity: "country:UG"}},
			want: []want{{anchor: "links Kenya", speaker: "author", kind: "assertion"}}},
		{name: "appositive", text: "Lena Dahl, the deputy minister, warned that the harbour could flood.",
			ms:   []ment{{text: "Lena Dahl", typ: "person", entity: "person:lena-dahl"}},
			want: []want{{anchor: "the harbour could flood", speaker: "person:lena-dahl", kind: "warning", cue: "warned"}}},
		{name: "relative who", text: "The vote was delayed by Chile, which opposed the timetable.",
			ms:   []ment{{text: "Chile", typ: "country", entity: "country:CL"}},
			want: []want{{anchor: "the timetable", speaker: "country:CL", kind: "opposition", cue: "opposed"}}},
		{name: "passive with by", text: "The blockade was condemned by the African Union.",
			ms:   []ment{{text: "African Union", typ: "organisation", entity: "org:african-union"}},
			want: []want{{anchor: "The blockade", speaker: "org:african-union", kind: "opposition", cue: "condemned"}}},
		{name: "participle", text: "Lena Dahl opened the session on Monday, urging members to ratify the accord.",
			ms:   []ment{{text: "Lena Dahl", typ: "person", entity: "person:lena-dahl"}},
			want: []want{{anchor: "members to ratify", speaker: "person:lena-dahl", kind: "proposal", cue: "urging"}}},
		{name: "possessive noun", text: "Lena Dahl’s warning that the reservoir is low was ignored.",
			ms:   []ment{{text: "Lena Dahl", typ: "person", entity: "person:lena-dahl"}},
			want: []want{{anchor: "the reservoir is low", speaker: "person:lena-dahl", kind: "warning", cue: "warning"}}},
		{name: "in my view", title: "Remarks by President Rossi on Trade",
			text: "THE PRESIDENT: President Rossi thanks you. The tariffs will hurt Italy, in my view.",
			ms: []ment{{text: "Rossi", typ: "person", entity: "person:mario-rossi"},
				{text: "Italy", typ: "country", entity: "country:IT"}},
			want: []want{{anchor: "The tariffs will hurt", speaker: "person:mario-rossi", kind: "assertion", cue: "in my view"}}},
		{name: "the President from the title", title: "Statement of President Rossi on the Flood",
			text: "President Rossi visited Genoa. The President announced that aid would arrive within a week.",
			ms:   []ment{{text: "Rossi", typ: "person", entity: "person:mario-rossi", role: "President"}},
			want: []want{{anchor: "aid would arrive", speaker: "person:mario-rossi", kind: "assertion", cue: "announced"}}},
		{name: "epigraph", text: "“Our alliance is the foundation of our security.”\n\n– President Rossi, March 3, 2021\n\nThe summit opens on June 14 in Rome.",
			ms: []ment{{text: "Rossi", typ: "person", entity: "person:mario-rossi"}, {text: "Rome", typ: "location"},
				{text: "June 14", typ: "date"}},
			want: []want{{anchor: "Our alliance is the foundation", speaker: "person:mario-rossi", kind: "assertion"}}},
		{name: "name and colon before a quotation", text: "Senator Ana Ruiz: “This bill will lower costs for 40 million families.”",
			ms:   []ment{{text: "Ana Ruiz", typ: "person", entity: "person:ana-ruiz"}},
			want: []want{{anchor: "This bill will lower costs", speaker: "person:ana-ruiz", kind: "assertion"}}},
		{name: "preamble and operative clauses", text: "The General Assembly,\n\nRecalling that the treaty entered into force in 1970,\n\nCalls upon all States to ratify it.",
			ms: []ment{{text: "General Assembly", typ: "organisation", entity: "org:un-general-assembly"}},
			want: []want{
				{anchor: "the treaty entered into force", speaker: "org:un-general-assembly", kind: "assertion", cue: "Recalling"},
				{anchor: "all States to ratify", speaker: "org:un-general-assembly", kind: "proposal", cue: "Calls upon"}}},
		{name: "declaration: opening WE, participles, operative paragraphs",
			text: "WE, the Member States of the Andean Community and Chile, gathered in Lima on 2 May 2025;\n\nREAFFIRMING the importance of the Lima Charter;\n\nSEEKING to deepen trade among our peoples;\n\nWE HEREBY COMMIT TO:\n\n1.  EXPAND cooperation on fisheries and ports;\n\nTransport\n\n1.  FURTHER PROMOTE rail links across the Andes;\n\nADOPTED in Lima, Peru, on the Second of May in the Year Two Thousand and Twenty-Five.",
			ms: []ment{{text: "Andean Community", typ: "organisation", entity: "org:andean-community"}, {text: "Chile", typ: "country", entity: "country:CL"},
				{text: "2 May 2025", typ: "date"}},
			want: []want{
				{anchor: "the importance of the Lima Charter", speaker: "text:WE", kind: "commitment", cue: "REAFFIRMING"},
				{anchor: "to deepen trade", speaker: "text:WE", kind: "commitment", cue: "SEEKING"},
				{anchor: "cooperation on fisheries", speaker: "text:WE", kind: "commitment", cue: "EXPAND"},
				{anchor: "rail links across the Andes", speaker: "text:WE", kind: "commitment", cue: "FURTHER PROMOTE"}}},
		{name: "declaration with numbered clauses",
			text: "1 WE, the Member States of the Andean Community and Chile, gathered in Lima on 2 May 2025;\n\n2 NOTING the growth of trade among our peoples;\n\nWE HEREBY DECLARE TO:\n\nEXPAND cooperation on fisheries and ports;",
			ms: []ment{{text: "Andean Community", typ: "organisation", entity: "org:andean-community"}, {text: "Chile", typ: "country", entity: "country:CL"},
				{text: "2 May 2025", typ: "date"}},
			want: []want{
				{anchor: "the growth of trade", speaker: "text:WE", kind: "assertion", cue: "NOTING"},
				{anchor: "cooperation on fisheries", speaker: "text:WE", kind: "commitment", cue: "EXPAND"}}},
		{name: "actor's will after an inserted phrase", title: "Joint Statement on Ocean Research",
			text: "Chile, together with its partners in the region, will fund ten research vessels.",
			ms:   []ment{{text: "Chile", typ: "country", entity: "country:CL"}},
			want: []want{{anchor: "fund ten research vessels", speaker: "country:CL", kind: "commitment", cue: "will"}}},
		{name: "we will hold", text: "We will hold a summit in Santiago in 2026.",
			ms:   []ment{{text: "Santiago", typ: "location"}},
			want: []want{{anchor: "hold a summit in Santiago", speaker: "text:We", kind: "commitment", cue: "will"}}},
		{name: "we will, therefore,", text: "We will, therefore, fund ten research vessels for Chile.",
			ms:   []ment{{text: "Chile", typ: "country", entity: "country:CL"}},
			want: []want{{anchor: "fund ten research vessels", speaker: "text:We", kind: "commitment", cue: "will"}}},
		{name: "we all have to", text: "We all have to double aid to Chile by 2026.",
			ms:   []ment{{text: "Chile", typ: "country", entity: "country:CL"}},
			want: []want{{anchor: "double aid", speaker: "text:We", kind: "commitment", cue: "have to"}}},
		{name: "list of three names with a serial comma", text: "Chile, Peru, and Norway warned that the fish stocks are falling.",
			ms: []ment{{text: "Chile", typ: "country", entity: "country:CL"}, {text: "Peru", typ: "country", entity: "country:PE"},
				{text: "Norway", typ: "country", entity: "country:NO"}},
			want: []want{{anchor: "the fish stocks are falling", speaker: "text:Chile, Peru, and Norway", kind: "warning", cue: "warned",
				members: []string{"country:CL", "country:PE", "country:NO"}}}},
		{name: "noun after a present-tense light verb", text: "We express support for the fisheries pact with Chile.",
			ms:   []ment{{text: "Chile", typ: "country", entity: "country:CL"}},
			want: []want{{anchor: "the fisheries pact", speaker: "text:We", kind: "support", cue: "express support"}}},
		{name: "we must", text: "We must double aid to Chile by 2026.",
			ms:   []ment{{text: "Chile", typ: "country", entity: "country:CL"}},
			want: []want{{anchor: "double aid", speaker: "text:We", kind: "commitment", cue: "must"}}},
		{name: "treaty obligation", text: "Each Party shall notify the depositary of any reservation.",
			want: []want{{anchor: "notify the depositary", speaker: "text:Each Party", kind: "commitment", cue: "shall"}}},
		{name: "committed to", text: "The United States is fully committed to the defence of its allies.",
			ms:   []ment{{text: "United States", typ: "country", entity: "country:US"}},
			want: []want{{anchor: "the defence of its allies", speaker: "country:US", kind: "commitment", cue: "is fully committed to"}}},
		{name: "coordinated verbs", text: "With respect for our laws, we each recognise our duty and pledge to protect migrants.",
			want: []want{{anchor: "to protect migrants", speaker: "text:we", kind: "commitment", cue: "pledge"}}},
		{name: "according to, acronym after the name", text: "According to the International Maritime Organization (IMO), piracy fell by a third.",
			ms:   []ment{{text: "International Maritime Organization", typ: "organisation", entity: "org:imo"}},
			want: []want{{anchor: "piracy fell", speaker: "org:imo", kind: "assertion", cue: "According to"}}},
		{name: "quote before, told with an object", text: "“Our waters are safer than a decade ago,” the minister told reporters.",
			want: []want{{anchor: "Our waters are safer", speaker: "text:the minister", kind: "assertion", cue: "told"}}},
		{name: "attribution after the clause", text: "The programme may be delayed, officials said.",
			want: []want{{anchor: "The programme may be delayed", speaker: "text:officials", kind: "assertion", cue: "said"}}},
		{name: "common-noun speaker", text: "The opposition party rejected the plan.",
			want: []want{{anchor: "the plan", speaker: "text:The opposition party", kind: "opposition", cue: "rejected"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(t, tt.text, tt.title, tt.ms...)
			cs := run(t, d)
			for _, w := range tt.want {
				check(t, tt.text, cs, w)
			}
		})
	}
}

func TestFlags(t *testing.T) {
	ms := []ment{{text: "Chile", typ: "country", entity: "country:CL"}}
	tests := []struct {
		text, anchor                 string
		hedged, negated, conditional bool
	}{
		{"Chile said that the talks may resume in June.", "the talks", true, false, false},
		{"Chile said that the talks might resume in June.", "the talks", true, false, false},
		{"Chile said that the talks could resume in June.", "the talks", true, false, false},
		{"Chile said that the talks will likely resume in June.", "the talks", true, false, false},
		{"Chile said that the talks reportedly resumed in June.", "the talks", true, false, false},
		{"Chile said that the talks are expected to resume in June.", "the talks", true, false, false},
		{"Chile said that the talks will resume in June.", "the talks", false, false, false},
		{"Chile did not say that the talks will resume.", "the talks", false, true, false},
		{"Chile said that the talks will never resume.", "the talks", false, true, false},
		{"Chile warned of a crisis if Peru or Bolivia were to leave the pact.", "a crisis", false, false, true},
		{"Chile warned that the pact collapses unless Peru stays.", "the pact", false, false, true},
		{"If the funding were to fall short, the programme may be delayed, Chile said.", "the programme", true, false, true},
		{"Chile said that the talks resumed on 2 May 2025.", "the talks", false, false, false},
		{"Chile said that the talks will resume May 12.", "the talks", false, false, false},
		{"Chile said that the talks May resume.", "the talks", true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := doc(t, tt.text, "", ms...)
			kind := "assertion"
			if strings.Contains(tt.text, "warned") {
				kind = "warning"
			}
			check(t, tt.text, run(t, d), want{anchor: tt.anchor, speaker: "country:CL", kind: kind,
				hedged: tt.hedged, negated: tt.negated, conditional: tt.conditional, flags: true})
		})
	}
}

// TestNoClaims lists sentences that must not yield claims, and sentences
// whose cue-like words are not cues (they may still be the author's claims).
func TestNoClaims(t *testing.T) {
	ms := []ment{{text: "Chile", typ: "country", entity: "country:CL"}, {text: "United States", typ: "country", entity: "country:US"}}
	for _, tt := range []struct {
		text  string
		anyOK bool // an author claim is fine, an attributed one is not
	}{
		{text: "Why did Chile say that the talks failed?"},
		{text: "Thank you all for coming to Chile this morning."},
		{text: "## Chile and the United States"},
		{text: "Everyone should do more for Chile and the United States now."},
		{text: "If Chile signs, the United States will follow within a year."},
		{text: "Chile"},
		{text: "The plan was condemned by and large as weak."},
		{text: "Officials voiced support from whom nobody knows."},
		{text: "The support for Chile grew over the winter months.", anyOK: true},
		{text: "Many member states attended the summit in Chile.", anyOK: true},
		{text: "Security challenges in Chile grew in 2020.", anyOK: true},
		{text: "When we celebrate the anniversary, Chile will host the games in 2026.", anyOK: true},
		{text: "ADOPTED in Santiago, Chile, on the Fifth of May in the Year Two Thousand and Twenty-Five."},
		{text: "Done at Santiago, Chile, this fifth day of May, 2025, in the English and Spanish languages."},
		{text: "Signed at Santiago on May 5, 2025, in duplicate, in the English language."},
		{text: "Imports from Chile threaten to impair the United States steel industry in 2024.", anyOK: true},
	} {
		var use []ment
		for _, m := range ms {
			if strings.Contains(tt.text, m.text) {
				use = append(use, m)
			}
		}
		cs := run(t, doc(t, tt.text, "", use...))
		for _, c := range cs {
			if !tt.anyOK || c.Speaker.Role != "author" {
				t.Errorf("%q: unexpected claim %q by %+v", tt.text, tt.text[c.Start:c.End], c.Speaker)
			}
		}
	}
}

// TestCueLexicon checks every form of the reviewed lexicon in a sentence
// built for its inflection: each must be found as a cue with its kind.
func TestCueLexicon(t *testing.T) {
	if lex.size < 300 {
		t.Errorf("lexicon has %d forms, want several hundred", lex.size)
	}
	seen := map[string]bool{}
	for _, m := range []map[string][]*cueForm{lex.verbs, lex.nouns} {
		for _, fs := range m {
			for _, f := range fs {
				form := strings.Join(f.words, " ")
				key := form + "/" + f.kind
				if seen[key] {
					continue
				}
				seen[key] = true
				var text, speaker string
				switch {
				case f.noun:
					text, speaker = "The plan drew "+form+" from the minister.", "text:the minister"
				case f.ing:
					text, speaker = "The minister spoke on Monday, "+form+" that the plan had failed.", "text:The minister"
				case form == f.lemma || strings.HasPrefix(form, "are ") || strings.HasPrefix(form, "remain "):
					text, speaker = "Officials "+form+" that the plan had failed.", "text:Officials"
				case strings.HasSuffix(f.words[0], "s") && !strings.HasSuffix(f.words[0], "ss"):
					text, speaker = "The minister "+form+" that the plan had failed.", "text:The minister"
				default:
					text, speaker = "The minister has "+form+" that the plan had failed.", "text:The minister"
				}
				anchor := "the plan"
				if f.noun {
					anchor = "The plan drew"
				}
				t.Run(form, func(t *testing.T) {
					check(t, text, run(t, doc(t, text, "")), want{anchor: anchor, speaker: speaker, kind: f.kind})
				})
			}
		}
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, src := range []string{
		"assertion\tverb\t-",          // too few columns
		"rumour\tverb\t-\tsay says",   // unknown kind
		"assertion\tadverb\t-\tsay",   // unknown class
		"assertion\tverb\tshiny\tsay", // unknown flag
		"assertion\tverb\t-\t ",       // no forms
	} {
		if _, err := parseLexicon(src); err == nil {
			t.Errorf("%q: no error", src)
		}
	}
}

func TestWords(t *testing.T) {
	ws := scanWords("We’ll see: the U.S. didn’t sign Russia's 3,000-page deal.", 0, len("We’ll see: the U.S. didn’t sign Russia's 3,000-page deal."))
	var got []string
	for _, w := range ws {
		got = append(got, w.low)
	}
	want := "we|'ll|see|:|the|u.s.|did|n't|sign|russia|'s|3,000-page|deal|."
	if strings.Join(got, "|") != want {
		t.Errorf("got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

// TestDeclarationMembers: a declaration's "WE" keeps, as members, the
// countries and organisations its opening clause names.
func TestDeclarationMembers(t *testing.T) {
	text := "WE, the Member States of the Andean Community and Chile, gathered in Lima;\n\nNOTING that trade grew by 4 percent in 2024;"
	d := doc(t, text, "", ment{text: "Andean Community", typ: "organisation", entity: "org:andean-community"},
		ment{text: "Chile", typ: "country", entity: "country:CL"})
	var found bool
	for _, c := range run(t, d) {
		if c.Cue != nil && c.Cue.Text == "NOTING" {
			found = true
			if c.Speaker.Text != "WE" || !slices.Equal(c.Speaker.Members, []string{"org:andean-community", "country:CL"}) {
				t.Errorf("speaker = %+v, want WE with both members", c.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("no claim cued by NOTING in %q", text)
	}
}

// A participle after a determiner is an adjective, not a light verb: the
// claim of "reaffirm their shared commitment to" holds the whole phrase,
// and no claim is cut down to the determiner.
func TestParticipleAfterDeterminer(t *testing.T) {
	text := "Norway and Chile reaffirm their shared commitment to open seas."
	d := doc(t, text, "", ment{text: "Norway", typ: "country", entity: "country:NO"}, ment{text: "Chile", typ: "country", entity: "country:CL"})
	cs := run(t, d)
	check(t, text, cs, want{anchor: "their shared commitment to open seas", speaker: "text:Norway and Chile", kind: "commitment", cue: "reaffirm"})
	for _, c := range cs {
		if got := text[c.Start:c.End]; got == "their" || c.Cue != nil && text[c.Cue.Start:c.Cue.End] != "reaffirm" {
			t.Errorf("claim %q with cue %+v: the participle was read as a light verb", got, c.Cue)
		}
	}
}

func TestParagraphNumber(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"1 WE, the Member States", 2},
		{"12  APPRECIATING the support", 4},
		{"2 Chinese vessels entered the strait", 0},
		{"2 US officials said", 0},
		{"2 A", 0},
		{"3 NATO allies", 0},
		{"4 WE will", 0},
		{"1234 WE", 0},
		{"1. WE", 0},
		{"WE, the Member States", 0},
		{"", 0},
	} {
		if got := paragraphNumber(tc.text); got != tc.want {
			t.Errorf("paragraphNumber(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// In a fact sheet "X will ..." of a body or group is the fact sheet's own
// statement; a person's announced act stays theirs; and the items of a list
// after a cue that ends in a colon continue its claim.
func TestFactSheet(t *testing.T) {
	text := "Allies will endorse a new maritime strategy for Norway in 2026. President Lena Dahl will reaffirm her commitment to the alliance. Ola Berg announced that Norway will take the following actions:\n\n-   Two new patrol vessels for the coast guard.\n-   A training centre in Bergen."
	ms := []ment{{text: "Norway", typ: "country", entity: "country:NO"}, {text: "2026", typ: "date"}, {text: "Lena Dahl", typ: "person", entity: "person:lena-dahl"},
		{text: "Ola Berg", typ: "person", entity: "person:ola-berg"}, {text: "Bergen", typ: "location"}}
	d := doc(t, text, "FACT SHEET: The Summit in Oslo", ms...)
	cs := run(t, d)
	check(t, text, cs, want{anchor: "Allies will endorse", speaker: "author", kind: "assertion"})
	check(t, text, cs, want{anchor: "her commitment to the alliance", speaker: "person:lena-dahl", kind: "commitment", cue: "reaffirm"})
	check(t, text, cs, want{anchor: "Two new patrol vessels", speaker: "person:ola-berg", kind: "assertion", cue: "announced"})
	check(t, text, cs, want{anchor: "A training centre in Bergen", speaker: "person:ola-berg", kind: "assertion", cue: "announced"})
}
