//go:build e2e

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"readwell/app/seed"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// seedExpectations is what a reader must see of the seed article
// (issue 3): read off the seed file by hand, not from the extractor.
var seedExpectations = struct {
	title, firstBlock, lastBlockEnd, date, section string
	blocks, tags                                   int
	chrome                                         []string
}{
	title:        "Mexico Rejects US Military Aid to Fight Cartels: Sovereignty",
	firstBlock:   "Mexico City – Newly elected",
	lastBlockEnd: "the need for effective cooperation is undeniable.",
	date:         "May 4, 2025",
	section:      "Politics",
	blocks:       12,
	tags:         13,
	chrome: []string{"Sunday, May 4, 2025", "HomePolitics", "RELATED ARTICLES", "LEAVE A REPLY",
		"Please enter your comment!", "Please enter your name here", "Most Popular"},
}

// readerState is what the tests read off a rendered reader page.
type readerState struct {
	Ready   bool     `json:"ready"`
	Title   string   `json:"title"`
	Blocks  []string `json:"blocks"`
	Text    string   `json:"text"`
	Tags    int      `json:"tags"`
	Page    string   `json:"page"`
	H1Count int      `json:"h1Count"`
}

const readReaderState = `(() => {
  const root = document.querySelector('[data-page]');
  return {
    ready: document.documentElement.getAttribute('data-app') === 'ready',
    title: (document.querySelector('article h1') || {}).textContent || '',
    blocks: Array.from(document.querySelectorAll('article [data-block]')).map(e => e.textContent),
    text: document.body.textContent,
    tags: document.querySelectorAll('article .tags li').length,
    page: root ? root.getAttribute('data-page') : '',
    h1Count: root ? root.querySelectorAll('h1').length : 0,
  };
})()`

func checkSeedReader(t *testing.T, got readerState) {
	t.Helper()
	want := seedExpectations
	if got.Page != "reader" || got.H1Count != 1 {
		t.Errorf("data-page = %q with %d h1, want \"reader\" with 1", got.Page, got.H1Count)
	}
	if got.Title != want.title {
		t.Errorf("article h1 = %q, want %q", got.Title, want.title)
	}
	if len(got.Blocks) != want.blocks {
		t.Fatalf("article [data-block] count = %d, want %d", len(got.Blocks), want.blocks)
	}
	if !strings.HasPrefix(got.Blocks[0], want.firstBlock) {
		t.Errorf("first block = %.60q…, want it to start %q", got.Blocks[0], want.firstBlock)
	}
	if last := got.Blocks[len(got.Blocks)-1]; !strings.HasSuffix(last, want.lastBlockEnd) {
		t.Errorf("last block ends %q, want …%q", last[max(0, len(last)-60):], want.lastBlockEnd)
	}
	if got.Tags != want.tags {
		t.Errorf("tags = %d, want %d", got.Tags, want.tags)
	}
	for _, s := range []string{want.date, want.section} {
		if !strings.Contains(got.Text, s) {
			t.Errorf("page text lacks %q", s)
		}
	}
	for _, s := range want.chrome {
		if strings.Contains(got.Text, s) {
			t.Errorf("page text contains page chrome %q", s)
		}
	}
}

// seedAnnotations is what the tests read off the seed article's quotes,
// entity chips and who-said-what panel.
type seedAnnotations struct {
	Speakers   map[string]int `json:"speakers"`
	Terms      int            `json:"terms"`
	Chips      map[string]int `json:"chips"`
	Panel      []string       `json:"panel"`
	TrumpSpans int            `json:"trumpSpans"`
}

const readSeedAnnotations = `(() => {
  const speakers = {};
  for (const q of document.querySelectorAll('article q[data-speaker]')) {
    const s = q.dataset.speaker || '(none)';
    speakers[s] = (speakers[s] || 0) + 1;
  }
  const chips = {};
  for (const c of document.querySelectorAll('[data-entity-chip]')) chips[c.dataset.kind] = (chips[c.dataset.kind] || 0) + 1;
  return {
    speakers,
    terms: document.querySelectorAll('q[data-kind="term"][data-speaker=""]').length,
    chips,
    panel: Array.from(document.querySelectorAll('[data-quotes-panel] .speaker-name')).map(e => e.textContent),
    trumpSpans: document.querySelectorAll('[data-entity="Donald Trump"][data-kind="person"]').length,
  };
})()`

