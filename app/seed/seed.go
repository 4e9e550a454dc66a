// Package seed holds Readwell's default article, built into both the server
// and the wasm client, so the reader has something to show with no network
// and no library: our first real article, scraped as a plain-text dump
// (mexico-sovereignty.txt) and kept already read — extracted and
// annotated — as seed.json, so the UI wasm needs no pipeline to show it.
// seed_test.go checks that seed.json is what the pipeline gives today, and
// that seed_gen.go is seed.json as a Go literal (go test ./app/seed -update
// rewrites both).
//
// The literal, not the JSON, is what the binaries carry: Go lays it out in
// the binary's data, so the client's start decodes nothing (decoding the
// JSON was a task of its own at the start, 12 ms of wasm in Chromium).
package seed

import "readwell/app/article"

// Article returns the seed page as the reader's pipeline reads its text:
// extraction, then annotation. Callers get their own copy of the top-level
// struct but must not modify its slices. The error, always nil, gives it
// the shape of components.Sources.Default.
func Article() (article.Article, error) {
	return generated, nil
}
