//go:build e2e

package main

import (
	"testing"
	"time"
)

// TestBrowserUpgradeInAnotherTab: a newer Readwell in another tab opens
// the library at a higher version. This page must let go of its
// connection (or that upgrade is blocked until this tab closes), then say
// to reload instead of failing blindly or crashing.
func TestBrowserUpgradeInAnotherTab(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	mustOpen(t, ctx, srv.URL+"/library")
	mustWaitFor(t, ctx, "the library open", `!!document.querySelector('[data-page="library"] .empty')`, 10*time.Second)

	got := mustEval[string](t, ctx, `new Promise(resolve => {
		const req = indexedDB.open('readwell', 2);
		req.onblocked = () => resolve('blocked');
		req.onsuccess = () => { req.result.close(); resolve('upgraded'); };
		req.onerror = () => resolve('error: ' + req.error);
		setTimeout(() => resolve('no answer in 10 s'), 10000);
	})`)
	if got != "upgraded" {
		t.Fatalf("opening the library at version 2 elsewhere: %s, want upgraded", got)
	}
	// The page goes on, in the client (no reload): the library says why
	// it cannot list, and how to go on.
	mustClick(t, ctx, `.topbar a[href="/add"]`)
	mustWaitFor(t, ctx, "the add page", `!!document.querySelector('[data-page="add"]')`, 10*time.Second)
	mustClick(t, ctx, `.topbar a[href="/library"]`)
	mustWaitFor(t, ctx, "the reload message", `(document.querySelector('[data-page="library"] [role=alert]') || {}).textContent === 'Readwell was updated in another tab; reload this page to go on'`, 10*time.Second)
}
