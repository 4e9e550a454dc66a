//go:build !(js && wasm)

package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// toUTF8 decodes an HTML page in its declared or sniffed charset. The whole
// page is decoded at once: streaming decoders fail on some multi-byte pages
// ("short internal buffer"). The browser build has a UTF-8-only twin, which
// keeps the encoding tables out of the wasm: pasted HTML is UTF-8 already.
//
// A page whose bytes are valid UTF-8 with multi-byte characters is UTF-8,
// whatever its meta tag says: saved pages are re-encoded by the browser
// that saved them but keep their original <meta charset>, and decoding
// them as windows-1252 turns every ’ into â€™.
func toUTF8(data []byte, contentType string) []byte {
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if name == "utf-8" || enc == nil {
		return data
	}
	if !declaresCharset(contentType) && utf8.Valid(data) && hasMultibyte(data) {
		return data
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil || !utf8.Valid(out) {
		return data
	}
	return out
}

// declaresCharset: the HTTP header names a charset, which wins over sniffing.
func declaresCharset(contentType string) bool {
	return strings.Contains(strings.ToLower(contentType), "charset=")
}

func hasMultibyte(data []byte) bool {
	for _, b := range data {
		if b >= 0x80 {
			return true
		}
	}
	return false
}
