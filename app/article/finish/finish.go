// Package finish fills the fields of an article that follow from the
// rest: its word count, reading time and stable ID. Extractors call it
// last. It stands apart from package article so that what only reads
// articles, the UI wasm, does not link the ID's hash: crypto/sha256
// brings the FIPS module's SHA-2, SHA-3, HMAC and AES code with it, 94 KB
// of the UI wasm's code, which every engine but Chromium compiles again at
// each start.
package finish

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"readwell/app/article"
)

// NewID returns the stable ID of an article: the hash of its canonical URL, or
// of its text when it has none (pasted text). The same page always gets the
// same ID, so saving it twice merges instead of duplicating.
func NewID(canonicalURL, text string) string {
	key := "url:" + strings.TrimSpace(canonicalURL)
	if strings.TrimSpace(canonicalURL) == "" {
		key = "text:" + strings.Join(strings.Fields(text), " ")
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])[:article.IDLength]
}

// Article fills the derived fields of a: word count, reading time, and the
// ID when it has none; empty lists instead of none.
func Article(a *article.Article) {
	a.Words = article.CountWords(a.Blocks)
	a.ReadingMinutes = article.ReadingMinutes(a.Words)
	if a.ID == "" {
		var text strings.Builder
		text.WriteString(a.Title)
		for _, b := range a.Blocks {
			text.WriteString("\n")
			text.WriteString(b.Text)
		}
		a.ID = NewID(a.URL, text.String())
	}
	if a.Dir == "" {
		a.Dir = "ltr"
	}
	if a.Tags == nil {
		a.Tags = []string{}
	}
	if a.Blocks == nil {
		a.Blocks = []article.Block{}
	}
	if a.Quotes == nil {
		a.Quotes = []article.Quote{}
	}
	if a.Entities == nil {
		a.Entities = []article.Entity{}
	}
	if a.Mentions == nil {
		a.Mentions = []article.Mention{}
	}
}
