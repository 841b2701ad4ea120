// Package prosetext holds what every caller of prose needs around it: a
// document constructor that turns prose's panics into errors, and the
// straightening of the characters prose's tokenizer rewrites, with a map
// back to the original offsets so prose's tokens (which carry no offsets)
// can be aligned to the text.
package prosetext

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// NewDocument calls prose.NewDocument, turning its panics into errors.
func NewDocument(text string, opts ...prose.DocOpt) (d *prose.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("prose: %v", r)
		}
	}()
	return prose.NewDocument(text, opts...)
}

// Straighten replaces the characters prose's tokenizer rewrites (curly
// quotes, "&rsquo;") with their ASCII forms and returns, for every byte
// offset of the result and one past its end, the byte offset in s.
func Straighten(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	offs := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "&rsquo;") {
			b.WriteByte('\'')
			offs = append(offs, i)
			i += len("&rsquo;")
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\u201c', '\u201d':
			b.WriteByte('"')
			offs = append(offs, i)
		case '\u2018', '\u2019':
			b.WriteByte('\'')
			offs = append(offs, i)
		default:
			b.WriteString(s[i : i+size])
			for range size {
				offs = append(offs, i)
			}
		}
		i += size
	}
	offs = append(offs, len(s))
	return b.String(), offs
}
