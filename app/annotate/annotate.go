// Package annotate finds who said what in an article: every quotation with
// its speaker, and the people, organisations and places it names, with
// their aliases ("President Trump", "Trump" → Donald Trump). It fills the
// Quotes, Entities and Mentions of an article.Article from its blocks, in
// pure Go (no syscall/js): the server and the wasm client run it alike.
package annotate

import (
	"fmt"
	"sort"
	"strings"

	"readwell/app/article"
)

// Article annotates a in place: quotes, entities and mentions are
// recomputed from its blocks.
func Article(a *article.Article) {
	Annotator{}.Annotate(a)
}

// Annotator holds the annotation settings; its zero value is ready to use.
type Annotator struct{}

// mention is an entity's occurrence, before it becomes article.Mention.
type mention struct {
	entity     *article.Entity
	block      int
	start, end int
}

// doc is an article's text as annotate works on it.
type doc struct {
	blocks   [][]rune
	toks     [][]token
	quotes   [][]quoteSpan // per block, found once
	mentions [][]mention   // per block, in order
}

// Annotate fills a.Quotes, a.Entities and a.Mentions.
func (Annotator) Annotate(a *article.Article) {
	mod, err := defaultModels()
	if err != nil {
		panic(err) // the embedded models are checked by the tests
	}
	annotateLearned(a, mod)
}

// annotateRules is the annotation by hand-written rules that the learned
// models replaced.
func annotateRules(a *article.Article) {
	d := doc{}
	for _, b := range a.Blocks {
		text := []rune(b.Text)
		if b.Kind == article.KindFigure || b.Kind == article.KindPre {
			text = nil // captions and code: no quotes, no chips
		}
		d.blocks = append(d.blocks, text)
		d.toks = append(d.toks, tokenize(text))
		d.quotes = append(d.quotes, findQuotes(len(d.blocks)-1, text))
	}

	var cands []candidate
	for _, r := range findRuns(d.blocks, d.toks) {
		cands = append(cands, peel(r, d.blocks)...)
	}
	table := resolveEntities(cands)
	d.mentions = make([][]mention, len(d.blocks))
	for _, c := range cands {
		e := table.lookup(c)
		if e == nil {
			continue
		}
		d.mentions[c.block] = append(d.mentions[c.block], mention{entity: e, block: c.block, start: c.start, end: c.end})
	}
	for b := range d.mentions {
		sort.Slice(d.mentions[b], func(i, j int) bool { return d.mentions[b][i].start < d.mentions[b][j].start })
	}

	quotes := d.attributeQuotes()

	// A "person" named once, with no title and no quotation, is as often a
	// film, a product or a programme ("Blue Moon", "Bad Blood") as a
	// person: no chip for it. People who speak, carry a title or come back
	// keep theirs.
	evidence := map[*article.Entity]bool{}
	for _, c := range cands {
		if e := table.lookup(c); e != nil && c.hadTitle {
			evidence[e] = true
		}
	}
	for _, q := range quotes {
		if q.speaker != nil {
			evidence[q.speaker] = true
		}
	}
	seen := map[*article.Entity]int{}
	for _, ms := range d.mentions {
		for _, m := range ms {
			seen[m.entity]++
		}
	}
	for b, ms := range d.mentions {
		kept := ms[:0]
		for _, m := range ms {
			if m.entity.Kind != "person" || seen[m.entity] > 1 || evidence[m.entity] {
				kept = append(kept, m)
			}
		}
		d.mentions[b] = kept
	}

	a.Quotes = []article.Quote{}
	for i, q := range quotes {
		speaker := ""
		if q.speaker != nil {
			speaker = q.speaker.ID
		}
		a.Quotes = append(a.Quotes, article.Quote{
			ID:      fmt.Sprintf("q%d", i+1),
			Text:    string(d.blocks[q.span.block][q.span.start:q.span.end]),
			Speaker: speaker,
			Kind:    q.kind,
			Block:   q.span.block,
			Start:   q.span.start,
			End:     q.span.end,
		})
	}
	a.Mentions = []article.Mention{}
	counts := map[*article.Entity]int{}
	for _, ms := range d.mentions {
		for _, m := range ms {
			a.Mentions = append(a.Mentions, article.Mention{Entity: m.entity.ID, Block: m.block, Start: m.start, End: m.end})
			counts[m.entity]++
		}
	}
	a.Entities = []article.Entity{}
	for _, e := range table.entities {
		if counts[e] == 0 {
			continue
		}
		e.Mentions = counts[e]
		sort.Strings(e.Aliases)
		a.Entities = append(a.Entities, *e)
	}
	sort.SliceStable(a.Entities, func(i, j int) bool {
		if a.Entities[i].Mentions != a.Entities[j].Mentions {
			return a.Entities[i].Mentions > a.Entities[j].Mentions
		}
		return a.Entities[i].Name < a.Entities[j].Name
	})
}

// EntityByID returns the entity with id, or false.
func EntityByID(a article.Article, id string) (article.Entity, bool) {
	for _, e := range a.Entities {
		if e.ID == id {
			return e, true
		}
	}
	return article.Entity{}, false
}

// wordsIn counts the words of a quotation.
func wordsIn(s string) int { return len(strings.Fields(s)) }
