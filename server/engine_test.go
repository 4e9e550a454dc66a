//go:build e2e

package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"testing"
)

// engine is one browser engine driven by the cross-engine tests: Chromium
// through chromedp, Firefox ESR through puppeteer-core over WebDriver BiDi,
// WebKit (GTK and WPE ports) through its W3C WebDriver. The checks run the
// same JavaScript in each; nothing below this interface knows which engine
// it talks to.
type engine interface {
	// Goto navigates and returns once the page has loaded.
	Goto(url string) error
	// Reload reloads the current page and returns once it has loaded.
	Reload() error
	// Eval evaluates a JavaScript expression in the page, awaits it if it
	// is a promise, and returns its value as JSON.
	Eval(expr string) (json.RawMessage, error)
	// NativeErrors returns and forgets the uncaught errors and
	// console.error calls the engine reports through its protocol; WebKit's
	// WebDriver reports none, so the tests also read them in the page.
	NativeErrors() []string
	// Screenshot captures the page as PNG at a width×height viewport
	// (errNoResize where the engine cannot resize its window: WPE).
	Screenshot(width, height int) ([]byte, error)
	// Version names the browser and its version.
	Version() string
	Close()
}

// engineSpec names an engine and how to start it.
type engineSpec struct {
	name     string
	binaries []string // what must be installed (make e2e installs them)
	start    func(tb testing.TB) (engine, error)
}

var engineSpecs = []engineSpec{
	{"chromium", nil, startChromium}, // chromiumPath looks for it
	{"firefox", []string{"firefox-esr", "node"}, startFirefox},
	{"webkit-gtk", []string{"WebKitWebDriver", "xvfb-run"}, startWebKitGTK},
	{"webkit-wpe", []string{"WPEWebDriver", "cog"}, startWPEWebKit},
}

// mustHaveBinaries skips the engine when a program is missing, except under
// CI=true, where a missing engine fails the run: a skipped engine would
// hide a broken install.
func mustHaveBinaries(tb testing.TB, names ...string) {
	tb.Helper()
	for _, name := range names {
		if _, err := exec.LookPath(name); err != nil {
			if os.Getenv("CI") != "" {
				tb.Fatalf("%s not found: make e2e installs the browser engines", name)
			}
			tb.Skipf("%s not found; make e2e installs the browser engines", name)
		}
	}
}
