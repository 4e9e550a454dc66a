package extract

import (
	"context"
	"errors"
	"strings"
	"testing"

	"readwell/app/article"
)

// TestMaxBlocks: a page of more than MaxBlocks paragraphs keeps the first
// MaxBlocks, then says the rest was left out; both paths.
func TestMaxBlocks(t *testing.T) {
	para := "A short paragraph that ends here."
	testCases := []struct {
		name, page string
	}{
		{"text", strings.Repeat(para+"\n\n", MaxBlocks+500)},
		{"html", "<html><body><article>" + strings.Repeat("<p>"+para+"</p>", MaxBlocks+500) + "</article></body></html>"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Page([]byte(tc.page), "", "")
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Blocks) != MaxBlocks+1 || a.Blocks[0].Text != para || a.Blocks[MaxBlocks].Text != truncatedNote {
				t.Errorf("Page(%d paragraphs) = %d blocks, last %q; want %d and the note", MaxBlocks+500, len(a.Blocks), a.Blocks[len(a.Blocks)-1].Text, MaxBlocks+1)
			}
		})
	}
	t.Run("at the cap", func(t *testing.T) {
		blocks := make([]article.Block, MaxBlocks)
		if got := capBlocks(blocks); len(got) != MaxBlocks {
			t.Errorf("capBlocks(%d blocks) = %d blocks, want them all", MaxBlocks, len(got))
		}
	})
}

// TestPageContextCancelled: a done context stops extraction with its error.
func TestPageContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, page := range []string{
		"Title\n\nOne sentence that is long enough to count as the body of an article here.",
		"<html><body><p>One sentence that is long enough to count as the body of an article here.</p></body></html>",
	} {
		if _, err := PageContext(ctx, []byte(page), "", ""); !errors.Is(err, context.Canceled) {
			t.Errorf("PageContext(cancelled, %.20q) error = %v, want context.Canceled", page, err)
		}
	}
}