// checkSeedAnnotations compares them with the seed article read by hand.
func checkSeedAnnotations(t *testing.T, got seedAnnotations) {
	t.Helper()
	wantSpeakers := map[string]int{"Donald Trump": 1, "Claudia Sheinbaum": 3, "Anna Kelly": 4, "The Heritage Foundation": 2, "(none)": 1}
	if fmt.Sprint(got.Speakers) != fmt.Sprint(wantSpeakers) {
		t.Errorf("quotes by speaker = %v, want %v", got.Speakers, wantSpeakers)
	}
	if got.Terms != 1 {
		t.Errorf("term quotes = %d, want 1", got.Terms)
	}
	if fmt.Sprint(got.Chips) != fmt.Sprint(map[string]int{"person": 3, "org": 5, "place": 3}) {
		t.Errorf("chips by kind = %v, want 3 people, 5 organisations, 3 places", got.Chips)
	}
	if fmt.Sprint(got.Panel) != fmt.Sprint([]string{"Donald Trump", "Claudia Sheinbaum", "Anna Kelly", "The Heritage Foundation"}) {
		t.Errorf("quotes panel speakers = %q", got.Panel)
	}
	if got.TrumpSpans != 8 {
		t.Errorf("Donald Trump mentions = %d, want 8", got.TrumpSpans)
	}
}

