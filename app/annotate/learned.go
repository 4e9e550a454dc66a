package annotate

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"readwell/app/article"
)

// ldoc is an article as the learned annotator reads it: words, quotes,
// the names the tagger found and the entities they resolve to.
type ldoc struct {
	blocks     [][]rune
	toks       [][]token
	quotes     [][]quoteSpan
	spans      []span
	spanEntity []*article.Entity
	blockSpans [][]int // per block, its spans' indexes in order
	entities   []*article.Entity
	mentionBuf []mentionAt // the ranker's mentions of one quote, reused
	// per candidate, its features and structural features while a
	// candidate set is built, reused (candidates)
	featScratch   [][]feature
	structScratch [][]namedFeature
	structural    [][]namedFeature // the list of structScratch's in use
	rankScratch   rankScratch
	gender        map[*article.Entity]string // personGenders, read once
	runningWords  [][2]int                   // per block, its first and last word a title would capitalise (runningText)
}

// genders is personGenders, read on first use.
func (d *ldoc) genders() map[*article.Entity]string {
	if d.gender == nil {
		d.gender = d.personGenders()
	}
	return d.gender
}

// newLdoc reads the blocks: words and quotations. Captions, code and
// credit lines (blankCredits) carry neither quotes nor names.
func newLdoc(a *article.Article) *ldoc {
	d := &ldoc{}
	for b, blk := range a.Blocks {
		text, str := []rune(blk.Text), blk.Text
		if blk.Kind == article.KindFigure || blk.Kind == article.KindPre {
			text, str = nil, ""
		}
		if blank, changed := blankCredits(text); changed {
			text, str = blank, string(blank)
		}
		if !utf8.ValidString(str) {
			str = string(text) // what tokenize reads: invalid bytes made U+FFFD
		}
		d.blocks = append(d.blocks, text)
		d.toks = append(d.toks, tokenizeString(text, str))
		d.quotes = append(d.quotes, findQuotes(b, text))
	}
	d.blockSpans = make([][]int, len(d.blocks))
	return d
}

// tagNames runs the tagger over every block and resolves the names into
// entities. English only: in another language the tagger would guess.
func (d *ldoc) tagNames(m *linearModel) {
	stats := collectWordStats(d.toks)
	tags := make([][]int, len(d.blocks))
	var in taggerInput
	for b := range d.blocks {
		in.reset(d.blocks[b], d.toks[b], d.quotes[b])
		tags[b] = tagBlock(m, &in, stats)
	}
	splitJoinedNames(d.toks, tags)
	surnames := propagateNames(d.toks, tags)
	for b := range d.blocks {
		mendTags(d.blocks[b], d.toks[b], tags[b])
		ss := spansFromTags(b, d.blocks[b], d.toks[b], tags[b], surnames)
		d.addSpans(withDemonyms(b, d.toks[b], tags[b], d.outsideTitles(b, ss)))
	}
	d.titledPeople()
	d.resolve()
}

// mendTags mends, in one block's tags, the names the tagger is known to
// cut: at a particle, an "and" or a "for the" of an organisation, a
// middle initial.
func mendTags(text []rune, toks []token, tags []int) {
	joinParticleNames(text, toks, tags)
	joinAndOrgs(text, toks, tags)
	joinOrgTails(text, toks, tags)
	joinAtInitials(text, toks, tags)
}

// titledPeople: a title and a name the tagger read as an organisation
// or a place in one sentence ("… of Prince Andrew!") and as a person in
// others is that person: the title comes off, as it does from a person's
// name, and the name is the person's ("Andrew"). Titles come off people
// only, so the two forms would not meet in resolveSpans.
func (d *ldoc) titledPeople() {
	people := map[string]bool{}
	for _, s := range d.spans {
		if s.kind == "person" {
			people[s.name] = true
		}
	}
	for i := range d.spans {
		s := &d.spans[i]
		if s.kind == "person" || len(s.tokens) < 2 || !titleWords[s.tokens[0]] {
			continue
		}
		rest := d.toks[s.block][s.first+1 : s.end]
		if name := joinTokens(d.blocks[s.block], rest); people[name] {
			s.first, s.start, s.tokens, s.name = s.first+1, rest[0].start, s.tokens[1:], name
			s.kind, s.hadThe = "person", false
		}
	}
}

