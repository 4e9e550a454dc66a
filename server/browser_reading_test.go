//go:build e2e

package main

import (
	"testing"
	"time"
)

// TestBrowserReadingSettings: settings apply at once, persist, and are in
// place before the first paint of the next page; the keyboard shortcuts
// work; the reading-progress bar follows the scroll.
func TestBrowserReadingSettings(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	open := func(path string) { t.Helper(); mustOpen(t, ctx, srv.URL+path) }
	attr := func(name string) string {
		t.Helper()
		return mustEval[string](t, ctx, `document.documentElement.getAttribute('`+name+`') || ''`)
	}
	open("/settings")
	if n := mustEval[int](t, ctx, `document.querySelectorAll('[data-page="settings"] h1').length`); n != 1 {
		t.Errorf("settings page has %d h1", n)
	}
	for _, choice := range []struct{ key, value string }{{"theme", "sepia"}, {"size", "4"}, {"family", "sans"}, {"width", "wide"}, {"spacing", "loose"}} {
		mustEval[bool](t, ctx, `(document.querySelector('[data-setting="`+choice.key+`"][data-value="`+choice.value+`"]').click(), true)`)
		mustWaitFor(t, ctx, choice.key+" applied", `document.documentElement.getAttribute('data-`+choice.key+`') === '`+choice.value+`'`, 5*time.Second)
	}
	open("/")
	if got := attr("data-theme") + " " + attr("data-size") + " " + attr("data-family"); got != "sepia 4 sans" {
		t.Errorf("settings after reload = %q, want sepia 4 sans", got)
	}
	size := mustEval[string](t, ctx, `getComputedStyle(document.querySelector('.body p')).fontSize`)
	if size != "24px" { // 1.5rem
		t.Errorf("body text size = %s, want 24px for size 5 of 7", size)
	}
	// No flash of the wrong theme: boot.js applies the settings from a
	// blocking script in <head>, before the body is parsed or painted.
	if !mustEval[bool](t, ctx, `(() => { const s = document.querySelector('head script[src="/web/boot.js"]');
		return !!s && !s.defer && !s.async; })()`) {
		t.Errorf("boot.js is not a blocking script in <head>")
	}

	t.Run("keyboard", func(t *testing.T) {
		press := func(key string) {
			mustEval[bool](t, ctx, `(document.body.dispatchEvent(new KeyboardEvent('keydown', {key: '`+key+`', bubbles: true})), true)`)
		}
		press("t")
		mustWaitFor(t, ctx, "t: next theme", `document.documentElement.dataset.theme === 'dark'`, 5*time.Second)
		press("-")
		mustWaitFor(t, ctx, "-: smaller", `document.documentElement.dataset.size === '3'`, 5*time.Second)
		press("+")
		mustWaitFor(t, ctx, "+: larger", `document.documentElement.dataset.size === '4'`, 5*time.Second)
		press("j")
		mustWaitFor(t, ctx, "j: scrolled", `scrollY > 0`, 5*time.Second)
		press("e")
		mustWaitFor(t, ctx, "e: a chip focused", `document.activeElement.hasAttribute('data-entity-chip')`, 5*time.Second)
		press("q")
		mustWaitFor(t, ctx, "q: the quotes panel focused", `!!document.activeElement.closest('[data-quotes-panel]')`, 5*time.Second)
		press("?")
		mustWaitFor(t, ctx, "?: the shortcuts", `!!document.querySelector('.shortcuts[role=dialog]')`, 5*time.Second)
		press("Escape")
		mustWaitFor(t, ctx, "Escape closes them", `!document.querySelector('.shortcuts')`, 5*time.Second)
		press("/")
		mustWaitFor(t, ctx, "/: library search", `document.activeElement && document.activeElement.id === 'library-search'`, 15*time.Second)
	})

	t.Run("read aloud where the browser can", func(t *testing.T) {
		open("/")
		if !mustEval[bool](t, ctx, `!!window.speechSynthesis`) {
			if n := mustEval[int](t, ctx, `document.querySelectorAll('[data-listen]').length`); n != 0 {
				t.Errorf("Listen shown without speech synthesis")
			}
			return
		}
		mustEval[bool](t, ctx, `(document.querySelector('[data-listen]').click(), true)`)
		mustEval[bool](t, ctx, `(speechSynthesis.cancel(), true)`)
		mustWaitFor(t, ctx, "back to Listen", `document.querySelector('[data-listen]').textContent === 'Listen'`, 10*time.Second)
	})

	t.Run("progress bar follows the scroll", func(t *testing.T) {
		open("/")
		mustEval[bool](t, ctx, `(window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2), true)`)
		mustWaitFor(t, ctx, "the bar about half way", `(() => {
			const m = new DOMMatrix(getComputedStyle(document.querySelector('.progress')).transform);
			return m.a > 0.4 && m.a < 0.6;
		})()`, 5*time.Second)
	})
}
