package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// pastedText is a body /api/extract turns into an article.
var pastedText = mustJSON(map[string]string{"text": "Pasted title\n\nA pasted paragraph that is long enough to be read as an article body, with a comma."})

// mustPost posts body to srv's path with the given headers and returns the
// status, the headers and the body of the answer.
func mustPost(tb testing.TB, srv *httptest.Server, path, body string, header map[string]string) (*http.Response, []byte) {
	tb.Helper()
	req, err := http.NewRequest(http.MethodPost, srv.URL+path, strings.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatalf("POST %s: %v", path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatalf("POST %s: read body: %v", path, err)
	}
	return resp, data
}

// TestExtractRefusesCrossSite: another site's page cannot make a reader's
// browser call /api/extract. Simple requests (text/plain, forms: no
// preflight) are refused for their type, and a browser that says the
// request is cross-site or same-site, or an Origin that is not ours, for
// where it comes from. Readwell's own pages (fetch with JSON, same-origin)
// and command-line clients (no Sec-Fetch-Site, no Origin) are served.
func TestExtractRefusesCrossSite(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	ours := srv.URL // http://127.0.0.1:port: the Host the server sees
	testCases := []struct {
		name   string
		header map[string]string
		want   int
	}{
		{"our page", map[string]string{"Content-Type": "application/json", "Sec-Fetch-Site": "same-origin", "Origin": ours}, 200},
		{"typed address", map[string]string{"Content-Type": "application/json", "Sec-Fetch-Site": "none"}, 200},
		{"curl", map[string]string{"Content-Type": "application/json"}, 200},
		{"charset", map[string]string{"Content-Type": "application/json; charset=utf-8"}, 200},
		{"old browser, our page", map[string]string{"Content-Type": "application/json", "Origin": ours}, 200},
		{"cross-site", map[string]string{"Content-Type": "application/json", "Sec-Fetch-Site": "cross-site"}, 403},
		{"same-site", map[string]string{"Content-Type": "application/json", "Sec-Fetch-Site": "same-site"}, 403},
		{"old browser, other origin", map[string]string{"Content-Type": "application/json", "Origin": "http://evil.example"}, 403},
		{"opaque origin", map[string]string{"Content-Type": "application/json", "Origin": "null"}, 403},
		{"cross-site text/plain", map[string]string{"Content-Type": "text/plain", "Origin": "http://evil.example"}, 403},
		{"text/plain", map[string]string{"Content-Type": "text/plain;charset=UTF-8", "Sec-Fetch-Site": "same-origin"}, 415},
		{"form", map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, 415},
		{"no type", map[string]string{}, 415},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := mustPost(t, srv, "/api/extract", pastedText, tc.header)
			if resp.StatusCode != tc.want {
				t.Fatalf("POST /api/extract %v = %d (%s), want %d", tc.header, resp.StatusCode, body, tc.want)
			}
			if tc.want != 200 {
				var e apiError
				if err := json.Unmarshal(body, &e); err != nil || e.Error == "" || e.Status != tc.want {
					t.Errorf("POST /api/extract %v body = %s, want a JSON error with status %d", tc.header, body, tc.want)
				}
			}
		})
	}
}

// TestImageRefusesOtherCallers: the image proxy serves Readwell's own
// pages only; a request that says nothing of where it comes from (curl, a
// script using the server as an open relay) is refused, unless its Origin
// or Referer names this server. Nothing is fetched for a refused request.
func TestImageRefusesOtherCallers(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	ours := srv.URL
	// A blocked address: a request that passes the origin check gets 403
	// from the guard with its own message, one that fails it the cross-site
	// message, and nothing is dialed either way.
	path := "/api/image?url=" + url.QueryEscape("http://10.0.0.7/pic.png")
	testCases := []struct {
		name    string
		header  map[string]string
		refused bool
	}{
		{"our page", map[string]string{"Sec-Fetch-Site": "same-origin"}, false},
		{"opened in a tab", map[string]string{"Sec-Fetch-Site": "none"}, false},
		{"old browser, our page as referrer", map[string]string{"Referer": ours + "/read/abc"}, false},
		{"curl", map[string]string{}, true},
		{"cross-site", map[string]string{"Sec-Fetch-Site": "cross-site"}, true},
		{"same-site", map[string]string{"Sec-Fetch-Site": "same-site"}, true},
		{"old browser, other referrer", map[string]string{"Referer": "http://evil.example/page"}, true},
		{"other origin", map[string]string{"Origin": "http://evil.example"}, true},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := mustGet(t, srv, path, tc.header)
			var e apiError
			if err := json.Unmarshal(body, &e); err != nil {
				t.Fatalf("GET /api/image %v = %d %s, want a JSON error", tc.header, resp.StatusCode, body)
			}
			if got := e.Error == ErrCrossSite.Error(); got != tc.refused || resp.StatusCode != http.StatusForbidden {
				t.Errorf("GET /api/image %v = %d %q, want refused as cross-site %v", tc.header, resp.StatusCode, e.Error, tc.refused)
			}
		})
	}
}
