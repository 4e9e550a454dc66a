package annotate

import (
	"sort"
	"strings"
	"unicode"

	"readwell/app/article"
)

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

// attributionWindow bounds, in runes, how far from a quotation its
// attribution is looked for: the sentence before it and the one after it.
// A sentence of news prose is far shorter; a "sentence" longer than this
// (a page of text with no full stop) is read only this far, which keeps
// the work per quotation constant and the whole linear in the text.
const attributionWindow = 1000

// pronouns stand for a speaker named earlier.
var pronouns = map[string]string{
	"he": "person", "she": "person", "him": "person", "her": "person",
	"it": "org", "they": "any", "we": "any",
	"él": "person", "ella": "person", "il": "any", "elle": "person", "er": "person", "sie": "any",
}

// attributeQuotes finds every quotation and decides its speaker and kind.
func (d *doc) attributeQuotes() []attributed {
	var out []attributed
	var lastSpeaker *article.Entity // the most recent attributed speaker
	prevBlockOpen := false          // the previous block ended inside a quotation
	for b := range d.blocks {
		spans := d.quotes[b]
		var blockSpeaker *article.Entity
		for qi, s := range spans {
			q := attributed{span: s}
			text := string(d.blocks[b][s.start:s.end])
			after, afterVerb, afterPronoun := d.afterSpeaker(s)
			before, leadIn, verbFound := d.beforeSpeaker(s)
			switch {
			case after != nil:
				q.speaker, q.kind = after, kindFull
			case afterVerb:
				// "…," she said — or a verb with nobody we can name.
				q.speaker, q.kind = d.resolvePronoun(afterPronoun, s, lastSpeaker), kindFull
			case before != nil && (leadIn || startsUpper(text)):
				q.speaker, q.kind = before, kindFull
			case before != nil:
				q.speaker, q.kind = before, kindPartial
			case verbFound == "pronoun":
				q.speaker = d.resolvePronoun(d.pronounBefore(s), s, lastSpeaker)
				q.kind = kindPartial
				if leadIn || startsUpper(text) {
					q.kind = kindFull
				}
			case qi > 0 && blockSpeaker != nil && (onlyAttributionBetween(d.blocks[b], spans[qi-1], s) || d.attributionSentenceBetween(b, spans[qi-1], s, blockSpeaker)):
				// "…," Kelly wrote. "…" — two quotes around one attribution.
				q.speaker, q.kind = blockSpeaker, kindFull
			case qi == 0 && startsBlock(d.blocks[b], s) && lastSpeaker != nil && (prevBlockOpen || d.previousBlockQuoted(b)):
				// A paragraph that opens with a quote continues the speaker
				// of the paragraph before.
				q.speaker, q.kind = lastSpeaker, kindFull
			case wordsIn(text) <= 5 && !endsSentence(text):
				q.kind = kindTerm
			case startsUpper(text):
				q.kind = kindFull
			default:
				q.kind = kindPartial
			}
			if q.speaker != nil {
				lastSpeaker, blockSpeaker = q.speaker, q.speaker
			}
			out = append(out, q)
		}
		if len(spans) > 0 {
			prevBlockOpen = spans[len(spans)-1].unclosed
		} else {
			prevBlockOpen = false
		}
	}
	return out
}

// previousBlockQuoted: the block before b held an attributed quotation.
func (d *doc) previousBlockQuoted(b int) bool {
	return b > 0 && len(d.quotes[b-1]) > 0
}

// resolvePronoun finds who a pronoun before or after quote s stands for:
// the last speaker of its kind, or else the last person (he, she) or
// organisation (it) named before the quote, outside quotations.
func (d *doc) resolvePronoun(kind string, s quoteSpan, lastSpeaker *article.Entity) *article.Entity {
	if kind == "" {
		return nil
	}
	// The person this paragraph has just named stands first: 'One thing
	// Young would push off NASA's plate is the Gateway. "…," he said.' —
	// named in an earlier sentence: in 'He denied that he, Sondland and
	// Perry formed an "irregular" channel' the names come after the pronoun.
	if kind == "person" {
		ms := d.mentions[s.block]
		limit := sentenceStart(d.blocks[s.block], d.toks[s.block], s.open)
		for i := len(ms) - 1; i >= 0; i-- {
			if m := ms[i]; m.start < limit && m.entity.Kind == "person" && !d.insideQuote(s.block, m.start) {
				return m.entity
			}
		}
	}
	if lastSpeaker != nil && (kind == "any" || lastSpeaker.Kind == kind) {
		return lastSpeaker
	}
	for b := s.block; b >= 0 && b >= s.block-3; b-- {
		ms := d.mentions[b]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if b == s.block && m.start >= s.open || d.insideQuote(b, m.start) {
				continue
			}
			if m.entity.Kind == kind || kind == "any" && m.entity.Kind != "place" {
				return m.entity
			}
		}
	}
	return nil
}

