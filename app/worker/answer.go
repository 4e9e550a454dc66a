package main

import (
	"context"
	"encoding/json"
	"fmt"

	"readwell/app/article"
	"readwell/app/pipeline"
)

// answer runs the pipeline on what a reader pasted: kind "text" (a page's
// text) or "html" (its markup). It returns the Article as JSON, the same
// the server's /api/extract gives.
func answer(ctx context.Context, kind, input string) ([]byte, error) {
	var (
		a   article.Article
		err error
	)
	switch kind {
	case "text":
		a, err = pipeline.TextContext(ctx, input)
	case "html":
		a, err = pipeline.PageContext(ctx, []byte(input), "", "text/html; charset=utf-8")
	default:
		return nil, fmt.Errorf("worker: unknown kind %q", kind)
	}
	if err != nil {
		return nil, err
	}
	data, err := json.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("worker: unable to encode the article: %w", err)
	}
	return data, nil
}
