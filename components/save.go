package components

import (
	"context"
	"time"

	"readwell/app/article"
	"readwell/app/library"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// saveState is where saving the shown article stands.
type saveState struct {
	status loadStatus // statusReady: saved
	err    error
	busy   bool
}

var saveDone = saveState{status: statusReady}

// saveArticle stores a in the library, keeping the save time of an
// earlier save, and reports into st.
func saveArticle(ctx app.Context, a article.Article, st *saveState) {
	if sources.Library == nil || st.busy {
		return
	}
	st.busy, st.err = true, nil
	ctx.Async(func() {
		now := time.Now().UTC()
		// One step: an earlier save's time, reading state, highlights and
		// tags stay; the article is the one shown.
		_, err := sources.Library.Update(context.Background(), a.ID, func(e *library.Entry) error {
			if e.Article.ID == "" {
				e.SavedAt = now
			}
			e.Article, e.UpdatedAt = a, now
			return nil
		})
		ctx.Dispatch(func(ctx app.Context) {
			st.busy = false
			if err != nil {
				st.status, st.err = statusFailed, err
				return
			}
			st.status, st.err = statusReady, nil
			keepImages(a)
		})
	})
}

// ignore is a JavaScript callback that does nothing: the catch of a
// fire-and-forget promise. One for the whole app, never released.
var ignore app.Func

// keepImages asks for every picture of a saved article, so the service
// worker keeps them for offline reading even where the reader never
// scrolled (pictures load lazily). A failure only means that picture will
// show its description offline.
func keepImages(a article.Article) {
	if !app.IsClient {
		return
	}
	if ignore == nil {
		ignore = app.FuncOf(func(this app.Value, args []app.Value) any { return nil })
	}
	for _, b := range a.Blocks {
		if src := ImageURL(b.Src); b.Kind == article.KindFigure && src != "" {
			app.Window().Call("fetch", src).Call("catch", ignore)
		}
	}
}

// renderSaveButton is "Save" until the article is in the library, then a
// link to it; a failed save shows its reason.
func renderSaveButton(st saveState, onSave app.EventHandler) app.UI {
	switch {
	case st.status == statusReady:
		return app.A().Class("saved").Href("/library").Attr("data-saved", true).Text("✓ Saved to library")
	case st.err != nil:
		return app.Span().Class("save-error").Attr("role", "alert").Body(
			app.Text(errorText(st.err)+" "),
			app.Button().Type("button").Class("link").OnClick(onSave).Text("Try again"),
		)
	}
	label := "Save"
	if st.busy {
		label = "Saving…"
	}
	b := app.Button().Type("button").Class("save").Attr("data-save", true)
	if st.busy {
		// Only then: go-app writes Disabled(false) into the prerendered
		// page as disabled="false", which HTML reads as disabled.
		b = b.Disabled(true)
	}
	return b.OnClick(onSave).Text(label)
}
