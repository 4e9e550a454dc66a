package components

import (
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"readwell/app/article"
	"readwell/app/highlight"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ArticleView renders one article as calm reading text. Every string is set
// as text, never as HTML: articles come from untrusted pages.
type ArticleView struct {
	app.Compo

	// Article is shown, never changed in place: a page gives a new pointer
	// for another article. go-app compares a child's fields with
	// reflect.DeepEqual at every update of the page, which for the same
	// pointer is one comparison, and for an article's value was a walk of
	// its every block, quotation and mention (three times: here, in the
	// text and in the quotes panel): 20 ms of the client's start on the
	// seed, more on a long article at each click of a pasted page.
	Article *article.Article
	// ActiveEntity is the ID of the entity whose mentions are marked.
	ActiveEntity string
	// Chips is a slot between the header and the text (the entity chips).
	Chips app.UI
	// Actions is a slot in the header's meta line (the save button).
	Actions app.UI
	// Marks are the reader's highlights in each block (highlight.Place).
	Marks map[int][]highlight.Mark
}

// OnInit lets the browser in, if the task has run long, before the article
// is drawn: after a paste, the page around it has just been drawn again.
func (v *ArticleView) OnInit() {
	yieldIfLong()
}

// Render draws the article header and body.
func (v *ArticleView) Render() app.UI {
	a := *v.Article
	el := app.Article().Class("reader")
	if a.Lang != "" {
		el = el.Lang(a.Lang)
	}
	return el.Dir(dirOf(a)).Body(
		v.renderHeader(),
		v.Chips,
		&articleBody{Article: v.Article, ActiveEntity: v.ActiveEntity, Marks: nilIfEmpty(v.Marks)},
		v.renderFooter(),
	)
}

// articleBody is the article's text, a component of its own: go-app
// renders a child component again only when its exported fields changed,
// so an update of the page around it (OnNav after the first mount, the
// library's answer, the Save or Listen button) neither builds nor compares
// every block once more. ArticleView's slots (Chips, Actions) are UI trees,
// new at each render, and always differ.
type articleBody struct {
	app.Compo

	Article      *article.Article // never changed in place: see ArticleView
	ActiveEntity string
	Marks        map[int][]highlight.Mark
}

// nilIfEmpty makes no highlights one value: go-app compares fields with
// reflect.DeepEqual, for which a nil map and an empty one differ (the
// highlighter has the first before it knows the article, the second after).
func nilIfEmpty(marks map[int][]highlight.Mark) map[int][]highlight.Mark {
	if len(marks) == 0 {
		return nil
	}
	return marks
}

// OnInit lets the browser in, if the task has run long, before the text
// is built (the header and the chips are mounted by then).
func (b *articleBody) OnInit() {
	yieldIfLong()
}

func (b *articleBody) Render() app.UI {
	spans := indexSpans(*b.Article)
	blocks := make([]app.UI, 0, len(b.Article.Blocks))
	for i, block := range b.Article.Blocks {
		blocks = append(blocks, spans.blockView(i, block, b.ActiveEntity, b.Marks[i]))
	}
	return app.Div().Class("body").Body(blocks...)
}

// blockView is one block of the text, a component of its own. go-app
// renders a child component when it mounts it, so a long article's blocks
// are built one by one, and the mount lets the browser in between them
// (OnInit): a pasted article of 10,000 words was built whole in one task
// of over 100 ms before its mount could yield. An update renders again
// only the blocks whose fields changed: a chip's mentions, a highlight's
// blocks. Each has only the entities and the active entity it shows, so
// that comparing fields stays cheap and narrow.
type blockView struct {
	app.Compo

	Index        int
	Block        article.Block
	Quotes       []article.Quote
	Mentions     []indexedMention
	Entities     map[string]article.Entity
	ActiveEntity string
	Marks        []highlight.Mark
}

func (s articleSpans) blockView(i int, b article.Block, active string, marks []highlight.Mark) *blockView {
	v := &blockView{Index: i, Block: b, Quotes: s.quotes[i], Mentions: s.mentions[i], Marks: marks}
	for _, q := range v.Quotes {
		v.addEntity(s.entities[q.Speaker])
	}
	for _, m := range v.Mentions {
		v.addEntity(s.entities[m.Entity])
		if m.Entity == active && active != "" {
			v.ActiveEntity = active
		}
	}
	return v
}

func (v *blockView) addEntity(e article.Entity) {
	if e.ID == "" {
		return
	}
	if v.Entities == nil {
		v.Entities = map[string]article.Entity{}
	}
	v.Entities[e.ID] = e
}

func (v *blockView) OnInit() {
	yieldIfLong()
}

func (v *blockView) Render() app.UI {
	return renderBlock(v.Index, v.Block, v.inline())
}

// articleSpans groups an article's quotes and mentions by block.
type articleSpans struct {
	quotes   map[int][]article.Quote
	mentions map[int][]indexedMention
	entities map[string]article.Entity
}

func indexSpans(a article.Article) articleSpans {
	s := articleSpans{quotes: map[int][]article.Quote{}, mentions: map[int][]indexedMention{}, entities: map[string]article.Entity{}}
	for _, q := range a.Quotes {
		s.quotes[q.Block] = append(s.quotes[q.Block], q)
	}
	for i, m := range a.Mentions {
		s.mentions[m.Block] = append(s.mentions[m.Block], indexedMention{m, i})
	}
	for _, e := range a.Entities {
		s.entities[e.ID] = e
	}
	return s
}

// inline renders a block's text with its quotations, mentions and
// highlights, as text nodes and elements only: nothing from the article is
// parsed as HTML. A highlight's marks lie inside each text run, so one
// that spans a quotation or a mention never breaks it.
//
// The server's prerendered page carries plain text only: go-app's encoder
// indents every child element on its own line, which would put spaces
// into the words around a mention ("Trump ’s"). The client, which builds
// the DOM node by node, adds the annotations when it mounts.
func (v *blockView) inline() []app.UI {
	text, quotes, mentions, entities, marks := v.Block.Text, v.Quotes, v.Mentions, v.Entities, v.Marks
	if len(quotes) == 0 && len(mentions) == 0 && len(marks) == 0 || app.IsServer {
		return []app.UI{app.Text(text)}
	}
	pos := 0 // the rune offset of the next text run
	run := func(s string) []app.UI {
		out := markedText(s, pos, marks)
		pos += utf8.RuneCountInString(s)
		return out
	}
	var render func([]segment) []app.UI
	render = func(segs []segment) []app.UI {
		var out []app.UI
		for _, sg := range segs {
			switch {
			case sg.quote != nil:
				speaker := entities[sg.quote.Speaker]
				q := app.Q().ID(sg.quote.ID).Class("quote").
					DataSet("speaker", speaker.Name).
					DataSet("kind", sg.quote.Kind)
				if speaker.Name != "" {
					q = q.DataSet("label", speaker.ShortName()).Title(speaker.Name + " said")
				} else {
					// go-app drops empty attribute values; markUnattributed
					// sets data-speaker="" on these after render.
					q = q.DataSet("unattributed", true)
				}
				out = append(out, q.Body(render(sg.children)...))
			case sg.mention != nil:
				e := entities[sg.mention.Entity]
				cls := "mention"
				if e.ID != "" && e.ID == v.ActiveEntity {
					cls += " active"
				}
				out = append(out, app.Span().ID(fmt.Sprintf("m%d", sg.index)).Class(cls).
					DataSet("entity", e.Name).DataSet("kind", e.Kind).Body(run(sg.text)...))
			default:
				out = append(out, run(sg.text)...)
			}
		}
		return out
	}
	return render(blockSegments(text, quotes, mentions))
}

// renderFooter names where the article came from, with a link back to it,
// and lists the tags: after the text, as on a phone a dozen tags above the
// first paragraph push the article off the first screen.
func (v *ArticleView) renderFooter() app.UI {
	tags := v.Article.Tags
	href, site := articleSource(*v.Article)
	if len(tags) == 0 && href == "" {
		return nil
	}
	return app.Footer().Class("article-foot").Body(
		app.If(href != "", func() app.UI {
			return app.P().Class("source").Body(
				app.Text("From "),
				app.A().Href(href).Target("_blank").Attr("rel", "noopener noreferrer").
					Attr("referrerpolicy", "no-referrer").Attr("data-source", true).Text(site),
			)
		}),
		app.If(len(tags) > 0, func() app.UI {
			return app.Div().Body(
				app.H2().Class("visually-hidden").Text("Tags"),
				app.Ul().Class("tags").Body(
					app.Range(tags).Slice(func(i int) app.UI {
						return app.Li().Class("tag").Text(tags[i])
					}),
				),
			)
		}),
	)
}

// articleSource is the page an article was read from and the name to show
// for it (the site's own name, else its host): "" for anything but an
// http(s) address, so a hostile "javascript:" never becomes a link.
func articleSource(a article.Article) (href, site string) {
	u, err := url.Parse(strings.TrimSpace(a.URL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return "", ""
	}
	site = strings.TrimSpace(a.SiteName)
	if site == "" {
		site = strings.TrimPrefix(u.Hostname(), "www.")
	}
	return u.String(), site
}

func (v *ArticleView) renderHeader() app.UI {
	a := v.Article
	var kicker []string
	for _, s := range []string{a.Section, a.Dateline} {
		if s != "" {
			kicker = append(kicker, s)
		}
	}
	return app.Header().Class("article-head").Body(
		app.If(len(kicker) > 0 || a.Published != "", func() app.UI {
			return app.P().Class("kicker").Body(
				app.Span().Class("section").Text(strings.Join(kicker, " · ")),
				app.If(a.Published != "", func() app.UI {
					return app.Time().Class("published").DateTime(a.Published).Text(displayDate(a.Published))
				}),
			)
		}),
		app.H1().Text(titleOf(*a)),
		app.If(a.Dek != "", func() app.UI {
			return app.P().Class("dek").Text(a.Dek)
		}),
		app.P().Class("meta").Body(
			app.If(a.Byline != "", func() app.UI {
				return app.Span().Class("byline").Text("By " + a.Byline)
			}),
			app.Span().Class("reading-time").Text(readingTime(*a)),
			v.Actions,
		),
	)
}

func renderBlock(i int, b article.Block, content []app.UI) app.UI {
	switch b.Kind {
	case article.KindHeading2:
		return app.H2().DataSet("block", i).Body(content...)
	case article.KindHeading3:
		return app.H3().DataSet("block", i).Body(content...)
	case article.KindBlockquote:
		return app.Blockquote().DataSet("block", i).Body(content...)
	case article.KindListItem:
		return app.Ul().Body(app.Li().DataSet("block", i).Body(content...))
	case article.KindPre:
		return app.Pre().DataSet("block", i).Text(b.Text)
	case article.KindFigure:
		return renderFigure(i, b)
	default:
		return app.P().DataSet("block", i).Body(content...)
	}
}

// renderFigure shows an image only from http(s): a data: or javascript:
// source from a hostile page never reaches the DOM. The picture comes
// through the server's image proxy (ImageURL).
func renderFigure(i int, b article.Block) app.UI {
	src := ImageURL(b.Src)
	if src == "" {
		return app.Figure().DataSet("block", i).Body(app.If(b.Caption != "", func() app.UI {
			return app.FigCaption().Text(b.Caption)
		}))
	}
	return app.Figure().DataSet("block", i).Body(
		app.Img().Src(src).Alt(b.Alt).Attr("loading", "lazy").Attr("referrerpolicy", "no-referrer"),
		app.If(b.Caption != "", func() app.UI {
			return app.FigCaption().Text(b.Caption)
		}),
	)
}

func titleOf(a article.Article) string {
	if a.Title != "" {
		return a.Title
	}
	return "Untitled article"
}

func dirOf(a article.Article) string {
	if a.Dir == "rtl" {
		return "rtl"
	}
	return "ltr"
}

// displayDate turns an RFC 3339 date into "May 4, 2025"; other strings are
// shown as they are.
func displayDate(published string) string {
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, published); err == nil {
			return t.Format("January 2, 2006")
		}
	}
	return published
}

func readingTime(a article.Article) string {
	return fmt.Sprintf("%d min read · %d words", a.ReadingMinutes, a.Words)
}

// ImageURL is where the reader loads an article's picture from: the
// server's proxy (GET /api/image), as the Content-Security-Policy allows
// images from Readwell's own origin only, which also keeps the publisher
// from seeing the reader, and lets the service worker keep the pictures of
// saved articles. "" for anything but an http(s) address.
func ImageURL(src string) string {
	if !strings.HasPrefix(src, "https://") && !strings.HasPrefix(src, "http://") {
		return ""
	}
	return "/api/image?url=" + url.QueryEscape(src)
}
