package corpus

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"golang.org/x/text/encoding/charmap"
)

// testFetcher is a Fetcher for httptest servers: loopback allowed, short
// timeouts and backoff, no rate limit.
func testFetcher(mod func(*FetchOptions)) *Fetcher {
	o := FetchOptions{AllowPrivate: true, Timeout: 2 * time.Second, BackoffBase: 5 * time.Millisecond,
		MaxBackoff: 200 * time.Millisecond, PerHostRate: -1}
	if mod != nil {
		mod(&o)
	}
	return NewFetcher(o)
}

const articleHTML = `<!DOCTYPE html><html lang="en"><head><title>Talks on the Mekong | Example News</title>
<meta property="og:title" content="Talks on the Mekong">
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2025-04-02T10:00:00+07:00">
<link rel="canonical" href="/news/mekong"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks on the Mekong</h1>
<p>Ministers from Cambodia, Laos, Thailand and Vietnam met in Vientiane on Wednesday to discuss water levels on the Mekong, which have fallen sharply after a dry season.</p>
<p>The Mekong River Commission said it would publish daily data from upstream dams, a step that downstream countries have sought for years.</p>
</article><footer>© Example News</footer></body></html>`

// loadErr loads a URL and returns its *Error (failing the test if none).
func loadErr(t *testing.T, f *Fetcher, url string) *Error {
	t.Helper()
	doc, err := f.Input(url).Load(context.Background())
	if err == nil {
		t.Fatalf("%s: want an error, got a document %q", url, doc.Text)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%s: error %T %v is not *corpus.Error", url, err, err)
	}
	if e.URI != url || e.Kind != "url" {
		t.Errorf("error record %+v does not name the URL", e)
	}
	return e
}

func TestFetchArticle(t *testing.T) {
	var mux http.ServeMux
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/mekong-latest", http.StatusMovedPermanently)
	})
	var gotUA string
	mux.HandleFunc("/news/mekong-latest", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(articleHTML))
	})
	srv := httptest.NewServer(&mux)
	defer srv.Close()
	f := testFetcher(func(o *FetchOptions) { o.UserAgent = "polex-test/1.0 (+contact)" })
	url := srv.URL + "/old"
	doc, err := f.Input(url).Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(articleHTML))
	want := Source{URI: url, Kind: "url", ContentType: "text/html", Bytes: int64(len(articleHTML)),
		SHA256: hex.EncodeToString(sum[:]), FinalURL: srv.URL + "/news/mekong-latest", Status: 200}
	got := doc.Source
	if _, err := time.Parse(time.RFC3339, got.FetchedAt); err != nil {
		t.Errorf("fetched_at %q: %v", got.FetchedAt, err)
	}
	got.FetchedAt = ""
	if got != want {
		t.Errorf("source\n got %+v\nwant %+v", got, want)
	}
	if doc.ID != url {
		t.Errorf("id %q", doc.ID)
	}
	if gotUA != "polex-test/1.0 (+contact)" {
		t.Errorf("user agent %q", gotUA)
	}
	m := doc.Meta
	if m.Title != "Talks on the Mekong" || len(m.Authors) != 1 || m.Authors[0] != "Ana Ruiz" ||
		m.Published != "2025-04-02" || m.Language != "en" || m.SourceURL != srv.URL+"/news/mekong" {
		t.Errorf("meta %+v", m)
	}
	if !strings.HasPrefix(doc.Text, "Talks on the Mekong\n\nMinisters from Cambodia") || strings.Contains(doc.Text, "Home") ||
		strings.Contains(doc.Text, "©") {
		t.Errorf("text %q", doc.Text)
	}
}

