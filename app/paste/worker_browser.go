//go:build js && wasm

package paste

import (
	"context"
	"fmt"
	"sync"

	"readwell/app/article"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// workerURL is the pipeline worker's script. The service worker keeps it,
// and the wasm it loads, with the app shell (server: CacheableResources).
const workerURL = "/web/pipeline-worker.js"

// pipelineWorker is one running Web Worker and the requests waiting for it.
type pipelineWorker struct {
	js                 app.Value
	pending            map[int]chan reply
	onMessage, onError app.Func
}

// reply is one answer: the Article's JSON, or an error's text.
type reply struct {
	data []byte
	err  string
}

var (
	mu      sync.Mutex
	current *pipelineWorker // started by the first paste; nil after a failure
	lastID  int
)

// read posts one request to the worker, starting it if need be, and waits
// for its answer or for ctx. The reader's page stays live meanwhile: the
// work is on the worker's thread, this goroutine only waits.
func read(ctx context.Context, kind, input string) (article.Article, error) {
	mu.Lock()
	if current == nil {
		w, err := startWorker()
		if err != nil {
			mu.Unlock()
			return article.Article{}, err
		}
		current = w
	}
	w := current
	lastID++
	id := lastID
	answer := make(chan reply, 1)
	w.pending[id] = answer
	mu.Unlock()

	w.js.Call("postMessage", map[string]any{"id": id, "kind": kind, "input": input})
	select {
	case r := <-answer:
		return decode(r.data, r.err)
	case <-ctx.Done():
		// The pipeline is bounded, but a page the reader has given up on
		// should not keep a core busy: this worker goes, the next paste
		// starts another.
		stopWorker(w, "paste: reading stopped")
		return article.Article{}, fmt.Errorf("paste: reading the page took too long: %w", ctx.Err())
	}
}

// startWorker creates the Web Worker and its listeners; mu is held.
func startWorker() (*pipelineWorker, error) {
	ctor := app.Window().Get("Worker")
	if !ctor.Truthy() {
		return nil, ErrNoWorker
	}
	w := &pipelineWorker{js: ctor.New(workerURL), pending: make(map[int]chan reply)}
	w.onMessage = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := args[0].Get("data")
		var r reply
		// The JSON comes as UTF-8 bytes (a transferred Uint8Array, from
		// the pipeline wasm of the same version): copied as they are,
		// where a string of a long article took as long to convert into
		// Go as it took to decode.
		if v := msg.Get("article"); v.Type() == app.TypeObject {
			r.data = make([]byte, v.Get("byteLength").Int())
			app.CopyBytesToGo(r.data, v)
		}
		if v := msg.Get("error"); v.Type() == app.TypeString {
			r.err = v.String()
		} else if len(r.data) == 0 {
			r.err = "paste: the worker gave no answer"
		}
		id := msg.Get("id").Int()
		mu.Lock()
		answer := w.pending[id]
		delete(w.pending, id)
		mu.Unlock()
		if answer != nil {
			answer <- r
		}
		return nil
	})
	// An error event: the script could not load (offline before it was
	// ever kept) or threw. Every waiting request fails; the next paste
	// tries a new worker.
	w.onError = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			args[0].Call("preventDefault")
		}
		go stopWorker(w, "paste: the page reader could not start; check your connection and try again")
		return nil
	})
	w.js.Call("addEventListener", "message", w.onMessage)
	w.js.Call("addEventListener", "error", w.onError)
	return w, nil
}

// stopWorker ends w and fails what still waits for it with errText.
func stopWorker(w *pipelineWorker, errText string) {
	mu.Lock()
	if current == w {
		current = nil
	}
	pending := w.pending
	w.pending = make(map[int]chan reply)
	mu.Unlock()
	for _, answer := range pending {
		answer <- reply{err: errText}
	}
	w.js.Call("terminate")
	w.js.Call("removeEventListener", "message", w.onMessage)
	w.js.Call("removeEventListener", "error", w.onError)
	w.onMessage.Release()
	w.onError.Release()
}
