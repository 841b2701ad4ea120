package output

import (
	"bufio"
	"container/heap"
	"errors"
	"fmt"
	"io"
	"slices"
)

// ShardStats is what Merge read from one shard.
type ShardStats struct {
	Path    string `json:"path"`
	Records int    `json:"records"` // lines read
	Written int    `json:"written"` // lines written (Records less duplicates)
}

// Duplicate is a record whose id an earlier record already had; Merge
// keeps the earlier one (lower seq, then earlier shard argument).
type Duplicate struct {
	ID         string `json:"id"`
	Seq        int    `json:"seq"`
	Shard      string `json:"shard"`
	FirstSeq   int    `json:"first_seq"`
	FirstShard string `json:"first_shard"`
}

// SeqRange is an inclusive range of seqs.
type SeqRange struct {
	From int `json:"from"`
	To   int `json:"to"`
}

// maxDuplicatesListed bounds MergeReport.Duplicates (DuplicateCount has the
// total): merging a shard twice would otherwise list every record.
const maxDuplicatesListed = 1000

// MergeReport is what Merge found.
type MergeReport struct {
	Shards  []ShardStats `json:"shards"`
	Written int          `json:"written"`
	// MaxSeq is the highest seq seen, -1 if there were no records.
	MaxSeq int `json:"max_seq"`
	// Duplicates lists the first records dropped for a repeated id;
	// DuplicateCount counts them all.
	Duplicates     []Duplicate `json:"duplicates,omitempty"`
	DuplicateCount int         `json:"duplicate_count"`
	// Missing lists the gaps in 0..MaxSeq: inputs with no record in this
	// stream. Inputs after MaxSeq cannot be seen (the shards do not record
	// how many inputs the run had). Documents and errors are merged as two
	// streams, so an input that failed is a gap of the document stream;
	// MissingInputs combines the reports of both.
	Missing      []SeqRange `json:"missing,omitempty"`
	MissingCount int        `json:"missing_count"`
	// SeqClashes counts records whose seq an earlier record with a
	// different id already had: shards from runs over different inputs.
	// Both records are written.
	SeqClashes int `json:"seq_clashes"`
}

// mergeShard is one shard's reader and its pending line.
type mergeShard struct {
	idx     int
	path    string
	rc      io.ReadCloser
	br      *bufio.Reader
	line    []byte
	seq     int
	id      string
	lineNo  int
	records int
	written int
}

