package components

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	"readwell/app/library"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LibraryPage lists saved articles, newest first: search, mark read,
// delete with undo, export and import.
type LibraryPage struct {
	app.Compo

	status   loadStatus
	err      error
	all      []library.Summary
	texts    map[string]string // the search texts read so far, by id
	textsOK  bool              // every article in all has its search text
	loads    int               // lists asked for: a reply to an older one is dropped
	query    string
	tag      string            // the reader's tag the list is filtered by (?tag=)
	tagging  string            // the article whose tag field is open
	items    []library.Summary // all that match filtered, newest first
	filtered string            // the query items are for
	win      rowWindow         // the rows of items that are rendered
	rowH     float64           // a row's height: estimated, then measured
	undo     *library.Entry
	message  string
	failure  string
	ctx      app.Context // the page's own: see ReaderPage.ctx
	storage  string
	origin   string

	onScroll     app.Func // window scroll and resize: moves the window
	onFrame      app.Func // at most once a frame
	framePending bool
	frame        app.Value // the requested frame, cancelled on dismount
}

// OnMount follows scrolling, at most once a frame, to move the window of
// rendered rows.
func (p *LibraryPage) OnMount(ctx app.Context) {
	p.onFrame = app.FuncOf(func(this app.Value, args []app.Value) any {
		// Measured here, on the browser's frame: ctx.Defer would wait for
		// the next render, and ctx.Dispatch would render at every frame.
		p.framePending = false
		p.moveWindow(ctx)
		return nil
	})
	p.onScroll = app.FuncOf(func(this app.Value, args []app.Value) any {
		if !p.framePending {
			p.framePending = true
			p.frame = app.Window().Call("requestAnimationFrame", p.onFrame)
		}
		return nil
	})
	passive := map[string]any{"passive": true}
	app.Window().Call("addEventListener", "scroll", p.onScroll, passive)
	app.Window().Call("addEventListener", "resize", p.onScroll, passive)
}

// OnDismount removes the listeners and releases their callbacks.
func (p *LibraryPage) OnDismount() {
	if p.onScroll != nil {
		app.Window().Call("removeEventListener", "scroll", p.onScroll)
		app.Window().Call("removeEventListener", "resize", p.onScroll)
		p.onScroll.Release()
		p.onScroll = nil
	}
	if p.onFrame != nil {
		if p.framePending {
			app.Window().Call("cancelAnimationFrame", p.frame)
			p.framePending = false
		}
		p.onFrame.Release()
		p.onFrame = nil
	}
}

// moveWindow renders the rows near the viewport, when they are not the
// ones rendered; the focus stays on the article it was on.
func (p *LibraryPage) moveWindow(ctx app.Context) { p.placeWindow(ctx, 3) }

// placeWindow sets the list's padding for the rendered window, then moves
// the window if the viewport is elsewhere, and looks again after each move
// (the new rows may measure otherwise than the estimate), tries times at
// most.
func (p *LibraryPage) placeWindow(ctx app.Context, tries int) {
	if !app.IsClient || p.status != statusReady {
		return
	}
	first, last := min(p.win.first, len(p.items)), min(p.win.last, len(p.items))
	listTop, rowH, viewH, ok := listMeasure(float64(first)*p.rowH, float64(len(p.items)-last)*p.rowH)
	if !ok || tries <= 0 {
		return
	}
	if math.Abs(rowH-p.rowH) <= 0.05*rowH {
		// Only a clear change counts: a window of taller or shorter rows
		// would otherwise move the spacers, and the rows, at every frame.
		rowH = p.rowH
	}
	win := windowFor(len(p.items), rowH, listTop, viewH)
	if win == p.win && rowH == p.rowH {
		return
	}
	id, control := focusedRow()
	ctx.Dispatch(func(ctx app.Context) {
		p.win, p.rowH = win, rowH
		if id != "" {
			ctx.Defer(func(app.Context) { refocusRow(id, control) })
		}
		ctx.Defer(func(ctx app.Context) { p.placeWindow(ctx, tries-1) })
	})
}

