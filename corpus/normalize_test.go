package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalizeText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a\r\nb\rc\n", "a\nb\nc\n"},
		{"co\u00ADoperation", "cooperation"},
		{"zero\u200Bwidth\uFEFF and\u2060joiner", "zerowidth andjoiner"},
		{"\uFB01nal e\uFB00ort \uFB04uent", "final effort ffluent"},
		{"Cafe\u0301", "Café"}, // NFC
		{"line   \nnext\t\n\nend  ", "line\nnext\n\nend"},
		// Kept: paragraph layout, inner spacing, ZWNJ in Persian, ½.
		{"\n\n## Title\n\n\n\nBody  text", "\n\n## Title\n\n\n\nBody  text"},
		{"می\u200Cخواهم ½", "می\u200Cخواهم ½"},
		{"bad \xff byte", "bad \xff byte"},
	}
	for _, c := range cases {
		if got := NormalizeText(c.in); got != c.want {
			t.Errorf("NormalizeText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestJoinParagraphs(t *testing.T) {
	got := JoinParagraphs([]string{"  One\u00A0 two\n three ", "", " \t ", "Four\uFB01"})
	if want := "One two three\n\nFourfi"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestParsePageDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-09-25T23:30:00-04:00":     "2024-09-25",
		"2024-09-25":                    "2024-09-25",
		"Wed, 25 Sep 2024 10:00:00 GMT": "2024-09-25",
		"September 25, 2024":            "2024-09-25",
		"Published 3 March 2025":        "2025-03-03",
		"12. März 2025, 08:15 Uhr":      "2025-03-12",
		"9 de julio de 2024":            "2024-07-09",
		"Publié le 4 février 2025":      "2025-02-04",
		"2025年1月15日":                    "2025-01-15",
		"2023/10/05":                    "2023-10-05",
		"20250818":                      "2025-08-18",
		"25/09/2024":                    "2024-09-25",
		"05/06/2024":                    "", // day and month ambiguous
		"2023-02-30":                    "", // no such day
		"no date here":                  "",
		"Page 12":                       "",
	} {
		got, ok := ParsePageDate(in)
		if got != want || ok != (want != "") {
			t.Errorf("ParsePageDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func FuzzNormalizeText(f *testing.F) {
	for _, s := range []string{"", "a\r\nb", "co\u00ADop \uFB01", "Cafe\u0301  \n", "\xff\xfe\r", "\r\r\n\n  \t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := NormalizeText(s)
		if strings.ContainsAny(out, "\r\u00AD\u200B\uFEFF") {
			t.Errorf("%q -> %q keeps a removed character", s, out)
		}
		if NormalizeText(out) != out {
			t.Errorf("not idempotent on %q", s)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Errorf("valid input %q gave invalid output", s)
		}
	})
}

func FuzzParsePageDate(f *testing.F) {
	for _, s := range []string{"2024-09-25", "25 Sept. 2024", "2025年1月15日", "31.12.1999", "D:2023", "0000-00-00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := ParsePageDate(s); ok && (len(d) != 10 || d[4] != '-' || d[7] != '-') {
			t.Errorf("ParsePageDate(%q) = %q", s, d)
		}
	})
}

func BenchmarkNormalizeText(b *testing.B) {
	s := strings.Repeat("The co\u00ADoperation between ministries is ef\uFB01cient.  \r\n", 2000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		NormalizeText(s)
	}
}
