package trigger

import (
	"reflect"
	"strings"
	"testing"

	"github.com/polexhq/polex/extractors/gazetteer"
	"github.com/polexhq/polex/internal/randtext"
)

// TestFindAllMatchesWholeText checks that the matcher run over the trigger
// windows finds what it finds over all the tokens, for names of every case
// rule, names that begin with "the", a mark or a digit, names without a
// capital, and names sharing words, in random company.
func TestFindAllMatchesWholeText(t *testing.T) {
	names := []struct {
		name string
		c    gazetteer.Case
	}{
		{"North Atlantic Treaty", gazetteer.Capitalised}, {"Treaty of Rome", gazetteer.Capitalised},
		{"NPT", gazetteer.Exact}, {"New START", gazetteer.Exact}, {"the Gulf", gazetteer.Capitalised},
		{"Gulf of Aden", gazetteer.Capitalised}, {"U.S.-Japan Security Treaty", gazetteer.Capitalised},
		{"1951 Refugee Convention", gazetteer.Capitalised}, {"-ism", gazetteer.Fold},
		{"climate accord", gazetteer.Fold}, {"paris agreement", gazetteer.Capitalised},
		{"Côte d'Ivoire", gazetteer.Capitalised}, {"Ţara", gazetteer.Capitalised}, {"Ab", gazetteer.Capitalised},
		{"Security Treaty between Australia, New Zealand, and the United States of America", gazetteer.Capitalised},
	}
	var es []gazetteer.Entry
	for i, n := range names {
		es = append(es, gazetteer.Entry{Name: n.name, Value: i, Case: n.c})
	}
	m, err := gazetteer.New(es)
	if err != nil {
		t.Fatal(err)
	}
	g := New(es, func(k string) bool { return k == "treaty" }, []string{"treaty", "accord"})
	pieces := []string{"the ", "The ", "of ", ", ", ". ", "\n\n", "-", "’s ", "(", ") ", "Treaty ", "treaty ",
		"TREATY ", "Accord ", "ACCORD ", "New ", "START ", "Start ", "Gulf ", "gulf ", "É", "é ", "\u0301", "1951 ",
		"cote d'ivoire ", "COTE D’IVOIRE ", "Tara ", "AB ", "ab "}
	for _, n := range names {
		pieces = append(pieces, n.name+" ", strings.ToUpper(n.name)+" ", strings.ToLower(n.name)+" ")
	}
	for _, text := range randtext.Texts(7, 8, 20000, 14, pieces) {
		toks := gazetteer.Tokenize(text)
		ws, marks := g.Scan(nil, nil, text, toks)
		if got, want := FindAll(m, text, toks, ws), m.FindAllTokens(text, toks); !reflect.DeepEqual(got, want) {
			t.Fatalf("windows %v of %q:\n%v\nwant\n%v", ws, text, got, want)
		}
		var wantMarks []int
		for i, tk := range toks {
			if (tk.Key == "treaty" || tk.Key == "accord") && upperStart(text[tk.Start:]) {
				wantMarks = append(wantMarks, i)
			}
		}
		if !reflect.DeepEqual(marks, wantMarks) {
			t.Fatalf("marks of %q: %v, want %v", text, marks, wantMarks)
		}
	}
}
