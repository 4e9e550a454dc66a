//go:build e2e

package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// firefoxEngine is Firefox ESR driven by puppeteer-core over WebDriver
// BiDi (there is no geckodriver here). testdata/npm/firefox-bridge.js runs
// puppeteer and answers one JSON line per request on its stdout.
type firefoxEngine struct {
	cmd     *exec.Cmd
	in      io.WriteCloser
	out     *bufio.Scanner
	version string
}

type bridgeReply struct {
	OK    bool            `json:"ok"`
	Value json.RawMessage `json:"value"`
	Error string          `json:"error"`
}

func startFirefox(tb testing.TB) (engine, error) {
	bridge, err := filepath.Abs("../testdata/npm/firefox-bridge.js")
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat("../testdata/npm/node_modules/puppeteer-core"); err != nil {
		return nil, fmt.Errorf("puppeteer-core is not installed (make e2e runs npm ci in testdata/npm): %w", err)
	}
	firefox, err := exec.LookPath("firefox-esr")
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("node", bridge, firefox, tb.TempDir())
	var logs syncBuffer // shown only when the test fails
	cmd.Stderr = &logs
	tb.Cleanup(func() {
		if tb.Failed() {
			tb.Logf("firefox bridge output:\n%s", logs.String())
		}
	})
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	e := &firefoxEngine{cmd: cmd, in: in, out: bufio.NewScanner(out)}
	e.out.Buffer(make([]byte, 0, 1<<16), 64<<20)
	v, err := e.read(60 * time.Second) // the bridge says it is ready with the version
	if err != nil {
		e.Close()
		return nil, fmt.Errorf("start Firefox: %w", err)
	}
	json.Unmarshal(v, &e.version)
	return e, nil
}

// call sends one request and waits for its reply; a bridge that does not
// answer in time is killed, so a hung browser fails the test, not CI.
func (e *firefoxEngine) call(req map[string]string, timeout time.Duration) (json.RawMessage, error) {
	line, _ := json.Marshal(req)
	if _, err := e.in.Write(append(line, '\n')); err != nil {
		return nil, fmt.Errorf("firefox bridge: %w", err)
	}
	return e.read(timeout)
}

func (e *firefoxEngine) read(timeout time.Duration) (json.RawMessage, error) {
	timer := time.AfterFunc(timeout, func() { e.cmd.Process.Kill() })
	defer timer.Stop()
	if !e.out.Scan() {
		return nil, fmt.Errorf("firefox bridge stopped (timeout %v?): %v", timeout, e.out.Err())
	}
	var r bridgeReply
	if err := json.Unmarshal(e.out.Bytes(), &r); err != nil {
		return nil, fmt.Errorf("firefox bridge: %w", err)
	}
	if !r.OK {
		return nil, errors.New(r.Error)
	}
	return r.Value, nil
}

func (e *firefoxEngine) Goto(url string) error {
	_, err := e.call(map[string]string{"op": "goto", "url": url}, 45*time.Second)
	return err
}

func (e *firefoxEngine) Reload() error {
	_, err := e.call(map[string]string{"op": "reload"}, 45*time.Second)
	return err
}

func (e *firefoxEngine) Eval(expr string) (json.RawMessage, error) {
	return e.call(map[string]string{"op": "eval", "expr": expr}, 45*time.Second)
}

func (e *firefoxEngine) NativeErrors() []string {
	v, err := e.call(map[string]string{"op": "errors"}, 10*time.Second)
	if err != nil {
		return []string{"reading Firefox's errors: " + err.Error()}
	}
	var list []string
	json.Unmarshal(v, &list)
	return list
}

func (e *firefoxEngine) Screenshot(width, height int) ([]byte, error) {
	v, err := e.call(map[string]string{"op": "screenshot", "width": strconv.Itoa(width), "height": strconv.Itoa(height)}, 30*time.Second)
	if err != nil {
		return nil, err
	}
	var b64 string
	if err := json.Unmarshal(v, &b64); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(b64)
}

func (e *firefoxEngine) Version() string { return e.version }

func (e *firefoxEngine) Close() {
	e.call(map[string]string{"op": "close"}, 20*time.Second)
	e.in.Close()
	e.cmd.Process.Kill()
	e.cmd.Wait()
}
