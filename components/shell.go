package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Shell is the frame every page fills: the top bar, the page's content and
// the update prompt. Page names the page for the data-page hook.
type Shell struct {
	app.Compo

	Page    string
	Content []app.UI

	// hadController: a service worker controlled this page when it loaded.
	// Without one, go-app's "update" is the first install, not an update.
	hadController   bool
	updateAvailable bool
}

// OnMount notes whether a service worker already controlled this page.
func (s *Shell) OnMount(ctx app.Context) {
	s.hadController = app.Window().Get("navigator").Get("serviceWorker").Get("controller").Truthy()
	s.updateAvailable = s.hadController && ctx.AppUpdateAvailable()
}

// OnAppUpdate shows the update prompt, except on a first visit.
func (s *Shell) OnAppUpdate(ctx app.Context) {
	s.updateAvailable = s.hadController && ctx.AppUpdateAvailable()
}

func (s *Shell) onReload(ctx app.Context, e app.Event) {
	ctx.Reload()
}

// Render draws the frame around the page content.
func (s *Shell) Render() app.UI {
	return app.Div().Class("shell").Body(
		app.Header().Class("topbar").Body(
			app.A().Class("brand").Href("/").Text("Readwell"),
			app.Nav().Class("topnav").Aria("label", "Readwell").Body(
				app.A().Href("/library").Text("Library"),
				app.A().Href("/add").Text("Add article"),
			),
		),
		app.If(s.updateAvailable, func() app.UI {
			return app.Div().Class("update").Attr("role", "status").Body(
				app.Span().Text("Update available"),
				app.Button().Type("button").Text("Reload").OnClick(s.onReload),
			)
		}),
		app.Main().Class("page").DataSet("page", s.Page).Body(s.Content...),
	)
}