// filter finds the articles that match the query, and shows the first
// ones; only the window is rendered, so a keystroke costs a few dozen rows
// whatever the library's size.
// A change to the library (delete, undo, mark read) keeps the window where
// it is.
func (p *LibraryPage) filter(ctx app.Context) {
	// Until the search texts are read, titles are searched (library.Search)
	// and the list says it is not done (aria-busy, a status); filter runs
	// again with the texts.
	p.items = library.Search(p.all, p.query)
	if p.tag != "" {
		tagged := p.items[:0]
		for _, s := range p.items {
			if library.HasTag(s, p.tag) {
				tagged = append(tagged, s)
			}
		}
		p.items = tagged
	}
	if p.rowH == 0 {
		p.rowH = rowEstimate
	}
	span := max(windowInitial, p.win.last-p.win.first)
	if p.query != p.filtered {
		p.win = rowWindow{}
	}
	p.filtered = p.query
	p.win.first = min(p.win.first, max(0, len(p.items)-span))
	p.win.last = min(len(p.items), p.win.first+span)
	ctx.Defer(p.moveWindow)
}

// OnNav loads the list.
func (p *LibraryPage) OnNav(ctx app.Context) {
	p.ctx = ctx
	ctx.Page().SetTitle("Library · Readwell")
	p.tag = ctx.Page().URL().Query().Get("tag")
	p.reload(ctx, true)
	if ctx.Page().URL().Fragment == "library-search" {
		// Arrived by the "/" shortcut: ready to type.
		ctx.Defer(func(ctx app.Context) {
			focusFirst(app.Window().Get("document"), "#library-search")
		})
	}
	if app.IsClient {
		p.origin = app.Window().Get("location").Get("origin").String()
		storageInfo(func(usage, quota float64, persisted bool) {
			ctx.Dispatch(func(ctx app.Context) {
				kept := "the browser may clear it when the device runs out of space; export now and then"
				if persisted {
					kept = "the browser keeps it even when space runs low"
				}
				p.storage = fmt.Sprintf("Stored on this device: %s of %s available; %s.", humanBytes(usage), humanBytes(quota), kept)
			})
		})
	}
}

func humanBytes(n float64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", n/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", n/(1<<20))
	}
	return fmt.Sprintf("%.0f KB", n/1024)
}

func (p *LibraryPage) reload(ctx app.Context, first bool) {
	if sources.Library == nil {
		p.status = statusLoading
		return
	}
	if first {
		p.status = statusLoading
	}
	p.loads++
	load := p.loads
	ctx.Async(func() {
		// The list first, without the search texts (most of what the
		// library weighs); the texts after it, in time for a search.
		list, err := sources.Library.List(context.Background())
		ctx.Dispatch(func(ctx app.Context) {
			if load != p.loads {
				return
			}
			if err != nil {
				p.status, p.err = statusFailed, err
			} else {
				p.status, p.err, p.all = statusReady, nil, list
				p.textsOK = library.WithSearchTexts(p.all, p.texts)
				p.filter(ctx)
			}
			if first {
				ctx.Defer(markAppReady)
			}
		})
		if err != nil {
			return
		}
		texts, err := sources.Library.SearchTexts(context.Background())
		ctx.Dispatch(func(ctx app.Context) {
			if load != p.loads {
				return
			}
			if err != nil {
				// Search goes on by title, and says why.
				texts = map[string]string{}
				for _, s := range p.all {
					texts[s.ID] = strings.ToLower(s.Title)
				}
				p.failure = "Search looks at titles only: " + errorText(err)
			}
			p.texts = texts
			for i, s := range p.all {
				if t, ok := texts[s.ID]; ok {
					p.all[i].Search = t // an import may have changed a text
				}
			}
			p.textsOK = library.WithSearchTexts(p.all, p.texts)
			p.filter(ctx)
		})
	})
}

func (p *LibraryPage) onSearch(ctx app.Context, e app.Event) {
	p.query = ctx.JSSrc().Get("value").String()
	p.filter(ctx)
}

// run does a library change off the UI goroutine, then reloads the list
// and shows the outcome.
func (p *LibraryPage) run(_ app.Context, change func(c context.Context) (string, error)) {
	ctx := p.ctx
	ctx.Async(func() {
		msg, err := change(context.Background())
		ctx.Dispatch(func(ctx app.Context) {
			p.message, p.failure = msg, ""
			if err != nil {
				p.message, p.failure = "", errorText(err)
			}
			p.reload(ctx, false)
		})
	})
}

