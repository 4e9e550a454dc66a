//go:build !(js && wasm)

package paste

import (
	"context"

	"readwell/app/article"
)

// read has no worker to ask on the host: the server runs the pipeline
// itself (app/pipeline).
func read(ctx context.Context, kind, input string) (article.Article, error) {
	return article.Article{}, ErrNoWorker
}
