package components

import (
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Yield ends the browser's current task and returns in a later one, after
// the input, timers and rendering queued meanwhile. The client's start is
// otherwise one long task (Go's runtime, go-app's engine, the first render
// and the mount of the whole page): a phone could not answer a tap for most
// of a second. The page it replaces stays on screen until the mount is done
// (go-app swaps it in at once), so splitting shows no flash.
//
// Only on the main goroutine outside any JavaScript callback (main, and
// go-app's mount, which runs there): a callback that blocks stops the page.
// A no-op on the server.
func Yield() {
	if !app.IsClient {
		return
	}
	done := make(chan struct{})
	var f app.Func
	f = app.FuncOf(func(this app.Value, args []app.Value) any {
		f.Release()
		close(done)
		return nil
	})
	app.Window().Call("setTimeout", f, 0)
	<-done
}

// firstMount splits the first page's mount once: the route's page has
// rendered (its article read), the shell and the content are yet to be
// built.
var firstMount sync.Once

// OnInit, on the client's first page, yields before the shell and the
// page's content are mounted (see Yield).
func (s *Shell) OnInit() {
	firstMount.Do(Yield)
}
