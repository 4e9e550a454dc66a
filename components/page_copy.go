package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// keepPage has the page of a saved article, as now drawn, kept for the
// service worker, which answers its address with it (web/boot.js says how):
// the article shows at once, online or off, while the client starts. path
// has no trailing slash, as the worker looks it up ("/read/{id}").
func keepPage(path string) {
	if app.IsClient && app.Window().Get("readwellKeepPage").Truthy() {
		app.Window().Call("readwellKeepPage", path)
	}
}

// forgetPage drops that copy: a deleted article is gone from the device.
func forgetPage(path string) {
	if app.IsClient && app.Window().Get("readwellForgetPage").Truthy() {
		app.Window().Call("readwellForgetPage", path)
	}
}
