package countries

import (
	"strings"
	"testing"
)

// BenchmarkRun measures throughput over a generated policy-style text with
// many country forms and the contexts the rules look at.
func BenchmarkRun(b *testing.B) {
	parts := []string{
		"Japanese Prime Minister Fumio Kishida met the U.S. President in Washington on Monday.",
		"Officials from Jordan, Iraq and Syria discussed Russia's role with their Turkish counterparts.",
		"In Atlanta, Georgia, the governor spoke about trade with China and the Republic of Korea.",
		"The Indian Ocean and the South China Sea matter to Australia, India and Indonesia.",
		"Jordan Peterson and Chad Smith are not countries, but Chad and Niger are.",
		"The European Union, NATO and ASEAN members met in Brussels to discuss the Indo-Pacific.",
	}
	text := strings.Repeat(strings.Join(parts, " ")+"\n\n", 40)
	if _, err := load(); err != nil {
		b.Fatal(err)
	}
	// Sentence splitting belongs to the pipeline: done once, outside the loop.
	d := newDoc(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Extractor.Run(d); err != nil {
			b.Fatal(err)
		}
	}
}
