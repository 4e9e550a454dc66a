package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// mustWebDir makes a web directory like the build's: small stand-ins for
// app.wasm and pipeline.wasm with their precompressed twins (made by
// runPrecompress, as make does), and the real styles, boot script, icon and
// pipeline worker script from ../web.
func mustWebDir(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	for _, name := range []string{"readwell.css", "boot.js", "icon.svg", "robots.txt", "pipeline-worker.js", "app-compile.js"} {
		data, err := os.ReadFile(filepath.Join("..", "web", name))
		if err != nil {
			tb.Fatal(err)
		}
		mustWriteFile(tb, filepath.Join(dir, name), data)
	}
	wasm := bytes.Repeat([]byte("\x00asm fake module for tests "), 4096)
	mustWriteFile(tb, filepath.Join(dir, "app.wasm"), wasm)
	mustWriteFile(tb, filepath.Join(dir, "pipeline.wasm"), bytes.Repeat([]byte("\x00asm fake pipeline for tests "), 2048))
	if err := runPrecompress([]string{filepath.Join(dir, "app.wasm"), filepath.Join(dir, "pipeline.wasm")}); err != nil {
		tb.Fatal(err)
	}
	return dir
}

func mustWriteFile(tb testing.TB, name string, data []byte) {
	tb.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		tb.Fatal(err)
	}
}

func mustTestServer(tb testing.TB, webDir string) *httptest.Server {
	tb.Helper()
	return mustTestServerWith(tb, serveConfig{webDir: webDir})
}

// mustTestServerWith serves the whole handler built from cfg (a fetcher, a
// domain) on a loopback httptest server closed with the test.
func mustTestServerWith(tb testing.TB, cfg serveConfig) *httptest.Server {
	tb.Helper()
	// Tests reach their own servers by address; a host name in a request
	// is refused before any DNS query leaves the machine.
	if cfg.fetcher == nil {
		cfg.fetcher = &Fetcher{}
	}
	cfg.fetcher.NoLookup = true
	h, err := newHandler(cfg, discardSlog())
	if err != nil {
		tb.Fatal(err)
	}
	srv := httptest.NewServer(h)
	tb.Cleanup(srv.Close)
	return srv
}

// mustGet fetches path with the given request headers, without the
// transport's own gzip handling, and returns the response and its body.
func mustGet(tb testing.TB, srv *httptest.Server, path string, header map[string]string) (*http.Response, []byte) {
	tb.Helper()
	req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	resp, err := client.Do(req)
	if err != nil {
		tb.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatalf("GET %s: read body: %v", path, err)
	}
	return resp, body
}

// httptestTLS serves h over TLS with HTTP/2 on loopback.
func httptestTLS(tb testing.TB, h http.Handler) *httptest.Server {
	tb.Helper()
	srv := httptest.NewUnstartedServer(h)
	srv.EnableHTTP2 = true
	srv.StartTLS()
	tb.Cleanup(srv.Close)
	return srv
}
