//go:build e2e

package main

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// TestBrowserStorageFull: when the device has no room left, saving says so
// in words a person can act on, nothing already saved is lost, and the
// save works once there is room again.
func TestBrowserStorageFull(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	mustOpen(t, ctx, srv.URL+"/add")
	mustWaitForCachedShell(t, ctx)

	usage := mustEval[float64](t, ctx, `navigator.storage.estimate().then(e => e.usage)`)
	quota := usage + 4096
	if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: srv.URL, QuotaSize: &quota}); err != nil {
		t.Fatalf("override quota: %v", err)
	}
	big := "A very long pasted article\n\n" + strings.Repeat("This paragraph is long enough to fill the small storage left on the device quickly. ", 4000)
	mustFill(t, ctx, "#add-text", big)
	mustClick(t, ctx, ".add-form button[type=submit]")
	mustWaitFor(t, ctx, "the storage-full message", `(document.querySelector('.save-error') || {}).textContent?.includes('out of storage space')`, 20*time.Second)
	if n := mustEval[int](t, ctx, `document.querySelectorAll('[data-page="add"] article [data-block]').length`); n == 0 {
		t.Errorf("the article is not shown when saving failed")
	}

	if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: srv.URL}); err != nil {
		t.Fatalf("reset quota: %v", err)
	}
	mustClick(t, ctx, ".save-error button")
	mustWaitFor(t, ctx, "saved after room was made", `!!document.querySelector('[data-saved]')`, 20*time.Second)
}
