package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"net/netip"
	"net/url"
	"testing"
)

// The classifier is tested on values: no test ever sends traffic to an
// address outside loopback.
func TestIsPublicAddr(t *testing.T) {
	testCases := []struct {
		addr   string
		public bool
	}{
		{"8.8.8.8", true},
		{"93.184.216.34", true},
		{"1.1.1.1", true},
		{"2606:4700:4700::1111", true},
		{"2a00:1450:4001:82b::200e", true},
		{"127.0.0.1", false},
		{"127.255.255.254", false},
		{"0.0.0.0", false},
		{"0.1.2.3", false},
		{"10.0.0.1", false},
		{"10.255.255.255", false},
		{"172.16.0.1", false},
		{"172.31.255.254", false},
		{"172.32.0.1", true},
		{"192.168.1.1", false},
		{"169.254.169.254", false},
		{"169.254.0.1", false},
		{"100.64.0.1", false},
		{"100.127.255.254", false},
		{"100.128.0.1", true},
		{"224.0.0.1", false},
		{"239.255.255.250", false},
		{"255.255.255.255", false},
		{"240.0.0.1", false},
		{"192.0.0.170", false},
		{"198.18.0.1", false},
		{"::", false},
		{"::1", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:10.0.0.1", false},
		{"::ffff:169.254.169.254", false},
		{"::ffff:8.8.8.8", true},
		{"fe80::1", false},
		{"fc00::1", false},
		{"fd00:ec2::254", false},
		{"ff02::1", false},
		{"64:ff9b::7f00:1", false},
		{"2002:7f00:1::", false},
		{"2001:0:4136:e378:8000:63bf:3fff:fdd2", false},
		{"2001:db8::1", false},
		// IPv6 spellings of loopback and private IPv4 addresses.
		{"::127.0.0.1", false},              // IPv4-compatible, ::/96
		{"::7f00:1", false},                 // the same, in hex
		{"::10.0.0.1", false},               // IPv4-compatible private
		{"::8.8.8.8", false},                // IPv4-compatible is deprecated: refused whatever it embeds
		{"::ffff:0:7f00:1", false},          // SIIT, ::ffff:0:0/96
		{"::ffff:0:127.0.0.1", false},       // SIIT, dotted
		{"::ffff:0:a00:1", false},           // SIIT private
		{"::ffff:7f00:1", false},            // IPv4-mapped, in hex
		{"::ffff:192.168.0.1", false},       // IPv4-mapped private
		{"64:ff9b::10.0.0.1", false},        // NAT64 embedding a private address
		{"64:ff9b::169.254.169.254", false}, // NAT64 embedding metadata
		{"64:ff9b:1::a00:1", false},         // local-use NAT64
		{"2002:a00:1::1", false},            // 6to4 embedding 10.0.0.1
		{"2002:c0a8:101::1", false},         // 6to4 embedding 192.168.1.1
		{"2001:0:7f00:1::", false},          // Teredo
		{"100::1", false},                   // discard
		{"2001:10::1", false},               // ORCHID
		{"2001:20::1", false},               // ORCHIDv2
		{"fec0::1", false},                  // site-local
		{"::2", false},                      // reserved ::/8, not global unicast
		{"400::1", false},                   // outside 2000::/3
		{"fe80::1%eth0", false},             // zoned
		{"2a00:1450:4001:82b::200e", true},  // public
		{"2606:4700:4700::1111", true},      // public
	}
	for _, tc := range testCases {
		if got := isPublicAddr(netip.MustParseAddr(tc.addr)); got != tc.public {
			t.Errorf("isPublicAddr(%s) = %v, want %v", tc.addr, got, tc.public)
		}
	}
}

// TestCheckURLRefusesHostileURLs: each URL is refused before any
// connection, from its text alone.
func TestCheckURLRefusesHostileURLs(t *testing.T) {
	testCases := []struct {
		raw  string
		want error
	}{
		{"file:///etc/passwd", ErrBadURL},
		{"ftp://example.com/x", ErrBadURL},
		{"gopher://example.com:70/", ErrBadURL},
		{"javascript:alert(1)", ErrBadURL},
		{"data:text/html,<script>alert(1)</script>", ErrBadURL},
		{"http:///nohost", ErrBadURL},
		{"http://127.0.0.1/", ErrBlockedAddress},
		{"http://127.0.0.1:8080/admin", ErrBlockedAddress},
		{"http://127.1/", ErrBlockedAddress},
		{"http://2130706433/", ErrBlockedAddress},
		{"http://0x7f000001/", ErrBlockedAddress},
		{"http://0x7f.0.0.1/", ErrBlockedAddress},
		{"http://0177.0.0.1/", ErrBlockedAddress},
		{"http://017700000001/", ErrBlockedAddress},
		{"http://0/", ErrBlockedAddress},
		{"http://0.0.0.0:22/", ErrBlockedAddress},
		{"http://10.0.0.1/", ErrBlockedAddress},
		{"http://192.168.0.1/router", ErrBlockedAddress},
		{"http://172.20.1.1/", ErrBlockedAddress},
		{"http://100.100.100.200/latest/meta-data/", ErrBlockedAddress},
		{"http://169.254.169.254/latest/meta-data/iam/", ErrBlockedAddress},
		{"http://[::1]/", ErrBlockedAddress},
		{"http://[::ffff:127.0.0.1]/", ErrBlockedAddress},
		{"http://[::ffff:7f00:1]/", ErrBlockedAddress},
		{"http://[0:0:0:0:0:ffff:a9fe:a9fe]/", ErrBlockedAddress},
		{"http://[fe80::1%25eth0]/", ErrBlockedAddress},
		{"http://[fd00:ec2::254]/", ErrBlockedAddress},
		{"http://[::]/", ErrBlockedAddress},
		{"http://[::127.0.0.1]/", ErrBlockedAddress},
		{"http://[::7f00:1]/", ErrBlockedAddress},
		{"http://[::ffff:0:7f00:1]/", ErrBlockedAddress},
		{"http://[::ffff:0:127.0.0.1]/", ErrBlockedAddress},
		{"http://[64:ff9b::127.0.0.1]/", ErrBlockedAddress},
		{"http://[2002:7f00:1::1]/", ErrBlockedAddress},
		{"http://0x7f.1/", ErrBlockedAddress},
		{"http://127.000.000.001/", ErrBlockedAddress},
		{"http://localhost/", ErrBlockedAddress},
		{"http://LOCALHOST./", ErrBlockedAddress},
		{"http://api.localhost/", ErrBlockedAddress},
		{"http://example.com@127.0.0.1/", ErrBlockedAddress},
		{"http://user:pass@10.1.2.3:8000/", ErrBlockedAddress},
		{"https://224.0.0.1/", ErrBlockedAddress},
		{"http://example.com/", nil},
		{"https://news.example.org/2025/story?id=1", nil},
		{"http://127.0.0.1.example.com/", nil}, // a name: checked when dialed
	}
	f := &Fetcher{}
	for _, tc := range testCases {
		u, err := url.Parse(tc.raw)
		if err != nil {
			if tc.want == ErrBadURL {
				continue
			}
			t.Errorf("url.Parse(%q): %v", tc.raw, err)
			continue
		}
		if got := f.checkURL(u); !errors.Is(got, tc.want) && !(got == nil && tc.want == nil) {
			t.Errorf("checkURL(%q) = %v, want %v", tc.raw, got, tc.want)
		}
	}
}

// With NoLookup (the browser tests' server), a host name is refused before
// any lookup and an address literal goes through the usual checks; the
// production fetcher looks names up. Tested on values: nothing is sent.
func TestNoLookupRefusesNamesOnly(t *testing.T) {
	f, err := newFetcher("127.0.0.2/32", true)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		raw  string
		want error
	}{
		{"https://cdn.example.com/picture.jpg", ErrUpstream},
		{"http://127.0.0.1.example.com/", ErrUpstream},
		{"http://127.0.0.2:8080/story", nil},
		{"http://127.0.0.1/", ErrBlockedAddress},
		{"http://localhost/", ErrBlockedAddress},
		{"https://93.184.216.34/", nil},
	} {
		u, _ := url.Parse(tc.raw)
		if got := f.checkURL(u); !errors.Is(got, tc.want) && !(got == nil && tc.want == nil) {
			t.Errorf("no lookup: checkURL(%q) = %v, want %v", tc.raw, got, tc.want)
		}
	}
	production, err := newFetcher("", false)
	if err != nil {
		t.Fatal(err)
	}
	if got := production.checkURL(&url.URL{Scheme: "https", Host: "cdn.example.com", Path: "/p.jpg"}); got != nil {
		t.Errorf("production: checkURL(a name) = %v, want nil (looked up when dialed)", got)
	}
}

