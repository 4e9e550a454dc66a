package main

import (
	"net"
	"net/netip"
	"sync"
)

// perClientListener closes a new connection at once when its client
// already holds max open ones: one address cannot take every file
// descriptor the server has (slow bodies, idle keep-alives). A client is
// an IPv4 address or an IPv6 /64, what one host usually gets. Behind a
// reverse proxy every reader shares the proxy's address: raise the cap.
type perClientListener struct {
	net.Listener
	max int

	mu   sync.Mutex
	open map[netip.Prefix]int
}

// limitConnsPerClient wraps ln; max <= 0 leaves it unlimited.
func limitConnsPerClient(ln net.Listener, max int) net.Listener {
	if max <= 0 {
		return ln
	}
	return &perClientListener{Listener: ln, max: max, open: make(map[netip.Prefix]int)}
}

func (l *perClientListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		key := clientKey(c.RemoteAddr())
		l.mu.Lock()
		if l.open[key] >= l.max {
			l.mu.Unlock()
			c.Close()
			continue
		}
		l.open[key]++
		l.mu.Unlock()
		return &clientConn{Conn: c, release: func() { l.release(key) }}, nil
	}
}

func (l *perClientListener) release(key netip.Prefix) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.open[key]--; l.open[key] <= 0 {
		delete(l.open, key)
	}
}

// clientKey is the client a remote address belongs to.
func clientKey(addr net.Addr) netip.Prefix {
	ap, err := netip.ParseAddrPort(addr.String())
	if err != nil {
		return netip.Prefix{}
	}
	ip := ap.Addr().Unmap().WithZone("")
	bits := 32
	if ip.Is6() {
		bits = 64
	}
	p, _ := ip.Prefix(bits)
	return p
}

// clientConn gives its place back once, however often it is closed.
type clientConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *clientConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
