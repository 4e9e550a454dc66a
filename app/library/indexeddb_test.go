//go:build js && wasm

package library

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestIndexedDBStore runs the Store contract against the browser's
// IndexedDB. It runs inside Chromium: the browser test builds this
// package's test binary for js/wasm and loads it in a page.
func TestIndexedDBStore(t *testing.T) {
	s := NewIndexedDB()
	storeContract(t, s)
	t.Run("concurrent updates", func(t *testing.T) { concurrentUpdates(t, s) })
}

// TestIndexedDBUpgradeFromV1: a library written by version 1 of the
// database (one store, records holding the entry and its summary as JSON)
// opens at version 2 with every article listed, readable and changeable,
// and its articles records left exactly as they were.
func TestIndexedDBUpgradeFromV1(t *testing.T) {
	const name = "readwell-upgrade-from-v1"
	ctx := context.Background()
	a := mustEntry("a", "Tidal power returns", "Engineers in Cardiff revive a plan.", t0)
	a.Tags, a.Progress = []string{"energy"}, 0.25
	b := mustEntry("b", "Harbour reopens", "The harbour reopened on Monday.", t0.Add(time.Hour))
	var records []any
	for _, e := range []Entry{a, b} {
		entry, _ := json.Marshal(e)
		summary, _ := json.Marshal(Summarize(e))
		records = append(records, map[string]any{"id": e.Article.ID, "entry": string(entry), "summary": string(summary)})
	}
	// c: an unreadable entry whose version 1 summary still lists it;
	// d: nothing readable, never listed, but never dropped either.
	records = append(records,
		map[string]any{"id": "c", "entry": "{broken", "summary": `{"id":"c","title":"Half saved","savedAt":"2026-01-01T00:00:00Z","search":"half saved"}`},
		map[string]any{"id": "d", "entry": "{broken", "summary": "{broken"},
	)
	mustJS(t, `async (name, records) => {
		await new Promise((ok, fail) => { const r = indexedDB.deleteDatabase(name); r.onsuccess = ok; r.onerror = () => fail(r.error); });
		const db = await new Promise((ok, fail) => {
			const r = indexedDB.open(name, 1);
			r.onupgradeneeded = () => r.result.createObjectStore('articles', {keyPath: 'id'});
			r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error);
		});
		await new Promise((ok, fail) => {
			const tx = db.transaction('articles', 'readwrite');
			for (const rec of records) tx.objectStore('articles').put(rec);
			tx.oncomplete = ok; tx.onerror = tx.onabort = () => fail(tx.error);
		});
		db.close();
	}`, name, records)

	s := &IndexedDB{name: name}
	list, err := s.List(ctx)
	if err != nil {
		t.Fatalf("List after the upgrade: %v", err)
	}
	var ids []string
	for _, sum := range list {
		ids = append(ids, sum.ID)
	}
	if strings.Join(ids, " ") != "b a c" {
		t.Fatalf("List after the upgrade = %q, want b a c (newest first; d unreadable)", ids)
	}
	texts, err := s.SearchTexts(ctx)
	if err != nil || !WithSearchTexts(list, texts) {
		t.Fatalf("SearchTexts after the upgrade = %q, %v; want one for each listed", texts, err)
	}
	if got := list[1]; got.Title != a.Article.Title || len(got.Tags) != 1 || got.Progress != 0.25 || !strings.Contains(got.Search, "cardiff") {
		t.Errorf("a's summary after the upgrade = %+v", got)
	}
	if got := list[2].Search; got != "half saved" {
		t.Errorf("c's search text after the upgrade = %q, want version 1's", got)
	}
	if got, err := s.Get(ctx, "a"); err != nil || got.Article.Blocks[0].Text != a.Article.Blocks[0].Text || got.Tags[0] != "energy" {
		t.Errorf("Get(a) after the upgrade = %+v, %v", got, err)
	}
	if hits := Search(list, "harbour monday"); len(hits) != 1 || hits[0].ID != "b" {
		t.Errorf("Search after the upgrade = %+v, want b", hits)
	}
	// The articles store is as version 1 left it, and the version is 2.
	raw := mustJS(t, `async (name) => {
		const db = await new Promise((ok, fail) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
		const recs = await new Promise((ok, fail) => { const r = db.transaction('articles').objectStore('articles').getAll(); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
		const out = {version: db.version, stores: [...db.objectStoreNames].join(' '), records: JSON.stringify(recs.map(r => [Object.keys(r).sort().join(','), r.id, r.entry, r.summary]))};
		db.close();
		return out;
	}`, name)
	var kept [][]any // in key order, as getAll answers
	for _, r := range records {
		m := r.(map[string]any)
		kept = append(kept, []any{"entry,id,summary", m["id"], m["entry"], m["summary"]})
	}
	want, _ := json.Marshal(kept)
	if v := raw.Get("version").Int(); v != 2 {
		t.Errorf("database version %d after the upgrade, want 2", v)
	}
	if got := raw.Get("stores").String(); got != "articles search summaries" {
		t.Errorf("stores after the upgrade: %q, want articles search summaries", got)
	}
	if got := raw.Get("records").String(); got != string(want) {
		t.Errorf("the articles records changed in the upgrade:\n got %s\nwant %s", got, want)
	}
	// Writes after the upgrade reach both stores; a second page opens the
	// upgraded database as it is.
	if _, err := s.Update(ctx, "b", func(e *Entry) error { e.Tags = []string{"port"}; return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	again := &IndexedDB{name: name}
	list, err = again.List(ctx)
	if err != nil || len(list) != 2 || list[0].ID != "b" || len(list[0].Tags) != 1 || list[0].Tags[0] != "port" || list[1].ID != "c" {
		t.Errorf("List in a second connection = %+v, %v; want b tagged port, then c", list, err)
	}
	for _, st := range []*IndexedDB{s, again} {
		if db, err := st.open(); err == nil {
			db.Call("close")
		}
	}
	app.Window().Get("indexedDB").Call("deleteDatabase", name)
}

// mustJS calls the JavaScript function src with args and waits for what
// it returns (or the promise it returns) to settle.
func mustJS(t *testing.T, src string, args ...any) app.Value {
	t.Helper()
	call := app.Window().Call("eval", `(f => (...a) => Promise.resolve().then(() => f(...a)).then(v => ({ok: v}), e => ({err: String(e)})))(`+src+`)`)
	done := make(chan app.Value, 1)
	call.Invoke(args...).Then(func(v app.Value) { done <- v })
	select {
	case v := <-done:
		if e := v.Get("err"); e.Truthy() {
			t.Fatalf("script failed: %s", e.String())
		}
		return v.Get("ok")
	case <-time.After(30 * time.Second):
		t.Fatal("script: no answer in 30 s")
	}
	return nil
}
