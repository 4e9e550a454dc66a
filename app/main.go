// Command app is Readwell's browser client, built with GOOS=js GOARCH=wasm.
// It only wires things: the route table from components, articles from the
// embedded seed, then go-app's event loop.
package main

import (
	"readwell/app/seed"
	"readwell/components"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	components.Register(components.Sources{Default: seed.Article})
	app.RunWhenOnBrowser()
}
