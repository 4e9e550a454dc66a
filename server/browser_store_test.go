//go:build e2e

package main

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// storeTestPage loads a Go test binary built for js/wasm and records what
// it prints and its exit code.
const storeTestPage = `<!doctype html><meta charset="utf-8"><title>store contract</title>
<script src="/wasm_exec.js"></script>
<script>
window.__out = "";
const log = console.log;
console.log = (...a) => { window.__out += a.join(" ") + "\n"; log(...a); };
const go = new Go();
go.argv = ["library.test", "-test.v", "-test.run", "IndexedDB"];
go.exit = code => { window.__exit = code; };
WebAssembly.instantiateStreaming(fetch("/library.test.wasm"), go.importObject)
  .then(r => go.run(r.instance))
  .catch(e => { window.__out += String(e); window.__exit = 99; });
</script>`

// TestBrowserStoreContract runs the same Store contract as the in-memory
// store's host test, against IndexedDB, inside Chromium.
func TestBrowserStoreContract(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "library.test.wasm")
	build := exec.Command("go", "test", "-c", "-o", bin, "../app/library")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build the wasm test binary: %v\n%s", err, out)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	wasmExec := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js")
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, storeTestPage)
	})
	mux.HandleFunc("/wasm_exec.js", func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, wasmExec) })
	mux.HandleFunc("/library.test.wasm", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/wasm")
		http.ServeFile(w, r, bin)
	})
	srv := mustServeOn(t, "127.0.0.1", mux)
	ctx, _ := mustBrowser(t)
	mustDo(t, ctx, "open the test page", chromedp.Navigate(srv.URL+"/"))
	mustWaitFor(t, ctx, "the wasm test to exit", `window.__exit !== undefined`, 90*time.Second)
	out := mustEval[string](t, ctx, `window.__out`)
	if code := mustEval[int](t, ctx, `window.__exit`); code != 0 || !strings.Contains(out, "--- PASS: TestIndexedDBStore") {
		t.Fatalf("store contract in Chromium: exit %d\n%s", code, out)
	}
	t.Logf("IndexedDB store contract in Chromium:\n%s", strings.TrimSpace(out))
}
