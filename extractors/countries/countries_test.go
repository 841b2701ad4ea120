package countries

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/pipeline"
)

// newDoc builds a document the way the pipeline does.
func newDoc(text string) *extractors.Doc {
	return &extractors.Doc{Text: text, Sentences: pipeline.SplitSentences(text), Annotator: pipeline.NewAnnotator()}
}

// run returns the mentions of text, failing the test on an error.
func runText(t testing.TB, text string) []extractors.Mention {
	t.Helper()
	r, err := Extractor.Run(newDoc(text))
	if err != nil {
		t.Fatalf("Run(%q): %v", text, err)
	}
	return r.Mentions
}

// found renders mentions as "span:CODE" for compact comparisons.
func found(t testing.TB, text string) string {
	t.Helper()
	var out []string
	for _, m := range runText(t, text) {
		out = append(out, text[m.Start:m.End]+":"+m.Codes["iso3166_1_alpha2"])
	}
	return strings.Join(out, " ")
}

func TestMentionFields(t *testing.T) {
	text := "Japanese Prime Minister Fumio Kishida said Russia's veto blocked the U.S.-led plan."
	ms := runText(t, text)
	if len(ms) != 3 {
		t.Fatalf("got %d mentions, want 3: %+v", len(ms), ms)
	}
	want := []struct{ span, entity, name, a3 string }{
		{"Japanese", "country:JP", "Japan", "JPN"},
		{"Russia", "country:RU", "Russia", "RUS"},
		{"U.S.", "country:US", "United States", "USA"},
	}
	for i, w := range want {
		m := ms[i]
		if got := text[m.Start:m.End]; got != w.span {
			t.Errorf("mention %d span %q, want %q", i, got, w.span)
		}
		if m.Type != "country" || m.Entity != w.entity || m.Name != w.name || m.Priority != Priority {
			t.Errorf("mention %d = %+v, want type country, entity %s, name %s, priority %d", i, m, w.entity, w.name, Priority)
		}
		if m.Codes["iso3166_1_alpha2"] != strings.TrimPrefix(w.entity, "country:") || m.Codes["iso3166_1_alpha3"] != w.a3 {
			t.Errorf("mention %d codes %v, want %s/%s", i, m.Codes, w.entity, w.a3)
		}
	}
}

