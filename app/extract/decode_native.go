//go:build !(js && wasm)

package extract

import (
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// toUTF8 decodes an HTML page in its declared or sniffed charset. The whole
// page is decoded at once: streaming decoders fail on some multi-byte pages
// ("short internal buffer"). The browser build has a UTF-8-only twin, which
// keeps the encoding tables out of the wasm: pasted HTML is UTF-8 already.
func toUTF8(data []byte, contentType string) []byte {
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if name == "utf-8" || enc == nil {
		return data
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil || !utf8.Valid(out) {
		return data
	}
	return out
}
