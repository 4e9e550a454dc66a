// Package pipeline is the reader's whole path from a page to what it shows:
// extraction, then annotation. The server (fetched URLs, the extract
// command, the API) and the wasm client (the seed, pasted text) call it, so
// both show the same article.
package pipeline

import (
	"readwell/app/annotate"
	"readwell/app/article"
	"readwell/app/extract"
)

// Page extracts and annotates raw page bytes (HTML or text, sniffed).
func Page(data []byte, pageURL, contentType string) (article.Article, error) {
	a, err := extract.Page(data, pageURL, contentType)
	if err != nil {
		return a, err
	}
	annotate.Article(&a)
	return a, nil
}

// Text extracts and annotates a plain-text dump or pasted text.
func Text(s string) (article.Article, error) {
	a, err := extract.Text(s)
	if err != nil {
		return a, err
	}
	annotate.Article(&a)
	return a, nil
}
