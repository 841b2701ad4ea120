package gazetteer

import (
	"errors"
	"strings"
	"testing"
)

func TestParseTable(t *testing.T) {
	rows, err := ParseTable("# comment\n\nnpt\ttreaty\tNon-Proliferation Treaty\tNPT | Nonproliferation Treaty\nun-charter\tcharter\tUN Charter\tUN charter\n", 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Slug != "npt" || rows[0].Fields[0] != "treaty" || len(rows[0].Aliases) != 2 || rows[1].Line != 4 {
		t.Fatalf("rows = %+v", rows)
	}
	bad := []struct{ name, src, want string }{
		{"collision", "a\tx\tAlpha\nb\tx\tBeta\tALPHA", "claimed by both"},
		{"empty name", "a\tx\t ", "empty name"},
		{"empty alias", "a\tx\tAlpha\tA1 |", "empty name"},
		{"bad slug", "A_1\tx\tAlpha", "malformed slug"},
		{"repeated slug", "a\tx\tAlpha\na\tx\tBeta", "already used"},
		{"fields", "a\tAlpha", "tab-separated"},
	}
	for _, tt := range bad {
		if _, err := ParseTable(tt.src, 1, nil); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
	if _, err := ParseTable("# only\n", 0, nil); !errors.Is(err, ErrEmptyTable) {
		t.Errorf("empty: err = %v", err)
	}
}
