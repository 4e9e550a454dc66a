package annotate

import (
	"strings"
	"unicode"
)

// quoteSpan is one quotation's place in a block: the text between its
// marks (rune offsets), and where the marks stand.
type quoteSpan struct {
	block       int
	open, close int // positions of the marks; close = len(block) when unclosed
	start, end  int // the quoted text, marks and padding excluded
	unclosed    bool
}

// findQuotes finds the quotations of one block: double quotes of every
// style (straight, curly, „German“, «guillemets»), and British single
// quotes when the block has no double ones. A quote left open runs to the
// end of the block: quotations over several paragraphs open each one.
// It stops at MaxQuotesPerBlock.
func findQuotes(block int, text []rune) []quoteSpan {
	var spans []quoteSpan
	hasDouble, lastCurlyClose := false, -1
	for i, r := range text {
		if r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»' {
			hasDouble = true
		}
		if r == '”' {
			lastCurlyClose = i
		}
	}
	open := -1
	var closer rune
	add := func(o, c int, unclosed bool) {
		s, e := o+1, c
		for s < e && unicode.IsSpace(text[s]) {
			s++
		}
		// A comma or space before the closing mark belongs to the
		// sentence, not the quotation ("foreign terrorist groups,").
		for e > s && (unicode.IsSpace(text[e-1]) || text[e-1] == ',') {
			e--
		}
		if hasLetter(text[s:e]) {
			spans = append(spans, quoteSpan{block: block, open: o, close: c, start: s, end: e, unclosed: unclosed})
		}
	}
	for i, r := range text {
		if len(spans) >= MaxQuotesPerBlock {
			return spans // a list of terms or a dump, not prose: enough
		}
		if open < 0 {
			switch {
			case r == '“' || r == '„':
				open, closer = i, '”'
			case r == '”' && i < lastCurlyClose && opensHere(text, i):
				// ”…” as some pages type it (said: ”Bird flu…”): a
				// closing mark at a word's start opens, when another
				// one follows to close it.
				open, closer = i, '”'
			case r == '«':
				open, closer = i, '»'
			case r == '"' && opensHere(text, i):
				open, closer = i, '"'
			case !hasDouble && r == '‘' && opensHere(text, i):
				open, closer = i, '’'
			}
			continue
		}
		switch {
		case r == closer && (closer != '’' || closesHere(text, i)),
			closer == '”' && r == '“' && text[open] == '„', // German „…“
			closer == '"' && (r == '”'),
			// “…" typed with two kinds of mark: a straight one closes a
			// curly quote when no curly close comes after it, or when it
			// ends a clause and the next mark opens straight again
			// (“When all…," he said, "maybe…”).
			closer == '”' && r == '"' && closesHere(text, i) && (lastCurlyClose < i || reopensStraight(text, i)):
			add(open, i, false)
			open = -1
		}
	}
	if open >= 0 {
		add(open, len(text), true)
	}
	return spans
}

// reopensStraight: the straight mark at i follows a clause's end (a
// comma, a full stop, a question or exclamation mark) and the next
// double mark after it is a straight one that opens: a quotation split
// by its attribution, typed “…," he said, "…”.
func reopensStraight(text []rune, i int) bool {
	if i == 0 || !strings.ContainsRune(",.?!", text[i-1]) {
		return false
	}
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '"':
			return opensHere(text, j)
		case '“', '”', '„', '«', '»':
			return false
		}
	}
	return false
}

// opensHere: a straight or single mark at the start of a word opens a
// quote (after a space, a dash, a bracket, or at the start of the text).
func opensHere(text []rune, i int) bool {
	if i+1 >= len(text) || unicode.IsSpace(text[i+1]) {
		return false
	}
	if i == 0 {
		return true
	}
	p := text[i-1]
	return unicode.IsSpace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == ':'
}

// closesHere: a single closing mark that is not an apostrophe — no letter
// follows it ("they’re" and "Sheinbaum’s" do not close a quote).
func closesHere(text []rune, i int) bool {
	return i+1 >= len(text) || !unicode.IsLetter(text[i+1])
}

func hasLetter(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
