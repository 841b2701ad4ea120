package corpus

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"
)

// FetchOptions configure a Fetcher. Zero values take the defaults noted;
// the CLI maps its --fetch-* flags onto these fields.
type FetchOptions struct {
	// Timeout bounds one attempt, from dialling to the last body byte
	// (default 30s), so a server that trickles bytes cannot hold a worker.
	Timeout time.Duration
	// ConnectTimeout bounds the TCP connect and TLS handshake (default 10s).
	ConnectTimeout time.Duration
	// UserAgent identifies the client (default DefaultUserAgent). Its first
	// word is the product token matched against robots.txt groups.
	UserAgent string
	// MaxBytes caps a body after decompression (default 32 MiB).
	MaxBytes int64
	// MaxRedirects caps the redirects followed (default 10; <0: none).
	MaxRedirects int
	// Retries is how many times a failed attempt (network error, 429, 5xx)
	// is retried, with exponential backoff and jitter (default 2; <0: none).
	Retries int
	// PerHostConcurrency caps simultaneous requests to one host (default 2).
	PerHostConcurrency int
	// PerHostRate caps requests per second to one host (default 1; <0:
	// unlimited). A robots.txt Crawl-delay lowers it further.
	PerHostRate float64
	// IgnoreRobots skips robots.txt.
	IgnoreRobots bool
	// AllowPrivate permits loopback, private and link-local addresses,
	// which are refused by default (after DNS resolution, on every
	// connection, redirects included).
	AllowPrivate bool
	// CacheDir, when set, keeps fetched bodies on disk keyed by URL and
	// revalidates them with ETag / Last-Modified on the next run.
	CacheDir string
	// BackoffBase is the first retry delay (default 500ms); MaxBackoff caps
	// any delay, Retry-After included (default 30s): a server asking for a
	// longer wait gets an error instead, so runs end in bounded time.
	BackoffBase time.Duration
	MaxBackoff  time.Duration
}

// DefaultUserAgent names polex and where to learn about it.
const DefaultUserAgent = "polex/1.0 (+https://github.com/polexhq/polex; policy text research)"

const defaultFetchMaxBytes = 32 << 20

func (o FetchOptions) withDefaults() FetchOptions {
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = 10 * time.Second
	}
	if o.ConnectTimeout > o.Timeout {
		o.ConnectTimeout = o.Timeout
	}
	if strings.TrimSpace(o.UserAgent) == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = defaultFetchMaxBytes
	}
	switch {
	case o.MaxRedirects == 0:
		o.MaxRedirects = 10
	case o.MaxRedirects < 0:
		o.MaxRedirects = 0
	}
	switch {
	case o.Retries == 0:
		o.Retries = 2
	case o.Retries < 0:
		o.Retries = 0
	}
	if o.PerHostConcurrency <= 0 {
		o.PerHostConcurrency = 2
	}
	if o.PerHostRate == 0 {
		o.PerHostRate = 1
	}
	if o.BackoffBase <= 0 {
		o.BackoffBase = 500 * time.Millisecond
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 30 * time.Second
	}
	return o
}

// Errors a fetch can end with (wrapped in *Error with the stage).
var (
	ErrScheme           = errors.New("only http and https URLs are fetched")
	ErrPrivateAddress   = errors.New("address is private, loopback or link-local (allow with --allow-private-networks)")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrRedirectLoop     = errors.New("redirect loop")
	ErrBodyTooLarge     = errors.New("body exceeds the size limit")
	ErrRobotsDisallowed = errors.New("disallowed by robots.txt")
	ErrBinaryContent    = errors.New("binary content where text was declared")
	ErrUnsupportedType  = errors.New("unsupported content type")
	ErrEmptyBody        = errors.New("empty body")
)

// HTTPStatusError is a final response that is not a success.
type HTTPStatusError struct {
	Status int
	// RetryAfter is the wait the server asked for, if it gave one.
	RetryAfter time.Duration
}

func (e *HTTPStatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Status, http.StatusText(e.Status))
}

