package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Echoes: a short quotation whose words the article quotes again. Quoted
// again as they are, they are a term, a nickname or a slogan the article
// keeps using ("irregular", "Three Amigos"). A heading or a pull quote
// whose words stand in a longer quotation is someone's words repeated
// ("Alarming mortality rate" beside "…this alarming mortality rate
// constitutes an emergency…"), and a whole sentence there is a full
// quotation.

// echoBlocks: how many paragraphs either side of a quotation are searched
// for its echo (a pull quote stands near the paragraph it repeats), and
// echoQuotes how many quotations at most, so that a page of thousands of
// quotes costs no more than a long article.
const (
	echoBlocks = 10
	echoQuotes = 100
)

// echo reports whether another quotation near s holds the same words as
// s (case and punctuation aside); for a quotation alone in its paragraph
// (a heading, a pull quote), whether a longer one holds them, and whether
// they make a whole sentence of it there.
func (d *ldoc) echo(s quoteSpan, alone bool) (repeated, within, sentence bool) {
	var buf [96]rune // a short quote's letters, most often without an allocation
	key := appendNormal(buf[:0], d.blocks[s.block][s.start:s.end])
	if len(key) == 0 {
		return false, false, false
	}
	seen := 0
	for b := max(0, s.block-echoBlocks); b < len(d.blocks) && b <= s.block+echoBlocks && seen < echoQuotes; b++ {
		for _, q := range d.quotes[b] {
			if q == s {
				continue
			}
			if seen++; seen > echoQuotes {
				break
			}
			text := d.blocks[b][q.start:q.end]
			if sameNormal(text, key) {
				repeated = true
				continue
			}
			if !alone || len(text) <= len(key) || fewWords(text, 5) {
				continue // a slogan quoted inside another ("We're On It" in "Meth. We're On It")
			}
			from, to, ok := findNormal(text, key)
			if !ok {
				continue
			}
			within = true
			sentence = sentence || startsSentenceIn(text, from) && endsSentenceIn(text, to)
		}
	}
	return repeated, within, sentence
}

// alone: the quotation s stands alone in its paragraph, but for a
// number or punctuation ("3. " before a numbered heading).
func (d *ldoc) alone(s quoteSpan) bool {
	blk := d.blocks[s.block]
	return !anyLetter(blk[:s.open]) && (s.close >= len(blk) || !anyLetter(blk[s.close+1:]))
}

// appendNormal appends the letters and digits of text, in lower case, to out.
func appendNormal(out, text []rune) []rune {
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

// findNormal finds key (appendNormal) in text, its letters and digits
// read in lower case; from and to are where the match begins and ends in
// text. It matches whole words only.
func findNormal(text, key []rune) (from, to int, ok bool) {
next:
	for i := 0; i < len(text); i++ {
		if !isAlnum(text[i]) || i > 0 && isAlnum(text[i-1]) {
			continue // a match starts a word
		}
		k, j := 0, i
		for ; j < len(text) && k < len(key); j++ {
			if r := text[j]; isAlnum(r) {
				if unicode.ToLower(r) != key[k] {
					continue next
				}
				k++
			}
		}
		if k == len(key) && (j >= len(text) || !isAlnum(text[j])) {
			return i, j, true
		}
	}
	return 0, 0, false
}

// runeWords: how many words text holds, as wordsIn counts them.
func runeWords(text []rune) int { return wordsUpTo(text, len(text)) }

// fewWords: text holds at most n words, counted no further than n+1.
func fewWords(text []rune, n int) bool { return wordsUpTo(text, n+1) <= n }

// wordsUpTo counts text's words (runs between spaces), stopping once
// it has counted limit of them.
func wordsUpTo(text []rune, limit int) int {
	count, in := 0, false
	for _, r := range text {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if count++; count >= limit {
				return count
			}
		}
	}
	return count
}

// anyLetter: text holds a letter ("3. " before a numbered heading does not).
func anyLetter(text []rune) bool {
	for _, r := range text {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// sameNormal: the letters and digits of text, in lower case, are key.
func sameNormal(text, key []rune) bool {
	k := 0
	for _, r := range text {
		if !isAlnum(r) {
			continue
		}
		if k == len(key) || unicode.ToLower(r) != key[k] {
			return false
		}
		k++
	}
	return k == len(key)
}

// startsSentenceIn: position i of text opens a sentence: nothing but
// spaces before it, or a full stop, a question or an exclamation mark.
func startsSentenceIn(text []rune, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch r := text[j]; {
		case r == '.' || r == '?' || r == '!':
			return true
		case !unicode.IsSpace(r):
			return false
		}
	}
	return true
}

// endsSentenceIn: the words up to position i of text close a sentence:
// a full stop, a question or an exclamation mark after them, or the end.
func endsSentenceIn(text []rune, i int) bool {
	for _, r := range text[i:] {
		switch {
		case r == '.' || r == '?' || r == '!':
			return true
		case isAlnum(r):
			return false
		case r == ',' || r == ';' || r == ':':
			return false
		}
	}
	return true
}

// titleCase: two words or more, each capitalised but for short
// connecting words ("Face the Nation", "Gang of Eight"): a title or a
// name, not speech.
func titleCase(q string) bool {
	caps, shout := 0, 0
	for q != "" {
		i := strings.IndexFunc(q, unicode.IsSpace)
		if i < 0 {
			i = len(q)
		}
		w := strings.TrimFunc(q[:i], func(r rune) bool { return !isAlnum(r) })
		q = strings.TrimLeftFunc(q[i:], unicode.IsSpace)
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
			if strings.ToUpper(w) == w {
				shout++
			}
		case !titleMinorWords[w] && !connectors[w]:
			return false
		}
	}
	return caps >= 2 && shout < caps // capitals throughout are shouted ("THIS IS NOT OK.")
}

// titleMinorWords: the words a title leaves in lower case.
var titleMinorWords = setOf("a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs")

// runningText: the paragraph of s has, outside s, a word in lower case
// that a title would capitalise: it is no headline. The first and the
// last such word of each paragraph, found once, answer for every quote.
func (d *ldoc) runningText(s quoteSpan) bool {
	if d.runningWords == nil {
		d.runningWords = make([][2]int, len(d.blocks))
		for b, toks := range d.toks {
			d.runningWords[b] = [2]int{-1, -1}
			for i, t := range toks {
				if allLower(t.text) && !titleMinorWords[t.text] {
					if d.runningWords[b][0] < 0 {
						d.runningWords[b][0] = i
					}
					d.runningWords[b][1] = i
				}
			}
		}
	}
	first, last := d.runningWords[s.block][0], d.runningWords[s.block][1]
	toks := d.toks[s.block]
	return first >= 0 && (toks[first].end <= s.open || toks[last].start > s.close)
}
