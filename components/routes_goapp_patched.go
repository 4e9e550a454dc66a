//go:build goapp_patched

package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The UI wasm builds against Readwell's copy of go-app (the Makefile's
// out/wasm.mod and -tags goapp_patched; app/goapp-wasm.patch), which routes
// by a func instead of a regular expression: regexp, regexp/syntax and the
// unicode tables they keep were 340 KB of the UI wasm's code.
func registerRoute(r route) {
	app.RouteFunc(r.matches, r.page)
}
