// Package gen writes synthetic policy-style documents for benchmarks and
// scale tests: sentences built from templates over countries, organisations,
// people, treaties and dates, so every extractor has work to do. The text is
// generated, not taken from any corpus.
package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var (
	countries = []string{"Japan", "India", "Australia", "the United States", "the U.S.", "France", "Germany", "Brazil", "South Korea", "Indonesia", "Viet Nam", "the Philippines", "Canada", "Kenya", "Nigeria", "Mexico", "the UK", "Poland", "Ukraine", "Türkiye"}
	orgs      = []string{"NATO", "the European Union", "ASEAN", "the Quad", "the United Nations", "the World Bank", "the IMF", "the African Union", "the G20", "the Department of State", "the Ministry of Foreign Affairs", "the Brookings Institution"}
	people    = []string{"Prime Minister Anna Keller", "President Tomas Rivera", "Secretary Ruth Okafor", "Minister Kenji Mori", "Ambassador Lena Ortiz", "Director-General Paul Mensah"}
	treaties  = []string{"the Paris Agreement", "the North Atlantic Treaty", "the UN Charter", "the Treaty on the Non-Proliferation of Nuclear Weapons", "the Geneva Conventions"}
	dates     = []string{"on March 3, 2024", "in 2021", "last year", "on Monday", "in the first half of 2025", "by 2030", "since the 1990s", "on 12 October 2023", "next month", "for six months"}
	verbs     = []string{"said", "warned", "stressed", "announced", "noted", "argued"}
	topics    = []string{"maritime security", "climate finance", "critical minerals", "supply chains", "nuclear non-proliferation", "public health", "cyber defence", "food security"}
	templates = []string{
		"%[1]s and %[2]s agreed %[5]s to deepen cooperation on %[6]s.",
		"%[3]s %[7]s that %[4]s remains the foundation of %[8]s policy.",
		"According to %[4]s, %[1]s will expand its support for %[6]s %[5]s.",
		"Officials from %[1]s met representatives of %[4]s in Geneva %[5]s.",
		"%[3]s %[7]s that %[2]s would honour its commitments under %[9]s.",
		"The joint statement welcomed progress on %[6]s and called for new investment.",
		"We will work with %[2]s and %[4]s to strengthen %[6]s across the region.",
	}
)

// Document returns a generated document of about words words, the same for
// the same seed.
func Document(seed uint64, words int) string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	var b strings.Builder
	n := 0
	for n < words {
		for range 3 + r.IntN(4) {
			s := fmt.Sprintf(pick(templates), pick(countries), pick(countries), pick(people), pick(orgs), pick(dates), pick(topics), pick(verbs), strings.TrimPrefix(pick(countries), "the "), pick(treaties))
			s = strings.ToUpper(s[:1]) + s[1:]
			b.WriteString(s)
			b.WriteByte(' ')
			n += len(strings.Fields(s))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}
