package output

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// syntheticRun is what a run over n inputs writes: the document stream and
// the error stream (every 17th input fails), with each record's input id.
type syntheticRun struct {
	docs, errs [][]byte
	docIDs     []string
	errIDs     []string
}

func newSyntheticRun(t testing.TB, n int) syntheticRun {
	var r syntheticRun
	for seq := range n {
		id := fmt.Sprintf("inputs/%03d.txt", seq)
		if seq%17 == 5 {
			r.errs = append(r.errs, testErrorLine(t, seq, id))
			r.errIDs = append(r.errIDs, id)
		} else {
			r.docs = append(r.docs, testLine(t, seq, id, 30+seq%50))
			r.docIDs = append(r.docIDs, id)
		}
	}
	return r
}

// shardFiles writes the lines whose ids ShardOf puts in each of n shards to
// one file per shard named by names[i], as `polex run --shard i/n` would.
func shardFiles(t *testing.T, dir string, lines [][]byte, ids []string, names []string) []string {
	t.Helper()
	n := len(names)
	parts := make([][]byte, n)
	for k, l := range lines {
		s := ShardOf(ids[k], n)
		parts[s] = append(parts[s], l...)
	}
	var paths []string
	for i, name := range names {
		p := filepath.Join(dir, name)
		writeFile(t, p, parts[i], Create)
		paths = append(paths, p)
	}
	return paths
}

func mergeToBytes(t *testing.T, paths []string) ([]byte, MergeReport) {
	t.Helper()
	var out bytes.Buffer
	rep, err := Merge(&out, paths)
	if err != nil {
		t.Fatalf("Merge: %v", err)
	}
	return out.Bytes(), rep
}

func TestMergeEqualsSingleRun(t *testing.T) {
	run := newSyntheticRun(t, 300)
	dir := t.TempDir()
	// Shards in all three compressions: merge reads each through Open.
	docShards := shardFiles(t, dir, run.docs, run.docIDs, []string{"d0.jsonl", "d1.jsonl.gz", "d2.jsonl.zst"})
	errShards := shardFiles(t, dir, run.errs, run.errIDs, []string{"e0.jsonl", "e1.jsonl.gz", "e2.jsonl.zst"})

	docs, docRep := mergeToBytes(t, docShards)
	if want := bytes.Join(run.docs, nil); !bytes.Equal(docs, want) {
		t.Fatalf("merged documents (%d bytes) differ from the single run's (%d bytes)", len(docs), len(want))
	}
	errs, errRep := mergeToBytes(t, errShards)
	if want := bytes.Join(run.errs, nil); !bytes.Equal(errs, want) {
		t.Fatalf("merged errors differ from the single run's")
	}
	total := 0
	for i, s := range docRep.Shards {
		if s.Path != docShards[i] || s.Records != s.Written || s.Records == 0 {
			t.Errorf("shard %d stats %+v", i, s)
		}
		total += s.Records
	}
	if total != len(run.docs) || docRep.Written != len(run.docs) || docRep.DuplicateCount != 0 || docRep.SeqClashes != 0 {
		t.Errorf("report %+v", docRep)
	}
	// The document stream's gaps are the failed inputs; with the error
	// stream nothing is missing.
	if docRep.MissingCount != len(run.errs) {
		t.Errorf("document stream: %d missing, want the %d failed inputs", docRep.MissingCount, len(run.errs))
	}
	if m := MissingInputs(docRep, errRep); len(m) != 0 {
		t.Errorf("MissingInputs = %v, want none", m)
	}
}

func TestMergeMissingShard(t *testing.T) {
	run := newSyntheticRun(t, 120)
	dir := t.TempDir()
	docShards := shardFiles(t, dir, run.docs, run.docIDs, []string{"d0.jsonl", "d1.jsonl", "d2.jsonl"})
	errShards := shardFiles(t, dir, run.errs, run.errIDs, []string{"e0.jsonl", "e1.jsonl", "e2.jsonl"})
	// Shard 1 never finished: merge what there is and say what is missing.
	_, docRep := mergeToBytes(t, []string{docShards[0], docShards[2]})
	_, errRep := mergeToBytes(t, []string{errShards[0], errShards[2]})
	var want []SeqRange
	for seq := range 120 {
		if ShardOf(fmt.Sprintf("inputs/%03d.txt", seq), 3) == 1 && seq <= max(docRep.MaxSeq, errRep.MaxSeq) {
			if k := len(want) - 1; k >= 0 && want[k].To == seq-1 {
				want[k].To = seq
			} else {
				want = append(want, SeqRange{seq, seq})
			}
		}
	}
	if got := MissingInputs(docRep, errRep); !reflect.DeepEqual(got, want) {
		t.Errorf("MissingInputs = %v\nwant %v", got, want)
	}
}

