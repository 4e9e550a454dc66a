//go:build js && wasm

package main

import (
	"readwell/app/seed"
	"readwell/components"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// inCompileWorker reports whether this instance runs in the compile
// worker (web/app-compile.js), which has no document of its own.
func inCompileWorker() bool {
	return app.Window().Get("readwellCompileWorker").Truthy()
}

// warmUp draws the reader's page once, in the compile worker, against the
// stand-in document the worker gives it. Browsers compile a wasm function
// the first time it runs, on the thread that runs it, and share compiled
// code between the page and its workers: what runs here is compiled here,
// and the page's own start, which runs the same code, finds it done. A
// stand-in that lacks something makes the warm-up stop early, which only
// leaves more for the page to compile.
func warmUp() {
	defer func() { _ = recover() }()
	components.Register(components.Sources{Default: seed.Article})
	e := app.NewTestEngine()
	if err := e.Load(&components.ReaderPage{}); err != nil {
		return
	}
	e.ConsumeAll()
}
