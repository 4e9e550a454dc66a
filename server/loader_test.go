package main

import (
	"os"
	"path/filepath"
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
	got, err := ownLoader("a\nasync function goappInitWebAssembly() { goappOldLoaderBody }\nfunction goappCanLoadWebAssembly() {}")
	if err != nil || strings.Contains(got, "goappOldLoaderBody") || !strings.HasPrefix(got, "a\n"+loaderJS) {
		t.Errorf("ownLoader replaced badly: %v\n%s", err, got)
	}
}

// The compile worker reads the wasm straight from this version's precache,
// by the name the service worker gives it: a cache of another name would
// never be found, and every start would go through the service worker.
func TestCompileWorkerKnowsThePrecacheName(t *testing.T) {
	const sw = `const cacheName = "app-" + "{{.Version}}";`
	if !strings.Contains(workerJS, sw) {
		t.Fatalf("server/worker.js no longer names its cache %s: change web/app-compile.js's wasmResponse with it", sw)
	}
	worker, err := os.ReadFile(filepath.Join(mustWebDir(t), "app-compile.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(worker), `var name = "app-" + version;`) {
		t.Errorf("web/app-compile.js does not look for the cache named \"app-\" + the version")
	}
}
