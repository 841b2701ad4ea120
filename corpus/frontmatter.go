package corpus

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Front matter is most often a flat list of "key: value" lines whose values
// are quoted strings, dates and URLs (the White House corpus: title, date,
// published_time, source_url, tags). For that shape, parseSimpleFrontMatter
// builds the same map as yaml.Unmarshal at a fraction of its cost (the YAML
// decoder was about a tenth of Markdown ingest). Anything else, and anything
// it is not sure about, is left to the YAML decoder: it accepts only
//
//   - valid UTF-8 without tabs, CR, control characters, or the characters
//     YAML treats as line breaks or byte-order marks (U+0085, U+2028,
//     U+2029, U+FEFF, U+FFFE, U+FFFF);
//   - lines "key: value" with a key of ASCII letters, digits, '_' and '-'
//     (starting with a letter; not a key YAML reads as a bool or null), each
//     key once;
//   - values that are single- or double-quoted scalars (read as YAML's
//     scanner reads them, escapes and line folding included; continuation
//     lines indented), or one-line plain scalars starting with a letter (a
//     string, unless YAML reads it as a bool or null) or with a digit (a
//     timestamp as yaml.v3 parses it, else a string if it holds a space, as
//     no YAML number does).
//
// The tests compare it with yaml.Unmarshal on many generated front matters.

// parseSimpleFrontMatter returns the front matter map and true, or false
// when head is not of the simple shape (the caller then uses yaml).
func parseSimpleFrontMatter(head []byte) (map[string]any, bool) {
	if len(head) == 0 || !simpleYAMLChars(head) {
		return nil, false
	}
	fm := make(map[string]any, 8)
	for i := 0; i < len(head); {
		// The key, at the start of a line.
		k := i
		for i < len(head) && isKeyByte(head[i]) {
			i++
		}
		if i == k || !isASCIILetter(head[k]) || i-k > 128 || i+1 >= len(head) || head[i] != ':' || head[i+1] != ' ' {
			return nil, false
		}
		key := string(head[k:i])
		if _, dup := fm[key]; dup || yamlKeyword(key) {
			return nil, false
		}
		i += 2
		if i >= len(head) {
			return nil, false
		}
		var v any
		switch c := head[i]; {
		case c == '\'' || c == '"':
			s, end, ok := scanQuotedScalar(head, i)
			if !ok {
				return nil, false
			}
			v, i = s, end
		case isASCIILetter(c) || (c >= '0' && c <= '9'):
			end := i
			for end < len(head) && head[end] != '\n' {
				end++
			}
			pv, ok := plainScalar(string(head[i:end]))
			if !ok {
				return nil, false
			}
			v, i = pv, end
		default:
			return nil, false
		}
		// The value must end its line; the next line holds the next key.
		if i < len(head) {
			if head[i] != '\n' || i+1 == len(head) {
				return nil, false
			}
			i++
		}
		fm[key] = v
	}
	return fm, true
}

