package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// watchedBody is a request body that records whether anyone read it.
type watchedBody struct {
	r    io.Reader
	read bool
}

func (b *watchedBody) Read(p []byte) (int, error) { b.read = true; return b.r.Read(p) }

// TestExtractWaitsUnread: a request that is too large by its
// Content-Length, or that waits for a slot in vain, is answered without
// its body being read — waiting requests hold no text in memory.
func TestExtractWaitsUnread(t *testing.T) {
	for _, tc := range []struct {
		name   string
		length int64
		busy   bool
		want   int
	}{
		{"too large by its Content-Length", maxRequestBytes + 1, false, http.StatusRequestEntityTooLarge},
		{"no slot free", int64(len(pastedText)), true, http.StatusServiceUnavailable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			slots := newExtractSlots(1, 50*time.Millisecond)
			if tc.busy {
				if err := slots.acquire(context.Background()); err != nil {
					t.Fatal(err)
				}
				defer slots.release()
			}
			body := &watchedBody{r: strings.NewReader(pastedText)}
			req := httptest.NewRequest(http.MethodPost, "/api/extract", body)
			req.ContentLength = tc.length
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			handleExtract(&Fetcher{}, slots, discardSlog()).ServeHTTP(rec, req)
			if rec.Code != tc.want || body.read {
				t.Errorf("POST /api/extract (%s) = %d, body read %v; want %d, unread", tc.name, rec.Code, body.read, tc.want)
			}
		})
	}
}

// TestServerCapsStreams: over HTTP/2 one connection runs at most
// maxStreamsPerConn requests at once (the per-address cap counts
// connections).
func TestServerCapsStreams(t *testing.T) {
	srv := newServer(serveConfig{}, http.NotFoundHandler())
	if srv.HTTP2 == nil || srv.HTTP2.MaxConcurrentStreams != maxStreamsPerConn {
		t.Errorf("newServer().HTTP2 = %+v, want MaxConcurrentStreams %d", srv.HTTP2, maxStreamsPerConn)
	}
}
