// Command isogen writes the countries extractor's ISO 3166 table
// (iso3166.tsv) from github.com/pariz/gountries; run it through
// `go generate ./extractors/countries`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/polexhq/polex/extractors/countries/internal/isodata"
)

func main() {
	out := flag.String("o", "iso3166.tsv", "file to write")
	flag.Parse()
	b, err := isodata.Render()
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "isogen:", err)
		os.Exit(1)
	}
}
