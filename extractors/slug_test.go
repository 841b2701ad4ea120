package extractors

import "testing"

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"Shigeru Ishiba":              "shigeru-ishiba",
		"U.S. Army":                   "us-army",
		"People's Bank of China":      "peoples-bank-of-china",
		"O’Brien":                     "obrien",
		"Côte d'Ivoire":               "cote-divoire",
		"  Nuclear-Weapon-Free Zone ": "nuclear-weapon-free-zone",
		"G20 — Summit":                "g20-summit",
		"Resolution 68/262":           "resolution-68-262",
		"Москва":                      "",
		"Stanisław Wałęsa":            "stanislaw-walesa",
		"Søren Østergaard":            "soren-ostergaard",
		"Đoàn Thị Hương":              "doan-thi-huong",
		"Straße des 17. Juni":         "strasse-des-17-juni",
	}
	for in, want := range tests {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}
