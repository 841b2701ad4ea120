package claims

import (
	"strings"
	"testing"
)

// trimClosers must trim exactly what strings.TrimRight trims with the
// cutsets it stands for, curly quotes, other marks and broken UTF-8 included.
func TestTrimClosers(t *testing.T) {
	cuts := []struct {
		set *closers
		cut string
	}{{&sentenceClosers, " ”\"’)]*_"}, {&authorClosers, " \t\n*_”\"’)]"}}
	inputs := []string{"", "?", "Is it?” ", "It is.**", "It is.\n", "(yes?)]", "said ‘no’’”", "a\u201c", "x\xe2\x80",
		"x\x80\x9d", "\xe2\x80\x9d", "¿Qué?_ _", "It is.\t”\t", "end…", "x’\xe2", "A.*_ ”)’"}
	for _, c := range cuts {
		for _, in := range inputs {
			if got, want := trimClosers(in, c.set), strings.TrimRight(in, c.cut); got != want {
				t.Errorf("trimClosers(%q) with %q = %q, want %q", in, c.cut, got, want)
			}
		}
	}
}
