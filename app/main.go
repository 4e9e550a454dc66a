//go:build js && wasm

// Command app is Readwell's browser client, built with GOOS=js GOARCH=wasm.
// It only wires things: the route table from components, articles from the
// embedded seed, then go-app's event loop. It links no extraction or
// annotation: pasted pages are read by the pipeline worker (app/worker,
// through app/paste), URLs by the server (app/remote).
package main

import (
	"context"
	"runtime/debug"

	"readwell/app/article"
	"readwell/app/library"
	"readwell/app/paste"
	"readwell/app/remote"
	"readwell/app/seed"
	"readwell/components"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	// Where Go's own start (runtime, package inits) ends and the client's
	// begins, for the start's steps the engine matrix prints.
	components.MarkTiming("readwell-main")
	// Go's collector runs on the page's only thread, a long task each
	// cycle (100-200 ms while a pasted 10,000-word article is mounted): a
	// heap three times the live one instead of twice (a few MB more) halves
	// the cycles.
	debug.SetGCPercent(200)
	if inCompileWorker() {
		warmUp() // never returns: the worker ends it
	}
	// Go's start (its runtime, every package's init) is one task the page
	// cannot interrupt; after it, each step of the client's start is a task
	// of its own (components.Yield): the routes, then go-app's engine and
	// the first page, whose mount yields as it goes. (The default article
	// is a Go literal, app/seed: nothing to decode.)
	components.Yield()
	lib := library.NewIndexedDB()
	lib.Pause = components.Yield
	components.Register(components.Sources{
		Default: seed.Article,
		Extract: extract,
		Library: lib,
	})
	components.Yield()
	app.RunWhenOnBrowser()
}

// extract reads what the add page gives: pasted HTML and text on this
// device, in the pipeline worker (offline too), URLs through the server.
func extract(ctx context.Context, in components.Input) (article.Article, error) {
	switch {
	case in.URL != "":
		return remote.Client{}.Extract(ctx, in.URL)
	case in.HTML != "":
		return paste.HTML(ctx, in.HTML)
	default:
		return paste.Text(ctx, in.Text)
	}
}
