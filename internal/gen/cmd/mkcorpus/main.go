// Command mkcorpus builds a large JSONL corpus for scale measurements by
// repeating the documents of existing inputs (files, directories, JSONL)
// under new ids until the output reaches a size. The data stays outside the
// repository: point it at a corpus you have, write to a scratch file.
//
//	go run ./internal/gen/cmd/mkcorpus -size 200 -o /tmp/big.jsonl ../shared/corpus/whitehouse/
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/polexhq/polex/corpus"
)

func main() {
	size := flag.Int("size", 200, "target size in MB")
	out := flag.String("o", "", "output JSONL file")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: mkcorpus -size MB -o OUT.jsonl INPUT...")
		os.Exit(2)
	}
	var docs []*corpus.Document
	for in := range corpus.Inputs(flag.Args(), corpus.Options{}) {
		if d, err := in.Load(context.Background()); err == nil {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		fmt.Fprintln(os.Stderr, "mkcorpus: no documents in the inputs")
		os.Exit(1)
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	w := bufio.NewWriter(f)
	written, n := int64(0), 0
	for copyNo := 0; written < int64(*size)<<20; copyNo++ {
		for _, d := range docs {
			line, _ := json.Marshal(map[string]any{
				"id": fmt.Sprintf("%s#%d", d.ID, copyNo), "text": d.Text,
				"title": d.Meta.Title, "published": d.Meta.Published,
			})
			w.Write(line)
			w.WriteByte('\n')
			written += int64(len(line) + 1)
			n++
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	f.Close()
	fmt.Fprintf(os.Stderr, "mkcorpus: %d records, %d MB\n", n, written>>20)
}
