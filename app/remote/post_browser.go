//go:build js && wasm

package remote

import (
	"context"
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// postJSON sends body with the browser's fetch and waits for the answer.
// Every callback it creates is released before it returns.
func postJSON(ctx context.Context, url string, body []byte) (int, []byte, error) {
	type result struct {
		status int
		text   string
		err    error
	}
	done := make(chan result, 1)
	var status int
	var onResponse, onText, onError app.Func
	release := func() {
		onResponse.Release()
		onText.Release()
		onError.Release()
	}
	onText = app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- result{status: status, text: args[0].String()}
		return nil
	})
	onError = app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- result{err: errors.New("fetch failed")}
		return nil
	})
	onResponse = app.FuncOf(func(this app.Value, args []app.Value) any {
		status = args[0].Get("status").Int()
		args[0].Call("text").Call("then", onText, onError)
		return nil
	})
	init := map[string]any{
		"method":  "POST",
		"headers": map[string]any{"Content-Type": "application/json"},
		"body":    string(body),
	}
	app.Window().Call("fetch", url, init).Call("then", onResponse, onError)
	select {
	case r := <-done:
		release()
		return r.status, []byte(r.text), r.err
	case <-ctx.Done():
		// The answer may still come: release the callbacks then.
		go func() {
			<-done
			release()
		}()
		return 0, nil, ctx.Err()
	}
}
