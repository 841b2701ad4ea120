package corpus

import (
	"net/netip"
	"os"
	"testing"
)

func mustAddr(t *testing.T, s string) netip.Addr {
	t.Helper()
	a, err := netip.ParseAddr(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func writeFile(p, s string) error { return os.WriteFile(p, []byte(s), 0o644) }