// afterSpeaker reads the words after a quotation: "…," Sheinbaum declared /
// "…," said Kelly / "…?" Trump reportedly asked / "…," she said.
// It returns the speaker, whether a verb of saying stands there at all, and
// the kind of a pronoun subject ("she said") for the caller to resolve.
func (d *doc) afterSpeaker(s quoteSpan) (*article.Entity, bool, string) {
	if s.unclosed {
		return nil, false, ""
	}
	text := d.blocks[s.block]
	toks := tokensBetween(d.toks[s.block], s.close, sentenceEnd(text, s.close+1))
	if m := d.appositiveSpeaker(s.block, toks); m != nil {
		return m, true, ""
	}
	for i, t := range toks {
		if i > 5 {
			break
		}
		// "…," according to a memo from General Motors.
		if strings.EqualFold(t.text, "according") && i+1 < len(toks) && toks[i+1].text == "to" {
			return d.firstMentionIn(s.block, toks[i+1].end, minInt(len(text), toks[i+1].end+60)), true, ""
		}
		if !isReportingVerb(t.text) {
			continue
		}
		// Subject before the verb: the mention nearest to it.
		if m := d.lastMentionIn(s.block, s.close, t.start); m != nil {
			return m, true, ""
		}
		// "said Kelly", "said Deputy Press Secretary Anna Kelly".
		if m := d.firstMentionIn(s.block, t.end, minInt(len(text), t.end+60)); m != nil && i <= 2 {
			return m, true, ""
		}
		for j := i - 1; j >= 0; j-- {
			if k, ok := pronouns[strings.ToLower(toks[j].text)]; ok {
				return nil, true, k
			}
		}
		return nil, true, ""
	}
	return nil, false, ""
}

// appositiveSpeaker reads "…," Steve Clarke, deputy associate
// administrator for exploration at NASA, said: a name right after the
// quotation, a description between commas, then the verb of saying.
func (d *doc) appositiveSpeaker(block int, toks []token) *article.Entity {
	if len(toks) < 4 {
		return nil
	}
	text := d.blocks[block]
	var speaker *mention
	ms := mentionsFrom(d.mentions[block], toks[0].start)
	for i := range ms {
		m := &ms[i]
		if m.start > toks[min(2, len(toks)-1)].start {
			break
		}
		if m.entity.Kind == "person" {
			speaker = m
			break
		}
	}
	if speaker == nil || !strings.HasPrefix(strings.TrimSpace(string(text[speaker.end:min(len(text), speaker.end+2)])), ",") {
		return nil
	}
	for _, t := range toks {
		if t.start <= speaker.end {
			continue
		}
		if isReportingVerb(t.text) {
			if strings.HasSuffix(strings.TrimSpace(string(text[speaker.end:t.start])), ",") {
				return speaker.entity
			}
			return nil
		}
	}
	return nil
}

// beforeSpeaker reads the sentence before a quotation. It returns the
// subject of the last verb of saying there, whether the quote follows a
// lead-in (a colon or a comma after that verb: X said: "…"), and, when the
// subject is a pronoun, "pronoun" (resolved by the caller).
func (d *doc) beforeSpeaker(s quoteSpan) (*article.Entity, bool, string) {
	text := d.blocks[s.block]
	from := sentenceStart(text, d.toks[s.block], s.open)
	toks := tokensBetween(d.toks[s.block], from, s.open)
	gap := strings.TrimSpace(string(text[max(from, 0):s.open]))
	leadIn := strings.HasSuffix(gap, ":") || strings.HasSuffix(gap, ",")
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if strings.EqualFold(t.text, "according") && i+1 < len(toks) && toks[i+1].text == "to" {
			if m := d.firstMentionIn(s.block, toks[i+1].end, s.open); m != nil {
				return m, true, ""
			}
		}
		if !isReportingVerb(t.text) || isWeakVerb(t.text) && !leadIn {
			continue
		}
		if m := d.lastMentionIn(s.block, from, t.start); m != nil {
			return m, leadIn, "verb"
		}
		// "told Y:" — the teller is before; "said X:" — after the verb.
		if m := d.firstMentionIn(s.block, t.end, s.open); m != nil && leadIn && !strings.EqualFold(t.text, "told") {
			return m, leadIn, "verb"
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if _, ok := pronouns[strings.ToLower(toks[j].text)]; ok {
				return nil, leadIn, "pronoun"
			}
		}
		return nil, leadIn, "verb"
	}
	return nil, leadIn, ""
}

// pronounBefore returns the kind of the pronoun subject before a quote.
func (d *doc) pronounBefore(s quoteSpan) string {
	text := d.blocks[s.block]
	from := sentenceStart(text, d.toks[s.block], s.open)
	for _, t := range tokensBetween(d.toks[s.block], from, s.open) {
		if k, ok := pronouns[strings.ToLower(t.text)]; ok {
			return k
		}
	}
	return ""
}

