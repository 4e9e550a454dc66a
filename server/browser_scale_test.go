//go:build e2e

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"readwell/app/article"
	"readwell/app/library"
	"readwell/app/seed"

	"github.com/chromedp/chromedp"
)

// TestBrowserLibraryScale measures a library of 1,000 articles: import,
// opening /library, and each keystroke of a search. The times are
// reported, not asserted; what is checked is that the list is windowed
// (far fewer rows rendered than listed), that Tab and scrolling reach rows
// beyond the first window, and that the last article shows at the end.
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
	mustWaitFor(t, ctx, "a list of 1,000", listOf1000, 120*time.Second)
	t.Logf("import of 1,000 articles and first render: %v", time.Since(start).Round(time.Millisecond))

	// Opening: from navigation to the first rows on screen, three times.
	for i := 1; i <= 3; i++ {
		start = time.Now()
		mustDo(t, ctx, "reopen", chromedp.Navigate(srv.URL+"/library"))
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](listOf1000, chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(5*time.Millisecond))); err != nil {
			t.Fatalf("waiting for the first rows: %v", err)
		}
		t.Logf("open /library with 1,000 articles (navigation to rows visible), run %d: %v; the start's steps: %s, rows %.0f", i, time.Since(start).Round(time.Millisecond),
			mustEval[string](t, ctx, startSteps), mustEval[float64](t, ctx, `performance.now()`))
	}
	if n := mustEval[int](t, ctx, `document.querySelectorAll('.library-item').length`); n > 100 {
		t.Errorf("the library renders %d rows of 1,000 on open, want only those near the viewport (≤ 100)", n)
	}

	// Searching: each keystroke of "word777", from the input event to the
	// list rendered for it, then clearing the box. The list is read without
	// the search texts, which are read after it: the first keystroke, 100 ms
	// after the rows show, may wait for them.
	keys := mustEval[[]float64](t, ctx, `(async () => {
		const el = document.querySelector('#library-search');
		const times = [];
		const rendered = (q) => { const el = document.querySelector('[data-page="library"] .library-list, [data-page="library"] p.empty');
			return !!el && (el.getAttribute('data-query') || '') === q; };
		for (const q of ['w', 'wo', 'wor', 'word', 'word7', 'word77', 'word777', '']) {
			await new Promise(r => setTimeout(r, 100)); // a typist's pace
			const t0 = performance.now();
			el.value = q;
			el.dispatchEvent(new Event('input', {bubbles: true}));
			await new Promise((resolve, reject) => {
				if (rendered(q)) return resolve();
				const mo = new MutationObserver(() => { if (rendered(q)) { mo.disconnect(); resolve(); } });
				mo.observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
				setTimeout(() => { mo.disconnect(); reject(new Error('no list for ' + JSON.stringify(q))); }, 10000);
			});
			times.push(performance.now() - t0);
		}
		return times;
	})()`)
	var total, worst float64
	for _, ms := range keys {
		total += ms
		worst = max(worst, ms)
	}
	t.Logf("search 1,000 articles, per keystroke (input event to list rendered), ms: %.1f; mean %.1f, worst %.1f", keys, total/float64(len(keys)), worst)
	mustEval[bool](t, ctx, `(() => { const el = document.querySelector('#library-search'); el.value = 'word777';
		el.dispatchEvent(new Event('input', {bubbles: true})); return true; })()`)
	mustWaitFor(t, ctx, "one match, article 777", `document.querySelectorAll('.library-item').length === 1 && document.querySelector('.library-item').dataset.id === `+strconv.Quote(fmt.Sprintf("%016x", 0xa000+777)), 10*time.Second)
	mustEval[bool](t, ctx, `(() => { const el = document.querySelector('#library-search'); el.value = '';
		el.dispatchEvent(new Event('input', {bubbles: true})); return true; })()`)
	mustWaitFor(t, ctx, "the whole list again", listOf1000, 10*time.Second)

	// Tab walks the rows past the first window: the window follows the focus.
	mustEval[bool](t, ctx, `(() => { window.scrollTo(0, 0); document.querySelector('.library-item .title').focus(); return true; })()`)
	// As many tab stops a row as the first row has controls (title, tags, actions).
	perRow := mustEval[int](t, ctx, `document.querySelector('.library-item').querySelectorAll('a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])').length`)
	if perRow < 2 {
		t.Fatalf("a library row has %d controls, want its title and its actions at least", perRow)
	}
	for i := 0; i < perRow*40; i++ {
		mustDo(t, ctx, "tab", chromedp.KeyEvent("\t"))
		mustEval[bool](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`) // a typist's pace
	}
	if pos := mustEval[string](t, ctx, `document.activeElement.closest('.library-item')?.getAttribute('aria-posinset') || ''`); pos != "41" {
		t.Errorf("after %d tabs (%d a row) from the first row's title, the focus is in row %q, want 41", perRow*40, perRow, pos)
	}

	// Scrolling to the end shows the last (oldest) article, still windowed.
	last := fmt.Sprintf("%016x", 0xa000)
	mustWaitFor(t, ctx, "the last article after scrolling to the end", `(() => {
		window.scrollTo(0, document.documentElement.scrollHeight);
		const row = document.querySelector('.library-item[data-id="`+last+`"]');
		if (!row) return false;
		const r = row.getBoundingClientRect();
		return r.bottom > 0 && r.top < innerHeight && row.getAttribute('aria-posinset') === '1000';
	})()`, 10*time.Second)
	if n := mustEval[int](t, ctx, `document.querySelectorAll('.library-item').length`); n > 100 {
		t.Errorf("scrolled to the end, the library renders %d rows, want only those near the viewport (≤ 100)", n)
	}
}

// listOf1000 holds once the library lists 1,000 articles (rows carry their
// position and the list's length: only the rows near the viewport exist).
const listOf1000 = `(() => { const row = document.querySelector('[data-page="library"] .library-item');
	return !!row && row.getAttribute('aria-setsize') === '1000'; })()`