func TestMergeDuplicates(t *testing.T) {
	run := newSyntheticRun(t, 60)
	dir := t.TempDir()
	shards := shardFiles(t, dir, run.docs, run.docIDs, []string{"d0.jsonl", "d1.jsonl", "d2.jsonl"})
	// The same shard given twice (say, a retried job's output kept as well):
	// every record of the copy is a duplicate, the output is unchanged.
	got, rep := mergeToBytes(t, append(shards, shards[1]))
	if !bytes.Equal(got, bytes.Join(run.docs, nil)) {
		t.Error("merging a shard twice changed the output")
	}
	if rep.DuplicateCount != rep.Shards[1].Records || rep.Shards[3].Written != 0 || rep.SeqClashes != 0 {
		t.Errorf("report %+v", rep)
	}
	d := rep.Duplicates[0]
	if d.Shard != shards[1] || d.FirstShard != shards[1] || d.Seq != d.FirstSeq {
		t.Errorf("duplicate %+v", d)
	}

	// Two inputs with the same id: the first is kept.
	a := filepath.Join(dir, "a.jsonl")
	b := filepath.Join(dir, "b.jsonl")
	os.WriteFile(a, []byte(`{"id":"x","seq":0}`+"\n"+`{"id":"y","seq":3}`+"\n"), 0o666)
	os.WriteFile(b, []byte(`{"id":"z","seq":1}`+"\n"+`{"id":"x","seq":2}`+"\n"), 0o666)
	got, rep = mergeToBytes(t, []string{a, b})
	if string(got) != `{"id":"x","seq":0}`+"\n"+`{"id":"z","seq":1}`+"\n"+`{"id":"y","seq":3}`+"\n" {
		t.Errorf("got %q", got)
	}
	want := []Duplicate{{ID: "x", Seq: 2, Shard: b, FirstSeq: 0, FirstShard: a}}
	if !reflect.DeepEqual(rep.Duplicates, want) || rep.DuplicateCount != 1 {
		t.Errorf("duplicates %+v, want %+v", rep.Duplicates, want)
	}

	// Shards of runs over different inputs: same seq, different ids. Both
	// are written and counted as clashes. Id-less error records of the same
	// seq are one input twice.
	c := filepath.Join(dir, "c.jsonl")
	d2 := filepath.Join(dir, "d.jsonl")
	os.WriteFile(c, []byte(`{"id":"p","seq":0}`+"\n"+`{"seq":1,"stage":"read"}`+"\n"), 0o666)
	os.WriteFile(d2, []byte(`{"id":"q","seq":0}`+"\n"+`{"seq":1,"stage":"read"}`+"\n"), 0o666)
	got, rep = mergeToBytes(t, []string{c, d2})
	if string(got) != `{"id":"p","seq":0}`+"\n"+`{"id":"q","seq":0}`+"\n"+`{"seq":1,"stage":"read"}`+"\n" {
		t.Errorf("got %q", got)
	}
	if rep.SeqClashes != 1 || rep.DuplicateCount != 1 {
		t.Errorf("report %+v", rep)
	}
}

