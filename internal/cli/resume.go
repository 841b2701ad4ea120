package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/polexhq/polex/corpus"
	"github.com/polexhq/polex/output"
)

// resumeState is what an interrupted run already wrote: documents by id and
// content hash, and failed inputs by seq.
type resumeState struct {
	docs map[string]string // id -> source.sha256
	errs map[int]string    // seq -> input name (error id, else source uri)
}

// loadResume trims a partial last line (or compressed member) from the
// outputs and reads what they hold.
func loadResume(outPath, errPath string) (*resumeState, error) {
	st := &resumeState{docs: map[string]string{}, errs: map[int]string{}}
	if err := readRecords(outPath, func(line []byte) error {
		var r struct {
			ID     string `json:"id"`
			Source struct {
				SHA256 string `json:"sha256"`
			} `json:"source"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		st.docs[r.ID] = r.Source.SHA256
		return nil
	}); err != nil {
		return nil, err
	}
	if errPath == "" || errPath == "-" {
		return st, nil
	}
	err := readRecords(errPath, func(line []byte) error {
		var r struct {
			ID     string `json:"id"`
			Seq    int    `json:"seq"`
			Source struct {
				URI string `json:"uri"`
			} `json:"source"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		name := r.ID
		if name == "" {
			name = r.Source.URI
		}
		st.errs[r.Seq] = name
		return nil
	})
	return st, err
}

func readRecords(path string, fn func(line []byte) error) error {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if _, err := output.TrimPartial(path); err != nil {
		return fmt.Errorf("resuming: %w", err)
	}
	rc, err := output.Open(path)
	if err != nil {
		return fmt.Errorf("resuming: %w", err)
	}
	defer rc.Close()
	sc := bufio.NewScanner(rc)
	sc.Buffer(nil, 256<<20)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(sc.Bytes()); err != nil {
			return fmt.Errorf("resuming: %s line %d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("resuming: reading %s: %w", path, err)
	}
	return nil
}

// skipInput skips an input whose failure is already recorded.
func (s *resumeState) skipInput(seq int, in corpus.Input) bool {
	name, ok := s.errs[seq]
	return ok && name == in.URI
}

// skipDoc skips a document already written with the same content.
func (s *resumeState) skipDoc(_ int, d *corpus.Document) bool {
	sha, ok := s.docs[d.ID]
	return ok && sha == d.Source.SHA256
}

func (s *resumeState) count() int { return len(s.docs) + len(s.errs) }
