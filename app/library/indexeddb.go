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

// Database layout: database "readwell", object store "articles" keyed by
// "id". Each record holds the entry and its summary as JSON strings, so
// listing never decodes article bodies. Upgrades only ever add: a new
// version may create stores and indexes, never delete one.
const (
	dbName    = "readwell"
	dbVersion = 1
	storeName = "articles"
)

// IndexedDB is the browser's Store. Its methods block until the browser
// answers: call them off the UI goroutine (ctx.Async).
type IndexedDB struct {
	once sync.Once
	mu   sync.Mutex
	db   app.Value
	err  error
}

// NewIndexedDB returns a store that opens the database on first use.
func NewIndexedDB() *IndexedDB { return &IndexedDB{} }

func (s *IndexedDB) open() (app.Value, error) {
	s.once.Do(func() {
		idb := app.Window().Get("indexedDB")
		if !idb.Truthy() {
			s.err = ErrUnavailable
			return
		}
		req := idb.Call("open", dbName, dbVersion)
		upgrade := app.FuncOf(func(this app.Value, args []app.Value) any {
			db := req.Get("result")
			if !db.Get("objectStoreNames").Call("contains", storeName).Bool() {
				db.Call("createObjectStore", storeName, map[string]any{"keyPath": "id"})
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

// lose marks the connection closed: every later call answers err.
func (s *IndexedDB) lose(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.db, s.err = app.Null(), err
}

// transaction starts one on the articles store. A closed connection makes
// the browser throw, which syscall/js turns into a panic: it becomes an
// error here, never a crash.
func transaction(db app.Value, mode string) (tx app.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", ErrUnavailable, r)
		}
	}()
	return db.Call("transaction", storeName, mode), nil
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

// writeTx runs write in a read-write transaction and waits for it to
// commit: a write is saved only then. The handlers are set before write
// makes its requests, so no completion event can be missed.
func writeTx(db app.Value, write func(store app.Value)) error {
	tx, err := transaction(db, "readwrite")
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
	write(tx.Call("objectStore", storeName))
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
	entry, err := json.Marshal(e)
	if err != nil {
		return err
	}
	summary, _ := json.Marshal(Summarize(e))
	err = writeTx(db, func(store app.Value) {
		store.Call("put", map[string]any{
			"id":      e.Article.ID,
			"entry":   string(entry),
			"summary": string(summary),
		})
	})
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
	err = writeTx(db, func(store app.Value) {
		req := store.Call("get", id)
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
			var entry, summary []byte
			if changeErr == nil {
				entry, changeErr = json.Marshal(e)
				summary, _ = json.Marshal(Summarize(e))
			}
			if changeErr != nil {
				req.Get("transaction").Call("abort")
				return nil
			}
			result = e
			store.Call("put", map[string]any{"id": id, "entry": string(entry), "summary": string(summary)})
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

// Get returns the entry for id.
func (s *IndexedDB) Get(ctx context.Context, id string) (Entry, error) {
	db, err := s.open()
	if err != nil {
		return Entry{}, err
	}
	tx, err := transaction(db, "readonly")
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

// List returns every summary, newest first.
func (s *IndexedDB) List(ctx context.Context) ([]Summary, error) {
	db, err := s.open()
	if err != nil {
		return nil, err
	}
	tx, err := transaction(db, "readonly")
	if err != nil {
		return nil, err
	}
	all, err := await(tx.Call("objectStore", storeName).Call("getAll"))
	if err != nil {
		return nil, err
	}
	n := all.Get("length").Int()
	out := make([]Summary, 0, n)
	for i := 0; i < n; i++ {
		var sum Summary
		if err := json.Unmarshal([]byte(all.Index(i).Get("summary").String()), &sum); err != nil {
			continue // one unreadable record must not hide the others
		}
		out = append(out, sum)
	}
	SortNewestFirst(out)
	return out, nil
}

// Delete removes id.
func (s *IndexedDB) Delete(ctx context.Context, id string) error {
	db, err := s.open()
	if err != nil {
		return err
	}
	return writeTx(db, func(store app.Value) { store.Call("delete", id) })
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
