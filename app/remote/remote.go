// Package remote asks a Readwell server to fetch and extract a URL (POST
// /api/extract). The browser cannot fetch other sites itself (CORS), so the
// client sends URLs here; pasted text and HTML never leave the device.
// The request goes through net/http on the host (tests use httptest) and
// through the browser's fetch in wasm: net/http would double the wasm.
package remote

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"readwell/app/article"
)

// ErrOffline means the server could not be reached.
var ErrOffline = errors.New("remote: the server cannot be reached; check your connection")

// Client talks to one Readwell server; its zero value uses the page's own
// origin (a relative URL).
type Client struct {
	Base string // "" in the browser: same origin
}

// maxResponse bounds an article response.
const maxResponse = 16 << 20

// Extract fetches and extracts pageURL on the server.
func (c Client) Extract(ctx context.Context, pageURL string) (article.Article, error) {
	body, _ := json.Marshal(map[string]string{"url": pageURL})
	status, data, err := postJSON(ctx, c.Base+"/api/extract", body)
	if err != nil {
		return article.Article{}, ErrOffline
	}
	if status != 200 {
		var e struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(data, &e) == nil && e.Error != "" {
			return article.Article{}, errors.New(e.Error)
		}
		return article.Article{}, fmt.Errorf("remote: the server answered %d", status)
	}
	var a article.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return article.Article{}, fmt.Errorf("remote: unreadable answer: %w", err)
	}
	return a, nil
}
