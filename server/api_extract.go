package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"readwell/app/article"
	"readwell/app/article/finish"
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

// maxResponseBytes bounds an Article's JSON, the client's limit
// (app/remote). The pipeline's caps keep a 5 MiB page well under it; a
// page of control characters (each escaped to six bytes) could pass it and
// is refused as too large.
const maxResponseBytes = 16 << 20

// handleExtract runs the reader's pipeline on a URL (fetched behind the
// SSRF guard), pasted HTML or pasted text, and answers with the Article.
// Only Readwell's own pages may call it (JSON, not cross-site); slots
// bounds the extractions running at once; the request's context reaches
// the pipeline, which stops when the client goes away.
func handleExtract(fetcher *Fetcher, slots *extractSlots, logger *slog.Logger) http.HandlerFunc {
	if slots == nil {
		slots = newExtractSlots(0, 0)
	}
	return func(w http.ResponseWriter, r *http.Request) {
		if !sameOriginCaller(r, true) {
			writeAPIError(w, r, logger, ErrCrossSite)
			return
		}
		if !isJSON(r) {
			writeAPIError(w, r, logger, ErrNotJSON)
			return
		}
		if r.ContentLength > maxRequestBytes {
			writeAPIError(w, r, logger, extract.ErrTooLarge) // refused unread
			return
		}
		// The slot is taken before the body is read: requests waiting for
		// their turn hold a connection, not megabytes of text each.
		if err := slots.acquire(r.Context()); err != nil {
			writeAPIError(w, r, logger, err)
			return
		}
		held := true
		defer func() {
			if held {
				slots.release()
			}
		}()
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
		body = nil
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
			// A fetch waits on another site, not on a core: the slot is
			// given back meanwhile and taken again for the pipeline.
			slots.release()
			held = false
			p, err := fetcher.Fetch(r.Context(), req.URL)
			if err != nil {
				writeAPIError(w, r, logger, err)
				return
			}
			if err := slots.acquire(r.Context()); err != nil {
				writeAPIError(w, r, logger, err)
				return
			}
			held = true
			page, pageURL, ctype = p.body, p.url, p.contentType
		case req.HTML != "":
			page, ctype = []byte(req.HTML), "text/html; charset=utf-8"
		default:
			page = []byte(req.Text)
		}
		a, err := func() (article.Article, error) {
			defer func() { slots.release(); held = false }()
			return extractPage(r.Context(), page, pageURL, ctype, req.Text != "")
		}()
		if err != nil {
			writeAPIError(w, r, logger, err)
			return
		}
		var out bytes.Buffer
		if err := writeJSON(&out, a); err != nil {
			writeAPIError(w, r, logger, err)
			return
		}
		if out.Len() > maxResponseBytes {
			writeAPIError(w, r, logger, extract.ErrTooLarge)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		if _, err := w.Write(out.Bytes()); err != nil {
			logger.Warn("api: unable to write article", slog.String("err", err.Error()))
		}
	}
}

// extractPage picks the path: pasted text and text/plain pages go to the
// text extractor, the rest is sniffed (an HTML fragment served as HTML is
// HTML even when it does not start like a document).
func extractPage(ctx context.Context, page []byte, pageURL, ctype string, isText bool) (article.Article, error) {
	if isText || strings.HasPrefix(ctype, "text/plain") {
		if len(page) > extract.MaxInputBytes {
			return article.Article{}, extract.ErrTooLarge
		}
		a, err := pipeline.TextContext(ctx, string(page))
		if err == nil && pageURL != "" {
			a.URL, a.ID = pageURL, finish.NewID(pageURL, "")
		}
		return a, err
	}
	if strings.Contains(ctype, "html") && !extract.LooksLikeHTML(page) {
		page = append([]byte("<html>"), page...)
	}
	return pipeline.PageContext(ctx, page, pageURL, ctype)
}
