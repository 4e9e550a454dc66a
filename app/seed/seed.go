// Package seed holds Readwell's default article, embedded in both the server
// and the wasm client, so the reader has something to show with no network
// and no library: our first real article, as a scraped plain-text dump.
package seed

import (
	_ "embed"
	"sync"

	"readwell/app/article"
	"readwell/app/pipeline"
)

// Text is the seed page as it was scraped, chrome and all.
//
//go:embed mexico-sovereignty.txt
var Text string

var (
	once    sync.Once
	extr    article.Article
	extrErr error
)

// Article returns the seed page run through the same pipeline the reader
// uses for pasted text: extraction, then annotation. It is computed once; callers get their own copy of
// the top-level struct but must not modify its slices.
func Article() (article.Article, error) {
	once.Do(func() { extr, extrErr = pipeline.Text(Text) })
	return extr, extrErr
}
