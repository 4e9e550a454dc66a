//go:build e2e

package main

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserNoShiftAtStart: the prerendered reader, as the page shows it
// before the client starts (scripts on, the wasm not yet run), and the
// live reader put the article's parts at the same places, at phone and
// desktop widths. The page is loaded with scripts off, so that the client
// never starts, then boot.js's one change (data-js) is made by hand.
func TestBrowserNoShiftAtStart(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	// Where the article's parts are: the header, its meta line, the
	// chips, the first block of text.
	const places = `['article h1', '.meta', 'nav.entities', 'article [data-block]'].map(s => {
		const e = document.querySelector(s);
		if (!e) return s + ' missing';
		const r = e.getBoundingClientRect();
		return s + ' ' + r.top.toFixed(0) + '+' + r.height.toFixed(0);
	}).join(', ')`
	for _, width := range []int64{390, 1280} {
		mustDo(t, ctx, "viewport", chromedp.EmulateViewport(width, 844))
		mustSetScripts(t, ctx, false)
		mustDo(t, ctx, "the prerendered reader", chromedp.Navigate(srv.URL+"/"))
		mustSetScripts(t, ctx, true)
		before := mustEval[string](t, ctx, `(document.documentElement.setAttribute('data-js', 'on'), `+places+`)`)
		mustOpen(t, ctx, srv.URL+"/")
		after := mustEval[string](t, ctx, places)
		if before != after {
			t.Errorf("width %d: the article moves when the client starts:\nprerendered %s\nlive        %s", width, before, after)
		} else {
			t.Logf("width %d: %s, before and after the client starts", width, after)
		}
	}
}
