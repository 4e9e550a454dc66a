//go:build e2e

package main

import (
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserAddPage: a reader adds articles by pasting text and HTML (read
// in the browser, offline too) and by URL (fetched by the server behind
// its guard, opened here only for the test's "public" host 127.0.0.2).
func TestBrowserAddPage(t *testing.T) {
	page := mustServeOn(t, publicIP.String(), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, articleHTML)
	}))
	internal := mustServeOn(t, "127.0.0.1", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<p>internal</p>")
	}))
	srv := mustStartServer(t, "-fetch-allow", publicIP.String()+"/32")
	ctx, _ := mustBrowser(t)

	open := func(t *testing.T, path string) { t.Helper(); mustOpen(t, ctx, srv.URL+path) }
	fill := func(t *testing.T, selector, value string) { t.Helper(); mustFill(t, ctx, selector, value) }
	read := func(t *testing.T) {
		t.Helper()
		mustDo(t, ctx, "click Read", chromedp.Click(chromedp.CSS(`.add-form button[type=submit]`)))
	}
	waitTitle := func(t *testing.T, title string) {
		t.Helper()
		mustWaitFor(t, ctx, "the article "+title, `(document.querySelector('[data-page="add"] article h1') || {}).textContent === `+strconv.Quote(title), 20*time.Second)
	}
	const pastedText = "Pasted headline here\n\nThe council approved the new cycle lanes on Tuesday evening, after a debate that lasted more than four hours and drew a large crowd.\n\n\"We listened to everyone,\" said Councillor Jane Porter."

	t.Run("paste text", func(t *testing.T) {
		open(t, "/add")
		if n := mustEval[int](t, ctx, `document.querySelectorAll('[data-page="add"] h1').length`); n != 1 {
			t.Errorf("add page has %d h1, want 1", n)
		}
		fill(t, "#add-text", pastedText)
		read(t)
		waitTitle(t, "Pasted headline here")
		if got := mustEval[string](t, ctx, `(document.querySelector('q[data-speaker]') || {dataset: {}}).dataset.speaker || ''`); got != "Jane Porter" {
			t.Errorf("pasted quote speaker = %q, want Jane Porter", got)
		}
	})
	t.Run("paste HTML", func(t *testing.T) {
		open(t, "/add")
		fill(t, "#add-text", articleHTML)
		read(t)
		waitTitle(t, "Harbour reopens")
	})
	t.Run("a picture that cannot load shows no broken image", func(t *testing.T) {
		// The image proxy refuses loopback addresses: both pictures fail
		// without any traffic.
		const pictures = `<html><head><title>Harbour pictures</title></head><body><article><h1>Harbour pictures</h1>
<p>The harbour reopened on Monday after three weeks of repairs to the outer wall, and the first boats came in before dawn.</p>
<figure><img src="http://127.0.0.1:1/boats.jpg" alt="Boats at dawn"><figcaption>The first boats came in before dawn.</figcaption></figure>
<p>Fishermen said the repairs had taken longer than promised, but the new wall would hold through the winter storms ahead.</p>
<figure><img src="http://127.0.0.1:1/wall.jpg" alt="The wall"></figure>
<p>The council will inspect the wall again in the spring, when the weather allows divers to check its foundations properly.</p>
</article></body></html>`
		open(t, "/add")
		fill(t, "#add-text", pictures)
		read(t)
		waitTitle(t, "Harbour pictures")
		mustEval[bool](t, ctx, `(document.querySelectorAll('[data-page="add"] figure').forEach(f => f.scrollIntoView()), true)`)
		mustWaitFor(t, ctx, "both pictures marked unavailable", `document.querySelectorAll('[data-page="add"] figure img[data-unavailable]').length === 2`, 20*time.Second)
		got := mustEval[[]string](t, ctx, `[...document.querySelectorAll('[data-page="add"] figure')].map(f =>
			getComputedStyle(f).display + '/' + getComputedStyle(f.querySelector('img')).display + '/' + (f.querySelector('figcaption') ? getComputedStyle(f.querySelector('figcaption')).display : '-'))`)
		if len(got) != 2 || got[0] != "block/none/block" || got[1] != "none/none/-" {
			t.Errorf("figure/img/caption display = %q, want [block/none/block none/none/-] (the captioned figure keeps its caption, the other goes)", got)
		}
	})
	t.Run("an Arabic page reads right to left, the chrome stays usable", func(t *testing.T) {
		arabic, err := os.ReadFile("../app/extract/testdata/html/rtl-arabic.html")
		if err != nil {
			t.Fatal(err)
		}
		open(t, "/add")
		fill(t, "#add-text", string(arabic))
		read(t)
		waitTitle(t, "افتتاح مكتبة جديدة في عمّان")
		dirs := mustEval[[]string](t, ctx, `[getComputedStyle(document.querySelector('[data-page="add"] article')).direction,
			document.querySelector('[data-page="add"] article').lang, getComputedStyle(document.querySelector('.topbar')).direction]`)
		if dirs[0] != "rtl" || dirs[1] != "ar" || dirs[2] != "ltr" {
			t.Errorf("article direction, lang, top bar direction = %q, want rtl, ar, ltr", dirs)
		}
	})
	t.Run("URL through the server", func(t *testing.T) {
		open(t, "/add")
		fill(t, "#add-url", page.URL+"/story")
		read(t)
		waitTitle(t, "Harbour reopens")
	})
	t.Run("URL to an internal address is refused with a message", func(t *testing.T) {
		open(t, "/add")
		fill(t, "#add-url", internal.URL+"/admin")
		read(t)
		mustWaitFor(t, ctx, "an error a person can read", `(document.querySelector('[role=alert]') || {}).textContent?.includes('not public')`, 20*time.Second)
	})
	t.Run("share target query", func(t *testing.T) {
		open(t, "/add?title=Harbour&text="+page.URL+"/shared")
		waitTitle(t, "Harbour reopens")
	})
	t.Run("paste text offline", func(t *testing.T) {
		open(t, "/")
		mustWaitForCachedShell(t, ctx)
		srv.Stop()
		open(t, "/add")
		fill(t, "#add-text", pastedText)
		read(t)
		waitTitle(t, "Pasted headline here")
	})
}