func TestMergeGaps(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	os.WriteFile(a, []byte(`{"id":"a","seq":2}`+"\n"+`{"id":"b","seq":3}`+"\n"+`{"id":"c","seq":7}`+"\n"), 0o666)
	_, rep := mergeToBytes(t, []string{a})
	if want := []SeqRange{{0, 1}, {4, 6}}; !reflect.DeepEqual(rep.Missing, want) || rep.MissingCount != 5 || rep.MaxSeq != 7 {
		t.Errorf("report %+v, want missing %v", rep, want)
	}
	// The other stream covers 0, 5 and 9: missing from both are 1, 4, 6, 8.
	e := filepath.Join(dir, "e.jsonl")
	os.WriteFile(e, []byte(`{"seq":0}`+"\n"+`{"seq":5}`+"\n"+`{"seq":9}`+"\n"), 0o666)
	_, erep := mergeToBytes(t, []string{e})
	if got, want := MissingInputs(rep, erep), []SeqRange{{1, 1}, {4, 4}, {6, 6}, {8, 8}}; !reflect.DeepEqual(got, want) {
		t.Errorf("MissingInputs = %v, want %v", got, want)
	}
	// No shards, or empty ones: empty output.
	empty := filepath.Join(dir, "empty.jsonl.zst")
	os.WriteFile(empty, nil, 0o666)
	got, rep := mergeToBytes(t, []string{empty})
	if len(got) != 0 || rep.MaxSeq != -1 || rep.Written != 0 || len(rep.Shards) != 1 {
		t.Errorf("empty shard: %q %+v", got, rep)
	}
	if MissingInputs(rep) != nil {
		t.Error("MissingInputs of nothing")
	}
	if _, rep := mergeToBytes(t, nil); rep.MaxSeq != -1 {
		t.Errorf("no shards: %+v", rep)
	}
}

func TestMergeErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		content, want string
	}{
		{`{"id":"a","seq":1}` + "\n" + `{"id":"b","seq":1}` + "\n", "increasing seq order"},
		{`{"id":"a","seq":2}` + "\n" + `{"id":"b","seq":1}` + "\n", "increasing seq order"},
		{`{"id":"a"}` + "\n", "no seq"},
		{`{"id":"a","seq":"1"}` + "\n", "not a non-negative integer"},
		{`{"id":"a","seq":-1}` + "\n", "not a non-negative integer"},
		{`{"id":"a","seq":1.5}` + "\n", "not a non-negative integer"},
		{`{"id":7,"seq":1}` + "\n", "id"},
		{`{"id":"a","seq":0}` + "\n" + `{"id":"b","se`, "partial line"},
		{`not json` + "\n", "not a JSON object"},
		{"\n", "not a JSON object"},
		// A partial line with the next line appended (an output appended to
		// without trimming).
		{`{"id":"a","seq":0,"text":"ab` + `{"id":"b","seq":1,"text":"cd"}` + "\n", "offset"},
	} {
		p := filepath.Join(dir, "shard.jsonl")
		os.WriteFile(p, []byte(tc.content), 0o666)
		var out bytes.Buffer
		_, err := Merge(&out, []string{p})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Merge(%q) error = %v, want one containing %q", tc.content, err, tc.want)
		}
	}
	var out bytes.Buffer
	if _, err := Merge(&out, []string{filepath.Join(dir, "missing.jsonl")}); err == nil {
		t.Error("missing shard: no error")
	}
	// A truncated compressed shard is unreadable.
	p := filepath.Join(dir, "cut.jsonl.gz")
	writeFile(t, p, testJSONL(t, 20, 200), Create)
	raw, _ := os.ReadFile(p)
	os.WriteFile(p, raw[:len(raw)/2], 0o666)
	if _, err := Merge(&out, []string{p}); err == nil {
		t.Error("truncated gzip shard: no error")
	}
}

// BenchmarkMerge merges 3 plain shards of generated records (≈ 200-word
// lines); MB/s is of output.
func BenchmarkMerge(b *testing.B) {
	dir := b.TempDir()
	parts := make([][]byte, 3)
	size := 0
	for seq := range 3000 {
		id := fmt.Sprintf("inputs/%05d.txt", seq)
		l := testLine(b, seq, id, 200)
		parts[ShardOf(id, 3)] = append(parts[ShardOf(id, 3)], l...)
		size += len(l)
	}
	var paths []string
	for i, p := range parts {
		path := filepath.Join(dir, fmt.Sprintf("s%d.jsonl", i))
		os.WriteFile(path, p, 0o666)
		paths = append(paths, path)
	}
	b.SetBytes(int64(size))
	var out bytes.Buffer
	for b.Loop() {
		out.Reset()
		if _, err := Merge(&out, paths); err != nil {
			b.Fatal(err)
		}
	}
}
