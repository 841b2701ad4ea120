package corpus

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// RobotsRules are the robots.txt rules that apply to one user agent
// (RFC 9309): the longest matching pattern decides, Allow wins a tie, and
// "*" and "$" work as wildcards.
type RobotsRules struct {
	rules []robotsRule
	// CrawlDelay is the group's Crawl-delay (a common extension), capped.
	CrawlDelay time.Duration
	// disallowAll is set when robots.txt could not be read for a server
	// error: RFC 9309 says to assume everything is disallowed.
	disallowAll bool
}

type robotsRule struct {
	allow   bool
	pattern string
}

// maxCrawlDelay caps a robots.txt Crawl-delay so one host cannot stall a
// run.
const maxCrawlDelay = 10 * time.Second

// maxRobotsBytes is what RFC 9309 asks crawlers to parse at least.
const maxRobotsBytes = 500 << 10

// ParseRobots reads robots.txt and keeps the rules of the group that names
// agent (case-insensitive product token), or of the "*" group when none
// does. Groups naming the same agent are merged.
func ParseRobots(r io.Reader, agent string) *RobotsRules {
	agent = strings.ToLower(agent)
	type group struct {
		agents []string
		rules  []robotsRule
		delay  time.Duration
	}
	var groups []*group
	var cur *group
	lastWasAgent := false
	sc := bufio.NewScanner(io.LimitReader(r, maxRobotsBytes))
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if !lastWasAgent || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(val))
			lastWasAgent = true
			continue
		case "allow", "disallow":
			if cur != nil && val != "" {
				cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: val})
			}
		case "crawl-delay":
			if cur != nil {
				if s, err := strconv.ParseFloat(val, 64); err == nil && s > 0 {
					cur.delay = min(time.Duration(s*float64(time.Second)), maxCrawlDelay)
				}
			}
		}
		lastWasAgent = false
	}
	out := &RobotsRules{}
	matched := false
	for _, g := range groups {
		for _, a := range g.agents {
			if a != "*" && a != "" && (a == agent || strings.HasPrefix(agent, a)) {
				matched = true
			}
		}
	}
	for _, g := range groups {
		use := false
		for _, a := range g.agents {
			if matched && a != "*" && a != "" && (a == agent || strings.HasPrefix(agent, a)) {
				use = true
			}
			if !matched && a == "*" {
				use = true
			}
		}
		if use {
			out.rules = append(out.rules, g.rules...)
			out.CrawlDelay = max(out.CrawlDelay, g.delay)
		}
	}
	return out
}

// Allowed reports whether a path (with its query) may be fetched.
func (r *RobotsRules) Allowed(path string) bool {
	if r == nil {
		return true
	}
	if r.disallowAll {
		return false
	}
	if path == "" {
		path = "/"
	}
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if robotsMatch(rule.pattern, path) {
			n := len(rule.pattern)
			if n > best || (n == best && rule.allow) {
				best, allow = n, rule.allow
			}
		}
	}
	return allow
}

// robotsMatch matches a robots.txt pattern ("*" any run, "$" end anchor)
// against a path prefix.
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	pos := len(parts[0])
	for i, part := range parts[1:] {
		if i == len(parts)-2 && anchored {
			// The last part must end the path.
			return strings.HasSuffix(path[pos:], part)
		}
		j := strings.Index(path[pos:], part)
		if j < 0 {
			return false
		}
		pos += j + len(part)
	}
	return !anchored || pos == len(path)
}

// robotsPath is the part of a URL that robots.txt patterns match.
func robotsPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

type robotsEntry struct {
	done  chan struct{}
	rules *RobotsRules
	err   error
}

// robotsFor returns the robots.txt rules of u's origin, fetching them once
// per Fetcher (concurrent callers wait for the first).
func (f *Fetcher) robotsFor(ctx context.Context, u *url.URL) (*RobotsRules, error) {
	origin := u.Scheme + "://" + u.Host
	f.mu.Lock()
	e, ok := f.robots[origin]
	if !ok {
		e = &robotsEntry{done: make(chan struct{})}
		f.robots[origin] = e
		f.mu.Unlock()
		e.rules, e.err = f.fetchRobots(ctx, origin)
		if e.err != nil && ctx.Err() != nil {
			// Cancelled by this caller, not answered by the server: let
			// the next caller try again.
			f.mu.Lock()
			delete(f.robots, origin)
			f.mu.Unlock()
		}
		close(e.done)
	} else {
		f.mu.Unlock()
		select {
		case <-e.done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return e.rules, e.err
}

// fetchRobots follows RFC 9309: a 4xx answer means no restrictions, a 5xx
// or an unreachable server means full disallow (reported as an error so the
// record says why).
func (f *Fetcher) fetchRobots(ctx context.Context, origin string) (*RobotsRules, error) {
	u, _ := url.Parse(origin + "/robots.txt")
	agent := strings.ToLower(strings.Fields(f.opts.UserAgent)[0])
	if i := strings.IndexByte(agent, '/'); i >= 0 {
		agent = agent[:i]
	}
	res, err := f.get(ctx, u, 0)
	if err != nil {
		var se *HTTPStatusError
		if errors.As(err, &se) && se.Status >= 400 && se.Status < 500 {
			return &RobotsRules{}, nil
		}
		return nil, fmt.Errorf("robots.txt unavailable: %w", err)
	}
	ct := strings.ToLower(res.contentType)
	if ct != "" && !strings.HasPrefix(ct, "text/plain") && looksLikeHTML(res.body) {
		// An HTML page (a soft 404) is not a robots.txt.
		return &RobotsRules{}, nil
	}
	return ParseRobots(strings.NewReader(string(res.body)), agent), nil
}
