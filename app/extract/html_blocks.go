package extract

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"readwell/app/article"

	"golang.org/x/net/html"
)

// blockWriter walks the chosen content in document order and turns it into
// body blocks: inline text gathers into the current block, block-level
// elements close it. Furniture inside the content (share bars, related
// links, captions' credits) is skipped.
type blockWriter struct {
	base    *url.URL
	pageURL string // the page's address as given, to know it printed as text
	title   string
	stats   map[*html.Node]textStats // from selectContent
	blocks  []article.Block

	cur     strings.Builder
	curLink int // runes of cur inside links
	// unlinked: the words of cur outside links, lower case ones counted
	// (a sentence whose names are links still has its verb outside them)
	unlinked int
	// Runes of cur's text inside and outside bold spans: a short block
	// all in bold stands for a heading.
	curBold, curPlain int
	inBold            bool
	kind              string
	inLink            bool
	inPre             bool
	stop              bool
}

func (w *blockWriter) walk(n *html.Node, depth int) {
	if w.stop || depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	if n.Data == "br" {
		if w.inPre {
			w.cur.WriteString("\n")
		} else {
			w.cur.WriteString(" ")
		}
		return
	}
	if n.Data == "img" {
		w.image(n, "")
		return
	}
	if depth > 0 && isBoilerplate(n) && !holdsProse(n, w.stats) {
		return
	}
	if n.Data == "figure" {
		w.figure(n)
		return
	}
	if n.Data == "tr" && inlineRow(n) {
		// A row of a data table reads as one line, its cells in order.
		w.flush()
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
				w.cur.WriteString(" ")
				for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
					w.walk(cc, depth+2)
				}
				w.cur.WriteString(" ")
			}
		}
		w.flush()
		return
	}
	kind, isBlock := blockKind(n.Data)
	if !isBlock {
		wasLink, wasBold := w.inLink, w.inBold
		w.inLink = wasLink || n.Data == "a"
		w.inBold = wasBold || n.Data == "span" && attr(n, boldMark) != ""
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, depth+1)
		}
		w.inLink, w.inBold = wasLink, wasBold
		return
	}
	w.flush()
	outer := w.kind
	if kind != "" && (outer == "" || outer == article.KindParagraph) {
		w.kind = kind
	}
	wasPre := w.inPre
	w.inPre = wasPre || n.Data == "pre"
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1)
	}
	w.flush()
	w.inPre = wasPre
	w.kind = outer
}

// inlineRow: a table row whose cells hold only inline text (no blocks,
// images or nested tables): a data row, not a layout table's. It looks at
// no more than 256 elements, so nested rows cost linear work.
func inlineRow(tr *html.Node) bool {
	cells, seen := 0, 0
	ok := true
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if seen++; seen > 256 {
				ok = false
				return
			}
			switch {
			case depth == 0 && (c.Data == "td" || c.Data == "th"):
				cells++
			case c.Data == "img" || c.Data == "br" || blockElements[c.Data] || depth > 8:
				ok = false
				return
			}
			walk(c, depth+1)
		}
	}
	walk(tr, 0)
	return ok && cells >= 2
}

// blockKind maps an element to the kind of block its text becomes ("" for
// block containers that give no kind of their own).
func blockKind(tag string) (kind string, isBlock bool) {
	switch tag {
	case "p":
		return article.KindParagraph, true
	case "h1", "h2":
		return article.KindHeading2, true
	case "h3", "h4", "h5", "h6":
		return article.KindHeading3, true
	case "blockquote":
		return article.KindBlockquote, true
	case "li", "dd", "dt":
		return article.KindListItem, true
	case "pre":
		return article.KindPre, true
	}
	return "", blockElements[tag]
}

func (w *blockWriter) text(s string) {
	w.cur.WriteString(s) // white space is folded at flush, except in <pre>
	n := utf8.RuneCountInString(strings.TrimSpace(s))
	if w.inLink {
		w.curLink += n
	} else {
		w.unlinked += lowerWords(s)
	}
	if w.inBold {
		w.curBold += n
	} else {
		w.curPlain += n
	}
}

