package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// textStats are the lengths the scorer needs of one subtree, in runes.
type textStats struct {
	text, link int
}

func (s textStats) linkDensity() float64 {
	if s.text == 0 {
		return 0
	}
	return float64(s.link) / float64(s.text)
}

// measure computes text and link lengths for every element below n.
func measure(n *html.Node, stats map[*html.Node]textStats, inLink bool, depth int) textStats {
	var s textStats
	if depth > maxDepth {
		return s
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			l := utf8.RuneCountInString(strings.TrimSpace(c.Data))
			s.text += l
			if inLink {
				s.link += l
			}
		case html.ElementNode:
			cs := measure(c, stats, inLink || c.Data == "a", depth+1)
			s.text += cs.text
			s.link += cs.link
		}
	}
	stats[n] = s
	return s
}

// selectContent finds the element holding the article body: the subtree
// with the most prose in it, net of furniture. Every prose unit (a
// paragraph, or a leaf block with text of its own) votes with its length
// for each of its ancestors: prose for, link lists and fragments against,
// anything inside a subtree named like furniture (comments, related,
// share…) against. The best element is the one whose votes sum highest; an
// article split by an ad or a pull quote is found whole, because the parent
// of its parts sums more than either part.
//
// It returns the text statistics of every element of body too: the block
// writer reads them instead of measuring subtrees again.
func selectContent(body *html.Node) ([]*html.Node, map[*html.Node]textStats) {
	stats := map[*html.Node]textStats{}
	measure(body, stats, false, 0)
	totals := map[*html.Node]float64{}
	var candidates []*html.Node

	vote := func(from *html.Node, v float64) {
		if v == 0 {
			return
		}
		for a := from; a != nil && a.Type == html.ElementNode; a = a.Parent {
			if _, ok := totals[a]; !ok {
				candidates = append(candidates, a)
			}
			totals[a] += v
			if a == body {
				break
			}
		}
	}
	var visit func(n *html.Node, furniture bool, depth int)
	visit = func(n *html.Node, furniture bool, depth int) {
		if depth > maxDepth {
			return
		}
		// Text between n's block children forms runs: old layouts and
		// some CMSs put prose straight into a div, split by <br>.
		var run proseRun
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				run.add(c.Data, false)
			case c.Type != html.ElementNode:
			case isProseUnit(c):
				vote(n, run.value(furniture))
				run = proseRun{}
				vote(n, unitValue(c, stats[c], furniture || isBoilerplate(c)))
			case blockElements[c.Data] || hasBlockDescendant(c, 0):
				vote(n, run.value(furniture))
				run = proseRun{}
				// A wrapper of most of the page is not furniture, whatever
				// its class says ("has-sidebar", "menu-closed").
				visit(c, furniture || stats[c].text < 1000 && isCard(c) || isBoilerplate(c) && stats[c].text*2 < stats[body].text, depth+1)
			default:
				run.addInline(c, 0)
			}
		}
		vote(n, run.value(furniture))
	}
	visit(body, false, 0)
	if len(candidates) == 0 {
		return nil, stats
	}
	best := candidates[0]
	for _, c := range candidates {
		if totals[c] > totals[best] || totals[c] == totals[best] && contains(best, c) {
			best = c
		}
	}
	if debugScores != nil {
		sorted := append([]*html.Node(nil), candidates...)
		sort.SliceStable(sorted, func(i, j int) bool { return totals[sorted[i]] > totals[sorted[j]] })
		for _, c := range sorted[:min(8, len(sorted))] {
			debugScores(c, totals[c], stats[c])
		}
	}
	if totals[best] <= 0 {
		return nil, stats
	}
	return []*html.Node{best}, stats
}

// unitValue is one prose unit's vote: its length when it reads as prose,
// minus its length when it is a link list, a fragment or furniture.
func unitValue(n *html.Node, s textStats, furniture bool) float64 {
	if s.text == 0 {
		return 0
	}
	t := ""
	if s.text < 80 {
		if n.Data == "td" && s.link == 0 && !furniture {
			return 0 // a data cell: neither prose nor furniture
		}
		t = collapseSpace(textOf(n))
	}
	return proseValue(s.text, s.link, t, furniture)
}

