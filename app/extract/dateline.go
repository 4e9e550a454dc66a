package extract

import (
	"regexp"
	"strings"
)

// reDateline matches a dateline opening a body: "Mexico City – ",
// "WASHINGTON (AP) — ", "BERLIN, Germany - ". Place names are one to five
// capitalised words, optionally followed by a region and an agency.
var reDateline = regexp.MustCompile(`^((?:\p{Lu}[\p{L}.'’-]*\s?){1,5}(?:,\s*(?:\p{Lu}[\p{L}.'’-]*\s?){1,3})?)\s*(?:\([^)]{1,30}\)\s*)?(?:[–—]|--|-\s)\s*`)

// findDateline returns the dateline place opening text, or "".
func findDateline(text string) string {
	m := reDateline.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}
