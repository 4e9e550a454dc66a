package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// The visible header: what a reader sees around an article's headline —
// the byline and the date — read from the page's lines of text rather than
// from its metadata, which often names the site, a department or a UTC day
// the page does not show.

// pageLine is one line of a page as a browser lays it out: the text between
// two block boundaries.
type pageLine struct {
	text    string
	authors []string // the runs of text inside author or byline elements
	heading bool     // inside an h1
}

// headerBefore and headerAfter bound the lines read around the headline:
// a date sometimes sits above it, the byline and date below it, before the
// first paragraphs of the body.
const (
	headerBefore = 4
	headerAfter  = 15
	// headerLinesMax stops the walk on huge pages: a headline is found in
	// the first few thousand lines or not at all.
	headerLinesMax = 20000
)

// visibleHeader is the byline and the dates a page shows around its headline.
type visibleHeader struct {
	byline    string // cleaned, names joined
	elsewhere string // an author element's byline when no headline is found
	published string // YYYY-MM-DD: a date shown as the publication day
	updated   string // YYYY-MM-DD: a date shown only as an update
}

// headerHints are what the page's metadata says that helps read its
// header: the site's name (not a byline), whether numeric dates put the
// day first, and the machine-readable date (the year of a day shown
// without one).
type headerHints struct {
	siteName string
	dayFirst bool
	machine  string
}

// readVisibleHeader finds the headline among the page's lines and reads the
// lines around it.
func readVisibleHeader(body *html.Node, title string, hints headerHints) visibleHeader {
	var h visibleHeader
	if body == nil || strings.TrimSpace(title) == "" {
		return h
	}
	lines := pageLines(body, normHeadline(title))
	at := headlineLine(lines, title)
	if at < 0 {
		for _, l := range lines {
			if len(l.authors) > 0 {
				if h.elsewhere = shownByline(pageLine{authors: l.authors}, hints.siteName); h.elsewhere != "" {
					break
				}
			}
		}
		return h
	}
	after := linesBelowHeadline(lines, at)
	for _, l := range after {
		if h.byline == "" {
			h.byline = shownByline(l, hints.siteName)
		}
		if h.published == "" {
			pub, upd := lineDates(l.text, hints)
			h.published = pub
			if h.updated == "" {
				h.updated = upd
			}
		}
	}
	for i := at - 1; i >= 0 && i >= at-headerBefore && h.published == ""; i-- {
		pub, upd := lineDates(lines[i].text, hints)
		h.published = pub
		if h.updated == "" {
			h.updated = upd
		}
	}
	return h
}

// headlineLine is the index of the line that shows the title: an h1 first,
// then any line, then the first h1 of three words or more (a page whose
// metadata words its title otherwise).
func headlineLine(lines []pageLine, title string) int {
	want := normHeadline(title)
	first, firstH1 := -1, -1
	for i, l := range lines {
		if firstH1 < 0 && l.heading && countWords(l.text) >= 3 {
			firstH1 = i
		}
		if len(l.text) < len(want)/2 || len(l.text) > 2*len(want)+8 || normHeadline(l.text) != want {
			continue
		}
		if l.heading {
			return i
		}
		if first < 0 {
			first = i
		}
	}
	if first < 0 {
		return firstH1
	}
	return first
}

func normHeadline(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ").Replace(s)
	return strings.ToLower(collapseSpace(s))
}

// linesBelowHeadline is the lines after the headline up to the body: it ends at
// the second long line (a standfirst may be the first) or after headerAfter.
func linesBelowHeadline(lines []pageLine, at int) []pageLine {
	var out []pageLine
	long := 0
	for _, l := range lines[at+1:] {
		if len(out) == headerAfter {
			break
		}
		if countWords(l.text) >= 25 {
			long++
			if long == 2 {
				break
			}
			continue
		}
		out = append(out, l)
	}
	return out
}

// shownByline is the byline a header line shows: the line itself when it
// names a writer after a label ("By …"), else the text of its author
// elements.
func shownByline(l pageLine, siteName string) string {
	if b := shownBylineText(l.text, siteName); b != "" {
		return b
	}
	if len(l.authors) > 0 {
		joined := strings.Join(l.authors, ", ")
		if len(joined) <= 160 {
			if b := cleanByline(joined, siteName); b != "" {
				return b
			}
			// The runs one by one: "November 20, 2019" and "Jo Doe".
			var names []string
			for _, run := range l.authors {
				if b := cleanByline(run, siteName); b != "" {
					names = appendNew(names, b)
				}
			}
			if len(names) > 0 {
				return joinNames(names)
			}
		}
	}
	return ""
}

// lineDates reads a header line's dates: the day it shows as published
// (or with no label) and the day it shows only as updated.
func lineDates(s string, hints headerHints) (published, updated string) {
	if countWords(s) > 20 {
		return "", ""
	}
	findDate := func(s string) string {
		if d := findDateOrder(s, hints.dayFirst); d != "" {
			return d
		}
		return findMonthDay(s, hints.machine)
	}
	lower := lowerSameLen(s)
	u := indexAny(lower, updatedWords)
	p := indexAny(lower, publishedWords)
	switch {
	case p >= 0:
		seg := s[p:]
		if u > p {
			seg = s[p:u]
		}
		published = plausibleDay(findDate(seg))
		if published == "" && (u < 0 || u > p) {
			// "05/10/2018 - Publicado por: Jo Doe"
			published = plausibleDay(findDate(s[:p]))
		}
		switch {
		case u >= 0 && u < p:
			updated = plausibleDay(findDate(s[u:p]))
		case u > p:
			updated = plausibleDay(findDate(s[u:]))
		}
	case u > 0:
		published = plausibleDay(findDate(s[:u]))
		updated = plausibleDay(findDate(s[u:]))
	case u == 0:
		updated = plausibleDay(findDate(s))
	default:
		published = plausibleDay(findDate(s))
	}
	return published, updated
}

