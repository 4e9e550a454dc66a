package article

import "unicode"

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
