package output

import (
	"fmt"
	"strconv"
	"strings"
)

// ShardOf returns the shard (0..n-1) an input with this id belongs to:
// FNV-1a 64 of the id's bytes, modulo n. It depends on nothing but the id,
// so every copy of a sharded run, on whatever machine, agrees on the
// partition, and the shards' union is every input exactly once. n ≤ 1 gives
// shard 0.
func ShardOf(id string, n int) int {
	if n <= 1 {
		return 0
	}
	return int(fnv1a(id) % uint64(n))
}

// fnv1a is the 64-bit FNV-1a hash (as hash/fnv's New64a computes, without
// its allocation).
func fnv1a(s string) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime
	}
	return h
}

// ParseShard parses a --shard spec "i/n": run shard i of n, with
// 0 ≤ i < n. The index is 0-based because the schedulers that run the
// copies count from 0: a Kubernetes Indexed Job's JOB_COMPLETION_INDEX is
// 0..completions-1, a Slurm array declared --array=0-(n-1) sets
// SLURM_ARRAY_TASK_ID to 0..n-1, and GNU parallel's {%} slot minus one or
// seq 0 (n-1) give the same. So --shard "$JOB_COMPLETION_INDEX/3" works as is.
func ParseShard(spec string) (i, n int, err error) {
	a, b, ok := strings.Cut(strings.TrimSpace(spec), "/")
	if !ok {
		return 0, 0, fmt.Errorf("--shard %q: want i/n, e.g. 0/3", spec)
	}
	i, err1 := parseCount(a)
	n, err2 := parseCount(b)
	switch {
	case err1 != nil || err2 != nil:
		return 0, 0, fmt.Errorf("--shard %q: want i/n with whole numbers, e.g. 0/3", spec)
	case n < 1:
		return 0, 0, fmt.Errorf("--shard %q: n must be at least 1", spec)
	case i >= n:
		return 0, 0, fmt.Errorf("--shard %q: i counts from 0 and must be below n (0..%d)", spec, n-1)
	}
	return i, n, nil
}

// parseCount accepts only digits (no sign, no spaces inside).
func parseCount(s string) (int, error) {
	if s == "" || strings.Trim(s, "0123456789") != "" {
		return 0, fmt.Errorf("not a whole number: %q", s)
	}
	return strconv.Atoi(s)
}