// Fetcher downloads URLs politely and safely and turns them into Documents.
// It is safe for concurrent use; per-host limits apply across goroutines.
type Fetcher struct {
	opts   FetchOptions
	client *http.Client
	cache  *diskCache
	now    func() time.Time

	mu     sync.Mutex
	hosts  map[string]*hostLimiter
	robots map[string]*robotsEntry
}

// NewFetcher builds a Fetcher. Its HTTP client ignores proxy environment
// variables (a proxy would defeat the address check) and decompresses
// bodies itself, under the size limit.
func NewFetcher(opts FetchOptions) *Fetcher {
	opts = opts.withDefaults()
	f := &Fetcher{opts: opts, hosts: map[string]*hostLimiter{}, robots: map[string]*robotsEntry{}, now: time.Now}
	dialer := &net.Dialer{Timeout: opts.ConnectTimeout, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivate {
		dialer.Control = refusePrivate
	}
	transport := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   opts.ConnectTimeout,
		ResponseHeaderTimeout: opts.Timeout,
		DisableCompression:    true,
		MaxIdleConnsPerHost:   opts.PerHostConcurrency,
		IdleConnTimeout:       60 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	f.client = &http.Client{
		Transport:     transport,
		CheckRedirect: f.checkRedirect,
	}
	if opts.CacheDir != "" {
		f.cache = &diskCache{dir: opts.CacheDir}
	}
	return f
}

func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), ErrScheme)
	}
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("%w at %s", ErrRedirectLoop, req.URL.Redacted())
		}
	}
	if len(via) > f.opts.MaxRedirects {
		return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, f.opts.MaxRedirects)
	}
	return nil
}

// Input returns a lazily loaded input for a URL: nothing is fetched until
// Load. Its Document has ID and Source.URI set to the URL as given.
func (f *Fetcher) Input(rawURL string) Input {
	return NewInput(rawURL, "url", func(ctx context.Context) (*Document, error) {
		return f.Fetch(ctx, rawURL)
	})
}

// Fetch downloads one URL and extracts its text and metadata. Errors are
// *Error with Kind "url" and Stage "fetch", "robots", "decode" or
// "extract".
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Document, error) {
	fail := func(stage string, err error) (*Document, error) {
		return nil, &Error{URI: rawURL, Kind: "url", Stage: stage, Err: err}
	}
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return fail("fetch", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fail("fetch", ErrScheme)
	}
	if u.Host == "" {
		return fail("fetch", errors.New("URL has no host"))
	}
	u.Fragment = ""
	delay := time.Duration(0)
	if !f.opts.IgnoreRobots {
		rules, err := f.robotsFor(ctx, u)
		if err != nil {
			if errors.Is(err, ErrPrivateAddress) || errors.Is(err, ErrScheme) {
				return fail("fetch", err)
			}
			return fail("robots", err)
		}
		if !rules.Allowed(robotsPath(u)) {
			return fail("robots", ErrRobotsDisallowed)
		}
		delay = rules.CrawlDelay
	}
	resp, err := f.get(ctx, u, delay)
	if err != nil {
		return fail("fetch", err)
	}
	doc, stage, err := f.toDocument(rawURL, resp)
	if err != nil {
		return fail(stage, err)
	}
	return doc, nil
}

// fetched is a complete response: decompressed body and what the record
// needs to know about it.
type fetched struct {
	finalURL    string
	status      int
	contentType string
	body        []byte
	fetchedAt   time.Time
	fromCache   bool
	// Validators for the cache.
	etag, lastModified string
}

// get fetches u with the cache, per-host limits and retries.
func (f *Fetcher) get(ctx context.Context, u *url.URL, crawlDelay time.Duration) (*fetched, error) {
	key := u.String()
	var cached *cacheEntry
	if f.cache != nil {
		cached = f.cache.load(key)
	}
	var lastErr error
	for attempt := 0; attempt <= f.opts.Retries; attempt++ {
		if attempt > 0 && lastErr != nil && !isNotModified(lastErr) {
			wait := f.backoff(attempt, lastErr)
			if wait < 0 {
				return nil, lastErr
			}
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return nil, errors.Join(lastErr, ctx.Err())
			case <-t.C:
			}
		}
		res, err := f.attempt(ctx, u, cached, crawlDelay)
		if err == nil {
			if res.fromCache {
				return res, nil
			}
			if f.cache != nil {
				f.cache.store(key, res)
			}
			return res, nil
		}
		lastErr = err
		var se *HTTPStatusError
		if errors.As(err, &se) && se.Status == http.StatusNotModified && cached != nil {
			// The cache entry's body is gone or damaged: ask again
			// without validators, at once.
			cached = nil
			attempt--
			continue
		}
		if !retryable(ctx, err) {
			return nil, err
		}
	}
	return nil, fmt.Errorf("after %d attempts: %w", f.opts.Retries+1, lastErr)
}

