// Package components holds Readwell's go-app components — the shell, the
// reader page and the article view — and the route table that both the wasm
// client and the server (for prerendering) register. Components render from
// article.Article and UI state only: they never parse pages, fetch, or touch
// storage directly; where articles come from is given to Register.
package components

import (
	"context"
	"regexp"
	"sync"

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
		app.RouteWithRegexp(r.pattern, r.page)
	}
}

// routes is the table of pages. A trailing slash is allowed: static hosts
// serve /read/{id}/index.html as /read/{id}/ (server export). /read/ takes
// only the shape of our article IDs (article.ValidID): the path reaches
// the prerendered page's og:url, and nothing else may.
//
// The patterns are compiled when first used, not when the package starts:
// in the browser, Go's start is one task the page cannot interrupt
// (components.Yield), and compiling them there made up a third of it.
var routes = []struct {
	pattern string
	page    func() app.Composer
}{
	{`^/$`, func() app.Composer { return &ReaderPage{} }},
	{`^/read/[0-9a-f]{16}/?$`, func() app.Composer { return &ReaderPage{} }},
	{`^/add/?$`, func() app.Composer { return &AddPage{} }},
	{`^/library/?$`, func() app.Composer { return &LibraryPage{} }},
	{`^/highlights/?$`, func() app.Composer { return &HighlightsPage{} }},
	{`^/settings/?$`, func() app.Composer { return &SettingsPage{} }},
	{`^` + regexp.QuoteMeta(ShellPath) + `$`, func() app.Composer { return &ShellPage{} }},
}

// routePatterns are the route table's patterns, compiled.
var routePatterns = sync.OnceValue(func() []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(routes))
	for i, r := range routes {
		out[i] = regexp.MustCompile(r.pattern)
	}
	return out
})

// IsPage reports whether path is one of the route table's pages: the
// server lets go-app prerender only these.
func IsPage(path string) bool {
	for _, p := range routePatterns() {
		if p.MatchString(path) {
			return true
		}
	}
	return false
}
