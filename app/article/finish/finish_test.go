package finish

import (
	"encoding/json"
	"reflect"
	"testing"

	"readwell/app/article"
)

func TestNewID(t *testing.T) {
	byURL := NewID("https://example.com/a", "ignored text")
	if byURL != NewID("https://example.com/a", "other text") {
		t.Errorf("NewID with a URL depends on the text")
	}
	if byURL == NewID("https://example.com/b", "") {
		t.Errorf("NewID gives two URLs the same ID")
	}
	if NewID("", "Hello   world\n") != NewID("", "Hello world") {
		t.Errorf("NewID of text depends on white space")
	}
	if NewID("", "Hello world") == NewID("", "Hello moon") {
		t.Errorf("NewID gives two texts the same ID")
	}
	if got := len(byURL); got != article.IDLength {
		t.Errorf("len(NewID) = %d, want %d", got, article.IDLength)
	}
	for _, id := range []string{byURL, NewID("", "pasted text")} {
		if !article.ValidID(id) {
			t.Errorf("article.ValidID(%q) = false for an ID NewID made", id)
		}
	}
}

func TestArticleAndJSON(t *testing.T) {
	a := article.Article{Title: "T", Blocks: []article.Block{{Kind: article.KindParagraph, Text: "one two three"}}}
	Article(&a)
	if a.ID == "" || a.Words != 3 || a.ReadingMinutes != 1 || a.Dir != "ltr" {
		t.Fatalf("Article() = %+v", a)
	}
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	if err := json.Unmarshal(data, &fields); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"tags", "quotes", "entities", "mentions"} {
		if v, ok := fields[k].([]any); !ok || len(v) != 0 {
			t.Errorf("JSON %q = %v, want []", k, fields[k])
		}
	}
	var back article.Article
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, back) {
		t.Errorf("JSON round trip: got %+v, want %+v", back, a)
	}
}
