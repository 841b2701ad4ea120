package gazetteer

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// Row is one entry of a gazetteer data file.
type Row struct {
	Line    int      // 1-based line number in the file
	Slug    string   // the id slug: lower-case ASCII words joined by hyphens
	Fields  []string // the extra fields between slug and name (a kind, ...)
	Name    string   // canonical name
	Aliases []string
}

// Names is the canonical name followed by the aliases.
func (r Row) Names() []string { return append([]string{r.Name}, r.Aliases...) }

// SlugRE is the form of an id slug.
var SlugRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ErrEmptyTable is returned for a data file without entries.
var ErrEmptyTable = errors.New("empty table")

// ParseTable reads a gazetteer data file: one entry a line, tab-separated
// "slug, extra fields, name, aliases" where aliases (optional) are separated
// by " | "; blank lines and lines starting with "#" are skipped. It fails
// loudly on what would otherwise be a silent wrong match: a malformed or
// repeated slug, an empty name or alias, or a name claimed by two entries.
// Names are compared by fold (nil: their token keys, see Key), so case
// variants of one name may repeat within an entry but never across entries.
func ParseTable(src string, extra int, fold func(string) string) ([]Row, error) {
	if fold == nil {
		fold = Key
	}
	var out []Row
	slugLine := map[string]int{}
	owner := map[string]string{}
	for n, line := range strings.Split(src, "\n") {
		n++
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < extra+2 || len(f) > extra+3 {
			return nil, fmt.Errorf("line %d: want %d or %d tab-separated fields, got %d", n, extra+2, extra+3, len(f))
		}
		r := Row{Line: n, Slug: strings.TrimSpace(f[0]), Name: strings.TrimSpace(f[extra+1])}
		for _, x := range f[1 : extra+1] {
			r.Fields = append(r.Fields, strings.TrimSpace(x))
		}
		if !SlugRE.MatchString(r.Slug) {
			return nil, fmt.Errorf("line %d: malformed slug %q", n, r.Slug)
		}
		if prev, ok := slugLine[r.Slug]; ok {
			return nil, fmt.Errorf("line %d: slug %q already used on line %d", n, r.Slug, prev)
		}
		slugLine[r.Slug] = n
		if len(f) == extra+3 {
			for _, a := range strings.Split(f[extra+2], "|") {
				r.Aliases = append(r.Aliases, strings.TrimSpace(a))
			}
		}
		for _, name := range r.Names() {
			k := fold(name)
			if k == "" {
				return nil, fmt.Errorf("line %d (%s): empty name or alias", n, r.Slug)
			}
			if o, ok := owner[k]; ok && o != r.Slug {
				return nil, fmt.Errorf("line %d: %q claimed by both %q and %q", n, name, o, r.Slug)
			}
			owner[k] = r.Slug
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		return nil, ErrEmptyTable
	}
	return out, nil
}

// Key is the matcher's view of a name: its token keys joined by spaces, so
// two names with one key match the same text.
func Key(name string) string {
	var ks []string
	for _, t := range Tokenize(name) {
		ks = append(ks, t.Key)
	}
	return strings.Join(ks, " ")
}
