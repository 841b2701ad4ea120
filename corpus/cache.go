package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
)

// diskCache keeps fetched bodies keyed by URL: <dir>/<sha256(url)>.json
// holds the response metadata and validators, .body the decompressed
// body. Writes go through a temporary file and a rename, so a crash or a
// concurrent run never leaves a torn entry. Errors are ignored: the cache
// only saves downloads, it never decides a result.
type diskCache struct {
	dir string
}

type cacheEntry struct {
	URL          string `json:"url"`
	FinalURL     string `json:"final_url"`
	Status       int    `json:"status"`
	ContentType  string `json:"content_type"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	SHA256       string `json:"sha256"`
	FetchedAt    string `json:"fetched_at"`
	path         string
}

func (c *diskCache) key(url string) string {
	sum := sha256.Sum256([]byte(url))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:]))
}

// load returns the entry for url when it has validators to revalidate
// with; without them a cached body could be stale, so it is fetched again.
func (c *diskCache) load(url string) *cacheEntry {
	p := c.key(url)
	raw, err := os.ReadFile(p + ".json")
	if err != nil {
		return nil
	}
	var e cacheEntry
	if json.Unmarshal(raw, &e) != nil || e.URL != url || (e.ETag == "" && e.LastModified == "") {
		return nil
	}
	e.path = p
	return &e
}

// body reads a cached body and checks it against its recorded hash.
func (c *diskCache) body(e *cacheEntry) ([]byte, bool) {
	b, err := os.ReadFile(e.path + ".body")
	if err != nil {
		return nil, false
	}
	sum := sha256.Sum256(b)
	return b, hex.EncodeToString(sum[:]) == e.SHA256
}

func (c *diskCache) store(url string, res *fetched) {
	if res.etag == "" && res.lastModified == "" {
		return
	}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return
	}
	p := c.key(url)
	sum := sha256.Sum256(res.body)
	e := cacheEntry{URL: url, FinalURL: res.finalURL, Status: res.status, ContentType: res.contentType,
		ETag: res.etag, LastModified: res.lastModified, SHA256: hex.EncodeToString(sum[:]),
		FetchedAt: res.fetchedAt.UTC().Format("2006-01-02T15:04:05Z07:00")}
	meta, err := json.Marshal(e)
	if err != nil {
		return
	}
	if writeAtomic(p+".body", res.body) == nil {
		writeAtomic(p+".json", meta)
	}
}

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}
