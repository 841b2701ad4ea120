package pipeline_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/polexhq/polex/corpus"
	"github.com/polexhq/polex/extractors/all"
	"github.com/polexhq/polex/internal/gen"
	"github.com/polexhq/polex/output"
	"github.com/polexhq/polex/pipeline"
)

type discard struct{}

func (discard) Document(r *output.Record) error {
	_, err := output.Marshal(r)
	return err
}
func (discard) Error(*output.ErrorRecord) error { return nil }

// DocumentLine takes records the workers encoded, as the CLI's writer does.
func (discard) DocumentLine(*output.Record, []byte) error { return nil }

// BenchmarkPipeline runs every extractor over a generated corpus of 40
// documents of ~1,500 words, encoding each record, and reports words/second.
// Compare workers=1 and workers=2 for scaling.
func BenchmarkPipeline(b *testing.B) {
	p, err := pipeline.New(pipeline.Config{Extractors: all.Extractors()})
	if err != nil {
		b.Fatal(err)
	}
	var docs []string
	words := 0
	for i := range 40 {
		d := gen.Document(uint64(i), 1500)
		docs = append(docs, d)
		words += pipeline.CountWords(d)
	}
	inputs := func(yield func(corpus.Input) bool) {
		for i, d := range docs {
			id := fmt.Sprintf("gen-%d", i)
			if !yield(corpus.NewInput(id, "jsonl", func(context.Context) (*corpus.Document, error) {
				return &corpus.Document{ID: id, Text: d, RefDate: "2024-09-25"}, nil
			})) {
				return
			}
		}
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.Run(context.Background(), inputs, discard{}, pipeline.RunOptions{Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}

// BenchmarkProseReference runs prose's own pipeline (segmentation, tagging
// and entity extraction, model loaded once) over the same generated corpus:
// the reference polex's words/second is compared with, in the same run.
func BenchmarkProseReference(b *testing.B) {
	model := prose.ModelFromData("reference")
	var docs []string
	words := 0
	for i := range 10 {
		d := gen.Document(uint64(i), 1500)
		docs = append(docs, d)
		words += pipeline.CountWords(d)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := prose.NewDocument(d, prose.UsingModel(model)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
