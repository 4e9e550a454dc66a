package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"image/png"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

func TestPrerenderedReader(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	resp, body := mustGet(t, srv, "/", nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET / status = %d, want 200", resp.StatusCode)
	}
	html := string(body)
	for _, want := range []string{
		"<h1>Mexico Rejects US Military Aid to Fight Cartels: Sovereignty</h1>",
		`data-page="reader"`,
		"Mexican President Sheinbaum Rejects U.S. Military Intervention in Cartel Fight, Tensions Linger",
		"May 4, 2025",
		"</span> – Newly elected ",
		"the need for effective cooperation is undeniable.",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("GET / lacks %q", want)
		}
	}
	// Who said what is prerendered: the panel, and the quotations and
	// mentions in the text, written without spaces between the elements
	// (TestPrerenderCarriesQuotes reads every block).
	if !strings.Contains(html, "data-quotes-panel") || !strings.Contains(html, `<span class="speaker-name">Claudia Sheinbaum</span>`) {
		t.Errorf("GET / lacks the prerendered quotes panel")
	}
	if !strings.Contains(html, `data-label="Sheinbaum"`) || !strings.Contains(html, `>Sheinbaum</span> declared. <q `) {
		t.Errorf("GET / lacks the prerendered quotations and mentions")
	}
	// go-app writes attributes in map order: match either order.
	if !regexp.MustCompile(`<link (rel="manifest" href="/manifest.webmanifest"|href="/manifest.webmanifest" rel="manifest")>`).MatchString(html) {
		t.Errorf("GET / does not link our manifest")
	}
	if n := strings.Count(html, "data-block="); n != 12 {
		t.Errorf("GET / has %d data-block elements, want 12", n)
	}
	for _, chrome := range []string{"Sunday, May 4, 2025", "HomePolitics", "RELATED ARTICLES", "LEAVE A REPLY", "Please enter your", "Most Popular"} {
		if strings.Contains(html, chrome) {
			t.Errorf("GET / contains page chrome %q", chrome)
		}
	}
	if strings.Contains(html, `data-app="ready"`) {
		t.Errorf("prerendered HTML carries data-app=\"ready\"; only the live client may set it")
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	for _, path := range []string{"/", "/healthz", "/manifest.webmanifest", "/web/app.wasm", "/web/icon-192.png", "/app.js", "/app-worker.js", "/no-such-page",
		"/web/pipeline-worker.js", "/web/pipeline.wasm"} {
		resp, _ := mustGet(t, srv, path, nil)
		h := resp.Header
		if got := h.Get("Content-Security-Policy"); !strings.Contains(got, "default-src 'self'") || !strings.Contains(got, "frame-ancestors 'none'") || strings.Contains(got, "unsafe-inline") {
			t.Errorf("GET %s Content-Security-Policy = %q", path, got)
		}
		// A worker runs under the policy its script comes with: the
		// pipeline worker compiles its wasm under this one.
		if got := h.Get("Content-Security-Policy"); path == "/web/pipeline-worker.js" && !strings.Contains(got, "script-src 'self' 'wasm-unsafe-eval'") {
			t.Errorf("GET %s Content-Security-Policy = %q, want script-src 'self' 'wasm-unsafe-eval'", path, got)
		}
		if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s X-Content-Type-Options = %q, want nosniff", path, got)
		}
		if got := h.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("GET %s Referrer-Policy = %q, want no-referrer", path, got)
		}
	}
}

// TestWasmPrecompressed: both wasms, the UI's and the pipeline worker's,
// are sent as their build-time twins, with their exact length.
func TestWasmPrecompressed(t *testing.T) {
	for _, name := range []string{"app.wasm", "pipeline.wasm"} {
		t.Run(name, func(t *testing.T) { testWasmPrecompressed(t, name) })
	}
}

