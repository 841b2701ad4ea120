package claims

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The fast paths must answer as the library calls they replace.

var fastSamples = []string{"", "a", "U", "U.", "U.S", "U.S.", "U.S..", "U..S", "US", "u.s.", "É.U.", "don’t", "Russia's",
	"O'Neill", "rock’n’roll", "’s", "n’t", "it’S", "CAN’T", "we’ll", "  two  words ", "the\u00a0two leaders", "Tromsø",
	"the President", "thank you — and, joined by the team", "we'll take questions", "i'll start", "refer your",
	"Q: why?", "MR. ZIENTS: yes", "- item", "• item", "12. item", "**BOLD:** text", "> quoted"}

func TestFastPathsAgree(t *testing.T) {
	for _, s := range fastSamples {
		if got, want := lastApostrophe(s), strings.LastIndexAny(s, "'’"); got != want {
			t.Errorf("lastApostrophe(%q) = %d, want %d", s, got, want)
		}
		if got, want := isDottedInitials(s), splitInitials(s); got != want {
			t.Errorf("isDottedInitials(%q) = %v, want %v", s, got, want)
		}
		w0, w1, last, n := fields(s)
		fs := strings.Fields(s)
		if n != len(fs) || n > 0 && (w0 != fs[0] || last != fs[n-1]) || n > 1 && w1 != fs[1] {
			t.Errorf("fields(%q) = %q %q %q %d, want %q", s, w0, w1, last, n, fs)
		}
		low := strings.ToLower(s)
		naive := false
		for _, p := range procedural {
			naive = naive || strings.Contains(low, p)
		}
		if got := hasProcedural(low); got != naive {
			t.Errorf("hasProcedural(%q) = %v, want %v", low, got, naive)
		}
		if got := hasProcedural(s); got != naive {
			t.Errorf("hasProcedural(%q) = %v on the text as written, want %v", s, got, naive)
		}
		checkLabel(t, s)
		if bulletRE.MatchString(s) && !bulletStart(s) {
			t.Errorf("bulletStart(%q) = false, but bulletRE matches", s)
		}
		for _, w := range scanWords(s, 0, len(s)) {
			if wt := s[w.start:w.end]; !w.punct && w.low != lower(wt) {
				t.Errorf("%q: word %q low %q, want %q", s, wt, w.low, lower(wt))
			}
		}
	}
	for r := rune(0); r < 0x3000; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// checkLabel checks labelIndex on s against labelRE.
func checkLabel(t *testing.T, s string) {
	t.Helper()
	label, end, ok := labelIndex(s)
	m := labelRE.FindStringSubmatchIndex(s)
	if ok != (m != nil) || ok && (label != m[3] || end != m[1]) {
		t.Errorf("labelIndex(%q) = %d %d %v, want %v", s, label, end, ok, m)
	}
}

func TestLabelIndexAgrees(t *testing.T) {
	for _, s := range []string{"MR. ZIENTS: yes", "THE PRESIDENT: Thank you.", "Q: why?", "A:", "A: ", "A:\tx", "A:\nx",
		"AB :x", "A B C D E F: x", "A B C D E F G: x", "A B C D E Fg: x", "A  \t B: x", "A b: x", "MS. O’NEILL: x",
		"MS. O’: x", "A’B: x", "A\xe2\x80: x", "A-B.C'D: x", "A1: x", "A :x", "A: \u00a0", "A:\u00a0x", "SAFEGUARDING THE NATION: x",
		"A B:", "A B: ", "A ", "A", "", "a: x", "A\u00a0B: x", "A B C D E F G H: x", "A: ’", "A B", "A B ", "AB’"} {
		checkLabel(t, s)
		for k := 0; k <= len(s); k++ {
			checkLabel(t, s[:k])
		}
	}
}

// splitInitials is the plain reading of isDottedInitials.
func splitInitials(w string) bool {
	for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		r, _ := utf8.DecodeRuneInString(part)
		if utf8.RuneCountInString(part) != 1 || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func asciiLower(s string) string {
	b := []byte(s)
	for k, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 32
		}
	}
	return string(b)
}

