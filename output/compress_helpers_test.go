package output

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/polexhq/polex/corpus"
)

// Synthetic records for the tests and benchmarks of this package: text made
// of a small invented vocabulary with a skewed word distribution (so it
// compresses roughly like prose), with sentences, mentions, entities and
// claims over it, shaped as the pipeline fills a Record.

var testWords = strings.Fields(`the of and to in a that is for on with as by
it be are this was from at not an have has its which or will their more
ministers council agreed framework security cooperation regional partners
alliance treaty summit delegation statement minister foreign defence policy
economic trade agreement negotiations parliament committee commitment
strategy maritime sovereignty stability reform budget investment`)

var testPlaces = []struct{ name, id, typ string }{
	{"Norway", "country:NO", "country"}, {"Chile", "country:CL", "country"},
	{"the Andean Community", "org:andean-community", "organisation"},
	{"Oslo Accords", "treaty:oslo-accords", "treaty"},
	{"Maria Lindqvist", "person:maria-lindqvist", "person"},
	{"Southeast Asia", "region:southeast-asia", "region"},
}

// testRecord builds the record of input seq with about words words of text.
func testRecord(seq int, id string, words int) Record {
	rng := rand.New(rand.NewPCG(uint64(seq), 7))
	var b strings.Builder
	var sents []Sentence
	var ments []Mention
	start := 0
	for w := 0; w < words; w++ {
		if w > 0 {
			b.WriteByte(' ')
		}
		if rng.IntN(25) == 0 {
			p := testPlaces[rng.IntN(len(testPlaces))]
			s := utf8.RuneCountInString(b.String())
			b.WriteString(p.name)
			ments = append(ments, Mention{Start: s, End: s + len(p.name), StartByte: s, EndByte: s + len(p.name), Text: p.name, Type: p.typ, Entity: p.id, Extractor: p.typ + "s"})
		} else {
			// Squaring skews the draw towards the first (common) words.
			f := rng.Float64()
			b.WriteString(testWords[int(f*f*float64(len(testWords)))])
		}
		if rng.IntN(18) == 0 || w == words-1 {
			b.WriteByte('.')
			end := utf8.RuneCountInString(b.String())
			sents = append(sents, Sentence{start, end})
			start = end + 1
		}
	}
	ents := []Entity{}
	for _, p := range testPlaces {
		n := 0
		for _, m := range ments {
			if m.Entity == p.id {
				n++
			}
		}
		if n > 0 {
			ents = append(ents, Entity{ID: p.id, Type: p.typ, Name: strings.TrimPrefix(p.name, "the "), Count: n, Forms: []string{p.name}})
		}
	}
	claims := []Claim{}
	if len(sents) > 1 {
		claims = append(claims, Claim{ID: "c1", Start: sents[1].Start, End: sents[1].End, Text: "…", Speaker: Speaker{Role: "author"}, Kind: "assertion", Confidence: 0.6, Entities: []string{}, Dates: []string{}})
	}
	text := b.String()
	return Record{
		Schema: DocSchema, ID: id, Seq: seq,
		Source:    corpus.Source{URI: "corpus/" + id + ".txt", Kind: "file", Bytes: int64(len(text)), SHA256: fmt.Sprintf("%064x", seq)},
		Meta:      corpus.Meta{Title: "Statement " + id},
		RefDate:   RefDate{Value: "2024-05-01", From: "meta"},
		Text:      text,
		Sentences: sents, Mentions: ments, Entities: ents, Claims: claims,
		Pipeline: Pipeline{Version: "test", Extractors: []string{"countries", "dates"}},
	}
}

// testLine is testRecord encoded as an output line.
func testLine(tb testing.TB, seq int, id string, words int) []byte {
	tb.Helper()
	line, err := Marshal(testRecord(seq, id, words))
	if err != nil {
		tb.Fatal(err)
	}
	return line
}

// testErrorLine is an error record line.
func testErrorLine(tb testing.TB, seq int, id string) []byte {
	tb.Helper()
	line, err := Marshal(ErrorRecord{Schema: ErrorSchema, ID: id, Seq: seq, Source: corpus.Source{URI: id, Kind: "file"}, Stage: "read", Error: "cannot read " + id})
	if err != nil {
		tb.Fatal(err)
	}
	return line
}

// testJSONL is n record lines of about words words each.
func testJSONL(tb testing.TB, n, words int) []byte {
	var out []byte
	for i := range n {
		out = append(out, testLine(tb, i, fmt.Sprintf("doc-%04d", i), words)...)
	}
	return out
}