// lastMentionIn: the last person or organisation mentioned in [from, to).
func (d *doc) lastMentionIn(block, from, to int) *article.Entity {
	var found *article.Entity
	for _, m := range mentionsFrom(d.mentions[block], from) {
		if m.start >= to {
			break
		}
		if m.end <= to && m.entity.Kind != "place" && !d.insideQuote(block, m.start) {
			found = m.entity
		}
	}
	return found
}

// firstMentionIn: the first person or organisation mentioned in [from, to).
func (d *doc) firstMentionIn(block, from, to int) *article.Entity {
	for _, m := range mentionsFrom(d.mentions[block], from) {
		if m.start >= to {
			break
		}
		if m.end <= to && m.entity.Kind != "place" && !d.insideQuote(block, m.start) {
			return m.entity
		}
	}
	return nil
}

// insideQuote: pos is inside one of the block's quotations. A block's
// quotations are in order and never overlap, so a binary search finds the
// only one that can hold pos.
func (d *doc) insideQuote(block, pos int) bool {
	qs := d.quotes[block]
	i := sort.Search(len(qs), func(i int) bool { return qs[i].end > pos })
	return i < len(qs) && qs[i].start <= pos
}

// mentionsFrom is the block's mentions (sorted by start) from the first
// that starts at or after from.
func mentionsFrom(ms []mention, from int) []mention {
	return ms[sort.Search(len(ms), func(i int) bool { return ms[i].start >= from }):]
}

// tokensBetween is the tokens wholly inside [from, to). Tokens are in
// order and never overlap: they form one run of toks, found by a binary
// search, and returned without a copy (callers only read it).
func tokensBetween(toks []token, from, to int) []token {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].start >= from })
	j := i
	for j < len(toks) && toks[j].end <= to {
		j++
	}
	return toks[i:j]
}

// sentenceEnd: the end of the sentence that goes on after position i (a
// full stop, or the next opening quote mark).
func sentenceEnd(text []rune, i int) int {
	for j := i; j < len(text) && j < i+attributionWindow; j++ {
		switch text[j] {
		case '.', '!', '?':
			if j+1 >= len(text) || unicode.IsSpace(text[j+1]) {
				if !abbreviationBefore(text, j) {
					return j
				}
			}
		case '"', '“', '„', '«':
			return j
		}
	}
	return min(len(text), i+attributionWindow)
}

// sentenceStart: where the sentence holding position i begins (at most
// attributionWindow runes back).
func sentenceStart(text []rune, toks []token, i int) int {
	start := max(0, i-attributionWindow)
	for j := i - 1; j >= start; j-- {
		switch text[j] {
		case '.', '!', '?':
			if j+1 < len(text) && unicode.IsSpace(text[j+1]) && !abbreviationBefore(text, j) {
				return j + 1
			}
		case '"', '”', '»':
			// The end of an earlier quotation in the same sentence is
			// not a boundary; keep looking.
		}
	}
	return start
}

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
	return abbreviations[word] || isDottedInitials(word)
}

// maxAbbreviation bounds the runes of an abbreviation or dotted initials.
const maxAbbreviation = 32

// onlyAttributionBetween: between two quotes stands only the attribution of
// the first (a short clause ending a sentence), not a new sentence of prose.
func onlyAttributionBetween(text []rune, prev, cur quoteSpan) bool {
	between := strings.TrimSpace(string(text[prev.close+1 : cur.open]))
	return wordsIn(between) <= 8
}

// attributionSentenceBetween reads '"…," said Maria Lopez, a fisherman who
// had moored in the next bay for four weeks. "…"': between two quotations,
// one sentence with a verb of saying that names nobody but the speaker.
func (d *doc) attributionSentenceBetween(block int, prev, cur quoteSpan, speaker *article.Entity) bool {
	text := d.blocks[block]
	between := strings.TrimSpace(string(text[prev.close+1 : cur.open]))
	if wordsIn(between) > 40 || !endsSentence(between) {
		return false
	}
	verb := false
	for _, t := range tokensBetween(d.toks[block], prev.close+1, cur.open) {
		if isReportingVerb(t.text) && !isWeakVerb(t.text) {
			verb = true
		}
	}
	for _, m := range mentionsFrom(d.mentions[block], prev.close+1) {
		if m.start >= cur.open {
			break
		}
		if m.end <= cur.open && m.entity != speaker && m.entity.Kind != "place" {
			return false
		}
	}
	return verb
}

// startsBlock: nothing but white space before the quote's opening mark.
func startsBlock(text []rune, s quoteSpan) bool {
	return strings.TrimSpace(string(text[:s.open])) == ""
}

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

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}
