//go:build js && wasm

package library

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Database layout, database "readwell":
//   - version 1: object store "articles" keyed by "id"; each record holds
//     the entry as JSON ("entry"; records written by version 1 also hold
//     their summary, "summary", which nothing reads any more).
//   - version 2: object stores "summaries" and "search" keyed by "id",
//     one record of each per article: the summary as JSON without its
//     search text ("summary"), and the search text ("text"). Listing reads
//     the summaries alone, no article bodies and no texts (at 1,000
//     articles: 17 MB of entries, 5 MB of texts, 0.3 MB of summaries);
//     search reads the texts. The upgrade fills both from the articles,
//     which it leaves as they are.
//
// Every write changes the three stores in one transaction. Upgrades only
// ever add: a new version may create stores and indexes, never delete one.
const (
	dbName       = "readwell"
	dbVersion    = 2
	storeName    = "articles"
	summaryStore = "summaries"
	searchStore  = "search"
)

// IndexedDB is the browser's Store. Its methods block until the browser
// answers: call them off the UI goroutine (ctx.Async).
type IndexedDB struct {
	name string
	once sync.Once
	mu   sync.Mutex
	db   app.Value
	err  error
	// Pause, when set, lets the page in between the pieces of a long
	// read (SearchTexts copies megabytes of text into Go): the client
	// sets it to components.Yield.
	Pause func()
}

// textsPerPause is how many search texts SearchTexts copies between two
// Pauses: about 250 KB, a few milliseconds.
const textsPerPause = 50

// NewIndexedDB returns a store that opens the database on first use.
func NewIndexedDB() *IndexedDB { return &IndexedDB{name: dbName} }

func (s *IndexedDB) open() (app.Value, error) {
	s.once.Do(func() {
		idb := app.Window().Get("indexedDB")
		if !idb.Truthy() {
			s.err = ErrUnavailable
			return
		}
		req := idb.Call("open", s.name, dbVersion)
		var fill *summaryFill
		upgrade := app.FuncOf(func(this app.Value, args []app.Value) any {
			db := req.Get("result")
			names := db.Get("objectStoreNames")
			if !names.Call("contains", storeName).Bool() {
				db.Call("createObjectStore", storeName, map[string]any{"keyPath": "id"})
			}
			if !names.Call("contains", summaryStore).Bool() {
				// Version 1 to 2: both stores are made and filled at once.
				db.Call("createObjectStore", summaryStore, map[string]any{"keyPath": "id"})
				db.Call("createObjectStore", searchStore, map[string]any{"keyPath": "id"})
				fill = fillSummaries(req.Get("transaction"))
			}
			return nil
		})
		blocked := app.FuncOf(func(this app.Value, args []app.Value) any {
			app.Log("library: database upgrade waits for another Readwell tab to close")
			return nil
		})
		req.Set("onupgradeneeded", upgrade)
		req.Set("onblocked", blocked)
		db, err := await(req)
		upgrade.Release()
		blocked.Release()
		if fill != nil {
			fill.release()
		}
		if err != nil {
			s.err = fmt.Errorf("%w (%v)", ErrUnavailable, err)
			return
		}
		// Another tab with a newer version asks this one to let go: close,
		// or its upgrade waits (blocked) until this tab is closed. From then
		// on this page says to reload. The browser may also close the
		// connection itself (site data cleared). Both callbacks live as
		// long as the page.
		db.Set("onversionchange", app.FuncOf(func(this app.Value, args []app.Value) any {
			db.Call("close")
			s.lose(ErrReplaced)
			return nil
		}))
		db.Set("onclose", app.FuncOf(func(this app.Value, args []app.Value) any {
			s.lose(fmt.Errorf("%w (the browser closed it; reload this page)", ErrUnavailable))
			return nil
		}))
		s.mu.Lock()
		s.db = db
		s.mu.Unlock()
	})
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.db, s.err
}

// summaryFill walks the articles in the upgrade transaction and writes
// each one's summary and search text. A failed write aborts the upgrade: the database
// stays as it was, and opening it fails.
type summaryFill struct{ onNext app.Func }

func fillSummaries(tx app.Value) *summaryFill {
	articles := tx.Call("objectStore", storeName)
	summaries, search := tx.Call("objectStore", summaryStore), tx.Call("objectStore", searchStore)
	cursor := articles.Call("openCursor")
	f := &summaryFill{}
	f.onNext = app.FuncOf(func(this app.Value, args []app.Value) any {
		c := cursor.Get("result")
		if !c.Truthy() {
			return nil // every article is done
		}
		if sum, ok := summaryOfRecord(c.Get("value")); ok {
			summary, text := summaryRecords(sum)
			summaries.Call("put", summary)
			search.Call("put", text)
		}
		c.Call("continue")
		return nil
	})
	cursor.Set("onsuccess", f.onNext)
	return f
}

