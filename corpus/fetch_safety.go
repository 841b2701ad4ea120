package corpus

import (
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// refusePrivate is a net.Dialer Control function: it runs after DNS
// resolution, for every connection the client makes (redirects included),
// so a public name that resolves to a private address, or a redirect to
// one, is refused before any byte is sent.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	if !PublicAddress(ip) {
		return fmt.Errorf("dial %s: %w", address, ErrPrivateAddress)
	}
	return nil
}

// Ranges that are not the public internet, beyond what netip classifies:
// shared address space (carrier-grade NAT), benchmarking, documentation,
// the IPv4 "this network" and reserved blocks, NAT64 well-known prefix
// stays allowed (it maps public IPv4).
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("2001:db8::/32"),
}

// PublicAddress reports whether ip is a public unicast address: not
// loopback, private (RFC 1918, ULA), link-local, multicast, unspecified or
// one of the reserved ranges above. IPv4-mapped IPv6 addresses are judged
// as IPv4.
func PublicAddress(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() ||
		ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() || ip.IsMulticast() ||
		ip.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}
