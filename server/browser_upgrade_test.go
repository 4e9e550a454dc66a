//go:build e2e

package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"readwell/app/library"
	"readwell/app/seed"

	"github.com/chromedp/chromedp"
)

// TestBrowserUpgradeInAnotherTab: a newer Readwell in another tab opens
// the library at a higher version (3: this one is 2). This page must let go of its
// connection (or that upgrade is blocked until this tab closes), then say
// to reload instead of failing blindly or crashing.
func TestBrowserUpgradeInAnotherTab(t *testing.T) {
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	mustOpen(t, ctx, srv.URL+"/library")
	mustWaitFor(t, ctx, "the library open", `!!document.querySelector('[data-page="library"] .empty')`, 10*time.Second)

	got := mustEval[string](t, ctx, `new Promise(resolve => {
		const req = indexedDB.open('readwell', 3);
		req.onblocked = () => resolve('blocked');
		req.onsuccess = () => { req.result.close(); resolve('upgraded'); };
		req.onerror = () => resolve('error: ' + req.error);
		setTimeout(() => resolve('no answer in 10 s'), 10000);
	})`)
	if got != "upgraded" {
		t.Fatalf("opening the library at version 3 elsewhere: %s, want upgraded", got)
	}
	// The page goes on, in the client (no reload): the library says why
	// it cannot list, and how to go on.
	mustClick(t, ctx, `.topbar a[href="/add"]`)
	mustWaitFor(t, ctx, "the add page", `!!document.querySelector('[data-page="add"]')`, 10*time.Second)
	mustClick(t, ctx, `.topbar a[href="/library"]`)
	mustWaitFor(t, ctx, "the reload message", `(document.querySelector('[data-page="library"] [role=alert]') || {}).textContent === 'Readwell was updated in another tab; reload this page to go on'`, 10*time.Second)
}

// TestBrowserUpgradeFromV1: a library saved by the Readwell of database
// version 1 (one store, "articles") opens in this one: listed, searchable,
// tagged, readable, and its articles records untouched by the upgrade.
func TestBrowserUpgradeFromV1(t *testing.T) {
	a, err := seed.Article()
	if err != nil {
		t.Fatal(err)
	}
	e := library.Entry{Article: a, SavedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Tags: []string{"kept"}}
	e.UpdatedAt = e.SavedAt
	entry, _ := json.Marshal(e)
	summary, _ := json.Marshal(library.Summarize(e))
	records, _ := json.Marshal([]map[string]string{{"id": a.ID, "entry": string(entry), "summary": string(summary)}})

	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	// A page of the origin that runs no app: the version 1 database is
	// written as version 1 wrote it.
	mustDo(t, ctx, "open a page of the origin", chromedp.Navigate(srv.URL+"/healthz"))
	mustEval[bool](t, ctx, `(async () => {
		const db = await new Promise((ok, fail) => {
			const r = indexedDB.open('readwell', 1);
			r.onupgradeneeded = () => r.result.createObjectStore('articles', {keyPath: 'id'});
			r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error);
		});
		await new Promise((ok, fail) => {
			const tx = db.transaction('articles', 'readwrite');
			for (const rec of `+string(records)+`) tx.objectStore('articles').put(rec);
			tx.oncomplete = ok; tx.onerror = tx.onabort = () => fail(tx.error);
		});
		db.close();
		return true;
	})()`)

	mustOpen(t, ctx, srv.URL+"/library")
	row := `document.querySelector('.library-item[data-id=` + strconv.Quote(a.ID) + `]')`
	mustWaitFor(t, ctx, "the version 1 article listed", `!!`+row+` && `+row+`.querySelector('.title').textContent === `+strconv.Quote(a.Title), 10*time.Second)
	if tags := mustEval[string](t, ctx, row+`.textContent`); !strings.Contains(tags, "kept") {
		t.Errorf("the upgraded row does not show its tag: %q", tags)
	}
	// Search finds it by its text (read from the store the upgrade filled).
	query := strings.Join(strings.Fields(a.Blocks[len(a.Blocks)-1].Text)[:2], " ")
	mustEval[bool](t, ctx, `(() => { const el = document.querySelector('#library-search'); el.value = `+strconv.Quote(query)+`;
		el.dispatchEvent(new Event('input', {bubbles: true})); return true; })()`)
	mustWaitFor(t, ctx, "the article found by its text", `(document.querySelector('.library-list') || {}).dataset?.query === `+strconv.Quote(query)+` && document.querySelectorAll('.library-item').length === 1`, 10*time.Second)
	mustClick(t, ctx, `.library-item[data-id=`+strconv.Quote(a.ID)+`] a.title`)
	mustWaitFor(t, ctx, "the article's text", `document.querySelectorAll('article [data-block]').length === `+strconv.Itoa(len(a.Blocks)), 10*time.Second)

	got := mustEval[map[string]any](t, ctx, `(async () => {
		const db = await new Promise((ok, fail) => { const r = indexedDB.open('readwell'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
		const recs = await new Promise((ok, fail) => { const r = db.transaction('articles').objectStore('articles').getAll(); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
		const out = {version: db.version, stores: [...db.objectStoreNames].join(' '), records: recs};
		db.close();
		return out;
	})()`)
	if got["version"] != float64(2) || got["stores"] != "articles search summaries" {
		t.Errorf("after the upgrade: version %v, stores %q; want 2, articles search summaries", got["version"], got["stores"])
	}
	kept, _ := json.Marshal(got["records"])
	var want any
	json.Unmarshal(records, &want)
	if w, _ := json.Marshal(want); string(w) != string(kept) {
		t.Errorf("the articles records changed in the upgrade:\n got %.300s\nwant %.300s", kept, w)
	}
}