// TestBrowserWalkingSkeleton drives one Chromium through a reader's first
// visit: the prerendered page, the live app, installability, the service
// worker, a warm reload, and reading with the server stopped.
func TestBrowserWalkingSkeleton(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)

	// Responses for the wasm, to check its Content-Encoding.
	var mu sync.Mutex
	wasmEncodings := []string{}
	chromedp.Listen(ctx, func(ev any) {
		if r, ok := ev.(*network.EventResponseReceived); ok && strings.HasSuffix(r.Response.URL, "/web/app.wasm") {
			mu.Lock()
			defer mu.Unlock()
			for k, v := range r.Response.Headers {
				if strings.EqualFold(k, "content-encoding") {
					wasmEncodings = append(wasmEncodings, fmt.Sprint(v))
					return
				}
			}
			wasmEncodings = append(wasmEncodings, "none")
		}
	})

	t.Run("cold visit mounts the app", func(t *testing.T) {
		start := time.Now()
		mustDo(t, ctx, "navigate", chromedp.Navigate(srv.URL+"/"))
		loaded := time.Since(start)
		mustWaitFor(t, ctx, "the client to mount", `document.documentElement.getAttribute('data-app') === 'ready'`, 30*time.Second)
		ready := time.Since(start)
		fcp := mustEval[float64](t, ctx, `(performance.getEntriesByName('first-contentful-paint')[0] || {startTime: -1}).startTime`)
		t.Logf("cold: first contentful paint %.0f ms, load event %v, app mounted %v", fcp, loaded.Round(time.Millisecond), ready.Round(time.Millisecond))
		checkSeedReader(t, mustEval[readerState](t, ctx, readReaderState))
	})

	t.Run("who said what: quotes, chips, panel", func(t *testing.T) {
		checkSeedAnnotations(t, mustEval[seedAnnotations](t, ctx, readSeedAnnotations))
		mustDo(t, ctx, "click the Donald Trump chip", chromedp.Click(chromedp.CSS(`[data-entity-chip="Donald Trump"]`)))
		mustWaitFor(t, ctx, "Trump's mentions marked", `document.querySelectorAll('.mention.active[data-entity="Donald Trump"]').length === 8`, 5*time.Second)
		mustWaitFor(t, ctx, "the first mention scrolled into view", `(() => {
			const r = document.querySelector('.mention.active').getBoundingClientRect();
			const bar = document.querySelector('.topbar').getBoundingClientRect().bottom;
			return r.top >= bar && r.bottom <= window.innerHeight;
		})()`, 5*time.Second)
		if pressed := mustEval[string](t, ctx, `document.querySelector('[data-entity-chip="Donald Trump"]').getAttribute('aria-pressed')`); pressed != "true" {
			t.Errorf("chip aria-pressed = %q, want true", pressed)
		}
		mustDo(t, ctx, "click it again", chromedp.Click(chromedp.CSS(`[data-entity-chip="Donald Trump"]`)))
		mustWaitFor(t, ctx, "marks cleared", `document.querySelectorAll('.mention.active').length === 0`, 5*time.Second)
		// The panel jumps to a quotation in the text.
		mustDo(t, ctx, "click Anna Kelly's first quote in the panel", chromedp.Click(chromedp.CSS(`[data-quotes-panel] [data-speaker="Anna Kelly"] a`)))
		mustWaitFor(t, ctx, "the quote in view", `(() => {
			const q = document.querySelector('q[data-speaker="Anna Kelly"]');
			const r = q.getBoundingClientRect();
			return location.hash === '#' + q.id && r.top >= 0 && r.top < window.innerHeight;
		})()`, 5*time.Second)
		mustDo(t, ctx, "back to the top", chromedp.Navigate(srv.URL+"/"))
		mustWaitFor(t, ctx, "the client to mount", `document.documentElement.getAttribute('data-app') === 'ready'`, 30*time.Second)
	})

	t.Run("wasm is sent brotli-compressed", func(t *testing.T) {
		// The client's start fetched it in its compile worker, whose
		// requests this page's listener does not see: the page asks once
		// more, past the HTTP cache.
		if !mustEval[bool](t, ctx, `fetch('/web/app.wasm', {cache: 'no-store'}).then(r => r.arrayBuffer()).then(b => b.byteLength > 0)`) {
			t.Fatal("app.wasm came back empty")
		}
		mu.Lock()
		defer mu.Unlock()
		if len(wasmEncodings) == 0 || wasmEncodings[0] != "br" {
			t.Errorf("app.wasm Content-Encoding = %v, want br", wasmEncodings)
		}
	})

	t.Run("service worker caches the shell", func(t *testing.T) {
		mustWaitFor(t, ctx, "an active service worker",
			`navigator.serviceWorker.getRegistration().then(r => !!(r && r.active && r.active.state === 'activated'))`, 30*time.Second)
		// go-app reports "activated" early; wait for the cache itself.
		mustWaitForCachedShell(t, ctx)
	})

	t.Run("installable", func(t *testing.T) {
		var last []*page.InstallabilityError
		deadline := time.Now().Add(20 * time.Second)
		for {
			res, err := chromedp.Call(ctx, page.GetInstallabilityErrors, struct{}{})
			if err != nil {
				t.Fatalf("getInstallabilityErrors: %v", err)
			}
			last = res.InstallabilityErrors
			if len(last) == 0 || time.Now().After(deadline) {
				break
			}
			time.Sleep(250 * time.Millisecond)
		}
		for _, e := range last {
			t.Errorf("installability error: %s %v", e.ErrorID, e.ErrorArguments)
		}
	})

	t.Run("warm reload from the service worker", func(t *testing.T) {
		start := time.Now()
		mustDo(t, ctx, "reload", chromedp.Reload())
		mustWaitFor(t, ctx, "the client to mount", `document.documentElement.getAttribute('data-app') === 'ready'`, 30*time.Second)
		t.Logf("warm: app mounted %v after reload", time.Since(start).Round(time.Millisecond))
		checkSeedReader(t, mustEval[readerState](t, ctx, readReaderState))
		controlled := mustEval[bool](t, ctx, `!!navigator.serviceWorker.controller`)
		if !controlled {
			t.Errorf("page is not controlled by the service worker after reload")
		}
		if n := mustEval[int](t, ctx, `document.querySelectorAll('.update').length`); n != 0 {
			t.Errorf("update prompt shown on a first visit")
		}
	})

	if dir := os.Getenv("READWELL_SCREENSHOTS"); dir != "" {
		t.Run("screenshots", func(t *testing.T) {
			shoot := func(name string) {
				t.Helper()
				shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, name), shot, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			for _, size := range []struct {
				name          string
				width, height int64
				scale         float64
			}{{"phone", 390, 844, 2}, {"desktop", 1280, 900, 1}} {
				mustDo(t, ctx, "viewport", chromedp.EmulateViewport(size.width, size.height, chromedp.EmulateScale(size.scale)))
				for _, theme := range []string{"light", "sepia", "dark"} {
					mustDo(t, ctx, "reload", chromedp.Reload())
					mustWaitFor(t, ctx, "the client to mount", `document.documentElement.getAttribute('data-app') === 'ready'`, 30*time.Second)
					mustEval[bool](t, ctx, `(document.documentElement.setAttribute('data-theme', '`+theme+`'), window.scrollTo(0, 0), true)`)
					shoot(fmt.Sprintf("reader-%s-%s.png", size.name, theme))
				}
				mustEval[bool](t, ctx, `(document.documentElement.setAttribute('data-theme', 'light'), true)`)
				mustDo(t, ctx, "scroll to a quote", chromedp.Evaluate[chromedp.Void](`document.getElementById('q3').scrollIntoView({block: 'center'})`))
				shoot(fmt.Sprintf("reader-%s-quotes.png", size.name))
			}
			mustDo(t, ctx, "restore viewport", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := chromedp.Call(ctx, emulation.ClearDeviceMetricsOverride, struct{}{})
				return err
			}))
		})
	}

	srv.Stop()

	t.Run("offline reload shows the article", func(t *testing.T) {
		start := time.Now()
		mustDo(t, ctx, "reload offline", chromedp.Reload())
		mustWaitFor(t, ctx, "the client to mount offline", `document.documentElement.getAttribute('data-app') === 'ready'`, 30*time.Second)
		t.Logf("offline: app mounted %v after reload", time.Since(start).Round(time.Millisecond))
		checkSeedReader(t, mustEval[readerState](t, ctx, readReaderState))
	})

	t.Run("offline, before the client starts: no other article shows", func(t *testing.T) {
		// With scripts off the page stays what the service worker answered:
		// /read/{id} and /library get the article-less shell, "/?…" the
		// default article.
		mustSetScripts(t, ctx, false)
		defer mustSetScripts(t, ctx, true)
		for _, tc := range []struct{ path, h1 string }{
			{"/read/0123456789abcdef", "Opening…"},
			{"/library", "Opening…"},
			{"/?utm_source=offline", seedExpectations.title},
		} {
			mustDo(t, ctx, "open "+tc.path, chromedp.Navigate(srv.URL+tc.path))
			got := mustEval[readerState](t, ctx, readReaderState)
			if got.Ready {
				t.Errorf("%s: data-app=ready with scripts off", tc.path)
			}
			if h1 := mustEval[string](t, ctx, `(document.querySelector('[data-page] h1') || {}).textContent || ''`); h1 != tc.h1 {
				t.Errorf("%s offline before the client: h1 = %q, want %q", tc.path, h1, tc.h1)
			}
		}
	})

	t.Run("offline deep link and query string", func(t *testing.T) {
		a, err := seed.Article()
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range []string{"/read/" + a.ID, "/?utm_source=test"} {
			mustDo(t, ctx, "open "+path, chromedp.Navigate(srv.URL+path))
			mustWaitFor(t, ctx, "the client to mount "+path, `document.documentElement.getAttribute('data-app') === 'ready'`, 30*time.Second)
			checkSeedReader(t, mustEval[readerState](t, ctx, readReaderState))
		}
	})
}

