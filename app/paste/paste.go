// Package paste reads what a reader pastes — a page's text or its HTML — on
// this device, also offline, and off the UI thread: in the browser it hands
// the page to the pipeline worker (web/pipeline-worker.js running
// web/pipeline.wasm, built from app/worker), started the first time
// something is pasted, and gets the annotated Article back as JSON. The UI
// wasm so links neither extraction nor annotation: this package must never
// import app/extract, app/annotate or app/pipeline (make check-core).
package paste

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"readwell/app/article"
)

// ErrNoWorker means the pipeline worker could not run here: outside a
// browser, or where the browser has no Web Workers.
var ErrNoWorker = errors.New("paste: pasted pages are read in the browser's worker, which cannot run here")

// Text reads a page's pasted text.
func Text(ctx context.Context, s string) (article.Article, error) {
	return read(ctx, kindText, s)
}

// HTML reads a page's pasted markup.
func HTML(ctx context.Context, s string) (article.Article, error) {
	return read(ctx, kindHTML, s)
}

// The kinds of request the worker knows (app/worker's answer).
const (
	kindText = "text"
	kindHTML = "html"
)

// decode turns the worker's answer — an Article as JSON, or an error's
// text — into what Text and HTML return. The error keeps its text ("extract:
// no article text found"): that is what the reader is shown.
func decode(data []byte, errText string) (article.Article, error) {
	if errText != "" {
		return article.Article{}, errors.New(errText)
	}
	var a article.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return article.Article{}, fmt.Errorf("paste: unreadable answer from the worker: %w", err)
	}
	return a, nil
}
