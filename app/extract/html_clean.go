package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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
	"breadcrumb": true, "breadcrumbs": true, "byline": true, "sidebar": true,
	"toolbar": true, "menu": true, "nav": true, "navbar": true, "navigation": true, "footer": true,
	"masthead": true, "signup": true, "banner": true, "trending": true,
	"popular": true, "recommended": true, "more": false, "tags": true, "tag": false,
	"author": false, "skip": true, "print": false, "disqus": true, "pagination": true, "pager": true,
	"overlay": true, "donate": true, "follow": true, "visually": false, "sr": false,
	"caption": false, "credit": true, "credits": true, "timestamp": true, "dateline": false,
	"meta": false, "header": false, "topics": true, "readmore": true, "inline": false,
}

// contentWords are class/id words of article containers.
var contentWords = map[string]bool{
	"article": true, "body": true, "content": true, "entry": true, "main": true, "post": true,
	"story": true, "text": true, "blog": true, "prose": true, "richtext": true, "paragraph": true,
	"embed": true, "tweet": true,
}

// prepare removes what is never article text: scripts, forms' controls,
// navigation, hidden elements, comments.
func prepare(n *html.Node) {
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && c.Data == "noscript" {
				if img := noscriptImage(c); img != nil {
					n.InsertBefore(img, c)
				}
			}
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

// noscriptImage recovers a lazy-loaded image from its <noscript> fallback
// (the parser keeps noscript content as text) when the <img> before it has
// no real source of its own.
func noscriptImage(ns *html.Node) *html.Node {
	if ns.FirstChild == nil || ns.FirstChild.Type != html.TextNode || !strings.Contains(ns.FirstChild.Data, "<img") {
		return nil
	}
	prev := ns.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	if prev != nil && prev.Type == html.ElementNode && prev.Data == "img" && imageSource(prev) != "" {
		return nil // the visible image already has its source
	}
	nodes, err := html.ParseFragment(strings.NewReader(ns.FirstChild.Data), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return nil
	}
	for _, n := range nodes {
		if n.Type == html.ElementNode && n.Data == "img" {
			return n
		}
	}
	return nil
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
	if styleHidden(n) {
		return true
	}
	switch attr(n, "role") {
	case "navigation", "dialog", "alertdialog", "menu", "menubar", "search", "banner", "contentinfo":
		return true
	}
	return false
}

// styleHidden: an inline style hides the element (display: none,
// visibility: hidden).
func styleHidden(n *html.Node) bool {
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

func attrPresent(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// isBoilerplate: a subtree named as furniture. Each class name (and the
// id) is read on its own: "share-bar" and "article__byline" are furniture,
// but "pg-rail__body" ends in what it is, a body.
func isBoilerplate(n *html.Node) bool {
	switch n.Data {
	case "article", "main", "body":
		return false
	case "aside", "footer", "header", "nav":
		return true
	}
	if attr(n, "itemprop") == "articleBody" || attr(n, "role") == "main" {
		return false
	}
	if attr(n, "role") == "complementary" {
		return true
	}
	for _, name := range append(strings.Fields(attr(n, "class")), attr(n, "id")) {
		parts := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		})
		if len(parts) == 0 || contentWords[parts[len(parts)-1]] {
			continue
		}
		for _, p := range parts {
			if boilerplateWords[p] {
				return true
			}
		}
		// A pull quote ("pullquote", "pull-quote", "pullQuote") repeats a
		// line of the article beside it, out of its place: read where it
		// stands, it gave the quotation after it the wrong speaker.
		if strings.Contains(strings.Join(parts, ""), "pullquote") {
			return true
		}
	}
	return false
}
