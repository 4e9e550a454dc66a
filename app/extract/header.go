package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"readwell/app/article"
)

// headerWindow is how many lines above the body the header reader looks at:
// an article's title block is a few lines tall; menus above it are not read.
const headerWindow = 25

// readHeader fills title, dek, section, byline, date and tags from the lines
// above the body.
func readHeader(a *article.Article, header, body []line) {
	if len(header) > headerWindow {
		header = header[len(header)-headerWindow:]
	}
	for i := len(header) - 1; i >= 0; i-- {
		l := header[i]
		switch l.kind {
		case lineDate:
			if a.Published == "" {
				a.Published = plausibleDay(findDate(l.text))
			}
		case lineByline:
			if a.Byline == "" {
				a.Byline = cleanByline(l.text, "")
			}
		case lineTags:
			if a.Tags == nil {
				a.Tags = splitTags(l.text)
			}
		case lineBreadcrumb:
			if a.Section == "" {
				a.Section = sectionFromCrumbs(l.text)
			}
		}
	}
	if a.Published == "" {
		// A byline line often carries the date: "By Jo Doe November 19, 2019".
		for _, l := range header {
			if l.words <= 14 && !l.sentence {
				if d := plausibleDay(findDate(l.text)); d != "" {
					a.Published = d
				}
			}
		}
	}
	titleAt := findTitle(a, header)
	if a.Byline == "" {
		a.Byline = nearByline(header, body, titleAt)
	}
	if titleAt < 0 {
		return
	}
	for _, l := range header[titleAt+1:] {
		// The dek stands between the title and the date: what comes
		// after the date is the page's furniture, a gallery's captions,
		// the title repeated ("Currently Reading" bars).
		if l.kind == lineDate {
			break
		}
		if isDekCandidate(l) && !strings.EqualFold(l.text, a.Title) {
			a.Dek = l.text
			break
		}
	}
	if a.Section == "" && titleAt > 0 {
		prev := header[titleAt-1]
		// No digits: "Updated 14 hours ago" is a time, not a section.
		if prev.words >= 1 && prev.words <= 3 && !prev.sentence && prev.kind != lineDate && isCapitalized(prev.text) && !chromeWords[normalizePhrase(prev.text)] && !strings.ContainsAny(prev.text, "0123456789") {
			a.Section = prev.text
		}
	}
}

// findTitle sets a.Title (and a.Section from a glued breadcrumb) and returns
// the title's index in header, or -1.
//
// A title that also ends another line is the strongest sign: text dumps glue
// a breadcrumb to the title ("HomePoliticsMexico Rejects…"), or repeat it.
// Otherwise the title is the first headline-like line of the title block: the
// lines above the body back to the first run of menu furniture.
func findTitle(a *article.Article, header []line) int {
	for i, l := range header {
		if !isHeadline(l) {
			continue
		}
		for _, other := range header {
			if len(other.text) > len(l.text) && strings.HasSuffix(other.text, l.text) {
				a.Title = l.text
				a.Section = sectionFromCrumbs(strings.TrimSuffix(other.text, l.text))
				return i
			}
		}
	}
	// The headline stands just above the article's byline or date.
	for i, l := range header {
		if l.kind != lineDate && l.kind != lineByline {
			continue
		}
		// The nearest headline above it that is not the writer's line or
		// a credit.
		best := -1
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if l := header[j]; isHeadline(l) && !isDekLike(l) && l.words >= 3 && !nameShaped(l) && !bylineLike(l) {
				best = j
				break
			}
		}
		if best >= 0 {
			a.Title = header[best].text
			return best
		}
		break
	}
	from := titleBlockStart(header)
	for i := from; i < len(header); i++ {
		if isHeadline(header[i]) {
			a.Title = header[i].text
			return i
		}
	}
	// Pasted text often has just a short title line above the body.
	if len(header) == 1 && (header[0].kind == lineOther || header[0].kind == lineChrome) && header[0].words <= 25 {
		a.Title = header[0].text
		return 0
	}
	return -1
}

// nearByline finds the writer in a header without a "By …" line of its
// own, just under the title or beside the date line: a name after a label
// inside another line ("Monday … 7:45 am PST by Joe Rossignol"), else a
// line shaped like a name (two to four capitalised words, no digits).
func nearByline(header, body []line, titleAt int) string {
	var near []int
	if titleAt >= 0 {
		near = append(near, titleAt+1, titleAt+2, titleAt+3)
	}
	for i, l := range header {
		if l.kind == lineDate {
			near = append(near, i, i-1, i+1, i-2, i+2)
		}
	}
	for i := len(header) - 1; i >= 0; i-- {
		// After a label a name may be in capitals ("By FEDERICA
		// LUSIARDI - 2019-04-10"): it is written as a name.
		if b := unshout(shownBylineText(header[i].text, "")); b != "" && nameShaped(newLine(b)) {
			return b
		}
	}
	// A name in capitals alone between the title and the date ("JANIE
	// HAR"), none of whose words the article writes in lower case (as it
	// would a section's, "AUTO NEWS").
	if titleAt >= 0 && titleAt+2 < len(header) && header[titleAt+2].kind == lineDate {
		if l := header[titleAt+1]; l.text == strings.ToUpper(l.text) && l.kind != lineDate {
			if b := unshout(l.text); nameShaped(newLine(b)) && !writtenInLowerCase(body, b) {
				return b
			}
		}
	}
	for _, i := range near {
		if i < 0 || i >= len(header) || i == titleAt {
			continue
		}
		if l := header[i]; bylineLike(l) && !creditLine(l.text) {
			// "Steve Peoples, AP National Political Writer"
			if b := cleanByline(l.text, ""); b != "" && nameShaped(newLine(b)) {
				return b
			}
		}
		if l := header[i]; nameShaped(l) {
			if b := cleanByline(l.text, ""); b != "" {
				return b
			}
		}
	}
	return ""
}

