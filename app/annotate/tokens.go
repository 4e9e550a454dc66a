package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a block, with rune offsets into the block's text.
type token struct {
	text       string
	lower      string // text in lower case
	start, end int
	// sentStart: the first word of a sentence, where a capital says nothing.
	sentStart bool
	// possessive: the word carried 's, stripped from text and end.
	possessive bool
}

func (t token) capitalized() bool {
	for _, r := range t.text {
		return unicode.IsUpper(r)
	}
	return false
}

// abbreviations keep their final dot and do not end a sentence.
var abbreviations = setOf("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Gen.", "Sen.",
	"Rep.", "Gov.", "Col.", "Lt.", "Capt.", "Sgt.", "Adm.", "Maj.", "Rev.", "Inc.", "Corp.", "Co.",
	"Ltd.", "No.", "vs.", "Sra.", "Mme.", "M.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // most text: no table to search
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits a block into words. Dotted abbreviations (U.S., Mr.)
// stay whole; possessives are stripped; hyphens split capitalised parts
// ("U.S.-Mexico") but not compounds ("long-term").
func tokenize(text []rune) []token {
	return tokenizeString(text, string(text))
}

// tokenizeString is tokenize where str is string(text), already made:
// token texts are slices of it (not one allocation per word).
func tokenizeString(text []rune, str string) []token {
	ri, bi := 0, 0 // bi is the byte offset of rune ri in str
	byteAt := func(to int) int {
		for ; ri < to; ri++ {
			n := utf8.RuneLen(text[ri])
			if n < 0 {
				n = utf8.RuneLen(utf8.RuneError) // how string() writes an invalid rune
			}
			bi += n
		}
		return bi
	}
	toks := make([]token, 0, len(text)/6+1)
	i := 0
	for i < len(text) {
		if !isWordRune(text[i]) {
			i++
			continue
		}
		start := i
		for i < len(text) && (isWordRune(text[i]) || (text[i] == '.' || text[i] == '\'' || text[i] == '’' || text[i] == '-') && i+1 < len(text) && isWordRune(text[i+1])) {
			i++
		}
		end := i
		bs := byteAt(start)
		// A dotted abbreviation: U.S. or Mr. keeps its final dot.
		if end < len(text) && text[end] == '.' {
			word := str[bs : byteAt(end)+1]
			if abbreviations[word] || isDottedInitials(word) || stateAbbreviations[word] != "" {
				end++
				i++
			}
		}
		if !containsRune(text[start:end], '-') {
			toks = append(toks, token{text: str[bs:byteAt(end)], start: start, end: end})
			continue
		}
		toks = append(toks, splitHyphens(text, start, end)...)
	}
	for k := range toks {
		t := &toks[k]
		for _, suffix := range []string{"’s", "'s"} {
			if strings.HasSuffix(t.text, suffix) && len(t.text) > len(suffix) {
				t.text = strings.TrimSuffix(t.text, suffix)
				t.end -= 2
				t.possessive = true
				break
			}
		}
		t.lower = strings.ToLower(t.text)
		t.sentStart = k == 0 || startsSentence(text, toks[k-1], *t)
	}
	return toks
}

// isDottedInitials: U.S., U.K., U.N., E.U. — capital letters each followed by a dot.
func isDottedInitials(w string) bool {
	if len(w) < 4 {
		return false
	}
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}

// Places and acronyms split at a hyphen ("U.S.-Mexico", "Sino-U.S."),
// names do not ("Jo-Wilfried Tsonga").
func splitHyphens(text []rune, start, end int) []token {
	var out []token
	partStart := start
	for j := start; j <= end; j++ {
		if j < end && text[j] != '-' {
			continue
		}
		if j < end {
			left, right := text[partStart], text[j+1]
			if !(unicode.IsUpper(left) && unicode.IsUpper(right)) {
				continue // a compound: "long-term", "well-known"
			}
			next := j + 1
			for next < end && text[next] != '-' {
				next++
			}
			if !placeWord(string(text[partStart:j])) && !placeWord(string(text[j+1:next])) {
				continue // one name: "Jo-Wilfried", "Seitz-Wald", "Sui-Lee"
			}
		}
		out = append(out, token{text: string(text[partStart:j]), start: partStart, end: j})
		partStart = j + 1
	}
	return out
}

// startsSentence: the text between two words ends a sentence, or opens a
// quotation (quoted speech starts with a capital too).
func startsSentence(text []rune, prev, cur token) bool {
	for j := prev.end; j < cur.start; j++ {
		switch text[j] {
		case '.':
			if !middleInitialAt(text, j) {
				return true
			}
		case '!', '?', '…', ':', '"', '“', '„', '«':
			return true
		}
	}
	return strings.HasSuffix(prev.text, ".") && !abbreviations[prev.text] && !isDottedInitials(prev.text)
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// placeWord: a place, a demonym or an acronym, which a hyphen joins to
// another name without making one name of them.
func placeWord(w string) bool {
	return places[w] != "" || acronymPlaces[w] || demonyms[w] != "" || isAcronym(w)
}
