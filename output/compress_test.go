package output

import (
	"bytes"
	stdgzip "compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

func TestCompressionOf(t *testing.T) {
	for _, tc := range []struct {
		path string
		want Compression
	}{
		{"out.jsonl", Plain},
		{"out.jsonl.gz", Gzip},
		{"OUT.JSONL.GZ", Gzip},
		{"dir.gz/out.jsonl", Plain},
		{"out.jsonl.zst", Zstd},
		{"out.zst", Zstd},
		{"out.jsonl.zstd", Plain}, // only the usual extension
		{"out.tgz", Plain},
		{"", Plain},
	} {
		if got := CompressionOf(tc.path); got != tc.want {
			t.Errorf("CompressionOf(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

// exts are the file names the round-trip tests use, one per compression.
var exts = []string{"out.jsonl", "out.jsonl.gz", "out.jsonl.zst"}

func writeFile(t *testing.T, path string, data []byte, create func(string) (io.WriteCloser, error)) {
	t.Helper()
	// Write in uneven pieces, as a bufio.Writer over the file would.
	writeChunks(t, path, data, create, 50_000)
}

// writeChunks writes data in pieces of chunk bytes (-1: one per line).
func writeChunks(t *testing.T, path string, data []byte, create func(string) (io.WriteCloser, error), chunk int) {
	t.Helper()
	w, err := create(path)
	if err != nil {
		t.Fatal(err)
	}
	for len(data) > 0 {
		n := min(len(data), chunk)
		if chunk < 0 {
			n = bytes.IndexByte(data, '\n') + 1
			if n == 0 {
				n = len(data)
			}
		}
		if _, err := w.Write(data[:n]); err != nil {
			t.Fatal(err)
		}
		data = data[n:]
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	return b
}

func TestRoundTrip(t *testing.T) {
	data := testJSONL(t, 300, 700) // ≈ 3 MB: several members
	for _, name := range exts {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			// However the data is cut into writes, it reads back whole.
			for _, chunk := range []int{len(data), -1, 1 << 16} {
				writeChunks(t, path, data, Create, chunk)
				if got := readFile(t, path); !bytes.Equal(got, data) {
					t.Fatalf("writes of %d: read back %d bytes, wrote %d", chunk, len(got), len(data))
				}
			}
			writeFile(t, path, data, Create)
			raw, _ := os.ReadFile(path)
			switch CompressionOf(path) {
			case Gzip:
				// Standard tools read the multi-member file in full.
				zr, err := stdgzip.NewReader(bytes.NewReader(raw))
				if err != nil {
					t.Fatal(err)
				}
				if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, data) {
					t.Fatalf("compress/gzip read %d bytes, err %v", len(got), err)
				}
				if members := countGzipMembers(t, raw); members < 3 {
					t.Errorf("%d gzip members, want one per MiB", members)
				}
			case Zstd:
				d, _ := zstd.NewReader(nil)
				defer d.Close()
				if got, err := d.DecodeAll(raw, nil); err != nil || !bytes.Equal(got, data) {
					t.Fatalf("DecodeAll read %d bytes, err %v", len(got), err)
				}
				if frames := countZstdFrames(t, raw); frames < 3 {
					t.Errorf("%d zstd frames, want one per MiB", frames)
				}
			}
			if CompressionOf(path) != Plain && len(raw)*3 > len(data) {
				t.Errorf("compressed %d bytes to %d", len(data), len(raw))
			}
		})
	}
}

func countGzipMembers(t *testing.T, raw []byte) int {
	t.Helper()
	r := bytes.NewReader(raw)
	var z gzip.Reader
	n := 0
	for r.Len() > 0 {
		if err := z.Reset(r); err != nil {
			t.Fatal(err)
		}
		z.Multistream(false)
		got, err := io.ReadAll(&z)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) > 0 && got[len(got)-1] != '\n' {
			t.Errorf("member %d does not end a line", n)
		}
		n++
	}
	return n
}

func countZstdFrames(t *testing.T, raw []byte) int {
	t.Helper()
	n := 0
	for off := 0; off < len(raw); n++ {
		l, err := zstdFrameLen(bytes.NewReader(raw), int64(off), int64(len(raw)))
		if err != nil {
			t.Fatalf("frame %d at %d: %v", n, off, err)
		}
		off += int(l)
	}
	return n
}

func TestWriteAfterClose(t *testing.T) {
	for _, c := range []Compression{Gzip, Zstd} {
		w, err := NewWriter(io.Discard, c)
		if err != nil {
			t.Fatal(err)
		}
		w.Close()
		if _, err := w.Write([]byte("x\n")); err == nil {
			t.Errorf("%v: Write after Close: no error", c)
		}
	}
}

func TestEmptyStreams(t *testing.T) {
	for _, name := range exts {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			// Created and closed without a record: a valid, empty stream.
			path := filepath.Join(dir, name)
			writeFile(t, path, nil, Create)
			if got := readFile(t, path); len(got) != 0 {
				t.Errorf("read %q", got)
			}
			// A zero-byte file (a run killed at once) reads as empty too.
			empty := filepath.Join(dir, "empty-"+name)
			if err := os.WriteFile(empty, nil, 0o666); err != nil {
				t.Fatal(err)
			}
			if got := readFile(t, empty); len(got) != 0 {
				t.Errorf("read %q", got)
			}
		})
	}
}

