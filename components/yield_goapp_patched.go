//go:build goapp_patched

package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The UI wasm's go-app (app/goapp-wasm.patch) runs a hook between the
// functions its loop runs one after another: until the page is ready, it
// lets the browser in once they have run for sliceBudget, so the page's
// first handlers and the updates they cause are not one long task. Not
// later: a handler must run within its event (a submit's
// preventDefault), which it does only if the loop is not waiting for the
// browser when the event comes; pasting, typing and clicking on a live
// page would not be safe.
func init() {
	app.SetSliceHook(func() {
		if !started {
			yieldIfLong()
		}
	})
}