func isNotModified(err error) bool {
	var se *HTTPStatusError
	return errors.As(err, &se) && se.Status == http.StatusNotModified
}

// backoff is the wait before retry number attempt: the server's
// Retry-After when it gave one, else exponential with full jitter. A
// negative result means the server asked for longer than MaxBackoff.
func (f *Fetcher) backoff(attempt int, err error) time.Duration {
	var se *HTTPStatusError
	if errors.As(err, &se) && se.RetryAfter > 0 {
		if se.RetryAfter > f.opts.MaxBackoff {
			return -1
		}
		return se.RetryAfter
	}
	ceil := f.opts.BackoffBase << (attempt - 1)
	if ceil > f.opts.MaxBackoff || ceil <= 0 {
		ceil = f.opts.MaxBackoff
	}
	// Half fixed, half random: spreads retries from many workers while
	// keeping a floor.
	return ceil/2 + time.Duration(rand.Int64N(int64(ceil/2)+1))
}

func retryable(ctx context.Context, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	var se *HTTPStatusError
	if errors.As(err, &se) {
		switch se.Status {
		case http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusBadGateway,
			http.StatusServiceUnavailable, http.StatusGatewayTimeout:
			return true
		}
		return false
	}
	for _, final := range []error{ErrPrivateAddress, ErrScheme, ErrTooManyRedirects, ErrRedirectLoop, ErrBodyTooLarge} {
		if errors.Is(err, final) {
			return false
		}
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return false // the name does not exist; asking again will not help
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var oe *net.OpError
	return errors.As(err, &oe)
}

// attempt makes one request under the per-host limits and the total
// timeout, reading the whole body.
func (f *Fetcher) attempt(ctx context.Context, u *url.URL, cached *cacheEntry, crawlDelay time.Duration) (*fetched, error) {
	release, err := f.host(u.Host).acquire(ctx, crawlDelay)
	if err != nil {
		return nil, err
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	if cached != nil {
		if cached.ETag != "" {
			req.Header.Set("If-None-Match", cached.ETag)
		}
		if cached.LastModified != "" {
			req.Header.Set("If-Modified-Since", cached.LastModified)
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, unwrapURLError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified && cached != nil {
		if body, ok := f.cache.body(cached); ok {
			return &fetched{finalURL: cached.FinalURL, status: cached.Status, contentType: cached.ContentType,
				body: body, fetchedAt: f.now(), fromCache: true}, nil
		}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, &HTTPStatusError{Status: resp.StatusCode, RetryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), f.now())}
	}
	body, err := readBody(resp, f.opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	res := &fetched{finalURL: resp.Request.URL.String(), status: resp.StatusCode,
		contentType: resp.Header.Get("Content-Type"), body: body, fetchedAt: f.now()}
	if f.cache != nil {
		res.etag, res.lastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	}
	return res, nil
}

// unwrapURLError drops the *url.Error layer (its message repeats the URL,
// which the record already names) and keeps the cause.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// readBody reads and decompresses a body, refusing more than max bytes
// of either the compressed or the decompressed stream.
func readBody(resp *http.Response, max int64) ([]byte, error) {
	if resp.ContentLength > max {
		return nil, fmt.Errorf("%w: Content-Length %d > %d", ErrBodyTooLarge, resp.ContentLength, max)
	}
	var r io.Reader = io.LimitReader(resp.Body, max+1)
	enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
	switch enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gzip body: %w", err)
		}
		defer zr.Close()
		r = zr
	case "br":
		r = brotli.NewReader(r)
	case "deflate":
		// "deflate" is meant to be zlib-wrapped, but some servers send raw
		// deflate: peek at the header to tell.
		br := &peekReader{r: r}
		if br.zlibHeader() {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("deflate body: %w", err)
			}
			defer zr.Close()
			r = zr
		} else {
			fr := flate.NewReader(br)
			defer fr.Close()
			r = fr
		}
	default:
		return nil, fmt.Errorf("%w: content encoding %q", ErrUnsupportedType, enc)
	}
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("reading body: %w", err)
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("%w (%d bytes)", ErrBodyTooLarge, max)
	}
	return body, nil
}

