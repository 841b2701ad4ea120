package cli

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/polexhq/polex/internal/gen"
)

// writeCorpus writes a generated JSONL corpus with a few bad lines.
func writeCorpus(t *testing.T, dir string, n int) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		switch i % 37 {
		case 5:
			b.WriteString("{broken json\n")
			continue
		case 11:
			fmt.Fprintf(&b, "{\"id\": \"empty-%d\", \"text\": \"  \"}\n", i)
			continue
		}
		fmt.Fprintf(&b, "{\"id\": \"doc-%04d\", \"ref_date\": \"2024-09-25\", \"text\": %q}\n", i, gen.Document(uint64(i), 300))
	}
	p := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func mainIn(t *testing.T, dir string, args ...string) int {
	t.Helper()
	var stderr bytes.Buffer
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	code := Main(args, Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &stderr})
	t.Logf("polex %s: exit %d: %s", strings.Join(args, " "), code, strings.TrimSpace(stderr.String()))
	return code
}

func sameFile(t *testing.T, a, b string) {
	t.Helper()
	x, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	y, err := os.ReadFile(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(x, y) {
		t.Errorf("%s and %s differ (%d vs %d bytes)\n%s", filepath.Base(a), filepath.Base(b), len(x), len(y), lineDiff(string(x), string(y)))
	}
}

// TestResumeAfterKill kills a run at a random point (SIGKILL, so nothing is
// flushed on the way out, and SIGINT, the clean stop) and resumes it; the
// outputs must equal an uninterrupted run's, byte for byte.
func TestResumeAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns polex processes")
	}
	dir := t.TempDir()
	writeCorpus(t, dir, 160)
	if code := mainIn(t, dir, "run", "--workers", "2", "-o", "ref.jsonl", "--errors", "ref-err.jsonl", "corpus.jsonl"); code != ExitInputErrors {
		t.Fatalf("reference run: exit %d", code)
	}
	ref, _ := os.Stat(filepath.Join(dir, "ref.jsonl"))
	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			out, errs := "out-"+fmt.Sprint(int(sig))+".jsonl", "err-"+fmt.Sprint(int(sig))+".jsonl"
			cmd := exec.Command(os.Args[0], "run", "--workers", "2", "-o", out, "--errors", errs, "corpus.jsonl")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "POLEX_TEST_MAIN=1")
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Stop somewhere between 10% and 70% of the output.
			at := ref.Size() * int64(10+rand.IntN(60)) / 100
			deadline := time.Now().Add(2 * time.Minute)
			for time.Now().Before(deadline) {
				if st, err := os.Stat(filepath.Join(dir, out)); err == nil && st.Size() >= at {
					break
				}
				time.Sleep(2 * time.Millisecond)
			}
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			got, _ := os.Stat(filepath.Join(dir, out))
			t.Logf("stopped with %v at %d of %d bytes: %v", sig, got.Size(), ref.Size(), err)
			finished := got.Size() == ref.Size()
			if sig == syscall.SIGINT && !finished {
				// (A run that finished before the signal arrived exits as
				// usual; only an interrupted one must say so.)
				if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != ExitInterrupted {
					t.Errorf("SIGINT: %v, want exit %d", err, ExitInterrupted)
				}
			}
			if finished {
				t.Log("the run finished before it was stopped; resuming must still be a no-op")
			}
			code := mainIn(t, dir, "run", "--resume", "--workers", "2", "-o", out, "--errors", errs, "corpus.jsonl")
			if code != ExitOK && code != ExitInputErrors {
				t.Fatalf("resume: exit %d", code)
			}
			sameFile(t, filepath.Join(dir, "ref.jsonl"), filepath.Join(dir, out))
			sameFile(t, filepath.Join(dir, "ref-err.jsonl"), filepath.Join(dir, errs))
		})
	}
}

// TestShardsMergeToSingleRun runs three shards and merges them: the result
// equals the single run, documents and errors alike.
func TestShardsMergeToSingleRun(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir, 60)
	if code := mainIn(t, dir, "run", "--workers", "2", "-o", "ref.jsonl", "--errors", "ref-err.jsonl", "corpus.jsonl"); code != ExitInputErrors {
		t.Fatalf("reference run: exit %d", code)
	}
	var parts []string
	args := []string{"merge", "-o", "merged.jsonl.zst", "--errors", "merged-err.jsonl"}
	for i := range 3 {
		part, errs := fmt.Sprintf("part-%d.jsonl.zst", i), fmt.Sprintf("err-%d.jsonl", i)
		code := mainIn(t, dir, "run", "--shard", fmt.Sprintf("%d/3", i), "-o", part, "--errors", errs, "corpus.jsonl")
		if code != ExitOK && code != ExitInputErrors {
			t.Fatalf("shard %d: exit %d", i, code)
		}
		parts = append(parts, part)
		args = append(args, "--error-shard", errs)
	}
	if code := mainIn(t, dir, append(args, parts...)...); code != ExitOK {
		t.Fatalf("merge: exit %d", code)
	}
	if code := mainIn(t, dir, "merge", "-o", "merged.jsonl", "--errors", "merged-err2.jsonl",
		"--error-shard", "err-0.jsonl", "--error-shard", "err-1.jsonl", "--error-shard", "err-2.jsonl", parts[0], parts[1], parts[2]); code != ExitOK {
		t.Fatalf("merge: exit %d", code)
	}
	sameFile(t, filepath.Join(dir, "ref.jsonl"), filepath.Join(dir, "merged.jsonl"))
	sameFile(t, filepath.Join(dir, "ref-err.jsonl"), filepath.Join(dir, "merged-err.jsonl"))
	// Leaving a shard out is reported.
	if code := mainIn(t, dir, "merge", "-o", "partial.jsonl", "--errors", "partial-err.jsonl",
		"--error-shard", "err-0.jsonl", "--error-shard", "err-1.jsonl", parts[0], parts[1]); code != ExitInputErrors {
		t.Errorf("merge of 2 of 3 shards: exit %d, want %d", code, ExitInputErrors)
	}
}
