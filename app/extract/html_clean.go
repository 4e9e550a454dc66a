package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// removedElements never hold article text.
var removedElements = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true, "canvas": true,
	"iframe": true, "object": true, "embed": true, "button": true, "input": true, "select": true,
	"textarea": true, "nav": true, "dialog": true, "link": true, "meta": true, "head": true,
	"audio": true, "video": true, "map": true, "math": false,
}

// boilerplateWords are class/id words of page furniture: a subtree named
// with one of them is not article text (unless it holds a lot of prose).
var boilerplateWords = map[string]bool{
	"share": true, "sharing": true, "social": true, "related": true, "newsletter": true,
	"comment": true, "comments": true, "promo": true, "advert": true, "advertisement": true,
	"ad": true, "ads": true, "adslot": true, "sponsor": true, "sponsored": true, "subscribe": true,
	"subscription": true, "recirc": true, "recirculation": true, "outbrain": true, "taboola": true,
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "popup": true, "modal": true,
	"breadcrumb": true, "breadcrumbs": true, "byline": true, "sidebar": true, "widget": true,
	"toolbar": true, "menu": true, "nav": true, "navbar": true, "navigation": true, "footer": true,
	"masthead": true, "signup": true, "paywall": true, "banner": true, "trending": true,
	"popular": true, "recommended": true, "rail": true, "more": false, "tags": true, "tag": false,
	"author": false, "skip": true, "print": false, "disqus": true, "pagination": true, "pager": true,
	"overlay": true, "donate": true, "follow": true, "visually": false, "sr": false,
	"caption": false, "credit": true, "credits": true, "timestamp": true, "dateline": false,
	"meta": false, "header": false, "topics": true, "readmore": true, "inline": false,
}

// contentWords are class/id words of article containers.
var contentWords = map[string]bool{
	"article": true, "body": true, "content": true, "entry": true, "main": true, "post": true,
	"story": true, "text": true, "blog": true, "prose": true, "richtext": true, "paragraph": true,
}

// prepare removes what is never article text: scripts, forms' controls,
// navigation, hidden elements, comments.
func prepare(n *html.Node) {
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if depth > maxDepth || removable(c) {
				n.RemoveChild(c)
			} else {
				walk(c, depth+1)
			}
			c = next
		}
	}
	walk(n, 0)
}

func removable(n *html.Node) bool {
	switch n.Type {
	case html.CommentNode, html.DoctypeNode:
		return true
	case html.ElementNode:
	default:
		return false
	}
	if removedElements[n.Data] {
		return true
	}
	if _, hidden := attrPresent(n, "hidden"); hidden {
		return true
	}
	if attr(n, "aria-hidden") == "true" && n.Data != "img" && n.Data != "figure" {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
		return true
	}
	switch attr(n, "role") {
	case "navigation", "dialog", "alertdialog", "menu", "menubar", "search", "banner", "contentinfo":
		return true
	}
	return false
}

func attrPresent(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// classWeight is readability's idea: names tell what a container is for.
func classWeight(n *html.Node) float64 {
	w := 0.0
	for _, t := range classTokens(n) {
		if boilerplateWords[t] {
			w -= 25
			break
		}
	}
	for _, t := range classTokens(n) {
		if contentWords[t] {
			w += 25
			break
		}
	}
	return w
}

// isBoilerplate: a subtree named as furniture.
func isBoilerplate(n *html.Node) bool {
	switch n.Data {
	case "aside", "footer", "header", "nav", "form":
		return n.Data != "form"
	}
	if r := attr(n, "role"); r == "complementary" {
		return true
	}
	for _, t := range classTokens(n) {
		if boilerplateWords[t] {
			return true
		}
	}
	return false
}
