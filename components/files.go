package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// download hands data to the browser as a JSON file to save.
func download(name string, data []byte) { downloadText(name, "application/json", data) }

// readFileText reads a File chosen by the reader and calls back with its text.
func readFileText(file app.Value, done func(string, error)) {
	var onText, onErr app.Func
	onText = app.FuncOf(func(this app.Value, args []app.Value) any {
		onText.Release()
		onErr.Release()
		done(args[0].String(), nil)
		return nil
	})
	onErr = app.FuncOf(func(this app.Value, args []app.Value) any {
		onText.Release()
		onErr.Release()
		done("", errFileUnreadable)
		return nil
	})
	file.Call("text").Call("then", onText, onErr)
}

// storageInfo reads how much the site stores and whether the browser
// keeps it under storage pressure; done is called on the UI goroutine's
// behalf by the caller (it runs in a JS callback).
func storageInfo(done func(usage, quota float64, persisted bool)) {
	storage := app.Window().Get("navigator").Get("storage")
	if !storage.Truthy() || !storage.Get("estimate").Truthy() {
		return
	}
	var onEstimate, onPersisted app.Func
	var usage, quota float64
	onPersisted = app.FuncOf(func(this app.Value, args []app.Value) any {
		onPersisted.Release()
		done(usage, quota, args[0].Truthy())
		return nil
	})
	onEstimate = app.FuncOf(func(this app.Value, args []app.Value) any {
		onEstimate.Release()
		usage, quota = args[0].Get("usage").Float(), args[0].Get("quota").Float()
		storage.Call("persisted").Call("then", onPersisted)
		return nil
	})
	storage.Call("estimate").Call("then", onEstimate)
}
