package components

import (
	"html"
	"strconv"
	"strings"

	"readwell/app/article"
)

// BlockHTML is block i of a's text with its quotations (speaker labels
// included) and mentions, as HTML: the inner markup of the block's element
// the client builds node by node (ArticleView.inline), for the server's
// prerender, which go-app cannot write without spaces between the
// elements (its encoder indents every child). Every string from the
// article is escaped. ok is false for a block with none, or one whose
// element holds more than its text (a picture, preformatted text).
func BlockHTML(a article.Article, i int) (markup string, ok bool) {
	if i < 0 || i >= len(a.Blocks) {
		return "", false
	}
	switch a.Blocks[i].Kind {
	case article.KindPre, article.KindFigure:
		return "", false
	}
	var quotes []article.Quote
	for _, q := range a.Quotes {
		if q.Block == i {
			quotes = append(quotes, q)
		}
	}
	var mentions []indexedMention
	for k, m := range a.Mentions {
		if m.Block == i {
			mentions = append(mentions, indexedMention{m, k})
		}
	}
	if len(quotes) == 0 && len(mentions) == 0 {
		return "", false
	}
	entities := make(map[string]article.Entity, len(a.Entities))
	for _, e := range a.Entities {
		entities[e.ID] = e
	}
	var b strings.Builder
	writeSegments(&b, blockSegments(a.Blocks[i].Text, quotes, mentions), entities)
	return b.String(), true
}

// writeSegments writes what blockView.inline renders, with no entity
// marked active. An unattributed quotation carries data-speaker="" at once
// (the client sets it after its render: markUnattributed).
func writeSegments(b *strings.Builder, segs []segment, entities map[string]article.Entity) {
	attr := func(name, value string) {
		b.WriteString(" " + name + `="` + html.EscapeString(value) + `"`)
	}
	for _, sg := range segs {
		switch {
		case sg.quote != nil:
			speaker := entities[sg.quote.Speaker]
			b.WriteString("<q")
			attr("id", sg.quote.ID)
			attr("class", "quote")
			attr("data-speaker", speaker.Name)
			attr("data-kind", sg.quote.Kind)
			if speaker.Name != "" {
				attr("data-label", speaker.ShortName())
				attr("title", speaker.Name+" said")
			} else {
				attr("data-unattributed", "true") // as go-app writes DataSet(…, true)
			}
			b.WriteString(">")
			writeSegments(b, sg.children, entities)
			b.WriteString("</q>")
		case sg.mention != nil:
			e := entities[sg.mention.Entity]
			b.WriteString("<span")
			attr("id", "m"+strconv.Itoa(sg.index))
			attr("class", "mention")
			attr("data-entity", e.Name)
			attr("data-kind", e.Kind)
			b.WriteString(">" + html.EscapeString(sg.text) + "</span>")
		default:
			b.WriteString(html.EscapeString(sg.text))
		}
	}
}