func TestCreateAppend(t *testing.T) {
	a := testJSONL(t, 3, 50)
	b := []byte(`{"schema":"polex.doc/v1","id":"x","seq":3}` + "\n")
	for _, name := range exts {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			// Appending to a missing file creates it.
			writeFile(t, path, a, CreateAppend)
			writeFile(t, path, b, CreateAppend)
			if got := readFile(t, path); !bytes.Equal(got, append(a[:len(a):len(a)], b...)) {
				t.Fatalf("got %q", got)
			}
		})
	}
}

func TestCreateAppendTrimsPartialLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	if err := os.WriteFile(path, []byte("{\"a\":1}\n{\"b\":"), 0o666); err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, []byte("{\"c\":3}\n"), CreateAppend)
	if got := readFile(t, path); string(got) != "{\"a\":1}\n{\"c\":3}\n" {
		t.Fatalf("got %q", got)
	}
}

// TestKillAndResume truncates a finished file at many points, which is
// exactly what a run killed at that moment leaves (the writers only
// append), then trims, reads the complete lines, appends the rest with
// CreateAppend and checks the content equals the uninterrupted output.
func TestKillAndResume(t *testing.T) {
	lines := make([][]byte, 250)
	var data []byte
	for i := range lines {
		lines[i] = testLine(t, i, fmt.Sprintf("doc-%04d", i), 600)
		data = append(data, lines[i]...)
	}
	for _, name := range exts {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			full := filepath.Join(dir, name)
			writeFile(t, full, data, Create)
			raw, err := os.ReadFile(full)
			if err != nil {
				t.Fatal(err)
			}
			cuts := []int{0, 1, 9, len(raw) / 3, len(raw) / 2, len(raw) - 5, len(raw) - 1, len(raw)}
			for _, cut := range cuts {
				path := filepath.Join(dir, fmt.Sprintf("cut%d-%s", cut, name))
				if err := os.WriteFile(path, raw[:cut], 0o666); err != nil {
					t.Fatal(err)
				}
				removed, err := TrimPartial(path)
				if err != nil {
					t.Fatalf("cut %d: %v", cut, err)
				}
				if cut == len(raw) && removed != 0 {
					t.Errorf("trimmed %d bytes off a complete file", removed)
				}
				kept := readFile(t, path)
				if !bytes.HasPrefix(data, kept) || (len(kept) > 0 && kept[len(kept)-1] != '\n') {
					t.Fatalf("cut %d: kept %d bytes, not a line prefix of the output", cut, len(kept))
				}
				// A cut loses at most the member being written.
				if lost := len(data) - len(kept); cut == len(raw)-1 && lost > memberSize+len(lines[0])*2 {
					t.Errorf("cut %d: lost %d bytes", cut, lost)
				}
				done := bytes.Count(kept, []byte("\n"))
				var rest []byte
				for _, l := range lines[done:] {
					rest = append(rest, l...)
				}
				writeFile(t, path, rest, CreateAppend)
				if got := readFile(t, path); !bytes.Equal(got, data) {
					t.Fatalf("cut %d: resumed output differs (%d vs %d bytes)", cut, len(got), len(data))
				}
			}
		})
	}
}

