// Package pipeline is the reader's whole path from a page to what it shows:
// extraction, then annotation. The server (fetched URLs, the extract
// command, the API) and the browser's pipeline worker (app/worker: pasted
// text and HTML) call it, so both show the same article; the seed is its
// output, embedded (app/seed). The UI wasm never links it.
//
// Every stage is linear in its input and bounded (extract.MaxInputBytes,
// extract.MaxBlocks, annotate.MaxRunes, annotate.MaxQuotes,
// annotate.MaxMentions), and the Context forms give up when their context
// is done: a server stops working for a client that has gone.
package pipeline

import (
	"context"

	"readwell/app/annotate"
	"readwell/app/article"
	"readwell/app/extract"
)

// Page extracts and annotates raw page bytes (HTML or text, sniffed).
func Page(data []byte, pageURL, contentType string) (article.Article, error) {
	return PageContext(context.Background(), data, pageURL, contentType)
}

// PageContext is Page, given up with ctx.Err() when ctx is done.
func PageContext(ctx context.Context, data []byte, pageURL, contentType string) (article.Article, error) {
	a, err := extract.PageContext(ctx, data, pageURL, contentType)
	if err != nil {
		return article.Article{}, err
	}
	if err := annotate.ArticleContext(ctx, &a); err != nil {
		return article.Article{}, err
	}
	return a, nil
}

// Text extracts and annotates a plain-text dump or pasted text.
func Text(s string) (article.Article, error) {
	return TextContext(context.Background(), s)
}

// TextContext is Text, given up with ctx.Err() when ctx is done.
func TextContext(ctx context.Context, s string) (article.Article, error) {
	a, err := extract.TextContext(ctx, s)
	if err != nil {
		return article.Article{}, err
	}
	if err := annotate.ArticleContext(ctx, &a); err != nil {
		return article.Article{}, err
	}
	return a, nil
}
