//go:build e2e

package main

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestBrowserInstallPanel: the settings page offers to install Readwell
// where the browser lets a page ask, and tells Safari's steps where it
// does not.
func TestBrowserInstallPanel(t *testing.T) {
	srv := mustStartServer(t)

	t.Run("a browser that lets the page ask", func(t *testing.T) {
		ctx, _ := mustBrowser(t)
		mustOpen(t, ctx, srv.URL+"/settings")
		// Chromium itself finds the app installable and says so to the page:
		// the button comes with its event.
		mustWaitFor(t, ctx, "the install button", `!!document.querySelector('[data-install]')`, 15*time.Second)
		// Its dialog cannot be driven headless: a later event, whose
		// prompt() only counts, stands in for it (the newest one wins).
		mustEval[bool](t, ctx, `(() => {
			const e = new Event('beforeinstallprompt', {cancelable: true});
			e.prompt = () => { window.installPrompts = (window.installPrompts || 0) + 1; return Promise.resolve(); };
			e.userChoice = Promise.resolve({outcome: 'dismissed'});
			window.dispatchEvent(e);
			return true;
		})()`)
		mustClick(t, ctx, `[data-install]`)
		mustWaitFor(t, ctx, "the browser asked to install", `window.installPrompts === 1`, 5*time.Second)
	})

	t.Run("Safari: the steps", func(t *testing.T) {
		ctx, _ := mustBrowser(t)
		mustDo(t, ctx, "an iPhone's Safari", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{
				UserAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
			})
			return err
		}))
		mustOpen(t, ctx, srv.URL+"/settings")
		mustWaitFor(t, ctx, "Safari's steps", `(document.querySelector('[data-install-steps]') || {}).textContent?.includes('Add to Home Screen')`, 5*time.Second)
		if n := mustEval[int](t, ctx, `document.querySelectorAll('[data-install]').length`); n != 0 {
			t.Errorf("an install button in Safari, which has no prompt to show")
		}
	})
}
