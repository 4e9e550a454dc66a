package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"os"
	"sync"
	"testing"
	"time"
)

// mustServeLimited serves the whole handler on loopback the way `serve`
// does (newServer, listen) with cfg's limits, and returns its address.
func mustServeLimited(tb testing.TB, cfg serveConfig) string {
	tb.Helper()
	h, err := newHandler(cfg, discardSlog())
	if err != nil {
		tb.Fatal(err)
	}
	ln, err := listen(cfg, "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	srv := newServer(cfg, h)
	go srv.Serve(ln)
	tb.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// TestTrickledBodiesAreCut: 20 clients announce a 5 MiB body and send it a
// byte at a time; the server still answers /healthz, and cuts each of them
// once the read timeout (shortened here to 1 s; a minute in production)
// has passed (give or take a loaded machine's scheduling).
func TestTrickledBodiesAreCut(t *testing.T) {
	const trickling = 20
	readTimeout := time.Second
	addr := mustServeLimited(t, serveConfig{webDir: mustWebDir(t), readTimeout: readTimeout, writeTimeout: 5 * time.Second})
	start := time.Now()
	var wg sync.WaitGroup
	cut := make(chan time.Duration, trickling)
	for i := 0; i < trickling; i++ {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		fmt.Fprintf(c, "POST /api/extract HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nSec-Fetch-Site: same-origin\r\nContent-Length: %d\r\n\r\n{\"text\":\"", addr, 5<<20)
		wg.Add(2)
		go func() { // one byte every 100 ms, until the server hangs up
			defer wg.Done()
			for time.Since(start) < 10*readTimeout {
				if _, err := c.Write([]byte("a")); err != nil {
					return
				}
				time.Sleep(100 * time.Millisecond)
			}
		}()
		go func() { // whatever it answers, then the end of the connection
			defer wg.Done()
			c.SetReadDeadline(start.Add(10 * readTimeout))
			_, err := io.Copy(io.Discard, c)
			if errors.Is(err, os.ErrDeadlineExceeded) {
				cut <- -1
				return
			}
			cut <- time.Since(start)
			c.Close()
		}()
	}
	time.Sleep(readTimeout / 2)
	resp, err := (&http.Client{Timeout: 5 * time.Second}).Get("http://" + addr + "/healthz")
	if err != nil {
		t.Errorf("GET /healthz while %d bodies trickle: %v", trickling, err)
	} else {
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET /healthz while %d bodies trickle = %d, want 200", trickling, resp.StatusCode)
		}
	}
	wg.Wait()
	close(cut)
	slack := 4 * time.Second
	for d := range cut {
		switch {
		case d < 0:
			t.Errorf("a trickled body was still open after %v, want cut within %v", 10*readTimeout, readTimeout+slack)
		case d > readTimeout+slack:
			t.Errorf("a trickled body was cut after %v, want within %v (read timeout %v)", d, readTimeout+slack, readTimeout)
		}
	}
}

// TestConnsPerClientCapped: past the cap, a client's new connection is
// closed at once; another client is served; a freed place is reused.
func TestConnsPerClientCapped(t *testing.T) {
	const max = 4
	addr := mustServeLimited(t, serveConfig{webDir: mustWebDir(t), connsPerClient: max})
	dial := func(from string) net.Conn {
		t.Helper()
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}}
		c, err := d.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	// healthz asks over c and reports whether an answer came.
	healthz := func(c net.Conn) bool {
		fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", addr)
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		b, _ := io.ReadAll(c)
		return len(b) > 0
	}
	var held []net.Conn
	for i := 0; i < max; i++ {
		held = append(held, dial("127.0.0.1"))
	}
	if healthz(dial("127.0.0.1")) {
		t.Errorf("connection %d from 127.0.0.1 was served, want closed (cap %d)", max+1, max)
	}
	if !healthz(dial("127.0.0.2")) {
		t.Errorf("127.0.0.2 was refused while 127.0.0.1 held its %d connections", max)
	}
	held[0].Close()
	served := false
	for deadline := time.Now().Add(5 * time.Second); !served && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
		served = healthz(dial("127.0.0.1"))
	}
	if !served {
		t.Errorf("a place freed by 127.0.0.1 was not given back")
	}
}

func TestClientKey(t *testing.T) {
	testCases := []struct {
		addr, want string
	}{
		{"127.0.0.1:5000", "127.0.0.1/32"},
		{"[::ffff:10.1.2.3]:80", "10.1.2.3/32"},
		{"[2001:db8:1:2:3:4:5:6]:443", "2001:db8:1:2::/64"},
		{"[2001:db8:1:2:ffff::1]:443", "2001:db8:1:2::/64"},
		{"[fe80::1%eth0]:80", "fe80::/64"},
	}
	for _, tc := range testCases {
		ap := netip.MustParseAddrPort(tc.addr)
		if got := clientKey(net.TCPAddrFromAddrPort(ap)); got.String() != tc.want {
			t.Errorf("clientKey(%s) = %s, want %s", tc.addr, got, tc.want)
		}
	}
}