func testWasmPrecompressed(t *testing.T, name string) {
	web := mustWebDir(t)
	srv := mustTestServer(t, web)
	raw, err := os.ReadFile(filepath.Join(web, name))
	if err != nil {
		t.Fatal(err)
	}
	decoders := map[string]func([]byte) ([]byte, error){
		"br": func(b []byte) ([]byte, error) { return io.ReadAll(brotli.NewReader(bytes.NewReader(b))) },
		"gzip": func(b []byte) ([]byte, error) {
			r, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				return nil, err
			}
			return io.ReadAll(r)
		},
		"": func(b []byte) ([]byte, error) { return b, nil },
	}
	testCases := []struct {
		name, accept, wantEncoding string
	}{
		{"brotli preferred", "gzip, deflate, br, zstd", "br"},
		{"gzip fallback", "gzip, deflate", "gzip"},
		{"brotli refused with q=0", "br;q=0, gzip", "gzip"},
		{"identity", "", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := mustGet(t, srv, "/web/"+name, map[string]string{"Accept-Encoding": tc.accept})
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			if got := resp.Header.Get("Content-Encoding"); got != tc.wantEncoding {
				t.Errorf("Content-Encoding = %q, want %q", got, tc.wantEncoding)
			}
			if got := resp.Header.Get("Content-Type"); got != "application/wasm" {
				t.Errorf("Content-Type = %q, want application/wasm", got)
			}
			if got := resp.Header.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary = %q, want Accept-Encoding", got)
			}
			if resp.ContentLength != int64(len(body)) {
				t.Errorf("Content-Length = %d, body %d bytes", resp.ContentLength, len(body))
			}
			decoded, err := decoders[tc.wantEncoding](body)
			if err != nil || !bytes.Equal(decoded, raw) {
				t.Errorf("decoded body differs from %s (err %v)", name, err)
			}
			etag := resp.Header.Get("ETag")
			again, _ := mustGet(t, srv, "/web/"+name, map[string]string{"Accept-Encoding": tc.accept, "If-None-Match": etag})
			if again.StatusCode != http.StatusNotModified {
				t.Errorf("revalidation with ETag %s: status %d, want 304", etag, again.StatusCode)
			}
		})
	}
}

func TestStalePrecompressedTwinIsNotServed(t *testing.T) {
	web := mustWebDir(t)
	wasm := filepath.Join(web, "app.wasm")
	newer := []byte("\x00asm rebuilt after the twins were written")
	mustWriteFile(t, wasm, newer)
	future := time.Now().Add(time.Minute)
	if err := os.Chtimes(wasm, future, future); err != nil {
		t.Fatal(err)
	}
	srv := mustTestServer(t, web)
	resp, body := mustGet(t, srv, "/web/app.wasm", map[string]string{"Accept-Encoding": "br, gzip"})
	if enc := resp.Header.Get("Content-Encoding"); enc != "" || !bytes.Equal(body, newer) {
		t.Errorf("stale twin served: Content-Encoding %q, body %d bytes", enc, len(body))
	}
}

func TestManifestAndIcons(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	resp, body := mustGet(t, srv, "/manifest.webmanifest", nil)
	if ct := resp.Header.Get("Content-Type"); ct != "application/manifest+json" {
		t.Errorf("manifest Content-Type = %q", ct)
	}
	var m webManifest
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("manifest is not JSON: %v", err)
	}
	if m.ID == "" || m.Name != "Readwell" || m.ShortName == "" || m.StartURL != "/" || m.Display != "standalone" || m.ThemeColor == "" {
		t.Errorf("manifest lacks a required field: %+v", m)
	}
	if m.ShareTarget.Action != "/add" || m.ShareTarget.Params["url"] != "url" {
		t.Errorf("share_target = %+v, want /add with url, text and title", m.ShareTarget)
	}
	found := map[string]bool{}
	for _, ic := range m.Icons {
		resp, data := mustGet(t, srv, ic.Src, nil)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("icon %s: status %d", ic.Src, resp.StatusCode)
			continue
		}
		if ic.Type != "image/png" {
			continue
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Errorf("icon %s is not a PNG: %v", ic.Src, err)
			continue
		}
		if got := fmt.Sprintf("%dx%d", img.Bounds().Dx(), img.Bounds().Dy()); got != ic.Sizes {
			t.Errorf("icon %s declares %s, is %s", ic.Src, ic.Sizes, got)
		}
		found[ic.Sizes+" "+ic.Purpose] = true
	}
	for _, want := range []string{"192x192 any", "512x512 any", "512x512 maskable"} {
		if !found[want] {
			t.Errorf("manifest has no %s PNG icon", want)
		}
	}
}

