package output

import (
	"fmt"
	"hash/fnv"
	"strings"
	"testing"
)

func TestShardOf(t *testing.T) {
	// The partition is part of the interface (copies on different machines,
	// perhaps different polex builds, must agree): pin some values.
	for _, tc := range []struct {
		id   string
		n    int
		want int
	}{
		{"", 3, 2},           // FNV offset basis 14695981039346656037 % 3
		{"a", 3, 1},          // 0xaf63dc4c8601ec8c % 3
		{"docs/a.txt", 1, 0}, // n = 1: one shard
		{"docs/a.txt", 0, 0}, // n ≤ 0 is treated as 1
	} {
		if got := ShardOf(tc.id, tc.n); got != tc.want {
			t.Errorf("ShardOf(%q, %d) = %d, want %d", tc.id, tc.n, got, tc.want)
		}
	}
	counts := make([]int, 3)
	for i := range 3000 {
		id := fmt.Sprintf("corpus/whitehouse/%05d.html", i)
		h := fnv.New64a()
		h.Write([]byte(id))
		s := ShardOf(id, 3)
		if want := int(h.Sum64() % 3); s != want {
			t.Fatalf("ShardOf(%q) = %d, hash/fnv says %d", id, s, want)
		}
		counts[s]++
	}
	for i, c := range counts {
		if c < 900 || c > 1100 {
			t.Errorf("shard %d got %d of 3000 ids", i, c)
		}
	}
}

func TestParseShard(t *testing.T) {
	for _, tc := range []struct {
		spec    string
		i, n    int
		wantErr string
	}{
		{spec: "0/3", i: 0, n: 3},
		{spec: "2/3", i: 2, n: 3},
		{spec: " 0/1 ", i: 0, n: 1},
		{spec: "007/10", i: 7, n: 10},
		{spec: "3/3", wantErr: "counts from 0"},
		{spec: "1/0", wantErr: "at least 1"},
		{spec: "0/0", wantErr: "at least 1"},
		{spec: "-1/3", wantErr: "whole numbers"},
		{spec: "+1/3", wantErr: "whole numbers"},
		{spec: "1 / 3", wantErr: "whole numbers"},
		{spec: "1/3/4", wantErr: "whole numbers"},
		{spec: "1", wantErr: "want i/n"},
		{spec: "", wantErr: "want i/n"},
		{spec: "a/b", wantErr: "whole numbers"},
		{spec: "1/99999999999999999999999", wantErr: "whole numbers"},
	} {
		i, n, err := ParseShard(tc.spec)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParseShard(%q) = %d, %d, %v; want error containing %q", tc.spec, i, n, err, tc.wantErr)
			}
			continue
		}
		if err != nil || i != tc.i || n != tc.n {
			t.Errorf("ParseShard(%q) = %d, %d, %v; want %d, %d", tc.spec, i, n, err, tc.i, tc.n)
		}
	}
}