func (f *summaryFill) release() { f.onNext.Release() }

// summaryOfRecord derives the summary of an articles record from its
// entry, as the current Summarize does; a record whose entry is unreadable
// keeps the summary version 1 stored beside it, so that it is listed (and
// can be deleted) as before.
func summaryOfRecord(rec app.Value) (Summary, bool) {
	if v := rec.Get("entry"); v.Type() == app.TypeString {
		var e Entry
		if json.Unmarshal([]byte(v.String()), &e) == nil && e.Article.ID != "" {
			return Summarize(e), true
		}
	}
	if v := rec.Get("summary"); v.Type() == app.TypeString {
		var sum Summary
		if json.Unmarshal([]byte(v.String()), &sum) == nil && sum.ID != "" {
			return sum, true
		}
	}
	return Summary{}, false
}

// summaryRecords are the records of sum in the summaries and search
// stores: the search text, most of a summary's size, apart.
func summaryRecords(sum Summary) (summary, text map[string]any) {
	search := sum.Search
	sum.Search = ""
	data, _ := json.Marshal(sum)
	return map[string]any{"id": sum.ID, "summary": string(data)}, map[string]any{"id": sum.ID, "text": search}
}

// records are the records of e in the three stores.
type records struct{ entry, summary, text map[string]any }

func entryRecords(e Entry) (records, error) {
	data, err := json.Marshal(e)
	if err != nil {
		return records{}, err
	}
	summary, text := summaryRecords(Summarize(e))
	return records{map[string]any{"id": e.Article.ID, "entry": string(data)}, summary, text}, nil
}

// put writes r in tx's three stores.
func (r records) put(tx stores) {
	tx.articles.Call("put", r.entry)
	tx.summaries.Call("put", r.summary)
	tx.search.Call("put", r.text)
}

// stores are a transaction's three stores.
type stores struct{ articles, summaries, search app.Value }

// lose marks the connection closed: every later call answers err.
func (s *IndexedDB) lose(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.db, s.err = app.Null(), err
}

// transaction starts one on the named stores. A closed connection makes
// the browser throw, which syscall/js turns into a panic: it becomes an
// error here, never a crash.
func transaction(db app.Value, mode string, stores ...any) (tx app.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", ErrUnavailable, r)
		}
	}()
	return db.Call("transaction", stores, mode), nil
}

type jsResult struct {
	v   app.Value
	err error
}

// await waits for an IDBRequest to succeed or fail.
func await(req app.Value) (app.Value, error) {
	done := make(chan jsResult, 1)
	onOK := app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- jsResult{v: req.Get("result")}
		return nil
	})
	onErr := app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- jsResult{err: domError(req.Get("error"))}
		return nil
	})
	req.Set("onsuccess", onOK)
	req.Set("onerror", onErr)
	// The Go scheduler may have let the browser run since the request was
	// made: if it finished already, its event is gone.
	if req.Get("readyState").String() == "done" {
		if e := req.Get("error"); e.Truthy() {
			done <- jsResult{err: domError(e)}
		} else {
			done <- jsResult{v: req.Get("result")}
		}
	}
	r := <-done
	onOK.Release()
	onErr.Release()
	return r.v, r.err
}

// writeTx runs write in a read-write transaction on the three stores and
// waits for it to commit: a write is saved only then. The handlers are set
// before write makes its requests, so no completion event can be missed.
func writeTx(db app.Value, write func(tx stores)) error {
	tx, err := transaction(db, "readwrite", storeName, summaryStore, searchStore)
	if err != nil {
		return err
	}
	done := make(chan error, 2)
	onComplete := app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- nil
		return nil
	})
	onFail := app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- domError(tx.Get("error"))
		return nil
	})
	tx.Set("oncomplete", onComplete)
	tx.Set("onerror", onFail)
	tx.Set("onabort", onFail)
	write(stores{tx.Call("objectStore", storeName), tx.Call("objectStore", summaryStore), tx.Call("objectStore", searchStore)})
	err = <-done
	onComplete.Release()
	onFail.Release()
	return err
}

// domError maps a DOMException to the package's errors.
func domError(e app.Value) error {
	if !e.Truthy() {
		return errors.New("library: storage failed")
	}
	name := e.Get("name").String()
	switch name {
	case "QuotaExceededError":
		return ErrQuota
	case "InvalidStateError", "SecurityError", "UnknownError":
		return fmt.Errorf("%w: %s", ErrUnavailable, e.Get("message").String())
	}
	return fmt.Errorf("library: %s: %s", name, e.Get("message").String())
}

// Put saves e and asks the browser to keep the site's storage.
func (s *IndexedDB) Put(ctx context.Context, e Entry) error {
	db, err := s.open()
	if err != nil {
		return err
	}
	recs, err := entryRecords(e)
	if err != nil {
		return err
	}
	err = writeTx(db, recs.put)
	if err != nil {
		return err
	}
	requestPersistence()
	return nil
}

