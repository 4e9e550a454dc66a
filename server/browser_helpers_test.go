//go:build e2e

package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The browser tests run the real server binary on a free loopback port and
// drive Debian's Chromium through chromedp. They need web/app.wasm (make
// wasm); `make e2e` builds it first.

var serverBinary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "readwell-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	serverBinary = filepath.Join(dir, "readwell")
	build := exec.Command("go", "build", "-o", serverBinary, ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: unable to build the server:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// serverProcess is the server running as its own process, so a test can
// stop it for real (offline is "nothing listens", not an emulation).
type serverProcess struct {
	URL  string
	cmd  *exec.Cmd
	once sync.Once
}

func mustStartServer(tb testing.TB, extraArgs ...string) *serverProcess {
	tb.Helper()
	return mustStartServerAt(tb, mustFreeLoopbackAddr(tb), extraArgs...)
}

// mustStartServerAt starts the server on addr: a restarted server keeps
// its origin, and so the browser's storage for it.
func mustStartServerAt(tb testing.TB, addr string, extraArgs ...string) *serverProcess {
	tb.Helper()
	web, err := filepath.Abs("../web")
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(web, "app.wasm")); err != nil {
		tb.Fatalf("web/app.wasm is missing (run make wasm): %v", err)
	}
	// -fetch-no-lookup: a page's pictures on real hosts (the image proxy)
	// must send no DNS query off the machine.
	cmd := exec.Command(serverBinary, append([]string{"serve", "-addr", addr, "-web", web, "-fetch-no-lookup"}, extraArgs...)...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		tb.Fatalf("start server: %v", err)
	}
	s := &serverProcess{URL: "http://" + addr, cmd: cmd}
	tb.Cleanup(s.Stop)
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := http.Get(s.URL + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s
			}
		}
		if time.Now().After(deadline) {
			tb.Fatalf("server did not become healthy at %s: %v", s.URL, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Stop kills the server process and waits until its port is closed.
func (s *serverProcess) Stop() {
	s.once.Do(func() {
		s.cmd.Process.Kill()
		s.cmd.Wait()
	})
}

func mustFreeLoopbackAddr(tb testing.TB) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// chromiumPath finds Debian's Chromium. Under CI=true a missing browser
// fails the run: a skipped browser test would hide a broken install.
func chromiumPath(tb testing.TB) string {
	tb.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		tb.Fatal("Chromium not found: make test installs it with apt-get install -y chromium")
	}
	tb.Skip("Chromium not found; install it with apt-get install -y chromium")
	return ""
}

// mustBrowser starts a headless Chromium with a fresh profile and returns a
// context for its first tab. Exceptions thrown by pages are collected and
// fail the test at the end, unless the test takes them with takeErrors.
func mustBrowser(tb testing.TB) (context.Context, *pageErrors) {
	tb.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(tb)),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.UserDataDir(tb.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	tb.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	errs := &pageErrors{}
	if err := chromedp.Listen(ctx, errs.listen); err != nil {
		tb.Fatalf("start browser: %v", err)
	}
	tb.Cleanup(func() {
		for _, e := range errs.take() {
			tb.Errorf("uncaught page error: %s", e)
		}
	})
	return ctx, errs
}

// pageErrors collects uncaught exceptions and console.error calls.
type pageErrors struct {
	mu   sync.Mutex
	list []string
}

func (p *pageErrors) listen(ev any) {
	var msg string
	switch ev := ev.(type) {
	case *runtime.EventExceptionThrown:
		msg = ev.ExceptionDetails.Text
		if ev.ExceptionDetails.Exception != nil {
			msg += " " + ev.ExceptionDetails.Exception.Description
		}
	case *runtime.EventConsoleAPICalled:
		if ev.Type != runtime.ConsoleAPICalledTypeError {
			return
		}
		msg = "console.error:"
		for _, a := range ev.Args {
			msg += " " + string(a.Value) + a.Description
		}
	default:
		return
	}
	p.mu.Lock()
	p.list = append(p.list, msg)
	p.mu.Unlock()
}

func (p *pageErrors) take() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	list := p.list
	p.list = nil
	return list
}