// simpleYAMLChars reports whether head is valid UTF-8 made only of
// characters that YAML reads as plain content (and LF).
func simpleYAMLChars(head []byte) bool {
	for i := 0; i < len(head); {
		c := head[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7F {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(head[i:])
		switch {
		case r == utf8.RuneError && n == 1, r < 0xA0, r == 0x2028, r == 0x2029, r == 0xFEFF, r == 0xFFFE, r == 0xFFFF:
			return false
		}
		i += n
	}
	return true
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isKeyByte(c byte) bool {
	return isASCIILetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-'
}

// yamlKeyword reports whether YAML reads the plain word as a bool or null
// (yaml.v3 resolves only these spellings; "yes" and "on" stay strings).
func yamlKeyword(s string) bool {
	switch s {
	case "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL":
		return true
	}
	return false
}

// plainScalar is the value of a one-line plain scalar, as yaml.v3 resolves
// it for an interface{}; false when it is not sure to be a string or a
// timestamp, or the line is not a single plain scalar.
func plainScalar(s string) (any, bool) {
	// ": " and " #" would end the scalar (a nested key, a comment); a
	// trailing space or colon is not content either.
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, " ") || strings.HasSuffix(s, ":") {
		return nil, false
	}
	if isASCIILetter(s[0]) {
		return s, !yamlKeyword(s)
	}
	if t, ok := yamlTimestamp(s); ok {
		return t, true
	}
	// Not a timestamp: yaml.v3 then tries ints and floats, none of which
	// holds a space ("2024-10-16 15:32:46-04:00" stays a string).
	return s, strings.Contains(s, " ")
}

// yamlTimestampFormats and yamlTimestamp are yaml.v3's (resolve.go): the
// timestamps it decodes into time.Time.
var yamlTimestampFormats = []string{
	"2006-1-2T15:4:5.999999999Z07:00",
	"2006-1-2t15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999",
	"2006-1-2",
}

func yamlTimestamp(s string) (time.Time, bool) {
	i := 0
	for ; i < len(s); i++ {
		if c := s[i]; c < '0' || c > '9' {
			break
		}
	}
	if i != 4 || i == len(s) || s[i] != '-' {
		return time.Time{}, false
	}
	for _, format := range yamlTimestampFormats {
		if t, err := time.Parse(format, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// scanQuotedScalar reads the quoted scalar whose opening quote is h[i], as
// yaml.v3's scanner does (yaml_parser_scan_flow_scalar): a doubled quote in single
// quotes, backslash escapes in double quotes, a line break folded into a
// space (blank lines into line breaks), spaces around breaks dropped, an
// escaped line break joining lines. It returns the value and the index
// after the closing quote; false on anything YAML would reject, and on a
// continuation line that does not start with a space.
func scanQuotedScalar(h []byte, i int) (string, int, bool) {
	single := h[i] == '\''
	i++
	var s, whitespaces []byte
	leadingBreak, trailingBreaks := false, 0
	for {
		if i >= len(h) {
			return "", 0, false // no closing quote
		}
		// Non-blank characters.
		leadingBlanks := false
	content:
		for i < len(h) && h[i] != ' ' && h[i] != '\t' && h[i] != '\n' {
			c := h[i]
			switch {
			case single && c == '\'' && i+1 < len(h) && h[i+1] == '\'':
				s = append(s, '\'')
				i += 2
			case single && c == '\'', !single && c == '"':
				break content
			case !single && c == '\\' && i+1 < len(h) && h[i+1] == '\n':
				// An escaped line break: the lines join without a space.
				if i+2 >= len(h) || h[i+2] != ' ' {
					return "", 0, false
				}
				i += 2
				leadingBlanks = true
				break content
			case !single && c == '\\':
				var ok bool
				if s, i, ok = appendEscape(s, h, i); !ok {
					return "", 0, false
				}
			default:
				n := 1
				if c >= utf8.RuneSelf {
					_, n = utf8.DecodeRune(h[i:])
				}
				s = append(s, h[i:i+n]...)
				i += n
			}
		}
		if i >= len(h) {
			return "", 0, false
		}
		if (single && h[i] == '\'') || (!single && h[i] == '"') {
			return string(s), i + 1, true
		}
		// Blanks and line breaks.
		for i < len(h) && (h[i] == ' ' || h[i] == '\t' || h[i] == '\n') {
			if h[i] == '\n' {
				if i+1 >= len(h) || h[i+1] != ' ' {
					return "", 0, false // continuation lines are indented here
				}
				if !leadingBlanks {
					whitespaces = whitespaces[:0]
					leadingBreak = true
					leadingBlanks = true
				} else {
					trailingBreaks++
				}
			} else if !leadingBlanks {
				whitespaces = append(whitespaces, h[i])
			}
			i++
		}
		// Join: fold line breaks, or keep the spaces between words.
		if leadingBlanks {
			if leadingBreak && trailingBreaks == 0 {
				s = append(s, ' ')
			}
			for ; trailingBreaks > 0; trailingBreaks-- {
				s = append(s, '\n')
			}
			leadingBreak = false
		} else {
			s = append(s, whitespaces...)
			whitespaces = whitespaces[:0]
		}
	}
}

// yamlEscapes are the one-character escapes of YAML double-quoted scalars.
var yamlEscapes = map[byte]string{
	'0': "\x00", 'a': "\x07", 'b': "\x08", 't': "\x09", '\t': "\x09", 'n': "\x0A",
	'v': "\x0B", 'f': "\x0C", 'r': "\x0D", 'e': "\x1B", ' ': " ", '"': "\"",
	'\'': "'", '\\': "\\", 'N': "\u0085", '_': "\u00A0", 'L': "\u2028", 'P': "\u2029",
}

// appendEscape decodes the escape at h[i] (a backslash) onto s.
func appendEscape(s, h []byte, i int) ([]byte, int, bool) {
	if i+1 >= len(h) {
		return s, i, false
	}
	if e, ok := yamlEscapes[h[i+1]]; ok {
		return append(s, e...), i + 2, true
	}
	digits := 0
	switch h[i+1] {
	case 'x':
		digits = 2
	case 'u':
		digits = 4
	case 'U':
		digits = 8
	default:
		return s, i, false
	}
	i += 2
	if i+digits > len(h) {
		return s, i, false
	}
	value := 0
	for _, c := range h[i : i+digits] {
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			d = int(c|0x20-'a') + 10
		default:
			return s, i, false
		}
		value = value<<4 + d
	}
	if (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF {
		return s, i, false
	}
	return utf8.AppendRune(s, rune(value)), i + digits, true
}
