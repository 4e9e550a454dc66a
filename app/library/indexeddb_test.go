//go:build js && wasm

package library

import "testing"

// TestIndexedDBStore runs the Store contract against the browser's
// IndexedDB. It runs inside Chromium: the browser test builds this
// package's test binary for js/wasm and loads it in a page.
func TestIndexedDBStore(t *testing.T) {
	s := NewIndexedDB()
	storeContract(t, s)
	t.Run("concurrent updates", func(t *testing.T) { concurrentUpdates(t, s) })
}
