package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"unicode/utf8"
)

// Errors that name why raw bytes are not a text document.
var (
	ErrEmpty     = errors.New("empty input")
	ErrBinary    = errors.New("binary content (not text)")
	ErrTooLarge  = errors.New("input exceeds the size limit")
	ErrNoText    = errors.New("record has neither text nor html")
	ErrNoContent = errors.New("no text left after converting the input")
)

// FlagInvalidUTF8 marks a document whose invalid UTF-8 bytes were replaced
// with U+FFFD.
const FlagInvalidUTF8 = "invalid_utf8_repaired"

// DecodeText turns raw bytes into text: binary content is refused, invalid
// UTF-8 is repaired with U+FFFD (and reported by the flag), a byte-order mark
// is dropped.
func DecodeText(raw []byte) (text string, flags []string, err error) {
	b, flags, err := decodeTextBytes(raw)
	return string(b), flags, err
}

// decodeTextBytes is DecodeText without the copy into a string, for
// Markdown, which is parsed as bytes: valid input is returned as it is (a
// subslice of raw), repaired input as a new slice.
func decodeTextBytes(raw []byte) ([]byte, []string, error) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, nil, ErrEmpty
	}
	if looksBinary(raw) {
		return nil, nil, ErrBinary
	}
	if !utf8.Valid(raw) {
		return bytes.ToValidUTF8(raw, []byte("\uFFFD")), []string{FlagInvalidUTF8}, nil
	}
	return raw, nil, nil
}

// looksBinary reports whether the first few KiB hold a NUL byte or mostly
// control characters, as executables, images and archives do.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*10 > len(b)
}

func sha256Hex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}
