package components

import (
	"strings"

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
	showHelp        bool
	onKey           app.Func
	ctx             app.Context
}

// OnPreRender names the picture of link previews (og:image): the app's icon.
func (s *Shell) OnPreRender(ctx app.Context) {
	ctx.Page().SetImage("/web/icon-512.png")
}

// OnMount notes whether a service worker served this page and starts the
// keyboard shortcuts.
func (s *Shell) OnMount(ctx app.Context) {
	yieldIfLong()
	s.ctx = ctx
	// boot.js notes it while the page loads; see there why not here.
	s.hadController = app.Window().Get("readwellHadController").Truthy()
	s.updateAvailable = s.hadController && ctx.AppUpdateAvailable()
	s.onKey = app.FuncOf(s.handleKey)
	app.Window().Get("document").Call("addEventListener", "keydown", s.onKey)
}

// OnDismount stops the shortcuts and releases their callback.
func (s *Shell) OnDismount() {
	if s.onKey != nil {
		app.Window().Get("document").Call("removeEventListener", "keydown", s.onKey)
		s.onKey.Release()
		s.onKey = nil
	}
}

// shortcuts are the keys the reader answers to (shown by "?").
var shortcuts = []struct{ keys, what string }{
	{"j / k", "scroll down / up"},
	{"t", "next theme"},
	{"+ / −", "larger / smaller text"},
	{"q", "who said what"},
	{"e", "people, organisations and places"},
	{"/", "search the library"},
	{"h / n", "highlight the selected text / and write a note"},
	{"?", "show or hide these shortcuts"},
}

// handleKey runs a shortcut, unless the reader is typing or uses a
// modifier (browser shortcuts stay the browser's).
func (s *Shell) handleKey(this app.Value, args []app.Value) any {
	e := args[0]
	if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return nil
	}
	key := e.Get("key").String()
	target := e.Get("target")
	if tag := strings.ToLower(target.Get("tagName").String()); tag == "input" || tag == "textarea" || tag == "select" || target.Get("isContentEditable").Truthy() {
		return nil
	}
	w := app.Window()
	doc := w.Get("document")
	smooth := "smooth"
	if w.Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool() {
		smooth = "auto"
	}
	handled := true
	switch key {
	case "j":
		w.Call("scrollBy", map[string]any{"top": w.Get("innerHeight").Float() * 0.4, "behavior": smooth})
	case "k":
		w.Call("scrollBy", map[string]any{"top": -w.Get("innerHeight").Float() * 0.4, "behavior": smooth})
	case "t":
		stepSetting("theme", 1)
	case "+", "=":
		stepSetting("size", 1)
	case "-":
		stepSetting("size", -1)
	case "q":
		focusFirst(doc, "[data-quotes-panel] h2")
	case "e":
		focusFirst(doc, "[data-entity-chip]")
	case "/":
		if !focusFirst(doc, "#library-search") {
			s.ctx.Dispatch(func(ctx app.Context) { ctx.Navigate("/library#library-search") })
		}
	case "?":
		s.ctx.Dispatch(func(ctx app.Context) { s.showHelp = !s.showHelp })
	case "Escape":
		s.ctx.Dispatch(func(ctx app.Context) { s.showHelp = false })
	default:
		handled = false
	}
	if handled {
		e.Call("preventDefault")
	}
	return nil
}

// focusFirst focuses (and brings into view) the first element matching
// selector; false when there is none.
func focusFirst(doc app.Value, selector string) bool {
	el := doc.Call("querySelector", selector)
	if !el.Truthy() {
		return false
	}
	if !el.Call("hasAttribute", "tabindex").Bool() && el.Get("tabIndex").Int() < 0 {
		el.Call("setAttribute", "tabindex", "-1")
	}
	el.Call("focus")
	el.Call("scrollIntoView", map[string]any{"block": "center"})
	return true
}

func (s *Shell) onCloseHelp(ctx app.Context, e app.Event) { s.showHelp = false }

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
				app.A().Href("/settings").Aria("label", "Reading settings").Text("Aa"),
			),
		),
		app.If(s.updateAvailable, func() app.UI {
			return app.Div().Class("update").Attr("role", "status").Body(
				app.Span().Text("Update available"),
				app.Button().Type("button").Text("Reload").OnClick(s.onReload),
			)
		}),
		app.If(s.Page == "reader", func() app.UI {
			return app.Div().Class("progress").Aria("hidden", true)
		}),
		app.If(s.showHelp, func() app.UI {
			return app.Div().Class("shortcuts").Attr("role", "dialog").Aria("label", "Keyboard shortcuts").Body(
				app.H2().Text("Keyboard shortcuts"),
				app.Dl().Body(app.Range(shortcuts).Slice(func(i int) app.UI {
					return app.Div().Class("pair").Body(
						app.Dt().Text(shortcuts[i].keys),
						app.Dd().Text(shortcuts[i].what),
					)
				})),
				app.Button().Type("button").Class("choice").OnClick(s.onCloseHelp).Text("Close"),
			)
		}),
		app.Main().Class("page").DataSet("page", s.Page).Body(s.Content...),
	)
}
