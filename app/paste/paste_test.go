package paste

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"readwell/app/article"
)

func TestDecode(t *testing.T) {
	a := article.Article{ID: "0123456789abcdef", Title: "Harbour reopens", Blocks: []article.Block{{Kind: "p", Text: "The harbour reopened."}}}
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, data, errText string
		want                article.Article
		wantErr             string
	}{
		{name: "article", data: string(data), want: a},
		{name: "the pipeline's error, as it was", errText: "extract: no article text found", wantErr: "extract: no article text found"},
		{name: "not JSON", data: "{", wantErr: "paste: unreadable answer from the worker: unexpected end of JSON input"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decode([]byte(tc.data), tc.errText)
			if tc.wantErr != "" {
				if err == nil || err.Error() != tc.wantErr {
					t.Fatalf("decode(%q, %q) = %v, want %q", tc.data, tc.errText, err, tc.wantErr)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("decode(%q) = %+v, %v, want %+v", tc.data, got, err, tc.want)
			}
		})
	}
}

// TestHostHasNoWorker: on the host the package says so instead of reading.
func TestHostHasNoWorker(t *testing.T) {
	if _, err := Text(context.Background(), "Some text."); !errors.Is(err, ErrNoWorker) {
		t.Errorf("Text on the host = %v, want ErrNoWorker", err)
	}
}
