package remote

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/api/extract" {
			http.NotFound(w, r)
			return
		}
		var body strings.Builder
		buf := make([]byte, 512)
		n, _ := r.Body.Read(buf)
		body.Write(buf[:n])
		w.Header().Set("Content-Type", "application/json")
		if strings.Contains(body.String(), "blocked") {
			w.WriteHeader(http.StatusForbidden)
			w.Write([]byte(`{"error":"fetch: address is not public","status":403}`))
			return
		}
		w.Write([]byte(`{"id":"abc","title":"A title","blocks":[{"kind":"p","text":"Body."}]}`))
	}))
	defer srv.Close()
	c := Client{Base: srv.URL}
	a, err := c.Extract(context.Background(), "https://example.com/story")
	if err != nil || a.Title != "A title" || len(a.Blocks) != 1 {
		t.Fatalf("Extract = %+v, %v", a, err)
	}
	if _, err := c.Extract(context.Background(), "http://blocked/"); err == nil || err.Error() != "fetch: address is not public" {
		t.Errorf("Extract(blocked) error = %v, want the server's message", err)
	}
	srv.Close()
	if _, err := c.Extract(context.Background(), "https://example.com/"); !errors.Is(err, ErrOffline) {
		t.Errorf("Extract with the server down = %v, want ErrOffline", err)
	}
}
