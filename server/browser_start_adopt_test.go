//go:build e2e

package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestBrowserStartAdoptsThePage: the client's first mount takes over the
// elements the server prerendered (app/goapp-wasm.patch, server/adopt.js)
// instead of building the page again and swapping it in. Before the wasm
// runs, a script tags some of the prerendered elements; once the client
// is ready, the elements there are those same, tagged ones, and the text
// is the client's: no whitespace of the prerender's indentation left
// between the meta line's parts.
func TestBrowserStartAdoptsThePage(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	selectors := []string{"div.shell", "article h1", "article [data-block]", "nav.entities .chip", "[data-quotes-panel] li"}
	list := `['` + strings.Join(selectors, `', '`) + `']`
	mustDo(t, ctx, "tag the prerendered elements", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
			document.addEventListener('DOMContentLoaded', () => {
				for (const s of ` + list + `) {
					const el = document.querySelector(s);
					if (el) el.readwellPrerendered = s;
				}
				// Attributes the client's page does not have, or has with
				// another value, as a page prerendered for an older state.
				const h1 = document.querySelector('article h1');
				h1.setAttribute('data-stale', 'yes');
				const shell = document.querySelector('div.shell');
				shell.readwellClass = shell.className;
				shell.classList.add('stale');
			});`})
		return err
	}))
	mustOpen(t, ctx, srv.URL+"/")
	kept := mustEval[[]string](t, ctx, list+`.map(s => {
		const el = document.querySelector(s);
		return s + ': ' + (!el ? 'missing' : el.readwellPrerendered === s ? 'prerendered' : 'built again');
	})`)
	for _, k := range kept {
		if !strings.HasSuffix(k, ": prerendered") {
			t.Errorf("after the start, %s", k)
		}
	}
	if stale := mustEval[string](t, ctx, `(() => {
		const h1 = document.querySelector('article h1'), shell = document.querySelector('div.shell');
		return (h1.hasAttribute('data-stale') ? 'h1 keeps data-stale; ' : '') +
			(shell.className !== shell.readwellClass ? 'the shell is class="' + shell.className + '", want "' + shell.readwellClass + '"' : '');
	})()`); stale != "" {
		t.Errorf("after the start, the adopted elements' attributes are not the client's: %s", stale)
	}
	if ws := mustEval[bool](t, ctx, `[...document.querySelector('.meta').childNodes].some(n => n.nodeType === 3 && n.data.trim() === '')`); ws {
		t.Errorf("the meta line keeps the prerender's whitespace between its parts")
	}
	// The page still works: a chip marks its entity's mentions.
	mustClick(t, ctx, "nav.entities .chip")
	mustWaitFor(t, ctx, "a chip's mentions marked", `document.querySelectorAll('.mention.active').length > 0`, 10*time.Second)
}
