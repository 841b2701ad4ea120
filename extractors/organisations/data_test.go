package organisations

import (
	"fmt"
	"strings"
	"testing"
)

func TestParseGazetteerRejectsBadEntries(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"alias claimed twice", "org:a | other | Alpha Group | AG\norg:b | other | Beta Group | AG\n", `alias "AG" of org:b is already claimed by org:a`},
		{"alias equal to another's name", "org:a | other | Alpha Group\norg:b | other | Beta Group | alpha group\n", "already claimed by org:a"},
		{"empty name", "org:a | other |  | AG\n", "empty name"},
		{"punctuation-only name", "org:a | other | -- \n", "empty name"},
		{"malformed id", "org:Alpha_Group | other | Alpha Group\n", "malformed id"},
		{"id without prefix", "alpha | other | Alpha Group\n", "malformed id"},
		{"id with double hyphen", "org:alpha--group | other | Alpha Group\n", "malformed id"},
		{"unknown kind", "org:a | club | Alpha Group\n", `unknown kind "club"`},
		{"bad wikidata", "org:a | other | Alpha Group | | 12345\n", "malformed wikidata"},
		{"duplicate id", "org:a | other | Alpha Group\norg:a | other | Beta Group\n", "already used on line 2"},
		{"too few fields", "org:a | other\n", "want 3 to 5 fields"},
		{"empty alias", "org:a | other | Alpha Group | AG;  ; AGX\n", "empty alias"},
		{"unknown licensor", "org:a | other | Alpha Group | ?Alpha@org:zzz\n", "unknown licensing id org:zzz"},
		{"licensor on strong alias", "org:a | other | Alpha Group | Alpha@org:a\n", "only a weak"},
		{"weak canonical name", "org:a | other | ?Alpha Group\n", "cannot be exact or weak"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGazetteer([]byte("# comment\n" + tt.data))
			if err == nil {
				t.Fatalf("ParseGazetteer accepted %q", tt.data)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not mention %q", err, tt.want)
			}
		})
	}
}

func TestParseGazetteerAliasRules(t *testing.T) {
	orgs, err := ParseGazetteer([]byte("org:a | other | Alpha Group | AG; =ALPHA; ?Alpha@org:b; LeT\norg:b | other | Beta\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := orgs[0].Aliases
	if len(a) != 5 {
		t.Fatalf("got %d aliases, want 5 (name + 4)", len(a))
	}
	if a[1].Case != 1 || a[2].Case != 1 || a[4].Case != 1 {
		t.Errorf("short, \"=\" and inner-capital aliases must be exact: %+v", a)
	}
	if !a[3].Weak || len(a[3].Licensors) != 1 || a[3].Licensors[0] != "org:b" || a[3].Text != "Alpha" {
		t.Errorf("weak alias parsed as %+v", a[3])
	}
}

func TestEmbeddedGazetteer(t *testing.T) {
	orgs, err := ParseGazetteer(gazetteerData)
	if err != nil {
		t.Fatal(err)
	}
	if len(orgs) < 400 {
		t.Errorf("gazetteer has %d organisations, want at least 400", len(orgs))
	}
	kindsSeen := map[string]int{}
	for _, o := range orgs {
		kindsSeen[o.Kind]++
	}
	for k := range kinds {
		if kindsSeen[k] == 0 {
			t.Errorf("no organisation of kind %q", k)
		}
	}
	for _, id := range []string{"org:nato", "org:quad", "org:aukus", "org:asean", "org:un-security-council", "org:hudson-institute"} {
		if _, ok := ix.byID[id]; !ok {
			t.Errorf("required id %s missing", id)
		}
	}
}

// TestEveryEntryFound puts every name and alias of the data file in a
// sentence and checks that it is found, whole, as its organisation. Weak
// aliases are tested in a document that also names the organisation.
func TestEveryEntryFound(t *testing.T) {
	n := 0
	for _, o := range ix.orgs {
		for _, a := range o.Aliases {
			n++
			prefix := ""
			if a.Weak {
				prefix = fmt.Sprintf("Officials of the %s spoke. ", o.Name)
			}
			text := fmt.Sprintf("%sLater, officials from %s met on Tuesday.", prefix, withThe(a.Text))
			wantStart := len(prefix) + len("Later, officials from ") + len(withThe(a.Text)) - len(a.Text)
			wantEnd := wantStart + len(a.Text)
			if possessorAlias(a.Text) {
				wantStart = trimPossessor(text, wantStart, wantEnd)
			}
			if strings.HasPrefix(a.Text, "the ") {
				wantStart = skipThe(text, wantStart, wantEnd)
			}
			found := false
			for _, m := range extract(t, text) {
				if m.Start == wantStart && m.End == wantEnd && m.Entity == o.ID {
					found = true
				}
			}
			if !found {
				t.Errorf("line %d: %s alias %q not found in %q; got %v", o.Line, o.ID, a.Text, text, spans(text, extract(t, text)))
			}
		}
	}
	t.Logf("%d organisations, %d names checked", len(ix.orgs), n)
}

// withThe puts "the " before a name unless the alias already has it.
func withThe(s string) string {
	if strings.HasPrefix(s, "the ") {
		return s
	}
	return "the " + s
}

func TestASCIIKeyIsAliasKey(t *testing.T) {
	names := []string{"", " ", "U.S. Army", "People's Bank  of China", "AT&T", "Al-`Qaeda`", "\"Quoted\" Name\t(QN)",
		"Ministry of Defence,", "a\x00b", "x–y", "Côte d’Ivoire", "CJTF-OIR", "  lead and trail  "}
	for _, o := range ix.orgs {
		for _, a := range o.Aliases {
			names = append(names, a.Text, strings.ToUpper(a.Text))
		}
	}
	for _, n := range names {
		k, ok := appendASCIIKey(nil, n)
		if !ok {
			continue
		}
		if want := aliasKey(n); string(k) != want {
			t.Errorf("appendASCIIKey(%q) = %q, aliasKey %q", n, k, want)
		}
	}
}
