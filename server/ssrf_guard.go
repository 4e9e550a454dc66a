package main

import (
	"errors"
	"net/netip"
	"strings"
)

// ErrBlockedAddress is returned when a URL resolves to an address the
// server must never fetch from: its own machine, a private network, cloud
// metadata, and the like.
var ErrBlockedAddress = errors.New("fetch: address is not public")

// globalUnicast6 is the only IPv6 unicast space handed out; the rest is
// reserved or special (::/8 holds the forms that embed an IPv4 address).
var globalUnicast6 = netip.MustParsePrefix("2000::/3")

// blockedPrefixes are the ranges a fetch may not reach (IPv4-mapped IPv6,
// ::ffff:0:0/96, is unmapped before the check). Every IPv6 form that
// embeds an IPv4 address is refused whole, whatever it embeds: NAT64,
// 6to4, Teredo, IPv4-compatible and SIIT.
var blockedPrefixes = mustPrefixes(
	"0.0.0.0/8",       // "this network"; 0.0.0.0 reaches the local host
	"10.0.0.0/8",      // RFC 1918
	"100.64.0.0/10",   // CGNAT
	"127.0.0.0/8",     // loopback
	"169.254.0.0/16",  // link-local, cloud metadata (169.254.169.254)
	"172.16.0.0/12",   // RFC 1918
	"192.0.0.0/24",    // IETF protocol assignments
	"192.0.2.0/24",    // documentation
	"192.88.99.0/24",  // 6to4 relay anycast
	"192.168.0.0/16",  // RFC 1918
	"198.18.0.0/15",   // benchmarking
	"198.51.100.0/24", // documentation
	"203.0.113.0/24",  // documentation
	"224.0.0.0/4",     // multicast
	"240.0.0.0/4",     // reserved, broadcast
	"::/96",           // IPv4-compatible (deprecated): ::127.0.0.1 is loopback to some stacks; holds :: and ::1
	"::ffff:0:0:0/96", // SIIT IPv4-translated: ::ffff:0:7f00:1
	"::/128",          // unspecified
	"::1/128",         // loopback
	"64:ff9b::/96",    // NAT64: embeds an IPv4 address
	"64:ff9b:1::/48",  // local-use NAT64
	"100::/64",        // discard
	"2001::/32",       // Teredo: embeds an IPv4 address
	"2001:10::/28",    // ORCHID (deprecated), not routable
	"2001:20::/28",    // ORCHIDv2, not routable
	"2001:db8::/32",   // documentation
	"2002::/16",       // 6to4: embeds an IPv4 address
	"fc00::/7",        // unique local (fd00:ec2::254 is AWS metadata)
	"fe80::/10",       // link-local
	"fec0::/10",       // site-local (deprecated)
	"ff00::/8",        // multicast
)

func mustPrefixes(list ...string) []netip.Prefix {
	out := make([]netip.Prefix, len(list))
	for i, s := range list {
		out[i] = netip.MustParsePrefix(s)
	}
	return out
}

// isPublicAddr reports whether a fetch may connect to ip.
func isPublicAddr(ip netip.Addr) bool {
	if !ip.IsValid() {
		return false
	}
	ip = ip.Unmap()
	if ip.Zone() != "" {
		return false
	}
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return false
		}
	}
	if ip.Is6() && !globalUnicast6.Contains(ip) {
		return false
	}
	return ip.IsGlobalUnicast()
}

// looksLikeNumericHost catches IPv4 addresses spelled in ways that some
// resolvers accept and URL parsers do not normalise: 2130706433, 0x7f.1,
// 0177.0.0.1, 127.1. A real host name has a letter in its last label.
func looksLikeNumericHost(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "" {
		return false
	}
	labels := strings.Split(host, ".")
	last := labels[len(labels)-1]
	if strings.HasPrefix(last, "0x") {
		return true
	}
	for _, r := range last {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