// TestFetchEncodings serves the same page compressed each way and in a
// legacy charset.
func TestFetchEncodings(t *testing.T) {
	page := strings.Replace(articleHTML, "Vientiane", "Vientiane (Viêng Chăn)", 1)
	latin := strings.Replace(articleHTML, "Vientiane", "Vientiane, où", 1)
	latinBytes, err := charmap.Windows1252.NewEncoder().Bytes([]byte(latin))
	if err != nil {
		t.Fatal(err)
	}
	compress := map[string]func([]byte) []byte{
		"gzip": func(b []byte) []byte {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(b)
			zw.Close()
			return buf.Bytes()
		},
		"deflate": func(b []byte) []byte {
			var buf bytes.Buffer
			zw := zlib.NewWriter(&buf)
			zw.Write(b)
			zw.Close()
			return buf.Bytes()
		},
		"br": func(b []byte) []byte {
			var buf bytes.Buffer
			zw := brotli.NewWriter(&buf)
			zw.Write(b)
			zw.Close()
			return buf.Bytes()
		},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if r.URL.Path == "/latin1" {
			w.Header().Set("Content-Type", "text/html; charset=windows-1252")
			w.Write(latinBytes)
			return
		}
		enc := strings.TrimPrefix(r.URL.Path, "/")
		if !strings.Contains(r.Header.Get("Accept-Encoding"), enc) {
			t.Errorf("Accept-Encoding %q lacks %s", r.Header.Get("Accept-Encoding"), enc)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", enc)
		w.Write(compress[enc]([]byte(page)))
	}))
	defer srv.Close()
	f := testFetcher(nil)
	for _, enc := range []string{"gzip", "deflate", "br"} {
		doc, err := f.Fetch(context.Background(), srv.URL+"/"+enc)
		if err != nil {
			t.Errorf("%s: %v", enc, err)
			continue
		}
		if !strings.Contains(doc.Text, "Vientiane (Viêng Chăn)") || doc.Source.Bytes != int64(len(page)) {
			t.Errorf("%s: text %q bytes %d", enc, doc.Text, doc.Source.Bytes)
		}
	}
	doc, err := f.Fetch(context.Background(), srv.URL+"/latin1")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Vientiane, où") {
		t.Errorf("windows-1252 page decoded as %q", doc.Text)
	}
}