// Every URL the worker precaches must exist: one 404 makes go-app's
// cache.addAll fail as a whole and the app does not work offline.
func TestWorkerPrecachesOnlyExistingURLs(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	_, body := mustGet(t, srv, "/app-worker.js", nil)
	m := regexp.MustCompile(`const resourcesToCache = (\[.*?\]);`).FindSubmatch(body)
	if m == nil {
		t.Fatalf("no resourcesToCache in the worker:\n%s", body)
	}
	var urls []string
	if err := json.Unmarshal(m[1], &urls); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"/", "/shell.html", "/web/app.wasm", "/web/icon.svg", "/web/readwell.css", "/manifest.webmanifest",
		"/wasm_exec.js", "/web/pipeline-worker.js", "/web/pipeline.wasm", compileWorkerFile} {
		if !contains(urls, want) {
			t.Errorf("worker does not precache %s (has %q)", want, urls)
		}
	}
	for _, u := range urls {
		if strings.HasPrefix(u, "http") {
			t.Errorf("worker precaches a remote URL %s: offline install would fail", u)
			continue
		}
		if resp, _ := mustGet(t, srv, u, nil); resp.StatusCode != http.StatusOK {
			t.Errorf("precached %s: status %d", u, resp.StatusCode)
		}
	}
	if !strings.Contains(string(body), `request.mode === "navigate"`) {
		t.Errorf("worker has no navigation fallback to the shell")
	}
}

