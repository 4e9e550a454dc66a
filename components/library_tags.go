package components

import (
	"context"
	"strings"

	"readwell/app/library"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The reader's tags on /library: each article's, with a remove button,
// and a field to add one, opened by "Add tag".

// retag changes the tags of article id in one step.
func (p *LibraryPage) retag(ctx app.Context, id string, edit func([]string) []string) {
	p.run(ctx, func(c context.Context) (string, error) {
		_, err := sources.Library.Update(c, id, func(e *library.Entry) error {
			e.Tags = library.CleanTags(edit(e.Tags))
			return nil
		})
		return "", err
	})
}

func (p *LibraryPage) onOpenTag(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.tagging = id
		// The page's context: this button is gone after the render.
		p.ctx.Defer(func(app.Context) { focusFirst(app.Window().Get("document"), "#tag-"+id) })
	}
}

func (p *LibraryPage) onAddTag(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		tag := app.Window().Get("document").Call("getElementById", "tag-"+id).Get("value").String()
		p.tagging = ""
		p.retag(ctx, id, func(tags []string) []string { return append(tags, tag) })
	}
}

func (p *LibraryPage) onRemoveTag(id, tag string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.retag(ctx, id, func(tags []string) []string {
			out := tags[:0]
			for _, t := range tags {
				if !strings.EqualFold(t, tag) {
					out = append(out, t)
				}
			}
			return out
		})
	}
}

// renderItemTags is an article's tags in its row, and the way to add one.
func (p *LibraryPage) renderItemTags(s library.Summary) app.UI {
	items := make([]app.UI, 0, len(s.Tags)+1)
	for _, t := range s.Tags {
		items = append(items, app.Span().Class("tag").DataSet("tag", t).Body(
			app.Text("#"+t+" "),
			app.Button().Type("button").Class("link").Aria("label", "Remove tag "+t).OnClick(p.onRemoveTag(s.ID, t)).Text("×"),
		))
	}
	if p.tagging == s.ID {
		items = append(items, app.Form().Class("tag-form").OnSubmit(p.onAddTag(s.ID)).Body(
			app.Label().For("tag-"+s.ID).Class("visually-hidden").Text("Add a tag"),
			app.Input().ID("tag-"+s.ID).Type("text").MaxLength(40).AutoComplete(false),
			app.Button().Type("submit").Class("link").Text("Add"),
		))
	} else {
		items = append(items, app.Button().Type("button").Class("link").Attr("data-add-tag", s.ID).OnClick(p.onOpenTag(s.ID)).Text("Add tag"))
	}
	return app.Span().Class("item-tags").Body(items...)
}
