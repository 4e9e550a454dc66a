//go:build e2e

package main

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"readwell/app/seed"
)

// axePath is axe-core as make installs it (testdata/npm, pinned).
const axePath = "../testdata/npm/node_modules/axe-core/axe.min.js"

// TestBrowserAccessibility runs axe-core on /, /read/{id} and /library in
// every theme: no serious or critical violation (contrast included).
func TestBrowserAccessibility(t *testing.T) {
	axe, err := os.ReadFile(axePath)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("axe-core missing (make e2e installs it): %v", err)
		}
		t.Skipf("axe-core missing: %v", err)
	}
	a, _ := seed.Article()
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	type violation struct {
		ID     string   `json:"id"`
		Impact string   `json:"impact"`
		Help   string   `json:"help"`
		Nodes  []string `json:"nodes"`
	}
	for _, path := range []string{"/", "/read/" + a.ID, "/library", "/add", "/settings"} {
		for _, theme := range []string{"light", "sepia", "dark"} {
			t.Run(path+" "+theme, func(t *testing.T) {
				mustOpen(t, ctx, srv.URL+path)
				mustEval[bool](t, ctx, `(document.documentElement.setAttribute('data-theme', '`+theme+`'), true)`)
				mustEval[bool](t, ctx, `(()=>{ if (!window.axe) { (0, eval)(`+jsString(string(axe))+`); } return true; })()`)
				if os.Getenv("READWELL_AXE_SELFTEST") != "" {
					mustEval[bool](t, ctx, `(document.querySelector('main').appendChild(document.createElement('img')), true)`)
				}
				got := mustEval[[]violation](t, ctx, `axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ({
					id: v.id, impact: v.impact || '', help: v.help,
					nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\n').slice(0, 2).join(' ')),
				})))`)
				serious := 0
				var all []string
				for _, v := range got {
					all = append(all, v.Impact+":"+v.ID)
					if v.Impact == "serious" || v.Impact == "critical" {
						serious++
						t.Errorf("%s %s: %s — %s", v.Impact, v.ID, v.Help, strings.Join(v.Nodes, " | "))
					}
				}
				t.Logf("axe %s (%s): %d violations %v", path, theme, len(got), all)
			})
		}
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	return fmt.Sprintf("%q", s)
}