// writtenInLowerCase: a word of name stands in lower case in lines.
func writtenInLowerCase(lines []line, name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		for _, l := range lines {
			for _, f := range strings.FieldsFunc(l.text, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if f == w {
					return true
				}
			}
		}
	}
	return false
}

// unshout writes a name given in capitals as a name ("JANIE HAR" →
// "Janie Har"); any other text is returned as it is.
func unshout(s string) string {
	if s == "" || strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// nameShaped: two to four words, each opening with a capital (or a
// particle: de, da, van, von, bin, al), no digits, no sentence, no control.
func nameShaped(l line) bool {
	if l.words < 2 || l.words > 4 || l.sentence || l.kind == lineDate || l.kind == lineStop || isControlLine(l) {
		return false
	}
	if strings.ContainsAny(l.text, "0123456789|:!?\"“”()[]/£$€") || strings.ToUpper(l.text) == l.text {
		return false
	}
	for _, w := range strings.Fields(l.text) {
		if lw := strings.ToLower(w); len(lw) > 3 && chromeWords[lw] {
			return false // "Previous Post", "Share Story"
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch strings.ToLower(w) {
		case "de", "da", "do", "dos", "van", "von", "der", "bin", "al", "del", "la", "le":
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// bylineLike: a writer's line or a credit, not a headline ("By Meg
// James", "Steve Peoples, AP National Political Writer", "… | Getty Images").
func bylineLike(l line) bool {
	if _, ok := afterBylineLabel(l.text); ok {
		return true
	}
	if creditLine(l.text) || strings.Contains(l.text, "@") {
		return true
	}
	lower := strings.ToLower(l.text)
	for _, w := range bioJobs {
		if strings.HasSuffix(lower, w) {
			return true
		}
	}
	return false
}

// isDekLike: a standfirst rather than a headline — a sentence of more
// than twelve words.
func isDekLike(l line) bool { return l.sentence && l.words > 12 }

// titleBlockStart walks up from the body and returns where the title block
// begins: just below a run of four furniture lines met after a headline.
func titleBlockStart(header []line) int {
	run, seenHeadline := 0, false
	for i := len(header) - 1; i >= 0; i-- {
		l := header[i]
		if l.kind == lineChrome || l.kind == lineStop {
			run++
			if run >= 4 && seenHeadline {
				return i + run
			}
			continue
		}
		run = 0
		if isHeadline(l) {
			seenHeadline = true
		}
	}
	return 0
}

// isHeadline: 3–25 words, starting with a capital, letter or quote, and not
// furniture, a date, a byline or a tag list.
func isHeadline(l line) bool {
	if l.kind != lineOther || l.words < 3 || l.words > 25 {
		return false
	}
	if strings.HasSuffix(l.text, ".") && l.words > 15 {
		return false
	}
	// A time of day is a date line's or an opening hours' ("Updated Nov
	// 19, 9:41 AM", "Aimee LevittFriday 2:05PM"), not a headline's.
	if hasClockTime(l.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(l.text, "\"'“‘«¿¡"))
	return unicode.IsUpper(r) || unicode.IsDigit(r) || !unicode.IsLower(r) && unicode.IsLetter(r)
}

// hasClockTime: s holds a time of day, an hour and minutes ("9:41",
// "01:41 PM").
func hasClockTime(s string) bool {
	for i := range s {
		if _, ok := clockAt(s, i); ok {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// isDekCandidate: a standfirst under the title — a headline or a sentence of
// six words or more, not a caption.
func isDekCandidate(l line) bool {
	if l.kind != lineOther || l.words < 6 || l.words > 60 {
		return false
	}
	// A photo's caption with its credit ("… (Elias Funez/The Union via
	// AP)") is no dek.
	return !strings.HasPrefix(l.text, "(") && !(captionLine(l.text) && creditAtEnd(l.text))
}

// sectionFromCrumbs returns the last meaningful crumb of a breadcrumb:
// "HomePolitics" → "Politics", "News › World ›" → "World".
func sectionFromCrumbs(s string) string {
	var crumbs []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(breadcrumbSeparators+"·•\t", r) }) {
		crumbs = append(crumbs, splitGlued(strings.TrimSpace(part))...)
	}
	for i := len(crumbs) - 1; i >= 0; i-- {
		c := crumbs[i]
		if c != "" && !chromeWords[strings.ToLower(c)] && !strings.ContainsAny(c, "0123456789") {
			return c
		}
	}
	return ""
}

// splitGlued splits words glued without spaces at a lower-to-upper change:
// "HomePolitics" → "Home", "Politics".
func splitGlued(s string) []string {
	var parts []string
	runes := []rune(s)
	last := 0
	for i := 1; i < len(runes); i++ {
		if unicode.IsLower(runes[i-1]) && unicode.IsUpper(runes[i]) {
			parts = append(parts, strings.TrimSpace(string(runes[last:i])))
			last = i
		}
	}
	return append(parts, strings.TrimSpace(string(runes[last:])))
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
