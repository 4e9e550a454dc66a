package components

import (
	"readwell/app/article"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// speakerQuotes is one speaker's quotations, in article order.
type speakerQuotes struct {
	speaker article.Entity
	quotes  []article.Quote
}

// groupQuotes groups attributed quotations by speaker, speakers in the
// order they first speak; unattributed speech comes last; term quotes are
// not speech and stay out.
func groupQuotes(a article.Article) []speakerQuotes {
	entities := map[string]article.Entity{}
	for _, e := range a.Entities {
		entities[e.ID] = e
	}
	var groups []speakerQuotes
	at := map[string]int{}
	for _, q := range a.Quotes {
		if q.Kind == "term" {
			continue
		}
		key := q.Speaker
		if _, ok := at[key]; !ok {
			e := entities[key]
			if key == "" {
				e = article.Entity{Name: "Unattributed"}
			}
			at[key] = len(groups)
			groups = append(groups, speakerQuotes{speaker: e})
		}
		g := &groups[at[key]]
		g.quotes = append(g.quotes, q)
	}
	// Unattributed last.
	if i, ok := at[""]; ok && i != len(groups)-1 {
		g := groups[i]
		groups = append(append(groups[:i:i], groups[i+1:]...), g)
	}
	return groups
}

// quotesPanel is the "who said what" list as a component of its own, so
// that a page update which leaves the article as it was does not build and
// compare the list again (go-app renders a child component only when its
// exported fields changed).
type quotesPanel struct {
	app.Compo

	Article *article.Article // never changed in place: see ArticleView
}

// OnInit lets the browser in, if the task has run long, between the text
// and the list.
func (q *quotesPanel) OnInit() {
	yieldIfLong()
}

func (q *quotesPanel) Render() app.UI {
	if ui := renderQuotesPanel(*q.Article); ui != nil {
		return ui
	}
	return app.Text("")
}

// renderQuotesPanel is the "who said what" list: each speaker with their
// quotations, each a link to the quotation in the text.
func renderQuotesPanel(a article.Article) app.UI {
	groups := groupQuotes(a)
	if len(groups) == 0 {
		return nil
	}
	return app.Section().Class("quotes-panel").Attr("data-quotes-panel", true).Aria("labelledby", "quotes-panel-title").Body(
		app.H2().ID("quotes-panel-title").Text("Who said what"),
		app.Range(groups).Slice(func(i int) app.UI {
			g := groups[i]
			return app.Div().Class("speaker").DataSet("speaker", g.speaker.Name).Body(
				app.H3().Body(
					app.Span().Class("speaker-name").Text(g.speaker.Name),
					app.Span().Class("speaker-count").Text(len(g.quotes)),
				),
				app.Ol().Body(app.Range(g.quotes).Slice(func(j int) app.UI {
					return &panelQuote{ID: g.quotes[j].ID, Text: g.quotes[j].Text}
				})),
			)
		}),
	)
}

// panelQuote is one quotation in the list, a component so that the mount
// of a long article's list (a hundred quotations and more) lets the
// browser in between them, as the text's blocks do (blockView).
type panelQuote struct {
	app.Compo

	ID, Text string
}

func (q *panelQuote) OnInit() {
	yieldIfLong()
}

func (q *panelQuote) Render() app.UI {
	return app.Li().Body(app.A().Href("#" + q.ID).Text("“" + q.Text + "”"))
}
