package components

import (
	"regexp"
	"testing"
)

func TestIsPage(t *testing.T) {
	for _, tt := range []struct {
		path string
		want bool
	}{
		{"/", true},
		{"//", false},
		{"", false},
		{"/read/0123456789abcdef", true},
		{"/read/0123456789abcdef/", true},
		{"/read/0123456789abcdef//", false},
		{"/read/0123456789ABCDEF", false},
		{"/read/0123456789abcde", false},
		{"/read/0123456789abcdef0", false},
		{"/read/", false},
		{"/read", false},
		{"/add", true},
		{"/add/", true},
		{"/add/x", false},
		{"/addx", false},
		{"/library", true},
		{"/library/", true},
		{"/highlights/", true},
		{"/settings", true},
		{"/shell.html", true},
		{"/shell.html/", false},
		{"/shellxhtml", false},
		{"/web/app.wasm", false},
		{"/app.js", false},
	} {
		if got := IsPage(tt.path); got != tt.want {
			t.Errorf("IsPage(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

// The server routes by each route's regular expression, the UI wasm by
// route.matches: the two agree.
func FuzzRoutePatternAgrees(f *testing.F) {
	for _, s := range []string{"/", "/read/0123456789abcdef/", "/add/", "/shell.html", "/shellxhtml", "/read/0123456789abcdeF", "/settings//"} {
		f.Add(s)
	}
	patterns := make([]*regexp.Regexp, len(routes))
	for i, r := range routes {
		patterns[i] = regexp.MustCompile(r.pattern())
	}
	f.Fuzz(func(t *testing.T, path string) {
		for i, r := range routes {
			if got, want := r.matches(path), patterns[i].MatchString(path); got != want {
				t.Errorf("route %q: matches(%q) = %v, its pattern %s says %v", r.path, path, got, r.pattern(), want)
			}
		}
	})
}
