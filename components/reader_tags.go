package components

import (
	"context"
	"strings"

	"readwell/app/library"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The reader's own tags on the shown article (the publisher's stay in the
// article's footer), and its Markdown export: both in the highlights area.

func (hl *highlighter) onAddTag(ctx app.Context, e app.Event) {
	e.PreventDefault()
	field := app.Window().Get("document").Call("getElementById", "tag-input")
	tag := field.Get("value").String()
	field.Set("value", "")
	hl.addTag(tag)
}

func (hl *highlighter) addTag(tag string) {
	if strings.TrimSpace(tag) == "" {
		return
	}
	hl.update(func(e *library.Entry) { e.Tags = library.CleanTags(append(e.Tags, tag)) }, func(ctx app.Context) {
		hl.status = "Tagged " + tag + "."
	})
}

func (hl *highlighter) onRemoveTag(tag string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		hl.update(func(e *library.Entry) {
			out := e.Tags[:0]
			for _, t := range e.Tags {
				if !strings.EqualFold(t, tag) {
					out = append(out, t)
				}
			}
			e.Tags = out
		}, func(ctx app.Context) { hl.status = "Tag " + tag + " removed." })
	}
}

// onTagFocus reads the library's tags, once a focus, for the field's
// suggestions (the browser lists those that start with what is typed).
func (hl *highlighter) onTagFocus(ctx app.Context, e app.Event) {
	if sources.Library == nil {
		return
	}
	page := hl.ctx // the field's own context may end with a render
	page.Async(func() {
		list, err := sources.Library.List(context.Background())
		if err != nil {
			return
		}
		known := library.AllTags(list)
		page.Dispatch(func(ctx app.Context) { hl.known = known })
	})
}

// onExportMarkdown downloads the article's highlights and tags as Markdown.
func (hl *highlighter) onExportMarkdown(ctx app.Context, e app.Event) {
	a := hl.shown()
	if sources.Library == nil || a == nil {
		return
	}
	id, page := a.ID, hl.ctx
	page.Async(func() {
		entry, err := sources.Library.Get(context.Background(), id)
		page.Dispatch(func(ctx app.Context) {
			if err != nil {
				hl.status = "Not exported: " + errorText(err)
				return
			}
			downloadText(fileName(entry.Article.Title)+".md", "text/markdown", library.Markdown([]library.Entry{entry}))
		})
	})
}

// renderTags is the tag editor: the tags with a remove button each and a
// field to add one.
func (hl *highlighter) renderTags() app.UI {
	if app.IsServer {
		return nil
	}
	items := make([]app.UI, 0, len(hl.tags))
	for _, t := range hl.tags {
		items = append(items, app.Li().Class("tag").DataSet("tag", t).Body(
			app.Text("#"+t+" "),
			app.Button().Type("button").Class("link").Aria("label", "Remove tag "+t).OnClick(hl.onRemoveTag(t)).Text("×"),
		))
	}
	var export app.UI
	if len(hl.list) > 0 || len(hl.tags) > 0 {
		export = app.Button().Type("button").Class("link").Attr("data-export-markdown", true).OnClick(hl.onExportMarkdown).Text("Export highlights as Markdown")
	}
	return app.Div().Class("reader-tags").Attr("data-reader-tags", true).Body(
		app.Ul().Class("tags").Aria("label", "Your tags").Body(items...),
		app.Form().Class("tag-form").OnSubmit(hl.onAddTag).Body(
			app.Label().For("tag-input").Class("visually-hidden").Text("Add a tag"),
			app.Input().ID("tag-input").Type("text").Placeholder("Add a tag").MaxLength(40).AutoComplete(false).
				List("tag-suggestions").OnFocus(hl.onTagFocus),
			app.DataList().ID("tag-suggestions").Body(app.Range(hl.known).Slice(func(i int) app.UI {
				return app.Option().Value(hl.known[i])
			})),
			app.Button().Type("submit").Class("link").Text("Add"),
		),
		export,
	)
}

// fileName makes a title a file name: letters, digits and dashes.
func fileName(title string) string {
	f := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
	name := strings.Join(f, "-")
	if r := []rune(name); len(r) > 60 {
		name = string(r[:60])
	}
	if name == "" {
		name = "readwell"
	}
	return name
}

// downloadText hands text to the browser as a file of type mime.
func downloadText(name, mime string, data []byte) {
	w := app.Window()
	blob := w.Get("Blob").New([]any{string(data)}, map[string]any{"type": mime + ";charset=utf-8"})
	url := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	w.Get("document").Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	w.Get("URL").Call("revokeObjectURL", url)
}
