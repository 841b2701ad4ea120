package countries

import (
	"strings"
	"testing"
)

// TestAliasesFile runs every line of aliases.tsv through the extractor: a
// country form in a plain sentence gives exactly one mention, of its code
// and spanning the form; a blocking phrase gives no mention at all. The
// sentence ends with a second country, a neighbour of Georgia: a lone
// "Georgia" in a document that names no country of its region is read as
// the US state.
func TestAliasesFile(t *testing.T) {
	forms, err := parseAliases(aliasData)
	if err != nil {
		t.Fatal(err)
	}
	if len(forms) < 300 {
		t.Errorf("only %d forms parsed from aliases.tsv", len(forms))
	}
	for _, f := range forms {
		text := "On Monday, officials said that " + f.Name + " would attend the talks hosted by Armenia."
		ms := runText(t, text)
		if len(ms) == 0 || text[ms[len(ms)-1].Start:ms[len(ms)-1].End] != "Armenia" {
			t.Errorf("%q: Armenia not found at the end: %s", f.Name, found(t, text))
			continue
		}
		ms = ms[:len(ms)-1]
		if f.Kind == kindBlocker {
			if len(ms) != 0 {
				t.Errorf("blocking phrase %q gave %s", f.Name, found(t, text))
			}
			continue
		}
		if len(ms) != 1 || text[ms[0].Start:ms[0].End] != f.Name || ms[0].Entity != "country:"+f.Code {
			t.Errorf("%s %q: got %q, want %q:%s", f.Code, f.Name, found(t, text), f.Name, f.Code)
		}
	}
}

// TestAliasFacts restates, independently of aliases.tsv, the facts a reviewer
// checks: which country each abbreviation, old name and demonym names.
func TestAliasFacts(t *testing.T) {
	facts := map[string]string{
		// abbreviations
		"U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB",
		"ROK": "KR", "DPRK": "KP", "PRC": "CN", "UAE": "AE", "DRC": "CD", "KSA": "SA", "BiH": "BA",
		// names
		"America": "US", "Britain": "GB", "Great Britain": "GB", "Holland": "NL", "Korea": "KR",
		"Republic of Korea": "KR", "Republic of China": "TW", "Chinese Taipei": "TW", "Holy See": "VA",
		"Viet Nam": "VN", "Congo-Brazzaville": "CG", "Congo-Kinshasa": "CD", "Republic of Congo": "CG",
		"U.S. Virgin Islands": "VI", "British Virgin Islands": "VG", "CNMI": "MP",
		// old and new names
		"Burma": "MM", "Türkiye": "TR", "Turkiye": "TR", "Swaziland": "SZ", "Eswatini": "SZ",
		"Czech Republic": "CZ", "Czechia": "CZ", "Ivory Coast": "CI", "Côte d'Ivoire": "CI",
		"Cote d'Ivoire": "CI", "Macedonia": "MK", "North Macedonia": "MK", "East Timor": "TL",
		"Timor-Leste": "TL", "Cape Verde": "CV", "Cabo Verde": "CV", "Myanmar": "MM",
		// pinned demonyms
		"American": "US", "British": "GB", "Dutch": "NL", "French": "FR", "Indian": "IN",
		// demonyms that differ from the name's stem
		"Japanese": "JP", "Chinese": "CN", "Iraqi": "IQ", "Iraqis": "IQ", "Syrians": "SY",
		"Jordanians": "JO", "Swiss": "CH", "Danish": "DK", "Danes": "DK", "Swedish": "SE",
		"Finnish": "FI", "Polish": "PL", "Poles": "PL", "Spanish": "ES", "Spaniards": "ES",
		"Turkish": "TR", "Turks": "TR", "Filipino": "PH", "Philippine": "PH", "Burmese": "MM",
		"Thai": "TH", "Lao PDR": "LA", "Laotian": "LA", "Emirati": "AE", "Saudi": "SA",
		"Malagasy": "MG", "Nigerien": "NE", "Nigerian": "NG", "Ivorian": "CI", "Swazi": "SZ",
		"Azeri": "AZ", "Kyrgyz": "KG", "Monegasque": "MC", "Burkinabe": "BF", "Bissau-Guinean": "GW",
		"Equatorial Guinean": "GQ", "Papua New Guinean": "PG", "Guinean": "GN", "South Sudanese": "SS",
		"Sudanese": "SD", "South Korean": "KR", "North Korean": "KP", "Briton": "GB", "Irish": "IE",
		"Greek": "GR", "Cypriot": "CY", "Croat": "HR", "Serb": "RS", "Slovene": "SI", "Czech": "CZ",
		"Slovak": "SK", "Palestinian": "PS", "Israeli": "IL", "Afghan": "AF", "Somali": "SO",
		"Argentine": "AR", "Salvadoran": "SV", "Cape Verdean": "CV", "Timorese": "TL",
	}
	for form, code := range facts {
		text := "Officials said " + form + " delegates agreed."
		if got, want := found(t, text), form+":"+code; got != want {
			t.Errorf("%q: got %q, want %q", form, got, want)
		}
	}
	// Forms that stay ambiguous have no country.
	for _, form := range []string{"Congo", "Congolese", "Dominican", "Korean", "Kurdish", "Arab", "Arabic", "Soviet Union", "Yugoslavia", "Scotland", "England"} {
		if got := found(t, "Officials said "+form+" delegates agreed."); got != "" {
			t.Errorf("%q: got %q, want no country", form, got)
		}
	}
}

func TestParseAliasesErrors(t *testing.T) {
	for _, bad := range []string{
		"US\tabbr\texact",                 // too few columns
		"USA\tabbr\texact\tUSA",           // bad code
		"US\tnickname\tcap\tUncle Sam",    // bad kind
		"-\tdemonym\tcap\tNorth America",  // a blocker must have kind block
		"US\tname\tloose\tAmerica",        // bad case
		"US\tname\tcap\tAmerica\tno hash", // note without #
		"US\tname\tcap\t America",         // stray space
	} {
		if _, err := parseAliases(bad); err == nil {
			t.Errorf("parseAliases(%q) accepted a bad line", bad)
		}
	}
	fs, err := parseAliases("# comment\n\nIQ\tdemonym\tcap\tIraqi(s)\t# plural too\n")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range fs {
		names = append(names, f.Name)
	}
	if got := strings.Join(names, ","); got != "Iraqi,Iraqis" || !fs[0].Demonym {
		t.Errorf("got %s (demonym %v), want Iraqi,Iraqis as demonyms", got, fs[0].Demonym)
	}
}

// TestNoFormNamesTwoCountries guards the table: one spelling, one country.
func TestNoFormNamesTwoCountries(t *testing.T) {
	tb, err := load()
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]string{}
	for _, f := range tb.forms {
		if f.Kind != kindCountry {
			continue
		}
		k := keyOf(f.Name)
		if prev, ok := byKey[k]; ok && prev != f.Code {
			t.Errorf("%q names both %s and %s", f.Name, prev, f.Code)
		}
		byKey[k] = f.Code
	}
}
