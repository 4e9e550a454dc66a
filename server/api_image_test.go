package main

import (
	"bytes"
	"compress/gzip"
	"image"
	"image/color"
	"image/png"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// testPNG draws a w×h picture.
func testPNG(tb testing.TB, w, h int) []byte {
	tb.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		img.Set(x, x%h, color.RGBA{200, 40, 40, 255})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestSniffImage(t *testing.T) {
	testCases := []struct {
		name, data, want string
	}{
		{"jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00", "image/png"},
		{"gif87", "GIF87a\x01\x00", "image/gif"},
		{"gif89", "GIF89a\x01\x00", "image/gif"},
		{"webp", "RIFF\x24\x00\x00\x00WEBPVP8 ", "image/webp"},
		{"avif", "\x00\x00\x00\x1cftypavif\x00\x00", "image/avif"},
		{"svg", `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`, ""},
		{"html", "<!doctype html><p>hi", ""},
		{"riff but wave", "RIFF\x24\x00\x00\x00WAVEfmt ", ""},
		{"mp4", "\x00\x00\x00\x18ftypmp42\x00\x00", ""},
		{"empty", "", ""},
		{"short png", "\x89PN", ""},
	}
	for _, tc := range testCases {
		if got := sniffImage([]byte(tc.data)); got != tc.want {
			t.Errorf("%s: sniffImage = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestImageProxy(t *testing.T) {
	pic := testPNG(t, 40, 30)
	public := mustServeOn(t, publicIP.String(), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/pic.png":
			w.Header().Set("Content-Type", "image/png")
			w.Write(pic)
		case "/lying.jpg": // a PNG the site calls a JPEG: served as what it is
			w.Header().Set("Content-Type", "image/jpeg")
			w.Write(pic)
		case "/gzipped.png":
			w.Header().Set("Content-Type", "image/png")
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write(pic)
			zw.Close()
		case "/evil.svg":
			w.Header().Set("Content-Type", "image/svg+xml")
			io.WriteString(w, `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)
		case "/svg-as-png.png":
			w.Header().Set("Content-Type", "image/png")
			io.WriteString(w, `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)
		case "/page.html":
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<p>not a picture</p>")
		case "/huge.png":
			w.Header().Set("Content-Type", "image/png")
			w.Write(pic[:16])
			w.Write(make([]byte, maxImageBytes))
		case "/gone.png":
			http.NotFound(w, r)
		case "/redirect-inside":
			http.Redirect(w, r, "http://127.0.0.1:1/secret.png", http.StatusFound)
		}
	}))
	srv := mustTestServerWith(t, serveConfig{webDir: mustWebDir(t), fetcher: testFetcher()})

	testCases := []struct {
		name, src, fetchSite string
		wantStatus           int
		wantType             string
	}{
		{"a PNG", public.URL + "/pic.png", "same-origin", http.StatusOK, "image/png"},
		{"typed by its bytes", public.URL + "/lying.jpg", "same-origin", http.StatusOK, "image/png"},
		{"gzip-encoded", public.URL + "/gzipped.png", "same-origin", http.StatusOK, "image/png"},
		{"SVG refused", public.URL + "/evil.svg", "same-origin", http.StatusUnsupportedMediaType, ""},
		{"SVG called PNG refused", public.URL + "/svg-as-png.png", "same-origin", http.StatusUnsupportedMediaType, ""},
		{"a page refused", public.URL + "/page.html", "same-origin", http.StatusUnsupportedMediaType, ""},
		{"over 8 MiB refused", public.URL + "/huge.png", "same-origin", http.StatusRequestEntityTooLarge, ""},
		{"site error", public.URL + "/gone.png", "same-origin", http.StatusBadGateway, ""},
		{"redirect to an internal host", public.URL + "/redirect-inside", "same-origin", http.StatusForbidden, ""},
		// Refused on the address itself: nothing is dialed.
		{"private address", "http://10.0.0.7/pic.png", "same-origin", http.StatusForbidden, ""},
		{"metadata address", "http://169.254.169.254/latest/meta-data", "same-origin", http.StatusForbidden, ""},
		{"not http", "file:///etc/passwd", "same-origin", http.StatusBadRequest, ""},
		{"no url", "", "same-origin", http.StatusBadRequest, ""},
		{"another site's page", public.URL + "/pic.png", "cross-site", http.StatusForbidden, ""},
		{"a sibling site", public.URL + "/pic.png", "same-site", http.StatusForbidden, ""},
		{"no Sec-Fetch-Site (an open relay)", public.URL + "/pic.png", "", http.StatusForbidden, ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodGet, srv.URL+"/api/image?url="+url.QueryEscape(tc.src), nil)
			if tc.fetchSite != "" {
				req.Header.Set("Sec-Fetch-Site", tc.fetchSite)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.wantStatus {
				t.Fatalf("status %d (%s), want %d", resp.StatusCode, body, tc.wantStatus)
			}
			if tc.wantStatus != http.StatusOK {
				if !strings.Contains(string(body), `"error"`) {
					t.Errorf("error body %q has no error message", body)
				}
				return
			}
			if ct := resp.Header.Get("Content-Type"); ct != tc.wantType {
				t.Errorf("Content-Type %q, want %q", ct, tc.wantType)
			}
			if !bytes.Equal(body, pic) {
				t.Errorf("body: %d bytes, want the %d-byte picture", len(body), len(pic))
			}
			if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("no nosniff on a proxied picture")
			}
		})
	}
}
