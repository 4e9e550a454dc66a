//go:build e2e

package main

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// chromiumEngine is Debian's Chromium through chromedp, as in the other
// browser tests.
type chromiumEngine struct {
	ctx     context.Context
	errs    *pageErrors
	version string
}

func startChromium(tb testing.TB) (engine, error) {
	ctx, errs := mustBrowser(tb)
	e := &chromiumEngine{ctx: ctx, errs: errs}
	c, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Call(c, browser.GetVersion, cdp.Empty{})
	e.version = v.Product
	return e, err
}

func (e *chromiumEngine) run(timeout time.Duration, actions ...chromedp.Action[chromedp.Void]) error {
	ctx, cancel := context.WithTimeout(e.ctx, timeout)
	defer cancel()
	return chromedp.Do(ctx, actions...)
}

func (e *chromiumEngine) Goto(url string) error { return e.run(30*time.Second, chromedp.Navigate(url)) }
func (e *chromiumEngine) Reload() error         { return e.run(30*time.Second, chromedp.Reload()) }

func (e *chromiumEngine) Eval(expr string) (json.RawMessage, error) {
	ctx, cancel := context.WithTimeout(e.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](expr, chromedp.EvalAwaitPromise))
	return json.RawMessage(v), err
}

func (e *chromiumEngine) Screenshot(width, height int) ([]byte, error) {
	ctx, cancel := context.WithTimeout(e.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), int64(height))); err != nil {
		return nil, err
	}
	return chromedp.Run(ctx, chromedp.CaptureScreenshot())
}

func (e *chromiumEngine) NativeErrors() []string { return e.errs.take() }
func (e *chromiumEngine) Version() string        { return e.version }
func (e *chromiumEngine) Close()                 {} // mustBrowser's cleanup closes it