type peekReader struct {
	r   io.Reader
	buf []byte
}

func (p *peekReader) zlibHeader() bool {
	b := make([]byte, 2)
	n, _ := io.ReadFull(p.r, b)
	p.buf = b[:n]
	return n == 2 && b[0]&0x0f == 8 && (uint16(b[0])<<8|uint16(b[1]))%31 == 0
}

func (p *peekReader) Read(b []byte) (int, error) {
	if len(p.buf) > 0 {
		n := copy(b, p.buf)
		p.buf = p.buf[n:]
		return n, nil
	}
	return p.r.Read(b)
}

// parseRetryAfter reads a Retry-After header: delay seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

// ---- per-host limits ----

type hostLimiter struct {
	sem      chan struct{}
	interval time.Duration
	mu       sync.Mutex
	next     time.Time
}

func (f *Fetcher) host(h string) *hostLimiter {
	f.mu.Lock()
	defer f.mu.Unlock()
	l, ok := f.hosts[h]
	if !ok {
		l = &hostLimiter{sem: make(chan struct{}, f.opts.PerHostConcurrency)}
		if f.opts.PerHostRate > 0 {
			l.interval = time.Duration(float64(time.Second) / f.opts.PerHostRate)
		}
		f.hosts[h] = l
	}
	return l
}

// acquire takes a concurrency slot and waits for the host's next rate
// slot (the larger of the rate interval and the robots Crawl-delay).
func (l *hostLimiter) acquire(ctx context.Context, crawlDelay time.Duration) (func(), error) {
	select {
	case l.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() { <-l.sem }
	interval := max(l.interval, crawlDelay)
	l.mu.Lock()
	now := time.Now()
	start := now
	if l.next.After(now) {
		start = l.next
	}
	l.next = start.Add(interval)
	l.mu.Unlock()
	if wait := start.Sub(now); wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			release()
			return nil, ctx.Err()
		case <-t.C:
		}
	}
	return release, nil
}

// ---- turning a response into a document ----

func (f *Fetcher) toDocument(rawURL string, res *fetched) (*Document, string, error) {
	sum := sha256.Sum256(res.body)
	doc := &Document{
		ID: rawURL,
		Source: Source{URI: rawURL, Kind: "url", Bytes: int64(len(res.body)), SHA256: hex.EncodeToString(sum[:]),
			FinalURL: res.finalURL, Status: res.status, FetchedAt: res.fetchedAt.UTC().Format(time.RFC3339)},
	}
	if res.fromCache {
		doc.Flags = append(doc.Flags, "from_cache")
	}
	if len(bytes.TrimSpace(res.body)) == 0 {
		return nil, "extract", ErrEmptyBody
	}
	body, declared := res.body, res.contentType
	if IsGzip(body) {
		// A compressed file served as is (report.txt.gz): unpack it under
		// the same size limit and judge the content by its bytes.
		inner, err := Gunzip(body, f.opts.MaxBytes)
		if err != nil {
			return nil, "decode", err
		}
		body, declared = inner, ""
	}
	kind, ct, err := classify(declared, body)
	doc.Source.ContentType = ct
	if err != nil {
		return nil, "decode", err
	}
	var text string
	var meta Meta
	switch kind {
	case "pdf":
		text, meta, err = PDFToText(bytes.NewReader(body), int64(len(body)))
		if err != nil {
			return nil, "extract", err
		}
	case "html":
		utf, err := DecodeCharset(body, declared)
		if err != nil {
			return nil, "decode", err
		}
		if looksBinaryText(utf) {
			return nil, "decode", ErrBinaryContent
		}
		text, meta, err = HTMLBytesToText([]byte(utf), "text/html; charset=utf-8")
		if err != nil {
			return nil, "extract", err
		}
	default: // text
		utf, err := DecodeCharset(body, declared)
		if err != nil {
			return nil, "decode", err
		}
		if looksBinaryText(utf) {
			return nil, "decode", ErrBinaryContent
		}
		text = NormalizeText(utf)
		if countLetters(text) == 0 {
			return nil, "extract", ErrNoMainText
		}
	}
	if meta.SourceURL != "" {
		if base, err := url.Parse(res.finalURL); err == nil {
			if ref, err := url.Parse(meta.SourceURL); err == nil {
				meta.SourceURL = base.ResolveReference(ref).String()
			}
		}
	}
	if meta.Published == "" {
		// Many news and blog URLs carry the publication date.
		meta.Published = dateFromURL(res.finalURL)
	}
	doc.Meta = meta
	doc.Text = text
	return doc, "", nil
}

