package extract

import (
	"context"
	"strings"

	"readwell/app/article"
	"readwell/app/article/finish"
)

// Text extracts an article from a plain-text dump of a page: what a reader
// gets with select-all and copy, or a scraper's innerText. It finds the body
// as the densest run of prose lines, reads title, dek, date, section, tags
// and byline from the lines above it, and stops at trailing boilerplate.
func Text(s string) (article.Article, error) {
	return TextExtractor{}.Extract(s)
}

// TextContext is Text, given up with ctx.Err() when ctx is done.
func TextContext(ctx context.Context, s string) (article.Article, error) {
	return TextExtractor{}.ExtractContext(ctx, s)
}

// TextExtractor is the plain-text path; its zero value is ready to use.
type TextExtractor struct{}

// Extract runs the plain-text path over s.
func (e TextExtractor) Extract(s string) (article.Article, error) {
	return e.ExtractContext(context.Background(), s)
}

// ExtractContext is Extract, given up with ctx.Err() when ctx is done.
func (TextExtractor) ExtractContext(ctx context.Context, s string) (article.Article, error) {
	if len(s) > MaxInputBytes {
		return article.Article{}, ErrTooLarge
	}
	lines, err := splitLines(ctx, s)
	if err != nil {
		return article.Article{}, err
	}
	start, end := findBody(lines)
	if start < 0 {
		return article.Article{}, ErrNoArticle
	}
	var a article.Article
	readHeader(&a, lines[:start], lines[start:end])
	a.Blocks = capBlocks(dropHeaderLeaks(dropOpeningCaption(dropCaptionLines(modelBlocks(lines, start, end, a.Title))), ""))
	if err := ctx.Err(); err != nil {
		return article.Article{}, err
	}
	if len(a.Blocks) == 0 {
		return article.Article{}, ErrNoArticle
	}
	if a.Dek != "" && dekRepeatsBody(a.Dek, a.Blocks) {
		a.Dek = ""
	}
	titleFromFirstLine(&a, start)

	a.Dateline = findDateline(a.Blocks[0].Text)
	a.Lang, a.Dir = detectLanguage(a.Blocks)
	finish.Article(&a)
	return a, nil
}

