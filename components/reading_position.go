package components

import (
	"context"
	"errors"
	"time"

	"readwell/app/library"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// errUnchanged leaves an entry as it is (library.Store.Update writes nothing).
var errUnchanged = errors.New("unchanged")

// readingPosition remembers how far a saved article was read, and brings
// the reader back there when it is opened again.
type readingPosition struct {
	onScroll app.Func
	pending  float64
	saving   bool
	id       string
}

// scrollProgress is how far the page is scrolled, 0 to 1.
func scrollProgress() float64 {
	w := app.Window()
	doc := w.Get("document").Get("documentElement")
	room := doc.Get("scrollHeight").Float() - w.Get("innerHeight").Float()
	if room <= 0 {
		return 1
	}
	return min(1, max(0, w.Get("scrollY").Float()/room))
}

// restore scrolls to progress p (after the article is rendered).
func (rp *readingPosition) restore(p float64) {
	if p <= 0 || p >= 1 {
		return
	}
	w := app.Window()
	doc := w.Get("document").Get("documentElement")
	room := doc.Get("scrollHeight").Float() - w.Get("innerHeight").Float()
	w.Call("scrollTo", 0, p*room)
}

// start listens to scrolling for article id; saves happen at most every
// two seconds, off the UI goroutine.
func (rp *readingPosition) start(ctx app.Context, id string) {
	rp.stop()
	rp.id = id
	rp.onScroll = app.FuncOf(func(this app.Value, args []app.Value) any {
		rp.pending = scrollProgress()
		if !rp.saving {
			rp.saving = true
			ctx.After(2*time.Second, func(ctx app.Context) { rp.save(ctx) })
		}
		return nil
	})
	app.Window().Call("addEventListener", "scroll", rp.onScroll, map[string]any{"passive": true})
}

func (rp *readingPosition) save(ctx app.Context) {
	id, progress := rp.id, rp.pending
	ctx.Async(func() {
		defer ctx.Dispatch(func(ctx app.Context) { rp.saving = false })
		if sources.Library == nil || id == "" {
			return
		}
		sources.Library.Update(context.Background(), id, func(e *library.Entry) error {
			if e.Article.ID == "" || e.Progress == progress {
				return errUnchanged
			}
			e.Progress, e.UpdatedAt = progress, time.Now().UTC()
			if progress >= 0.98 {
				e.Read = true
			}
			return nil
		})
	})
}

// stop removes the listener and releases its callback.
func (rp *readingPosition) stop() {
	if rp.onScroll != nil {
		app.Window().Call("removeEventListener", "scroll", rp.onScroll)
		rp.onScroll.Release()
		rp.onScroll = nil
	}
}
