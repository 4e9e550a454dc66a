package main

import (
	"errors"
	"mime"
	"net/http"
	"net/url"
)

// Where an API request comes from. A browser names it in Sec-Fetch-Site
// (Chromium, Firefox, WebKit since 2023): "same-origin" for Readwell's own
// pages and worker, "none" for an address the reader typed or opened;
// "same-site" and "cross-site" are other pages, which may not make a
// reader's browser call the API (any page could otherwise post 5 MiB bodies
// from every visitor, or use the image proxy as its own).

var (
	// ErrCrossSite is a request another site's page made.
	ErrCrossSite = errors.New("api: only Readwell's own pages can use this")
	// ErrNotJSON is an extraction request that is not JSON. Requiring the
	// type keeps out the "simple" cross-site POSTs (text/plain, forms),
	// which browsers send without asking the server first.
	ErrNotJSON = errors.New("api: send the request as application/json")
)

// sameOriginCaller reports whether r may come from Readwell's own pages.
// With Sec-Fetch-Site it must say same-origin or none. Without it (curl,
// scripts, browsers from before 2023) an Origin or Referer, when present,
// must name this host; absentOK says whether a request with neither is
// served (the extraction API: a command-line client sends none).
func sameOriginCaller(r *http.Request, absentOK bool) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "same-origin", "none":
		return true
	case "":
	default:
		return false
	}
	for _, h := range []string{"Origin", "Referer"} {
		if v := r.Header.Get(h); v != "" {
			u, err := url.Parse(v)
			return err == nil && u.Host != "" && u.Host == r.Host
		}
	}
	return absentOK
}

// isJSON: the request says its body is application/json.
func isJSON(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mt == "application/json"
}
