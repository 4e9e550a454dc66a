package main

import (
	"bytes"
	"html"
	"net/http"
	"strconv"
	"strings"

	"readwell/app/article"
	"readwell/app/seed"
	"readwell/components"
)

// prerenderedArticle is the article the server's prerender of path shows,
// if any: the seed, at "/" and at its own /read/ link. Every other
// article lives in the reader's browser (the prerender says "opening").
func prerenderedArticle(path string) (article.Article, bool) {
	path = strings.TrimSuffix(path, "/")
	a, err := seed.Article()
	if err != nil || (path != "" && path != "/read/"+a.ID) {
		return article.Article{}, false
	}
	return a, true
}

// serveAnnotated serves go-app's prerendered page of a, with each block's
// quotations, speaker labels and mentions in place (components.BlockHTML):
// the reader sees who said what before the wasm runs, and the client's
// first render draws the same page. go-app writes a block's plain text
// alone in its element; it is replaced only where it is found exactly so.
func serveAnnotated(goApp http.Handler, w http.ResponseWriter, r *http.Request, a article.Article) {
	buf := &pageBuffer{header: w.Header()}
	goApp.ServeHTTP(buf, r)
	page := buf.body.Bytes()
	if buf.status == http.StatusOK && len(page) > 0 {
		page = annotateBlocks(page, a)
		if w.Header().Get("Content-Length") != "" {
			w.Header().Set("Content-Length", strconv.Itoa(len(page)))
		}
	}
	if buf.status != 0 {
		w.WriteHeader(buf.status)
	}
	w.Write(page)
}

// annotateBlocks replaces the plain text of each annotated block in page.
func annotateBlocks(page []byte, a article.Article) []byte {
	var out bytes.Buffer
	rest := page
	for i, b := range a.Blocks {
		markup, ok := components.BlockHTML(a, i)
		if !ok {
			continue
		}
		at := bytes.Index(rest, []byte(` data-block="`+strconv.Itoa(i)+`"`))
		if at < 0 {
			continue
		}
		end := bytes.IndexByte(rest[at:], '>')
		if end < 0 {
			continue
		}
		textAt := at + end + 1
		plain := html.EscapeString(b.Text) + "</"
		if !bytes.HasPrefix(rest[textAt:], []byte(plain)) {
			continue
		}
		out.Write(rest[:textAt])
		out.WriteString(markup)
		rest = rest[textAt+len(plain)-len("</"):]
	}
	out.Write(rest)
	return out.Bytes()
}

// pageBuffer holds a response until it is complete; its header is the real
// response's (or a header of its own, when the response is kept: app.js).
type pageBuffer struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (p *pageBuffer) Header() http.Header { return p.header }

func (p *pageBuffer) WriteHeader(status int) {
	if p.status == 0 {
		p.status = status
	}
}

func (p *pageBuffer) Write(b []byte) (int, error) {
	if p.status == 0 {
		p.status = http.StatusOK
	}
	return p.body.Write(b)
}
