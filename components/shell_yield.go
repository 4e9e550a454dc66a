package components

import (
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Yield ends the browser's current task and returns in a later one, after
// the input, timers and rendering queued meanwhile. The client's start is
// otherwise one long task (Go's runtime, go-app's engine, the first render
// and the mount of the whole page): a phone could not answer a tap for most
// of a second. The first mount takes over the prerendered page in place
// (app/goapp-wasm.patch), node for node the same, so splitting it shows no
// flash; a later page is built apart and swapped in at once.
//
// The next task is a message to itself (a MessageChannel): a chain of
// setTimeout(0) is held back 4 ms a step once nested, which over the
// dozens of yields of a start would delay it for nothing.
//
// Never inside a JavaScript callback, which must not block: on the main
// goroutine (main, go-app's loop and its mounts) or in a ctx.Async
// goroutine. A no-op on the server.
func Yield() {
	if !app.IsClient {
		return
	}
	yieldOnce.Do(func() {
		channel := app.Window().Get("MessageChannel").New()
		channel.Get("port1").Set("onmessage", app.FuncOf(func(this app.Value, args []app.Value) any {
			yielded <- struct{}{}
			return nil
		}))
		yieldPort = channel.Get("port2")
	})
	yieldPort.Call("postMessage", nil)
	<-yielded
	sliceStart = time.Now()
}

var (
	yieldOnce sync.Once
	yieldPort app.Value
	yielded   = make(chan struct{}, 8) // a goroutine each, never full
)

// sliceStart is when the current task began, as far as the client knows:
// when the last Yield returned. Later, it is long past: a mount (a pasted
// article, another page) lets the browser in at its first yield point.
var sliceStart time.Time

// started is set when the page is ready (data-app="ready").
var started bool

// sliceBudget is how long the start runs before it lets the browser in:
// Lighthouse's mobile profile counts a phone four times slower than this
// machine, and what a task runs past 50 ms there blocks input (total
// blocking time). A yield costs well under a millisecond.
const sliceBudget = 12 * time.Millisecond

// yieldIfLong yields once the current task has run for sliceBudget. It is
// called only while a new part of a page is mounted (the OnInit of the
// shell, the article view, its text and blocks, the quotes panel and its
// quotations) and as the page's first handlers run (the reader's and the
// shell's OnMount, the reader's OnNav), which go-app does on the main
// goroutine, in main or in its loop: events meanwhile are queued there
// (go-app dispatches them), not run halfway through.
func yieldIfLong() {
	if app.IsClient && time.Since(sliceStart) >= sliceBudget {
		Yield()
	}
}

// OnInit lets the browser in before the shell and the page's content are
// mounted, if the start has run long (the route's page has rendered).
func (s *Shell) OnInit() {
	yieldIfLong()
}
