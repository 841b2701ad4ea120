package claims

import (
	"strings"
	"testing"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/pipeline"
)

// benchText generates a policy-style text of about n words: reported
// speech, quotations, commitments and the author's statements of fact.
func benchText(n int) (string, []extractors.Mention) {
	paras := []string{
		"Prime Minister Lena Dahl said on Monday that the port of Tromsø would reopen in May. According to the Finance Ministry, exports fell by 4 percent in 2023.",
		"“We will not retreat from the Arctic,” Dahl said. Critics have dismissed the plan as too costly, and some officials warned that it could delay other projects.",
		"The corridor links Norway and Sweden and carried 40,000 trucks in 2022. We will invest $2 billion in rail by 2030, and we call on our partners to join us.",
		"Thank you all for coming. Why does this matter? Because the Arctic is changing faster than any other region of the world.",
	}
	var b strings.Builder
	var ms []extractors.Mention
	words := 0
	for words < n {
		for _, p := range paras {
			base := b.Len()
			b.WriteString(p)
			b.WriteString("\n\n")
			words += len(strings.Fields(p))
			for _, m := range []struct{ s, typ, id string }{{"Lena Dahl", "person", "person:lena-dahl"},
				{"Dahl said", "person", "person:lena-dahl"}, {"Finance Ministry", "organisation", "org:finance-ministry"},
				{"Norway", "country", "country:NO"}, {"Sweden", "country", "country:SE"}} {
				if i := strings.Index(p, m.s); i >= 0 {
					e := i + len(m.s)
					if m.s == "Dahl said" {
						e = i + len("Dahl")
					}
					ms = append(ms, extractors.Mention{Start: base + i, End: base + e, Type: m.typ, Entity: m.id})
				}
			}
		}
	}
	return b.String(), ms
}

// BenchmarkRun measures the extractor alone on a 3,000-word text (sentence
// splitting done once outside the loop, as the pipeline does it).
func BenchmarkRun(b *testing.B) {
	text, ms := benchText(3000)
	sents := pipeline.SplitSentences(text)
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		d := &extractors.Doc{Text: text, Sentences: sents, Mentions: ms}
		if _, err := Run(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