// advance reads the next line; ok is false at the end of the shard.
func (s *mergeShard) advance() (ok bool, err error) {
	prev := s.seq
	s.line = s.line[:0]
	for {
		chunk, err := s.br.ReadSlice('\n')
		s.line = append(s.line, chunk...)
		if err == nil {
			break
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if errors.Is(err, io.EOF) {
			if len(s.line) == 0 {
				return false, nil
			}
			return false, fmt.Errorf("%s: ends in a partial line (was the run killed? resume it first)", s.path)
		}
		return false, fmt.Errorf("reading %s: %w", s.path, err)
	}
	s.lineNo++
	s.records++
	seq, id, err := seqAndID(s.line)
	if err != nil {
		return false, fmt.Errorf("%s line %d: %w", s.path, s.lineNo, err)
	}
	if s.lineNo > 1 && seq <= prev {
		return false, fmt.Errorf("%s line %d: seq %d after %d: a shard must be in increasing seq order", s.path, s.lineNo, seq, prev)
	}
	s.seq, s.id = seq, id
	return true, nil
}

// seqAndID reads a record's seq (required, ≥ 0) and id (may be absent in
// error records). It walks the whole line, not just up to seq and id, so
// that a line that is not one whole JSON object (a partial line with the
// next one appended to it, say) is an error rather than merged.
func seqAndID(line []byte) (int, string, error) {
	s, err := newObjScanner(line)
	if err != nil {
		return 0, "", err
	}
	seq, id := -1, ""
	for {
		key, val, _, ok, err := s.next()
		if err != nil {
			return 0, "", err
		}
		if !ok {
			break
		}
		switch {
		case keyIs(key, "seq"):
			if seq, err = rawInt(val); err != nil || seq < 0 {
				return 0, "", fmt.Errorf("seq %s is not a non-negative integer", val)
			}
		case keyIs(key, "id"):
			if id, err = rawString(val); err != nil {
				return 0, "", fmt.Errorf("id: %w", err)
			}
		}
	}
	if seq < 0 {
		return 0, "", errors.New("record has no seq (written by a polex without seq?)")
	}
	return seq, id, nil
}

// shardHeap orders shards by their pending line's seq, then by argument
// order, so that equal seqs resolve the same way every time.
type shardHeap []*mergeShard

func (h shardHeap) Len() int { return len(h) }
func (h shardHeap) Less(i, j int) bool {
	if h[i].seq != h[j].seq {
		return h[i].seq < h[j].seq
	}
	return h[i].idx < h[j].idx
}
func (h shardHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *shardHeap) Push(x any)   { *h = append(*h, x.(*mergeShard)) }
func (h *shardHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// Merge combines shard outputs (plain, .gz or .zst, read with Open) into w
// in seq order, writing each line unchanged, so merging the shards of a
// sharded run gives byte for byte the output of the same run unsharded.
// Each shard must be in increasing seq order, as a run writes it.
//
// It streams: memory holds one pending line per shard, plus, to find
// duplicate ids, a 64-bit hash and seq per distinct id (about 40 bytes per
// record; a hash collision, odds about n²/2⁶⁵, would drop a record as a
// duplicate), plus the gap list. A record whose id an earlier record had is
// reported and not written. Only unreadable or malformed shards are errors.
func Merge(w io.Writer, shardPaths []string) (MergeReport, error) {
	rep := MergeReport{MaxSeq: -1}
	shards := make([]*mergeShard, len(shardPaths))
	defer func() {
		for _, s := range shards {
			if s != nil && s.rc != nil {
				s.rc.Close()
			}
		}
	}()
	h := make(shardHeap, 0, len(shardPaths))
	for i, p := range shardPaths {
		rc, err := Open(p)
		if err != nil {
			return rep, fmt.Errorf("merge: %w", err)
		}
		s := &mergeShard{idx: i, path: p, rc: rc, br: bufio.NewReaderSize(rc, 1<<16)}
		shards[i] = s
		ok, err := s.advance()
		if err != nil {
			return rep, fmt.Errorf("merge: %w", err)
		}
		if ok {
			h = append(h, s)
		}
	}
	heap.Init(&h)

	bw := bufio.NewWriterSize(w, 1<<16)
	type first struct {
		seq   int
		shard int
	}
	seen := map[uint64]first{}
	lastSeq, lastID := -1, "" // the last record written
	next := 0                 // lowest seq not yet seen
	for len(h) > 0 {
		s := h[0]
		if s.seq > next {
			rep.Missing = append(rep.Missing, SeqRange{next, s.seq - 1})
			rep.MissingCount += s.seq - next
		}
		next = max(next, s.seq+1)
		rep.MaxSeq = max(rep.MaxSeq, s.seq)

		dup, f := false, first{}
		if s.id != "" {
			hk := fnv1a(s.id)
			if f, dup = seen[hk]; !dup {
				seen[hk] = first{s.seq, s.idx}
			}
		} else if s.seq == lastSeq && lastID == "" {
			// An id-less error record of an input already written: the
			// same input in two shards.
			dup, f = true, first{lastSeq, -1}
		}
		if dup {
			rep.DuplicateCount++
			if len(rep.Duplicates) < maxDuplicatesListed {
				d := Duplicate{ID: s.id, Seq: s.seq, Shard: s.path, FirstSeq: f.seq}
				if f.shard >= 0 {
					d.FirstShard = shardPaths[f.shard]
				}
				rep.Duplicates = append(rep.Duplicates, d)
			}
		} else {
			if s.seq == lastSeq {
				rep.SeqClashes++
			}
			lastSeq, lastID = s.seq, s.id
			if _, err := bw.Write(s.line); err != nil {
				return rep, fmt.Errorf("merge: writing: %w", err)
			}
			s.written++
			rep.Written++
		}

		ok, err := s.advance()
		if err != nil {
			return rep, fmt.Errorf("merge: %w", err)
		}
		if ok {
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
	if err := bw.Flush(); err != nil {
		return rep, fmt.Errorf("merge: writing: %w", err)
	}
	for _, s := range shards {
		rep.Shards = append(rep.Shards, ShardStats{Path: s.path, Records: s.records, Written: s.written})
	}
	return rep, nil
}

// MissingInputs returns the seqs missing from every one of the reports
// (typically the document and the error stream of one run, merged
// separately), within 0..the highest seq of any of them: inputs that
// produced neither a document nor an error record.
func MissingInputs(reports ...MergeReport) []SeqRange {
	top := -1
	for _, r := range reports {
		top = max(top, r.MaxSeq)
	}
	if top < 0 {
		return nil
	}
	// Each report's gaps, extended past its own MaxSeq up to top.
	gaps := make([][]SeqRange, len(reports))
	for i, r := range reports {
		g := slices.Clone(r.Missing)
		if r.MaxSeq < top {
			g = append(g, SeqRange{r.MaxSeq + 1, top})
		}
		gaps[i] = g
	}
	out := []SeqRange{{0, top}}
	for _, g := range gaps {
		out = intersectRanges(out, g)
	}
	return out
}

// intersectRanges intersects two sorted lists of disjoint ranges.
func intersectRanges(a, b []SeqRange) []SeqRange {
	var out []SeqRange
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		lo, hi := max(a[i].From, b[j].From), min(a[i].To, b[j].To)
		if lo <= hi {
			out = append(out, SeqRange{lo, hi})
		}
		if a[i].To < b[j].To {
			i++
		} else {
			j++
		}
	}
	return out
}
