package main

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"readwell/app/article"
	"readwell/app/extract"
	"readwell/app/pipeline"
)

// extractRequest is the body of POST /api/extract: one of its fields.
type extractRequest struct {
	URL  string `json:"url"`
	HTML string `json:"html"`
	Text string `json:"text"`
}

// maxRequestBytes leaves room for JSON escaping around a 5 MiB page.
const maxRequestBytes = 2*extract.MaxInputBytes + 4096

// handleExtract runs the reader's pipeline on a URL (fetched behind the
// SSRF guard), pasted HTML or pasted text, and answers with the Article.
func handleExtract(fetcher *Fetcher, logger *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, maxRequestBytes+1))
		if err != nil {
			writeAPIError(w, r, logger, ErrBadRequest)
			return
		}
		if len(body) > maxRequestBytes {
			writeAPIError(w, r, logger, extract.ErrTooLarge)
			return
		}
		var req extractRequest
		if err := json.Unmarshal(body, &req); err != nil {
			writeAPIError(w, r, logger, ErrBadRequest)
			return
		}
		given := 0
		for _, s := range []string{req.URL, req.HTML, req.Text} {
			if strings.TrimSpace(s) != "" {
				given++
			}
		}
		if given != 1 {
			writeAPIError(w, r, logger, ErrBadRequest)
			return
		}
		var page []byte
		var pageURL, ctype string
		switch {
		case req.URL != "":
			p, err := fetcher.Fetch(r.Context(), req.URL)
			if err != nil {
				writeAPIError(w, r, logger, err)
				return
			}
			page, pageURL, ctype = p.body, p.url, p.contentType
		case req.HTML != "":
			page, ctype = []byte(req.HTML), "text/html; charset=utf-8"
		default:
			page = []byte(req.Text)
		}
		a, err := extractPage(page, pageURL, ctype, req.Text != "")
		if err != nil {
			writeAPIError(w, r, logger, err)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		if err := writeJSON(w, a); err != nil {
			logger.Warn("api: unable to write article", slog.String("err", err.Error()))
		}
	}
}

// extractPage picks the path: pasted text and text/plain pages go to the
// text extractor, the rest is sniffed (an HTML fragment served as HTML is
// HTML even when it does not start like a document).
func extractPage(page []byte, pageURL, ctype string, isText bool) (article.Article, error) {
	if isText || strings.HasPrefix(ctype, "text/plain") {
		if len(page) > extract.MaxInputBytes {
			return article.Article{}, extract.ErrTooLarge
		}
		a, err := pipeline.Text(string(page))
		if err == nil && pageURL != "" {
			a.URL, a.ID = pageURL, article.NewID(pageURL, "")
		}
		return a, err
	}
	if strings.Contains(ctype, "html") && !extract.LooksLikeHTML(page) {
		page = append([]byte("<html>"), page...)
	}
	return pipeline.Page(page, pageURL, ctype)
}
