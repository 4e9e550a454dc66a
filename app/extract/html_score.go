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

// paragraphElements are scored as units of prose.
var paragraphElements = map[string]bool{"p": true, "pre": true, "td": true, "blockquote": true, "li": false}

// selectContent finds the element holding the article body (readability's
// scoring: prose paragraphs vote for their ancestors, names and link
// density weigh in) and returns it with the siblings that continue it.
func selectContent(body *html.Node) []*html.Node {
	stats := map[*html.Node]textStats{}
	measure(body, stats, false, 0)
	scores := map[*html.Node]float64{}
	var candidates []*html.Node

	var visit func(*html.Node, int)
	visit = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if isProseUnit(c) {
				s := stats[c]
				if s.text >= 25 {
					txt := textOf(c)
					score := 1 + float64(strings.Count(txt, ",")+strings.Count(txt, "，")+strings.Count(txt, "、")) + min(float64(s.text)/100, 3)
					score *= 1 - s.linkDensity()
					ancestor := c.Parent
					for level := 0; ancestor != nil && ancestor.Type == html.ElementNode && level < 5; level++ {
						if _, ok := scores[ancestor]; !ok {
							scores[ancestor] = initialScore(ancestor)
							candidates = append(candidates, ancestor)
						}
						divider := 1.0
						switch level {
						case 0:
						case 1:
							divider = 2
						default:
							divider = float64(level) * 3
						}
						scores[ancestor] += score / divider
						ancestor = ancestor.Parent
					}
				}
				continue
			}
			visit(c, depth+1)
		}
	}
	visit(body, 0)
	if len(candidates) == 0 {
		return nil
	}
	for _, c := range candidates {
		scores[c] *= 1 - stats[c].linkDensity()
	}
	sort.SliceStable(candidates, func(i, j int) bool { return scores[candidates[i]] > scores[candidates[j]] })
	top := candidates[0]

	// When other strong candidates share an ancestor with the top one, the
	// body is split across containers: take their common ancestor.
	var close []*html.Node
	for _, c := range candidates[1:min(len(candidates), 6)] {
		if scores[c] >= 0.75*scores[top] && !contains(top, c) && !contains(c, top) {
			close = append(close, c)
		}
	}
	if len(close) >= 2 {
		anc := top.Parent
		for anc != nil && anc != body {
			n := 0
			for _, c := range close {
				if contains(anc, c) {
					n++
				}
			}
			if n >= 2 {
				top = anc
				break
			}
			anc = anc.Parent
		}
	}

	// Readability's sibling rule: siblings that score well, or read as prose,
	// belong to the article too.
	parent := top.Parent
	if parent == nil {
		return []*html.Node{top}
	}
	threshold := max(10, scores[top]*0.2)
	var out []*html.Node
	for s := parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top {
			out = append(out, s)
			continue
		}
		if s.Type != html.ElementNode {
			continue
		}
		if sc, ok := scores[s]; ok && sc >= threshold && !isBoilerplate(s) {
			out = append(out, s)
			continue
		}
		if s.Data == "p" {
			st := stats[s]
			txt := collapseSpace(textOf(s))
			if st.text > 80 && st.linkDensity() < 0.25 || st.text > 0 && st.text <= 80 && st.link == 0 && endsSentence(txt) {
				out = append(out, s)
			}
		}
	}
	return out
}

// isProseUnit: a paragraph element, or a leaf container (no block
// children) with text of its own: old layouts put prose in bare divs.
func isProseUnit(n *html.Node) bool {
	if paragraphElements[n.Data] {
		return true
	}
	switch n.Data {
	case "div", "section", "article", "span", "font", "center":
	default:
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockElements[c.Data] {
			return false
		}
	}
	return true
}

func initialScore(n *html.Node) float64 {
	s := classWeight(n)
	switch n.Data {
	case "div", "article", "main", "section":
		s += 5
	case "pre", "td", "blockquote":
		s += 3
	case "address", "ol", "ul", "dl", "dd", "dt", "li", "form":
		s -= 3
	case "h1", "h2", "h3", "h4", "h5", "h6", "th":
		s -= 5
	}
	if n.Data == "article" || n.Data == "main" || attr(n, "itemprop") == "articleBody" {
		s += 10
	}
	return s
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
