package components

import (
	"context"
	"sort"
	"strings"

	"readwell/app/highlight"
	"readwell/app/library"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// HighlightsPage lists every highlight of the library, newest first, each
// with its article and a link back to its place: search, filter by tag.
type HighlightsPage struct {
	app.Compo

	status loadStatus
	err    error
	all    []markedPassage
	tags   []string
	query  string
	tag    string
	ctx    app.Context
}

// markedPassage is one highlight with the article it is in.
type markedPassage struct {
	highlight.Highlight
	articleID, title string
	tags             []string
	lost             bool
}

// OnNav loads the highlights from the library's summaries.
func (p *HighlightsPage) OnNav(ctx app.Context) {
	p.ctx = ctx
	ctx.Page().SetTitle("Highlights · Readwell")
	if sources.Library == nil {
		p.status = statusLoading
		return
	}
	p.status = statusLoading
	ctx.Async(func() {
		list, err := sources.Library.List(context.Background())
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.status, p.err = statusFailed, err
			} else {
				p.status, p.all, p.tags = statusReady, passages(list), library.AllTags(list)
			}
			ctx.Defer(markAppReady)
		})
	})
}

// passages flattens the summaries' highlights, newest first.
func passages(list []library.Summary) []markedPassage {
	var out []markedPassage
	for _, s := range list {
		lost := map[string]bool{}
		for _, id := range s.Lost {
			lost[id] = true
		}
		for _, h := range s.Highlights {
			out = append(out, markedPassage{Highlight: h, articleID: s.ID, title: titleOrUntitled(s.Title), tags: s.Tags, lost: lost[h.ID]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created.After(out[j].Created) })
	return out
}

// matches: every word of query is in the passage, its note, speaker or
// article title, and it carries tag.
func (m markedPassage) matches(query, tag string) bool {
	if !library.HasTag(library.Summary{Tags: m.tags}, tag) {
		return false
	}
	hay := strings.ToLower(m.Text + "\n" + m.Note + "\n" + m.Speaker + "\n" + m.title)
	for _, w := range strings.Fields(strings.ToLower(query)) {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

func (p *HighlightsPage) onSearch(ctx app.Context, e app.Event) {
	p.query = ctx.JSSrc().Get("value").String()
}

func (p *HighlightsPage) onTag(ctx app.Context, e app.Event) {
	p.tag = ctx.JSSrc().Get("value").String()
}

// Render draws the list.
func (p *HighlightsPage) Render() app.UI {
	return &Shell{Page: "highlights", Content: []app.UI{
		app.Div().Class("highlights").Body(
			app.H1().Text("Highlights"),
			p.renderTools(),
			p.renderList(),
		),
	}}
}

func (p *HighlightsPage) renderTools() app.UI {
	if p.status != statusReady || len(p.all) == 0 {
		return nil
	}
	return app.Div().Class("library-tools").Body(
		app.Label().For("hl-search").Class("visually-hidden").Text("Search the highlights"),
		app.Input().ID("hl-search").Type("search").Placeholder("Search highlights and notes").Value(p.query).OnInput(p.onSearch),
		app.If(len(p.tags) > 0, func() app.UI {
			return renderTagFilter("hl-tag", p.tags, p.tag, p.onTag)
		}),
	)
}

// renderTagFilter is a select of the library's tags ("" for all).
func renderTagFilter(id string, tags []string, current string, onChange app.EventHandler) app.UI {
	return app.Span().Body(
		app.Label().For(id).Class("visually-hidden").Text("Filter by tag"),
		app.Select().ID(id).Attr("data-tag-filter", true).OnChange(onChange).Body(
			app.Option().Value("").Selected(current == "").Text("All tags"),
			app.Range(tags).Slice(func(i int) app.UI {
				return app.Option().Value(tags[i]).Selected(strings.EqualFold(tags[i], current)).Text("#" + tags[i])
			}),
		),
	)
}

func (p *HighlightsPage) renderList() app.UI {
	switch p.status {
	case statusLoading:
		return app.P().Class("status").Text("Opening your highlights…")
	case statusFailed:
		return app.P().Class("notice error").Attr("role", "alert").Text(errorText(p.err))
	}
	if len(p.all) == 0 {
		return app.P().Class("empty").Text("No highlights yet: select text in an article and press h, or use the toolbar.")
	}
	var shown []markedPassage
	for _, m := range p.all {
		if m.matches(p.query, p.tag) {
			shown = append(shown, m)
		}
	}
	if len(shown) == 0 {
		return app.P().Class("empty").Text("No highlight matches.")
	}
	return app.Ol().Attr("data-highlights", true).Body(app.Range(shown).Slice(func(i int) app.UI {
		m := shown[i]
		href := "/read/" + m.articleID
		if !m.lost {
			href += "#hl-" + m.ID
		}
		return app.Li().DataSet("hl-item", m.ID).Body(
			renderHighlightQuote(m.Highlight, !m.lost),
			app.P().Class("hl-source").Body(
				app.A().Href(href).Text(m.title),
				app.Text(" · "+m.Created.Local().Format("Jan 2, 2006")),
			),
		)
	}))
}
