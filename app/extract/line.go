package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one non-empty line of a plain-text dump with the features the
// body finder and the header reader look at.
type line struct {
	text  string // trimmed
	words int
	// sentence: ends like prose (.!?… or a closing quote after one).
	sentence bool
	kind     lineKind
	// row: one of three or more lines in a row of tab-separated cells,
	// most with a figure — a data table's rows (markTableRows).
	row bool
}

type lineKind int

const (
	lineOther lineKind = iota
	lineChrome
	lineDate
	lineByline
	lineTags
	lineBreadcrumb
	lineStop // boilerplate that ends the body: comment forms, related lists
)

func newLine(s string) line {
	s = strings.TrimSpace(s)
	l := line{text: s, words: countWords(s), sentence: endsSentence(s)}
	l.kind = classify(l)
	return l
}

// countWords counts space-separated words, a CJK character counting as one.
func countWords(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			n++
			inWord = false
		case unicode.IsSpace(r):
			inWord = false
		default:
			if !inWord && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				n++
				inWord = true
			}
		}
	}
	return n
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]* ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…。！？:;", r)
}

// endsInClockTime: s ends in a time of day written "1:35 a.m.", whose
// full stop ends a date line ("Nov. 20, 2019 1:35 a.m."), not a sentence.
func endsInClockTime(s string) bool {
	rest := strings.ToLower(strings.TrimRightFunc(s, unicode.IsSpace))
	var ok bool
	if rest, ok = strings.CutSuffix(rest, "a.m."); !ok {
		if rest, ok = strings.CutSuffix(rest, "p.m."); !ok {
			return false
		}
	}
	rest = strings.TrimRightFunc(rest, unicode.IsSpace) // often a no-break space
	hours, ok := clockAt(rest, len(rest)-3)
	return ok && hours <= 2
}

// clockAt: s[i] is the colon of a time of day, digits of the hour before
// it (hours: how many) and two of minutes after it, no digit after those.
func clockAt(s string, i int) (hours int, ok bool) {
	if i < 1 || i+2 >= len(s) || s[i] != ':' || !isDigit(s[i+1]) || !isDigit(s[i+2]) || i+3 < len(s) && isDigit(s[i+3]) {
		return 0, false
	}
	for hours < i && isDigit(s[i-1-hours]) {
		hours++
	}
	return hours, hours > 0
}

// startsLikeDate: s opens with a date ("Nov. 20, 2019", "20/11/2019")
// or a word that announces one ("Updated", "Published", "Posted").
func startsLikeDate(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	first = strings.ToLower(strings.TrimRight(first, ".,:"))
	if first == "" {
		return false
	}
	if isDigit(first[0]) {
		return true
	}
	_, month := monthNames[first]
	return month || first == "updated" || first == "published" || first == "posted"
}

func classify(l line) lineKind {
	switch {
	case isStopLine(l):
		return lineStop
	case l.words <= 8 && (!l.sentence || endsInClockTime(l.text) && startsLikeDate(l.text)) && isDateLine(l.text) && !isPostSignature(l.text):
		return lineDate
	case isBylineLine(l):
		return lineByline
	case isTagLine(l):
		return lineTags
	case isBreadcrumbLine(l):
		return lineBreadcrumb
	case isChrome(l):
		return lineChrome
	}
	return lineOther
}

// score is the line's weight in the search for the body: prose counts for
// its words, short sentences a little, everything else against. A date or a
// byline marks an article's header (or its end), so it weighs as much as a
// paragraph: the body run does not reach across it.
func (l line) score() int {
	switch {
	case l.row && l.kind != lineStop:
		return l.words/2 + 1
	case l.kind == lineDate || l.kind == lineByline:
		return -25
	case l.kind != lineOther:
		return -3
	case l.sentence && l.words >= 8:
		return l.words
	case l.words >= 20:
		return l.words / 2
	case l.sentence && l.words >= 3:
		return 1
	}
	return -3
}

func isBylineLine(l line) bool {
	if l.words > 10 || l.sentence && !strings.HasSuffix(l.text, ".") {
		return false
	}
	text := strings.ReplaceAll(l.text, "\u00a0", " ") // "By\u00a0Eric Song"
	lower := strings.ToLower(text)
	for _, prefix := range []string{"by ", "von ", "por ", "par ", "di ", "door ", "written by ", "words by "} {
		if strings.HasPrefix(lower, prefix) && len(text) > len(prefix) {
			r, _ := utf8.DecodeRuneInString(text[len(prefix):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// isTagLine recognises a comma-separated keyword list: at least four short
// items and no sentence ending.
func isTagLine(l line) bool {
	if l.sentence {
		return false
	}
	items := splitTags(l.text)
	if len(items) < 4 {
		return false
	}
	for _, it := range items {
		if countWords(it) > 5 {
			return false
		}
	}
	return true
}

func splitTags(s string) []string {
	var items []string
	for _, it := range strings.Split(s, ",") {
		it = strings.TrimSpace(it)
		if it != "" {
			items = append(items, it)
		}
	}
	return items
}

// breadcrumbSeparators are the marks sites put between breadcrumb items.
const breadcrumbSeparators = "›»>/|"

// isBreadcrumbLine: short items separated by breadcrumb marks, at least two
// of them ("News › Science › Space").
func isBreadcrumbLine(l line) bool {
	if l.sentence || l.words > 12 || strings.Contains(l.text, "://") {
		return false // a web address's slashes are no breadcrumb's
	}
	items := strings.FieldsFunc(l.text, func(r rune) bool { return strings.ContainsRune(breadcrumbSeparators, r) })
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if countWords(it) > 4 {
			return false
		}
	}
	return true
}

// isPostSignature: the line that closes an embedded post, "— Name
// (@handle) November 18, 2019": part of what the article quotes, not a
// date of its own.
func isPostSignature(s string) bool {
	return (strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "-")) && strings.Contains(s, "(@")
}

// markTableRows marks the rows of data tables: runs of at least three
// lines of two or more tab-separated cells, at least half of them with a
// digit (a results table, a calendar; not a menu laid out in a table).
func markTableRows(lines []line) {
	for i := 0; i < len(lines); {
		j, digits := i, 0
		for j < len(lines) && strings.Contains(lines[j].text, "\t") {
			if strings.ContainsAny(lines[j].text, "0123456789") {
				digits++
			}
			j++
		}
		if j-i >= 3 && digits*2 >= j-i {
			for k := i; k < j; k++ {
				lines[k].row = true
			}
		}
		i = max(j, i+1)
	}
}