// outsideTitles drops the names inside a quotation that is a title
// ("Star Wars," "Mary Poppins" and "Bambi"; "Dawson's Creek"): a work's
// name, not a person's or an organisation's.
func (d *ldoc) outsideTitles(b int, ss []span) []span {
	out := ss[:0]
	for _, s := range ss {
		if q := d.quoteAround(b, s.start); q == nil || !d.isTitle(*q) {
			out = append(out, s)
		}
	}
	return out
}

// isTitle: quotation q reads as a title in running text (short, every
// word capitalised but the small ones), as quoteKind reads one; or it is
// one proper word after "of", "the" or "in" ("the set of “Fargo,”"):
// a name, where a word said alone ("“Never,” she said") is a common one.
func (d *ldoc) isTitle(q quoteSpan) bool {
	text := d.blocks[q.block]
	if !fewWords(text[q.start:q.end], 5) || !d.runningText(q) {
		return false
	}
	return titleCase(string(text[q.start:q.end])) || d.properWordAfterArticle(q)
}

// properWordAfterArticle: quotation q is one capitalised word no common
// word ("Fargo"), after an article or a preposition.
func (d *ldoc) properWordAfterArticle(q quoteSpan) bool {
	toks := d.toks[q.block]
	i := tokenIndexAt(toks, q.start)
	if i < 1 || i+1 < len(toks) && toks[i+1].end <= q.end || i >= len(toks) || toks[i].start >= q.end {
		return false // more than one word, or none
	}
	w, before := toks[i], toks[i-1].lower
	return w.capitalized() && !defaultCommonWords()[w.lower] && (prepositions[before] || before == "the" || before == "a")
}

func (d *ldoc) addSpans(ss []span) {
	for _, s := range ss {
		d.blockSpans[s.block] = append(d.blockSpans[s.block], len(d.spans))
		d.spans = append(d.spans, s)
	}
}

func (d *ldoc) resolve() {
	d.entities, d.spanEntity = resolveSpans(d.spans)
	for _, e := range d.spanEntity {
		if e != nil {
			e.Mentions++
		}
	}
}