// proseValue: text of length runes with link runes in links; text itself is
// needed only for short pieces (does it end like a sentence?).
func proseValue(length, link int, text string, furniture bool) float64 {
	l := float64(length)
	ld := 0.0
	if length > 0 {
		ld = float64(link) / l
	}
	switch {
	case furniture:
		return -l * 0.5
	case ld > 0.5:
		return -l
	case length >= 80:
		return l * (1 - ld)
	case length >= 20 && endsSentence(text):
		return l * (1 - ld)
	}
	return -min(l, 20)
}

// debugScores, when set by a test, sees the best candidates.
var debugScores func(n *html.Node, score float64, s textStats)

// isCard: one of a run of teasers ("more stories"): a list item or an
// <article> among siblings of its kind, with a picture and a headline link.
// Its summary reads like prose but is not this article's.
//
// Any repeated element whose headline (h2–h4) is a link is a card too.
// Callers ask only of short elements: a teaser is a few lines.
func isCard(n *html.Node) bool {
	same := 0
	for sib := n.Parent.FirstChild; sib != nil && same < 2; sib = sib.NextSibling {
		if sib != n && sib.Type == html.ElementNode && sib.Data == n.Data && (n.Data == "li" || n.Data == "article" || attr(sib, "class") == attr(n, "class")) {
			same++
		}
	}
	if same < 2 {
		return false
	}
	var hasImage, hasLink, headlineLink bool
	var walk func(*html.Node, bool, int)
	walk = func(c *html.Node, inHeading bool, depth int) {
		if depth > maxDepth || headlineLink {
			return
		}
		if c.Type == html.ElementNode {
			switch c.Data {
			case "img", "picture":
				hasImage = true
			case "h2", "h3", "h4":
				inHeading = true
			case "a":
				if utf8.RuneCountInString(strings.TrimSpace(textOf(c))) >= 15 {
					hasLink = true
					headlineLink = headlineLink || inHeading
				}
			}
		}
		for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
			walk(cc, inHeading, depth+1)
		}
	}
	walk(n, false, 0)
	return headlineLink || hasImage && hasLink && (n.Data == "li" || n.Data == "article")
}

// isProseUnit: a paragraph, or an element that usually holds one
// (a cell, a quote, a list item) when it has no block children.
func isProseUnit(n *html.Node) bool {
	switch n.Data {
	case "p", "pre":
		return true
	case "td", "blockquote", "li", "dd":
		return !hasBlockDescendant(n, 0)
	}
	return false
}

func hasBlockDescendant(n *html.Node, depth int) bool {
	if depth > maxDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockElements[c.Data] || hasBlockDescendant(c, depth+1)) {
			return true
		}
	}
	return false
}

// proseRun gathers the inline text between block elements.
type proseRun struct {
	text strings.Builder
	link int
}

func (r *proseRun) add(s string, inLink bool) {
	r.text.WriteString(s)
	if inLink {
		r.link += utf8.RuneCountInString(strings.TrimSpace(s))
	}
}

func (r *proseRun) addInline(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	link := n.Data == "a"
	var walk func(*html.Node, bool, int)
	walk = func(c *html.Node, inLink bool, depth int) {
		if depth > maxDepth {
			return
		}
		switch c.Type {
		case html.TextNode:
			r.add(c.Data, inLink)
		case html.ElementNode:
			if c.Data == "br" {
				r.text.WriteString(" ")
			}
			for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
				walk(cc, inLink || cc.Type == html.ElementNode && cc.Data == "a", depth+1)
			}
		}
	}
	walk(n, link, depth)
}

func (r *proseRun) value(furniture bool) float64 {
	t := collapseSpace(r.text.String())
	if t == "" {
		return 0
	}
	return proseValue(utf8.RuneCountInString(t), r.link, t, furniture)
}

// contains reports whether n is a or below it.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}