// flush closes the current block, keeping it if it reads as article text.
func (w *blockWriter) flush() {
	raw := w.cur.String()
	link, unlinked := w.curLink, w.unlinked
	allBold := w.curBold > 0 && w.curPlain == 0
	w.cur.Reset()
	w.curBold, w.curPlain = 0, 0
	w.curLink, w.unlinked = 0, 0
	kind := w.kind
	if kind == "" {
		kind = article.KindParagraph
	}
	var text string
	if kind == article.KindPre {
		text = strings.Trim(raw, "\n")
		if strings.TrimSpace(text) == "" {
			return
		}
	} else {
		text = collapseSpace(raw)
	}
	if text == "" {
		return
	}
	if kind != article.KindPre && strings.HasPrefix(text, "<") && strings.HasSuffix(text, ">") {
		return // markup left as text (a noscript fallback), not prose
	}
	if kind != article.KindPre && (strings.HasPrefix(text, "[") && strings.Contains(text, "[/") || scriptNotice(text)) {
		return // a CMS shortcode left as text, or a notice that scripts are off
	}
	n := utf8.RuneCountInString(text)
	l := newLine(text)
	if float64(link) > 0.5*float64(n) && !(kind == article.KindParagraph && l.sentence && unlinked >= 3) {
		// A link list or a "read more" line; not a sentence whose names
		// are links ("<a>James Van Der Beek</a> has been eliminated
		// from “<a>Dancing with the Stars</a>.”").
		return
	}
	if l.kind == lineStop && len(w.blocks) > 0 {
		w.stop = true
		return
	}
	heading := kind == article.KindHeading2 || kind == article.KindHeading3 || kind == article.KindParagraph && allBold
	if l.kind == lineChrome && heading && !isControlLine(l) {
		l.kind = lineOther // a one- or two-word heading ("Fazit"), not a control
	}
	if kind != article.KindPre && (l.kind == lineChrome || l.kind == lineDate || l.kind == lineByline) {
		return
	}
	if text == w.title && len(w.blocks) == 0 {
		return
	}
	if kind == article.KindHeading2 && text == w.title {
		return
	}
	if kind == article.KindParagraph && allBold && l.words <= 12 && !l.sentence && l.kind == lineOther {
		kind = article.KindHeading3 // a bold line standing for a heading
	}
	w.blocks = append(w.blocks, article.Block{Kind: kind, Text: text})
}

func (w *blockWriter) figure(n *html.Node) {
	w.flush()
	var img *html.Node
	var caption string
	var find func(*html.Node, int)
	find = func(c *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		if c.Type == html.ElementNode {
			switch c.Data {
			case "img":
				if img == nil {
					img = c
				}
			case "figcaption":
				caption = collapseSpace(textOf(c))
				return
			}
		}
		for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
			find(cc, depth+1)
		}
	}
	find(n, 0)
	if img != nil {
		w.image(img, caption)
	}
}

// image adds a figure block for an image with a usable http(s) source.
func (w *blockWriter) image(n *html.Node, caption string) {
	src := imageSource(n)
	src = resolveURL(w.base, src)
	if src == "" {
		return
	}
	if wd := attr(n, "width"); wd != "" && len(wd) <= 2 {
		return // tracking pixels and icons
	}
	if ht := attr(n, "height"); ht != "" && len(ht) <= 2 {
		return
	}
	if placeholderImage(src) {
		return
	}
	w.flush()
	w.blocks = append(w.blocks, article.Block{
		Kind:    article.KindFigure,
		Src:     src,
		Alt:     collapseSpace(attr(n, "alt")),
		Caption: caption,
	})
}

// placeholderWords name the images that stand in for others or for
// nothing: spacers, lazy-loading placeholders, tracking pixels.
var placeholderWords = []string{"spacer", "blank.gif", "pixel.gif", "placeholder", "1x1", "transparent.gif", "transparent.png", "lazy-load", "lazyload.gif", "grey.gif", "gray.gif"}

// placeholderImage: an image source that is no picture of the article,
// by its file name ("thespacereview.com/…" is no spacer).
func placeholderImage(src string) bool {
	lower := strings.ToLower(src)
	if i := strings.IndexAny(lower, "?#"); i >= 0 {
		lower = lower[:i]
	}
	return containsAny(lower[strings.LastIndex(lower, "/")+1:], placeholderWords)
}

// imageSource picks the real image of lazy-loading markup: data-src and
// friends first, then the largest srcset candidate, then src.
func imageSource(n *html.Node) string {
	for _, key := range []string{"data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src"} {
		if v := strings.TrimSpace(attr(n, key)); v != "" && !strings.HasPrefix(v, "data:") {
			return v
		}
	}
	for _, key := range []string{"srcset", "data-srcset"} {
		if v := largestSrcset(attr(n, key)); v != "" {
			return v
		}
	}
	src := strings.TrimSpace(attr(n, "src"))
	if strings.HasPrefix(src, "data:") {
		return ""
	}
	return src
}

