package components

import (
	"context"
	"net/url"
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
	p.tag = ctx.Page().URL().Query().Get("tag")
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

// renderTools: search, and the tag filter (?tag=…) with a way out of it.
func (p *HighlightsPage) renderTools() app.UI {
	if p.status != statusReady || len(p.all) == 0 {
		return nil
	}
	return app.Div().Class("library-tools").Body(
		app.Label().For("hl-search").Class("visually-hidden").Text("Search the highlights"),
		app.Input().ID("hl-search").Type("search").Placeholder("Search highlights and notes").Value(p.query).OnInput(p.onSearch),
		renderTagLinks("/highlights", p.tags, p.tag),
	)
}

// renderTagLinks lists the library's tags as links that filter page by
// one (?tag=…), the current one pressed, and "All" to clear it.
func renderTagLinks(page string, tags []string, current string) app.UI {
	if len(tags) == 0 {
		return nil
	}
	links := make([]app.UI, 0, len(tags)+1)
	links = append(links, app.A().Href(page).Class("tag").Aria("current", current == "").Text("All"))
	for _, t := range tags {
		links = append(links, app.A().Href(page+"?tag="+url.QueryEscape(t)).Class("tag").DataSet("tag", t).
			Aria("current", strings.EqualFold(t, current)).Text("#"+t))
	}
	return app.Nav().Class("tag-filter").Aria("label", "Filter by tag").Body(links...)
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
			renderHighlightQuote(m.Highlight, !m.lost, href),
			app.P().Class("hl-source").Body(
				app.A().Href(href).Text(m.title),
				app.Text(" · "+m.Created.Local().Format("Jan 2, 2006")),
			),
		)
	}))
}
