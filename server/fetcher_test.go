package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"readwell/app/article"
	"readwell/app/extract"

	"github.com/andybalholm/brotli"
)

// publicIP is the loopback address the tests treat as "the internet": the
// guard is opened for it alone. Everything on 127.0.0.1 stays internal.
var publicIP = netip.MustParseAddr("127.0.0.2")

func testFetcher() *Fetcher {
	return &Fetcher{Timeout: 2 * time.Second, AllowAddr: func(a netip.Addr) bool { return a == publicIP }}
}

// mustServeOn starts an httptest server on a given loopback address.
func mustServeOn(tb testing.TB, ip string, h http.Handler) *httptest.Server {
	tb.Helper()
	ln, err := net.Listen("tcp", ip+":0")
	if err != nil {
		tb.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	tb.Cleanup(srv.Close)
	return srv
}

const articleHTML = `<!doctype html><html lang="en"><head><title>Harbour reopens | Test Times</title></head>
<body><article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after a month of repairs, and the first ferry left at dawn with a full load of passengers.</p>
<p>Fishermen, who had moored in the next bay, said they were glad to be home, and that the new wall looked strong enough for winter storms.</p></article></body></html>`

func TestFetcherLive(t *testing.T) {
	internal := mustServeOn(t, "127.0.0.1", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<p>internal admin page with secrets, which must never be fetched for a reader</p>")
	}))
	var public *httptest.Server
	public = mustServeOn(t, publicIP.String(), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/article":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, articleHTML)
		case "/latin1":
			w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
			io.WriteString(w, "<html><body><article><h1>Caf\xe9</h1><p>Le caf\xe9 du port rouvre ses portes lundi matin, apr\xe8s des mois de travaux sur la digue et le quai.</p></article></body></html>")
		case "/plain":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			io.WriteString(w, "A plain title\n\nThis plain page has one paragraph that is long enough to be read as the body of an article.")
		case "/gzip":
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			io.WriteString(zw, articleHTML)
			zw.Close()
		case "/br":
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "br")
			bw := brotli.NewWriter(w)
			io.WriteString(bw, articleHTML)
			bw.Close()
		case "/to-internal":
			http.Redirect(w, r, internal.URL+"/admin", http.StatusFound)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		case "/to-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/to-localhost":
			http.Redirect(w, r, "http://localhost/", http.StatusMovedPermanently)
		case "/to-decimal":
			http.Redirect(w, r, "http://2130706433/", http.StatusTemporaryRedirect)
		case "/hop":
			n := 0
			fmt.Sscan(r.URL.Query().Get("n"), &n)
			if n <= 0 {
				w.Header().Set("Content-Type", "text/html")
				io.WriteString(w, articleHTML)
				return
			}
			http.Redirect(w, r, fmt.Sprintf("/hop?n=%d", n-1), http.StatusFound)
		case "/huge":
			w.Header().Set("Content-Type", "text/html")
			chunk := bytes.Repeat([]byte("<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n"), 1024)
			for i := 0; i < 200; i++ { // 10 MiB, more than the cap
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/gzip-bomb":
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
			zeros := make([]byte, 1<<20)
			for i := 0; i < 64; i++ { // 64 MiB when inflated
				zw.Write(zeros)
			}
			zw.Close()
		case "/slow":
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusOK)
			w.(http.Flusher).Flush()
			select {
			case <-time.After(5 * time.Second):
			case <-r.Context().Done():
			}
		case "/image":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n"))
		case "/json":
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"a":1}`)
		case "/binary-as-html":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("\x00\x01\x02\x03binary"))
		case "/missing":
			http.NotFound(w, r)
		case "/error":
			http.Error(w, "boom", http.StatusInternalServerError)
		default:
			http.NotFound(w, r)
		}
	}))

	testCases := []struct {
		path      string
		want      error
		wantTitle string
	}{
		{"/article", nil, "Harbour reopens"},
		{"/latin1", nil, "Café"},
		{"/plain", nil, "A plain title"},
		{"/gzip", nil, "Harbour reopens"},
		{"/br", nil, "Harbour reopens"},
		{"/hop?n=5", nil, "Harbour reopens"},
		{"/hop?n=6", ErrTooManyRedirect, ""},
		{"/to-internal", ErrBlockedAddress, ""},
		{"/to-metadata", ErrBlockedAddress, ""},
		{"/to-file", ErrBadURL, ""},
		{"/to-localhost", ErrBlockedAddress, ""},
		{"/to-decimal", ErrBlockedAddress, ""},
		{"/huge", extract.ErrTooLarge, ""},
		{"/gzip-bomb", extract.ErrTooLarge, ""},
		{"/slow", ErrFetchTimeout, ""},
		{"/image", ErrNotPage, ""},
		{"/json", ErrNotPage, ""},
		{"/binary-as-html", extract.ErrNotText, ""},
		{"/missing", ErrUpstreamStatus, ""},
		{"/error", ErrUpstreamStatus, ""},
	}
	f := testFetcher()
	for _, tc := range testCases {
		t.Run(tc.path, func(t *testing.T) {
			page, err := f.Fetch(context.Background(), public.URL+tc.path)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Fetch(%s) error = %v, want %v", tc.path, err, tc.want)
			}
			if tc.want != nil {
				return
			}
			a, err := extractPage(context.Background(), page.body, page.url, page.contentType, false)
			if err != nil {
				t.Fatalf("extract %s: %v", tc.path, err)
			}
			if a.Title != tc.wantTitle {
				t.Errorf("title = %q, want %q", a.Title, tc.wantTitle)
			}
		})
	}

	t.Run("internal server directly", func(t *testing.T) {
		if _, err := f.Fetch(context.Background(), internal.URL+"/admin"); !errors.Is(err, ErrBlockedAddress) {
			t.Errorf("Fetch(internal) = %v, want ErrBlockedAddress", err)
		}
	})
	t.Run("default fetcher refuses all of loopback", func(t *testing.T) {
		if _, err := (&Fetcher{}).Fetch(context.Background(), public.URL+"/article"); !errors.Is(err, ErrBlockedAddress) {
			t.Errorf("Fetch with no allowlist = %v, want ErrBlockedAddress", err)
		}
	})

	t.Run("POST /api/extract", func(t *testing.T) {
		api := mustTestServerWith(t, serveConfig{webDir: mustWebDir(t), fetcher: f})
		testCases := []struct {
			name, body string
			status     int
			wantTitle  string
		}{
			{"url", `{"url": "` + public.URL + `/article"}`, 200, "Harbour reopens"},
			{"html", mustJSON(map[string]string{"html": articleHTML}), 200, "Harbour reopens"},
			{"text", mustJSON(map[string]string{"text": "Pasted title\n\nA pasted paragraph that is long enough to be read as an article body, with a comma."}), 200, "Pasted title"},
			{"url to internal", `{"url": "` + internal.URL + `"}`, 403, ""},
			{"metadata", `{"url": "http://169.254.169.254/"}`, 403, ""},
			{"bad scheme", `{"url": "file:///etc/passwd"}`, 400, ""},
			{"two fields", `{"url": "` + public.URL + `/article", "text": "x"}`, 400, ""},
			{"no field", `{}`, 400, ""},
			{"not json", `url=x`, 400, ""},
			{"image", `{"url": "` + public.URL + `/image"}`, 415, ""},
			{"too large", `{"url": "` + public.URL + `/huge"}`, 413, ""},
			{"no article", `{"html": "<p>hi</p>"}`, 422, ""},
			{"upstream 404", `{"url": "` + public.URL + `/missing"}`, 502, ""},
			{"slow", `{"url": "` + public.URL + `/slow"}`, 504, ""},
		}
		for _, tc := range testCases {
			t.Run(tc.name, func(t *testing.T) {
				resp, err := http.Post(api.URL+"/api/extract", "application/json", strings.NewReader(tc.body))
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				if resp.StatusCode != tc.status {
					b, _ := io.ReadAll(resp.Body)
					t.Fatalf("status = %d (%s), want %d", resp.StatusCode, b, tc.status)
				}
				if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
					t.Errorf("Content-Type = %q", ct)
				}
				if tc.status != 200 {
					var e apiError
					if err := json.NewDecoder(resp.Body).Decode(&e); err != nil || e.Error == "" || e.Status != tc.status {
						t.Errorf("error body = %+v (%v), want a message and the status", e, err)
					}
					if strings.Contains(e.Error, "127.0.0.1") || strings.Contains(e.Error, "dial") {
						t.Errorf("error message leaks internal detail: %q", e.Error)
					}
					return
				}
				var a article.Article
				if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
					t.Fatal(err)
				}
				if a.Title != tc.wantTitle || len(a.Blocks) == 0 {
					t.Errorf("article title %q with %d blocks, want %q", a.Title, len(a.Blocks), tc.wantTitle)
				}
			})
		}
	})
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
