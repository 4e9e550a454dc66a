//go:build js && wasm

package main

import (
	"readwell/app/seed"
	"readwell/components"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// inCompileWorker reports whether this instance runs in the compile
// worker (web/app-compile.js) to warm the client up, not in the page.
func inCompileWorker() bool {
	return app.Window().Get("readwellCompileWorker").Truthy()
}

// warmUp starts the client as the page does, against the stand-ins the
// compile worker gives it (a document that keeps nothing, the reader's
// address, an empty localStorage), until the reader is ready. Browsers
// compile a wasm function the first time it runs, on the thread that runs
// it, and share compiled code between the page and its workers: what runs
// here is compiled here, and the page's own start finds it done. It has no
// library: nothing it does is kept. A stand-in that lacks something makes
// the warm-up stop early, which only leaves more for the page to compile.
func warmUp() {
	app.Window().Call("readwellWarming") // the worker times Go's start
	components.Register(components.Sources{Default: seed.Article})
	app.RunWhenOnBrowser()
}
