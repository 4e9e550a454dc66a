//go:build js && wasm

package extract

// toUTF8 in the browser: pasted HTML arrives as a JavaScript string, so it
// is UTF-8 already; the native build decodes other charsets.
func toUTF8(data []byte, contentType string) []byte {
	return data
}
