//go:build e2e

package main

import (
	"html"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// xssPayloads are well-known shapes of script injection (OWASP's XSS filter
// evasion cheat sheet, PortSwigger's cheat sheet, mXSS write-ups), each
// trying to set window.__xss. Written here, not copied.
var xssPayloads = []string{
	`<script>window.__xss=1</script>`,
	`<img src=x onerror="window.__xss=1">`,
	`<img src="javascript:window.__xss=1">`,
	`<svg onload="window.__xss=1"></svg>`,
	`<svg><script>window.__xss=1</script></svg>`,
	`<body onload="window.__xss=1">`,
	`<iframe src="javascript:top.__xss=1"></iframe>`,
	`<iframe srcdoc="<script>top.__xss=1</script>"></iframe>`,
	`<a href="javascript:window.__xss=1">click me, a perfectly normal link in the text</a>`,
	`<a href="JaVaScRiPt:window.__xss=1">mixed case scheme link</a>`,
	`<a href="&#106;avascript:window.__xss=1">entity-encoded scheme</a>`,
	`<a href=" javascript:window.__xss=1">leading space scheme</a>`,
	`<div style="background:url(javascript:window.__xss=1)">styled div text</div>`,
	`<div style="width: expression(window.__xss=1)">old IE expression</div>`,
	`<object data="javascript:window.__xss=1"></object>`,
	`<embed src="javascript:window.__xss=1">`,
	`<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">`,
	`<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">`,
	`<details open ontoggle="window.__xss=1">`,
	`<video><source onerror="window.__xss=1"></video>`,
	`<audio src=x onerror="window.__xss=1">`,
	`<input autofocus onfocus="window.__xss=1">`,
	`<form action="javascript:window.__xss=1"><button>go</button></form>`,
	`<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">`,
	`<base href="javascript:window.__xss=1//">`,
	`<link rel="import" href="data:text/html,<script>top.__xss=1</script>">`,
	`<img src="https://example.invalid/a.jpg" onerror="window.__xss=1" alt="picture">`,
	`<figure><img src="https://example.invalid/b.jpg&quot; onerror=&quot;window.__xss=1"><figcaption>caption " onmouseover="window.__xss=1</figcaption></figure>`,
	`<p>text with <b onmouseover="window.__xss=1">bold</b> words in it</p>`,
	`<marquee onstart="window.__xss=1">moving text</marquee>`,
	`<isindex type=image src=1 onerror=window.__xss=1>`,
	`<style>@import 'javascript:window.__xss=1';</style>`,
	`"><script>window.__xss=1</script>`,
	`'';!--"<XSS>=&{()}`,
}

// addressPayloads try to leave an attribute of a prerendered page, which
// go-app writes with strconv.Quote (`"` → `\"`): each in every value the
// add page reads from its address, and as an article id.
var addressPayloads = []string{
	`x"><img src=x onerror="window.__xss=1">`,
	`x"></textarea><script>window.__xss=1</script>`,
	`"><meta http-equiv="refresh" content="0;url=/library">`,
	`\" autofocus onfocus=window.__xss=1 x=\"`,
	`"><script>window.__xss=1</script>`,
	`'';!--"<XSS>=&{()}`,
}

// xssPage puts every payload twice into an article: as markup, and as
// text the page shows literally (which the reader must show as text).
func xssPage() string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html><head><title>Security notes | Test</title></head><body><article><h1>Security notes</h1>`)
	for i, p := range xssPayloads {
		b.WriteString(`<p>Paragraph ` + strconv.Itoa(i) + ` of ordinary prose, long enough to count as part of the article body. `)
		b.WriteString(p)
		b.WriteString(` The payload as text: ` + html.EscapeString(p) + `</p>`)
	}
	b.WriteString(`</article></body></html>`)
	return b.String()
}

// TestBrowserXSS sends the corpus through extraction and the reader, both
// pasted (extracted in the browser) and by URL (extracted on the server),
// and puts hostile values in the add page's address: no script may run and
// no dangerous attribute may reach the DOM. It runs twice, the second time
// with the browser ignoring the Content-Security-Policy: a static host may
// send none, so the page must be safe on its own.
func TestBrowserXSS(t *testing.T) {
	site := mustServeOn(t, publicIP.String(), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, xssPage())
	}))
	srv := mustStartServer(t, "-fetch-allow", publicIP.String()+"/32")
	ctx, _ := mustBrowser(t)
	type report struct {
		Fired     bool     `json:"fired"`
		Dangerous []string `json:"dangerous"`
		Blocks    int      `json:"blocks"`
		LiteralOK bool     `json:"literalOK"`
	}
	inspect := func(t *testing.T) report {
		t.Helper()
		time.Sleep(500 * time.Millisecond) // give any injected handler a chance to fire
		return mustEval[report](t, ctx, `(() => {
			const bad = [];
			for (const el of document.querySelectorAll('[data-page] *')) {
				for (const a of el.attributes) {
					const v = a.value.replace(/\s/g, '').toLowerCase();
					if (a.name.startsWith('on') || a.name === 'srcdoc' || a.name === 'formaction' ||
						v.startsWith('javascript:') || v.startsWith('data:text') || v.includes('expression(')) {
						bad.push(el.tagName + ' ' + a.name + '=' + a.value);
					}
				}
				if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'BASE', 'META', 'LINK'].includes(el.tagName)) bad.push(el.tagName);
			}
			for (const el of document.querySelectorAll('head meta[http-equiv], base, body img:not([data-page] img):not(#app-wasm-loader-icon), body > script:not([src])')) bad.push('outside the page: ' + el.outerHTML.slice(0, 80));
			const article = document.querySelector('[data-page="add"] article');
			const text = article ? article.textContent : '';
			return {fired: window.__xss === 1, dangerous: bad,
				blocks: document.querySelectorAll('[data-page="add"] article [data-block]').length,
				literalOK: text.includes('<img src=x onerror="window.__xss=1">')};
		})()`)
	}
	checkSafe := func(t *testing.T, r report) {
		t.Helper()
		if r.Fired {
			t.Errorf("a payload ran: window.__xss was set")
		}
		for _, d := range r.Dangerous {
			t.Errorf("dangerous markup in the DOM: %s", d)
		}
	}
	check := func(t *testing.T) {
		t.Helper()
		mustWaitFor(t, ctx, "the article", `(document.querySelector('[data-page="add"] article h1') || {}).textContent === 'Security notes'`, 20*time.Second)
		r := inspect(t)
		checkSafe(t, r)
		if r.Blocks < len(xssPayloads)/2 || !r.LiteralOK {
			t.Errorf("%d blocks, literal payload text shown: %v — the article must still be readable", r.Blocks, r.LiteralOK)
		}
	}
	open := func(t *testing.T, path string) { t.Helper(); mustOpen(t, ctx, srv.URL+path) }
	for _, bypass := range []bool{false, true} {
		name := "with the CSP"
		if bypass {
			name = "without the CSP"
		}
		t.Run(name, func(t *testing.T) {
			if _, err := chromedp.Call(ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: bypass}); err != nil {
				t.Fatalf("Page.setBypassCSP(%v): %v", bypass, err)
			}
			t.Run("pasted HTML, extracted in the browser", func(t *testing.T) {
				open(t, "/add")
				// The switch works: an inline handler runs only without the CSP.
				mustEval[bool](t, ctx, `(() => { const i = document.createElement('img'); i.setAttribute('onerror', 'window.__inline = 1');
					i.src = 'data:,x'; document.body.appendChild(i); return true; })()`)
				mustWaitFor(t, ctx, "the probe image to fail", `document.querySelector('body > img:last-child').complete`, 5*time.Second)
				time.Sleep(200 * time.Millisecond)
				if ran := mustEval[bool](t, ctx, `window.__inline === 1`); ran != bypass {
					t.Fatalf("inline handler ran = %v with the CSP bypassed = %v", ran, bypass)
				}
				mustEval[bool](t, ctx, `(document.querySelector('body > img:last-child').remove(), true)`)
				mustFill(t, ctx, "#add-text", xssPage())
				mustClick(t, ctx, ".add-form button[type=submit]")
				check(t)
			})
			t.Run("URL, extracted on the server", func(t *testing.T) {
				open(t, "/add?url="+site.URL+"/xss")
				check(t)
			})
			t.Run("hostile values in the address", func(t *testing.T) {
				for _, p := range addressPayloads {
					for _, path := range []string{
						"/add?" + url.Values{"url": {p}, "text": {p}, "title": {p}}.Encode(),
						"/add?text=" + url.QueryEscape("https://example.com/"+p),
						"/read/" + url.PathEscape(p),
					} {
						if strings.HasPrefix(path, "/read/") { // 404: no client mounts
							mustDo(t, ctx, "open "+path, chromedp.Navigate(srv.URL+path))
						} else {
							open(t, path)
						}
						r := inspect(t)
						checkSafe(t, r)
						if where := mustEval[string](t, ctx, `location.pathname`); where != strings.SplitN(path, "?", 2)[0] && !strings.HasPrefix(path, "/read/") {
							t.Errorf("GET %s went on to %s", path, where)
						}
					}
				}
			})
		})
	}
	t.Run("a highlight's note", func(t *testing.T) {
		// Notes are the reader's own text: shown as text on the article and
		// on /highlights, never as markup.
		open(t, "/")
		mustEval[bool](t, ctx, selectJS("our territory is inalienable", "our territory is inalienable"))
		mustDo(t, ctx, "press n", chromedp.KeyEvent("n"))
		mustWaitFor(t, ctx, "the note editor", `document.activeElement.id === 'hl-note'`, 10*time.Second)
		note := strings.Join(xssPayloads, "\n")
		mustEval[bool](t, ctx, `(document.getElementById('hl-note').value = `+strconv.Quote(note)+`, true)`)
		mustClick(t, ctx, `[data-hl-save-note]`)
		for _, path := range []string{"", "/highlights"} {
			if path != "" {
				open(t, path)
			}
			mustWaitFor(t, ctx, "the note shown as text", `[...document.querySelectorAll('.hl-note')].some(n => n.textContent.includes('<script>window.__xss=1</script>'))`, 10*time.Second)
			checkSafe(t, inspect(t))
		}
	})
	t.Logf("%d payloads, each as markup and as text, and in the add page's address and a note", len(xssPayloads))
}
