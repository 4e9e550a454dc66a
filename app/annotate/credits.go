package annotate

import (
	"unicode"
	"unicode/utf8"
)

// Credit lines name the people who reported, edited or photographed a
// story ("(Reporting by Will Dunham; Editing by Tom Brown)", "© Lucy
// Nicholson", "SOURCE: News agencies"), not the people it is about: read
// as prose, they gave chips such as "Lucy Nicholson Detainees" (a credit
// run into the caption after it) and a row of a wire desk's staff.
// Annotation reads no names in them.

// creditOpeners open a credit, lower case, each once
// (TestWordListsHoldEachWordOnce).
// Prose opens with some words a credit also uses ("Written by Shakespeare,
// the play…", "Edited by X, the anthology…", "Copyright law…"): those
// are not openers, and "copyright" is one only before "©" or a year.
var creditOpeners = setOf("reporting by", "additional reporting by", "additional reporting",
	"editing by", "writing by", "compiled by", "photo by", "photos by",
	"photograph by", "photographs by", "illustration by", "video by", "graphic by", "image by",
	"photo:", "photos:", "image:", "images:", "credit:", "credits:", "source:", "sources:",
	"image source:", "photo credit:", "image credit:", "copyright ©", "©")

// creditWords bounds a credit's length: a paragraph longer than this that
// opens with "Photo by" is prose.
const creditWords = 60

// creditAt: a credit opens at rune i of text (after an optional "(").
func creditAt(text []rune, i int) bool {
	if i < len(text) && text[i] == '(' {
		i++
	}
	for i < len(text) && unicode.IsSpace(text[i]) {
		i++
	}
	if i < len(text) && text[i] == '©' {
		return true
	}
	// The opener: up to three words, the last one possibly with a colon,
	// lower-cased into a buffer on the stack (this runs on every block).
	var buf [48]byte
	n, words := 0, 0
	for j := i; j < len(text) && j-i < 40; j++ {
		r := unicode.ToLower(text[j])
		if unicode.IsSpace(r) {
			if n > 0 && creditOpeners[string(buf[:n])] {
				return true
			}
			if string(buf[:n]) == "copyright" && j+1 < len(text) && unicode.IsDigit(text[j+1]) {
				return true // "Copyright 2019 The Associated Press"
			}
			words++
			if words == 3 {
				return false
			}
			r = ' '
		}
		if n+utf8.RuneLen(r) > len(buf) || utf8.RuneLen(r) < 0 {
			return false
		}
		n += utf8.EncodeRune(buf[n:], r)
		if r == ':' {
			return creditOpeners[string(buf[:n])]
		}
	}
	return false
}

// blankCredits returns text with its credits made spaces (offsets stay),
// and whether it held any: nil when the whole paragraph is one, a copy
// with a parenthesis that is one blanked ("(Photos by Richard Shotwell,
// left, and Mark Von Holden/Invision/AP)"), or text itself.
func blankCredits(text []rune) (out []rune, changed bool) {
	if creditAt(text, 0) && runeWords(text) <= creditWords {
		return nil, true
	}
	for i, r := range text {
		if r != '(' || !creditAt(text, i) {
			continue
		}
		end := i + 1
		for end < len(text) && text[end] != ')' && text[end] != '(' {
			end++
		}
		if end == len(text) || text[end] != ')' {
			continue
		}
		if out == nil {
			out = append([]rune(nil), text...)
		}
		for k := i; k <= end; k++ {
			out[k] = ' '
		}
	}
	if out == nil {
		return text, false
	}
	return out, true
}
