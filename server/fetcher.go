package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"readwell/app/extract"

	"github.com/andybalholm/brotli"
)

// Fetch errors, each with its own status in the API.
var (
	ErrBadURL          = errors.New("fetch: only http and https URLs with a host name can be fetched")
	ErrTooManyRedirect = errors.New("fetch: too many redirects (more than 5)")
	ErrNotPage         = errors.New("fetch: the URL is not a web page (only text/html and text/plain are read)")
	ErrUpstreamStatus  = errors.New("fetch: the site answered with an error")
	ErrUpstream        = errors.New("fetch: the site could not be reached")
	ErrFetchTimeout    = errors.New("fetch: the site took too long to answer")
)

// maxRedirects bounds a redirect chain.
const maxRedirects = 5

// Fetcher downloads pages for extraction, refusing every address that is
// not public — checked on the address actually dialed, for every
// connection of every redirect, so DNS rebinding and redirects to internal
// hosts fail too. Its zero value is ready to use.
type Fetcher struct {
	// Timeout bounds a whole fetch, redirects and body included (10 s).
	Timeout time.Duration
	// MaxBytes caps the body (extract.MaxInputBytes).
	MaxBytes int64
	// AllowAddr, if set, is asked before the public-address rule; tests use
	// it to reach their own loopback servers. Production leaves it nil.
	AllowAddr func(netip.Addr) bool
	// NoLookup refuses every host name before DNS is asked: only address
	// literals are fetched (and checked as always). The browser tests set
	// it (serve -fetch-no-lookup), so that a page's pictures on real hosts
	// send no query off the machine.
	NoLookup bool
}

// newFetcher builds the production fetcher, with the guard opened only for
// the given comma-separated CIDRs (none by default).
func newFetcher(allow string, noLookup bool) (*Fetcher, error) {
	var prefixes []netip.Prefix
	for _, s := range strings.Split(allow, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return nil, fmt.Errorf("serve: -fetch-allow: %w", err)
		}
		prefixes = append(prefixes, p)
	}
	f := &Fetcher{NoLookup: noLookup}
	if len(prefixes) > 0 {
		f.AllowAddr = func(a netip.Addr) bool {
			for _, p := range prefixes {
				if p.Contains(a) {
					return true
				}
			}
			return false
		}
	}
	return f, nil
}

// fetchedPage is a downloaded page: its bytes, final URL and content type.
type fetchedPage struct {
	body        []byte
	url         string
	contentType string
}

// checkURL validates a URL before any connection is made.
func (f *Fetcher) checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" || u.Hostname() == "" || u.Opaque != "" {
		return ErrBadURL
	}
	host := u.Hostname()
	if ip, err := netip.ParseAddr(host); err == nil {
		if !f.allowed(ip) {
			return ErrBlockedAddress
		}
		return nil
	}
	if looksLikeNumericHost(host) {
		return ErrBlockedAddress
	}
	if h := strings.ToLower(strings.TrimSuffix(host, ".")); h == "localhost" || strings.HasSuffix(h, ".localhost") {
		if !f.allowed(netip.MustParseAddr("127.0.0.1")) {
			return ErrBlockedAddress
		}
	}
	if f.NoLookup {
		return fmt.Errorf("%w: host names are not looked up on this server (-fetch-no-lookup)", ErrUpstream)
	}
	return nil
}

func (f *Fetcher) allowed(ip netip.Addr) bool {
	if f.AllowAddr != nil && f.AllowAddr(ip.Unmap()) {
		return true
	}
	return isPublicAddr(ip)
}

// dialControl runs after the name is resolved and before the socket
// connects: the address checked is the one dialed, whatever DNS said a
// moment earlier (rebinding) and wherever a redirect pointed.
func (f *Fetcher) dialControl(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil || !f.allowed(ap.Addr()) {
		return ErrBlockedAddress
	}
	return nil
}