// TestFetchBadInput is the list of bad inputs: each ends as an
// error record naming the URL, the stage and the cause, in bounded time.
func TestFetchBadInput(t *testing.T) {
	var hits sync.Map // path -> *atomic.Int32
	count := func(p string) int32 {
		v, _ := hits.LoadOrStore(p, new(atomic.Int32))
		return v.(*atomic.Int32).Load()
	}
	done := make(chan struct{})
	mux := http.NewServeMux()
	handle := func(p string, h http.HandlerFunc) {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			v, _ := hits.LoadOrStore(p, new(atomic.Int32))
			v.(*atomic.Int32).Add(1)
			h(w, r)
		})
	}
	status := func(code int) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", code) }
	}
	handle("/404", status(404))
	handle("/410", status(410))
	handle("/500", status(500))
	handle("/429", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "slow down", 429)
	})
	handle("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		case <-done:
		}
	})
	handle("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for i := 0; i < 200; i++ {
			if _, err := w.Write([]byte("<p>a")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-time.After(50 * time.Millisecond):
			case <-r.Context().Done():
				return
			case <-done:
				return
			}
		}
	})
	handle("/loop-a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-b", 302) })
	handle("/loop-b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-a", 302) })
	handle("/chain/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/chain/"), "%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), 302)
	})
	handle("/to-ftp", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "ftp://example.com/x", 302) })
	handle("/wrong-type", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte(articleHTML))
	})
	handle("/no-type", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil
		w.Write([]byte(articleHTML))
	})
	handle("/binary", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		b := make([]byte, 4096)
		for i := range b {
			b[i] = byte(i * 7919 % 256)
		}
		w.Write(b)
	})
	handle("/empty", func(w http.ResponseWriter, r *http.Request) { w.Header().Set("Content-Type", "text/html") })
	handle("/blank", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<!doctype html><html><head><title>Loading…</title><script>load()</script></head><body><div id=app></div></body></html>"))
	})
	handle("/links-only", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html><body><nav><a href=/a>Home</a></nav><ul><li><a href=/1>Sitemap entry one with a long title</a></li><li><a href=/2>Sitemap entry two with a long title</a></li><li><a href=/3>Another linked page in the index</a></li></ul></body></html>`))
	})
	handle("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("<p>padding text</p>"), 1000))
	})
	var bomb bytes.Buffer // 8 MiB of zeros in about 8 KiB
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zw.Write(make([]byte, 8<<20))
	zw.Close()
	handle("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	})
	handle("/truncated-gzip", func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(articleHTML))
		zw.Close()
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(buf.Bytes()[:buf.Len()/2])
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	defer close(done)

	f := testFetcher(func(o *FetchOptions) {
		o.Timeout = 400 * time.Millisecond
		o.Retries = 2
		o.MaxRedirects = 5
		o.MaxBytes = 10000
	})
	cases := []struct {
		path  string
		stage string
		want  error
		check func(error) bool
	}{
		{"/404", "fetch", nil, statusIs(404)},
		{"/410", "fetch", nil, statusIs(410)},
		{"/500", "fetch", nil, statusIs(500)},
		{"/429", "fetch", nil, statusIs(429)},
		{"/slow", "fetch", context.DeadlineExceeded, nil},
		{"/trickle", "fetch", context.DeadlineExceeded, nil},
		{"/loop-a", "fetch", ErrRedirectLoop, nil},
		{"/chain/0", "fetch", ErrTooManyRedirects, nil},
		{"/to-ftp", "fetch", ErrScheme, nil},
		{"/wrong-type", "decode", ErrUnsupportedType, nil},
		{"/binary", "decode", ErrBinaryContent, nil},
		{"/empty", "extract", ErrEmptyBody, nil},
		{"/blank", "extract", ErrNoMainText, nil},
		{"/links-only", "extract", ErrNoMainText, nil},
		{"/big", "fetch", ErrBodyTooLarge, nil},
		{"/bomb", "fetch", ErrBodyTooLarge, nil},
		{"/truncated-gzip", "fetch", nil, func(err error) bool { return strings.Contains(err.Error(), "unexpected EOF") }},
	}
	for _, c := range cases {
		t.Run(strings.Trim(c.path, "/"), func(t *testing.T) {
			start := time.Now()
			e := loadErr(t, f, srv.URL+c.path)
			if e.Stage != c.stage {
				t.Errorf("stage %q, want %q (%v)", e.Stage, c.stage, e)
			}
			if c.want != nil && !errors.Is(e, c.want) {
				t.Errorf("error %v, want %v", e, c.want)
			}
			if c.check != nil && !c.check(e) {
				t.Errorf("error %v", e)
			}
			// Bounded: 3 attempts of at most 400ms plus short backoffs.
			if d := time.Since(start); d > 4*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
	// 5xx is retried (1 + 2 retries); 404 is not; a Retry-After longer
	// than MaxBackoff is not waited for.
	if n := count("/500"); n != 3 {
		t.Errorf("/500 requested %d times, want 3", n)
	}
	if n := count("/404"); n != 1 {
		t.Errorf("/404 requested %d times, want 1", n)
	}
	if n := count("/429"); n != 1 {
		t.Errorf("/429 requested %d times, want 1 (Retry-After beyond the cap)", n)
	}
	// A missing content type is sniffed.
	if _, err := f.Fetch(context.Background(), srv.URL+"/no-type"); err != nil {
		t.Errorf("no content type: %v", err)
	}
	if e := loadErr(t, f, "ftp://example.com/file.txt"); e.Stage != "fetch" || !errors.Is(e, ErrScheme) {
		t.Errorf("ftp: %v", e)
	}
}

func statusIs(code int) func(error) bool {
	return func(err error) bool {
		var se *HTTPStatusError
		return errors.As(err, &se) && se.Status == code
	}
}

// TestFetchRetryAfter: a 503 with a short Retry-After is retried after
// that wait and then succeeds.
func TestFetchRetryAfter(t *testing.T) {
	var n atomic.Int32
	var first time.Time
	var waited time.Duration
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if n.Add(1) == 1 {
			first = time.Now()
			w.Header().Set("Retry-After", "1")
			http.Error(w, "busy", 503)
			return
		}
		waited = time.Since(first)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(articleHTML))
	}))
	defer srv.Close()
	f := testFetcher(func(o *FetchOptions) { o.MaxBackoff = 2 * time.Second })
	if _, err := f.Fetch(context.Background(), srv.URL+"/page"); err != nil {
		t.Fatal(err)
	}
	if n.Load() != 2 || waited < 900*time.Millisecond {
		t.Errorf("%d requests, second after %v; want 2, after the 1s Retry-After", n.Load(), waited)
	}
}

func TestFetchRobots(t *testing.T) {
	var robotsHits atomic.Int32
	robots := "User-agent: *\nDisallow: /private/\nAllow: /private/open$\n\nUser-agent: otherbot\nDisallow: /\n"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte(robots))
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(articleHTML))
	}))
	defer srv.Close()
	f := testFetcher(nil)
	e := loadErr(t, f, srv.URL+"/private/report")
	if e.Stage != "robots" || !errors.Is(e, ErrRobotsDisallowed) {
		t.Errorf("robots: %v", e)
	}
	for _, p := range []string{"/private/open", "/public/page"} {
		if _, err := f.Fetch(context.Background(), srv.URL+p); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	if robotsHits.Load() != 1 {
		t.Errorf("robots.txt fetched %d times, want once per host", robotsHits.Load())
	}
	g := testFetcher(func(o *FetchOptions) { o.IgnoreRobots = true })
	if _, err := g.Fetch(context.Background(), srv.URL+"/private/report"); err != nil {
		t.Errorf("IgnoreRobots: %v", err)
	}

	// A robots.txt that errors (5xx) means full disallow (RFC 9309).
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", 503)
			return
		}
		w.Write([]byte(articleHTML))
	}))
	defer bad.Close()
	h := testFetcher(func(o *FetchOptions) { o.Retries = -1 })
	if e := loadErr(t, h, bad.URL+"/page"); e.Stage != "robots" {
		t.Errorf("robots 503: %v", e)
	}
}

func TestParseRobots(t *testing.T) {
	txt := `# comment
User-agent: Polex
User-agent: another
Disallow: /drafts
Allow: /drafts/public
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: *
Disallow: /
`
	r := ParseRobots(strings.NewReader(txt), "polex")
	for path, want := range map[string]bool{
		"/": true, "/drafts": false, "/drafts/x": false, "/drafts/public/a": true,
		"/report.pdf": false, "/report.pdf?x=1": true, "/robots.txt": true,
	} {
		if got := r.Allowed(path); got != want {
			t.Errorf("Allowed(%q) = %v, want %v", path, got, want)
		}
	}
	if r.CrawlDelay != 2*time.Second {
		t.Errorf("crawl delay %v", r.CrawlDelay)
	}
	if ParseRobots(strings.NewReader(txt), "somebot").Allowed("/x") {
		t.Error("the * group should apply to other agents")
	}
	if !ParseRobots(strings.NewReader(""), "polex").Allowed("/x") {
		t.Error("an empty robots.txt allows everything")
	}
}

// TestFetchPrivateRefused: without AllowPrivate, loopback is refused at
// dial time, before any request is sent.
func TestFetchPrivateRefused(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	f := NewFetcher(FetchOptions{Timeout: time.Second, BackoffBase: time.Millisecond})
	e := loadErr(t, f, srv.URL+"/page")
	if e.Stage != "fetch" || !errors.Is(e, ErrPrivateAddress) {
		t.Errorf("got %v", e)
	}
	if hits.Load() != 0 {
		t.Errorf("server was reached %d times", hits.Load())
	}
}

func TestPublicAddress(t *testing.T) {
	for addr, want := range map[string]bool{
		"8.8.8.8": true, "2606:4700::1111": true, "127.0.0.1": false, "10.1.2.3": false,
		"172.16.0.1": false, "192.168.1.1": false, "169.254.169.254": false, "100.64.0.1": false,
		"0.0.0.0": false, "::1": false, "fe80::1": false, "fc00::1": false, "::ffff:127.0.0.1": false,
		"224.0.0.1": false,
	} {
		if got := PublicAddress(mustAddr(t, addr)); got != want {
			t.Errorf("PublicAddress(%s) = %v, want %v", addr, got, want)
		}
	}
}

func TestFetchCache(t *testing.T) {
	var full, notModified atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(articleHTML))
	}))
	defer srv.Close()
	dir := t.TempDir()
	first, err := testFetcher(func(o *FetchOptions) { o.CacheDir = dir }).Fetch(context.Background(), srv.URL+"/a")
	if err != nil {
		t.Fatal(err)
	}
	// A new fetcher (a rerun) revalidates instead of downloading.
	second, err := testFetcher(func(o *FetchOptions) { o.CacheDir = dir }).Fetch(context.Background(), srv.URL+"/a")
	if err != nil {
		t.Fatal(err)
	}
	if full.Load() != 1 || notModified.Load() != 1 {
		t.Errorf("full %d, 304 %d; want 1 and 1", full.Load(), notModified.Load())
	}
	// A damaged cache body is fetched again in full.
	entries, _ := filepath.Glob(filepath.Join(dir, "*.body"))
	for _, e := range entries {
		os.WriteFile(e, []byte("garbage"), 0o644)
	}
	third, err := testFetcher(func(o *FetchOptions) { o.CacheDir = dir }).Fetch(context.Background(), srv.URL+"/a")
	if err != nil || third.Text != first.Text || full.Load() != 2 {
		t.Errorf("damaged cache: %v, %d full downloads", err, full.Load())
	}
	if second.Text != first.Text || second.Source.SHA256 != first.Source.SHA256 || len(second.Flags) != 1 || second.Flags[0] != "from_cache" {
		t.Errorf("cached document differs: %+v", second.Source)
	}
}

func TestFetchPerHostLimits(t *testing.T) {
	var cur, peak atomic.Int32
	var mu sync.Mutex
	var starts []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		n := cur.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(30 * time.Millisecond)
		cur.Add(-1)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(articleHTML))
	}))
	defer srv.Close()
	f := testFetcher(func(o *FetchOptions) { o.PerHostConcurrency = 2; o.PerHostRate = 20 })
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if _, err := f.Fetch(context.Background(), fmt.Sprintf("%s/p%d", srv.URL, i)); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	if peak.Load() > 2 {
		t.Errorf("peak concurrency %d > 2", peak.Load())
	}
	// 20 requests/s: the client starts 6 requests over 5 intervals of
	// 50ms. Arrivals at the server jitter (the first one also opens the
	// connection), so demand 4 intervals; without the limit, 6 requests
	// two at a time take about 90ms.
	if span := starts[len(starts)-1].Sub(starts[0]); span < 200*time.Millisecond {
		t.Errorf("6 requests within %v at 20/s", span)
	}
}

func TestReadURLList(t *testing.T) {
	p := t.TempDir() + "/urls.txt"
	content := "\uFEFF# corpus\nhttps://a.example/x\n\n  https://b.example/y  # note\n#https://skipped.example\n"
	if err := writeFile(p, content); err != nil {
		t.Fatal(err)
	}
	got, err := ReadURLList(p)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "https://a.example/x,https://b.example/y" {
		t.Errorf("got %q", got)
	}
	for arg, want := range map[string]bool{"https://a.example/x": true, "HTTP://A.EXAMPLE": true, "ftp://a": false, "docs/a.html": false, "@urls.txt": false} {
		if IsURL(arg) != want {
			t.Errorf("IsURL(%q) != %v", arg, want)
		}
	}
	if _, err := ReadURLList(p + ".missing"); err == nil {
		t.Error("missing list: no error")
	}
}

func TestDateFromURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://news.example/world/2025/06/12/ceasefire-talks": "2025-06-12",
		"https://blog.example/2024-8-2-aukus":                   "2024-08-02",
		"https://site.example/archive/20231005/report.html":     "2023-10-05",
		"https://site.example/2023/13/45/x":                     "",
		"https://site.example/items/12345678":                   "",
		"https://site.example/report-2024":                      "",
	} {
		if got := dateFromURL(in); got != want {
			t.Errorf("dateFromURL(%q) = %q, want %q", in, got, want)
		}
	}
}