// TestBrowserAddFromAnotherSite: a link on another site (127.0.0.2 is
// another site to 127.0.0.1) to /add?url= shows the article but leaves the
// library alone until the reader clicks Save, also once the service worker
// is in charge; opened by the reader (the address bar, the share sheet) it
// is saved at once.
func TestBrowserAddFromAnotherSite(t *testing.T) {
	var target string // the Readwell server, known once started
	other := mustServeOn(t, publicIP.String(), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if r.URL.Path == "/links" {
			io.WriteString(w, `<!doctype html><title>Elsewhere</title><a id="go" href="`+target+`/add?url=`+url.QueryEscape("http://"+r.Host+"/"+r.URL.Query().Get("story"))+r.URL.Query().Get("extra")+`">a story</a>`)
			return
		}
		io.WriteString(w, strings.ReplaceAll(articleHTML, "Harbour reopens", "Harbour reopens "+r.URL.Path))
	}))
	srv := mustStartServer(t, "-fetch-allow", publicIP.String()+"/32")
	target = srv.URL
	ctx, _ := mustBrowser(t)
	mustOpen(t, ctx, srv.URL+"/")
	mustWaitForCachedShell(t, ctx)

	title := func(story string) string { return "Harbour reopens /" + story }
	follow := func(t *testing.T, story string) {
		t.Helper()
		mustDo(t, ctx, "open the other site", chromedp.Navigate(other.URL+"/links?story="+story))
		mustClick(t, ctx, "#go")
		// The click navigates: polling may start on the page it leaves.
		mustWaitAcrossReload(t, ctx, "the article "+title(story), `(document.querySelector('[data-page="add"] article h1') || {}).textContent === `+strconv.Quote(title(story)), 20*time.Second)
		time.Sleep(time.Second) // a save would have started by now
	}
	t.Run("shown, not saved, until Save", func(t *testing.T) {
		follow(t, "one")
		if mustEval[bool](t, ctx, existsJS("[data-saved]")) || !mustEval[bool](t, ctx, existsJS("[data-not-saved]")) {
			t.Fatalf("an article opened from another site's link was saved without a click")
		}
		mustClick(t, ctx, "[data-save]")
		mustWaitFor(t, ctx, "saved on the click", existsJS("[data-saved]"), 10*time.Second)
	})
	t.Run("a forged mark changes nothing", func(t *testing.T) {
		// The link: /add?url=…/two&readwell-arrival=direct.
		mustDo(t, ctx, "open the other site", chromedp.Navigate(other.URL+"/links?story=two&extra="+url.QueryEscape("&readwell-arrival=direct")))
		mustClick(t, ctx, "#go")
		mustWaitAcrossReload(t, ctx, "the article", `(document.querySelector('[data-page="add"] article h1') || {}).textContent === `+strconv.Quote(title("two")), 20*time.Second)
		time.Sleep(time.Second)
		if mustEval[bool](t, ctx, existsJS("[data-saved]")) {
			t.Errorf("a link carrying readwell-arrival=direct was saved without a click")
		}
	})
	t.Run("opened by the reader: saved at once", func(t *testing.T) {
		mustOpen(t, ctx, srv.URL+"/add?url="+url.QueryEscape(other.URL+"/three"))
		mustWaitFor(t, ctx, "saved at once", existsJS("[data-saved]")+` && document.querySelector('[data-page="add"] article h1').textContent === `+strconv.Quote(title("three")), 20*time.Second)
	})
	t.Run("the library holds what was saved, and only that", func(t *testing.T) {
		mustOpen(t, ctx, srv.URL+"/library")
		mustWaitFor(t, ctx, "the library list", existsJS(".library"), 10*time.Second)
		time.Sleep(500 * time.Millisecond)
		text := mustEval[string](t, ctx, `document.querySelector('.library').textContent`)
		for story, want := range map[string]bool{"one": true, "two": false, "three": true} {
			if got := strings.Contains(text, title(story)); got != want {
				t.Errorf("library lists %q = %v, want %v", title(story), got, want)
			}
		}
	})
}

