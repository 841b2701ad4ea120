package treaties

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/gazetteer"
	"github.com/polexhq/polex/extractors/gazetteer/trigger"
	"github.com/polexhq/polex/internal/randtext"
	"github.com/polexhq/polex/pipeline"
)

func mustTable(t testing.TB) *table {
	t.Helper()
	tb, err := load()
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// show renders mentions as "span=id" (and "@provision" when set).
func show(text string, ms []extractors.Mention) string {
	var parts []string
	for _, m := range ms {
		s := text[m.Start:m.End] + "=" + m.Entity
		if m.Provision != "" {
			s += "@" + m.Provision
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func TestEmbeddedTableValid(t *testing.T) {
	tb := mustTable(t)
	if n := len(tb.list); n < 150 {
		t.Errorf("treaties table has %d entries, want at least 150", n)
	}
	for _, in := range tb.list {
		if Slug(in.Name) == "" {
			t.Errorf("%s: name %q has no slug", in.Slug, in.Name)
		}
	}
}

// TestEveryEntryFound puts every name and alias of the data file in a
// sentence and expects exactly that instrument back.
func TestEveryEntryFound(t *testing.T) {
	tb := mustTable(t)
	for _, in := range tb.list {
		for _, n := range in.Names() {
			text := "The ministers recalled the " + n + " and its obligations."
			want := n + "=" + in.ID()
			if g := show(text, tb.find(text)); g != want {
				t.Errorf("%s: find(%q) = %q, want %q", in.Slug, text, g, want)
			}
		}
	}
}

// TestDevSentences is a small hand-written dev set of policy-style sentences
// with the expected spans, ids and provisions.
func TestDevSentences(t *testing.T) {
	tests := []struct{ text, want string }{
		// Provisions: the span is the name; the provision is on the mention.
		{"Since Ukraine was not a member, Article 5 of the North Atlantic Treaty did not apply.",
			"North Atlantic Treaty=treaty:north-atlantic-treaty@Article 5"},
		{"Allies reaffirmed Article 5 of the Washington Treaty – an attack on one is an attack on all.",
			"Washington Treaty=treaty:north-atlantic-treaty@Article 5"},
		{"They invoked Articles 3 and 5 of the Treaty of Amity and Cooperation in Southeast Asia.",
			"Treaty of Amity and Cooperation in Southeast Asia=treaty:tac@Articles 3 and 5"},
		{"The right of self-defence is recognised by Article 51 of the Charter of the United Nations.",
			"Charter of the United Nations=treaty:un-charter@Article 51"},
		{"The North Atlantic Treaty's Article 5 is the core of the alliance.",
			"North Atlantic Treaty=treaty:north-atlantic-treaty@Article 5"},
		// The organisation is not a treaty, nor is its shorter span.
		{"The North Atlantic Treaty Organization met in Vilnius; NORTH ATLANTIC TREATY ORGANISATION.", ""},
		{"Members of the Collective Security Treaty Organization disagreed.", ""},
		// Gazetteer names and aliases.
		{"ASEAN members are signatories of the Southeast Asian Nuclear-Weapon-Free Zone Treaty, also called the Bangkok Treaty.",
			"Southeast Asian Nuclear-Weapon-Free Zone Treaty=treaty:seanwfz; Bangkok Treaty=treaty:seanwfz"},
		{"Russia suspended New START and left the INF Treaty, while the NPT remains the cornerstone.",
			"New START=treaty:new-start; INF Treaty=treaty:inf-treaty; NPT=treaty:npt"},
		{"Kyiv gave up its arsenal under the Budapest Memorandum; the Minsk agreements later collapsed.",
			"Budapest Memorandum=treaty:budapest-memorandum; Minsk agreements=treaty:minsk-agreements"},
		{"Tehran breached the JCPOA, and the Rome Statute and the Geneva Conventions bind the parties.",
			"JCPOA=treaty:jcpoa; Rome Statute=treaty:rome-statute; Geneva Conventions=treaty:geneva-conventions"},
		{"We call for the ASEAN Five Point Consensus and reforms to the International Traffic in Arms Regulations (ITAR); ITAR reform helps.",
			"ASEAN Five Point Consensus=treaty:asean-five-point-consensus; International Traffic in Arms Regulations=treaty:itar; ITAR=treaty:itar; ITAR=treaty:itar"},
		// A gazetteer name with a complement is the same instrument; with
		// parties it may be another.
		{"the Rome Statute of the ICC and the Montreal Protocol on the Ozone Layer",
			"Rome Statute of the ICC=treaty:rome-statute; Montreal Protocol on the Ozone Layer=treaty:montreal-protocol"},
		{"a Withdrawal Agreement between Norland and Sudmark",
			"Withdrawal Agreement between Norland and Sudmark=treaty:withdrawal-agreement-between-norland-and-sudmark"},
		// Acronyms defined in the text.
		{"We uphold the United Nations Convention on the Law of the Sea (UNCLOS). UNCLOS sets the legal framework.",
			"United Nations Convention on the Law of the Sea=treaty:unclos; UNCLOS=treaty:unclos; UNCLOS=treaty:unclos"},
		{"Both sides welcomed the Reciprocal Access Agreement (RAA) and said the RAA enters into force soon.",
			"Reciprocal Access Agreement=treaty:reciprocal-access-agreement; RAA=treaty:reciprocal-access-agreement; RAA=treaty:reciprocal-access-agreement"},
		// Patterns for instruments outside the list; fullest form names them.
		{"They reaffirmed the Japan-Vietnam Comprehensive Strategic Partnership Agreement.",
			"Japan-Vietnam Comprehensive Strategic Partnership Agreement=treaty:japan-vietnam-comprehensive-strategic-partnership-agreement"},
		{"The U.S.-Palau Compact Review Agreement was signed; the Compact Review Agreement provides funds.",
			"U.S.-Palau Compact Review Agreement=treaty:us-palau-compact-review-agreement; Compact Review Agreement=treaty:us-palau-compact-review-agreement"},
		{"the Declaration on Migration and Protection at the Summit of the Americas", "Declaration on Migration and Protection=treaty:declaration-on-migration-and-protection"},
		{"the Convention on the International Regulations for Preventing Collisions at Sea applies at Sea Island",
			"Convention on the International Regulations for Preventing Collisions at Sea=treaty:convention-on-the-international-regulations-for-preventing-collisions-at-sea"},
		{"as stated in the Joint Communiqué of the 56th ASEAN Foreign Ministers’ Meeting, and the Treaty of 5th",
			"Joint Communiqué of the 56th ASEAN Foreign Ministers’ Meeting=treaty:joint-communique-of-the-56th-asean-foreign-ministers-meeting"},
		{"Signatories of the Convention on Nuclear Safety met in Vienna.",
			"Convention on Nuclear Safety=treaty:convention-on-nuclear-safety"},
		{"Japan signed the Accord on Support for Ukraine and Cooperation between the government of Japan and Ukraine.",
			"Accord on Support for Ukraine and Cooperation between the government of Japan and Ukraine=treaty:accord-on-support-for-ukraine-and-cooperation-between-the-government-of-japan-and-ukraine"},
		{"a Memorandum of Cooperation between the government agencies", ""},
		// Lists of parties with commas.
		{"the Treaty of Friendship between Japan, the Philippines and Viet Nam entered into force.",
			"Treaty of Friendship between Japan, the Philippines and Viet Nam=treaty:treaty-of-friendship-between-japan-the-philippines-and-viet-nam"},
		{"the Agreement among the Government of Norland, the Government of the United Kingdom of Great Britain and Northern Ireland, and the Government of Sudmark for Cooperation on Ships, signed today",
			"Agreement among the Government of Norland, the Government of the United Kingdom of Great Britain and Northern Ireland, and the Government of Sudmark for Cooperation on Ships=treaty:agreement-among-the-government-of-norland-the-government-of-the-united-kingdom-of-great-britain-and-northern-ireland-and-the-government-of-sudmark-for-cooperation-on-ships"},
		{"the Treaty of Friendship between Japan and Norland, Prime Minister Ito said, and the Accord between Norland, which",
			"Treaty of Friendship between Japan and Norland=treaty:treaty-of-friendship-between-japan-and-norland"},
		{"The leaders adopted the Vilnius Summit Communiqué and the Kigali Declaration on Health.",
			"Vilnius Summit Communiqué=treaty:vilnius-summit-communique; Kigali Declaration on Health=treaty:kigali-declaration-on-health"},
		{"They withdrew from the Conventional Forces in Europe Treaty and the Treaty of Lisbon.",
			"Conventional Forces in Europe Treaty=treaty:cfe-treaty; Treaty of Lisbon=treaty:lisbon-treaty"},
		{"the Treaty of Friendship and Cooperation Between Mongolia and Kazakhstan",
			"Treaty of Friendship and Cooperation Between Mongolia and Kazakhstan=treaty:treaty-of-friendship-and-cooperation-between-mongolia-and-kazakhstan"},
		// Guidelines with a complement; an acronym before them is the issuer.
		{"They signed Guidelines for the Quad Partnership on HADR in the Indo-Pacific, which help.",
			"Guidelines for the Quad Partnership on HADR in the Indo-Pacific=treaty:guidelines-for-the-quad-partnership-on-hadr-in-the-indo-pacific"},
		{"the COPUOS Guidelines for the Long-Term Sustainability of Outer Space Activities and the Dietary Guidelines for Americans",
			"Guidelines for the Long-Term Sustainability of Outer Space Activities=treaty:guidelines-for-the-long-term-sustainability-of-outer-space-activities; Dietary Guidelines for Americans=treaty:dietary-guidelines-for-americans"},
		{"the Guidelines were issued; new Reporting Guidelines; Guidelines of the Ministry", ""},
		// Resolutions.
		{"The council endorsed UN Security Council Resolution 2254 and later Resolution 2254 again.",
			"UN Security Council Resolution 2254=treaty:unscr-2254; Resolution 2254=treaty:unscr-2254"},
		{"We reaffirm UNSC Resolution 2593 (2021) and UNSCR 1718.",
			"UNSC Resolution 2593=treaty:unscr-2593; UNSCR 1718=treaty:unscr-1718"},
		{"The General Assembly Resolution 68/262 and later Resolution 262 differ.",
			"General Assembly Resolution 68/262=treaty:unga-resolution-68-262; Resolution 262=treaty:unscr-262"},
		{"The DPRK violates U.N. Security Council Resolutions.",
			"U.N. Security Council Resolutions=treaty:unscrs"},
		// Document symbols, alone or after a prefix; the year in brackets
		// is not part of the name.
		{"We welcome UNSCR S/RES/2735 (2024), recall S/RES/2735 and UNSCR 2735.",
			"UNSCR S/RES/2735=treaty:unscr-2735; S/RES/2735=treaty:unscr-2735; UNSCR 2735=treaty:unscr-2735"},
		{"The UNGA resolution A/RES/77/248 follows A/RES/77/248 and General Assembly resolution 77/248; see also A/HRC/RES/52/1.",
			"UNGA resolution A/RES/77/248=treaty:unga-resolution-77-248; A/RES/77/248=treaty:unga-resolution-77-248; General Assembly resolution 77/248=treaty:unga-resolution-77-248; A/HRC/RES/52/1=treaty:hrc-resolution-52-1"},
		// Not instruments.
		{"The Agreement enters into force today. This Treaty shall be ratified. After the Treaty has been in force,", ""},
		{"They want a trade agreement, a peace treaty and a Security Council resolution.", ""},
		{"The Joint Declaration and the Peace Agreement were welcomed; a Memorandum of Cooperation between our agencies.", ""},
		{"Quad Leaders' Joint Statement\n\nJoint Leaders Statement on AUKUS\n", ""},
		// A cited statement is an instrument.
		{"We build on the 2023 Japan-Philippines Joint Statement and the Joint Vision Statement of the ASEAN-U.S. Special Summit.",
			"Japan-Philippines Joint Statement=treaty:japan-philippines-joint-statement; Joint Vision Statement of the ASEAN-U.S. Special Summit=treaty:joint-vision-statement-of-the-asean-us-special-summit"},
		{"the Vision Statement issued by Leaders; a Joint Statement on Tuesday; the Chair's Statement; a Press Statement", ""},
		{"as set out in the 2021 Quad Leaders’ Joint Statement, and the Veterans' Benefits Act.",
			"Quad Leaders’ Joint Statement=treaty:quad-leaders-joint-statement; Veterans' Benefits Act=treaty:veterans-benefits-act"},
		{"Read the Statement of President Joe Biden on the Passing of a Senator; President Biden in Statement", ""},
		{"The Spirit of Camp David: Joint Statement of Japan, the Republic of Korea, and the United States\n\nText.", ""},
		{"obligations under the Charter of the Parties which are members", ""},
		{"speaking at the Democratic National Convention", ""},
		{"the Chief of Protocol and the Office of Protocol", ""},
		{"the resolution passed; the Resolution passed", ""},
		// Acronym aliases that are also words match only in capitals.
		{"they start the trips, doc, and salt talks; an ihr npt", ""},
		{"Under START I and the TRIPS Agreement, the IHR apply.",
			"START I=treaty:start-i; TRIPS Agreement=treaty:trips; IHR=treaty:international-health-regulations"},
		// Two instruments joined by "and" stay two.
		{"the Kyoto Protocol and Paris Agreement",
			"Kyoto Protocol=treaty:kyoto-protocol; Paris Agreement=treaty:paris-agreement"},
		{"the Convention on Cluster Munitions and the Ottawa Convention",
			"Convention on Cluster Munitions=treaty:ccm; Ottawa Convention=treaty:ottawa-convention"},
		// Named legislation is a legal instrument.
		{"Funds from the CHIPS and Science Act and the Defense Production Act flow; the Act is law.",
			"CHIPS and Science Act=treaty:chips-and-science-act; Defense Production Act=treaty:defense-production-act"},
		{"She renewed the Violence Against Women Act and backed the Freedom to Vote Act.",
			"Violence Against Women Act=treaty:violence-against-women-act; Freedom to Vote Act=treaty:freedom-to-vote-act"},
		{"an Act of Congress", ""},
		{"Continuing to Call on Congress to Act\n\nWe passed the Heath Robinson PACT Act and the CHIPS Act.",
			"Heath Robinson PACT Act=treaty:heath-robinson-pact-act; CHIPS Act=treaty:chips-act"},
		{"under the Expedited Major Disaster Declaration for Florida and an Emergency Declaration for Maine; a Statement of Intent between them", ""},
		// A law's year joins its name; the id stays the law's.
		{"under the Arms Export Control Act of 1976 and the Taiwan Relations Act of 1979; the Arms Export Control Act of 19 states",
			"Arms Export Control Act of 1976=treaty:arms-export-control-act; Taiwan Relations Act of 1979=treaty:taiwan-relations-act; Arms Export Control Act=treaty:arms-export-control-act"},
		{"Proclamation on Suspension of Entry of Persons Subject to Travel Bans and International Emergency Economic Powers Act Sanctions",
			"International Emergency Economic Powers Act=treaty:international-emergency-economic-powers-act"},
		// Classes, venues, legislatures, addressees, dates: not names.
		{"Project Labor Agreements and Donation Acceptance Agreements (DAAs) apply.", ""},
		{"He spoke at the Los Angeles Convention Center.", ""},
		{"implementation of the Dayton Accords in Bosnia; the Union's Convention in Chicago; See Statement Regarding Mergers",
			"Dayton Accords=treaty:dayton-agreement"},
		{"proclaimed the Norland Declaration of Rights—the first of its kind",
			"Norland Declaration of Rights=treaty:norland-declaration-of-rights"},
		{"The Congress, by Senate Joint Resolution 115 of June 23, 1936, acted.", ""},
		{"MEMORANDUM FOR THE SECRETARY OF STATE", ""},
		{"the Presidential Memorandum of April 5, 2024 and the Emergency Declaration", ""},
		{"the Declaration of Independence and the Constitution",
			"Declaration of Independence=treaty:declaration-of-independence"},
		{"the Memorandum on Delegation of Authority Under Section 7 of the Act",
			"Memorandum on Delegation of Authority=treaty:memorandum-on-delegation-of-authority"},
		// A two-letter acronym abbreviates part of a name too often.
		{"the Memorandum on Advancing Leadership in Artificial Intelligence (AI). AI is moving fast.",
			"Memorandum on Advancing Leadership in Artificial Intelligence=treaty:memorandum-on-advancing-leadership-in-artificial-intelligence"},
		// An acronym that cannot abbreviate the name is not linked to it.
		{"the Washington Declaration (US-ROK) and US-ROK ties", "Washington Declaration=treaty:washington-declaration"},
		// A hard-wrapped line inside a name does not cut it; a blank line does.
		{"the Treaty of Amity and\nCooperation in Southeast Asia", "Treaty of Amity and\nCooperation in Southeast Asia=treaty:tac"},
		{"Reciprocal Access\n\nAgreement was signed", ""},
		// A capitalised definite reference resolves to the one instrument
		// with that head word named before it.
		{"The Hague Accord on Fisheries was signed in 2031. This Accord enters into force when the Parties to the Accord ratify it; the accord is short.",
			"Hague Accord on Fisheries=treaty:hague-accord-on-fisheries; Accord=treaty:hague-accord-on-fisheries; Accord=treaty:hague-accord-on-fisheries"},
		{"Russia left New START and the INF Treaty; the NPT remains, and the Treaty binds all.",
			"New START=treaty:new-start; INF Treaty=treaty:inf-treaty; NPT=treaty:npt"},
		{"The Treaty was signed before the Paris Agreement was.", "Paris Agreement=treaty:paris-agreement"},
		// Title line of a declaration names the instrument itself.
		{"Washington Declaration\n\nPresident Biden and President Yoon met.",
			"Washington Declaration=treaty:washington-declaration"},
	}
	tb := mustTable(t)
	for _, tt := range tests {
		if g := show(tt.text, tb.find(tt.text)); g != tt.want {
			t.Errorf("find(%q)\n got: %q\nwant: %q", tt.text, g, tt.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"alias collision", "npt\ttreaty\tNon-Proliferation Treaty\nnpt2\ttreaty\tNPT Treaty\tNon-Proliferation Treaty", "claimed by both"},
		{"alias collision by case", "npt\ttreaty\tNPT\nnpt2\ttreaty\tNpt Pact\tnpt", "claimed by both"},
		{"empty name", "npt\ttreaty\t", "empty name"},
		{"empty alias", "npt\ttreaty\tNPT\tNon-Proliferation Treaty |", "empty name"},
		{"bad slug", "NPT\ttreaty\tNPT", "malformed slug"},
		{"bad slug space", "new start\ttreaty\tNew START", "malformed slug"},
		{"duplicate slug", "npt\ttreaty\tNPT\nnpt\ttreaty\tNPT II", "already used"},
		{"unknown kind", "npt\tthing\tNPT", "unknown kind"},
		{"fields", "npt\tNPT", "tab-separated"},
		{"empty", "# nothing\n\n", "empty table"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Parse error = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.-ROK Mutual Defense Treaty":  "us-rok-mutual-defense-treaty",
		"Vilnius Summit Communiqué":       "vilnius-summit-communique",
		"Élysée Treaty":                   "elysee-treaty",
		"Memorandum of Cooperation on 5G": "memorandum-of-cooperation-on-5g",
	} {
		if g := Slug(in); g != want {
			t.Errorf("Slug(%q) = %q, want %q", in, g, want)
		}
	}
}

// TestSeedEssay checks the seed example: the two treaties, nothing else.
func TestSeedEssay(t *testing.T) {
	b, err := os.ReadFile("../../examples/asian-nato.txt")
	if err != nil {
		t.Skip("seed example not in examples/ yet")
	}
	text := string(b)
	d := &extractors.Doc{Text: text, Sentences: pipeline.SplitSentences(text), Annotator: pipeline.NewAnnotator()}
	res, err := Extractor.Run(d)
	if err != nil {
		t.Fatal(err)
	}
	want := "North Atlantic Treaty=treaty:north-atlantic-treaty@Article 5; Southeast Asian Nuclear-Weapon-Free Zone Treaty=treaty:seanwfz"
	if g := show(text, res.Mentions); g != want {
		t.Errorf("seed essay: got %q, want %q", g, want)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"", "the Treaty", "Article 5 of the North Atlantic Treaty", "Treaty of", "Resolution 2254",
		"UN Security Council Resolutions", "(UNCLOS)", "Law of the Sea (", "X Agreement (XA) XA", "Treaty’s Article",
		"Convention on\n", "\xff Treaty \xfe", "Agreement between A and", "A.-B. Treaty"} {
		f.Add(s)
	}
	tb := mustTable(f)
	f.Fuzz(func(t *testing.T, text string) {
		prev := -1
		for _, m := range tb.find(text) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || m.Start < prev {
				t.Fatalf("bad span %d-%d (prev end %d) in %q", m.Start, m.End, prev, text)
			}
			prev = m.End
			if !strings.HasPrefix(m.Entity, "treaty:") || !gazetteer.SlugRE.MatchString(strings.TrimPrefix(m.Entity, "treaty:")) {
				t.Fatalf("bad id %q for %q", m.Entity, text[m.Start:m.End])
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End]))) {
				t.Fatalf("span %d-%d splits a rune in %q", m.Start, m.End, text)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	tb := mustTable(b)
	var sb strings.Builder
	for i := range 200 {
		fmt.Fprintf(&sb, "In paragraph %d the Parties recalled Article 5 of the North Atlantic Treaty, the UN Charter and UN Security Council Resolution %d, and welcomed the new Reciprocal Access Agreement. ", i, 2000+i)
	}
	text := sb.String()
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		tb.find(text)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestWordHelpers checks the fast paths of splitWordsInto against the plain
// definitions: the ASCII space table, the opener and closer switches, and the
// lower-case slices.
func TestWordHelpers(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if r < utf8.RuneSelf && asciiSpace[r] != unicode.IsSpace(r) {
			t.Errorf("asciiSpace[%q] = %v", r, asciiSpace[r])
		}
		if isOpener(r) != strings.ContainsRune(openers, r) {
			t.Errorf("isOpener(%q) = %v", r, isOpener(r))
		}
		if isCloser(r) != strings.ContainsRune(closers, r) {
			t.Errorf("isCloser(%q) = %v", r, isCloser(r))
		}
	}
	for _, s := range []string{"", "A", "Z", "a", "z", "@", "[", "1", "É", "é", "İ", "\xff", "Ωmega", "ωmega"} {
		r, _ := utf8.DecodeRuneInString(s)
		if isUpperStart(s) != unicode.IsUpper(r) {
			t.Errorf("isUpperStart(%q) = %v", s, isUpperStart(s))
		}
	}
	for _, s := range []string{"", "  ", "Treaty of Amity", " the  TREATY,\u00a0Communiqué.\tx\xffy ", "Convention\u2003on\n", "ᏦCharter, charter. PACT"} {
		var got []string
		eachField(s, func(f string) { got = append(got, f) })
		if want := strings.Fields(s); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Errorf("eachField(%q) = %q, want %q", s, got, want)
		}
		for _, f := range strings.Fields(s) {
			if g, w := headOf(f), singular(strings.ToLower(strings.Trim(f, ",."))); g != w {
				t.Errorf("headOf(%q) = %q, want %q", f, g, w)
			}
		}
	}
	text := "The UN Charter, ÉLYSÉE Treaty and İstanbul; lower words\u00a0too. NATO’s"
	lt := lowerText{lo: 0, hi: len(text)}
	for _, w := range splitWordsInto(nil, text) {
		s := w.str(text)
		if want := strings.ToLower(s); w.lower != want {
			t.Errorf("lower of %q = %q, want %q", s, w.lower, want)
		}
		if want := lt.lower(text, w.start, w.end); want != w.lower {
			t.Errorf("lower(%q) = %q, want %q", s, want, w.lower)
		}
	}
}

// fastPathCases mixes the pieces the resolution and provision expressions
// look at into many short texts.
func fastPathCases() []string {
	pieces := []string{"UN ", "U.N. ", "United Nations ", "Security Council ", "General Assembly ",
		"Human Rights Council ", "Resolution ", "resolutions ", "Resolutions", "UNSCR ", "UNSCRs ", "UNSC ", "UNGA ",
		"UNHRC ", "S/RES/2735", "A/RES/77/248", "A/HRC/RES/52/1", "xS/RES/12 ", "_A/RES/1/2", "2254", "68/262", " ",
		"\n", ", ", "(2024)", "Article 5", "Articles 3 and 5", "Article 2(4)", " of ", "the ", "Part ", "Partner ",
		"Chapter IV", "a", "é", "Section 2(a)", " – ", "Annex", "Clauses 1-3", "Pillar II", "Paragraph 7", "and ", "12",
		"Treaty", "CONVENTION,", "Communiqué.", "communique", "\u00a0", "\t"}
	return randtext.Texts(1, 2, 20000, 12, pieces)
}

// referenceResolutionMatches is resolutionMatches as first written: the
// plain expression over each window, keys searched afresh at each step.
func referenceResolutionMatches(text string) [][]int {
	var out [][]int
	next := 0
	for off := 0; off < len(text); {
		i := -1
		for _, k := range []string{"esolution", "UNSCR", "/RES/"} {
			if j := strings.Index(text[off:], k); j >= 0 && (i < 0 || j < i) {
				i = j
			}
		}
		if i < 0 {
			break
		}
		p := off + i
		lo, hi := resolutionWindow(text, p, next)
		out, next = keepAround(out, resolutionRE.FindAllStringSubmatchIndex(text[lo:hi], -1), lo, p, next)
		off = max(p+1, next)
	}
	return out
}

// TestFastPathsMatchRegexps checks that the candidate-start searches give
// exactly what the unanchored expressions give.
func TestFastPathsMatchRegexps(t *testing.T) {
	for _, s := range fastPathCases() {
		checkFastPaths(t, s)
	}
}

func checkFastPaths(t *testing.T, s string) {
	t.Helper()
	for off := range len(s) + 1 {
		for skip, key := range []string{"UNSCR", "Resolution", "esolution"} {
			w := strings.Index(s[off:], key)
			if w >= 0 {
				w += off
			}
			if g := indexFrom(s, off, key, skip); g != w {
				t.Fatalf("indexFrom(%q, %d, %q, %d) = %d, want %d", s, off, key, skip, g, w)
			}
		}
	}
	if g, w := resolutionFindAll(s), resolutionRE.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(g, w) {
		t.Fatalf("resolutionFindAll(%q) = %v, want %v", s, g, w)
	}
	if g, w := resolutionMatches(s), referenceResolutionMatches(s); !reflect.DeepEqual(g, w) {
		t.Fatalf("resolutionMatches(%q) = %v, want %v", s, g, w)
	}
	if g, w := provisionFind(s), provisionBefore.FindStringSubmatch(s); !reflect.DeepEqual(g, w) {
		t.Fatalf("provisionFind(%q) = %q, want %q", s, g, w)
	}
	var fields []string
	eachField(s, func(f string) { fields = append(fields, f) })
	if w := strings.Fields(s); !reflect.DeepEqual(fields, w) && len(fields)+len(w) > 0 {
		t.Fatalf("eachField(%q) = %q, want %q", s, fields, w)
	}
	for _, f := range fields {
		if g, w := headOf(f), singular(strings.ToLower(strings.Trim(f, ",."))); g != w {
			t.Fatalf("headOf(%q) = %q, want %q", f, g, w)
		}
	}
}

func FuzzFastPaths(f *testing.F) {
	for _, s := range fastPathCases()[:50] {
		f.Add(s)
	}
	f.Fuzz(checkFastPaths)
}

// TestWordFlags checks the flags splitWordsInto sets against their
// definitions on the word as written.
func TestWordFlags(t *testing.T) {
	text := "The 5G Treaty, ３G and ٣X, 2030s Élan ωmega (Quad) 7th"
	for _, w := range splitWordsInto(nil, text) {
		s := w.str(text)
		r, _ := utf8.DecodeRuneInString(s)
		capital := unicode.IsUpper(r)
		name := capital || unicode.IsDigit(r) && strings.IndexFunc(s, unicode.IsUpper) > 0
		if w.capital != capital || w.nameLike != name {
			t.Errorf("%q: capital %v nameLike %v, want %v %v", s, w.capital, w.nameLike, capital, name)
		}
	}
}

// TestNearHeads checks that the words of the paragraphs near head words find
// what all the words find, on the fixtures and on random paragraphs of
// pieces that open and close names, complements and party lists.
func TestNearHeads(t *testing.T) {
	tb := mustTable(t)
	var texts []string
	for _, f := range []string{"joint-statement", "speech", "treaty-text"} {
		b, err := os.ReadFile("testdata/" + f + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	pieces := []string{"Treaty", "TREATY ", "treaty ", "Treaties", "Act", "ACT.", "Acting ", "Statement ",
		"Communiqué", "COMMUNIQUÉ ", "Guidelines ", "the ", "The ", "this ", "of ", "Of\n\n", "between ",
		"and ", "Japan", ", ", "Quad ", "Foreign ", "Organization ", "Center ", "Partnership ", "for ",
		"\n", "\n\n", "\n\n\n", " \n \n", "\u00a0\n\n", "— ", "—", "(", ") ", "\"", "'s ", "’ ", ". ",
		"Paris Agreement ", "North Atlantic Treaty ", "NPT ", "Article 5 of the ", "President ", "5G ",
		"56th ", "Convention", "Declaration ", "Disaster ", "Protocol", "Memorandum for ", "UN Charter",
		"agreed. ", "U.S. ", "e.g. ", "x.yz. ", ". ", "Act. ", "of. ", ".\n", "A. ", "Japan.", "between Japan, ",
		"Korea, and ", "the Government of ", "among ", "caféTreaty ", "éTREATY ", "Treatyé ", "Treatyß ",
		"’Agreement’ ", "Ţreaty ", "AgreementÅ", "Ñ", "NPT ", "New START ", "U.S.-Japan Security Treaty ",
		"Treaty of Mutual Cooperation and Security between the United States and Japan ", "́Treaty "}
	texts = append(texts, randtext.Texts(3, 4, 20000, 30, pieces)...)
	for _, text := range texts {
		toks := gazetteer.Tokenize(text)
		wins, hs := tb.gate.Scan(nil, nil, text, toks)
		places := headPlaces(nil, text, toks, hs)
		if want := headPlacesScan(text); !slices.Equal(places, want) {
			t.Fatalf("head places in %q: %v, want %v", text, places, want)
		}
		if got, want := trigger.FindAll(tb.m, text, toks, wins), tb.m.FindAllTokens(text, toks); !reflect.DeepEqual(got, want) {
			t.Fatalf("gazetteer matches in trigger windows of %q:\n%v\nwant\n%v", text, got, want)
		}
		all := splitWordsInto(nil, text)
		near := splitNearHeads(nil, text, places)
		want := tb.findWords(text, toks, []trigger.Window{{Lo: 0, Hi: len(toks)}}, all)
		got := tb.findWords(text, toks, wins, near)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("near heads in %q:\n%v\nwant\n%v", text, got, want)
		}
		k := 0
		for _, w := range all {
			if !w.capital || heads[w.lower] == "" {
				continue
			}
			for k < len(near) && near[k].start < w.start {
				k++
			}
			if k == len(near) || near[k] != w {
				t.Fatalf("head %q at %d missing near heads in %q", w.str(text), w.start, text)
			}
		}
	}
}

// headPlacesScan is headPlaces by testing every byte.
func headPlacesScan(text string) []int {
	var out []int
	for i := range len(text) {
		if headStartsAt(text, i) {
			out = append(out, i)
		}
	}
	return out
}
