package main

import (
	_ "embed"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

//go:embed loader.js
var loaderJS string

// adoptJS is the walk by which the client's first mount takes over the
// prerendered page (app/goapp-wasm.patch): part of the loader.
//
//go:embed adopt.js
var adoptJS string

// compileWorkerFile is the worker loader.js compiles the UI wasm in; the
// service worker keeps it with the shell, so the app starts offline.
const compileWorkerFile = "/web/app-compile.js"

// The part of go-app's app.js that ownLoader replaces: from its wasm
// loader's declaration to the next function's.
const (
	loaderStart = "async function goappInitWebAssembly() {"
	loaderEnd   = "function goappCanLoadWebAssembly()"
)

// ownLoader returns go-app's app.js with its wasm loader replaced by
// loader.js, or an error if the script no longer has the shape it had
// (a go-app upgrade must fail loudly here, not ship its loader again).
func ownLoader(appJS string) (string, error) {
	start := strings.Index(appJS, loaderStart)
	end := strings.Index(appJS, loaderEnd)
	if start < 0 || end < start || strings.Count(appJS, loaderStart) != 1 {
		return "", errors.New("serve: go-app's app.js has no single goappInitWebAssembly before goappCanLoadWebAssembly; server/loader.go must follow the new go-app")
	}
	return appJS[:start] + loaderJS + "\n" + adoptJS + appJS[end:], nil
}

// appScript is app.js as served: go-app's, made once by its handler when
// the server starts (it is the same for every request), with our loader.
type appScript struct {
	header http.Header
	body   string
}

func newAppScript(goApp http.Handler) (*appScript, error) {
	req, err := http.NewRequest(http.MethodGet, "/app.js", nil)
	if err != nil {
		return nil, err
	}
	rec := &pageBuffer{header: http.Header{}}
	goApp.ServeHTTP(rec, req)
	if rec.status != 0 && rec.status != http.StatusOK {
		return nil, fmt.Errorf("serve: go-app's handler answered app.js with %d", rec.status)
	}
	body, err := ownLoader(rec.body.String())
	if err != nil {
		return nil, err
	}
	return &appScript{header: rec.header, body: body}, nil
}

func (s *appScript) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for name, values := range s.header {
		if name != "Content-Length" {
			w.Header()[name] = values
		}
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(s.body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write([]byte(s.body))
	}
}
