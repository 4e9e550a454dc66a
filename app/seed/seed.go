// Package seed holds Readwell's default article, embedded in both the server
// and the wasm client, so the reader has something to show with no network
// and no library: our first real article, scraped as a plain-text dump
// (mexico-sovereignty.txt) and embedded already read — extracted and
// annotated — as seed.json, so the UI wasm needs no pipeline to show it.
// seed_test.go checks that seed.json is what the pipeline gives today
// (go test ./app/seed -update rewrites it).
package seed

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"

	"readwell/app/article"
)

//go:embed seed.json
var articleJSON []byte

var (
	once    sync.Once
	seeded  article.Article
	seedErr error
)

// Article returns the seed page as the reader's pipeline reads its text:
// extraction, then annotation. It is decoded once; callers get their own
// copy of the top-level struct but must not modify its slices.
func Article() (article.Article, error) {
	once.Do(func() {
		if err := json.Unmarshal(articleJSON, &seeded); err != nil {
			seedErr = fmt.Errorf("seed: unable to decode seed.json: %w", err)
		}
	})
	return seeded, seedErr
}
