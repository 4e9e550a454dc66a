package components

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"readwell/app/article"
	"readwell/app/library"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// loadStatus is where a page is in getting its article.
type loadStatus int

const (
	statusLoading loadStatus = iota
	statusReady
	statusFailed
)

var (
	errNotFound       = errors.New("this article is not in your library")
	errEmptyInput     = errors.New("give a web address, or paste the page’s text or HTML")
	errFileUnreadable = errors.New("the file could not be read")
)

// ReaderPage shows one article: the default one at "/", a saved one at
// /read/{id}.
type ReaderPage struct {
	app.Compo

	status       loadStatus
	err          error
	article      *article.Article // replaced, never changed in place: see ArticleView
	activeEntity string
	saved        saveState
	position     readingPosition
	speaking     bool
	marks        highlighter
	// ctx is the page's own context: an event's context dies with its
	// element (the Save button is replaced once saved), the page's does not.
	ctx app.Context
}

// OnMount starts following the selection for highlights.
func (p *ReaderPage) OnMount(ctx app.Context) {
	yieldIfLong()
	p.marks.start(ctx, func() *article.Article { return p.article }, func() {
		if p.saved.status != statusReady {
			p.saved = saveDone
			p.position.start(ctx, p.article.ID)
		}
	})
}

// OnDismount releases the scroll listener and stops reading aloud.
func (p *ReaderPage) OnDismount() {
	p.marks.stop()
	p.position.stop()
	if p.speaking {
		stopSpeaking()
	}
}

func (p *ReaderPage) onListen(ctx app.Context, e app.Event) {
	if p.speaking {
		stopSpeaking()
		p.speaking = false
		return
	}
	p.speaking = true
	speak(*p.article, func() {
		p.ctx.Dispatch(func(ctx app.Context) { p.speaking = false })
	})
}

// onToggleEntity marks an entity's mentions (or unmarks them) and brings
// the first into view.
func (p *ReaderPage) onToggleEntity(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.activeEntity == id {
			p.activeEntity = ""
			return
		}
		p.activeEntity = id
		for i, m := range p.article.Mentions {
			if m.Entity == id {
				ctx.ScrollTo(fmt.Sprintf("m%d", i)) // after the update renders
				break
			}
		}
	}
}

// OnInit loads the default article before the first render in the
// browser, so the client's first frame matches the prerendered page
// instead of flashing a loading state (go-app calls OnNav only after it).
func (p *ReaderPage) OnInit() {
	if app.IsClient {
		p.loadDefault(strings.TrimSuffix(app.Window().URL().Path, "/"))
	}
}

// OnPreRender loads the article on the server, so the HTML carries it.
func (p *ReaderPage) OnPreRender(ctx app.Context) {
	p.loadDefault(strings.TrimSuffix(ctx.Page().URL().Path, "/"))
	p.setTitle(ctx)
}

// OnNav loads the article for the route in the browser: the seed at "/",
// a saved article from the library at /read/{id}.
func (p *ReaderPage) OnNav(ctx app.Context) {
	yieldIfLong()
	p.ctx = ctx
	path := strings.TrimSuffix(ctx.Page().URL().Path, "/")
	p.loadDefault(path)
	p.marks.load(nil, nil)
	id, saved := strings.CutPrefix(path, "/read/")
	if !saved || p.status == statusReady || sources.Library == nil {
		p.setTitle(ctx)
		p.checkSaved(ctx)
		ctx.Defer(pageReady)
		return
	}
	p.status, p.err = statusLoading, nil
	ctx.Async(func() {
		e, err := sources.Library.Get(context.Background(), id)
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.status, p.err = statusFailed, err
				if errors.Is(err, library.ErrNotFound) {
					p.err = errNotFound
				}
			} else {
				p.status, p.err, p.article, p.saved = statusReady, nil, &e.Article, saveDone
				p.marks.load(e.Highlights, e.Tags)
			}
			p.setTitle(ctx)
			ctx.Defer(func(ctx app.Context) {
				pageReady(ctx)
				if err == nil {
					keepPage(path)
					p.position.restore(e.Progress)
					p.position.start(ctx, e.Article.ID)
					p.marks.reveal(ctx)
				}
			})
		})
	})
}

// pageReady runs once the route's content (or its error) is rendered.
func pageReady(ctx app.Context) {
	markUnattributed(ctx)
	markAppReady(ctx)
}

func (p *ReaderPage) setTitle(ctx app.Context) {
	if p.status != statusReady {
		ctx.Page().SetTitle("Readwell")
		return
	}
	ctx.Page().SetTitle(p.article.Title + " · Readwell")
	ctx.Page().SetDescription(p.article.Dek)
}

// loadDefault shows the embedded seed at "/" (and at its own /read link);
// other /read/ links wait for the library.
func (p *ReaderPage) loadDefault(path string) {
	if sources.Default == nil {
		p.status, p.err = statusFailed, errors.New("no default article configured")
		return
	}
	a, err := sources.Default()
	if err != nil {
		p.status, p.err = statusFailed, err
		return
	}
	if id, ok := strings.CutPrefix(path, "/read/"); ok && id != a.ID {
		// Only the reader's browser knows its library: the server
		// prerenders "opening", never "not in your library".
		p.status, p.err = statusLoading, nil
		if sources.Library == nil && app.IsClient {
			p.status, p.err = statusFailed, errNotFound
		}
		return
	}
	if p.article == nil || p.article.ID != a.ID {
		p.article = &a // the same article keeps its pointer: views compare no text
	}
	p.status, p.err = statusReady, nil
}

// checkSaved finds out whether the shown article is in the library.
func (p *ReaderPage) checkSaved(ctx app.Context) {
	if sources.Library == nil || p.status != statusReady {
		return
	}
	id := p.article.ID
	ctx.Async(func() {
		e, err := sources.Library.Get(context.Background(), id)
		ctx.Dispatch(func(ctx app.Context) {
			if err == nil && p.article.ID == id {
				p.saved = saveDone
				p.marks.load(e.Highlights, e.Tags)
				p.position.restore(e.Progress)
				p.position.start(ctx, id)
				ctx.Defer(p.marks.reveal)
			}
		})
	})
}

func (p *ReaderPage) onSave(ctx app.Context, e app.Event) {
	saveArticle(p.ctx, *p.article, &p.saved)
	p.position.start(p.ctx, p.article.ID)
}

// Render draws the page: the article, or why there is none.
func (p *ReaderPage) Render() app.UI {
	var content app.UI
	switch {
	case p.status == statusReady && p.article != nil:
		content = app.Div().Class("reading").Body(
			&ArticleView{
				Article:      p.article,
				ActiveEntity: p.activeEntity,
				Chips:        renderEntityChips(p.article.Chips(), p.activeEntity, p.onToggleEntity),
				Marks:        p.marks.placed.Marks,
				Actions: app.Span().Class("actions").Body(
					renderSaveButton(p.saved, p.onSave),
					renderListenButton(p.speaking, p.onListen),
				),
			},
			&quotesPanel{Article: p.article},
			app.Div().Class("hl-area").Body(p.marks.renderToolbar(), p.marks.renderTags(), p.marks.renderList()),
		)
	case p.status == statusFailed:
		content = app.Div().Class("notice").Body(
			app.H1().Text("Article unavailable"),
			app.P().Text(errorText(p.err)),
			app.A().Href("/").Text("Back to the reader"),
		)
	default:
		content = app.Div().Class("notice").Body(
			app.H1().Text("Opening from your library…"),
		)
	}
	return &Shell{Page: "reader", Content: []app.UI{content}}
}
