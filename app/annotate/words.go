package annotate

import (
	"strings"
	"unicode"

	"readwell/app/article"
)

// Small helpers on words and names that the tagger, the resolver and the
// ranker share.

// Quote kinds.
const (
	kindFull    = "full"
	kindPartial = "partial"
	kindTerm    = "term"
)

type attributed struct {
	span    quoteSpan
	speaker *article.Entity
	kind    string
}

// pronouns stand for a speaker named earlier.
var pronouns = map[string]string{
	"he": "person", "she": "person", "him": "person", "her": "person",
	"it": "org", "they": "any", "we": "any",
	"él": "person", "ella": "person", "il": "any", "elle": "person", "er": "person", "sie": "any",
}

// indefiniteWordList opens a noun phrase that names nobody the article
// names ("an insider", "one former aide", "many Republicans", "two
// officials"): a quote attributed to one is nobody's, in training
// (unnamedSource) and in use (unnamedSubject). Lower case, each once
// (TestIndefiniteWords).
var indefiniteWordList = []string{"a", "an", "one", "another", "some", "many", "several", "two", "three"}

var indefiniteWords = setOf(indefiniteWordList...)

// orgDescriptions name an organisation without its name: "the company
// said" speaks for the organisation named before.
var orgDescriptions = setOf("company", "firm", "agency", "department", "ministry", "organization",
	"organisation", "group", "committee", "campaign", "network", "union", "club", "team", "bank",
	"statement", "office", "administration", "government", "council", "board", "university", "school", "court")

// abbreviationBefore: the dot at j ends an abbreviation (U.S., Mr.), not a sentence.
func abbreviationBefore(text []rune, j int) bool {
	k := j
	for k > 0 && !unicode.IsSpace(text[k-1]) {
		if j-k > maxAbbreviation {
			return false // a long word is no abbreviation
		}
		k--
	}
	word := string(text[k : j+1])
	return abbreviations[word] || isDottedInitials(word) || middleInitialAt(text, j)
}

// middleInitialAt: the dot at j ends a middle initial, a capital letter
// alone between two capitalised words ("George W. Bush", "Philip K. Dick
// Award"), not a sentence.
func middleInitialAt(text []rune, j int) bool {
	if j < 3 || j+2 >= len(text) || !unicode.IsUpper(text[j-1]) || text[j-2] != ' ' || text[j+1] != ' ' || !unicode.IsUpper(text[j+2]) {
		return false
	}
	k := j - 3 // the word before the initial ends here
	for k > 0 && isWordRune(text[k-1]) {
		k--
	}
	return k <= j-3 && isWordRune(text[j-3]) && unicode.IsUpper(text[k])
}

// maxAbbreviation bounds the runes of an abbreviation or dotted initials.
const maxAbbreviation = 32

func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

func onlySpaces(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// isAcronym: CIA, NATO, U.S., U.N. — capitals (and dots), two to six letters.
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

// joinTokens is the text a run of tokens covers, as written.
func joinTokens(text []rune, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	s := strings.TrimSpace(string(text[toks[0].start:toks[len(toks)-1].end]))
	return strings.Join(strings.Fields(s), " ")
}

// canonicalOrg applies the house style for organisation names: "United
// States Army" is written "U.S. Army"; a publication keeps its "The".
func canonicalOrg(name string, hadThe bool) string {
	if rest, ok := strings.CutPrefix(name, "United States "); ok {
		name = "U.S. " + rest
	}
	words := strings.Fields(name)
	if hadThe || publicationSuffixes[words[len(words)-1]] {
		name = "The " + name
	}
	return name
}

// otherFirstName: a full name whose first name differs from the known
// person's ("Patrick Nielsen Hayden" beside "Teresa Nielsen Hayden"). An
// initial matches its name ("J. Smith", "John Smith").
func otherFirstName(known string, words []string) bool {
	kw := strings.Fields(known)
	if len(kw) < 2 || len(words) < 2 || strings.HasSuffix(known, " "+strings.Join(words, " ")) {
		return false
	}
	a, b := kw[0], words[0]
	if strings.HasSuffix(a, ".") || strings.HasSuffix(b, ".") {
		return !strings.HasPrefix(a, strings.TrimSuffix(b, ".")) && !strings.HasPrefix(b, strings.TrimSuffix(a, "."))
	}
	return a != b
}

// surname is the last word of a person's name of words, before a
// generational suffix ("Casey" in "Robert P. Casey Jr.").
func surname(words []string) string {
	n := len(words)
	if n > 1 && generationalSuffixes[words[n-1]] {
		n--
	}
	return words[n-1]
}

// slug turns a name into an ID: "Claudia Sheinbaum" → "claudia-sheinbaum".
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// wordsIn counts the words of a quotation.
func wordsIn(s string) int { return len(strings.Fields(s)) }
