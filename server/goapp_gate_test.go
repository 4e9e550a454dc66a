package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// goAppPaths are the paths go-app v10.1.11's Handler.ServeHTTP switches on
// (pkg/app/http.go): its /web/ file server, the aliases it rewrites, the
// resources it keeps in memory, the three it fetches from the request's
// Host (serveProxyResource), and the page routes it prerenders.
var goAppPaths = []string{
	"/web/", "/web/app.wasm", "/web/robots.txt", "/web/sitemap.xml", "/web/ads.txt", "/web/go.mod", "/web/..",
	"/goapp.js", "/app.js", "/manifest.json", "/manifest.webmanifest", "/app.wasm", "/goapp.wasm",
	"/wasm_exec.js", "/app-worker.js", "/app.css",
	"/robots.txt", "/sitemap.xml", "/ads.txt",
	"/", "/add", "/library", "/settings", "/shell.html", "/read/0123456789abcdef", "/no-such-page",
}

var allMethods = []string{
	http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodDelete,
	http.MethodPatch, http.MethodOptions, http.MethodTrace, "PROPFIND",
}

// TestGoAppNeverFetchesFromHost walks every path go-app answers, bare and
// under the prefixes it strips (/{version}/), with every method and a Host
// header naming a loopback server that records what reaches it: go-app
// must never fetch from it, no answer may list a folder or carry what the
// recorder serves, and only GET and HEAD may succeed.
func TestGoAppNeverFetchesFromHost(t *testing.T) {
	var hits atomic.Int64
	const poison = "POISONED-BY-THE-HOST-HEADER"
	recorder := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		t.Errorf("the server fetched %s %s from the Host header", r.Method, r.URL.Path)
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<script src=/x.js></script>"+poison)
	}))
	defer recorder.Close()
	hostile := strings.TrimPrefix(recorder.URL, "http://")

	webDir := mustWebDir(t)
	version, err := webVersion(webDir)
	if err != nil {
		t.Fatal(err)
	}
	srv := mustTestServer(t, webDir)
	client := &http.Client{
		Transport:     &http.Transport{DisableCompression: true},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	for _, prefix := range []string{"", "/" + version} {
		for _, p := range goAppPaths {
			for _, method := range allMethods {
				path := prefix + p
				req, err := http.NewRequest(method, srv.URL+path, strings.NewReader("x=1"))
				if err != nil {
					t.Fatal(err)
				}
				req.Host = hostile
				resp, err := client.Do(req)
				if err != nil {
					t.Fatalf("%s %s: %v", method, path, err)
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				s := string(body)
				switch {
				case strings.Contains(s, poison):
					t.Errorf("%s %s (Host %s) served the Host's answer: %.80q", method, path, hostile, s)
				case strings.Contains(s, hostile):
					t.Errorf("%s %s (Host %s) writes the Host into the page: %.80q", method, path, hostile, s)
				case strings.Contains(s, "<pre>\n<a href="):
					t.Errorf("%s %s lists a folder: %.120q", method, path, s)
				case method != http.MethodGet && method != http.MethodHead && resp.StatusCode < 300:
					t.Errorf("%s %s = %d, want 405 or 404 (only GET and HEAD are answered)", method, path, resp.StatusCode)
				case prefix != "" && resp.StatusCode < 300:
					t.Errorf("%s %s = %d, want 404 (nothing is served under /{version}/)", method, path, resp.StatusCode)
				}
			}
		}
	}
	// CONNECT skips the mux's path cleaning; the client cannot send it with
	// a path, so it goes to the handler directly.
	h, err := newHandler(serveConfig{webDir: webDir}, discardSlog())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(goAppPaths, "//robots.txt", "/./ads.txt", "/web/../sitemap.xml") {
		req := httptest.NewRequest(http.MethodConnect, p, nil)
		req.Host = hostile
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code < 300 || strings.Contains(rec.Body.String(), poison) {
			t.Errorf("CONNECT %s = %d %.80q, want 404 or 405", p, rec.Code, rec.Body.String())
		}
	}
	if n := hits.Load(); n > 0 {
		t.Errorf("the Host header's server was asked %d times, want 0", n)
	}
}

// TestGoAppGateMethods: the paths go-app or our mux answer take GET and
// HEAD only (405 with Allow for the rest); unknown paths are 404.
func TestGoAppGateMethods(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	testCases := []struct {
		method, path string
		want         int
	}{
		{http.MethodGet, "/", http.StatusOK},
		{http.MethodHead, "/app.js", http.StatusOK},
		{http.MethodGet, "/wasm_exec.js", http.StatusOK},
		{http.MethodGet, "/app-worker.js", http.StatusOK},
		{http.MethodGet, "/app.css", http.StatusOK},
		{http.MethodGet, "/robots.txt", http.StatusOK},
		{http.MethodPost, "/", http.StatusMethodNotAllowed},
		{http.MethodPost, "/web/", http.StatusMethodNotAllowed},
		{http.MethodDelete, "/web/app.wasm", http.StatusMethodNotAllowed},
		{http.MethodPost, "/robots.txt", http.StatusMethodNotAllowed},
		{http.MethodPut, "/ads.txt", http.StatusMethodNotAllowed},
		{http.MethodOptions, "/app.js", http.StatusMethodNotAllowed},
		{http.MethodGet, "/ads.txt", http.StatusNotFound},
		{http.MethodGet, "/goapp.wasm", http.StatusNotFound},
		{http.MethodGet, "/goapp.js", http.StatusNotFound},
		{http.MethodGet, "/no-such-page", http.StatusNotFound},
		{http.MethodPost, "/no-such-page", http.StatusNotFound},
	}
	for _, tc := range testCases {
		req, err := http.NewRequest(tc.method, srv.URL+tc.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("%s %s = %d, want %d", tc.method, tc.path, resp.StatusCode, tc.want)
		}
		if resp.StatusCode == http.StatusMethodNotAllowed && resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow = %q, want %q", tc.method, tc.path, resp.Header.Get("Allow"), "GET, HEAD")
		}
	}
}