// TestWorkerPrecachesNoMissingPipeline: a server whose web directory has
// no pipeline.wasm (not built) leaves it out of the precache, which one
// missing file would fail as a whole.
func TestWorkerPrecachesNoMissingPipeline(t *testing.T) {
	web := mustWebDir(t)
	if err := os.Remove(filepath.Join(web, "pipeline.wasm")); err != nil {
		t.Fatal(err)
	}
	srv := mustTestServer(t, web)
	_, body := mustGet(t, srv, "/app-worker.js", nil)
	for _, f := range pipelineFiles {
		if strings.Contains(string(body), `"`+f+`"`) {
			t.Errorf("worker precaches %s, which is not built", f)
		}
	}
	if !strings.Contains(string(body), `"/web/app.wasm"`) {
		t.Errorf("worker does not precache /web/app.wasm")
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestVersionIsFixedPerBuild(t *testing.T) {
	web := mustWebDir(t)
	v1, err := webVersion(web)
	if err != nil {
		t.Fatal(err)
	}
	v2, _ := webVersion(web)
	if v1 == "" || v1 != v2 {
		t.Fatalf("webVersion twice = %q, %q; want one non-empty value", v1, v2)
	}
	mustWriteFile(t, filepath.Join(web, "app.wasm"), []byte("\x00asm another build"))
	v3, _ := webVersion(web)
	if v3 == v1 {
		t.Errorf("webVersion did not change with a new app.wasm")
	}
	// The version reaches the client, so restarts keep caches.
	srv1 := mustTestServer(t, web)
	srv2 := mustTestServer(t, web)
	_, js1 := mustGet(t, srv1, "/app.js", nil)
	_, js2 := mustGet(t, srv2, "/app.js", nil)
	if !bytes.Contains(js1, []byte(v3)) || !bytes.Equal(js1, js2) {
		t.Errorf("app.js differs between two servers of the same build, or lacks version %s", v3)
	}
}

func TestRoutes(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	testCases := []struct {
		path       string
		wantStatus int
		wantBody   string
	}{
		{"/healthz", http.StatusOK, "ok"},
		{"/robots.txt", http.StatusOK, "User-agent"},
		{"/sitemap.xml", http.StatusNotFound, ""},
		{"/web/../go.mod", http.StatusNotFound, ""},
		{"/web/app.wasm.br", http.StatusNotFound, ""},
		{"/no-such-page", http.StatusNotFound, ""},
		// Only the browser knows its library: the server says "opening".
		{"/read/0000000000000000", http.StatusOK, "Opening from your library…"},
		{"/shell.html", http.StatusOK, "Opening…"},
	}
	for _, tc := range testCases {
		resp, body := mustGet(t, srv, tc.path, nil)
		if resp.StatusCode != tc.wantStatus || !strings.Contains(string(body), tc.wantBody) || strings.Contains(string(body), "Article unavailable") {
			t.Errorf("GET %s = %d %.80q, want %d containing %q", tc.path, resp.StatusCode, body, tc.wantStatus, tc.wantBody)
		}
	}
}

func TestAcceptsEncoding(t *testing.T) {
	testCases := []struct {
		header, enc string
		want        bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip, deflate", "br", false},
		{"br;q=0", "br", false},
		{"br; q=0.5", "br", true},
		{"BR", "br", true},
		{"", "gzip", false},
	}
	for _, tc := range testCases {
		if got := acceptsEncoding(tc.header, tc.enc); got != tc.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v, want %v", tc.header, tc.enc, got, tc.want)
		}
	}
}

// Pages and go-app's scripts have no precompressed twins: they are gzipped
// on the fly for clients that accept it, and left alone for the others.
func TestPagesCompressed(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	for _, path := range []string{"/", "/app.js", "/wasm_exec.js", "/app-worker.js", "/manifest.webmanifest"} {
		resp, body := mustGet(t, srv, path, map[string]string{"Accept-Encoding": "gzip"})
		if resp.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("GET %s Content-Encoding = %q, want gzip", path, resp.Header.Get("Content-Encoding"))
			continue
		}
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Errorf("GET %s: not gzip: %v", path, err)
			continue
		}
		plain, err := io.ReadAll(zr)
		if err != nil || len(plain) == 0 {
			t.Errorf("GET %s: bad gzip body: %v", path, err)
		}
		// go-app writes attributes in map order, so compare sizes.
		if _, raw := mustGet(t, srv, path, nil); len(plain) != len(raw) {
			t.Errorf("GET %s: gzipped body is %d bytes unpacked, the plain one %d", path, len(plain), len(raw))
		}
	}
	// Precompressed assets keep their own encoding.
	resp, _ := mustGet(t, srv, "/web/app.wasm", map[string]string{"Accept-Encoding": "gzip, br"})
	if resp.Header.Get("Content-Encoding") != "br" {
		t.Errorf("wasm Content-Encoding = %q, want br", resp.Header.Get("Content-Encoding"))
	}
}

// TestLinkPreviews: with -domain, a page's og:url and og:image are full
// addresses (without it go-app writes "https://" alone).
func TestLinkPreviews(t *testing.T) {
	srv := mustTestServerWith(t, serveConfig{webDir: mustWebDir(t), domain: "read.example.com"})
	for _, path := range []string{"/", "/library", "/read/0123456789abcdef"} {
		_, body := mustGet(t, srv, path, nil)
		for property, want := range map[string]string{
			"og:url":   "https://read.example.com" + strings.TrimSuffix(path, "/"),
			"og:image": "https://read.example.com/web/icon-512.png",
		} {
			// go-app writes a tag's attributes in any order.
			tag := regexp.MustCompile(`<meta [^>]*property="` + property + `"[^>]*>`).Find(body)
			if !strings.Contains(string(tag), `content="`+want+`"`) {
				t.Errorf("GET %s: %s tag %q, want content %q", path, property, tag, want)
			}
		}
	}
}
