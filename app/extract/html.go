package extract

import (
	"context"
	"errors"
	"io"
	"net/url"
	"strings"

	"readwell/app/article"
	"readwell/app/article/finish"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// HTML extracts an article from an HTML page (UTF-8; Page decodes other
// charsets first). pageURL resolves relative links and is the fallback
// canonical URL; it may be "".
func HTML(doc string, pageURL string) (article.Article, error) {
	return HTMLExtractor{}.Extract(doc, pageURL)
}

// HTMLExtractor is the HTML path; its zero value is ready to use.
type HTMLExtractor struct{}

// maxDepth bounds how deep the extractor walks: the HTML parser already
// caps nesting, this keeps recursion shallow on hostile pages.
const maxDepth = 256

// Extract runs the HTML path over doc.
func (e HTMLExtractor) Extract(doc string, pageURL string) (article.Article, error) {
	return e.ExtractContext(context.Background(), doc, pageURL)
}

// ExtractContext is Extract, given up with ctx.Err() when ctx is done (the
// parser reads through ctx, so a long parse stops too).
func (HTMLExtractor) ExtractContext(ctx context.Context, doc string, pageURL string) (article.Article, error) {
	if len(doc) > MaxInputBytes {
		return article.Article{}, ErrTooLarge
	}
	root, err := html.Parse(ctxReader{ctx, strings.NewReader(formattingAsSpans(doc))})
	if ctx.Err() != nil {
		return article.Article{}, ctx.Err()
	}
	if err != nil {
		return article.Article{}, errors.Join(ErrNoArticle, err)
	}
	base, _ := url.Parse(pageURL)
	if base != nil && base.Scheme != "http" && base.Scheme != "https" {
		base = nil
	}
	gq := goquery.NewDocumentFromNode(root)
	meta := readMeta(gq, base)
	if meta.canonical != "" {
		if u, err := url.Parse(meta.canonical); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
			base = u
		}
	}

	body := findBodyElement(root)
	if body == nil {
		return article.Article{}, ErrNoArticle
	}
	prepare(body)
	content, stats := selectContent(body)
	if len(content) == 0 {
		return article.Article{}, ErrNoArticle
	}
	if err := ctx.Err(); err != nil {
		return article.Article{}, err
	}
	w := blockWriter{base: base, pageURL: pageURL, title: meta.title, stats: stats}
	for _, n := range content {
		w.walk(n, 0)
	}
	blocks := capBlocks(w.finish())
	if len(blocks) == 0 {
		return article.Article{}, ErrNoArticle
	}

	a := article.Article{
		URL:       meta.canonical,
		Title:     meta.title,
		Dek:       meta.description,
		Byline:    meta.byline,
		Section:   meta.section,
		SiteName:  meta.siteName,
		Lang:      meta.lang,
		Dir:       meta.dir,
		Published: meta.published,
		Tags:      meta.tags,
		Blocks:    blocks,
	}
	if a.URL == "" && base != nil {
		a.URL = base.String()
	}
	if a.URL != "" {
		a.ID = finish.NewID(a.URL, "")
	}
	if a.Title == "" {
		a.Title = firstHeading(body)
	}
	if a.Dek != "" && dekRepeatsBody(a.Dek, blocks) {
		a.Dek = ""
	}
	if len(blocks) > 0 {
		a.Dateline = findDateline(blocks[0].Text)
	}
	lang, dir := detectLanguage(blocks)
	if a.Lang == "" {
		a.Lang = lang
	}
	if a.Dir == "" {
		a.Dir = dir
	}
	finish.Article(&a)
	return a, nil
}

// ctxReader reads r until ctx is done, then fails with ctx.Err().
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// dekRepeatsBody: a meta description is often the first paragraph cut
// short; shown as a dek it would be read twice.
func dekRepeatsBody(dek string, blocks []article.Block) bool {
	d := strings.TrimRight(strings.TrimSpace(dek), ".…")
	if len(d) > 60 {
		d = d[:60]
	}
	for i, b := range blocks {
		if i >= 3 {
			break
		}
		// After a dateline too: "NEW YORK (Reuters) - Oil prices fell…",
		// "Hong Kong (CNN Business)A muddled view…".
		if at := strings.Index(b.Text, d); at >= 0 && at <= 80 {
			return true
		}
	}
	return false
}

func findBodyElement(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.Data == "body" {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBodyElement(c); b != nil {
			return b
		}
	}
	return nil
}

func firstHeading(n *html.Node) string {
	var found string
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if found != "" || depth > maxDepth {
			return
		}
		if n.Type == html.ElementNode && n.Data == "h1" {
			found = collapseSpace(textOf(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return found
}
