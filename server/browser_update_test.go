//go:build e2e

package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// copyWebDir copies ../web to a new folder, raw files before their
// precompressed twins so the twins stay newer.
func copyWebDir(tb testing.TB) string {
	tb.Helper()
	dst := tb.TempDir()
	names, err := filepath.Glob("../web/*")
	if err != nil {
		tb.Fatal(err)
	}
	var twins []string
	for _, src := range names {
		if ext := filepath.Ext(src); ext == ".br" || ext == ".gz" {
			twins = append(twins, src)
			continue
		}
		copyFile(tb, src, filepath.Join(dst, filepath.Base(src)))
	}
	time.Sleep(10 * time.Millisecond)
	for _, src := range twins {
		copyFile(tb, src, filepath.Join(dst, filepath.Base(src)))
	}
	return dst
}

func copyFile(tb testing.TB, src, dst string) {
	data, err := os.ReadFile(src)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		tb.Fatal(err)
	}
}

// TestBrowserUpdate: a new build (a new Version) makes an open app show
// "Update available"; reloading runs the new version with the library
// intact.
func TestBrowserUpdate(t *testing.T) {
	web := copyWebDir(t)
	addr := mustFreeLoopbackAddr(t)
	srv := mustStartServerAt(t, addr, "-web", web)
	ctx, _ := mustBrowser(t)
	ready := `document.documentElement.getAttribute('data-app') === 'ready'`
	mustOpen(t, ctx, srv.URL+"/")
	mustWaitForCachedShell(t, ctx)
	mustEval[bool](t, ctx, `(document.querySelector('[data-save]').click(), true)`)
	mustWaitFor(t, ctx, "the seed saved", `!!document.querySelector('[data-saved]')`, 10*time.Second)
	oldCache := mustEval[[]string](t, ctx, `caches.keys()`)

	// A new build: any change to the web directory is a new Version.
	srv.Stop()
	f, err := os.OpenFile(filepath.Join(web, "readwell.css"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\n/* build 2 */\n")
	f.Close()
	srv = mustStartServerAt(t, addr, "-web", web)

	mustDo(t, ctx, "reload", chromedp.Reload())
	mustWaitFor(t, ctx, "the client", ready, 30*time.Second)
	mustWaitFor(t, ctx, "the update prompt", `(document.querySelector('.update') || {}).textContent?.includes('Update available')`, 30*time.Second)
	mustEval[bool](t, ctx, `(document.querySelector('.update button').click(), true)`)
	mustWaitAcrossReload(t, ctx, "the reloaded app without the prompt", `document.documentElement.getAttribute('data-app') === 'ready' && !document.querySelector('.update') && performance.getEntriesByType('navigation')[0].type === 'reload'`, 30*time.Second)
	if got := mustEval[[]string](t, ctx, `caches.keys()`); len(got) != 1 || got[0] == oldCache[0] {
		t.Errorf("caches after the update = %v (before %v), want one new cache", got, oldCache)
	}
	mustDo(t, ctx, "library", chromedp.Navigate(srv.URL+"/library"))
	mustWaitFor(t, ctx, "the saved article after the update", `document.querySelectorAll('.library-item').length === 1`, 15*time.Second)
}
