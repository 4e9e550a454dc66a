//go:build e2e

package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const secondArticleHTML = `<!doctype html><html lang="en"><head><title>Library opens late | Test Times</title></head>
<body><article><h1>Library opens late</h1><p>The town library will open until ten at night from next month, the council said, after a petition signed by three thousand students.</p>
<figure><img src="/library-at-night.png" alt="The library lit at night"><figcaption>The reading room after dark.</figcaption></figure>
<p>Librarians welcomed the change, although some worried about staffing the evening shifts through the winter months.</p></article></body></html>`

// TestBrowserLibrary: save three articles (URL, pasted HTML, pasted text),
// read them with the server stopped, search, delete with undo, restart,
// then export, open a fresh browser, import, and find the same library.
func TestBrowserLibrary(t *testing.T) {
	picture := testPNG(t, 40, 30)
	page := mustServeOn(t, publicIP.String(), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".png") {
			w.Header().Set("Content-Type", "image/png")
			w.Write(picture)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, secondArticleHTML)
	}))
	outer := t // the restarted server lives as long as the whole test
	addr := mustFreeLoopbackAddr(t)
	srv := mustStartServerAt(t, addr, "-fetch-allow", publicIP.String()+"/32")
	ctx, _ := mustBrowser(t)
	open := func(path string) { t.Helper(); mustOpen(t, ctx, srv.URL+path) }
	fill := func(selector, value string) { t.Helper(); mustFill(t, ctx, selector, value) }
	type item struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	listItems := func() []item {
		t.Helper()
		return mustEval[[]item](t, ctx, `Array.from(document.querySelectorAll('.library-item')).map(e => ({id: e.dataset.id, title: e.querySelector('.title').textContent}))`)
	}
	click := func(selector string) { t.Helper(); mustClick(t, ctx, selector) }
	waitItems := func(n int) {
		t.Helper()
		mustWaitFor(t, ctx, strconv.Itoa(n)+" library items", `document.querySelectorAll('.library-item').length === `+strconv.Itoa(n), 15*time.Second)
	}

	// Save: text, HTML, URL (newest last).
	adds := []struct{ field, value, title string }{
		{"#add-text", "Pasted notes on tides\n\nThe spring tides this year will be the highest in a decade, with the peak expected in the second week of March.", "Pasted notes on tides"},
		{"#add-text", articleHTML, "Harbour reopens"},
		{"#add-url", page.URL + "/library-story", "Library opens late"},
	}
	for _, a := range adds {
		open("/add")
		fill(a.field, a.value)
		mustDo(t, ctx, "read", chromedp.Click(chromedp.CSS(`.add-form button[type=submit]`)))
		mustWaitFor(t, ctx, "saved: "+a.title, `!!document.querySelector('[data-saved]') && document.querySelector('[data-page="add"] article h1').textContent === `+strconv.Quote(a.title), 20*time.Second)
	}
	// The picture of the fetched article, through the server's proxy (the
	// CSP allows images from Readwell's origin only).
	figure := `(() => { const img = document.querySelector('article figure img'); if (!img) return 'no img';
		img.scrollIntoView(); return img.getAttribute('src') + ' ' + (img.complete ? img.naturalWidth + 'x' + img.naturalHeight : 'loading'); })()`
	wantFigure := "/api/image?url=" + url.QueryEscape(page.URL+"/library-at-night.png") + " 40x30"
	mustWaitFor(t, ctx, "the picture shown", figure+` === `+strconv.Quote(wantFigure), 10*time.Second)
	// A link back to the publisher's page.
	if got := mustEval[string](t, ctx, `(a => a ? a.getAttribute('href') + ' ' + a.textContent : 'none')(document.querySelector('[data-page="add"] article [data-source]'))`); got != page.URL+"/library-story "+publicIP.String() {
		t.Errorf("source link = %q, want the page's address and host", got)
	}
	open("/library")
	waitItems(3)
	mustWaitFor(t, ctx, "storage use shown", `(document.querySelector('.storage') || {}).textContent?.startsWith('Stored on this device')`, 10*time.Second)
	if href := mustEval[string](t, ctx, `document.querySelector('[data-bookmarklet]').getAttribute('href')`); !strings.HasPrefix(href, "javascript:location.href=\""+srv.URL+"/add?url=") {
		t.Errorf("bookmarklet = %q", href)
	}
	items := listItems()
	if items[0].Title != "Library opens late" || items[2].Title != "Pasted notes on tides" {
		t.Errorf("library order = %+v, want newest first", items)
	}

	t.Run("reading position is remembered", func(t *testing.T) {
		open("/")
		click(`[data-save]`)
		mustWaitFor(t, ctx, "the seed saved", `!!document.querySelector('[data-saved]')`, 10*time.Second)
		mustEval[bool](t, ctx, `(window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2), true)`)
		time.Sleep(3 * time.Second) // the position is saved at most every 2 s
		open("/")
		mustWaitFor(t, ctx, "the position restored", `(() => {
			const p = scrollY / (document.documentElement.scrollHeight - innerHeight);
			return p > 0.4 && p < 0.6;
		})()`, 10*time.Second)
		open("/library")
		waitItems(4)
		if meta := mustEval[string](t, ctx, `document.querySelector('.library-item .meta').textContent`); !strings.Contains(meta, "% read") {
			t.Errorf("library item meta %q shows no progress", meta)
		}
		click(`[data-delete]`)
		waitItems(3)
	})

	t.Run("offline: cold deep links and the library", func(t *testing.T) {
		srv.Stop()
		for i, it := range items {
			path := "/read/" + it.ID
			if i == 0 {
				path += "?utm_source=share" // a shared link with a query string
			}
			open(path)
			mustWaitFor(t, ctx, "saved article "+it.Title, `(document.querySelector('article h1') || {}).textContent === `+strconv.Quote(it.Title), 15*time.Second)
		}
		// The picture is kept by the service worker, not only in the HTTP cache.
		open("/read/" + items[0].ID)
		mustWaitFor(t, ctx, "the picture shown offline", figure+` === `+strconv.Quote(wantFigure), 10*time.Second)
		if n := mustEval[int](t, ctx, `caches.open('readwell-images').then(c => c.keys()).then(k => k.filter(r => r.url.includes('/api/image?url=')).length)`); n != 1 {
			t.Errorf("pictures in the service worker's image cache = %d, want 1", n)
		}
		open("/library?from=offline")
		waitItems(3)
	})

	t.Run("search", func(t *testing.T) {
		fill("#library-search", "harbour")
		waitItems(1)
		fill("#library-search", "")
		waitItems(3)
	})

	t.Run("delete with undo", func(t *testing.T) {
		click(`[data-delete="` + items[1].ID + `"]`)
		waitItems(2)
		click(`[data-undo]`)
		waitItems(3)
		click(`[data-delete="` + items[1].ID + `"]`)
		waitItems(2)
	})

	t.Run("restart the server: the library is as it was", func(t *testing.T) {
		srv = mustStartServerAt(outer, addr, "-fetch-allow", publicIP.String()+"/32")
		open("/library")
		waitItems(2)
		if got := listItems(); got[0].ID != items[0].ID || got[1].ID != items[2].ID {
			t.Errorf("after restart: %+v", got)
		}
	})

	var exported string
	t.Run("export", func(t *testing.T) {
		mustEval[bool](t, ctx, `(() => { window.__exports = []; const orig = URL.createObjectURL;
			URL.createObjectURL = b => { window.__exports.push(b); return orig.call(URL, b); }; return true; })()`)
		mustDo(t, ctx, "export", chromedp.Click(chromedp.CSS(`[data-export]`)))
		mustWaitFor(t, ctx, "the export file", `window.__exports.length === 1`, 10*time.Second)
		exported = mustEval[string](t, ctx, `window.__exports[0].text()`)
		var f struct {
			Format  string            `json:"format"`
			Entries []json.RawMessage `json:"entries"`
		}
		if err := json.Unmarshal([]byte(exported), &f); err != nil || f.Format != "readwell-library" || len(f.Entries) != 2 {
			t.Fatalf("export: format %q, %d entries, %v", f.Format, len(f.Entries), err)
		}
		t.Logf("export of 2 articles: %d bytes", len(exported))
	})

	t.Run("import into a fresh browser", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "readwell-library.json")
		if err := os.WriteFile(file, []byte(exported), 0o644); err != nil {
			t.Fatal(err)
		}
		fresh, _ := mustBrowser(t)
		ctx = fresh
		open("/library")
		mustWaitFor(t, ctx, "an empty library", `!!document.querySelector('.library .empty')`, 15*time.Second)
		mustDo(t, ctx, "import", chromedp.SetUploadFiles(chromedp.CSS(`[data-import]`), []string{file}, chromedp.NodeReady))
		waitItems(2)
		if msg := mustEval[string](t, ctx, `(document.querySelector('.toast') || {}).textContent || ''`); msg == "" {
			t.Errorf("no import report shown")
		}
		mustEval[bool](t, ctx, `(() => { window.__exports = []; const orig = URL.createObjectURL;
			URL.createObjectURL = b => { window.__exports.push(b); return orig.call(URL, b); }; return true; })()`)
		mustDo(t, ctx, "export again", chromedp.Click(chromedp.CSS(`[data-export]`)))
		mustWaitFor(t, ctx, "the second export", `window.__exports.length === 1`, 10*time.Second)
		again := mustEval[string](t, ctx, `window.__exports[0].text()`)
		var a, b struct {
			Entries []json.RawMessage `json:"entries"`
		}
		json.Unmarshal([]byte(exported), &a)
		json.Unmarshal([]byte(again), &b)
		if !reflect.DeepEqual(a.Entries, b.Entries) {
			t.Errorf("the imported library differs from the exported one")
		}
	})
}
