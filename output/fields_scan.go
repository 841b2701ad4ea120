package output

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// objScanner walks the top-level members of one encoded JSON object without
// decoding the values: it only finds where each value ends, so a member can
// be copied, dropped or inspected without touching the (possibly megabytes
// of) text inside it. It checks the structure it walks (strings, brackets,
// separators) but is not a validator: it assumes the values themselves are
// valid JSON, as every line polex writes is.
type objScanner struct {
	b     []byte
	i     int
	first bool
	done  bool
	// close is the offset of the object's closing brace once done.
	close int
	// valEnd is the offset just past the value next last returned.
	valEnd int
}

var errNotObject = errors.New("line is not a JSON object")

func newObjScanner(b []byte) (objScanner, error) {
	s := objScanner{b: b, first: true}
	s.skipSpace()
	if s.i >= len(b) || b[s.i] != '{' {
		return s, errNotObject
	}
	s.i++
	return s, nil
}

func (s *objScanner) skipSpace() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\r', '\n':
			s.i++
		default:
			return
		}
	}
}

// next returns the next member: its raw key (between the quotes, still
// escaped), its raw value, and the member's offset (its key's opening
// quote): the member is b[start:s.valEnd]. ok is false after the closing
// brace.
func (s *objScanner) next() (key, val []byte, start int, ok bool, err error) {
	if s.done {
		return nil, nil, 0, false, nil
	}
	s.skipSpace()
	if s.i >= len(s.b) {
		return nil, nil, 0, false, errors.New("unterminated JSON object")
	}
	if s.first && s.b[s.i] == '}' {
		return s.end() // {}
	}
	if !s.first {
		// After a member comes ',' ('}' was taken when the member ended).
		if s.b[s.i] != ',' {
			return nil, nil, 0, false, fmt.Errorf("expected ',' or '}' at offset %d", s.i)
		}
		s.i++
		s.skipSpace()
	}
	s.first = false
	start = s.i
	if s.i >= len(s.b) || s.b[s.i] != '"' {
		return nil, nil, 0, false, fmt.Errorf("expected a key at offset %d", s.i)
	}
	kend, err := skipString(s.b, s.i)
	if err != nil {
		return nil, nil, 0, false, err
	}
	key = s.b[s.i+1 : kend-1]
	s.i = kend
	s.skipSpace()
	if s.i >= len(s.b) || s.b[s.i] != ':' {
		return nil, nil, 0, false, fmt.Errorf("expected ':' at offset %d", s.i)
	}
	s.i++
	s.skipSpace()
	vstart := s.i
	vend, err := skipValue(s.b, s.i)
	if err != nil {
		return nil, nil, 0, false, err
	}
	s.i = vend
	s.valEnd = vend
	// A member is followed by ',' or '}' (checked on the next call); peek
	// here so that the last member sees the end of the object.
	s.skipSpace()
	if s.i < len(s.b) && s.b[s.i] == '}' {
		s.close = s.i
		s.done = true
		s.i++
		if err := s.checkTail(); err != nil {
			return nil, nil, 0, false, err
		}
	}
	return key, s.b[vstart:vend], start, true, nil
}

func (s *objScanner) end() (key, val []byte, start int, ok bool, err error) {
	s.close = s.i
	s.done = true
	s.i++
	return nil, nil, 0, false, s.checkTail()
}

// checkTail allows only whitespace after the object.
func (s *objScanner) checkTail() error {
	s.skipSpace()
	if s.i != len(s.b) {
		return fmt.Errorf("data after the JSON object at offset %d", s.i)
	}
	return nil
}

// skipString returns the offset just past the string starting at b[i]=='"'.
// It jumps from quote to quote with bytes.IndexByte (vectorised) and counts
// the backslashes before each: an odd number escapes the quote. Control
// characters are not checked (see objScanner).
func skipString(b []byte, i int) (int, error) {
	j := i + 1
	for {
		k := bytes.IndexByte(b[j:], '"')
		if k < 0 {
			return 0, errors.New("unterminated string")
		}
		q := j + k
		n := 0
		for q-1-n > i && b[q-1-n] == '\\' {
			n++
		}
		if n%2 == 0 {
			return q + 1, nil
		}
		j = q + 1
	}
}

// skipValue returns the offset just past the value starting at b[i].
func skipValue(b []byte, i int) (int, error) {
	if i >= len(b) {
		return 0, errors.New("missing value")
	}
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		// Track the open brackets so that mismatched ones are caught; real
		// records nest a few levels deep, so the stack stays on the stack.
		var stackBuf [32]byte
		stack := append(stackBuf[:0], b[i])
		for j := i + 1; j < len(b); j++ {
			c := b[j]
			if !structural[c] {
				continue
			}
			switch c {
			case '"':
				e, err := skipString(b, j)
				if err != nil {
					return 0, err
				}
				j = e - 1
			case '{', '[':
				stack = append(stack, c)
			case '}', ']':
				open := byte('{')
				if c == ']' {
					open = '['
				}
				if stack[len(stack)-1] != open {
					return 0, fmt.Errorf("mismatched %q at offset %d", c, j)
				}
				stack = stack[:len(stack)-1]
				if len(stack) == 0 {
					return j + 1, nil
				}
			}
		}
		return 0, errors.New("unterminated array or object")
	}
	// Number, true, false or null: up to the next delimiter.
	j := i
	for j < len(b) {
		switch b[j] {
		case ',', '}', ']', ' ', '\t', '\r', '\n', ':', '"', '{', '[':
			if j == i {
				return 0, fmt.Errorf("unexpected %q at offset %d", b[j], j)
			}
			return j, nil
		}
		j++
	}
	if j == i {
		return 0, errors.New("missing value")
	}
	return j, nil
}

// structural marks the bytes skipValue must look at inside arrays and
// objects; the others are skipped with one table lookup.
var structural = [256]bool{'"': true, '{': true, '}': true, '[': true, ']': true}

// keyIs reports whether the raw (possibly escaped) key equals name.
func keyIs(raw []byte, name string) bool {
	if string(raw) == name {
		return true
	}
	for _, c := range raw {
		if c == '\\' {
			k, err := unquoteKey(raw)
			return err == nil && k == name
		}
	}
	return false
}

// unquoteKey decodes a raw key that contains escapes.
func unquoteKey(raw []byte) (string, error) {
	q := make([]byte, 0, len(raw)+2)
	q = append(q, '"')
	q = append(q, raw...)
	q = append(q, '"')
	var k string
	err := json.Unmarshal(q, &k)
	return k, err
}

// keyString returns the decoded key (allocating only for escaped keys).
func keyString(raw []byte) (string, error) {
	for _, c := range raw {
		if c == '\\' {
			return unquoteKey(raw)
		}
	}
	return string(raw), nil
}

// rawString decodes a raw JSON string value.
func rawString(val []byte) (string, error) {
	if len(val) < 2 || val[0] != '"' {
		return "", errors.New("not a string")
	}
	inner := val[1 : len(val)-1]
	plain := true
	for _, c := range inner {
		if c == '\\' {
			plain = false
			break
		}
	}
	if plain {
		return string(inner), nil
	}
	var s string
	if err := json.Unmarshal(val, &s); err != nil {
		return "", err
	}
	return s, nil
}

// rawInt decodes a raw JSON integer value.
func rawInt(val []byte) (int, error) {
	n, err := strconv.Atoi(string(val))
	if err != nil {
		return 0, fmt.Errorf("not an integer: %.20q", val)
	}
	return n, nil
}
