package main

import (
	"strings"
	"testing"
)

// The served app.js has our loader in place of go-app's: the compile
// worker is asked first, go-app's progress stream is gone, and the rest of
// go-app's script (its service worker and install code, the helper the
// loader calls) is still there.
func TestAppScriptHasOwnLoader(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	_, body := mustGet(t, srv, "/app.js", nil)
	js := string(body)
	for _, want := range []string{compileWorkerFile, "function readwellInstantiateHere", "function goappCanLoadWebAssembly()", "goappInitServiceWorker();"} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %q", want)
		}
	}
	for _, gone := range []string{"fetchWithProgress(\"/web/app.wasm\"", "showProgress("} {
		if strings.Contains(js, gone) {
			t.Errorf("app.js still has go-app's %q", gone)
		}
	}
	if n := strings.Count(js, "function goappInitWebAssembly()"); n != 1 {
		t.Errorf("app.js declares goappInitWebAssembly %d times, want 1", n)
	}
}

func TestOwnLoaderRefusesAnUnknownScript(t *testing.T) {
	for _, js := range []string{
		"",
		"function goappCanLoadWebAssembly() {}",
		"function goappCanLoadWebAssembly() {}\nasync function goappInitWebAssembly() {}",
		"async function goappInitWebAssembly() {}\nasync function goappInitWebAssembly() {}\nfunction goappCanLoadWebAssembly() {}",
	} {
		if _, err := ownLoader(js); err == nil {
			t.Errorf("ownLoader(%q) = nil error", js)
		}
	}
	got, err := ownLoader("a\nasync function goappInitWebAssembly() { old }\nfunction goappCanLoadWebAssembly() {}")
	if err != nil || strings.Contains(got, "old") || !strings.HasPrefix(got, "a\n"+loaderJS) {
		t.Errorf("ownLoader replaced badly: %v\n%s", err, got)
	}
}
