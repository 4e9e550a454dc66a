package components

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ShellPath is the app shell without an article: the page the service
// worker answers with when a navigation it has not cached (/read/{id},
// /library, /add?url=…) cannot reach the network. Answering those with "/"
// showed the seed article for the second the client took to start, before
// the saved article or the library replaced it; this page only says that
// Readwell is opening, and the client then renders the route its address
// names. A file name, not a folder: a static host serves /shell.html as it
// is, where /shell would be redirected to /shell/, and a service worker may
// not answer a navigation with a redirected response.
const ShellPath = "/shell.html"

// ShellPage renders the shell's "Opening…" state.
type ShellPage struct {
	app.Compo
}

// OnNav: opened at its own address (a bookmark, a typed URL), the page
// has nothing to show; the reader does.
func (p *ShellPage) OnNav(ctx app.Context) {
	if app.IsClient && strings.HasSuffix(ctx.Page().URL().Path, ShellPath) {
		ctx.Navigate("/")
	}
}

func (p *ShellPage) Render() app.UI {
	return &Shell{Page: "opening", Content: []app.UI{
		app.Div().Class("notice").Body(
			app.H1().Text("Opening…"),
		),
	}}
}
