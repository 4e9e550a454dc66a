//go:build e2e

package main

import (
	"context"
	"flag"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"readwell/app/seed"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// selectJS selects, with a Range, the text of the article from the first
// occurrence of from to the end of the first occurrence of to after it
// (both as the article's text shows them), as a reader's drag would.
func selectJS(from, to string) string {
	return `(() => {
		const art = document.querySelector('[data-page] article .body');
		const text = art.textContent;
		const a = text.indexOf(` + strconv.Quote(from) + `);
		const b = text.indexOf(` + strconv.Quote(to) + `, a) + ` + strconv.Itoa(len([]rune(to))) + `;
		if (a < 0 || b < a) return false;
		const at = (off) => {
			const w = document.createTreeWalker(art, NodeFilter.SHOW_TEXT);
			let n;
			while ((n = w.nextNode())) { if (off <= n.length) return [n, off]; off -= n.length; }
		};
		const r = document.createRange();
		r.setStart(...at(a)); r.setEnd(...at(b));
		const s = getSelection(); s.removeAllRanges(); s.addRange(r);
		return true;
	})()`
}

// markedJS is the text of each highlight in the article, in text order,
// its marks' text joined.
const markedJS = `(() => {
	const by = new Map();
	for (const m of document.querySelectorAll('article mark[data-highlight]')) by.set(m.dataset.highlight, (by.get(m.dataset.highlight) || '') + m.textContent);
	return [...by.values()];
})()`

// TestBrowserHighlight: select text with a Range and press h (the seed at
// "/" is saved by it), highlight over a quotation, a mention and a
// paragraph break without breaking them, add a note (text, never markup),
// reload, review /highlights, two tabs adding marks at once, offline
// reload, delete and undo.
func TestBrowserHighlight(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	open := func(t *testing.T, path string) { t.Helper(); mustOpen(t, ctx, srv.URL+path) }
	wantMarked := func(t *testing.T, what string, want ...string) { t.Helper(); wantMarkedIn(t, ctx, what, want...) }
	press := func(t *testing.T, key string) {
		t.Helper()
		mustDo(t, ctx, "press "+key, chromedp.KeyEvent(key))
	}
	const (
		inQuote = "our territory is inalienable"
		// From the end of one paragraph into the next, over a mention of
		// Sheinbaum.
		spanFrom, spanTo = "the extent of foreign intervention.", "The White House responded to Sheinbaum"
	)

	open(t, "/")
	structure := `[document.querySelectorAll('article q[data-speaker]').length, document.querySelectorAll('article [data-entity]').length, document.querySelector('article .body').textContent.length].join(' ')`
	before := mustEval[string](t, ctx, structure)
	if !mustEval[bool](t, ctx, selectJS(inQuote, inQuote)) {
		t.Fatalf("the seed has no %q", inQuote)
	}
	press(t, "h")
	wantMarked(t, "the highlight inside a quotation", inQuote)
	mustWaitFor(t, ctx, "the seed saved by highlighting", `!!document.querySelector('[data-saved]')`, 10*time.Second)
	if !mustEval[bool](t, ctx, `!!document.querySelector('article q[data-speaker="Claudia Sheinbaum"] mark[data-highlight]')`) {
		t.Errorf("the mark is not inside the quotation")
	}
	mustWaitFor(t, ctx, "the toolbar for the new highlight, focused", `!!document.activeElement.closest('[data-hl-toolbar][role=toolbar]')`, 5*time.Second)

	t.Run("over a paragraph break and a mention", func(t *testing.T) {
		if !mustEval[bool](t, ctx, selectJS(spanFrom, spanTo)) {
			t.Fatalf("the seed has no %q … %q", spanFrom, spanTo)
		}
		mustWaitFor(t, ctx, "the selection's toolbar", `!!document.querySelector('[data-hl-toolbar] .hl-color[aria-label="Highlight green"]')`, 5*time.Second)
		mustClick(t, ctx, `[data-hl-toolbar] .hl-color[data-color="green"]`)
		wantMarked(t, "two highlights", inQuote, spanFrom+spanTo)
		if got := mustEval[string](t, ctx, structure); got != before {
			t.Errorf("quotations, mentions, text length = %s, want %s as before: highlighting changed the text", got, before)
		}
		if !mustEval[bool](t, ctx, `!!document.querySelector('article [data-entity="Claudia Sheinbaum"] mark[data-color="green"]')`) {
			t.Errorf("no mark inside the mention")
		}
	})

	t.Run("note is text", func(t *testing.T) {
		mustClick(t, ctx, `[data-hl-toolbar] [data-hl-note]`)
		mustWaitFor(t, ctx, "the note editor", `document.activeElement.id === 'hl-note'`, 5*time.Second)
		mustEval[bool](t, ctx, `(document.getElementById('hl-note').value = '<img src=x onerror="window.__xss=1"> Sovereignty first', true)`)
		mustClick(t, ctx, `[data-hl-save-note]`)
		mustWaitFor(t, ctx, "the note shown", `[...document.querySelectorAll('.hl-note')].some(n => n.textContent.endsWith('Sovereignty first'))`, 5*time.Second)
		if mustEval[bool](t, ctx, `!!document.querySelector('.hl-note img') || window.__xss === 1`) {
			t.Errorf("a note became markup")
		}
	})

	id := seedID(t)
	t.Run("reload and /read", func(t *testing.T) {
		for _, path := range []string{"/", "/read/" + id} {
			open(t, path)
			wantMarked(t, "the highlights after opening "+path, inQuote, spanFrom+spanTo)
		}
	})

	t.Run("/highlights", func(t *testing.T) {
		open(t, "/highlights")
		if n := mustEval[int](t, ctx, `document.querySelectorAll('[data-page="highlights"] h1').length`); n != 1 {
			t.Errorf("/highlights has %d h1", n)
		}
		type item struct {
			Text, Speaker, Link, Note string
		}
		items := mustEval[[]item](t, ctx, `[...document.querySelectorAll('[data-page="highlights"] [data-hl-item]')].map(li => ({
			Text: li.querySelector('.hl-text').textContent, Speaker: (li.querySelector('.hl-speaker') || {}).textContent || '',
			Link: li.querySelector('.hl-source a').getAttribute('href'), Note: (li.querySelector('.hl-note') || {}).textContent || ''}))`)
		if len(items) != 2 {
			t.Fatalf("/highlights lists %d, want 2: %+v", len(items), items)
		}
		if !strings.HasPrefix(items[0].Text, spanFrom) || !strings.HasSuffix(items[0].Text, spanTo) || items[1].Text != inQuote {
			t.Errorf("/highlights = %+v, want the newest first", items)
		}
		if items[1].Speaker != "— Claudia Sheinbaum" || !strings.HasPrefix(items[1].Link, "/read/"+id+"#hl-") {
			t.Errorf("/highlights item = %+v, want the speaker and a link to its place", items[1])
		}
		mustClick(t, ctx, `[data-page="highlights"] [data-hl-item]:last-child .hl-source a`)
		mustWaitFor(t, ctx, "the link opens the article at the highlight", `document.activeElement.tagName === 'MARK' && document.activeElement.textContent === `+strconv.Quote(inQuote), 10*time.Second)
	})

	t.Run("two tabs", func(t *testing.T) {
		// Both tabs show the two highlights; each adds one without seeing
		// the other's: neither is lost. A tab acts in front (a hidden one
		// gets no animation frames).
		tab, cancel := chromedp.NewContext(ctx)
		defer cancel()
		// The tab opens on a context without a deadline: it lives as long
		// as the context of its first run.
		if _, err := chromedp.Run(tab, chromedp.Navigate("about:blank")); err != nil {
			t.Fatalf("open a second tab: %v", err)
		}
		front := func(c context.Context) {
			t.Helper()
			if _, err := chromedp.Call(c, page.BringToFront, cdp.Empty{}); err != nil {
				t.Fatalf("bring the tab to front: %v", err)
			}
		}
		open(t, "/read/"+id)
		mustOpen(t, tab, srv.URL+"/read/"+id)
		wantMarkedIn(t, tab, "the second tab's highlights", inQuote, spanFrom+spanTo)
		front(ctx)
		mustEval[bool](t, ctx, selectJS("We can collaborate.", "We can collaborate."))
		press(t, "h")
		wantMarked(t, "the first tab's new mark", inQuote, "We can collaborate.", spanFrom+spanTo)
		front(tab)
		mustEval[bool](t, tab, selectJS("Deputy Press Secretary", "Deputy Press Secretary"))
		mustDo(t, tab, "press h in the second tab", chromedp.KeyEvent("h"))
		wantMarkedIn(t, tab, "the second tab: its mark and the first tab's", inQuote, "We can collaborate.", spanFrom+spanTo, "Deputy Press Secretary")
		cancel()
		front(ctx)
		open(t, "/read/"+id)
		wantMarked(t, "all four after a reload", inQuote, "We can collaborate.", spanFrom+spanTo, "Deputy Press Secretary")
	})

	t.Run("tags", func(t *testing.T) {
		open(t, "/read/"+id)
		for _, tag := range []string{"mexico", "security"} {
			mustFill(t, ctx, "#tag-input", tag)
			mustClick(t, ctx, ".tag-form button[type=submit]")
			mustWaitFor(t, ctx, "the tag "+tag, existsJS(`[data-reader-tags] [data-tag="`+tag+`"]`), 10*time.Second)
		}
		mustClick(t, ctx, `[data-reader-tags] [data-tag="security"] button`)
		mustWaitFor(t, ctx, "the tag removed", `!document.querySelector('[data-reader-tags] [data-tag="security"]')`, 10*time.Second)
		// The field suggests the tags the library has.
		mustEval[bool](t, ctx, `(() => { document.querySelector('#tag-input').focus(); return true; })()`)
		mustWaitFor(t, ctx, "the library's tags suggested", `document.querySelector('#tag-input').getAttribute('list') === 'tag-suggestions' &&
			[...document.querySelectorAll('#tag-suggestions option')].some(o => o.value === 'mexico')`, 10*time.Second)
		open(t, "/library?tag=mexico")
		mustWaitFor(t, ctx, "the library filtered by the tag", `document.querySelectorAll('.library-item').length === 1 && document.querySelector('.tag-filter [aria-current="true"]').textContent === '#mexico'`, 10*time.Second)
		// Add and remove on /library too.
		mustClick(t, ctx, `[data-add-tag="`+id+`"]`)
		mustWaitFor(t, ctx, "the tag field, focused", `document.activeElement.id === 'tag-`+id+`'`, 5*time.Second)
		mustFill(t, ctx, "#tag-"+id, "ports")
		mustClick(t, ctx, ".library-item .tag-form button[type=submit]")
		mustWaitFor(t, ctx, "the tag added on /library", existsJS(`.library-item [data-tag="ports"]`), 10*time.Second)
		mustClick(t, ctx, `.library-item [data-tag="ports"] button`)
		mustWaitFor(t, ctx, "the tag removed on /library", `!document.querySelector('.library-item [data-tag="ports"]') && !!document.querySelector('.library-item [data-tag="mexico"]')`, 10*time.Second)
		open(t, "/library?tag=nothing-here")
		mustWaitFor(t, ctx, "no article with an unknown tag", `document.querySelectorAll('.library-item').length === 0`, 10*time.Second)
	})

	t.Run("markdown export", func(t *testing.T) {
		open(t, "/read/"+id)
		// The file handed to the browser, as the reader would save it.
		mustEval[bool](t, ctx, `(() => { window.__files = []; const make = URL.createObjectURL;
			URL.createObjectURL = b => { window.__files.push(b); return make.call(URL, b); }; return true; })()`)
		mustClick(t, ctx, `[data-export-markdown]`)
		mustWaitFor(t, ctx, "the Markdown file", `window.__files.length === 1`, 10*time.Second)
		got := mustEval[string](t, ctx, `window.__files[0].text()`)
		got = regexp.MustCompile(`saved \d{4}-\d{2}-\d{2}`).ReplaceAllString(got, "saved DATE")
		mustMatchGolden(t, "../testdata/highlights-export.golden.md", got)
	})

	t.Run("offline reload", func(t *testing.T) {
		mustWaitForCachedShell(t, ctx)
		srv.Stop()
		for _, path := range []string{"/read/" + id, "/highlights"} {
			mustDo(t, ctx, "open "+path, chromedp.Navigate(srv.URL+path))
			mustWaitFor(t, ctx, "the client offline at "+path, `document.documentElement.getAttribute('data-app') === 'ready'`, 30*time.Second)
		}
		mustWaitFor(t, ctx, "/highlights offline", `document.querySelectorAll('[data-page="highlights"] [data-hl-item]').length === 4`, 10*time.Second)
		mustDo(t, ctx, "open", chromedp.Navigate(srv.URL+"/read/"+id))
		wantMarked(t, "the highlights offline", inQuote, "We can collaborate.", spanFrom+spanTo, "Deputy Press Secretary")
	})

	t.Run("delete and undo", func(t *testing.T) {
		mustClick(t, ctx, `[data-highlights-section] li:first-child [data-hl-remove]`)
		wantMarked(t, "one deleted", "We can collaborate.", spanFrom+spanTo, "Deputy Press Secretary")
		mustClick(t, ctx, `[data-hl-undo]`)
		wantMarked(t, "undone", inQuote, "We can collaborate.", spanFrom+spanTo, "Deputy Press Secretary")
		// And from the toolbar, by keyboard: Enter on the mark opens it.
		mustEval[bool](t, ctx, `(document.querySelector('article mark[id^="hl-"]').focus(), true)`)
		press(t, "\r")
		mustWaitFor(t, ctx, "the toolbar of the focused mark", `!!document.querySelector('[data-hl-toolbar] [data-hl-delete]')`, 5*time.Second)
		mustClick(t, ctx, `[data-hl-toolbar] [data-hl-delete]`)
		wantMarked(t, "deleted from the toolbar", "We can collaborate.", spanFrom+spanTo, "Deputy Press Secretary")
	})
}

// wantMarkedIn waits until the article in the tab ctx shows the
// highlights want, in text order.
func wantMarkedIn(t *testing.T, ctx context.Context, what string, want ...string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got := mustEval[[]string](t, ctx, markedJS)
		if strings.Join(got, "|") == strings.Join(want, "|") {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: highlights %q, want %q (status %q)", what, got, want, mustEval[string](t, ctx, `[...document.querySelectorAll('.hl-area [role=status]')].map(e => e.textContent).join(' / ')`))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

var update = flag.Bool("update", false, "rewrite the golden files")

// mustMatchGolden compares got with the golden file line by line (go test
// -update rewrites it; read the diff).
func mustMatchGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want, lines := strings.Split(string(data), "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(want), len(lines)); i++ {
		var g, w string
		if i < len(lines) {
			g = lines[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("%s line %d = %q, want %q", path, i+1, g, w)
		}
	}
}

// TestBrowserHighlightAddLayout: at 1280 px an article added at /add is
// as wide as the same article in the reader (it took the form's box), and
// h highlights in it as in the reader, kept and listed on /highlights.
func TestBrowserHighlightAddLayout(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	mustOpen(t, ctx, srv.URL+"/add")
	mustFill(t, ctx, "#add-text", "Pasted notes on tides\n\nThe spring tides this year will be the highest in a decade, with the peak expected in the second week of March, the harbour office said. \"We are ready,\" said Maria Lopez, the harbour master.")
	mustClick(t, ctx, ".add-form button[type=submit]")
	mustWaitFor(t, ctx, "the added article", existsJS(`[data-page="add"] article h1`), 20*time.Second)
	added := mustEval[int](t, ctx, `Math.round(document.querySelector('[data-page="add"] article').getBoundingClientRect().width)`)
	// h highlights on /add too, and the highlight is kept with the article.
	mustEval[bool](t, ctx, selectJS("the highest in a decade", "the highest in a decade"))
	mustDo(t, ctx, "press h on /add", chromedp.KeyEvent("h"))
	mustWaitFor(t, ctx, "the mark on /add", `[...document.querySelectorAll('[data-page="add"] article mark[data-highlight]')].map(m => m.textContent).join('') === 'the highest in a decade'`, 10*time.Second)
	mustOpen(t, ctx, srv.URL+"/highlights")
	mustWaitFor(t, ctx, "the /add highlight listed", `document.querySelector('[data-page="highlights"]')?.textContent.includes('the highest in a decade')`, 10*time.Second)
	mustOpen(t, ctx, srv.URL+"/")
	read := mustEval[int](t, ctx, `Math.round(document.querySelector('[data-page="reader"] article').getBoundingClientRect().width)`)
	if added != read || added < 500 {
		t.Errorf("the added article is %d px wide, the reader's %d px: want the reader's layout", added, read)
	}
}

// seedID is the seed article's id, from the server's embedded copy.
func seedID(tb testing.TB) string {
	tb.Helper()
	a, err := seed.Article()
	if err != nil {
		tb.Fatal(err)
	}
	return a.ID
}

// TestBrowserHighlightAccessibility runs axe-core on the reader with
// highlights, a note and the toolbar open, and on /highlights, in every
// theme: no serious or critical violation (contrast included).
func TestBrowserHighlightAccessibility(t *testing.T) {
	axe, err := os.ReadFile(axePath)
	if err != nil {
		t.Skipf("axe-core missing (make e2e installs it): %v", err)
	}
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	mustOpen(t, ctx, srv.URL+"/")
	for _, text := range []string{"our territory is inalienable", "Deputy Press Secretary"} {
		mustEval[bool](t, ctx, selectJS(text, text))
		mustDo(t, ctx, "press n", chromedp.KeyEvent("n"))
		mustWaitFor(t, ctx, "the note editor", `document.activeElement.id === 'hl-note'`, 10*time.Second)
		mustEval[bool](t, ctx, `(document.getElementById('hl-note').value = 'A note', true)`)
		mustClick(t, ctx, `[data-hl-save-note]`)
		mustWaitFor(t, ctx, "the note", `document.querySelectorAll('.hl-note').length > 0 && !document.getElementById('hl-note')`, 10*time.Second)
	}
	mustClick(t, ctx, `[data-hl-toolbar] .hl-color[data-color="pink"]`)
	mustWaitFor(t, ctx, "a pink mark", existsJS(`article mark[data-color="pink"]`), 10*time.Second)
	type violation struct {
		ID     string   `json:"id"`
		Impact string   `json:"impact"`
		Help   string   `json:"help"`
		Nodes  []string `json:"nodes"`
	}
	for _, path := range []string{"/", "/highlights"} {
		if path != "/" {
			mustOpen(t, ctx, srv.URL+path)
			mustWaitFor(t, ctx, "the list", existsJS(`[data-hl-item]`), 10*time.Second)
		}
		for _, theme := range []string{"light", "sepia", "dark"} {
			t.Run(path+" "+theme, func(t *testing.T) {
				mustEval[bool](t, ctx, `(document.documentElement.setAttribute('data-theme', '`+theme+`'), true)`)
				mustEval[bool](t, ctx, `(()=>{ if (!window.axe) { (0, eval)(`+jsString(string(axe))+`); } return true; })()`)
				got := mustEval[[]violation](t, ctx, `axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ({
					id: v.id, impact: v.impact || '', help: v.help,
					nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\n').slice(0, 2).join(' ')),
				})))`)
				for _, v := range got {
					if v.Impact == "serious" || v.Impact == "critical" {
						t.Errorf("%s %s: %s — %s", v.Impact, v.ID, v.Help, strings.Join(v.Nodes, " | "))
					}
				}
				t.Logf("axe %s (%s): %d violations", path, theme, len(got))
			})
		}
	}
}

// TestBrowserHighlightScriptedKey: an h dispatched by a script on the
// document (an event with no element for its target) highlights the
// selection, and nothing throws.
func TestBrowserHighlightScriptedKey(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	mustOpen(t, ctx, srv.URL+"/")
	const text = "sovereignty is inalienable"
	mustEval[bool](t, ctx, selectJS(text, text))
	mustEval[bool](t, ctx, `(document.dispatchEvent(new KeyboardEvent('keydown', {key: 'h', bubbles: true})), true)`)
	wantMarkedIn(t, ctx, "the highlight", text)
}