func (p *LibraryPage) onDelete(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.run(ctx, func(c context.Context) (string, error) {
			entry, err := sources.Library.Get(c, id)
			if err != nil {
				return "", err
			}
			if err := sources.Library.Delete(c, id); err != nil {
				return "", err
			}
			forgetPage("/read/" + id)
			ctx.Dispatch(func(ctx app.Context) { p.undo = &entry })
			return fmt.Sprintf("Deleted “%s”.", entry.Article.Title), nil
		})
	}
}

func (p *LibraryPage) onUndo(ctx app.Context, e app.Event) {
	entry := p.undo
	p.undo = nil
	if entry == nil {
		return
	}
	p.run(ctx, func(c context.Context) (string, error) {
		return fmt.Sprintf("Restored “%s”.", entry.Article.Title), sources.Library.Put(c, *entry)
	})
}

func (p *LibraryPage) onToggleRead(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.run(ctx, func(c context.Context) (string, error) {
			_, err := sources.Library.Update(c, id, func(entry *library.Entry) error {
				entry.Read, entry.UpdatedAt = !entry.Read, time.Now().UTC()
				if entry.Read {
					entry.Progress = 1
				}
				return nil
			})
			return "", err
		})
	}
}

func (p *LibraryPage) onExport(ctx app.Context, e app.Event) {
	p.run(ctx, func(c context.Context) (string, error) {
		data, err := library.Export(c, sources.Library, time.Now())
		if err != nil {
			return "", err
		}
		ctx.Dispatch(func(ctx app.Context) {
			download(fmt.Sprintf("readwell-library-%s.json", time.Now().Format("2006-01-02")), data)
		})
		return fmt.Sprintf("Exported %d articles (%d KB).", len(p.all), len(data)/1024), nil
	})
}

// onExportMarkdown downloads the highlights and tags of the library as
// one Markdown file.
func (p *LibraryPage) onExportMarkdown(ctx app.Context, e app.Event) {
	p.run(ctx, func(c context.Context) (string, error) {
		data, n, err := library.ExportMarkdown(c, sources.Library)
		if err != nil {
			return "", err
		}
		ctx.Dispatch(func(ctx app.Context) {
			downloadText("readwell-highlights-"+time.Now().Format("2006-01-02")+".md", "text/markdown", data)
		})
		return fmt.Sprintf("Exported the highlights of %d articles as Markdown.", n), nil
	})
}

func (p *LibraryPage) onImport(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	if !files.Truthy() || files.Get("length").Int() == 0 {
		return
	}
	readFileText(files.Call("item", 0), func(text string, err error) {
		p.ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.message, p.failure = "", "The file could not be read."
				return
			}
			p.run(ctx, func(c context.Context) (string, error) {
				r, err := library.Import(c, sources.Library, []byte(text))
				if err != nil {
					return "", err
				}
				return "Import: " + r.String() + ".", nil
			})
		})
	})
}

// Render draws the library.
func (p *LibraryPage) Render() app.UI {
	return &Shell{Page: "library", Content: []app.UI{
		app.Div().Class("library").Body(
			app.H1().Text("Library"),
			p.renderToolbar(),
			renderTagLinks("/library", library.AllTags(p.all), p.tag),
			p.renderNotices(),
			p.renderList(),
			p.renderFooter(),
		),
	}}
}

// renderFooter tells where the library lives and offers the bookmarklet.
func (p *LibraryPage) renderFooter() app.UI {
	if p.origin == "" {
		return nil
	}
	bookmarklet := "javascript:location.href=" + fmt.Sprintf("%q", p.origin+"/add?url=") + "+encodeURIComponent(location.href)"
	return app.Footer().Class("library-foot").Body(
		app.If(p.storage != "", func() app.UI {
			return app.P().Class("storage").Text(p.storage)
		}),
		app.P().Body(
			app.Text("Read any page here from your browser: drag "),
			app.A().Class("bookmarklet").Href(bookmarklet).Attr("data-bookmarklet", true).Text("Read in Readwell"),
			app.Text(" to your bookmarks bar, then click it on an article; Save keeps it."),
		),
	)
}

