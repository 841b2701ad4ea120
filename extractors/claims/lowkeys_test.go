package claims

import (
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/polexhq/polex/extractors/gazetteer"
)

// lowKeys.lower finds the first token at the word or after it whatever the
// order of the words asked for: small steps, long jumps (the gallop) and
// going back (the search before the last position).
func TestLowKeysSearch(t *testing.T) {
	text := strings.Repeat("The U.S. and Japan, said Minister Kishida: “NATO’s 2024 plan”. ", 40)
	keys := gazetteer.Tokenize(text)
	lk := &lowKeys{keys: keys}
	rng := rand.New(rand.NewSource(1))
	i := 0
	for n := 0; n < 5000; n++ {
		switch rng.Intn(4) {
		case 0:
			i = rng.Intn(len(text))
		case 1:
			i = max(0, i-rng.Intn(40))
		default:
			i = min(len(text)-1, i+rng.Intn(200))
		}
		j := i
		for j < len(text) && text[j] >= 'A' && text[j] <= 'z' {
			j++
		}
		got := lk.lower(text, i, j)
		want := sort.Search(len(keys), func(k int) bool { return keys[k].Start >= i })
		if lk.k != want {
			t.Fatalf("lower at %d: position %d, want %d", i, lk.k, want)
		}
		if w := strings.ToLower(text[i:j]); j > i && text[i] < 0x80 && got != w {
			t.Fatalf("lower(%q) = %q, want %q", text[i:j], got, w)
		}
	}
}
