//go:build e2e

package main

import (
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserSavedPageCopy: once a saved article has been read, the
// service worker answers its address with the page as drawn, so it shows
// before the client starts, also offline; the copy still boots the client;
// deleting the article deletes the copy.
func TestBrowserSavedPageCopy(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	const title = "Pasted notes on tides"
	mustOpen(t, ctx, srv.URL+"/add")
	mustWaitForCachedShell(t, ctx)
	mustFill(t, ctx, "#add-text", title+"\n\nThe spring tides this year will be the highest in a decade, with the peak expected in the second week of March, the harbour office said.")
	mustClick(t, ctx, `.add-form button[type=submit]`)
	mustWaitFor(t, ctx, "saved", `!!document.querySelector('[data-saved]')`, 20*time.Second)
	mustOpen(t, ctx, srv.URL+"/library")
	mustWaitFor(t, ctx, "one item", `document.querySelectorAll('.library-item').length === 1`, 10*time.Second)
	id := mustEval[string](t, ctx, `document.querySelector('.library-item').dataset.id`)
	path := "/read/" + id
	hasCopy := `caches.open('readwell-pages').then(c => c.match(` + strconv.Quote(path) + `)).then(r => !!r)`

	mustOpen(t, ctx, srv.URL+path)
	mustWaitFor(t, ctx, "the page kept", hasCopy, 10*time.Second)
	// It carries the server's security headers, as the shell does.
	csp := mustEval[string](t, ctx, `caches.open('readwell-pages').then(c => c.match(`+strconv.Quote(path)+`)).then(r => r.headers.get('Content-Security-Policy') || '')`)
	if csp != contentSecurityPolicy {
		t.Errorf("kept page's Content-Security-Policy = %q, want the server's", csp)
	}

	srv.Stop()
	t.Run("before the client starts, offline", func(t *testing.T) {
		mustSetScripts(t, ctx, false)
		defer mustSetScripts(t, ctx, true)
		mustDo(t, ctx, "open "+path, chromedp.Navigate(srv.URL+path+"/"))
		type page struct {
			H1, Page string
			Ready    bool
			Loader   bool
			Update   int
		}
		got := mustEval[page](t, ctx, `({
			h1: (document.querySelector('[data-page] h1') || {}).textContent || '',
			page: (document.querySelector('[data-page]') || {dataset: {}}).dataset.page || '',
			ready: document.documentElement.hasAttribute('data-app'),
			loader: !!document.getElementById('app-wasm-loader'),
			update: document.querySelectorAll('.update, .shortcuts').length,
		})`)
		if got.H1 != title || got.Page != "reader" {
			t.Errorf("kept page shows %q on %q, want %q on the reader", got.H1, got.Page, title)
		}
		if got.Ready || !got.Loader || got.Update != 0 {
			t.Errorf("kept page: data-app %v, wasm loader %v, live-only parts %d; want false, true, 0", got.Ready, got.Loader, got.Update)
		}
	})

	t.Run("the copy starts the client", func(t *testing.T) {
		mustOpen(t, ctx, srv.URL+path)
		mustWaitFor(t, ctx, "the live article", `document.querySelector('[data-page="reader"] article h1')?.textContent === `+strconv.Quote(title), 10*time.Second)
	})

	t.Run("deleting the article deletes the copy", func(t *testing.T) {
		mustOpen(t, ctx, srv.URL+"/library")
		mustClick(t, ctx, `[data-delete="`+id+`"]`)
		mustWaitFor(t, ctx, "the copy gone", `caches.open('readwell-pages').then(c => c.match(`+strconv.Quote(path)+`)).then(r => !r)`, 10*time.Second)
	})
}