func largestSrcset(s string) string {
	best, bestW := "", -1.0
	for _, part := range strings.Split(s, ",") {
		fields := strings.Fields(part)
		if len(fields) == 0 {
			continue
		}
		wd := 0.0
		if len(fields) > 1 {
			d := strings.TrimRight(fields[1], "wx")
			for _, r := range d {
				if r >= '0' && r <= '9' {
					wd = wd*10 + float64(r-'0')
				} else {
					break
				}
			}
		}
		if wd > bestW {
			best, bestW = fields[0], wd
		}
	}
	return best
}

// holdsProse: a subtree named like furniture that still carries real prose
// (a content wrapper with an unlucky class) is not skipped.
func holdsProse(n *html.Node, stats map[*html.Node]textStats) bool {
	if s := stats[n]; s.text < 500 || s.linkDensity() > 0.3 {
		return false
	}
	paragraphs := 0
	var count func(*html.Node, int)
	count = func(el *html.Node, depth int) {
		if depth > maxDepth || paragraphs >= 3 {
			return
		}
		if el.Type == html.ElementNode && el.Data == "p" {
			if st := stats[el]; st.text > 80 && st.linkDensity() < 0.3 {
				paragraphs++
			}
		}
		for c := el.FirstChild; c != nil; c = c.NextSibling {
			count(c, depth+1)
		}
	}
	count(n, 0)
	return paragraphs >= 3
}

// finish closes the last block and returns them all.
func (w *blockWriter) finish() []article.Block {
	w.flush()
	return dropClosingBio(dropHeaderLeaks(dropOpeningCaption(captionsToFigures(dropRepeats(w.blocks))), w.pageURL))
}

// dropClosingBio drops a note about the writer that closes the article
// ("Julius is an LA Entertainment Reporter for Fox News.").
func dropClosingBio(blocks []article.Block) []article.Block {
	if n := len(blocks); n > 1 && blocks[n-1].Kind == article.KindParagraph && isAuthorBio(newLine(blocks[n-1].Text)) {
		return blocks[:n-1]
	}
	return blocks
}

// creditMarks end a caption with its credit: "(Image: GETTY )", "(Photo by
// …)", "(AP Photo/…)".
var creditMarks = []string{"(image:", "(photo:", "(photo by", "(photos:", "(picture:", "(pic:", "(credit:",
	"(ap photo", "(reuters", "(afp", "(getty", "(foto:", "(imagem:", "(bild:", "(source:", "credit:", "photo credit"}

// captionLine: a paragraph that carries a photo credit (a credit mark, or a
// credit line's "… | Agency"), at most 60 words.
func captionLine(s string) bool {
	if countWords(s) > 60 {
		return false
	}
	return containsAny(strings.ToLower(s), creditMarks) || creditLine(s) || trailingCredit(s)
}

// trailingCredit: s ends in a photo credit, in brackets ("… shutdown.
// (Elias Funez/The Union via AP)") or after its last sentence ("… November
// 18, 2019. REUTERS/Brendan McDermid").
func trailingCredit(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		i := strings.LastIndex(s, "(")
		return i >= 0 && creditLine(s[i+1:len(s)-1])
	}
	i := strings.LastIndex(s, ". ")
	return i >= 0 && creditLine(s[i+2:])
}

// captionsToFigures gives a figure the caption printed as the paragraph
// right after it, so that it stays with its picture and is not read as
// the article's text.
func captionsToFigures(blocks []article.Block) []article.Block {
	out := blocks[:0:0]
	for _, b := range blocks {
		if n := len(out); n > 0 && b.Kind == article.KindParagraph && out[n-1].Kind == article.KindFigure && out[n-1].Caption == "" && captionLine(b.Text) {
			out[n-1].Caption = b.Text
			continue
		}
		out = append(out, b)
	}
	return out
}

// scriptNoticePhrases say that a widget needs scripts the reader has off.
var scriptNoticePhrases = []string{"requires javascript", "enable javascript", "javascript is disabled",
	"javascript disabled", "javascript must be enabled", "activa javascript", "activez javascript", "aktivieren sie javascript"}

// scriptNotice: a short line saying a widget needs JavaScript.
func scriptNotice(s string) bool {
	if countWords(s) > 14 {
		return false
	}
	return containsAny(strings.ToLower(s), scriptNoticePhrases)
}