var (
	updatedWords   = []string{"updated", "last modified", "modified", "actualizado", "atualizado", "aktualisiert", "mis à jour", "aggiornato"}
	publishedWords = []string{"published", "posted", "original", "publicado", "publié", "veröffentlicht", "pubblicato", "erschienen"}
)

// indexAny is the first index of any of words in s, or -1.
func indexAny(s string, words []string) int {
	best := -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// pageLines lays the page's text out in lines, as innerText would, with
// the text of author and byline elements noted on each line. It stops
// headerAfter lines after an h1 that reads headline (normalized).
func pageLines(body *html.Node, headline string) []pageLine {
	var lines []pageLine
	stopAt := -1
	var cur strings.Builder
	var curAuthors []string
	var authorRun strings.Builder
	heading := false
	flushRun := func() {
		if t := collapseSpace(authorRun.String()); t != "" {
			curAuthors = append(curAuthors, t)
		}
		authorRun.Reset()
	}
	flush := func() {
		flushRun()
		if t := collapseSpace(cur.String()); t != "" {
			lines = append(lines, pageLine{text: t, authors: curAuthors, heading: heading})
			if stopAt < 0 && heading && len(t) >= len(headline)/2 && normHeadline(t) == headline {
				stopAt = len(lines) + 2*headerAfter
			}
		}
		cur.Reset()
		curAuthors = nil
	}
	var walk func(n *html.Node, depth int, inAuthor, inH1 bool)
	walk = func(n *html.Node, depth int, inAuthor, inH1 bool) {
		if depth > maxDepth || len(lines) > headerLinesMax || stopAt >= 0 && len(lines) > stopAt {
			return
		}
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			if inAuthor {
				authorRun.WriteString(n.Data)
			} else if strings.TrimSpace(n.Data) != "" {
				flushRun()
			}
			heading = heading || inH1 && strings.TrimSpace(n.Data) != ""
			return
		case html.ElementNode:
			if hiddenElement(n) {
				return
			}
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, depth+1, inAuthor, inH1)
			}
			return
		}
		block := lineBlocks[n.Data]
		if block {
			flush()
			heading = false
		}
		if n.Data == "h1" {
			inH1 = true
		}
		// Each author element starts a run of its own, nested ones too: a
		// byline box may hold the date beside the name's own element.
		own := isAuthorElement(n) && textShorter(n, maxAuthorText)
		author := inAuthor || own
		if own {
			flushRun()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1, author, inH1)
		}
		if own {
			flushRun()
		}
		if block {
			flush()
			heading = false
		}
	}
	walk(body, 0, false, false)
	flush()
	return lines
}

// lineBlocks are the elements a line breaks around.
var lineBlocks = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true, "dd": true, "div": true,
	"dl": true, "dt": true, "figcaption": true, "figure": true, "footer": true, "form": true, "h1": true,
	"h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hr": true, "li": true,
	"main": true, "nav": true, "ol": true, "p": true, "section": true, "table": true, "td": true, "th": true,
	"tr": true, "ul": true,
}

// hiddenElement: never shown to a reader.
func hiddenElement(n *html.Node) bool {
	switch n.Data {
	case "script", "style", "noscript", "template", "svg", "iframe", "select", "option", "head", "title", "button":
		return true
	}
	if _, ok := attrPresent(n, "hidden"); ok {
		return true
	}
	return styleHidden(n)
}

// isAuthorElement: an element that holds an author's name — rel=author,
// itemprop=author, or a class or id naming an author or a byline (not
// the author's picture or biography).
func isAuthorElement(n *html.Node) bool {
	if strings.Contains(" "+strings.ToLower(attr(n, "rel"))+" ", " author ") {
		return true
	}
	if ip := strings.ToLower(attr(n, "itemprop")); strings.Contains(ip, "author") || strings.Contains(ip, "creator") {
		return true
	}
	for _, key := range []string{"class", "id", "data-testid"} {
		for _, tok := range strings.Fields(strings.ToLower(attr(n, key))) {
			if !strings.Contains(tok, "author") && !strings.Contains(tok, "byline") {
				continue
			}
			if !containsAny(tok, authorNotName) {
				return true
			}
		}
	}
	return false
}

// maxAuthorText bounds the text of an author element: a page whose body
// or article wrapper carries an author class ("author-admin") does not make
// all its text a byline.
const maxAuthorText = 200

// textShorter reports whether n's text is shorter than limit bytes,
// reading no further than that.
func textShorter(n *html.Node, limit int) bool {
	total := 0
	var walk func(*html.Node, int) bool
	walk = func(n *html.Node, depth int) bool {
		if depth > maxDepth {
			return false
		}
		if n.Type == html.TextNode {
			total += len(strings.TrimSpace(n.Data))
			return total < limit
		}
		if n.Type == html.ElementNode && hiddenElement(n) {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c, depth+1) {
				return false
			}
		}
		return true
	}
	return walk(n, 0)
}

// authorNotName marks author elements that hold something else than the
// article's writer: a commenter, a picture, a biography, a link to more
// articles.
var authorNotName = []string{"comment", "bio", "avatar", "img", "image", "photo", "pic", "desc", "more", "about", "social", "follow", "twitter", "email", "thumb", "title", "role", "position", "job", "date", "time", "box", "card", "page"}

// containsAny: s holds one of parts.
func containsAny(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// appendNew appends name unless list holds it already (any case).
func appendNew(list []string, name string) []string {
	for _, n := range list {
		if strings.EqualFold(n, name) {
			return list
		}
	}
	return append(list, name)
}
