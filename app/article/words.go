package article

import (
	"strings"
	"unicode"
)

// wordsPerMinute is a common adult silent-reading speed for prose.
const wordsPerMinute = 230

// CountWords counts the words of the body. A CJK character counts as one word,
// since those scripts do not separate words with spaces.
func CountWords(blocks []Block) int {
	n := 0
	for _, b := range blocks {
		n += countWords(b.Text)
	}
	return n
}

func countWords(s string) int {
	n := 0
	inWord := false
	for _, r := range s {
		switch {
		case isCJK(r):
			n++
			inWord = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				n++
				inWord = true
			}
		case unicode.IsSpace(r):
			inWord = false
		}
	}
	return n
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// ReadingMinutes is the reading time of words, rounded up, at least one
// minute for any text.
func ReadingMinutes(words int) int {
	if words <= 0 {
		return 0
	}
	return (words + wordsPerMinute - 1) / wordsPerMinute
}

// Finish fills the derived fields of a: word count, reading time, and the ID
// when it has none. Extractors call it last.
func (a *Article) Finish() {
	a.Words = CountWords(a.Blocks)
	a.ReadingMinutes = ReadingMinutes(a.Words)
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
		a.Blocks = []Block{}
	}
	if a.Quotes == nil {
		a.Quotes = []Quote{}
	}
	if a.Entities == nil {
		a.Entities = []Entity{}
	}
	if a.Mentions == nil {
		a.Mentions = []Mention{}
	}
}
