package polnear

import "strings"

// Prediction is what a system says about one article: its quotations with
// their speakers, and its entities. Build it from an article.Article with
// FromArticle, or take the anchor's from Nearest.
type Prediction struct {
	Quotes   []PredQuote
	Entities []PredEntity
}

// PredQuote is one predicted quotation; Speaker is the speaking entity's
// name (not its id), "" when the system leaves the quote unattributed.
type PredQuote struct {
	Text, Speaker string
}

// PredEntity is one predicted entity with the other names it goes by.
type PredEntity struct {
	Name, Kind string
	Aliases    []string
}

// stopRuns are the capitalised runs the anchor never takes for a name.
var stopRuns = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "They": true, "It": true, "I": true,
	"We": true, "But": true, "And": true, "In": true, "On": true, "At": true, "As": true, "If": true,
	"So": true, "That": true, "This": true, "What": true, "When": true, "Mr.": true, "Mrs.": true, "Ms.": true,
}

// Nearest is score.py's naive anchor, ported exactly: quotations are the
// spans between “ and ” or between straight double quotes in each paragraph
// after the headline; a quote's speaker is the capitalised word run nearest
// to it in its paragraph; every capitalised run is a person. Offsets are in
// runes, as Python's are in code points, so ties break the same way.
func Nearest(text string) Prediction {
	var p Prediction
	seen := map[string]bool{}
	paras := strings.Split(text, "\n")
	for _, para := range paras[1:] {
		rs := []rune(para)
		var runs []capRun
		for _, r := range capRuns(rs) {
			if !stopRuns[r.text] {
				runs = append(runs, r)
			}
		}
		for _, q := range quoteSpans(rs) {
			best, dist := "", 1_000_000_000
			for _, r := range runs {
				if q.start <= r.pos && r.pos < q.end {
					continue
				}
				d := r.pos - q.end
				if r.pos < q.start {
					d = q.start - r.pos
				}
				if d < dist {
					best, dist = r.text, d
				}
			}
			p.Quotes = append(p.Quotes, PredQuote{Text: q.text, Speaker: best})
		}
		for _, r := range runs {
			if !seen[r.text] {
				seen[r.text] = true
				p.Entities = append(p.Entities, PredEntity{Name: r.text, Kind: "person"})
			}
		}
	}
	return p
}

// capRun is one match of score.py's CAP at rune offset pos.
type capRun struct {
	pos  int
	text string
}

// isRunPart is the class [\w.\-'] of CAP.
func isRunPart(r rune) bool {
	return isWord(r) || r == '.' || r == '-' || r == '\''
}

// capWord is the length of [A-Z][\w.\-']+ at rs[i:], 0 when it does not
// match there. The class holds no white space, so greedy is maximal.
func capWord(rs []rune, i int) int {
	if i >= len(rs) || rs[i] < 'A' || rs[i] > 'Z' {
		return 0
	}
	j := i + 1
	for j < len(rs) && isRunPart(rs[j]) {
		j++
	}
	if j == i+1 {
		return 0
	}
	return j - i
}

// capRuns are re.finditer(CAP) over the paragraph:
// (?:[A-Z][\w.\-']+)(?:\s+(?:[A-Z][\w.\-']+))*. A match may start inside a
// word ("iPhone" gives "Phone"), and the search resumes at a match's end.
func capRuns(rs []rune) []capRun {
	var out []capRun
	for i := 0; i < len(rs); {
		n := capWord(rs, i)
		if n == 0 {
			i++
			continue
		}
		end := i + n
		for {
			j := end
			for j < len(rs) && isSpace(rs[j]) {
				j++
			}
			if j == end {
				break
			}
			m := capWord(rs, j)
			if m == 0 {
				break
			}
			end = j + m
		}
		out = append(out, capRun{pos: i, text: string(rs[i:end])})
		i = end
	}
	return out
}

// quoteSpan is one match of score.py's quote pattern, marks included in
// [start, end); text is the part inside the marks.
type quoteSpan struct {
	start, end int
	text       string
}

// quoteSpans are re.finditer(“([^”]+)”|"([^"]+)") over the paragraph: a
// quote closes at the first closing mark and holds at least one rune.
func quoteSpans(rs []rune) []quoteSpan {
	var out []quoteSpan
	for i := 0; i < len(rs); {
		var closer rune
		switch rs[i] {
		case '\u201c':
			closer = '\u201d'
		case '"':
			closer = '"'
		default:
			i++
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] != closer {
			j++
		}
		if j >= len(rs) || j == i+1 {
			i++
			continue
		}
		out = append(out, quoteSpan{start: i, end: j + 1, text: string(rs[i+1 : j])})
		i = j + 1
	}
	return out
}