func TestLookupAgrees(t *testing.T) {
	ws := strings.Fields("the of and president minister said warned will zebra xylophone Ukraine communiqué , . — 2024 don't")
	for w := range vocab {
		ws = append(ws, w, w+"s", "x"+w)
	}
	for _, w := range ws {
		if lookup(w) != vocab[w] {
			t.Errorf("lookup(%q) differs from the map", w)
		}
		// lookupFolded of every casing of w is the entry of its lower case
		for _, c := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], asciiUpperAlternate(w)} {
			e := lookupFolded(c)
			want := vocab[asciiLower(c)]
			if e == nil && want != nil || e != nil && (e.info != want || e.word != asciiLower(c) || e.cls != want.cls) {
				t.Errorf("lookupFolded(%q) = %+v, want the entry of %q", c, e, asciiLower(c))
			}
		}
	}
}

func TestAppendLowerAgrees(t *testing.T) {
	for _, s := range []string{"", "plain words", "We’ll TAKE Questions", "İstanbul KELVIN \u212a",
		"bad \xff\xfe UTF-8 \xe2\x80", "ÀÉÎ Ω ǅ ß ﬁ", "I’ll start with", "\ufffd ’’ '"} {
		if got, want := string(appendLower(nil, s)), lower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := hasProcedural(appendLower(nil, s)), hasProcedural(lower(s)); got != want {
			t.Errorf("hasProcedural on the buffer of %q = %v, want %v", s, got, want)
		}
	}
}

// TestProceduralAsWritten checks procedural, which reads the text as
// written, against hasProcedural of the lowered text.
func TestProceduralAsWritten(t *testing.T) {
	// the letters procedural lowers itself are the only ones whose lower
	// case is ASCII, and none lowers to a curly apostrophe
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf && r != '\u212a' && r != '\u0130' || l == '’' && r != '’' {
			t.Errorf("%U lowers to %U", r, l)
		}
	}
	texts := []string{"We’ll take questions.", "I’ll start with this.", "I’LL START", "i’ll  start", "I’ll star", "’ll start",
		"Joined By", "JOİNED BY", "TAKE QUESTİONS", "tаKE questions", "He rejoined by boat", "With Us Today",
		"over to you", "OVER TO YOU’", "x\xffjoined by", "Embargoed until", "embargo", "I'll start", "I’ll’ll start"}
	for _, p := range procedural {
		texts = append(texts, p, strings.ToUpper(p), "x"+p[:len(p)-1], strings.ReplaceAll(p, "'", "’"),
			strings.ReplaceAll(strings.ToUpper(p), "'", "’"), strings.ReplaceAll(p, "i", "\u0130"), strings.ReplaceAll(p, "k", "\u212a"))
	}
	for _, s := range texts {
		a := &analyzer{text: "“" + s + "”"}
		if got, want := a.procedural(len("“"), len("“")+len(s)), hasProcedural(lower(s)); got != want {
			t.Errorf("procedural(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMaySpeakerTitle checks that the test before titleSpeakerRE lets
// through every title start the expression matches.
func TestMaySpeakerTitle(t *testing.T) {
	for _, title := range []string{"Remarks by President Biden", "REMARKS BY THE PRESIDENT", "Statement from Press Secretary",
		"Op-Ed by Secretary Blinken", "Readout of the Vice President’s Call", "Speech by", "Proclamation of", "FACT SHEET: Biden",
		"Message from the First Lady", "Letter of", "Address by", "Interview of", "Remar\u212as by the President",
		"Statement oſ Joe Biden", "Joint Statement", "remarks  by\tthe president ", "Remarks as Prepared for Delivery by"} {
		for k := 0; k <= len(title); k++ {
			if titleSpeakerRE.MatchString(title[:k]) && !maySpeakerTitle(strings.ToLower(title)) {
				t.Errorf("maySpeakerTitle(%q) = false, but the expression matches %q", title, title[:k])
			}
		}
	}
}

// asciiUpperAlternate capitalises every other ASCII letter of s.
func asciiUpperAlternate(s string) string {
	b := []byte(s)
	for k, c := range b {
		if k%2 == 0 && 'a' <= c && c <= 'z' {
			b[k] = c - 32
		}
	}
	return string(b)
}
