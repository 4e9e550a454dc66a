package main

import (
	"net/http"

	"readwell/components"
)

// goAppFiles are the files go-app's handler makes once at start, the same
// for every request, that pages load: its loader, Go's wasm_exec.js, the
// service worker and its base styles.
var goAppFiles = map[string]bool{
	"/app.js":        true,
	"/wasm_exec.js":  true,
	"/app-worker.js": true,
	"/app.css":       true,
}

// goAppGate stands in front of go-app's handler and lets through only
// what has been checked to be safe there: GET and HEAD of the route
// table's pages and of goAppFiles. go-app v10.1.11 answers much more,
// whatever the method: /robots.txt, /sitemap.xml and /ads.txt by fetching
// them from "http://" + the request's Host header (and caching the first
// answer for everyone), also under a /{version}/ prefix, and /web/… from
// an http.FileServer over the working directory, which lists folders.
// Those never reach it: a path our own mux answers for GET (web files,
// robots.txt, the manifest) is 405 for other methods, the rest 404.
type goAppGate struct {
	goApp http.Handler
	ours  *http.ServeMux
	// appJS answers /app.js: go-app's with our wasm loader (loader.go).
	appJS http.Handler
}

func (g goAppGate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	page := components.IsPage(path)
	goApps := page || goAppFiles[path]
	get := r.Method == http.MethodGet || r.Method == http.MethodHead
	switch {
	case path == "/app.js" && get && g.appJS != nil:
		g.appJS.ServeHTTP(w, r)
	case goApps && get:
		if page {
			r = withArrival(r)
			// A page differs by how it was reached (the arrival mark), but
			// go-app gives every page the app version as its ETag and
			// answers a matching If-None-Match with 304 first: a page a
			// reader once opened directly could be replayed for a link
			// from another site. Pages are served whole, and vary.
			w.Header().Add("Vary", "Sec-Fetch-Site")
			r.Header.Del("If-None-Match")
			r.Header.Del("If-Modified-Since")
			if a, ok := prerenderedArticle(path); ok {
				serveAnnotated(g.goApp, w, r, a)
				return
			}
		}
		g.goApp.ServeHTTP(w, r)
	case goApps || g.oursForGet(r):
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	default:
		// Also a GET our mux would answer, come here through a path
		// the mux does not clean (CONNECT): never go-app's.
		http.NotFound(w, r)
	}
}

// oursForGet reports whether our own mux answers r's path for GET (a file
// under /web/, robots.txt, the manifest): r came here for another method.
func (g goAppGate) oursForGet(r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return false
	}
	asGet := *r
	asGet.Method = http.MethodGet
	_, pattern := g.ours.Handler(&asGet)
	return pattern != "" && pattern != "/"
}

// withArrival tells the page how the browser says it was reached, through
// components.ArrivalParam: "direct" for Sec-Fetch-Site: none (the address
// bar, a bookmark, the share sheet), nothing otherwise; a value the request
// brought is dropped. Same-origin does not count: a navigation the service
// worker forwards arrives as same-origin wherever it started.
func withArrival(r *http.Request) *http.Request {
	q := r.URL.Query()
	direct := r.Header.Get("Sec-Fetch-Site") == "none"
	if !q.Has(components.ArrivalParam) && !direct {
		return r
	}
	q.Del(components.ArrivalParam)
	if direct {
		q.Set(components.ArrivalParam, components.ArrivalDirect)
	}
	r2 := r.Clone(r.Context())
	r2.URL.RawQuery = q.Encode()
	return r2
}
