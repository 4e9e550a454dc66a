package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanByline turns what a page shows as its byline into the names alone,
// in the page's own case, joined as a reader writes them ("Ann Lee", "Ann
// Lee and Jo Doe", "Ann Lee, Jo Doe and Bo Kim"): "By", labels, dates,
// handles, job titles and the outlet after a separator go. "" when no name
// is left.
func cleanByline(s, siteName string) string {
	s = collapseSpace(strings.ReplaceAll(s, "\u00a0", " "))
	s = reEmail.ReplaceAllString(s, "")
	if rest, ok := afterBylineLabel(s); ok {
		s = rest
	}
	if i := dateStart(s); i >= 0 {
		s = s[:i]
	}
	for _, sep := range []string{" | ", "|", " - ", " — ", " – ", " · ", "·", "•", "@", " / ", "／", "\n"} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	// Names hold no digits: what follows one is a phone number or a count.
	if i := strings.IndexFunc(s, unicode.IsDigit); i > 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ",;:.-–—("))
	var names []string
	for i, part := range reNameSeparators.Split(s, -1) {
		part = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(part), ",;:."))
		if part == "" {
			continue
		}
		if i > 0 && notAName(part, siteName) {
			continue
		}
		if part = strings.TrimSpace(reTrailingLabel.ReplaceAllString(part, "")); part == "" {
			continue
		}
		if i == 0 && (genericAuthor[strings.ToLower(part)] || bylineLabels[strings.ToLower(part)]) {
			return ""
		}
		if !looksLikeName(part) {
			if i == 0 {
				return ""
			}
			continue
		}
		names = append(names, part)
	}
	return joinNames(names)
}

// shownBylineText is the byline in a short line that names its writer
// after a label ("By Jo Doe", "05/10/2018 - Publicado por: Jo Doe"), or "".
func shownBylineText(s, siteName string) string {
	if countWords(s) > 16 {
		return ""
	}
	if _, ok := afterBylineLabel(s); !ok {
		return ""
	}
	return cleanByline(s, siteName)
}

var (
	reEmail = regexp.MustCompile(`\S+@\S+\.[a-z]{2,}\S*`)
	// A label before the writer's name: "By", "Analysis by", "Posted on May
	// 1 by", "Publicado por:", "Text:", "Author:".
	reBylineLabel = regexp.MustCompile(`(?:^|[^\p{L}])((?i:by|written by|text|texto|texte|author|autor|auteur|autore|von|por|par|door)|di|Текст|Автор)(?:\s*[:：]\s*|\s+)`)
	// "Jo Doe Staff Writer", "Jo DoeBusiness Columnist": a job title the
	// page set beside the name.
	reTrailingLabel  = regexp.MustCompile(`\s*(?:[A-Z][a-z]+ )?(?i:staff writer|staff reporter|writer|correspondent|columnist|contributor|reporter|editor|view more articles)$`)
	reNameSeparators = regexp.MustCompile(`\s*,\s*|\s+(?:and|And|AND|&|und|y|e|et)\s+`)
)

// bylineLabels are label words that are never a name on their own.
var bylineLabels = map[string]bool{
	"by": true, "author": true, "authors": true, "autor": true, "text": true, "posted": true, "published": true,
	"updated": true, "and": true, "share": true, "follow": true, "email": true, "twitter": true, "facebook": true,
}

// afterBylineLabel returns what follows the first byline label in s, when
// the label opens s or a name (a capital or a script without case) follows
// it, and the label is not a credit for a picture ("Photo by").
func afterBylineLabel(s string) (string, bool) {
	for _, loc := range reBylineLabel.FindAllStringSubmatchIndex(s, 4) {
		rest := s[loc[1]:]
		r, _ := utf8.DecodeRuneInString(rest)
		// A capital after the label makes it a byline; a line that opens
		// with "By" is one anyway ("by admin").
		named := unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
		if rest == "" || !named && !(loc[0] == 0 && strings.EqualFold(s[loc[2]:loc[3]], "by")) {
			continue
		}
		before := strings.ToLower(s[:loc[2]])
		if containsAny(before, []string{"photo", "image", "illustration", "video", "graphic", "credit", "getty", "foto"}) {
			continue
		}
		return rest, true
	}
	return "", false
}

// dateStart is where a date or a time begins in s, or -1.
func dateStart(s string) int {
	lower := lowerSameLen(s)
	best := -1
	consider := func(i int) {
		if i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	for _, re := range []*regexp.Regexp{reMonthDayYear, reDayMonthYear, reISOStamp, reNumeric, reClock} {
		for _, g := range re.FindAllStringSubmatchIndex(lower, -1) {
			if re == reMonthDayYear || re == reDayMonthYear {
				// Only a real month name makes a date: "Lee 12 2019" does not.
				name := lower[g[2]:g[3]]
				if re == reDayMonthYear {
					name = lower[g[4]:g[5]]
				}
				if _, ok := monthNames[name]; !ok {
					continue
				}
			}
			consider(g[0])
			break
		}
	}
	for _, w := range []string{" updated", " published", " posted", " on "} {
		if i := strings.Index(lower, w); i > 0 {
			consider(i)
		}
	}
	return best
}

var (
	reClock    = regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)
	reISOStamp = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})`)
)

// notAName: the part of a byline after a comma that is the writer's job,
// outlet or degree ("Jo Doe, Staff Writer", "Jo Doe, CNN Business", "Jo
// Doe, MS, RD"), not a second writer.
func notAName(part, siteName string) bool {
	lower := strings.ToLower(part)
	if siteName != "" && strings.EqualFold(part, siteName) {
		return true
	}
	if strings.Contains(lower, ".com") || strings.Contains(lower, ".co") || strings.Contains(lower, "-at-") {
		return true
	}
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if jobWords[w] {
			return true
		}
	}
	// Degrees and initialisms: MS, RD, RDN, PhD, MD.
	letters := 0
	for _, r := range part {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 4 && !strings.Contains(part, " ")
}

var jobWords = map[string]bool{
	"writer": true, "editor": true, "reporter": true, "correspondent": true, "contributor": true,
	"columnist": true, "staff": true, "producer": true, "journalist": true, "news": true, "business": true,
	"media": true, "sports": true, "sport": true, "senior": true, "chief": true, "analyst": true,
	"insider": true, "politics": true, "magazine": true, "today": true, "times": true, "post": true,
	"contributing": true, "associate": true, "deputy": true, "director": true, "host": true,
}

// genericAuthor are account names that name no one.
var genericAuthor = map[string]bool{
	"admin": true, "administrator": true, "editor": true, "webmaster": true, "redaction": true,
	"redacción": true, "redação": true, "redaktion": true, "user": true, "guest": true, "anonymous": true,
}

// looksLikeName: one to six words, a letter first, no sentence in it.
func looksLikeName(s string) bool {
	if len(s) > 60 || strings.ContainsAny(s, "!?\"“”{}<>=") || strings.HasPrefix(s, "http") {
		return false
	}
	words := len(strings.Fields(s))
	if words < 1 || words > 6 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// joinNames: "A", "A and B", "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// lowerSameLen lower-cases s where that keeps every byte offset, so that
// indexes found in the result slice s itself. A letter whose lower case is
// longer or shorter in UTF-8 ('Ⱥ', 'İ') and invalid bytes stay as they are.
func lowerSameLen(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); r != utf8.RuneError && utf8.RuneLen(l) == size {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}
