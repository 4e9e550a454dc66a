//go:build e2e

package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// webDriverEngine is WebKit through its W3C WebDriver (WebKitWebDriver for
// the GTK port, WPEWebDriver for WPE): a few plain HTTP calls to a driver on
// loopback. The driver and the browser it starts run in their own process
// group, so Close ends all of them, Xvfb included.
type webDriverEngine struct {
	cmd     *exec.Cmd
	base    string // http://127.0.0.1:port/session/id
	version string
	client  *http.Client
}

// startWebKitGTK: WebKitGTK 2.50's MiniBrowser needs a display; xvfb-run
// gives it one.
func startWebKitGTK(tb testing.TB) (engine, error) {
	return startWebDriver(tb, []string{"xvfb-run", "-a", "WebKitWebDriver"}, map[string]any{})
}

// startWPEWebKit: WPE with the cog browser is headless without a display.
// Passing args replaces the driver's own --automation, and without it the
// session never starts: keep it first.
func startWPEWebKit(tb testing.TB) (engine, error) {
	return startWebDriver(tb, []string{"WPEWebDriver"}, map[string]any{
		"wpe:browserOptions": map[string]any{
			"binary": "/usr/bin/cog",
			"args":   []string{"--automation", "--platform=headless"},
		},
	})
}

func startWebDriver(tb testing.TB, command []string, capabilities map[string]any) (engine, error) {
	addr := mustFreeLoopbackAddr(tb)
	port := addr[strings.LastIndex(addr, ":")+1:]
	cmd := exec.Command(command[0], append(command[1:], "--port="+port, "--host=127.0.0.1")...)
	// The driver and the browser chatter on every load; their output is
	// shown only when the test fails.
	var logs syncBuffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	tb.Cleanup(func() {
		if tb.Failed() {
			tb.Logf("%s output:\n%s", command[len(command)-1], logs.String())
		}
	})
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	e := &webDriverEngine{cmd: cmd, client: &http.Client{Timeout: 60 * time.Second}}
	driver := "http://" + addr
	deadline := time.Now().Add(30 * time.Second)
	for {
		var status struct {
			Ready bool `json:"ready"`
		}
		if err := e.do("GET", driver+"/status", nil, &status); err == nil && status.Ready {
			break
		}
		if time.Now().After(deadline) {
			e.Close()
			return nil, fmt.Errorf("%s did not answer on %s", command[len(command)-1], driver)
		}
		time.Sleep(100 * time.Millisecond)
	}
	var session struct {
		SessionID    string `json:"sessionId"`
		Capabilities struct {
			BrowserName    string `json:"browserName"`
			BrowserVersion string `json:"browserVersion"`
		} `json:"capabilities"`
	}
	body := map[string]any{"capabilities": map[string]any{"alwaysMatch": capabilities}}
	if err := e.do("POST", driver+"/session", body, &session); err != nil {
		e.Close()
		return nil, fmt.Errorf("new session: %w", err)
	}
	e.base = driver + "/session/" + session.SessionID
	e.version = session.Capabilities.BrowserName + " (WebKit " + session.Capabilities.BrowserVersion + ")"
	// Page loads and scripts get the same limits as in the other engines.
	e.do("POST", e.base+"/timeouts", map[string]any{"pageLoad": 30000, "script": 30000}, nil)
	return e, nil
}

// do sends one WebDriver command and decodes the "value" of its answer.
func (e *webDriverEngine) do(method, url string, body, value any) error {
	var buf bytes.Buffer
	if body != nil {
		json.NewEncoder(&buf).Encode(body)
	}
	req, err := http.NewRequest(method, url, &buf)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := e.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var answer struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&answer); err != nil {
		return fmt.Errorf("%s %s: %s: %w", method, url, resp.Status, err)
	}
	if resp.StatusCode != http.StatusOK {
		var werr struct {
			Error   string `json:"error"`
			Message string `json:"message"`
		}
		json.Unmarshal(answer.Value, &werr)
		return fmt.Errorf("%s: %s", werr.Error, werr.Message)
	}
	if value != nil {
		return json.Unmarshal(answer.Value, value)
	}
	return nil
}

func (e *webDriverEngine) Goto(url string) error {
	return e.do("POST", e.base+"/url", map[string]string{"url": url}, nil)
}

func (e *webDriverEngine) Reload() error {
	return e.do("POST", e.base+"/refresh", map[string]any{}, nil)
}

// Eval runs the expression as an async script: WebDriver's execute/sync
// does not await promises.
func (e *webDriverEngine) Eval(expr string) (json.RawMessage, error) {
	script := `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (` + expr + `)).then(
  v => done({ok: true, value: v === undefined ? null : v}),
  err => done({ok: false, error: String(err && err.stack ? err.message + '\n' + err.stack : err)}));`
	var r bridgeReply
	if err := e.do("POST", e.base+"/execute/async", map[string]any{"script": script, "args": []any{}}, &r); err != nil {
		return nil, err
	}
	if !r.OK {
		return nil, errors.New(r.Error)
	}
	return r.Value, nil
}

func (e *webDriverEngine) Screenshot(width, height int) ([]byte, error) {
	// WPE's driver cannot set the window size (setWindowRect: false): a
	// picture at another size would be mislabelled.
	// WPE's accepts the command and leaves the window as it is; GTK's
	// keeps a minimum width (447 for 390).
	var rect struct {
		Width int `json:"width"`
	}
	if err := e.do("POST", e.base+"/window/rect", map[string]int{"width": width, "height": height}, &rect); err != nil || rect.Width > width+64 || rect.Width < width-64 {
		return nil, fmt.Errorf("%w (asked %d wide, got %d: %v)", errNoResize, width, rect.Width, err)
	}
	var b64 string
	if err := e.do("GET", e.base+"/screenshot", nil, &b64); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(b64)
}

var errNoResize = errors.New("this engine's window cannot be resized")

func (e *webDriverEngine) NativeErrors() []string { return nil }
func (e *webDriverEngine) Version() string        { return e.version }

func (e *webDriverEngine) Close() {
	if e.base != "" {
		e.do("DELETE", e.base, nil, nil)
	}
	syscall.Kill(-e.cmd.Process.Pid, syscall.SIGKILL)
	e.cmd.Wait()
}

// syncBuffer is a bytes.Buffer that a process's output goroutines and the
// test can share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