func TestTrimPartialCorruptTail(t *testing.T) {
	// Garbage after complete members (not just a truncation) is cut too.
	for _, name := range []string{"out.jsonl.gz", "out.jsonl.zst"} {
		path := filepath.Join(t.TempDir(), name)
		data := testJSONL(t, 2, 20)
		writeFile(t, path, data, Create)
		f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		f.Write([]byte("not compressed data\n"))
		f.Close()
		if n, err := TrimPartial(path); err != nil || n != 20 {
			t.Errorf("%s: TrimPartial = %d, %v; want 20 bytes removed", name, n, err)
		}
		if got := readFile(t, path); !bytes.Equal(got, data) {
			t.Errorf("%s: got %q", name, got)
		}
	}
	if _, err := TrimPartial(filepath.Join(t.TempDir(), "missing.jsonl")); err == nil {
		t.Error("TrimPartial of a missing file: no error")
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(filepath.Join(dir, "missing.jsonl.gz")); err == nil {
		t.Error("missing file: no error")
	}
	bad := filepath.Join(dir, "bad.jsonl.gz")
	os.WriteFile(bad, []byte("plain text, not gzip\n"), 0o666)
	if _, err := Open(bad); err == nil {
		t.Error("not gzip: no error")
	}
	badz := filepath.Join(dir, "bad.jsonl.zst")
	os.WriteFile(badz, []byte("plain text, not zstd\n"), 0o666)
	if r, err := Open(badz); err == nil {
		if _, err := io.ReadAll(r); err == nil {
			t.Error("not zstd: no error")
		}
		r.Close()
	}
	if _, err := Create(filepath.Join(dir, "no", "such", "dir.jsonl")); err == nil {
		t.Error("Create in a missing directory: no error")
	}
}

// BenchmarkCompress writes generated JSONL records (≈ 4 MB) through each
// compressor; MB/s is of uncompressed input, ratio is input/output.
// stdlib-gzip is compress/gzip, for comparison with klauspost's gzip.
func BenchmarkCompress(b *testing.B) {
	data := testJSONL(b, 400, 700)
	for _, c := range []struct {
		name string
		new  func(io.Writer) (io.WriteCloser, error)
	}{
		{"stdlib-gzip", func(w io.Writer) (io.WriteCloser, error) { return stdgzip.NewWriter(w), nil }},
		{"gzip", func(w io.Writer) (io.WriteCloser, error) { return NewWriter(w, Gzip) }},
		{"zstd", func(w io.Writer) (io.WriteCloser, error) { return NewWriter(w, Zstd) }},
		// The same codecs without members ending every MiB: their cost.
		{"gzip-one-member", func(w io.Writer) (io.WriteCloser, error) { return gzip.NewWriter(w), nil }},
		{"zstd-one-frame", func(w io.Writer) (io.WriteCloser, error) {
			return zstd.NewWriter(w, zstd.WithEncoderConcurrency(1))
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			var out bytes.Buffer
			for b.Loop() {
				out.Reset()
				w, err := c.new(&out)
				if err != nil {
					b.Fatal(err)
				}
				for p := data; len(p) > 0; p = p[min(len(p), 1<<16):] {
					w.Write(p[:min(len(p), 1<<16)])
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(data))/float64(out.Len()), "ratio")
		})
	}
}

// BenchmarkDecompress reads the same data back; MB/s is of uncompressed
// output.
func BenchmarkDecompress(b *testing.B) {
	data := testJSONL(b, 400, 700)
	for _, c := range []Compression{Gzip, Zstd} {
		var comp bytes.Buffer
		w, _ := NewWriter(&comp, c)
		w.Write(data)
		w.Close()
		b.Run(c.String(), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				r, err := NewReader(bytes.NewReader(comp.Bytes()), c)
				if err != nil {
					b.Fatal(err)
				}
				if n, err := io.Copy(io.Discard, r); err != nil || n != int64(len(data)) {
					b.Fatal(n, err)
				}
				r.Close()
			}
		})
	}
}

// FuzzTrimPartial: the frame walker and member decoder never panic on
// arbitrary bytes, and what they keep is whole complete lines.
func FuzzTrimPartial(f *testing.F) {
	for _, c := range []Compression{Gzip, Zstd} {
		var buf bytes.Buffer
		w, _ := NewWriter(&buf, c)
		w.Write([]byte("{\"a\":1}\n{\"b\":2}\n"))
		w.Close()
		f.Add(buf.Bytes(), c == Zstd)
		f.Add(buf.Bytes()[:buf.Len()/2], c == Zstd)
	}
	f.Add([]byte{0x28, 0xb5, 0x2f, 0xfd, 0x20, 0x01, 0x07, 0, 0}, true)
	f.Fuzz(func(t *testing.T, raw []byte, zst bool) {
		name := "f.jsonl.gz"
		if zst {
			name = "f.jsonl.zst"
		}
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, raw, 0o666); err != nil {
			t.Fatal(err)
		}
		removed, err := TrimPartial(path)
		if err != nil {
			t.Fatal(err)
		}
		if removed < 0 || removed > int64(len(raw)) {
			t.Fatalf("removed %d of %d bytes", removed, len(raw))
		}
		kept := readFile(t, path)
		if len(kept) > 0 && kept[len(kept)-1] != '\n' {
			t.Fatalf("kept %q", kept)
		}
	})
}
