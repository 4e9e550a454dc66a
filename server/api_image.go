package main

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
)

// The image proxy: GET /api/image?url=… fetches an article's picture behind
// the SSRF guard and serves it from Readwell's own origin. Without it every
// figure of a fetched article was a broken image: the Content-Security-
// Policy allows images from 'self' only, and that stays so. Going through
// the server also keeps the publisher's trackers from seeing the reader
// (no referrer, no cookies, the server's address instead of the reader's),
// and lets the service worker keep a saved article's pictures for offline.

var (
	ErrNotImage   = errors.New("image: not a JPEG, PNG, GIF, WebP or AVIF picture")
	ErrNoImageURL = errors.New("image: give the picture's address as ?url=")
)

// maxImageBytes caps one picture (after decoding any transfer compression).
const maxImageBytes = 8 << 20

// FetchImage downloads the picture at rawURL. Only raster formats, told by
// their first bytes and not by what the site claims, are accepted: an SVG
// is a document that can carry script, and is refused.
func (f *Fetcher) FetchImage(ctx context.Context, rawURL string) (data []byte, mediaType string, err error) {
	isImage := func(mt string) bool { return strings.HasPrefix(mt, "image/") || mt == "application/octet-stream" }
	p, err := f.download(ctx, rawURL, "image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9", maxImageBytes, isImage, ErrNotImage)
	if err != nil {
		return nil, "", err
	}
	mediaType = sniffImage(p.body)
	if mediaType == "" {
		return nil, "", ErrNotImage
	}
	return p.body, mediaType, nil
}

// sniffImage names a raster image format from its signature, or "".
func sniffImage(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\xff\xd8\xff")):
		return "image/jpeg"
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "image/png"
	case bytes.HasPrefix(b, []byte("GIF87a")), bytes.HasPrefix(b, []byte("GIF89a")):
		return "image/gif"
	case len(b) >= 12 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WEBP":
		return "image/webp"
	case len(b) >= 12 && string(b[4:8]) == "ftyp" && (string(b[8:12]) == "avif" || string(b[8:12]) == "avis"):
		return "image/avif"
	}
	return ""
}

// handleImage serves GET /api/image?url=…. Browsers say where a request
// comes from (Sec-Fetch-Site): another site's pages may not use this
// server to fetch pictures for them. A request that says nothing (curl, a
// script) is refused too, or the proxy would be an open image relay for
// anyone, unless its Origin or Referer names this host.
func handleImage(fetcher *Fetcher, logger *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !sameOriginCaller(r, false) {
			writeAPIError(w, r, logger, ErrCrossSite)
			return
		}
		src := r.URL.Query().Get("url")
		if src == "" {
			writeAPIError(w, r, logger, ErrNoImageURL)
			return
		}
		data, mediaType, err := fetcher.FetchImage(r.Context(), src)
		if err != nil {
			writeAPIError(w, r, logger, err)
			return
		}
		h := w.Header()
		h.Set("Content-Type", mediaType)
		h.Set("Content-Length", strconv.Itoa(len(data)))
		// A day in the HTTP cache; the service worker keeps saved
		// articles' pictures longer.
		h.Set("Cache-Control", "public, max-age=86400")
		w.Write(data)
	}
}
