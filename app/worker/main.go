//go:build js && wasm

// Command worker is Readwell's reading pipeline for the browser, built with
// GOOS=js GOARCH=wasm into web/pipeline.wasm and run in a dedicated Web
// Worker by web/pipeline-worker.js: extraction and annotation (goquery,
// the models' weights) stay out of the UI wasm and their work off the UI
// thread. It is pure Go, without go-app: it only answers requests.
//
// It lives under app/ beside the client's main because it is the client's
// other half, built from the same core packages for the same target; the
// server runs those packages natively.
package main

import (
	"context"
	"syscall/js"
)

func main() {
	// readwellPipeline(kind, input) reads a pasted page and returns
	// {article: JSON} or {error: message}; pipeline-worker.js calls it
	// for each message. The Func lives as long as the worker.
	js.Global().Set("readwellPipeline", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString {
			return map[string]any{"error": "worker: want a kind and an input"}
		}
		data, err := answer(context.Background(), args[0].String(), args[1].String())
		if err != nil {
			return map[string]any{"error": err.Error()}
		}
		// UTF-8 bytes, which the worker's script transfers to the page
		// (app/paste copies them into Go as they are).
		bytes := js.Global().Get("Uint8Array").New(len(data))
		js.CopyBytesToJS(bytes, data)
		return map[string]any{"article": bytes}
	}))
	select {}
}