var urlDate = regexp.MustCompile(`/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)|/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)`)

// dateFromURL reads a publication date from a URL path
// (/2024/09/25/slug, /2024-09-25-slug, /20240925/).
func dateFromURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	m := urlDate.FindStringSubmatch(u.Path)
	if m == nil {
		return ""
	}
	y, mo, d := m[1], m[2], m[3]
	if y == "" {
		y, mo, d = m[4], m[5], m[6]
	}
	iso, ok := ParsePageDate(fmt.Sprintf("%s-%02s-%02s", y, mo, d))
	if !ok {
		return ""
	}
	return iso
}

// classify decides how to read a body: "html", "pdf" or "text". The
// declared type is trusted unless it is missing or generic, or the bytes
// say otherwise (a PDF served as text/html is still a PDF). It returns
// the media type recorded in the source.
func classify(header string, body []byte) (kind, mediaType string, err error) {
	mt, _, perr := mime.ParseMediaType(header)
	if perr != nil {
		mt = ""
	}
	mt = strings.ToLower(mt)
	if IsPDF(body) {
		return "pdf", "application/pdf", nil
	}
	if mt == "" || mt == "application/octet-stream" || mt == "binary/octet-stream" || mt == "application/x-unknown" {
		mt = strings.ToLower(strings.SplitN(http.DetectContentType(body), ";", 2)[0])
		if mt == "text/plain" && looksLikeHTML(body) {
			mt = "text/html"
		}
	}
	switch mt {
	case "text/html", "application/xhtml+xml", "application/xml", "text/xml":
		if mt != "text/html" && mt != "application/xhtml+xml" && !looksLikeHTML(body) {
			return "", mt, fmt.Errorf("%w: %s", ErrUnsupportedType, mt)
		}
		return "html", mt, nil
	case "application/pdf":
		return "", mt, fmt.Errorf("%w: declared application/pdf but the body is not a PDF", ErrUnsupportedType)
	case "text/plain", "text/markdown", "text/x-markdown":
		if looksLikeHTML(body) {
			// Misdeclared HTML is common; reading its tags as prose is not
			// useful.
			return "html", "text/html", nil
		}
		return "text", mt, nil
	}
	if strings.HasPrefix(mt, "text/") {
		return "text", mt, nil
	}
	return "", mt, fmt.Errorf("%w: %s", ErrUnsupportedType, mt)
}

func looksLikeHTML(body []byte) bool {
	head := bytes.ToLower(body[:min(len(body), 2048)])
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<title", "<p>", "<div"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// looksBinaryText reports whether decoded text is really binary: NUL
// bytes, or many control and replacement characters.
func looksBinaryText(s string) bool {
	sample := s[:min(len(s), 8192)]
	if strings.IndexByte(sample, 0) >= 0 {
		return true
	}
	bad, n := 0, 0
	for _, r := range sample {
		n++
		if r == '\uFFFD' || (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f') {
			bad++
		}
	}
	return n > 0 && bad*10 > n
}
