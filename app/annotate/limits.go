package annotate

import (
	"context"
	"sort"
	"unicode/utf8"

	"readwell/app/article"
)

// Limits that keep annotation linear in the text and its output bounded
// whatever the input (a page of 5 MiB of `"a" ` or of `Mr. A. B. C. `).
// Each is far above what an article holds: a 10,000-word article has some
// 60,000 runes, a few hundred quotations and a thousand mentions. Past a
// limit the rest of the article is shown as text, without highlights.
const (
	// MaxRunes is how much of an article's text is annotated (about
	// 170,000 words): the text past it gets no quotes and no mentions.
	MaxRunes = 1 << 20
	// MaxQuotes bounds the quotations of an article: annotation stops
	// before the block that would pass it.
	MaxQuotes = 2000
	// MaxQuotesPerBlock bounds the quotations of one block: a paragraph
	// holding more is a list of terms or a dump, not prose.
	MaxQuotesPerBlock = 200
	// MaxMentions bounds the mentions of an article: the first ones are
	// kept.
	MaxMentions = 10000
)

// ArticleContext is Article within the limits above, and given up when
// ctx is done: it then returns ctx.Err() and leaves a as it was. The
// pipeline (server and client) annotates through it.
func ArticleContext(ctx context.Context, a *article.Article) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	in := *a
	in.Blocks = annotatedBlocks(a.Blocks)
	Article(&in)
	if err := ctx.Err(); err != nil {
		return err
	}
	a.Quotes, a.Mentions, a.Entities = in.Quotes, in.Mentions, in.Entities
	capMentions(a, MaxMentions)
	return nil
}

// annotatedBlocks is the part of blocks that annotation reads: up to
// MaxRunes runes of text and MaxQuotes quotations, the block that passes
// the first cut short. It is blocks itself when the article is within
// both, as every article is.
func annotatedBlocks(blocks []article.Block) []article.Block {
	runes, quotes := 0, 0
	for i, b := range blocks {
		if b.Kind == article.KindFigure || b.Kind == article.KindPre {
			continue // not annotated
		}
		n := utf8.RuneCountInString(b.Text)
		if runes+n > MaxRunes {
			out := append([]article.Block(nil), blocks[:i+1]...)
			out[i].Text = firstRunes(b.Text, MaxRunes-runes)
			return trimQuotes(out, quotes)
		}
		runes += n
		q := len(findQuotes(i, []rune(b.Text)))
		if quotes+q > MaxQuotes {
			return blocks[:i]
		}
		quotes += q
	}
	return blocks
}

// trimQuotes drops the last block of blocks when its quotations would
// pass MaxQuotes (quotes counts those before it).
func trimQuotes(blocks []article.Block, quotes int) []article.Block {
	last := len(blocks) - 1
	if quotes+len(findQuotes(last, []rune(blocks[last].Text))) > MaxQuotes {
		return blocks[:last]
	}
	return blocks
}

// firstRunes is the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// capMentions keeps the first max mentions of a: the entities left with
// none go, and so do the quotes' speakers among them.
func capMentions(a *article.Article, max int) {
	if len(a.Mentions) <= max {
		return
	}
	a.Mentions = a.Mentions[:max]
	counts := map[string]int{}
	for _, m := range a.Mentions {
		counts[m.Entity]++
	}
	kept := a.Entities[:0]
	for _, e := range a.Entities {
		if counts[e.ID] > 0 {
			e.Mentions = counts[e.ID]
			kept = append(kept, e)
		}
	}
	a.Entities = kept
	sort.SliceStable(a.Entities, func(i, j int) bool {
		if a.Entities[i].Mentions != a.Entities[j].Mentions {
			return a.Entities[i].Mentions > a.Entities[j].Mentions
		}
		return a.Entities[i].Name < a.Entities[j].Name
	})
	for i, q := range a.Quotes {
		if q.Speaker != "" && counts[q.Speaker] == 0 {
			a.Quotes[i].Speaker = ""
		}
	}
}
