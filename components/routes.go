// Package components holds Readwell's go-app components — the shell, the
// reader page and the article view — and the route table that both the wasm
// client and the server (for prerendering) register. Components render from
// article.Article and UI state only: they never parse pages, fetch, or touch
// storage directly; where articles come from is given to Register.
package components

import (
	"context"
	"strings"

	"readwell/app/article"
	"readwell/app/library"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Sources tells the pages where articles come from.
type Sources struct {
	// Default returns the article shown at "/" (the embedded seed).
	Default func() (article.Article, error)
	// Extract turns what a reader gives — a URL, pasted HTML or text — into
	// an article. Nil on the server, which prerenders the empty form.
	Extract func(ctx context.Context, in Input) (article.Article, error)
	// Library holds saved articles; nil on the server.
	Library library.Store
}

// Input is what a reader gives the add page.
type Input struct {
	URL, HTML, Text string
}

var sources Sources

// Register installs the route table. The client calls it before
// app.RunWhenOnBrowser, the server before serving, so prerendered and live
// pages are the same components.
func Register(s Sources) {
	sources = s
	for _, r := range routes {
		registerRoute(r)
	}
}

// route is a page and the paths it answers: path itself, or with
// id, path followed by an article ID (article.ValidID); with slash, a
// trailing slash too.
type route struct {
	path      string
	id, slash bool
	page      func() app.Composer
}

// routes is the table of pages. A trailing slash is allowed: static hosts
// serve /read/{id}/index.html as /read/{id}/ (server export). /read/ takes
// only the shape of our article IDs (article.ValidID): the path reaches
// the prerendered page's og:url, and nothing else may.
//
// A route matches by comparing strings, not by a regular expression: the
// UI wasm links no regexp (routes_goapp_patched.go), and Go's start, one
// task the page cannot interrupt, compiles nothing.
var routes = []route{
	{path: "/", page: func() app.Composer { return &ReaderPage{} }},
	{path: "/read/", id: true, slash: true, page: func() app.Composer { return &ReaderPage{} }},
	{path: "/add", slash: true, page: func() app.Composer { return &AddPage{} }},
	{path: "/library", slash: true, page: func() app.Composer { return &LibraryPage{} }},
	{path: "/highlights", slash: true, page: func() app.Composer { return &HighlightsPage{} }},
	{path: "/settings", slash: true, page: func() app.Composer { return &SettingsPage{} }},
	{path: ShellPath, page: func() app.Composer { return &ShellPage{} }},
}

// matches reports whether p is one of r's paths.
func (r route) matches(p string) bool {
	rest, ok := strings.CutPrefix(p, r.path)
	if !ok {
		return false
	}
	if r.slash {
		rest = strings.TrimSuffix(rest, "/")
	}
	if r.id {
		return article.ValidID(rest)
	}
	return rest == ""
}

// IsPage reports whether path is one of the route table's pages: the
// server lets go-app prerender only these.
func IsPage(path string) bool {
	for _, r := range routes {
		if r.matches(path) {
			return true
		}
	}
	return false
}
