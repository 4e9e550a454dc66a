//go:build e2e

package main

import (
	"html"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
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
// pasted (extracted in the browser) and by URL (extracted on the server):
// no script may run and no dangerous attribute may reach the DOM.
func TestBrowserXSS(t *testing.T) {
	page := mustServeOn(t, publicIP.String(), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, xssPage())
	}))
	srv := mustStartServer(t, "-fetch-allow", publicIP.String()+"/32")
	ctx, _ := mustBrowser(t)
	check := func(t *testing.T) {
		t.Helper()
		mustWaitFor(t, ctx, "the article", `(document.querySelector('[data-page="add"] article h1') || {}).textContent === 'Security notes'`, 20*time.Second)
		time.Sleep(500 * time.Millisecond) // give any injected handler a chance to fire
		type report struct {
			Fired     bool     `json:"fired"`
			Dangerous []string `json:"dangerous"`
			Blocks    int      `json:"blocks"`
			LiteralOK bool     `json:"literalOK"`
		}
		r := mustEval[report](t, ctx, `(() => {
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
			const text = document.querySelector('[data-page="add"] article').textContent;
			return {fired: window.__xss === 1, dangerous: bad,
				blocks: document.querySelectorAll('[data-page="add"] article [data-block]').length,
				literalOK: text.includes('<img src=x onerror="window.__xss=1">')};
		})()`)
		if r.Fired {
			t.Errorf("a payload ran: window.__xss was set")
		}
		for _, d := range r.Dangerous {
			t.Errorf("dangerous markup in the DOM: %s", d)
		}
		if r.Blocks < len(xssPayloads)/2 || !r.LiteralOK {
			t.Errorf("%d blocks, literal payload text shown: %v — the article must still be readable", r.Blocks, r.LiteralOK)
		}
	}
	open := func(t *testing.T, path string) { t.Helper(); mustOpen(t, ctx, srv.URL+path) }
	t.Run("pasted HTML, extracted in the browser", func(t *testing.T) {
		open(t, "/add")
		mustFill(t, ctx, "#add-text", xssPage())
		mustClick(t, ctx, ".add-form button[type=submit]")
		check(t)
	})
	t.Run("URL, extracted on the server", func(t *testing.T) {
		open(t, "/add?url="+page.URL+"/xss")
		check(t)
	})
	t.Logf("%d payloads, each as markup and as text", len(xssPayloads))
}
