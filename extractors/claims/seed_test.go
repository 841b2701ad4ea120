package claims

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/pipeline"
)

// goldRecord is the part of a polex.doc/v1 gold record the seed test reads.
type goldRecord struct {
	Text     string `json:"text"`
	Mentions []struct {
		Start, End int
		Type       string
		Entity     string
		Value      string
		Optional   bool
	} `json:"mentions"`
	Claims []struct {
		Start, End int
		Text       string
		Kind       string
		Speaker    struct {
			Entity, Text, Role string
		}
	} `json:"claims"`
}

// byteOffsets maps code-point offsets of s to byte offsets.
func byteOffsets(s string) []int {
	offs := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// TestSeedEssay runs the extractor on the seed essay with the gold record's
// mentions standing in for the entity extractors, and checks the aim:
// every gold claim found with the right speaker, at most 3 further claims.
// The essay and its gold record are read from the shared corpus, never
// copied; the test is skipped where that corpus is absent.
func TestSeedEssay(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "corpus", "seed", "asian-nato.gold.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	var g goldRecord
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatalf("reading gold: %v", err)
	}
	bo := byteOffsets(g.Text)
	d := &extractors.Doc{Text: g.Text, Sentences: pipeline.SplitSentences(g.Text)}
	for _, m := range g.Mentions {
		d.Mentions = append(d.Mentions, extractors.Mention{Start: bo[m.Start], End: bo[m.End], Type: m.Type, Entity: m.Entity, Value: m.Value})
	}
	res, err := Run(d)
	if err != nil {
		t.Fatal(err)
	}
	used := make([]bool, len(res.Claims))
	for _, gc := range g.Claims {
		gs, ge := bo[gc.Start], bo[gc.End]
		found := false
		for k, c := range res.Claims {
			if c.Start < ge && gs < c.End {
				used[k] = true
				ok := gc.Speaker.Role == c.Speaker.Role && (gc.Speaker.Entity == "" || gc.Speaker.Entity == c.Speaker.Entity) &&
					(gc.Speaker.Text == "" || gc.Speaker.Text == c.Speaker.Text)
				if ok {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("gold claim %q (speaker %+v) not found with the right speaker", gc.Text, gc.Speaker)
		}
	}
	extra := 0
	for k, c := range res.Claims {
		if !used[k] {
			extra++
			t.Logf("further claim: %q speaker=%+v kind=%s", g.Text[c.Start:c.End], c.Speaker, c.Kind)
		}
	}
	if extra > 3 {
		t.Errorf("%d further claims, want at most 3", extra)
	}
	if testing.Verbose() {
		for _, c := range res.Claims {
			cue := ""
			if c.Cue != nil {
				cue = c.Cue.Text
			}
			t.Logf("%s [%s|%s|%s|%v] cue=%q h=%v n=%v c=%v: %q", c.Kind, c.Speaker.Entity, c.Speaker.Text, c.Speaker.Role, c.Speaker.Members, cue, c.Hedged, c.Negated, c.Conditional, g.Text[c.Start:c.End])
		}
	}
}
