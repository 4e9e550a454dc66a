package components

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// keepPage has the page of a saved article, as now drawn, kept for the
// service worker, which answers its address with it (web/boot.js says how):
// the article shows at once, online or off, while the client starts.
func keepPage(path string) {
	if app.IsClient && app.Window().Get("readwellKeepPage").Truthy() {
		app.Window().Call("readwellKeepPage", pageKey(path))
	}
}

// forgetPage drops that copy: a deleted article is gone from the device.
func forgetPage(path string) {
	if app.IsClient && app.Window().Get("readwellForgetPage").Truthy() {
		app.Window().Call("readwellForgetPage", pageKey(path))
	}
}

// pageKey is the address a copy is kept under, as the worker looks it up:
// the path, without a trailing slash.
func pageKey(path string) string {
	if len(path) > 1 {
		return strings.TrimSuffix(path, "/")
	}
	return path
}
