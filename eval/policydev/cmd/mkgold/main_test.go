package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun builds a tiny dev set from tables and a text written here and
// checks the gold offsets, the longer-mention rule, the date cells and the
// separate claim and date sets.
func TestRun(t *testing.T) {
	corpusDir, tables, out := t.TempDir(), t.TempDir(), t.TempDir()
	text := "Título\n\nThe Quad Vaccine Partnership and the Quad met on 5 May 2024. NATO’s chief spoke.\n"
	write(t, filepath.Join(corpusDir, "a.txt"), text)
	write(t, filepath.Join(corpusDir, "b.txt"), "Nothing here.\n")
	write(t, filepath.Join(tables, "dates-y.tsv"), "d2\t-\t-\tdate\t-\t-\n")
	write(t, filepath.Join(tables, "docs.tsv"), "# id\tfile\tref\tkind\tclaims\nd1\ta.txt\t2024-05-06\tstatement\tyes\nd2\tb.txt\t-\tstatement\tno\n")
	write(t, filepath.Join(tables, "mentions-x.tsv"), "d1\tQuad\t*\torganisation\torg:quad\t-\n"+
		"d1\tQuad Vaccine Partnership\t1\torganisation\torg:qvp\toptional\n"+
		"d1\tNATO\t*\torganisation\torg:nato\t-\n")
	write(t, filepath.Join(tables, "dates-x.tsv"), "d1\t5 May 2024\t*\tdate\tDATE:2024-05-05\t-\n")
	write(t, filepath.Join(tables, "claims.tsv"), "d1\tNATO’s chief spoke\t1\tauthor\t-\tassertion\n")
	if err := run(corpusDir, tables, out, ""); err != nil {
		t.Fatal(err)
	}
	gold := readGold(t, filepath.Join(out, "gold.jsonl"))
	if len(gold) != 1 {
		t.Fatalf("entity set has %d documents, want 1 (d2 has no annotation)", len(gold))
	}
	var got []string
	runes := []rune(gold[0].Text)
	for _, m := range gold[0].Mentions {
		if string(runes[m.Start:m.End]) != m.Text {
			t.Errorf("offsets %d-%d give %q, not %q", m.Start, m.End, string(runes[m.Start:m.End]), m.Text)
		}
		got = append(got, m.Text+"|"+m.Entity)
	}
	// "Quad" inside the optional partnership belongs to it.
	if want := "Quad Vaccine Partnership|org:qvp Quad|org:quad NATO|org:nato"; strings.Join(got, " ") != want {
		t.Errorf("mentions %q, want %q", strings.Join(got, " "), want)
	}
	dates := readGold(t, filepath.Join(out, "dates-gold.jsonl"))
	// d2 was read for dates and has none: it is in the date set, empty.
	if len(dates) != 2 || len(dates[0].Mentions) != 1 || dates[0].Mentions[0].Value != "2024-05-05" || dates[0].Mentions[0].TimexType != "DATE" || len(dates[1].Mentions) != 0 {
		t.Errorf("dates: %+v", dates)
	}
	claims := readGold(t, filepath.Join(out, "claims-gold.jsonl"))
	if len(claims) != 1 || len(claims[0].Claims) != 1 {
		t.Errorf("claims: %+v", claims)
	}
}

func TestRunRejectsBadTables(t *testing.T) {
	for name, row := range map[string]string{
		"form not in the text": "d1\tASEAN\t*\torganisation\torg:asean\t-\n",
		"occurrence too high":  "d1\tQuad\t3\torganisation\torg:quad\t-\n",
		"same span twice":      "d1\tQuad\t*\torganisation\torg:quad\t-\nd1\tQuad\t1\tperson\tperson:quad\t-\n",
		"partial overlap":      "d1\tQuad met\t1\torganisation\torg:x\t-\nd1\tmet on\t1\torganisation\torg:y\t-\n",
		"unknown type":         "d1\tQuad\t*\tthing\torg:quad\t-\n",
		"bad date cell":        "d1\tQuad\t*\tdate\t2024\t-\n",
	} {
		t.Run(name, func(t *testing.T) {
			corpusDir, tables := t.TempDir(), t.TempDir()
			write(t, filepath.Join(corpusDir, "a.txt"), "The Quad met on Monday.\n")
			write(t, filepath.Join(tables, "docs.tsv"), "d1\ta.txt\t-\tstatement\tno\n")
			write(t, filepath.Join(tables, "mentions-x.tsv"), row)
			write(t, filepath.Join(tables, "claims.tsv"), "")
			if err := run(corpusDir, tables, t.TempDir(), ""); err == nil {
				t.Error("accepted")
			}
		})
	}
}

type goldRec struct {
	Text     string `json:"text"`
	Mentions []struct {
		Start, End int
		Text       string `json:"text"`
		Entity     string `json:"entity"`
		Value      string `json:"value"`
		TimexType  string `json:"timex_type"`
	} `json:"mentions"`
	Claims []json.RawMessage `json:"claims"`
}

func readGold(t *testing.T, path string) []goldRec {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldRec
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r goldRec
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
