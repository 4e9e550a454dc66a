package library

import (
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"readwell/app/article"
	"readwell/app/article/finish"
	"readwell/app/highlight"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// markdownEntries: an article with highlights in a quotation, over two
// paragraphs, and one whose text is gone, with notes and tags; and one
// with none.
func markdownEntries(tb testing.TB) []Entry {
	tb.Helper()
	a := article.Article{
		ID: finish.NewID("https://example.com/harbour", ""), URL: "https://example.com/harbour",
		Title: "Harbour reopens *after* a year", Published: "2026-03-02",
		Blocks: []article.Block{
			{Kind: "p", Text: "The harbour reopened on Monday after a year of repairs."},
			{Kind: "p", Text: "“We are open for business,” said Maria Lopez, the harbour master."},
			{Kind: "p", Text: "Ferries resume next week."},
		},
		Entities: []article.Entity{{ID: "e1", Name: "Maria Lopez", Kind: "person"}},
		Quotes:   []article.Quote{{ID: "q1", Text: "We are open for business,", Speaker: "e1", Kind: "full", Block: 1, Start: 1, End: 26}},
	}
	at := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	mk := func(sp highlight.Span, note string) highlight.Highlight {
		h, ok := highlight.New(a, sp, highlight.Yellow, at)
		if !ok {
			tb.Fatalf("highlight.New(%+v) failed", sp)
		}
		h.Note = note
		return h
	}
	quote := mk(highlight.Span{Block: 1, Start: 8, EndBlock: 1, End: 25}, "")
	span := mk(highlight.Span{Block: 0, Start: 44, EndBlock: 1, End: 7}, "Two lines:\n1. a *list*? <b>no</b> [link](javascript:x)")
	lost := mk(highlight.Span{Block: 2, Start: 0, EndBlock: 2, End: 7}, "")
	lost.Text = "Trains resume"
	e := Entry{Article: a, SavedAt: at, UpdatedAt: at, Tags: []string{"ports", "Wales news"},
		Highlights: []highlight.Highlight{lost, quote, span}}
	b := article.Article{ID: finish.NewID("", "Plain"), Title: "# Not a heading", Blocks: []article.Block{{Kind: "p", Text: "Body."}}}
	return []Entry{e, {Article: b, SavedAt: at, UpdatedAt: at}}
}

// TestMarkdown compares the writer's output with the golden files, line
// by line (go test -update rewrites them; read the diff).
func TestMarkdown(t *testing.T) {
	entries := markdownEntries(t)
	testCases := []struct {
		name    string
		entries []Entry
	}{
		{"markdown-article", entries[:1]},
		{"markdown-library", entries},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := string(Markdown(tc.entries))
			path := "testdata/" + tc.name + ".golden.md"
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Split(string(data), "\n")
			lines := strings.Split(got, "\n")
			for i := 0; i < max(len(want), len(lines)); i++ {
				var g, w string
				if i < len(lines) {
					g = lines[i]
				}
				if i < len(want) {
					w = want[i]
				}
				if g != w {
					t.Errorf("Markdown line %d = %q, want %q", i+1, g, w)
				}
			}
		})
	}
}