// inQuote: position pos of block b lies inside a quotation.
func (d *ldoc) inQuote(b, pos int) bool {
	qs := d.quotes[b]
	lo, hi := 0, len(qs) // the first quote that ends after pos
	for lo < hi {
		mid := (lo + hi) / 2
		if qs[mid].end > pos {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo < len(qs) && pos >= qs[lo].start
}

// sentenceReach bounds the search for a sentence's ends, so that a block
// with no full stop costs no more than a long sentence.
const sentenceReach = 400

// sentenceFrom: where the sentence holding position i begins.
func sentenceFrom(text []rune, i int) int {
	for j := i - 1; j >= 0 && j >= i-sentenceReach; j-- {
		switch text[j] {
		case '.', '!', '?':
			if endsSentenceAt(text, j) {
				return j + 1
			}
		}
	}
	return max(0, i-sentenceReach)
}

// sentenceTo: the end of the sentence that goes on after position i (a
// full stop, or the next opening quote mark).
func sentenceTo(text []rune, i int) int {
	for j := i; j < len(text) && j < i+sentenceReach; j++ {
		switch text[j] {
		case '.', '!', '?':
			if j+1 >= len(text) || endsSentenceAt(text, j) {
				return j
			}
		case '"', '“', '„', '«':
			return j
		}
	}
	return min(len(text), i+sentenceReach)
}

// abstainBelow: a speaker the ranker is less sure of than this is no
// speaker. A wrong name costs a reader more than none: counted twice a
// missing one, CV over eight seeds (READWELL_CV_SWEEP) costs least at
// .45–.50 (1,816 and 1,813 against 1,829 at .40, the ranker an average
// of three runs).
var abstainBelow = 0.45

// attributeLearned gives every quotation its speaker and kind.
func (d *ldoc) attributeLearned(m *linearModel) []attributed {
	var out []attributed
	d.eachQuote(func(ref quoteRef, set candidateSet) *article.Entity {
		q, chosen := d.attribute(ref, set, m)
		out = append(out, q)
		return chosen
	})
	return out
}

// attribute is one quotation's speaker and kind: the ranker's choice,
// unless it is unsure (abstainBelow) or the quotation is a term — a
// title, a name or a phrase quoted again ("Meet the Press", "Three
// Amigos"), nobody's words even where the sentence names someone
// ("Graham said on MSNBC's “Morning Joe”"). chosen is the ranker's
// choice all the same: the quotes after a term read who spoke around it.
func (d *ldoc) attribute(ref quoteRef, set candidateSet, m *linearModel) (q attributed, chosen *article.Entity) {
	if i, p := set.choose(m); i >= 0 && p >= abstainBelow {
		chosen = set.entities[i]
	}
	q = attributed{span: ref.span, speaker: chosen, kind: d.quoteKind(ref.span, chosen, set.saidNear)}
	if q.kind == kindTerm {
		q.speaker = nil
	}
	return q, chosen
}

// eachQuote walks the quotations in order with their candidate sets;
// speakerOf says who spoke each (nil: nobody), which the quotes after it
// read (the speaker before, a paragraph that opens with a quote).
func (d *ldoc) eachQuote(speakerOf func(ref quoteRef, set candidateSet) *article.Entity) {
	ctx := speakerContext{spoken: map[*article.Entity]int{}}
	for b := range d.blocks {
		if len(d.toks[b]) == 0 {
			continue // an empty paragraph (an image's place) breaks no run of quotes
		}
		ctx.prevInBlock = nil
		var last *article.Entity
		spans := d.quotes[b]
		for qi, s := range spans {
			ref := quoteRef{block: b, index: qi, span: s}
			speaker := speakerOf(ref, d.candidates(ref, ctx))
			ctx.prevInBlock, ctx.prevQuoteClose = speaker, s.close
			if speaker != nil {
				last = speaker
				ctx.spoken[speaker]++
			}
		}
		ctx.endBlock(spans, last)
	}
}

// quoteKind: a scare quote or term ("foreign terrorist groups") is short,
// nobody's, no sentence, and no verb of saying stands by it; a whole
// sentence or one after a lead-in is full; the rest is partial. A short
// quote's echoes decide first (echo): quoted again as it is, a term; a
// heading that repeats a longer quote's words, someone's words.
func (d *ldoc) quoteKind(s quoteSpan, speaker *article.Entity, said bool) string {
	text := d.blocks[s.block]
	q := string(text[s.start:s.end])
	leadIn := leadsIn(text, sentenceFrom(text, s.open), s.open)
	short := fewWords(text[s.start:s.end], 5)
	var repeated, within, sentence bool
	if alone := d.alone(s); short && (alone || speaker != nil && !said) {
		// (A short quote of nobody's, not alone, is a term whatever
		// its echoes.)
		repeated, within, sentence = d.echo(s, alone)
	}
	switch {
	case repeated && !said && !d.saidBefore(s):
		// Quoted again as it is: a term or a nickname ("Three Amigos"),
		// unless a verb of saying brings it in (saying "Too many.").
		return kindTerm
	case within && sentence:
		// Someone's words, quoted again (a pull quote, a heading).
		return kindFull
	case within:
		return kindPartial
	case d.isTitle(s):
		// A title or a name ("Face the Nation", "Gang of Eight"), in
		// running text (a headline capitalises speech too).
		return kindTerm
	case speaker == nil && !said && short:
		// Nobody's, and short: a term, a title or a slogan ("Meth. We're
		// on it."), sentence or not.
		return kindTerm
	case runsOn(text, s):
		// The sentence reads on through the quote ("We don't want those
		// people" working in prisons, she said): part of it.
		return kindPartial
	case startsUpper(q) || leadIn && (!startsLower(q) || d.saidBefore(s)):
		// A quote in lower case after a comma is full when a verb of
		// saying leads into it ("…,” Doctor asks, “what kind of …"),
		// part of the sentence otherwise ("telling Cook, “since he …").
		return kindFull
	}
	return kindPartial
}

// saidBefore: the word before the quote's lead-in mark is a verb of saying.
func (d *ldoc) saidBefore(s quoteSpan) bool {
	toks := d.toks[s.block]
	i := tokenIndexAt(toks, s.open) - 1
	return i >= 0 && isReportingVerb(toks[i].lower)
}

// runsOn: the quote s ends without a stop or comma of its own and its
// sentence goes on after the close mark with a word in lower case.
func runsOn(text []rune, s quoteSpan) bool {
	if s.unclosed || s.end <= s.start || s.close < 1 {
		return false
	}
	for _, r := range []rune{text[s.end-1], text[s.close-1]} {
		switch r {
		case '.', ',', '!', '?', ':', ';', '…', '-', '—':
			return false
		}
	}
	for i := s.close + 1; i < len(text); i++ {
		r := text[i]
		if unicode.IsSpace(r) {
			continue
		}
		return unicode.IsLower(r)
	}
	return false
}

// startsLower: the first letter of s is lower case.
func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// fill writes the annotation into a.
func (d *ldoc) fill(a *article.Article, quotes []attributed) {
	quotes = d.checkPeople(quotes)
	a.Quotes = make([]article.Quote, 0, len(quotes))
	for i, q := range quotes {
		speaker := ""
		if q.speaker != nil {
			speaker = q.speaker.ID
		}
		a.Quotes = append(a.Quotes, article.Quote{
			ID:      fmt.Sprintf("q%d", i+1),
			Text:    string(d.blocks[q.span.block][q.span.start:q.span.end]),
			Speaker: speaker,
			Kind:    q.kind,
			Block:   q.span.block,
			Start:   q.span.start,
			End:     q.span.end,
		})
	}
	a.Mentions = make([]article.Mention, 0, len(d.spans))
	for i, s := range d.spans {
		if e := d.spanEntity[i]; e != nil { // counted in e.Mentions by resolve
			a.Mentions = append(a.Mentions, article.Mention{Entity: e.ID, Block: s.block, Start: s.start, End: s.stop})
		}
	}
	a.Entities = make([]article.Entity, 0, len(d.entities))
	for _, e := range d.entities {
		if e.Mentions > 0 {
			a.Entities = append(a.Entities, *e)
		}
	}
	sort.SliceStable(a.Entities, func(i, j int) bool {
		if a.Entities[i].Mentions != a.Entities[j].Mentions {
			return a.Entities[i].Mentions > a.Entities[j].Mentions
		}
		return a.Entities[i].Name < a.Entities[j].Name
	})
}

// annotateLearned is Annotate with the learned models.
func annotateLearned(a *article.Article, mod *models) {
	d := newLdoc(a)
	if english(a) {
		d.tagNames(mod.tagger)
	}
	d.fill(a, d.attributeLearned(mod.speaker))
}

// english: the article is in English, or says no language. The tagger
// learned English capitals; German capitalises every noun.
func english(a *article.Article) bool {
	return a.Lang == "" || strings.HasPrefix(strings.ToLower(a.Lang), "en")
}

// endsSentenceAt: the full stop (or ! or ?) at j ends a sentence: white
// space follows, after a closing quote mark or bracket if there is one,
// and it does not end an abbreviation (U.S., Mr.).
func endsSentenceAt(text []rune, j int) bool {
	k := j + 1
	for k < len(text) && k <= j+2 && strings.ContainsRune("”\"’')»", text[k]) {
		k++
	}
	return k < len(text) && unicode.IsSpace(text[k]) && !abbreviationBefore(text, j)
}

// withDemonyms adds the words of nationality the tagger left out
// ("Mexican", "Americans") as mentions of their place, in order among ss.
// They join the place's chip only when the article names the place.
func withDemonyms(block int, toks []token, tags []int, ss []span) []span {
	var out []span // made at the first demonym: most blocks have none
	next := 0
	for i, t := range toks {
		if tags[i] != tagOut || !t.capitalized() {
			continue // a demonym is a capitalised word ("Mexican")
		}
		place := demonyms[t.text]
		if place == "" {
			continue
		}
		if out == nil {
			out = make([]span, 0, len(ss)+4)
		}
		for next < len(ss) && ss[next].first <= i {
			out = append(out, ss[next])
			next++
		}
		out = append(out, span{block: block, first: i, end: i + 1, start: t.start, stop: t.end, kind: "place", name: t.text, tokens: []string{t.text}, demonymOf: place})
	}
	if out == nil {
		return ss
	}
	return append(out, ss[next:]...)
}

// propagateNames tags every other occurrence of a name the tagger found
// somewhere in the article ("Trump directly contacted Sheinbaum" once
// "Claudia Sheinbaum" is known): a name keeps its kind through a text.
func propagateNames(toks [][]token, tags [][]int) (surnames map[string]bool) {
	var known knownNames
	seen := map[string]bool{}
	// room: key is a new name, and the bounds leave room for one more
	// that starts with first.
	room := func(key, first string) bool {
		return !seen[key] && len(seen) < maxPropagatedNames && len(known.byFirst[first]) < maxNamesPerWord
	}
	eachName(toks, tags, func(b, i, j int) {
		words := wordsOf(toks[b][i:j])
		key := strings.Join(words, " ")
		if hasUpper(words[0]) && !functionWords[words[0]] && room(key, words[0]) {
			seen[key] = true
			known.add(words, append([]int(nil), tags[b][i:j]...))
		}
		// A person's surname alone is that person again ("says
		// Doctor" after "Ken Doctor"), even when it is a common word.
		last := surname(words)
		if len(words) > 1 && tagKind(tags[b][i]) == "person" && hasUpper(last) && !functionWords[last] && room(last, last) {
			seen[last] = true
			if surnames == nil {
				surnames = map[string]bool{}
			}
			surnames[last] = true
			known.add([]string{last}, []int{tags[b][i]})
		}
	})
	known.mark(toks, tags)
	return surnames
}

// knownNames finds names already known, with their tags, in a text: the
// names found elsewhere in the same article (propagateNames), and in
// training the names CoreNLP gave an article (projectNames).
type knownNames struct {
	byFirst map[string][]knownName
}

// knownName is a name's words and the BIO tags they take.
type knownName struct {
	words []string
	tags  []int
}

func (x *knownNames) add(words []string, tags []int) {
	if x.byFirst == nil {
		x.byFirst = map[string][]knownName{}
	}
	x.byFirst[words[0]] = append(x.byFirst[words[0]], knownName{words: words, tags: tags})
}

// mark tags every untagged occurrence of a known name in toks, left to
// right, the longest name where several start at a word.
func (x *knownNames) mark(toks [][]token, tags [][]int) {
	for b, ts := range toks {
		for i := 0; i < len(ts); i++ {
			if tags[b][i] != tagOut {
				continue
			}
			var best *knownName
			for k, n := range x.byFirst[ts[i].text] {
				if i+len(n.words) > len(ts) || best != nil && len(n.words) <= len(best.words) {
					continue
				}
				ok := true
				for j, w := range n.words {
					if ts[i+j].text != w || tags[b][i+j] != tagOut {
						ok = false
						break
					}
				}
				if ok {
					best = &x.byFirst[ts[i].text][k]
				}
			}
			if best != nil {
				copy(tags[b][i:], best.tags)
				i += len(best.words) - 1
			}
		}
	}
}

// maxPropagatedNames bounds the names propagateNames looks for, and
// maxNamesPerWord those of them that start with one word (each occurrence
// of the word is tried against them), so a page of ten thousand names
// costs no more than a long article.
const (
	maxPropagatedNames = 2000
	maxNamesPerWord    = 32
)

// splitJoinedNames makes two names of one the tagger ran on across "and"
// when the article names the first half on its own elsewhere and writes
// the second elsewhere too ("the Moon and Mars", "Emerson College and
// Opinion Savvy"); a name whose halves it never writes apart keeps its
// "and" ("House Ways and Means Committee").
func splitJoinedNames(toks [][]token, tags [][]int) {
	named := map[string]bool{}
	eachName(toks, tags, func(b, i, j int) {
		named[joinWords(toks[b][i:j])] = true
	})
	written := map[string]int{} // how often each word is written capitalised
	for _, ts := range toks {
		for _, t := range ts {
			if t.capitalized() {
				written[t.text]++
			}
		}
	}
	eachName(toks, tags, func(b, i, j int) {
		for k := i + 1; k < j-1; k++ {
			if toks[b][k].text == "and" && named[joinWords(toks[b][i:k])] && writtenApart(toks[b][k+1:j], written) {
				tags[b][k] = tagOut
				tags[b][k+1] = tags[b][i] // begins a name of the same kind
				return
			}
		}
	})
}

// eachName calls f with the words [i, j) of each name in tags.
func eachName(toks [][]token, tags [][]int, f func(b, i, j int)) {
	for b := range toks {
		for i := 0; i < len(toks[b]); {
			if !tagBegins(tags[b][i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(toks[b]) && tags[b][j] == tags[b][i]+1 {
				j++
			}
			f(b, i, j)
			i = j
		}
	}
}

// wordsOf is the words of ts.
func wordsOf(ts []token) []string {
	words := make([]string, len(ts))
	for i, t := range ts {
		words[i] = t.text
	}
	return words
}

func joinWords(ts []token) string { return strings.Join(wordsOf(ts), " ") }

// writtenApart: each of the words is written, capitalised, somewhere
// besides here.
func writtenApart(ts []token, written map[string]int) bool {
	for _, t := range ts {
		if written[t.text] < 2 {
			return false
		}
	}
	return true
}
