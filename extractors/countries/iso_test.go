package countries

import (
	"strings"
	"testing"

	"github.com/polexhq/polex/extractors/countries/internal/isodata"
)

// TestISOTableMatchesSource keeps iso3166.tsv what gountries says: after a
// gountries upgrade, `go generate ./extractors/countries` and review the diff.
func TestISOTableMatchesSource(t *testing.T) {
	want, err := isodata.Render()
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != isoData {
		t.Fatal("iso3166.tsv differs from github.com/pariz/gountries; run go generate ./extractors/countries")
	}
}

func TestParseISORejectsMalformedLines(t *testing.T) {
	good := isodata.Header + "country\tFR\tFRA\tFrance\tFrench Republic\nsub\tFR\tBretagne\n"
	got, err := parseISO(good)
	if err != nil {
		t.Fatal(err)
	}
	if c := got["FR"]; c == nil || c.Alpha3 != "FRA" || c.Official != "French Republic" || strings.Join(c.Subdivisions, ",") != "Bretagne" {
		t.Fatalf("parsed %+v", got["FR"])
	}
	for name, data := range map[string]string{
		"empty":              isodata.Header,
		"sub before country": "sub\tFR\tBretagne\n",
		"short line":         "country\tFR\tFRA\tFrance\n",
		"bad alpha-2":        "country\tFRA\tFRA\tFrance\tFrench Republic\n",
		"duplicate country":  "country\tFR\tFRA\tFrance\tFrench Republic\ncountry\tFR\tFRA\tFrance\tFrench Republic\n",
		"unknown kind":       "state\tFR\tBretagne\n",
	} {
		if _, err := parseISO(data); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
