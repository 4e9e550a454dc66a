package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// markAppReady sets <html data-app="ready"> (DESIGN.md §5): the live client
// has rendered the current page's route state. Pages call it through
// ctx.Defer once their content, or their error, is on screen; the
// prerendered HTML never carries it, so tests tell the two apart.
//
// It also leaves a "readwell-ready" User Timing mark: the time from the
// start of navigation to a live page, the same measure in every engine
// (the browser tests print it; DevTools shows it in its timeline).
func markAppReady(ctx app.Context) {
	started = true
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app", "ready")
	MarkTiming("readwell-ready")
}

// MarkTiming leaves a User Timing mark of that name, where the browser has
// User Timing (the start's steps: server/loader.js marks the loader's,
// app/main.go "readwell-main", markAppReady "readwell-ready").
func MarkTiming(name string) {
	if perf := app.Window().Get("performance"); perf.Truthy() && perf.Get("mark").Truthy() {
		perf.Call("mark", name)
	}
}

// markUnattributed gives unattributed quotations data-speaker="" (DESIGN.md
// §5). go-app cannot render an empty attribute value, so the page sets it
// once its quotes are in the DOM.
func markUnattributed(ctx app.Context) {
	list := app.Window().Get("document").Call("querySelectorAll", "q[data-unattributed]")
	for i := 0; i < list.Get("length").Int(); i++ {
		list.Call("item", i).Call("setAttribute", "data-speaker", "")
	}
}
