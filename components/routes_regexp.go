//go:build !goapp_patched

package components

import (
	"regexp"
	"strconv"

	"readwell/app/article"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The server (and any build against go-app as it is) routes by the regular
// expression that says what route.matches does.
func registerRoute(r route) {
	app.RouteWithRegexp(r.pattern(), r.page)
}

// pattern is the regular expression of r's paths.
func (r route) pattern() string {
	p := "^" + regexp.QuoteMeta(r.path)
	if r.id {
		p += "[0-9a-f]{" + strconv.Itoa(article.IDLength) + "}"
	}
	if r.slash {
		p += "/?"
	}
	return p + "$"
}
