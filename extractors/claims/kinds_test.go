package claims

import (
	"strings"
	"testing"

	"github.com/polexhq/polex/extractors"
)

// TestKinds checks the readings that depend on the kind of text: treaty
// texts, transcripts of speeches and briefings, and plain texts whose first
// line is their title. The fixtures are invented.
func TestKinds(t *testing.T) {
	treaty := "CONVENTION ON RIVER FISHERIES\n\n" +
		"The Parties to this Convention reaffirm their wish to share the river in peace. They are resolved to protect its fish.\n\n" +
		"Article 1\n\n" +
		"The Parties undertake to settle any dispute about the river by peaceful means.\n\n" +
		"Article 2\n\n" +
		"Each Party declares that none of its laws conflicts with this Convention, and undertakes to notify the others of new laws.\n\n" +
		"Article 3\n\n" +
		"For the purpose of Article 1, the river is deemed to include\n\n" +
		"(i) its tributaries north of the dam;\n\n" +
		"(ii) the lakes it feeds.\n\n" +
		"Article 4\n\n" +
		"A joint commission shall meet every year. The Government of Ruritania will keep the records of the commission.\n\n" +
		"In witness whereof, the undersigned have signed this Convention."
	briefing := "Background Press Call on the River Convention\n\n" +
		"MODERATOR:  The contents of this call are embargoed until 6:00 p.m. Eastern Time.\n\n" +
		"SENIOR ADMINISTRATION OFFICIAL:  I think Ruritania has indicated that it wants to join the commission in 2027. " +
		"I want to underscore that the administration remains committed to the convention. " +
		"I'm going to ask my colleague to add a few words about Ruritania.\n\n" +
		"Q    Will Ruritania sign?\n\n" +
		"SENIOR ADMINISTRATION OFFICIAL:  I would say that Ruritania signed the convention in 2019."
	speech := "Remarks by Prime Minister Lund and President Okafor on the River Convention\n\n" +
		"PRIME MINISTER LUND:  But let me be clear: Norland is not seeking to control the river.\n\n" +
		"Our governments will now launch a two-year review of the fish stocks in Norland. " +
		"Today we embark on a new chapter with Ruritania, and we recommit ourselves to the convention."
	tests := []struct {
		name, text string
		ms         []ment
		want       []want
		none       []string // anchors no claim may overlap
	}{
		{name: "treaty provisions", text: treaty,
			ms: []ment{{text: "Ruritania", typ: "country", entity: "country:RU-X"}},
			want: []want{
				{anchor: "reaffirm their wish", speaker: "text:The Parties", kind: "commitment"},
				{anchor: "resolved to protect its fish", speaker: "text:The Parties", kind: "commitment"},
				{anchor: "to settle any dispute", speaker: "text:The Parties", kind: "commitment", cue: "undertake"},
				{anchor: "none of its laws conflicts", speaker: "text:The Parties", kind: "assertion", cue: "declares"},
				{anchor: "the river is deemed to include", speaker: "text:The Parties", kind: "commitment"},
				{anchor: "shall meet every year", speaker: "text:The Parties", kind: "commitment"},
				{anchor: "will keep the records", speaker: "text:The Parties", kind: "commitment"},
			},
			none: []string{"Article 1\n", "CONVENTION ON RIVER", "(ii) the lakes", "the undersigned have signed"}},
		{name: "untitled treaty", text: treaty[len("CONVENTION ON RIVER FISHERIES\n\n"):],
			want: []want{
				{anchor: "to settle any dispute", speaker: "text:The Parties", kind: "commitment", cue: "undertake"},
				{anchor: "shall meet every year", speaker: "text:The Parties", kind: "commitment"},
			}},
		{name: "briefing", text: briefing,
			ms: []ment{{text: "Ruritania", typ: "country", entity: "country:RU-X", occ: 1},
				{text: "Ruritania", typ: "country", entity: "country:RU-X", occ: 4},
				{text: "2027", typ: "date"}, {text: "2019", typ: "date"}},
			want: []want{
				{anchor: "wants to join the commission", speaker: "country:RU-X", kind: "assertion", cue: "indicated"},
				{anchor: "remains committed to the convention", speaker: "text:the administration", kind: "commitment"},
				{anchor: "signed the convention in 2019", speaker: "author", kind: "assertion"},
			},
			none: []string{"embargoed", "ask my colleague", "Will Ruritania sign"}},
		{name: "speech", text: speech,
			ms: []ment{{text: "Norland", typ: "country", entity: "country:NL-X", occ: 1},
				{text: "Norland", typ: "country", entity: "country:NL-X", occ: 2},
				{text: "Ruritania", typ: "country", entity: "country:RU-X", occ: 1}},
			want: []want{
				{anchor: "Norland is not seeking to control", speaker: "author", kind: "assertion"},
				{anchor: "launch a two-year review", speaker: "text:Our governments", kind: "commitment"},
				{anchor: "a new chapter with Ruritania", speaker: "text:we", kind: "commitment", cue: "embark on"},
				{anchor: "ourselves to the convention", speaker: "text:we", kind: "commitment", cue: "recommit"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(t, tt.text, "", tt.ms...)
			cs := run(t, d)
			for _, w := range tt.want {
				check(t, tt.text, cs, w)
			}
			for _, n := range tt.none {
				check0(t, tt.text, cs, n)
			}
		})
	}
}

// check0 fails when a claim overlaps anchor.
func check0(t *testing.T, text string, claims []extractors.Claim, anchor string) {
	t.Helper()
	a := strings.Index(text, anchor)
	if a < 0 {
		t.Fatalf("anchor %q not in text", anchor)
	}
	b := a + len(anchor)
	for _, c := range claims {
		if c.Start < b && a < c.End {
			t.Errorf("%q: unexpected claim %q by %s", anchor, text[c.Start:c.End], speakerKey(c.Speaker))
		}
	}
}

func TestDocTitle(t *testing.T) {
	for _, tt := range []struct{ text, title, want string }{
		{"Joint Statement on Rivers\n\nWe will share the river.", "", "Joint Statement on Rivers"},
		{"## Rivers of the North\n\nText.", "", "Rivers of the North"},
		{"We will share the river.\n\nMore.", "", ""},
		{"Rivers\n\nText.", "Given Title", "Given Title"},
		{"One line only", "", ""},
	} {
		if got := docTitle(&extractors.Doc{Text: tt.text, Title: tt.title}); got != tt.want {
			t.Errorf("docTitle(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSubjectsAfterOpeningPhrase(t *testing.T) {
	ms := []ment{{text: "Lund", typ: "person", entity: "person:eva-lund"}, {text: "Okafor", typ: "person", entity: "person:ada-okafor"},
		{text: "River Council", typ: "organisation", entity: "org:river-council"}}
	for _, tt := range []struct {
		text string
		w    want
	}{
		{"To mark the tenth year of the River Council, President Lund and President Okafor have committed to build a new lock.",
			want{anchor: "build a new lock", speaker: "text:President Lund and President Okafor", kind: "commitment", cue: "committed"}},
		{"What President Okafor is saying with this plan is that the river belongs to everyone.",
			want{anchor: "the river belongs", speaker: "person:ada-okafor", kind: "assertion", cue: "saying"}},
	} {
		use := mentsIn(tt.text, ms)
		check(t, tt.text, run(t, doc(t, tt.text, "Joint Statement on the River", use...)), tt.w)
	}
}

func TestTreatyHeadings(t *testing.T) {
	text := "AGREEMENT ON RIVER TRADE\n\nArticle 1\n\nThe Parties shall lower their river tolls by half before 2030.\n\n" +
		"Article 2.2: Technical Rules, Standards, and Tests\n\nEach Party shall publish its technical rules for river boats.\n\n" +
		"Section 3 – Final Provisions\n\nThis Agreement shall enter into force on the day the Parties exchange notes."
	cs := run(t, doc(t, text, ""))
	check(t, text, cs, want{anchor: "lower their river tolls", speaker: "text:The Parties", kind: "commitment"})
	check(t, text, cs, want{anchor: "publish its technical rules", speaker: "text:The Parties", kind: "commitment"})
	check(t, text, cs, want{anchor: "shall enter into force", speaker: "text:The Parties", kind: "commitment"})
	check0(t, text, cs, "Article 2.2: Technical Rules")
	check0(t, text, cs, "Section 3 – Final")
}

func TestTranscriptFutures(t *testing.T) {
	text := "MS. LUND:  Good afternoon. President Okafor will travel to Norland on May 4, 2027. " +
		"And the United States will continue to fund the river commission."
	ms := []ment{{text: "Okafor", typ: "person", entity: "person:ada-okafor"}, {text: "Norland", typ: "country", entity: "country:NL-X"},
		{text: "May 4, 2027", typ: "date"}, {text: "United States", typ: "country", entity: "country:US"}}
	cs := run(t, doc(t, text, "Press Briefing by Press Secretary Eva Lund", ms...))
	// a person's schedule is the briefer's statement of fact, a country's
	// "will" a commitment
	check(t, text, cs, want{anchor: "will travel to Norland", speaker: "author", kind: "assertion"})
	check(t, text, cs, want{anchor: "fund the river commission", speaker: "country:US", kind: "commitment", cue: "will"})
}

func TestReducedRelative(t *testing.T) {
	title := "Joint Statement on the River"
	for _, tt := range []struct {
		text string
		w    want
	}{
		{"The plan we announce today delivers on the goals of the summit in Norland.",
			want{anchor: "delivers on the goals", speaker: "author", kind: "assertion"}},
		{"At the same time we will fund the river commission until 2030.",
			want{anchor: "fund the river commission", speaker: "text:we", kind: "commitment", cue: "will"}},
	} {
		ms := []ment{{text: "Norland", typ: "country", entity: "country:NL-X"}, {text: "2030", typ: "date"}}
		use := mentsIn(tt.text, ms)
		check(t, tt.text, run(t, doc(t, tt.text, title, use...)), tt.w)
	}
}

func TestStatementForms(t *testing.T) {
	title := "Joint Statement of Norland and Ruritania"
	ms := []ment{{text: "Norland", typ: "country", entity: "country:NL-X"}, {text: "Ruritania", typ: "country", entity: "country:RU-X"},
		{text: "River Council", typ: "organisation", entity: "org:river-council"}}
	for _, tt := range []struct {
		text string
		w    want
	}{
		{"We seek to keep the river open to the ships of every nation.",
			want{anchor: "keep the river open", speaker: "text:We", kind: "commitment", cue: "seek to"}},
		{"We believe in a river that belongs to all who live by it.",
			want{anchor: "a river that belongs", speaker: "text:We", kind: "assertion", cue: "believe in"}},
		{"We share the belief that open rivers create more trade.",
			want{anchor: "open rivers create", speaker: "text:We", kind: "assertion", cue: "share the belief"}},
		{"We – the leaders of Norland and Ruritania – met to reaffirm our commitment to the River Council.",
			want{anchor: "our commitment to the River Council", speaker: "text:We", kind: "commitment", cue: "reaffirm"}},
		{"Funding the River Council will require new taxes in Norland.",
			want{anchor: "will require new taxes", speaker: "author", kind: "assertion"}},
	} {
		use := mentsIn(tt.text, ms)
		check(t, tt.text, run(t, doc(t, tt.text, title, use...)), tt.w)
	}
}

// mentsIn keeps the fixture mentions whose text occurs in text.
func mentsIn(text string, ms []ment) []ment {
	var use []ment
	for _, m := range ms {
		if strings.Contains(text, m.text) {
			use = append(use, m)
		}
	}
	return use
}
