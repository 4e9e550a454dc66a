package extract

import (
	"strings"
	"unicode"

	"readwell/app/article"
)

// stopwords are each language's commonest short words: counting them in a
// body tells the language well enough for hyphenation and text direction.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "that", "with", "for", "was", "has"},
	"es": {"el", "los", "las", "del", "que", "por", "para", "con", "una", "es"},
	"fr": {"le", "les", "des", "du", "est", "que", "pour", "dans", "une", "avec"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "sich"},
	"it": {"il", "della", "che", "per", "non", "una", "sono", "gli", "nel", "con"},
	"pt": {"os", "que", "não", "uma", "para", "com", "dos", "das", "pelo", "são"},
	"nl": {"de", "het", "een", "van", "en", "niet", "dat", "zijn", "met", "voor"},
}

// detectLanguage returns the body's language code ("" when unsure) and its
// direction, "rtl" for Arabic and Hebrew script.
func detectLanguage(blocks []article.Block) (lang, dir string) {
	counts := map[string]int{}
	var letters, arabic, hebrew, han, kana, hangul int
	for _, b := range blocks {
		for _, r := range b.Text {
			if !unicode.IsLetter(r) {
				continue
			}
			letters++
			switch {
			case unicode.Is(unicode.Arabic, r):
				arabic++
			case unicode.Is(unicode.Hebrew, r):
				hebrew++
			case unicode.Is(unicode.Han, r):
				han++
			case unicode.In(r, unicode.Hiragana, unicode.Katakana):
				kana++
			case unicode.Is(unicode.Hangul, r):
				hangul++
			}
		}
		for _, w := range strings.Fields(strings.ToLower(b.Text)) {
			w = strings.Trim(w, ".,;:!?\"'“”‘’«»()")
			for code, list := range stopwords {
				for _, s := range list {
					if w == s {
						counts[code]++
					}
				}
			}
		}
	}
	if letters == 0 {
		return "", "ltr"
	}
	switch {
	case arabic*2 > letters:
		return "ar", "rtl"
	case hebrew*2 > letters:
		return "he", "rtl"
	case kana*10 > letters:
		return "ja", "ltr"
	case hangul*2 > letters:
		return "ko", "ltr"
	case han*2 > letters:
		return "zh", "ltr"
	}
	best, bestN, total := "", 0, 0
	for _, code := range []string{"en", "es", "fr", "de", "it", "pt", "nl"} {
		total += counts[code]
		if counts[code] > bestN {
			best, bestN = code, counts[code]
		}
	}
	if bestN < 3 || bestN*3 < total {
		return "", "ltr"
	}
	return best, "ltr"
}
