// Package isodata renders the ISO 3166 facts the countries extractor uses
// (codes, common and official names, subdivision names) from
// github.com/pariz/gountries into the compact table iso3166.tsv.
//
// The extractor reads the table, not gountries: gountries unpacks and parses
// YAML for every country and subdivision when first queried, about a quarter
// of a second that every run paid before its first document. The table is
// regenerated with `go generate ./extractors/countries`, and a test fails
// when it no longer matches what gountries says.
package isodata

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/pariz/gountries"
)

// Header is the table's first lines, which say where it comes from.
const Header = `# ISO 3166 data for the countries extractor, generated from
# github.com/pariz/gountries by ` + "`go generate ./extractors/countries`" + `. Do not edit.
# country<TAB>alpha-2<TAB>alpha-3<TAB>common name<TAB>official name
# sub<TAB>alpha-2<TAB>subdivision name   (sorted by name within a country)
`

// Render returns the table: one country line per ISO 3166-1 entry, sorted by
// alpha-2 code, each followed by the names of its ISO 3166-2 subdivisions.
func Render() (out []byte, err error) {
	// gountries panics when its packed data cannot be read.
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("reading gountries data: %v", r)
		}
	}()
	all := gountries.New().FindAllCountries()
	codes := make([]string, 0, len(all))
	for a2 := range all {
		codes = append(codes, a2)
	}
	slices.Sort(codes)
	var b bytes.Buffer
	b.WriteString(Header)
	for _, a2 := range codes {
		c := all[a2]
		fields := []string{"country", c.Alpha2, c.Alpha3, c.Name.Common, c.Name.Official}
		if err := writeLine(&b, fields); err != nil {
			return nil, err
		}
		subs := c.SubDivisions()
		names := make([]string, 0, len(subs))
		for _, s := range subs {
			names = append(names, s.Name)
		}
		slices.Sort(names)
		for _, n := range names {
			if err := writeLine(&b, []string{"sub", a2, n}); err != nil {
				return nil, err
			}
		}
	}
	return b.Bytes(), nil
}

func writeLine(b *bytes.Buffer, fields []string) error {
	for _, f := range fields {
		if strings.ContainsAny(f, "\t\n\r") {
			return fmt.Errorf("gountries field %q holds a tab or line break", f)
		}
	}
	b.WriteString(strings.Join(fields, "\t"))
	b.WriteByte('\n')
	return nil
}
