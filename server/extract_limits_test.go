package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

// TestExtractBusy: when every extraction slot is taken, a request waits
// its turn for a while, then gets 503 with Retry-After.
func TestExtractBusy(t *testing.T) {
	slots := newExtractSlots(1, 50*time.Millisecond)
	srv := mustTestServerWith(t, serveConfig{webDir: mustWebDir(t), extractSlots: slots})
	json := map[string]string{"Content-Type": "application/json"}

	if err := slots.acquire(context.Background()); err != nil {
		t.Fatal(err)
	}
	resp, body := mustPost(t, srv, "/api/extract", pastedText, json)
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !bytes.Contains(body, []byte(ErrBusy.Error())) {
		t.Errorf("POST /api/extract, no slot free = %d, Retry-After %q, %s; want 503 with Retry-After and %q",
			resp.StatusCode, resp.Header.Get("Retry-After"), body, ErrBusy)
	}

	slots.release()
	if resp, body := mustPost(t, srv, "/api/extract", pastedText, json); resp.StatusCode != http.StatusOK {
		t.Errorf("POST /api/extract, a slot free = %d %s, want 200", resp.StatusCode, body)
	}
	if len(slots.slots) != 0 {
		t.Errorf("after the extraction %d slots are still taken, want 0", len(slots.slots))
	}
}

// TestExtractStopsWithItsClient: the request's context reaches the
// pipeline; a request whose client has gone gets no article.
func TestExtractStopsWithItsClient(t *testing.T) {
	h := handleExtract(&Fetcher{}, newExtractSlots(1, time.Second), discardSlog())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/api/extract", strings.NewReader(pastedText))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusServiceUnavailable || bytes.Contains(rec.Body.Bytes(), []byte(`"blocks"`)) {
		t.Errorf("POST /api/extract, client gone = %d %s, want 503 and no article", rec.Code, rec.Body.Bytes())
	}
}

// TestExtractCommandStops: `extract` whose context is cancelled (SIGINT,
// SIGTERM: main's signal.NotifyContext) fails and prints nothing.
func TestExtractCommandStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	seed, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(ctx, []string{"extract", "-"}, bytes.NewReader(seed), &stdout, &stderr)
	if code == 0 || stdout.Len() != 0 || !strings.Contains(stderr.String(), "context canceled") {
		t.Errorf("run(cancelled, extract) = exit %d, stdout %d bytes, stderr %q; want non-zero, nothing, the reason",
			code, stdout.Len(), stderr.String())
	}
}