// mustDo runs browser steps with a deadline and fails the test on error.
func mustDo(tb testing.TB, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		tb.Fatalf("%s: %v", what, err)
	}
}

// mustEval evaluates a JavaScript expression (awaiting a promise) and
// decodes its value.
func mustEval[T any](tb testing.TB, ctx context.Context, expr string) T {
	tb.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.Fatalf("evaluate %q: %v", expr, err)
	}
	return v
}

// mustWaitFor polls a JavaScript condition until it is true.
func mustWaitFor(tb testing.TB, ctx context.Context, what, cond string, timeout time.Duration) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(ctx, timeout+5*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(timeout), chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		tb.Fatalf("waiting for %s (%s): %v", what, cond, err)
	}
}

// mustWaitAcrossReload polls a condition while the page may be reloading:
// evaluation errors from a destroyed page are retried, not fatal.
func mustWaitAcrossReload(tb testing.TB, ctx context.Context, what, cond string, timeout time.Duration) {
	tb.Helper()
	deadline := time.Now().Add(timeout)
	var lastErr error
	for time.Now().Before(deadline) {
		c, cancel := context.WithTimeout(ctx, 2*time.Second)
		ok, err := chromedp.Run(c, chromedp.Evaluate[bool](cond))
		cancel()
		if err == nil && ok {
			return
		}
		lastErr = err
		time.Sleep(100 * time.Millisecond)
	}
	tb.Fatalf("waiting for %s (%s): timed out (last error %v)", what, cond, lastErr)
}

// mustWaitForCachedShell waits until the service worker's cache holds the
// shell and the wasm: go-app's worker reports "activated" before that.
func mustWaitForCachedShell(tb testing.TB, ctx context.Context) {
	tb.Helper()
	mustWaitFor(tb, ctx, "the shell and the wasm in Cache Storage", shellCached, 60*time.Second)
}

// shellCached is true once Cache Storage holds the shell and the wasm.
const shellCached = `(async () => {
  for (const key of await caches.keys()) {
    const c = await caches.open(key);
    if (await c.match('/') && await c.match('/web/app.wasm')) return true;
  }
  return false;
})()`

// mustOpen navigates to url and waits until the client has mounted the page.
func mustOpen(tb testing.TB, ctx context.Context, url string) {
	tb.Helper()
	mustDo(tb, ctx, "open "+url, chromedp.Navigate(url))
	mustWaitFor(tb, ctx, "the client to mount "+url, `document.documentElement.getAttribute('data-app') === 'ready'`, 30*time.Second)
}

// mustSetScripts turns the page's JavaScript off or on (the service worker
// still answers): a page then stays what the network or the worker sent.
func mustSetScripts(tb testing.TB, ctx context.Context, enabled bool) {
	tb.Helper()
	mustDo(tb, ctx, "scripts", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: !enabled})
		return err
	}))
}

// mustFill sets a field's value as typing would: go-app listens to input.
func mustFill(tb testing.TB, ctx context.Context, selector, value string) {
	tb.Helper()
	mustEval[bool](tb, ctx, fillJS(selector, value))
}

// fillJS sets a field's value and sends the input event go-app listens to.
func fillJS(selector, value string) string {
	return `(() => { const el = document.querySelector(` + strconv.Quote(selector) + `); el.value = ` + strconv.Quote(value) + `;
		el.dispatchEvent(new Event('input', {bubbles: true})); return true; })()`
}

// clickJS clicks an element from script: no coordinates a re-render could
// move under a pointer.
func clickJS(selector string) string {
	return `(document.querySelector(` + strconv.Quote(selector) + `).click(), true)`
}

// existsJS is true once selector matches an element.
func existsJS(selector string) string {
	return `!!document.querySelector(` + strconv.Quote(selector) + `)`
}

// mustClick clicks an element the way a keyboard or a screen reader does:
// no mouse coordinates that a re-render could move under the pointer.
func mustClick(tb testing.TB, ctx context.Context, selector string) {
	tb.Helper()
	mustWaitFor(tb, ctx, selector, existsJS(selector), 10*time.Second)
	mustEval[bool](tb, ctx, clickJS(selector))
}
