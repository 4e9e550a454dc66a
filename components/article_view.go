package components

import (
	"fmt"
	"strings"
	"time"

	"readwell/app/article"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ArticleView renders one article as calm reading text. Every string is set
// as text, never as HTML: articles come from untrusted pages.
type ArticleView struct {
	app.Compo

	Article article.Article
}

// Render draws the article header and body.
func (v *ArticleView) Render() app.UI {
	a := v.Article
	el := app.Article().Class("reader")
	if a.Lang != "" {
		el = el.Lang(a.Lang)
	}
	return el.Dir(dirOf(a)).Body(
		v.renderHeader(),
		app.Div().Class("body").Body(
			app.Range(a.Blocks).Slice(func(i int) app.UI {
				return renderBlock(i, a.Blocks[i])
			}),
		),
		v.renderFooter(),
	)
}

// renderFooter lists the tags after the text: on a phone a dozen tags above
// the first paragraph push the article off the first screen.
func (v *ArticleView) renderFooter() app.UI {
	tags := v.Article.Tags
	if len(tags) == 0 {
		return nil
	}
	return app.Footer().Class("article-foot").Body(
		app.H2().Class("visually-hidden").Text("Tags"),
		app.Ul().Class("tags").Body(
			app.Range(tags).Slice(func(i int) app.UI {
				return app.Li().Class("tag").Text(tags[i])
			}),
		),
	)
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
		app.H1().Text(titleOf(a)),
		app.If(a.Dek != "", func() app.UI {
			return app.P().Class("dek").Text(a.Dek)
		}),
		app.P().Class("meta").Body(
			app.If(a.Byline != "", func() app.UI {
				return app.Span().Class("byline").Text("By " + a.Byline)
			}),
			app.Span().Class("reading-time").Text(readingTime(a)),
		),
	)
}

func renderBlock(i int, b article.Block) app.UI {
	switch b.Kind {
	case article.KindHeading2:
		return app.H2().DataSet("block", i).Text(b.Text)
	case article.KindHeading3:
		return app.H3().DataSet("block", i).Text(b.Text)
	case article.KindBlockquote:
		return app.Blockquote().DataSet("block", i).Text(b.Text)
	case article.KindListItem:
		return app.Ul().Body(app.Li().DataSet("block", i).Text(b.Text))
	case article.KindPre:
		return app.Pre().DataSet("block", i).Text(b.Text)
	default:
		return app.P().DataSet("block", i).Text(b.Text)
	}
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
