//go:build trafilatura && !js

package extract

import (
	"bytes"
	"net/url"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// go-trafilatura, the second opinion issue 16 names, sits beside readeck
// in the dev benchmark when built with -tags trafilatura (make bench does):
// about 75 MB of modules to download (it runs RE2 in wazero, and its date
// parsers carry large tables), which make test does not need. A test
// dependency only: nothing it brings reaches the server or either wasm.
func init() {
	engines = append(engines, engine{"go-trafilatura v1.12.2", func(p htmlPage) string {
		u, _ := url.Parse(p.url)
		r, err := trafilatura.Extract(bytes.NewReader(p.html), trafilatura.Options{OriginalURL: u, EnableFallback: true, ExcludeComments: true})
		if err != nil || r == nil {
			return ""
		}
		return r.ContentText
	}})
}
