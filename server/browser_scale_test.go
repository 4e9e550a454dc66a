//go:build e2e

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"readwell/app/article"
	"readwell/app/library"
	"readwell/app/seed"

	"github.com/chromedp/chromedp"
)

// TestBrowserLibraryScale measures a library of 1,000 articles: import,
// opening /library, and a search. The times are reported, not asserted.
func TestBrowserLibraryScale(t *testing.T) {
	seedArticle, err := seed.Article()
	if err != nil {
		t.Fatal(err)
	}
	store := library.NewMemory()
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 1000; i++ {
		a := seedArticle
		a.ID = fmt.Sprintf("%016x", 0xa000+i) // import takes only our id shape
		a.Title = fmt.Sprintf("%s (%d)", seedArticle.Title, i)
		a.Blocks = append(append([]article.Block(nil), seedArticle.Blocks...), article.Block{Kind: "p", Text: fmt.Sprintf("Generated article number %d, word%d.", i, i)})
		at := base.Add(time.Duration(i) * time.Minute)
		store.Put(context.Background(), library.Entry{Article: a, SavedAt: at, UpdatedAt: at})
	}
	data, err := library.Export(context.Background(), store, base)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "library-1000.json")
	os.WriteFile(file, data, 0o644)
	t.Logf("export file of 1,000 articles: %.1f MB", float64(len(data))/(1<<20))

	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	mustOpen(t, ctx, srv.URL+"/library")
	start := time.Now()
	mustDo(t, ctx, "import", chromedp.SetUploadFiles(chromedp.CSS(`[data-import]`), []string{file}, chromedp.NodeReady))
	mustWaitFor(t, ctx, "1,000 items", `document.querySelectorAll('.library-item').length === 1000`, 120*time.Second)
	t.Logf("import of 1,000 articles and first render: %v", time.Since(start).Round(time.Millisecond))

	start = time.Now()
	mustDo(t, ctx, "reopen", chromedp.Navigate(srv.URL+"/library"))
	mustWaitFor(t, ctx, "1,000 items", `document.querySelectorAll('.library-item').length === 1000`, 60*time.Second)
	t.Logf("open /library with 1,000 articles (navigation to rendered list): %v", time.Since(start).Round(time.Millisecond))

	start = time.Now()
	mustEval[bool](t, ctx, `(() => { const el = document.querySelector('#library-search'); el.value = 'word777';
		el.dispatchEvent(new Event('input', {bubbles: true})); return true; })()`)
	mustWaitFor(t, ctx, "one match", `document.querySelectorAll('.library-item').length === 1`, 30*time.Second)
	t.Logf("search 1,000 articles (input to rendered result): %v", time.Since(start).Round(time.Millisecond))
}
