package regions

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
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

func show(text string, ms []extractors.Mention) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, text[m.Start:m.End]+"="+m.Entity)
	}
	return strings.Join(parts, "; ")
}

// TestEmbeddedTableValid loads the shipped data file; any validation error
// (alias collision, empty name, bad slug) fails here before it can ship.
func TestEmbeddedTableValid(t *testing.T) {
	tb := mustTable(t)
	if n := len(tb.regions); n < 100 {
		t.Errorf("regions table has %d entries, want at least 100", n)
	}
}

// TestEveryEntryFound puts every name and alias of the data file in a
// sentence and expects exactly that region back.
func TestEveryEntryFound(t *testing.T) {
	tb := mustTable(t)
	for _, r := range tb.regions {
		for _, n := range r.Names() {
			form := strings.TrimPrefix(n, "the ")
			text := "Officials said that the " + form + " matters more than ever."
			got := tb.find(text)
			want := form + "=" + r.ID()
			if g := show(text, got); g != want {
				t.Errorf("%s: find(%q) = %q, want %q", r.Slug, text, g, want)
			}
		}
	}
}

func TestTricky(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ukraine today is Asia tomorrow.", "Asia=region:asia"},
		{"Unlike Europe, Asia already has mechanisms.", "Europe=region:europe; Asia=region:asia"},
		{"peace in the Indo-Pacific and the Indo- Pacific", "Indo-Pacific=region:indo-pacific; Indo- Pacific=region:indo-pacific"},
		{"the security of the North Atlantic area", "North Atlantic area=region:north-atlantic"},
		{"ships in the Gulf of Aden and the Gulf", "Gulf of Aden=region:gulf-of-aden; Gulf=region:persian-gulf"},
		{"a Gulf state", ""}, // "Gulf" alone only after "the"
		{"Southeast Asian Nuclear-Weapon-Free Zone", ""},
		{"Asian NATO and the European Union", ""},
		{"arctic cold and pacific intentions", ""},
		{"ARCTIC SECURITY", "ARCTIC=region:arctic"},
		{"trans-Atlantic ties and the Atlantic", "Atlantic=region:atlantic"},
		{"Atlantic City and the Asia Society", ""},
		{"the Pacific Deterrence Initiative", ""},
		{"the Korean Peninsula", "Korean Peninsula=region:korean-peninsula"},
		{"the Taiwan Strait and South China Sea", "Taiwan Strait=region:taiwan-strait; South China Sea=region:south-china-sea"},
		{"Latin America and the Caribbean", "Latin America and the Caribbean=region:latin-america-and-the-caribbean"},
		{"North America, South America and America", "North America=region:north-america; South America=region:south-america"},
		{"Korea, Georgia and Micronesia", ""},
		{"the Middle East and North Africa (MENA)", "Middle East and North Africa=region:mena; MENA=region:mena"},
		{"in sub-Saharan Africa", "sub-Saharan Africa=region:sub-saharan-africa"},
		{"the Americas", "Americas=region:americas"},
		{"Americas", ""}, // "the Americas" only
		// A compass word before a region names a part of it.
		{"patrols in the North Arabian Sea and Southern Mediterranean", "North Arabian Sea=region:north-arabian-sea; Southern Mediterranean=region:southern-mediterranean"},
		{"South Africa and southern Africa", "Africa=region:africa"},
		{"the South Pacific and Southern Africa", "South Pacific=region:south-pacific; Southern Africa=region:southern-africa"},
		{"Korea-North Arabian Sea", ""}, // inside a hyphenated name
		// Inside a longer proper name; sentence openers do not count.
		{"Crown Pacific Partners won the MTV Europe Music Award", ""},
		{"In Asia, and Across Europe. Southeast Asia", "Asia=region:asia; Europe=region:europe; Southeast Asia=region:southeast-asia"},
		{"NATO’s Indo-Pacific partners and the U.S. Indo-Pacific posture", "Indo-Pacific=region:indo-pacific; Indo-Pacific=region:indo-pacific"},
		{"mills in the Pacific Northwest", "Pacific Northwest=region:pacific-northwest"},
		{"Mena Suvari and MENA", "MENA=region:mena"},
	}
	tb := mustTable(t)
	for _, tt := range tests {
		if g := show(tt.text, tb.find(tt.text)); g != tt.want {
			t.Errorf("find(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"alias collision", "asia\tAsia\nasia-2\tAsia Minor\tASIA", "claimed by both"},
		{"alias collision via the", "gulf\tthe Gulf\npersian-gulf\tPersian Gulf\tGulf", "claimed by both"},
		{"empty name", "asia\t \tAsie", "empty name"},
		{"empty alias", "asia\tAsia\tAsie | ", "empty name"},
		{"bad slug", "Asia\tAsia", "malformed slug"},
		{"bad slug chars", "south_asia\tSouth Asia", "malformed slug"},
		{"duplicate slug", "asia\tAsia\nasia\tAsie", "already used"},
		{"fields", "asia", "tab-separated"},
		{"empty", "# nothing\n", "empty table"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Parse error = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestRunOnDoc(t *testing.T) {
	text := "Ishiba warned about Asia. Unlike Europe, the Indo-Pacific lacks an alliance."
	d := &extractors.Doc{Text: text, Sentences: pipeline.SplitSentences(text), Annotator: pipeline.NewAnnotator()}
	res, err := Extractor.Run(d)
	if err != nil {
		t.Fatal(err)
	}
	want := "Asia=region:asia; Europe=region:europe; Indo-Pacific=region:indo-pacific"
	if g := show(text, res.Mentions); g != want {
		t.Errorf("Run = %q, want %q", g, want)
	}
	for _, m := range res.Mentions {
		if m.Type != "region" || m.Priority != Priority || m.Name == "" {
			t.Errorf("mention %+v: want type region, priority %d, a name", m, Priority)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"", "the Gulf", "the Indo-Pacific", "trans-Atlantic", "Asia\xff Europe", "the ", "the\u00a0Arctic", "Atlantic City", "Sub-Saharan Africa"} {
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
			if !utf8.ValidString(text) {
				continue
			}
			if !utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
				t.Fatalf("span %d-%d splits a rune in %q", m.Start, m.End, text)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	tb := mustTable(b)
	var sb strings.Builder
	for i := range 200 {
		fmt.Fprintf(&sb, "In paragraph %d the leaders discussed security in the Indo-Pacific, the South China Sea and Eastern Europe, and trade with partners across Africa and the Gulf. ", i)
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

// TestTriggerWindows checks that the matcher run over the trigger windows
// finds what it finds over all the tokens, on every name of the table in
// random company (other names, "the", case variants, marks, non-ASCII).
func TestTriggerWindows(t *testing.T) {
	tb := mustTable(t)
	pieces := []string{"the ", "The ", "THE ", "in ", "of ", ", ", ". ", "\n\n", "-", "–", "’s ", "(", ") ",
		"North ", "southern ", "Crown ", "Sea ", "sea ", "Ocean ", "ASIA ", "asia ", "Gulf ", "gulf ", "É", "é ", "\u0301"}
	for _, r := range tb.regions {
		for _, n := range r.Names() {
			pieces = append(pieces, n+" ", strings.ToUpper(n)+" ", strings.ToLower(n)+" ")
		}
	}
	for _, text := range randtext.Texts(5, 6, 20000, 12, pieces) {
		toks := gazetteer.Tokenize(text)
		ws, _ := tb.gate.Scan(nil, nil, text, toks)
		if got, want := trigger.FindAll(tb.m, text, toks, ws), tb.m.FindAllTokens(text, toks); !reflect.DeepEqual(got, want) {
			t.Fatalf("trigger windows of %q:\n%v\nwant\n%v", text, got, want)
		}
	}
}