// The dial-time check refuses the address itself, whatever name led there.
func TestDialControlChecksTheDialedAddress(t *testing.T) {
	f := &Fetcher{}
	for _, addr := range []string{"127.0.0.1:80", "[::1]:443", "10.0.0.5:8080", "169.254.169.254:80", "[::ffff:127.0.0.1]:80", "garbage"} {
		if err := f.dialControl("tcp", addr, nil); !errors.Is(err, ErrBlockedAddress) {
			t.Errorf("dialControl(%s) = %v, want ErrBlockedAddress", addr, err)
		}
	}
	if err := f.dialControl("tcp", "93.184.216.34:443", nil); err != nil {
		t.Errorf("dialControl(public) = %v, want nil", err)
	}
	open := &Fetcher{AllowAddr: func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.2") }}
	if err := open.dialControl("tcp", "127.0.0.2:80", nil); err != nil {
		t.Errorf("allowlisted 127.0.0.2: %v", err)
	}
	if err := open.dialControl("tcp", "127.0.0.1:80", nil); !errors.Is(err, ErrBlockedAddress) {
		t.Errorf("127.0.0.1 with only 127.0.0.2 allowed: %v", err)
	}
}

// FuzzCheckURL: no URL text makes the validator panic, and whatever it
// lets through is http(s) with a host that is not a blocked literal.
func FuzzCheckURL(f *testing.F) {
	for _, s := range []string{"http://example.com/", "http://127.0.0.1/", "http://[::1]/", "http://0x7f.1/", "file:///x", "http://a@b@c/", "http://[fe80::1%25en0]/"} {
		f.Add(s)
	}
	fetcher := &Fetcher{}
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := url.Parse(raw)
		if err != nil {
			return
		}
		if fetcher.checkURL(u) != nil {
			return
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Hostname() == "" {
			t.Fatalf("checkURL let %q through", raw)
		}
		if ip, err := netip.ParseAddr(u.Hostname()); err == nil && !isPublicAddr(ip) {
			t.Fatalf("checkURL let a blocked literal through: %q", raw)
		}
	})
}

// TestExtractAPIRefusesLoopbackSpellings: every way of writing this
// machine's address in a URL is refused with 403 by /api/extract. Each
// resolves to loopback, so a slip would only touch this machine.
func TestExtractAPIRefusesLoopbackSpellings(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	for _, raw := range []string{
		"http://127.0.0.1/", "http://127.1/", "http://0x7f.1/", "http://0x7f000001/", "http://2130706433/",
		"http://0177.0.0.1/", "http://0/", "http://0.0.0.0/", "http://localhost/", "http://localhost./",
		"http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://[::127.0.0.1]/", "http://[::ffff:0:7f00:1]/",
		"http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:7f00:1]/", "http://127.0.0.1.nip.io.localhost/",
	} {
		t.Run(raw, func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"url": raw})
			req, err := http.NewRequest(http.MethodPost, srv.URL+"/api/extract", bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Sec-Fetch-Site", "same-origin")
			req.Header.Set("Origin", srv.URL)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var got apiError
			json.NewDecoder(resp.Body).Decode(&got)
			if resp.StatusCode != http.StatusForbidden {
				t.Errorf("POST /api/extract {url: %s} = %d %q, want 403", raw, resp.StatusCode, got.Error)
			}
		})
	}
}
