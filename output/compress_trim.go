package output

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// TrimPartial cuts path back to its longest prefix of complete lines, the
// state to resume from after a run was killed, and returns how many bytes
// it removed. For a plain file that is everything after the last '\n'. For
// .gz/.zst files it is everything from the first gzip member / zstd frame
// that is truncated, corrupt or does not end in '\n' (the writers of this
// package end members only at line ends, so only the member being written
// when the run died is lost). A file without a complete line becomes empty.
//
// Call it before reading an output to resume it (Open reports a truncated
// compressed stream as an error); CreateAppend calls it itself.
func TrimPartial(path string) (int64, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return 0, fmt.Errorf("trimming partial output: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return 0, fmt.Errorf("trimming partial output: %w", err)
	}
	size := st.Size()
	var keep int64
	switch CompressionOf(path) {
	case Gzip:
		keep, err = gzipPrefix(f)
	case Zstd:
		keep, err = zstdPrefix(f, size)
	default:
		keep, err = plainPrefix(f, size)
	}
	if err != nil {
		return 0, fmt.Errorf("trimming partial output %s: %w", path, err)
	}
	if keep == size {
		return 0, nil
	}
	if err := f.Truncate(keep); err != nil {
		return 0, fmt.Errorf("trimming partial output: %w", err)
	}
	return size - keep, nil
}

// plainPrefix returns the length up to and including the last '\n',
// reading backwards from the end.
func plainPrefix(f *os.File, size int64) (int64, error) {
	buf := make([]byte, 1<<16)
	end := size
	for end > 0 {
		start := max(end-int64(len(buf)), 0)
		b := buf[:end-start]
		if _, err := f.ReadAt(b, start); err != nil {
			return 0, err
		}
		if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
			return start + int64(i) + 1, nil
		}
		end = start
	}
	return 0, nil
}

// countingReader counts the bytes read from r.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// gzipPrefix returns the end offset of the last good member: it decodes the
// members one by one (gzip leaves a byte reader positioned just after each
// member) and stops at the first that is truncated, corrupt or does not end
// a line.
func gzipPrefix(f *os.File) (int64, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	cr := &countingReader{r: f}
	br := bufio.NewReaderSize(cr, 1<<16)
	pos := func() int64 { return cr.n - int64(br.Buffered()) }
	var z gzip.Reader
	buf := make([]byte, 1<<15)
	var good int64
	for {
		if _, err := br.Peek(1); err != nil {
			return good, nil
		}
		if err := z.Reset(br); err != nil {
			return good, nil
		}
		z.Multistream(false)
		last, n, err := lastByte(&z, buf)
		if err != nil || (n > 0 && last != '\n') {
			return good, nil
		}
		good = pos()
	}
}

// lastByte reads r to the end and returns its last byte and length.
func lastByte(r io.Reader, buf []byte) (byte, int64, error) {
	var last byte
	var total int64
	for {
		n, err := r.Read(buf)
		if n > 0 {
			last = buf[n-1]
			total += int64(n)
		}
		if err == io.EOF {
			return last, total, nil
		}
		if err != nil {
			return last, total, err
		}
	}
}

var errZstdTruncated = errors.New("truncated zstd frame")

// zstdPrefix walks the frames (their length from the headers), decoding
// each, and stops at the first that is truncated, corrupt or does not end a
// line. Decoding everything costs little (zstd decodes at about 1 GB/s) and
// means that whatever is kept, Open reads.
func zstdPrefix(f *os.File, size int64) (int64, error) {
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return 0, err
	}
	defer dec.Close()
	buf := make([]byte, 1<<15)
	var good int64
	for good < size {
		n, err := zstdFrameLen(f, good, size)
		if err != nil {
			break
		}
		if err := dec.Reset(io.NewSectionReader(f, good, n)); err != nil {
			break
		}
		last, got, err := lastByte(dec, buf)
		if err != nil || (got > 0 && last != '\n') {
			break
		}
		good += n
	}
	return good, nil
}

// zstdFrameLen returns the length of the zstd frame (or skippable frame)
// at offset off of r, following RFC 8878 section 3.1. It reads only the
// frame and block headers, jumping over block contents.
func zstdFrameLen(r io.ReaderAt, off, size int64) (int64, error) {
	read := func(at int64, p []byte) error {
		if at+int64(len(p)) > size {
			return errZstdTruncated
		}
		if _, err := r.ReadAt(p, at); err != nil {
			return errZstdTruncated
		}
		return nil
	}
	var hdr [5]byte
	if err := read(off, hdr[:4]); err != nil {
		return 0, err
	}
	magic := binary.LittleEndian.Uint32(hdr[:4])
	if magic&0xFFFFFFF0 == 0x184D2A50 { // skippable frame
		if err := read(off+4, hdr[:4]); err != nil {
			return 0, err
		}
		n := 8 + int64(binary.LittleEndian.Uint32(hdr[:4]))
		if off+n > size {
			return 0, errZstdTruncated
		}
		return n, nil
	}
	if magic != 0xFD2FB528 {
		return 0, errors.New("not a zstd frame")
	}
	if err := read(off+4, hdr[4:5]); err != nil {
		return 0, err
	}
	desc := hdr[4]
	single := desc&0x20 != 0
	fcs := [4]int64{0, 2, 4, 8}[desc>>6]
	if fcs == 0 && single {
		fcs = 1
	}
	n := 5 + [4]int64{0, 1, 2, 4}[desc&3] + fcs // magic, descriptor, dictionary id, content size
	if !single {
		n++ // window descriptor
	}
	var bh [3]byte
	for {
		if err := read(off+n, bh[:]); err != nil {
			return 0, err
		}
		h := uint32(bh[0]) | uint32(bh[1])<<8 | uint32(bh[2])<<16
		bsize := int64(h >> 3)
		switch (h >> 1) & 3 {
		case 1: // RLE: one byte repeated bsize times
			bsize = 1
		case 3:
			return 0, errors.New("reserved zstd block type")
		}
		n += 3 + bsize
		if h&1 != 0 { // last block
			break
		}
	}
	if desc&0x04 != 0 { // content checksum
		n += 4
	}
	if off+n > size {
		return 0, errZstdTruncated
	}
	return n, nil
}
