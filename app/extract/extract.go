// Package extract turns a page into an article.Article: scraped plain text
// through its own line-based path (Text), HTML through goquery (HTML, in a
// later change), and Page, which sniffs which of the two it was given. It
// never imports syscall/js: the server and the wasm client run the same code.
package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"readwell/app/article"
	"readwell/app/article/finish"
)

// Errors callers branch on with errors.Is.
var (
	// ErrNoArticle means the input holds no readable body text.
	ErrNoArticle = errors.New("extract: no article text found")
	// ErrNotText means the input is binary, not text or HTML.
	ErrNotText = errors.New("extract: input is not text")
	// ErrTooLarge means the input is over MaxInputBytes.
	ErrTooLarge = errors.New("extract: input is too large")
)

// MaxInputBytes bounds one input page: larger pages are refused, not cut, so
// a reader never sees half an article presented as whole.
const MaxInputBytes = 5 << 20

// MaxBlocks bounds the blocks of an article: a page with more (a 10,000-word
// article has some 150) keeps its first MaxBlocks, then a note saying the
// rest was left out. Without it 5 MiB of short paragraphs made 38 MB of JSON.
const MaxBlocks = 5000

// truncatedNote ends an article cut at MaxBlocks.
var truncatedNote = fmt.Sprintf("[Readwell shows the first %d paragraphs of this page; the rest is left out.]", MaxBlocks)

// capBlocks keeps the first MaxBlocks blocks, and says so.
func capBlocks(blocks []article.Block) []article.Block {
	if len(blocks) <= MaxBlocks {
		return blocks
	}
	return append(blocks[:MaxBlocks:MaxBlocks], article.Block{Kind: article.KindParagraph, Text: truncatedNote})
}

// Page extracts an article from raw page bytes, sniffing HTML versus plain
// text. pageURL is the page's address, "" for pasted input; contentType is
// the HTTP Content-Type when known (it may name the charset).
func Page(data []byte, pageURL, contentType string) (article.Article, error) {
	return PageContext(context.Background(), data, pageURL, contentType)
}

// PageContext is Page, given up with ctx.Err() when ctx is done.
func PageContext(ctx context.Context, data []byte, pageURL, contentType string) (article.Article, error) {
	if len(data) > MaxInputBytes {
		return article.Article{}, ErrTooLarge
	}
	if err := ctx.Err(); err != nil {
		return article.Article{}, err
	}
	if LooksLikeHTML(data) {
		data = toUTF8(data, contentType)
		if !looksLikeText(data) {
			return article.Article{}, ErrNotText
		}
		return HTMLExtractor{}.ExtractContext(ctx, string(data), pageURL)
	}
	if !looksLikeText(data) {
		return article.Article{}, ErrNotText
	}
	a, err := TextExtractor{}.ExtractContext(ctx, string(data))
	if err != nil {
		return a, err
	}
	if pageURL != "" {
		a.URL = pageURL
		a.ID = finish.NewID(pageURL, "")
	}
	return a, nil
}

// LooksLikeHTML reports whether data starts like an HTML document or fragment.
func LooksLikeHTML(data []byte) bool {
	head := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(head) > 512 {
		head = head[:512]
	}
	lower := strings.ToLower(string(head))
	for _, prefix := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>", "<p ", "<!--", "<meta", "<title", "<?xml", "<section", "<main", "<h1", "<table", "<script", "<style", "<link"} {
		if strings.HasPrefix(lower, prefix) {
			return true
		}
	}
	return false
}

// looksLikeText reports whether data is UTF-8 text: no NUL bytes and few
// invalid sequences. Binary files (images, PDFs, archives) fail both.
func looksLikeText(data []byte) bool {
	sample := data
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	if bytes.IndexByte(sample, 0) >= 0 {
		return false
	}
	bad := 0
	for len(sample) > 0 {
		r, size := utf8.DecodeRune(sample)
		if r == utf8.RuneError && size == 1 && len(sample) >= utf8.UTFMax {
			bad++
		}
		sample = sample[size:]
	}
	return bad*100 <= len(data)
}
