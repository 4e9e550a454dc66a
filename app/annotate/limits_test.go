package annotate

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"readwell/app/article"
)

func paragraphs(texts ...string) []article.Block {
	var blocks []article.Block
	for _, s := range texts {
		blocks = append(blocks, article.Block{Kind: article.KindParagraph, Text: s})
	}
	return blocks
}

func TestAnnotatedBlocks(t *testing.T) {
	quotes := func(n int) string { return strings.Repeat(`"a" `, n) }
	testCases := []struct {
		name      string
		blocks    []article.Block
		wantCount int // blocks annotated
		wantLast  int // runes of the last one
	}{
		{"an article", paragraphs(`"Yes," she said.`, "Then nothing."), 2, 13},
		{"past MaxRunes", paragraphs("ab", strings.Repeat("é", MaxRunes), "cd"), 2, MaxRunes - 2},
		{"MaxRunes exactly", paragraphs(strings.Repeat("a", MaxRunes), "cd"), 2, 0},
		{"past MaxQuotes", paragraphs(quotes(MaxQuotesPerBlock), quotes(MaxQuotesPerBlock), quotes(MaxQuotesPerBlock),
			quotes(MaxQuotesPerBlock), quotes(MaxQuotesPerBlock), quotes(MaxQuotesPerBlock), quotes(MaxQuotesPerBlock),
			quotes(MaxQuotesPerBlock), quotes(MaxQuotesPerBlock), quotes(MaxQuotesPerBlock), quotes(1)), 10, 4 * MaxQuotesPerBlock},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := annotatedBlocks(tc.blocks)
			if len(got) != tc.wantCount || len([]rune(got[len(got)-1].Text)) != tc.wantLast {
				t.Errorf("annotatedBlocks(%s) = %d blocks, the last of %d runes; want %d, %d",
					tc.name, len(got), len([]rune(got[len(got)-1].Text)), tc.wantCount, tc.wantLast)
			}
		})
	}
	blocks := paragraphs("ab", strings.Repeat("é", MaxRunes))
	annotatedBlocks(blocks)
	if len(blocks[1].Text) != 2*MaxRunes {
		t.Errorf("annotatedBlocks cut the article's own block to %d bytes", len(blocks[1].Text))
	}
}

func TestFindQuotesCap(t *testing.T) {
	if got := len(findQuotes(0, []rune(strings.Repeat(`"a" `, 3*MaxQuotesPerBlock)))); got != MaxQuotesPerBlock {
		t.Errorf("findQuotes(%d quotes) = %d quotes, want %d", 3*MaxQuotesPerBlock, got, MaxQuotesPerBlock)
	}
}

func TestCapMentions(t *testing.T) {
	a := article.Article{
		Quotes: []article.Quote{{ID: "q1", Speaker: "ann"}, {ID: "q2", Speaker: "bob"}},
		Entities: []article.Entity{
			{ID: "ann", Name: "Ann", Mentions: 2},
			{ID: "bob", Name: "Bob", Mentions: 1},
		},
		Mentions: []article.Mention{{Entity: "ann"}, {Entity: "bob", Start: 5}, {Entity: "ann", Start: 9}},
	}
	capMentions(&a, 1)
	want := article.Article{
		Quotes:   []article.Quote{{ID: "q1", Speaker: "ann"}, {ID: "q2"}},
		Entities: []article.Entity{{ID: "ann", Name: "Ann", Mentions: 1}},
		Mentions: []article.Mention{{Entity: "ann"}},
	}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("capMentions(3 mentions, 1) = %+v, want %+v", a, want)
	}
}

// TestArticleContext: the same annotation as Article, and none at all with
// a done context.
func TestArticleContext(t *testing.T) {
	a := mustSeed(t)
	want := a
	Article(&want)
	got := a
	if err := ArticleContext(context.Background(), &got); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ArticleContext(seed) = %d quotes, %d entities, %v; want Article's %d, %d",
			len(got.Quotes), len(got.Entities), err, len(want.Quotes), len(want.Entities))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got = a
	if err := ArticleContext(ctx, &got); !errors.Is(err, context.Canceled) || !reflect.DeepEqual(got, a) {
		t.Errorf("ArticleContext(cancelled) = %v, article changed %v; want context.Canceled, unchanged", err, !reflect.DeepEqual(got, a))
	}
}
