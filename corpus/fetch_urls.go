package corpus

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// ReadURLList reads a URL list file (the CLI's @urls.txt): one URL a line;
// blank lines and lines starting with # are skipped, as is text after " #".
func ReadURLList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var urls []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\uFEFF"))
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		urls = append(urls, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return urls, nil
}

// IsURL reports whether a command-line argument names a web resource
// (http or https) rather than a path.
func IsURL(arg string) bool {
	l := strings.ToLower(strings.TrimSpace(arg))
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
