package components

import (
	"strings"
	"sync"

	"readwell/app/article"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// canSpeak reports whether the browser offers speech synthesis; the
// Listen button is hidden where it does not. It asks for the API's
// interfaces, not for window.speechSynthesis: the first read of that
// starts the browser's speech engine, which in Chromium was a fifth of the
// client's first render on the start's main thread (4x CPU, traced). The
// engine starts when the reader presses Listen.
var canSpeak = sync.OnceValue(func() bool {
	if !app.IsClient {
		return false
	}
	w := app.Window()
	return w.Get("SpeechSynthesis").Truthy() && w.Get("SpeechSynthesisUtterance").Truthy()
})

// speak reads the article aloud in its language; stopSpeaking ends it.
func speak(a article.Article, onEnd func()) {
	w := app.Window()
	synth := w.Get("speechSynthesis")
	synth.Call("cancel")
	var text strings.Builder
	text.WriteString(a.Title)
	for _, b := range a.Blocks {
		if b.Kind == article.KindFigure || b.Kind == article.KindPre {
			continue
		}
		text.WriteString(".\n")
		text.WriteString(b.Text)
	}
	u := w.Get("SpeechSynthesisUtterance").New(text.String())
	if a.Lang != "" {
		u.Set("lang", a.Lang)
	}
	// Speech ends or fails (no voice installed): either way the button
	// goes back to Listen. The callback is kept, not released: the engine
	// may still call the other handler after the first.
	fired := false
	done := app.FuncOf(func(this app.Value, args []app.Value) any {
		if !fired {
			fired = true
			onEnd()
		}
		return nil
	})
	u.Set("onend", done)
	u.Set("onerror", done)
	synth.Call("speak", u)
}

func stopSpeaking() {
	if canSpeak() {
		app.Window().Get("speechSynthesis").Call("cancel")
	}
}

// renderListenButton toggles reading aloud.
func renderListenButton(speaking bool, onToggle app.EventHandler) app.UI {
	// The prerendered page has it (most browsers speak), hidden until the
	// client is live (readwell.css), so that the line keeps its height.
	if app.IsClient && !canSpeak() {
		return nil
	}
	label := "Listen"
	if speaking {
		label = "Stop"
	}
	return app.Button().Type("button").Class("save listen").Attr("data-listen", true).
		Aria("pressed", speaking).OnClick(onToggle).Text(label)
}