// TestBrowserWithoutJavaScript checks that the server's HTML alone is a
// readable article: scripts off, no wasm, no service worker.
func TestBrowserWithoutJavaScript(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	mustDo(t, ctx, "disable scripts", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	mustDo(t, ctx, "navigate", chromedp.Navigate(srv.URL+"/"))
	// Scripts are off, so read the DOM through the protocol, not page JS.
	got := mustEval[readerState](t, ctx, readReaderState)
	if got.Ready {
		t.Errorf("data-app=ready without JavaScript: the client cannot have mounted")
	}
	checkSeedReader(t, got)
	// Who said what is in the server's HTML: quotations, speaker labels,
	// mentions, chips and the panel, as the live client draws them.
	checkSeedAnnotations(t, mustEval[seedAnnotations](t, ctx, readSeedAnnotations))
	prerendered := mustEval[string](t, ctx, readBodyMarkup)
	visible, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`getComputedStyle(document.getElementById('app-wasm-loader')).display === 'none'`))
	if err != nil {
		t.Fatal(err)
	}
	if !visible {
		t.Errorf("the wasm loader shows with JavaScript off; it would never finish")
	}

	// The client's first render draws the same article body: nothing
	// flashes or moves when it takes over.
	mustSetScripts(t, ctx, true)
	mustDo(t, ctx, "navigate with scripts", chromedp.Navigate(srv.URL+"/"))
	mustWaitFor(t, ctx, "the client to mount", `document.documentElement.getAttribute('data-app') === 'ready'`, 30*time.Second)
	if live := mustEval[string](t, ctx, readBodyMarkup); live != prerendered {
		at := 0
		for at < len(live) && at < len(prerendered) && live[at] == prerendered[at] {
			at++
		}
		from := max(at-200, 0)
		t.Errorf("the live article body differs from the prerendered one at byte %d:\nprerendered …%.400s\nlive        …%.400s", at, prerendered[from:], live[from:])
	}
}

// readBodyMarkup is the article body's elements (tag and sorted
// attributes) and each block's text, whatever order the attributes were
// written in (the server indents between blocks, which shows nowhere).
const readBodyMarkup = `(() => {
  const body = document.querySelector('article .body');
  if (!body) return '';
  const els = Array.from(body.querySelectorAll('*')).map(e =>
    e.tagName + '[' + Array.from(e.attributes).map(a => a.name + '=' + a.value).sort().join(' ') + ']');
  const text = Array.from(body.querySelectorAll('[data-block]')).map(e => e.textContent);
  return els.join(' ') + ' | ' + text.join(' | ');
})()`