// dropHeaderLeaks drops, among the first three blocks, what belongs to the
// page's header rather than to the article: the page's own address printed
// as text, and a line of metadata (a date and a "by"/"por" label in at most
// 30 words: "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde").
func dropHeaderLeaks(blocks []article.Block, pageURL string) []article.Block {
	out := blocks[:0:0]
	for i, b := range blocks {
		if i < 3 && b.Kind == article.KindParagraph && len(blocks) > 1 {
			t := strings.TrimSpace(b.Text)
			if pageURL != "" && strings.TrimSuffix(t, "/") == strings.TrimSuffix(pageURL, "/") {
				continue
			}
			if countWords(t) <= 30 && findDate(t) != "" {
				if _, ok := afterBylineLabel(t); ok {
					continue
				}
			}
		}
		out = append(out, b)
	}
	return out
}

// photoAgencies are the names photo credits give, for creditLine.
var photoAgencies = []string{"getty images", "getty", "ap photo", "ap", "associated press", "reuters", "afp",
	"epa", "shutterstock", "bloomberg", "alamy", "pa images", "xinhua", "anadolu", "istock", "dpa"}

// creditLine: a photo credit — at most 12 words, parts split by "|" or "/",
// one of them a photo agency ("Natalie Naccache | Bloomberg | Getty Images",
// "Jaafar ASHTIYEH / AFP").
func creditLine(s string) bool {
	if countWords(s) > 12 || !strings.ContainsAny(s, "|/") {
		return false
	}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '/' }) {
		p := normalizePhrase(part)
		for _, a := range photoAgencies {
			if p == a || strings.HasSuffix(p, " "+a) || strings.HasPrefix(p, a+" ") {
				return true
			}
		}
	}
	return false
}

// dropOpeningCaption: a photo's caption and credit printed as paragraphs
// before the article's first lines (the picture itself was left out) are
// no part of the text: a credit line among the first four blocks goes, with
// the paragraph just above it, when the article goes on after them.
func dropOpeningCaption(blocks []article.Block) []article.Block {
	for i := 0; i < len(blocks) && i < 4; i++ {
		if blocks[i].Kind != article.KindParagraph || !creditLine(blocks[i].Text) || i+1 >= len(blocks) {
			continue
		}
		from := i
		if i > 0 && blocks[i-1].Kind == article.KindParagraph {
			from = i - 1
		}
		return append(blocks[:from:from], blocks[i+1:]...)
	}
	return blocks
}

// dropRepeats keeps the first of blocks that say the same thing a few
// blocks apart: a caption printed for each size of its picture. (Repeats
// far apart stay: a recipe names the same portion in each meal.)
func dropRepeats(blocks []article.Block) []article.Block {
	last := make(map[string]int, len(blocks))
	var texts []string
	for _, b := range blocks {
		if b.Kind != article.KindFigure {
			texts = append(texts, b.Text)
		}
	}
	out := blocks[:0:0]
	lastImage := make(map[string]int)
	for _, b := range blocks {
		if b.Kind == article.KindBlockquote && repeatsLonger(b.Text, texts) {
			continue
		}
		if b.Kind == article.KindFigure && b.Src != "" {
			if at, ok := lastImage[b.Src]; ok && len(out)-at <= 3 {
				continue // the same picture again (a lightbox copy)
			}
			lastImage[b.Src] = len(out)
		}
		if b.Kind != article.KindFigure && b.Text != "" && countWords(b.Text) >= 8 {
			if at, ok := last[b.Text]; ok && len(out)-at <= 3 {
				continue
			}
			last[b.Text] = len(out)
		}
		out = append(out, b)
	}
	return out
}

// repeatsLonger: s, a quote of 6 to 60 words, stands inside a longer block.
func repeatsLonger(s string, texts []string) bool {
	n := countWords(s)
	if n < 6 || n > 60 {
		return false
	}
	q := strings.Trim(s, "\"'“”‘’«» ")
	for _, t := range texts {
		if len(t) > len(s) && strings.Contains(t, q) {
			return true
		}
	}
	return false
}

// lowerWords counts the words of s written in lower case letters only.
func lowerWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		lower := true // strings.Fields gives no empty word
		for _, r := range w {
			if !unicode.IsLower(r) {
				lower = false
				break
			}
		}
		if lower {
			n++
		}
	}
	return n
}