// TestAmbiguity covers every ambiguity the extractor is asked to handle.
func TestAmbiguity(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"demonym before a title", "Japanese Prime Minister Fumio Kishida arrived.", "Japanese:JP"},
		{"possessive outside the span", "Russia's veto stopped it; Türkiye’s did not.", "Russia:RU Türkiye:TR"},
		{"hyphenated compound", "The U.S.-led coalition and UK-based firms.", "U.S.:US UK:GB"},
		{"demonym plural", "Iraqi forces and many Iraqis returned.", "Iraqi:IQ Iraqis:IQ"},

		{"Georgia after a US city", "She grew up in Atlanta, Georgia, and studied law.", ""},
		{"Georgia's governor", "Georgia's governor signed the bill.", ""},
		{"state of Georgia", "Voters in the state of Georgia went to the polls.", ""},
		{"Georgia in a list of states", "Storms hit Alabama and Georgia overnight.", ""},
		{"Georgia the country", "Russia invaded Georgia in 2008.", "Russia:RU Georgia:GE"},
		{"Georgia after its capital", "Talks were held in Tbilisi, Georgia, last week.", "Georgia:GE"},
		{"Georgia state, document-wide", "Georgia Republicans met on Monday. Later, Georgia passed the budget.", ""},
		{"Georgia country despite a state elsewhere", "Atlanta, Georgia hosted it. Abkhazia is a region of Georgia.", "Georgia:GE"},

		{"lone Georgia in a domestic text", "The senator campaigned in Georgia last week.", ""},
		{"Georgia beside another country", "Georgia and Armenia signed a deal.", "Georgia:GE Armenia:AM"},
		{"Georgia's sovereignty alone", "We salute Georgia's independence and the people of Georgia.", "Georgia:GE Georgia:GE"},
		{"Republic of Georgia", "He served as ambassador to the Republic of Georgia.", "Georgia:GE"},
		{"states like Georgia", "Officials said states like Georgia were vulnerable.", ""},
		{"nominee's home state", "Jane Doe, of Georgia, to be Ambassador to Peru.", "Peru:PE"},
		{"Georgia in a foreign-policy text", "Russia and Ukraine were discussed. He later flew to Georgia.", "Russia:RU Ukraine:UA Georgia:GE"},
		{"Jordan as a first name", "Jordan Peterson gave a lecture.", ""},
		{"Chad as a first name", "Last night Chad Smith played drums.", ""},
		{"Jordan as a surname", "He once met Michael Jordan in Chicago.", ""},
		{"Jordan and Chad the countries", "The talks with Jordan and Chad ended.", "Jordan:JO Chad:TD"},
		{"Jordan before a state noun", "The Jordan Armed Forces trained with them.", "Jordan:JO"},
		{"Jordan before a possessive", "Jordan's King Abdullah spoke.", "Jordan:JO"},
		{"headline in title case", "Jordan Welcomes Syrian Refugees Again", "Jordan:JO Syrian:SY"},
		{"list of names ending with a stop", "Firefighters John Colandro, Michael Rosero, and Chad Titus.", ""},
		{"addressed by name", "Go ahead, Jordan.", ""},
		{"Georgia the state beside foreign countries", "Georgia families saved money. An alien from Mexico was arrested in Georgia.", "Mexico:MX"},
		{"Georgia the state near evidence in a long text", "Russia and Ukraine came up first. Then we turned to domestic news. The voters in Georgia chose a senator. Later he praised Georgia again. We won Georgia by a lot.", "Russia:RU Ukraine:UA"},
		{"Georgia the country near evidence in a long text", "Georgia's parliament met. Many came to watch. Protests in Georgia went on.", "Georgia:GE Georgia:GE"},
		{"Georgia listed with foreign countries", "He held postings in India, Georgia, and Pakistan.", "India:IN Georgia:GE Pakistan:PK"},

		{"tribe names", "The Band of Chumash Indians and Seminole Indian lands; Indians voted.", "Indians:IN"},
		{"abbreviation glued to a name", "WWF-US and Accountable.US praised the Indonesia-US deal.", "Indonesia:ID US:US"},
		{"lower-case turkey and china", "We ate turkey off fine china.", ""},
		{"Turkey and China", "Turkey and China signed the deal.", "Turkey:TR China:CN"},
		{"US versus us", "Let us talk to the US envoy.", "US:US"},
		{"shouted US", "JOIN US NOW FOR THE BIG DEBATE", ""},
		{"US dollars", "It cost US$5 million.", ""},
		{"shouted US beside a country", "US-CHINA TRADE TALKS RESUME IN GENEVA", "US:US CHINA:CN"},

		{"Guinea inside longer names", "Papua New Guinea, Equatorial Guinea and Guinea-Bissau voted.", "Papua New Guinea:PG Equatorial Guinea:GQ Guinea-Bissau:GW"},
		{"Guinea alone", "Guinea held elections.", "Guinea:GN"},
		{"New Guinea the island", "The island of New Guinea is large.", ""},
		{"Gulf of Guinea", "Piracy in the Gulf of Guinea rose.", ""},
		{"Niger and Nigeria", "Niger and Nigeria share a border.", "Niger:NE Nigeria:NG"},
		{"Niger River and Delta", "The Niger River feeds the Niger Delta.", ""},
		{"Dominica and Dominican Republic", "Dominica and the Dominican Republic met.", "Dominica:DM Dominican Republic:DO"},
		{"Dominican alone is ambiguous", "A Dominican friar spoke.", ""},
		{"the two Congos", "The Republic of the Congo and the Democratic Republic of the Congo met.", "Republic of the Congo:CG Democratic Republic of the Congo:CD"},
		{"Congo short forms", "The DRC, DR Congo, Congo-Kinshasa and Congo-Brazzaville.", "DRC:CD DR Congo:CD Congo-Kinshasa:CD Congo-Brazzaville:CG"},
		{"Congo alone is ambiguous", "Rain fell over the Congo and Congolese farms.", ""},
		{"Korea alone", "Japan and Korea agreed on trade.", "Japan:JP Korea:KR"},
		{"Korea the peninsula", "They dream of a unified Korea on the Korean Peninsula.", ""},
		{"two Koreas", "North Korea and South Korea, the DPRK and the ROK.", "North Korea:KP South Korea:KR DPRK:KP ROK:KR"},
		{"Korean alone is ambiguous", "Korean culture is popular.", ""},
		{"America the continent", "North America, South America, Central America and Latin America.", ""},
		{"America the country", "America First was his slogan; American troops left.", "America:US American:US"},
		{"peoples", "Native Americans and African Americans voted.", ""},
		{"New Mexico and New Jersey", "New Mexico and New Jersey are states.", ""},
		{"Mexico City and Gulf of Mexico", "Mexico City sits far from the Gulf of Mexico.", ""},
		{"Indian Ocean", "The Indian Ocean is warm; Indian troops patrol it.", "Indian:IN"},
		{"Indian in the US sense", "American Indian tribes run the Indian Country programmes.", ""},
		{"regions are not countries", "Asia, Southeast Asia, Europe, the Indo-Pacific and the Middle East.", ""},
		{"cities and provinces", "Aleppo, Scotland, England, Wales and Northern Ireland.", ""},
		{"subdivisions with a country name", "Western Australia and British Columbia.", ""},
		{"compass words", "West Timor and East Timor differ; East Germany and South Vietnam are gone.", "East Timor:TL"},
		{"parts of a country", "Fighting in eastern Ukraine and Northern Syria went on.", "Ukraine:UA Syria:SY"},
		{"lake and mount", "Lake Chad shrank near Mount Lebanon.", ""},
		{"seas", "The South China Sea and the Sea of Japan.", ""},
		{"historic states", "The Russian Empire, French Sudan and the Dutch East Indies.", ""},
		{"Arabic nisba", "Abu Bakr al-Iraqi was arrested.", ""},
		{"demonym glued to a name", "The Austin American-Statesman praised the Danish-German and Japanese-made deals.", "Danish:DK German:DE Japanese:JP"},
		{"languages", "She speaks Arabic, Spanish, French and Russian. He is fluent in English and Portuguese.", ""},
		{"languages after a cue", "Jorge is fluent in Spanish and French and has a working knowledge of Portuguese.", ""},
		{"language lists", "His foreign languages are French, Spanish, and Modern Greek; it has a Russian-language site.", ""},
		{"demonyms beside language words", "The French and Spanish governments met the Russian delegation in French Guiana.", "French:FR Spanish:ES Russian:RU French Guiana:GF"},
		{"ethnic groups", "Ethnic Albanians and ethnic Russians marched; Albanian police watched.", "Albanian:AL"},
		{"ambiguous demonyms", "Kurdish and Arab fighters.", ""},
		{"sports honour", "He was an All-American in 1970.", ""},
		{"old and new names", "Burma/Myanmar, Turkey/Türkiye, Swaziland/Eswatini, Czech Republic/Czechia, Ivory Coast/Côte d'Ivoire.",
			"Burma:MM Myanmar:MM Turkey:TR Türkiye:TR Swaziland:SZ Eswatini:SZ Czech Republic:CZ Czechia:CZ Ivory Coast:CI Côte d'Ivoire:CI"},
		{"official names", "The People's Republic of China and the Russian Federation.", "People's Republic of China:CN Russian Federation:RU"},
		{"abbreviations", "The U.S., US, USA, UK, ROK, DPRK, PRC and UAE.", "U.S.:US US:US USA:US UK:GB ROK:KR DPRK:KP PRC:CN UAE:AE"},
		{"abbreviation before a spaced stop", "He moved to the U.K . Later he left the U.S .", "U.K:GB U.S:US"},
		{"abbreviation split by spaces", "the U. K. Later", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := found(t, tt.text); got != tt.want {
				t.Errorf("%q\n got: %s\nwant: %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestEveryISOCountry checks that each of the 249 ISO 3166-1 countries is found by
// its common name in a plain sentence, with the right codes. The sentence
// names Armenia too (see TestAliasesFile).
func TestEveryISOCountry(t *testing.T) {
	cs, err := Countries()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 249 {
		t.Errorf("got %d countries, want the 249 of ISO 3166-1", len(cs))
	}
	for _, c := range cs {
		if len(c.Alpha2) != 2 || len(c.Alpha3) != 3 || c.Name == "" {
			t.Errorf("bad country %+v", c)
			continue
		}
		text := fmt.Sprintf("On Monday, officials said that %s would attend the talks hosted by Armenia.", c.Name)
		ms := runText(t, text)
		if len(ms) != 2 || ms[1].Entity != "country:AM" {
			t.Errorf("%s: got %s in %q, want it and Armenia", c.Alpha2, found(t, text), text)
			continue
		}
		m := ms[0]
		if text[m.Start:m.End] != c.Name || m.Entity != "country:"+c.Alpha2 || m.Codes["iso3166_1_alpha3"] != c.Alpha3 {
			t.Errorf("%s: got %q %s %v", c.Alpha2, text[m.Start:m.End], m.Entity, m.Codes)
		}
	}
}

func TestNameOverrides(t *testing.T) {
	for text, want := range map[string]string{"Macedonia": "North Macedonia", "Swaziland": "Eswatini", "Czech Republic": "Czechia", "Burma": "Myanmar"} {
		ms := runText(t, "They visited "+text+" in May.")
		if len(ms) != 1 || ms[0].Name != want {
			t.Errorf("%s: got %+v, want one mention named %s", text, ms, want)
		}
	}
}

// TestSeedExample checks the repository's example essay: every country it
// mentions, with the right code, and nothing else.
func TestSeedExample(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "asian-nato.txt"))
	if err != nil {
		t.Skipf("example essay not available: %v", err)
	}
	want := "Japanese:JP Ukraine:UA Ukraine:UA Russia:RU Russia:RU China:CN United States:US Japan:JP Australia:AU India:IN " +
		"Australia:AU UK:GB U.S.:US U.S.:US Japan:JP South Korea:KR"
	if got := found(t, string(b)); got != want {
		t.Errorf("seed essay\n got: %s\nwant: %s", got, want)
	}
}

func TestSpansAreSortedAndDisjoint(t *testing.T) {
	text := strings.Repeat("France, the UK and Germany met Japan's envoy; Indian and Chinese officials followed. ", 5)
	ms := runText(t, text)
	if len(ms) != 30 {
		t.Errorf("got %d mentions, want 30", len(ms))
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].End {
			t.Fatalf("mentions %d and %d overlap or are out of order", i-1, i)
		}
	}
}

// TestConcurrentRuns runs the extractor from several goroutines, as the
// pipeline does; run with -race.
func TestConcurrentRuns(t *testing.T) {
	texts := []string{"Russia invaded Georgia.", "Atlanta, Georgia.", "Jordan Peterson and Jordan.", "The U.S. and the UK."}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = found(t, s)
	}
	done := make(chan error)
	for g := range 4 {
		go func() {
			for k := range 50 {
				i := (g + k) % len(texts)
				r, err := Extractor.Run(newDoc(texts[i]))
				if err == nil && len(r.Mentions) != len(strings.Fields(want[i])) {
					err = fmt.Errorf("%q: %d mentions, want %s", texts[i], len(r.Mentions), want[i])
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
