package components

import (
	"sort"
	"unicode"

	"readwell/app/article"
)

// segment is a run of a block's text: plain, a mention, or a quotation
// (whose own text may hold mentions). Offsets are runes, like the spans.
type segment struct {
	text     string
	quote    *article.Quote
	mention  *article.Mention
	index    int // the mention's index in the article, for its element id
	children []segment
}

// indexedMention is a mention with its place in Article.Mentions.
type indexedMention struct {
	article.Mention
	index int
}

// blockSegments cuts a block's text at its quotations and mentions. Spans
// that overlap what is already placed are skipped, so malformed spans
// cannot duplicate or lose text: the segments always spell the block.
func blockSegments(text string, quotes []article.Quote, mentions []indexedMention) []segment {
	runes := []rune(text)
	sort.Slice(quotes, func(i, j int) bool { return quotes[i].Start < quotes[j].Start })
	sort.Slice(mentions, func(i, j int) bool { return mentions[i].Start < mentions[j].Start })
	var out []segment
	pos := 0
	mi := 0
	emitPlain := func(from, to int) {
		// Plain text with the mentions that fall inside [from, to).
		for from < to {
			for mi < len(mentions) && mentions[mi].Start < from {
				mi++
			}
			if mi >= len(mentions) || mentions[mi].Start >= to || mentions[mi].End > to || mentions[mi].End > len(runes) {
				out = appendText(out, runes[from:to])
				return
			}
			m := mentions[mi]
			out = appendText(out, runes[from:m.Start])
			mm := m.Mention
			out = append(out, segment{text: string(runes[m.Start:m.End]), mention: &mm, index: m.index})
			from = m.End
			mi++
		}
	}
	for qi := range quotes {
		q := quotes[qi]
		if q.Start < pos || q.End > len(runes) || q.Start >= q.End {
			continue
		}
		// The highlight takes in the quotation marks (and a comma left
		// before the closing one), so the speaker label follows them.
		start, end := q.Start, q.End
		switch {
		case start-1 >= pos && isQuoteMark(runes[start-1], true):
			start--
		case start-2 >= pos && unicode.IsSpace(runes[start-1]) && runes[start-2] == '«':
			start -= 2
		}
		switch {
		case end < len(runes) && isQuoteMark(runes[end], false):
			end++
		case end+1 < len(runes) && runes[end] == ',' && isQuoteMark(runes[end+1], false):
			end += 2
		case end+1 < len(runes) && unicode.IsSpace(runes[end]) && runes[end+1] == '»':
			end += 2
		}
		if start == q.Start || end == q.End {
			start, end = q.Start, q.End // unmatched marks: highlight the words only
		}
		emitPlain(pos, start)
		saved := out
		out = nil
		emitPlain(start, end)
		inner := out
		out = append(saved, segment{text: string(runes[start:end]), quote: &quotes[qi], children: inner})
		pos = end
	}
	emitPlain(pos, len(runes))
	return out
}

// isQuoteMark: a mark that opens (or closes) a quotation.
func isQuoteMark(r rune, opening bool) bool {
	if opening {
		return r == '"' || r == '“' || r == '„' || r == '«' || r == '‘'
	}
	return r == '"' || r == '”' || r == '“' || r == '»' || r == '’'
}

func appendText(out []segment, rs []rune) []segment {
	if len(rs) == 0 {
		return out
	}
	return append(out, segment{text: string(rs)})
}
