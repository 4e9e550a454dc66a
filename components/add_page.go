package components

import (
	"context"
	"strings"
	"time"

	"readwell/app/article"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// AddPage takes a URL, pasted HTML or pasted text and shows the article.
// It is also the share target: /add?url=&text=&title= opens it filled in.
type AddPage struct {
	app.Compo

	url, pasted string
	status      loadStatus
	idle        bool
	err         error
	article     *article.Article // replaced, never changed in place: see ArticleView
	active      string
	saved       saveState
	marks       highlighter // the reader's highlights on what is shown
	ctx         app.Context // the page's own: see ReaderPage.ctx
	// direct: the server saw the reader open this page themselves (the
	// address bar, a bookmark, the share sheet), so what the address
	// names is saved at once; opened from a link on another site, it is
	// shown and saved only when the reader says so.
	direct bool
	// linked: what is shown came from the address, not from the form.
	linked bool
}

// ArrivalParam is the query parameter through which the server tells the
// prerendered add page how the browser said it was reached. The server
// removes it from every request and sets it to ArrivalDirect only for a
// navigation with Sec-Fetch-Site: none; a link can carry it, never keep it.
const (
	ArrivalParam  = "readwell-arrival"
	ArrivalDirect = "direct"
)

// directMark is the attribute the prerendered page carries for a direct
// arrival; the client reads it before its first render replaces the page.
const directMark = "data-direct"

// OnInit, in the browser, reads the server's verdict from the page as it
// was prerendered for this navigation; a page the service worker answered
// offline, or any page reached inside the app, has none: nothing is saved
// without a click.
func (p *AddPage) OnInit() {
	if app.IsClient {
		p.direct = app.Window().Get("document").Call("querySelector", `[data-page="add"] [`+directMark+`]`).Truthy()
	}
}

// OnMount starts following the selection: an article read here can be
// highlighted as on the reader (the first highlight saves it).
func (p *AddPage) OnMount(ctx app.Context) {
	p.marks.start(ctx, func() *article.Article { return p.article }, func() {
		if p.saved.status != statusReady {
			p.saved = saveDone
		}
	})
}

// OnDismount stops following the selection.
func (p *AddPage) OnDismount() {
	p.marks.stop()
}

// OnNav reads the share-target query and starts reading right away. On
// the server the form stays empty: go-app writes attribute values with
// strconv.Quote, not HTML escaping, so a request value in one (the URL
// field's value) would become markup; the client fills the form in.
func (p *AddPage) OnNav(ctx app.Context) {
	p.ctx = ctx
	ctx.Page().SetTitle("Add an article · Readwell")
	q := ctx.Page().URL().Query()
	if app.IsServer {
		p.idle, p.direct = true, q.Get(ArrivalParam) == ArrivalDirect
		return
	}
	p.url, p.pasted, p.idle = strings.TrimSpace(q.Get("url")), q.Get("text"), true
	// Share sheets often put the link in "text".
	if p.url == "" && looksLikeURL(p.pasted) {
		p.url, p.pasted = strings.TrimSpace(p.pasted), ""
	}
	if p.url != "" || strings.TrimSpace(p.pasted) != "" {
		p.linked = true
		p.read(ctx, p.direct)
	}
	ctx.Defer(markAppReady)
}

func looksLikeURL(s string) bool {
	s = strings.TrimSpace(s)
	return !strings.ContainsAny(s, " \n") && (strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://"))
}

func (p *AddPage) onURL(ctx app.Context, e app.Event) {
	p.url = ctx.JSSrc().Get("value").String()
}

func (p *AddPage) onPaste(ctx app.Context, e app.Event) {
	p.pasted = ctx.JSSrc().Get("value").String()
}

func (p *AddPage) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	p.linked = false
	p.read(p.ctx, true)
}

// read extracts off the UI goroutine and shows the result or the error;
// save: and keeps it in the library.
func (p *AddPage) read(ctx app.Context, save bool) {
	if sources.Extract == nil {
		return
	}
	in := Input{URL: strings.TrimSpace(p.url)}
	if in.URL == "" {
		text := p.pasted
		if looksLikeURL(text) {
			in.URL = strings.TrimSpace(text)
		} else if looksLikeHTML(text) {
			in.HTML = text
		} else {
			in.Text = text
		}
	}
	if in.URL == "" && strings.TrimSpace(in.HTML+in.Text) == "" {
		p.idle, p.status, p.err = false, statusFailed, errEmptyInput
		return
	}
	p.idle, p.status, p.err = false, statusLoading, nil
	ctx.Async(func() {
		c, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		a, err := sources.Extract(c, in)
		// Decoding a long article's answer is a task's worth of work
		// already: drawing it starts in the next.
		Yield()
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.status, p.err = statusFailed, err
				return
			}
			p.status, p.article, p.active, p.saved = statusReady, &a, "", saveState{}
			p.marks.load(nil, nil)
			ctx.Page().SetTitle(a.Title + " · Readwell")
			ctx.Defer(func(ctx app.Context) {
				markUnattributed(ctx)
				// The article opens below the form: bring it into view,
				// and screen readers to its title.
				focusFirst(app.Window().Get("document"), `[data-page="add"] article h1`)
			})
			// Adding an article saves it: that is what the page is for;
			// but a link from another site cannot write into the library.
			// Once it is drawn: encoding a long article for the library
			// is a task of its own, not one more piece of the mount's.
			if save {
				ctx.Defer(func(ctx app.Context) { saveArticle(ctx, a, &p.saved) })
			}
		})
	})
}