// Update reads, changes and writes the entry id in one read-write
// transaction: the change runs inside the read's success event, while the
// transaction is still active, so no other tab's write can come between.
func (s *IndexedDB) Update(ctx context.Context, id string, change func(e *Entry) error) (Entry, error) {
	db, err := s.open()
	if err != nil {
		return Entry{}, err
	}
	var (
		result    Entry
		changeErr error
		onGet     app.Func
	)
	err = writeTx(db, func(tx stores) {
		req := tx.articles.Call("get", id)
		onGet = app.FuncOf(func(this app.Value, args []app.Value) any {
			var e Entry
			if rec := req.Get("result"); rec.Truthy() {
				if err := json.Unmarshal([]byte(rec.Get("entry").String()), &e); err != nil {
					changeErr = fmt.Errorf("library: saved article %s is unreadable: %w", id, err)
				}
			}
			if changeErr == nil {
				changeErr = change(&e)
			}
			if changeErr == nil && e.Article.ID == "" {
				changeErr = ErrNotFound
			}
			if changeErr == nil && e.Article.ID != id {
				changeErr = errChangedID
			}
			var recs records
			if changeErr == nil {
				recs, changeErr = entryRecords(e)
			}
			if changeErr != nil {
				req.Get("transaction").Call("abort")
				return nil
			}
			result = e
			recs.put(tx)
			return nil
		})
		req.Set("onsuccess", onGet)
	})
	if onGet != nil {
		onGet.Release()
	}
	if changeErr != nil {
		return Entry{}, changeErr
	}
	if err != nil {
		return Entry{}, err
	}
	requestPersistence()
	return result, nil
}

// Get returns the entry for id: the one read of an article's body.
func (s *IndexedDB) Get(ctx context.Context, id string) (Entry, error) {
	db, err := s.open()
	if err != nil {
		return Entry{}, err
	}
	tx, err := transaction(db, "readonly", storeName)
	if err != nil {
		return Entry{}, err
	}
	rec, err := await(tx.Call("objectStore", storeName).Call("get", id))
	if err != nil {
		return Entry{}, err
	}
	if !rec.Truthy() {
		return Entry{}, ErrNotFound
	}
	var e Entry
	if err := json.Unmarshal([]byte(rec.Get("entry").String()), &e); err != nil {
		return Entry{}, fmt.Errorf("library: saved article %s is unreadable: %w", id, err)
	}
	return e, nil
}

// List returns every summary, newest first, from the summaries store
// alone: no article body is read, and no search text (Search is empty).
func (s *IndexedDB) List(ctx context.Context) ([]Summary, error) {
	all, n, err := s.readAll(summaryStore)
	if err != nil {
		return nil, err
	}
	out := make([]Summary, 0, n)
	for i := 0; i < n; i++ {
		rec := all.Index(i)
		var sum Summary
		if err := json.Unmarshal([]byte(rec.Get("summary").String()), &sum); err != nil {
			continue // one unreadable record must not hide the others
		}
		out = append(out, sum)
	}
	SortNewestFirst(out)
	return out, nil
}

// SearchTexts answers every article's search text by id.
func (s *IndexedDB) SearchTexts(ctx context.Context) (map[string]string, error) {
	all, n, err := s.readAll(searchStore)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, n)
	for i := 0; i < n; i++ {
		if i > 0 && i%textsPerPause == 0 && s.Pause != nil {
			s.Pause()
		}
		rec := all.Index(i)
		if text := rec.Get("text"); text.Type() == app.TypeString {
			out[rec.Get("id").String()] = text.String()
		}
	}
	return out, nil
}

// readAll answers every record of one store, and how many there are, in
// a read-only transaction of its own.
func (s *IndexedDB) readAll(store string) (all app.Value, n int, err error) {
	db, err := s.open()
	if err != nil {
		return nil, 0, err
	}
	tx, err := transaction(db, "readonly", store)
	if err != nil {
		return nil, 0, err
	}
	all, err = await(tx.Call("objectStore", store).Call("getAll"))
	if err != nil {
		return nil, 0, err
	}
	return all, all.Get("length").Int(), nil
}

// Delete removes id.
func (s *IndexedDB) Delete(ctx context.Context, id string) error {
	db, err := s.open()
	if err != nil {
		return err
	}
	return writeTx(db, func(tx stores) {
		tx.articles.Call("delete", id)
		tx.summaries.Call("delete", id)
		tx.search.Call("delete", id)
	})
}

var persistOnce sync.Once

// requestPersistence asks, once, that the browser not evict the library
// under storage pressure (DESIGN.md §6).
func requestPersistence() {
	persistOnce.Do(func() {
		storage := app.Window().Get("navigator").Get("storage")
		if storage.Truthy() && storage.Get("persist").Truthy() {
			storage.Call("persist")
		}
	})
}