func (p *LibraryPage) renderToolbar() app.UI {
	return app.Div().Class("library-tools").Body(
		app.Label().For("library-search").Class("visually-hidden").Text("Search the library"),
		app.Input().ID("library-search").Type("search").Placeholder("Search titles and text").
			Value(p.query).OnInput(p.onSearch),
		app.Button().Type("button").Class("secondary").Attr("data-export", true).OnClick(p.onExport).Text("Export"),
		app.Button().Type("button").Class("secondary").Attr("data-export-markdown", true).OnClick(p.onExportMarkdown).Text("Highlights as Markdown"),
		app.Label().Class("secondary file").Body(
			app.Text("Import"),
			app.Input().Type("file").Accept("application/json,.json").Attr("data-import", true).OnChange(p.onImport),
		),
	)
}

func (p *LibraryPage) renderNotices() app.UI {
	return app.Div().Class("notices").Attr("aria-live", "polite").Body(
		app.If(p.message != "", func() app.UI {
			return app.P().Class("toast").Attr("role", "status").Body(
				app.Text(p.message),
				app.If(p.undo != nil, func() app.UI {
					return app.Button().Type("button").Class("link").Attr("data-undo", true).OnClick(p.onUndo).Text("Undo")
				}),
			)
		}),
		app.If(p.failure != "", func() app.UI {
			return app.P().Class("notice error").Attr("role", "alert").Text(p.failure)
		}),
	)
}

func (p *LibraryPage) renderList() app.UI {
	switch p.status {
	case statusLoading:
		return app.P().Class("status").Text("Opening your library…")
	case statusFailed:
		return app.P().Class("notice error").Attr("role", "alert").Text(errorText(p.err))
	}
	if len(p.all) == 0 {
		return app.Div().Class("empty").Body(
			app.P().Text("Your library is empty."),
			app.A().Href("/add").Text("Add an article"),
		)
	}
	if len(p.items) == 0 && !p.textsOK {
		return app.P().Class("empty").DataSet("query", p.filtered).Aria("busy", true).
			Text("No title matches “" + p.filtered + "”; searching the articles’ text…")
	}
	if len(p.items) == 0 {
		return app.P().Class("empty").DataSet("query", p.filtered).Text("Nothing matches “" + p.filtered + "”.")
	}
	first, last := min(p.win.first, len(p.items)), min(p.win.last, len(p.items))
	rows := p.items[first:last]
	// The padding that stands in for the rows not rendered is set by
	// placeWindow: the CSP forbids style attributes.
	// data-query: the query the rows are for (while the search texts are
	// read, the rows of the one before stay).
	return app.Ul().Class("library-list").DataSet("query", p.filtered).Aria("busy", p.filtered != p.query || p.query != "" && !p.textsOK).
		Body(
			app.Range(rows).Slice(func(i int) app.UI {
				return p.renderItem(rows[i], first+i, len(p.items))
			}),
		)
}

// renderItem draws the summary s, at position i of n (for screen readers,
// which see only the rendered rows).
func (p *LibraryPage) renderItem(s library.Summary, i, n int) app.UI {
	meta := s.SiteName
	if meta != "" {
		meta += " · "
	}
	meta += fmt.Sprintf("saved %s · %d min", s.SavedAt.Local().Format("Jan 2, 2006"), s.ReadingMinutes)
	if s.Read {
		meta += " · read"
	} else if s.Progress > 0 {
		meta += fmt.Sprintf(" · %d%% read", int(s.Progress*100))
	}
	readLabel := "Mark read"
	if s.Read {
		readLabel = "Mark unread"
	}
	return app.Li().Class("library-item").DataSet("id", s.ID).
		Aria("posinset", i+1).Aria("setsize", n).Body(
		app.A().Class("title").Href("/read/"+s.ID).Text(titleOrUntitled(s.Title)),
		app.P().Class("meta").Text(meta),
		app.Div().Class("item-actions").Body(
			app.Button().Type("button").Class("link").OnClick(p.onToggleRead(s.ID)).Text(readLabel),
			app.Button().Type("button").Class("link danger").Attr("data-delete", s.ID).OnClick(p.onDelete(s.ID)).Text("Delete"),
			p.renderItemTags(s),
		),
	)
}

func titleOrUntitled(t string) string {
	if t == "" {
		return "Untitled article"
	}
	return t
}