func looksLikeHTML(s string) bool {
	t := strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(t, "<") && strings.Contains(t, ">") && (strings.Contains(t, "<p") || strings.Contains(t, "<html") || strings.Contains(t, "<body") || strings.Contains(t, "<div") || strings.Contains(t, "<article"))
}

func (p *AddPage) onSave(ctx app.Context, e app.Event) {
	if p.article != nil {
		saveArticle(p.ctx, *p.article, &p.saved)
	}
}

func (p *AddPage) onToggleEntity(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.active == id {
			p.active = ""
		} else {
			p.active = id
		}
	}
}

// Render draws the form and, below it, the article or what went wrong.
func (p *AddPage) Render() app.UI {
	root := app.Div().Class("add")
	if p.direct {
		root = root.Attr(directMark, true)
	}
	return &Shell{Page: "add", Content: []app.UI{
		root.Body(
			app.H1().Text("Add an article"),
			app.Form().Class("add-form").OnSubmit(p.onSubmit).Body(
				app.Label().For("add-url").Text("Web address"),
				app.Input().ID("add-url").Type("url").Name("url").Placeholder("https://…").
					Value(p.url).AutoComplete(false).OnInput(p.onURL),
				app.Label().For("add-text").Text("…or paste the page’s text or HTML"),
				app.Textarea().ID("add-text").Name("text").Rows(6).Text(p.pasted).OnInput(p.onPaste),
				app.Button().Type("submit").Class("primary").Text("Read"),
				app.P().Class("hint").Text("Pasted text and HTML are read on this device, also offline. A web address is fetched by the Readwell server."),
			),
			p.renderResult(),
		),
	}}
}

func (p *AddPage) renderResult() app.UI {
	switch {
	case p.idle:
		return nil
	case p.status == statusLoading:
		return app.P().Class("status").Attr("role", "status").Text("Reading…")
	case p.status == statusFailed:
		return app.Div().Class("notice error").Attr("role", "alert").Body(
			app.P().Text(errorText(p.err)),
		)
	case p.article == nil:
		return nil
	}
	return app.Div().Class("reading").Body(
		app.If(p.linked && !p.direct && p.saved.status != statusReady, func() app.UI {
			return app.P().Class("notice").Attr("data-not-saved", true).Text("Opened from a link: not saved yet. Save it to keep it in your library.")
		}),
		&ArticleView{
			Article:      p.article,
			ActiveEntity: p.active,
			Chips:        renderEntityChips(p.article.Chips(), p.active, p.onToggleEntity),
			Marks:        p.marks.placed.Marks,
			Actions:      renderSaveButton(p.saved, p.onSave),
		},
		&quotesPanel{Article: p.article},
		app.Div().Class("hl-area").Body(p.marks.renderToolbar(), p.marks.renderTags(), p.marks.renderList()),
	)
}