// TestAddPageArrival: the prerendered add page is marked for saving at
// once only when the browser says the reader opened it themselves
// (Sec-Fetch-Site: none); a link from elsewhere cannot forge the mark.
func TestAddPageArrival(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	const shared = "/add?url=https%3A%2F%2Fexample.com%2Fstory"
	testCases := []struct {
		name, path, site string
		want             bool
	}{
		{"address bar or share sheet", shared, "none", true},
		{"from another site", shared, "cross-site", false},
		{"from a sibling site", shared, "same-site", false},
		{"forwarded by the service worker", shared, "same-origin", false},
		{"no Fetch Metadata", shared, "", false},
		{"forged mark from another site", shared + "&readwell-arrival=direct", "cross-site", false},
		{"forged mark, no Fetch Metadata", shared + "&readwell-arrival=direct", "", false},
		{"direct, with a mark of its own", shared + "&readwell-arrival=x", "none", true},
		{"the form alone", "/add", "none", true},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			header := map[string]string{}
			if tc.site != "" {
				header["Sec-Fetch-Site"] = tc.site
			}
			resp, body := mustGet(t, srv, tc.path, header)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("GET %s = %d, want 200", tc.path, resp.StatusCode)
			}
			if got := markupOf(t, body)["div[data-direct]"] > 0; got != tc.want {
				t.Errorf("GET %s (Sec-Fetch-Site %q) marked direct = %v, want %v", tc.path, tc.site, got, tc.want)
			}
		})
	}
}

// TestAddPageNotReplayed: a page opened directly once cannot come back as
// a 304 for a link from another site (go-app's ETag is the app version,
// the same for both); pages vary by Sec-Fetch-Site.
func TestAddPageNotReplayed(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	const path = "/add?url=https%3A%2F%2Fexample.com%2Fstory"
	direct, _ := mustGet(t, srv, path, map[string]string{"Sec-Fetch-Site": "none"})
	etag := direct.Header.Get("Etag")
	resp, body := mustGet(t, srv, path, map[string]string{"Sec-Fetch-Site": "cross-site", "If-None-Match": etag})
	if resp.StatusCode != http.StatusOK || markupOf(t, body)["div[data-direct]"] > 0 {
		t.Errorf("GET %s cross-site with If-None-Match %q = %d, marked direct %v; want 200, not marked", path, etag, resp.StatusCode, markupOf(t, body)["div[data-direct]"] > 0)
	}
	if !strings.Contains(resp.Header.Get("Vary"), "Sec-Fetch-Site") {
		t.Errorf("GET %s: Vary = %q, want Sec-Fetch-Site in it", path, resp.Header.Get("Vary"))
	}
}
