package components

import (
	"errors"
	"fmt"
	"strings"

	"readwell/app/article"

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
	errNotFound   = errors.New("this article is not in your library")
	errEmptyInput = errors.New("give a web address, or paste the page’s text or HTML")
)

// ReaderPage shows one article: the default one at "/", a saved one at
// /read/{id}.
type ReaderPage struct {
	app.Compo

	status       loadStatus
	err          error
	article      article.Article
	activeEntity string
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

// OnInit loads the article before the first render in the browser, so the
// client's first frame matches the prerendered page instead of flashing a
// loading state (go-app calls OnNav only after that first render).
func (p *ReaderPage) OnInit() {
	if app.IsClient {
		p.load(app.Window().URL().Path)
	}
}

// OnPreRender loads the article on the server, so the HTML carries it.
func (p *ReaderPage) OnPreRender(ctx app.Context) { p.nav(ctx) }

// OnNav loads the article for the route in the browser.
func (p *ReaderPage) OnNav(ctx app.Context) {
	p.nav(ctx)
	ctx.Defer(func(ctx app.Context) {
		markUnattributed(ctx)
		markAppReady(ctx)
	})
}

func (p *ReaderPage) nav(ctx app.Context) {
	p.load(ctx.Page().URL().Path)
	if p.status != statusReady {
		ctx.Page().SetTitle("Readwell")
		return
	}
	ctx.Page().SetTitle(p.article.Title + " · Readwell")
	ctx.Page().SetDescription(p.article.Dek)
}

func (p *ReaderPage) load(path string) {
	a, err := p.find(path)
	if err != nil {
		p.status, p.err = statusFailed, err
		return
	}
	p.status, p.err, p.article = statusReady, nil, a
}

func (p *ReaderPage) find(path string) (article.Article, error) {
	if sources.Default == nil {
		return article.Article{}, errors.New("no default article configured")
	}
	a, err := sources.Default()
	if err != nil {
		return a, err
	}
	if id, ok := strings.CutPrefix(path, "/read/"); ok && id != a.ID {
		return article.Article{}, errNotFound
	}
	return a, nil
}

// Render draws the page: the article, or why there is none.
func (p *ReaderPage) Render() app.UI {
	var content app.UI
	switch p.status {
	case statusReady:
		content = app.Div().Class("reading").Body(
			&ArticleView{
				Article:      p.article,
				ActiveEntity: p.activeEntity,
				Chips:        renderEntityChips(p.article.Entities, p.activeEntity, p.onToggleEntity),
			},
			renderQuotesPanel(p.article),
		)
	case statusFailed:
		content = app.Div().Class("notice").Body(
			app.H1().Text("Article unavailable"),
			app.P().Text(p.err.Error()),
			app.A().Href("/").Text("Back to the reader"),
		)
	default:
		content = app.Div().Class("notice").Body(
			app.H1().Text("Loading…"),
		)
	}
	return &Shell{Page: "reader", Content: []app.UI{content}}
}