// dropCaptionLines drops the photo captions a text dump prints among the
// paragraphs (a line carrying a credit: "(Image: GETTY )"); the pictures
// themselves are gone.
func dropCaptionLines(blocks []article.Block) []article.Block {
	out := blocks[:0]
	for _, b := range blocks {
		if len(blocks) > 1 && captionLine(b.Text) && findDateline(b.Text) == "" && creditAtEnd(b.Text) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// creditAtEnd: the credit closes the line (it stands in its last third).
func creditAtEnd(s string) bool {
	lower := strings.ToLower(s)
	for _, m := range creditMarks {
		if i := strings.LastIndex(lower, m); i >= 0 && i*3 >= len(lower)*2 {
			return true
		}
	}
	return creditLine(s) || trailingCredit(s)
}

// splitLines turns s into its non-empty lines (ctx is checked every few
// thousand lines: 5 MiB of short lines take a second or two).
func splitLines(ctx context.Context, s string) ([]line, error) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var lines []line
	for i, raw := range strings.Split(s, "\n") {
		if i%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if strings.TrimSpace(raw) == "" {
			continue
		}
		lines = append(lines, newLine(raw))
	}
	return lines, nil
}

// findBody returns the half-open range of lines that holds the body: the
// run with the highest total score (prose adds, furniture subtracts), cut at
// the first boilerplate line inside it. start is -1 when there is no prose.
func findBody(lines []line) (start, end int) {
	markTableRows(lines)
	start, end = -1, -1
	best, sum, runStart := 0, 0, 0
	for i, l := range lines {
		if sum <= 0 {
			sum, runStart = 0, i
		}
		sum += l.score()
		if sum > best {
			best, start, end = sum, runStart, i+1
		}
	}
	if start < 0 {
		return -1, -1
	}
	start = pastHeader(lines, start, end)
	for i := start; i < end; i++ {
		if lines[i].kind != lineStop {
			continue
		}
		// "Related articles" and two or three headlines, then the article
		// goes on: a box inside the body, dropped, not its end.
		if j := afterInlineBox(lines, i, end); j > 0 {
			for k := i; k < j; k++ {
				lines[k].kind = lineChrome
			}
			i = j - 1
			continue
		}
		// A box of links that a text dump puts before the article ("Most
		// Popular" from a sidebar) can stand inside the best run: an
		// article that opens with a dateline after it, and outweighs what
		// came before, is the body. Comments never open with a dateline.
		if j := datelineLine(lines, i+1, end); j >= 0 && runScore(lines[j:stopOrEnd(lines, j, end)]) > runScore(lines[start:i]) {
			start, i = j, j
			continue
		}
		end = i
		break
	}
	if start >= end {
		return -1, -1
	}
	return start, extendList(lines, start, cutAtPromo(lines, start, cutListing(lines, start, end)))
}

// cutAtPromo ends the run at a promotion of the site (newsletter,
// subscription) that comes after four fifths of the run's prose: what
// follows it is the page's, not the article's.
func cutAtPromo(lines []line, start, end int) int {
	total := 0
	for i := start; i < end; i++ {
		if s := lines[i].score(); s > 0 {
			total += s
		}
	}
	seen := 0
	for i := start; i < end; i++ {
		if (isPromoLine(lines[i]) || isAuthorBio(lines[i])) && seen*5 >= total*4 {
			return i
		}
		if s := lines[i].score(); s > 0 {
			seen += s
		}
	}
	return end
}

// pastHeader: the body starts after the article's own header when the
// run begins with it — a title (often twice), a standfirst, then the date
// or byline line within the first eight lines, with under fifty words of
// prose above it — and at its first line that scores.
func pastHeader(lines []line, start, end int) int {
	for start < end && lines[start].score() <= 0 {
		start++
	}
	prose := 0
	for i := start; i < end && i < start+40; i++ {
		l := lines[i]
		if l.kind == lineDate || l.kind == lineByline {
			if prose < 50 {
				start = i + 1
			}
			break
		}
		if isProse(l) {
			prose += l.words
		}
	}
	for start < end && lines[start].score() <= 0 {
		start++
	}
	return start
}

// cutListing ends the run where a list of dated items begins: teasers of
// other articles ("headline, author, date, first lines" again and again) or
// comments ("name, 2 days ago, text"). Three or more date lines inside the
// run, each within eight lines of the one before, are such a list; the run
// ends after the last prose line above the first of them. An article's own
// date stands above its run, or once at its end.
func cutListing(lines []line, start, end int) int {
	first, last, count := -1, -1, 0
	for i := start + 1; i < end; i++ {
		if !dateish(lines[i]) {
			continue
		}
		if last >= 0 && i-last <= 8 {
			count++
		} else {
			first, count = i, 1
		}
		last = i
		if count >= 3 {
			break
		}
	}
	if count < 3 {
		return end
	}
	for j := first - 1; j > start; j-- {
		if lines[j].score() > 1 {
			return j + 1
		}
	}
	return end
}

// dateish: a date line, or a relative time ("32M ago", "2 days ago at
// 07:52 am", "updated 16M ago").
func dateish(l line) bool {
	if l.kind == lineDate {
		return true
	}
	if l.words > 8 || l.sentence {
		return false
	}
	f := strings.Fields(strings.ToLower(l.text))
	for i, w := range f {
		if w != "ago" || i == 0 {
			continue
		}
		// "32M ago", or a count before its unit: "2 days ago", "an hour ago".
		n := f[i-1]
		if i > 1 && n[0] >= 'a' && n[0] <= 'z' {
			n = f[i-2]
		}
		return n[0] >= '0' && n[0] <= '9' || n == "an" || n == "a"
	}
	return false
}

// listNumber is n when the line opens a numbered list item ("3) …",
// "3. …" followed by a word), else 0.
func listNumber(s string) int {
	n, i := 0, 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i+1 >= len(s) || (s[i] != ')' && s[i] != '.') || s[i+1] != ' ' {
		return 0
	}
	return n
}

// extendList: a body whose last prose line introduces a list (it ends with
// a colon) goes on through the numbered items that follow it — 1), 2), 3)
// … each within three lines of the one before — which score as short
// lines and would end the run.
func extendList(lines []line, start, end int) int {
	last := end - 1
	for last > start && lines[last].score() <= 0 {
		last--
	}
	if !strings.HasSuffix(strings.TrimRight(lines[last].text, " "), ":") {
		return end
	}
	want, at := 1, last
	for {
		next := -1
		for j := at + 1; j < len(lines) && j <= at+3; j++ {
			if lines[j].kind == lineStop {
				break
			}
			if listNumber(lines[j].text) == want {
				next = j
				break
			}
		}
		if next < 0 {
			break
		}
		want, at = want+1, next
	}
	if want <= 3 { // fewer than three items: not a list
		return end
	}
	return max(end, at+1)
}

// inlineBoxPhrases open boxes that sites put inside an article's text as
// well as after it.
var inlineBoxPhrases = []string{"related articles", "related stories", "related posts", "related content",
	"related coverage", "related reading", "read more", "you may also like", "you might also like",
	"recommended for you", "more stories", "read next", "up next", "dont miss", "don t miss", "more from",
	"artículos relacionados", "noticias relacionadas", "à lire aussi", "leia também", "veja também", "ähnliche artikel"}

// afterInlineBox: when the stop line at i opens an inline box — at most
// six headline lines, then prose again — the index of that prose, else 0.
// A headline cut short ("…", "...") is no prose.
func afterInlineBox(lines []line, i, end int) int {
	if !opensWith(normalizePhrase(lines[i].text), inlineBoxPhrases) {
		return 0
	}
	for j := i + 1; j < end && j <= i+7; j++ {
		l := lines[j]
		truncated := strings.HasSuffix(l.text, "...") || strings.HasSuffix(l.text, "…")
		if l.kind == lineOther && l.sentence && l.words >= 8 && !truncated {
			if j == i+1 {
				return 0 // no headlines: not a box
			}
			// The article goes on mostly in paragraphs; a list of
			// teasers alternates headlines and a paragraph each.
			prose, n := 0, 0
			for k := j; k < end && k < j+10; k++ {
				n++
				if isProse(lines[k]) {
					prose++
				}
			}
			if prose*2 < n {
				return 0
			}
			return j
		}
		if l.kind == lineStop {
			return 0
		}
	}
	return 0
}

// isProse: a line of running text, a sentence of eight words or more.
func isProse(l line) bool { return l.kind == lineOther && l.sentence && l.words >= 8 }

// datelineLine is the first prose line in [from, to) that opens with a
// dateline ("SAN FRANCISCO (AP) — …"), or -1.
func datelineLine(lines []line, from, to int) int {
	for i := from; i < to; i++ {
		if l := lines[i]; l.kind == lineOther && l.sentence && l.words >= 8 && findDateline(l.text) != "" {
			return i
		}
	}
	return -1
}

// stopOrEnd is the first stop line in [from, to), or to.
func stopOrEnd(lines []line, from, to int) int {
	for i := from; i < to; i++ {
		if lines[i].kind == lineStop {
			return i
		}
	}
	return to
}

func runScore(lines []line) int {
	sum := 0
	for _, l := range lines {
		sum += l.score()
	}
	return sum
}

// bodyBlocks keeps the prose of the body run and the short lines between
// prose that read as subheadings; it drops furniture and the title.
func bodyBlocks(lines []line, title string, inner func(i int) bool) []article.Block {
	var blocks []article.Block
	last := -1 // the last line that scores: short lines after it are not between prose
	for i, l := range lines {
		if l.score() > 0 {
			last = i
		}
	}
	for i, l := range lines {
		if l.text == title {
			continue
		}
		switch {
		case l.kind == lineChrome && i < last && l.words == 2 && !hasChromeWord(l.text) && inner != nil && inner(i):
			// Two words between the body's prose, not a control: a
			// heading in a list ("Meal 1").
			blocks = append(blocks, article.Block{Kind: article.KindParagraph, Text: l.text})
		case l.row && l.kind != lineStop:
			blocks = append(blocks, article.Block{Kind: article.KindParagraph, Text: l.text})
		case l.kind != lineOther:
			continue
		case l.score() > 0 || listNumber(l.text) > 0 && l.words >= 2:
			blocks = append(blocks, article.Block{Kind: article.KindParagraph, Text: l.text})
		case isSubheading(lines, i):
			blocks = append(blocks, article.Block{Kind: article.KindHeading2, Text: l.text})
		case i < last && l.words >= minInnerWords && inner != nil && !opensWith(normalizePhrase(l.text), inlineBoxPhrases) && inner(i):
			// A short line between the body's prose: a list item, a
			// score line, a heading among lists.
			blocks = append(blocks, article.Block{Kind: article.KindParagraph, Text: l.text})
		}
	}
	return blocks
}

func hasChromeWord(s string) bool {
	for _, f := range strings.Fields(normalizePhrase(s)) {
		if chromeWords[f] {
			return true
		}
	}
	return false
}

// minInnerWords: a line between the body's prose needs two words to be kept.
var minInnerWords = 2

// isSubheading: a short line without a sentence ending, with prose right
// before and after it.
func isSubheading(lines []line, i int) bool {
	l := lines[i]
	if l.words < 2 || l.words > 12 || l.sentence || i == 0 || i+1 >= len(lines) {
		return false
	}
	if strings.HasPrefix(l.text, "(") || strings.HasPrefix(l.text, "[") {
		return false
	}
	return lines[i-1].score() > 1 && lines[i+1].score() > 1
}

// titleFromFirstLine: pasted text with no header ("Headline.\n\nFirst
// paragraph…") opens its body with the title. When no title was found and
// the text starts with a short line standing alone before longer prose,
// that line is the title, not the first paragraph.
func titleFromFirstLine(a *article.Article, bodyStart int) {
	if a.Title != "" || bodyStart != 0 || len(a.Blocks) < 2 || a.Blocks[0].Kind != article.KindParagraph {
		return
	}
	first, next := a.Blocks[0].Text, a.Blocks[1].Text
	words := len(strings.Fields(first))
	if words == 0 || words > 16 || len(strings.Fields(next)) <= words || strings.Count(first, ". ") > 0 {
		return
	}
	a.Title = strings.TrimSuffix(first, ".")
	a.Blocks = a.Blocks[1:]
}
