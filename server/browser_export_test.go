//go:build e2e

package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"readwell/app/seed"

	"github.com/chromedp/chromedp"
)

// TestBrowserStaticExport: `server export` writes a site that a plain
// static file server serves as the working app, offline included.
func TestBrowserStaticExport(t *testing.T) {
	out := t.TempDir()
	web, _ := filepath.Abs("../web")
	var log bytes.Buffer
	if err := runExport(context.Background(), []string{"-out", out, "-web", web}, &log); err != nil {
		t.Fatalf("export: %v (%s)", err, log.String())
	}
	site := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer site.Close()
	ctx, _ := mustBrowser(t)
	a, _ := seed.Article()

	mustOpen(t, ctx, site.URL+"/")
	checkSeedReader(t, mustEval[readerState](t, ctx, readReaderState))
	mustWaitForCachedShell(t, ctx)

	mustOpen(t, ctx, site.URL+"/read/"+a.ID+"/")
	checkSeedReader(t, mustEval[readerState](t, ctx, readReaderState))

	site.Close()
	mustDo(t, ctx, "reload offline", chromedp.Reload())
	mustWaitFor(t, ctx, "the client offline", `document.documentElement.getAttribute('data-app') === 'ready'`, 30*time.Second)
	checkSeedReader(t, mustEval[readerState](t, ctx, readReaderState))
}
