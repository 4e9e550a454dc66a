package main

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"readwell/app/article"
	"readwell/app/pipeline"
)

// TestAnswer: the worker gives what the pipeline gives, as JSON, and the
// pipeline's errors as they are (the reader sees their text).
func TestAnswer(t *testing.T) {
	seed, err := os.ReadFile("../seed/mexico-sovereignty.txt")
	if err != nil {
		t.Fatal(err)
	}
	const page = `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>
<p>The harbour reopened on Monday after a storm closed it for a week, and the first ferries left at dawn.</p>
<p>"We are glad to be back," said Captain Ana Reyes, who has sailed the route for twenty years.</p></article></body></html>`
	text, err := pipeline.Text(string(seed))
	if err != nil {
		t.Fatal(err)
	}
	html, err := pipeline.Page([]byte(page), "", "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, kind, input string
		want              article.Article
		wantErr           string
	}{
		{name: "text", kind: "text", input: string(seed), want: text},
		{name: "html", kind: "html", input: page, want: html},
		{name: "empty text", kind: "text", input: "  ", wantErr: "extract: "},
		{name: "unknown kind", kind: "pdf", input: "x", wantErr: `worker: unknown kind "pdf"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, err := answer(context.Background(), tc.kind, tc.input)
			if tc.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tc.wantErr) {
					t.Fatalf("answer(%s) = %v, want an error starting %q", tc.kind, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("answer(%s) = %v", tc.kind, err)
			}
			want, _ := json.Marshal(tc.want)
			if string(data) != string(want) {
				t.Errorf("answer(%s) = %.200s…, want %.200s…", tc.kind, data, want)
			}
		})
	}
}
