package polnear

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Python's regular expressions and string methods, as score.py uses them on
// str: the port must agree with them character for character, or the
// numbers drift from the reference.

// isWord is Python's \w: str.isalnum() (letters Lu Ll Lt Lm Lo and numbers
// Nd Nl No) or the underscore. Combining marks (Mn, Mc) are not word
// characters in Python, so they split tokens here too.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isSpace is Python's \s and str.isspace(): Go's unicode.IsSpace plus the
// ASCII separators U+001C–U+001F, which Python counts as white space.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// lower is Python's str.lower(): Go's simple case mapping except for the one
// unconditional full mapping, İ → i + combining dot above. Python's
// final-sigma rule (Σ → ς at a word's end) is not reproduced: both sides of
// a comparison go through the same mapping, and the set has no Greek.
func lower(s string) string {
	if strings.ContainsRune(s, 'İ') {
		s = strings.ReplaceAll(s, "İ", "i\u0307")
	}
	return strings.ToLower(s)
}

// words are the maximal runs of runes for which in is true, in order
// (re.findall of a one-class pattern with +).
func words(s string, in func(rune) bool) []string {
	var out []string
	start := -1
	for i, r := range s {
		switch {
		case in(r) && start < 0:
			start = i
		case !in(r) && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// tokens is score.py's toks: the \w+ runs of the NFKC-normalised,
// lower-cased text.
func tokens(s string) []string {
	return words(lower(norm.NFKC.String(s)), isWord)
}

// isNamePart is the class [\w\-'] of score.py's last_tok. The curly
// apostrophe is not in it, so "Trump’s" ends in the token "s", as in Python.
func isNamePart(r rune) bool {
	return isWord(r) || r == '-' || r == '\''
}

// lastToken is score.py's last_tok: the last [\w\-']+ run of the
// NFKC-normalised name, without a trailing 's (case-sensitive, before
// lower-casing), lower-cased.
func lastToken(name string) string {
	t := words(norm.NFKC.String(name), isNamePart)
	if len(t) == 0 {
		return ""
	}
	x := t[len(t)-1]
	x = strings.TrimSuffix(x, "'s") // "’s" cannot end a run: ’ is not in the class
	return lower(x)
}

// normName is score.py's norm_name, the key of the entity sets: NFKC, the
// curly apostrophe made straight, white space collapsed, lower-cased,
// without a trailing 's or a leading "the ".
func normName(s string) string {
	s = strings.ReplaceAll(norm.NFKC.String(s), "\u2019", "'")
	s = lower(strings.Join(strings.FieldsFunc(s, isSpace), " "))
	s = strings.TrimSuffix(s, "'s")
	return strings.TrimPrefix(s, "the ")
}

// NormName is the metric's key of an entity's name (score.py's norm_name).
func NormName(s string) string { return normName(s) }

// LastToken is the metric's last name token of a name (score.py's last_tok).
func LastToken(name string) string { return lastToken(name) }
