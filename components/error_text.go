package components

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// errorKinds are the prefixes Readwell's errors carry ("library: …",
// "fetch: …"): useful in a log, noise on screen.
var errorKinds = []string{"library: ", "fetch: ", "extract: ", "image: ", "api: ", "remote: ", "export: ", "paste: ", "worker: ", "annotate: "}

// errorText is how an error reads on screen: without its kind prefix, with
// a capital first letter.
func errorText(err error) string {
	if err == nil {
		return ""
	}
	s := err.Error()
	for _, k := range errorKinds {
		s = strings.TrimPrefix(s, k)
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