// client builds the HTTP client: no proxy (a proxy would dial for us and
// skip the check), the address check in the dialer's Control hook.
func (f *Fetcher) client() *http.Client {
	dialer := &net.Dialer{Timeout: 5 * time.Second, Control: f.dialControl}
	transport := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   5 * time.Second,
		ResponseHeaderTimeout: 8 * time.Second,
		DisableCompression:    true, // we ask for br and gzip and decode them ourselves
		MaxIdleConns:          8,
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return ErrTooManyRedirect
			}
			return f.checkURL(req.URL)
		},
	}
}

// Fetch downloads the page at rawURL, following up to five redirects: HTML
// or plain text only, at most MaxBytes.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (fetchedPage, error) {
	maxBytes := f.MaxBytes
	if maxBytes == 0 {
		maxBytes = extract.MaxInputBytes
	}
	isPage := func(mt string) bool { return mt == "text/html" || mt == "text/plain" || mt == "application/xhtml+xml" }
	p, err := f.download(ctx, rawURL, "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1", maxBytes, isPage, ErrNotPage)
	if err != nil {
		return p, err
	}
	if p.contentType == "" {
		p.contentType = http.DetectContentType(p.body)
		if !strings.HasPrefix(p.contentType, "text/html") && !strings.HasPrefix(p.contentType, "text/plain") {
			return fetchedPage{}, ErrNotPage
		}
	}
	if bytes.IndexByte(p.body[:min(len(p.body), 1024)], 0) >= 0 {
		return fetchedPage{}, extract.ErrNotText
	}
	return p, nil
}

// download is a guarded GET: the URL checked, redirects followed (each
// checked), the status checked, a declared media type that accept refuses
// answered with errType, the body decoded (br, gzip) and capped at maxBytes
// after decoding.
func (f *Fetcher) download(ctx context.Context, rawURL, acceptHeader string, maxBytes int64, accept func(mediaType string) bool, errType error) (fetchedPage, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return fetchedPage{}, ErrBadURL
	}
	if err := f.checkURL(u); err != nil {
		return fetchedPage{}, err
	}
	timeout := f.Timeout
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fetchedPage{}, ErrBadURL
	}
	req.Header.Set("User-Agent", "Readwell/1.0 (reader; +https://github.com/readwell)")
	req.Header.Set("Accept", acceptHeader)
	req.Header.Set("Accept-Encoding", "br, gzip")
	resp, err := f.client().Do(req)
	if err != nil {
		return fetchedPage{}, classifyFetchError(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fetchedPage{}, fmt.Errorf("%w (HTTP %d)", ErrUpstreamStatus, resp.StatusCode)
	}
	ctype := resp.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ctype); ctype != "" && (err != nil || !accept(mt)) {
		return fetchedPage{}, errType
	}
	var body io.Reader = resp.Body
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "", "identity":
	case "gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return fetchedPage{}, fmt.Errorf("%w: broken gzip body", ErrUpstream)
		}
		body = zr
	case "br":
		body = brotli.NewReader(resp.Body)
	default:
		return fetchedPage{}, fmt.Errorf("%w: unknown content encoding", ErrUpstream)
	}
	// Streamed and capped: a huge body is refused after maxBytes+1 bytes,
	// not read whole first (the cap applies after decompression, too).
	data, err := io.ReadAll(io.LimitReader(body, maxBytes+1))
	if err != nil {
		return fetchedPage{}, classifyFetchError(ctx, err)
	}
	if int64(len(data)) > maxBytes {
		return fetchedPage{}, extract.ErrTooLarge
	}
	return fetchedPage{body: data, url: resp.Request.URL.String(), contentType: ctype}, nil
}

// classifyFetchError maps transport errors onto the fetch errors.
func classifyFetchError(ctx context.Context, err error) error {
	switch {
	case errors.Is(err, ErrBlockedAddress):
		return ErrBlockedAddress
	case errors.Is(err, ErrTooManyRedirect):
		return ErrTooManyRedirect
	case errors.Is(err, ErrBadURL):
		return ErrBadURL
	case errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil:
		return ErrFetchTimeout
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return ErrFetchTimeout
	}
	return ErrUpstream
}