// TestBrowserAddOfflineWorker: the pipeline worker (web/pipeline-worker.js
// and web/pipeline.wasm) is kept by the service worker with the shell, so a
// reader who never pasted anything while online can go offline and paste:
// the UI wasm has no pipeline of its own (make check-core), the worker
// reads the page, and its wasm compiles under the CSP the worker is served
// with ('wasm-unsafe-eval'). One worker answers one paste after another.
func TestBrowserAddOfflineWorker(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	mustOpen(t, ctx, srv.URL+"/")
	mustWaitForCachedShell(t, ctx)
	if !mustEval[bool](t, ctx, pipelineCached) {
		t.Fatalf("the service worker's cache lacks the pipeline worker's script or wasm")
	}
	srv.Stop()

	mustOpen(t, ctx, srv.URL+"/add")
	for _, paste := range []struct{ input, title string }{
		{articleHTML, "Harbour reopens"},
		{"Offline headline\n\nThe ferry kept running through the storm, its crew working in shifts for three days and nights.\n\n\"Nobody was left behind,\" said Captain Ana Reyes.", "Offline headline"},
	} {
		mustFill(t, ctx, "#add-text", paste.input)
		mustDo(t, ctx, "click Read", chromedp.Click(chromedp.CSS(`.add-form button[type=submit]`)))
		mustWaitFor(t, ctx, "the article "+paste.title, `(document.querySelector('[data-page="add"] article h1') || {}).textContent === `+strconv.Quote(paste.title), 20*time.Second)
	}
	if got := mustEval[string](t, ctx, `(document.querySelector('q[data-speaker]') || {dataset: {}}).dataset.speaker || ''`); got != "Ana Reyes" {
		t.Errorf("offline pasted quote speaker = %q, want Ana Reyes (annotated in the worker)", got)
	}
}

// pipelineCached is true once Cache Storage holds the pipeline worker's
// script and wasm and the wasm_exec.js it loads.
const pipelineCached = `(async () => {
  for (const key of await caches.keys()) {
    const c = await caches.open(key);
    if (await c.match('/web/pipeline-worker.js') && await c.match('/web/pipeline.wasm') && await c.match('/wasm_exec.js')) return true;
  }
  return false;
})()`
