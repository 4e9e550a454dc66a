package annotate

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"readwell/app/article"
)

// The speaker ranker: for each quotation, every person or organisation
// named in its paragraph or the three before it is a candidate, beside
// "nobody". Each gets features (where its nearest mention stands and
// its place in its clause, a verb of saying beside it, a pronoun that
// stands for it, whether it spoke the quote before); a linear model
// scores them and the best one speaks, unless nobody scores higher. Trained by train.go on annotate-bench.

// windowBlocks is how many paragraphs before a quote's own are searched
// for its speaker.
const windowBlocks = 3

// attributionWords bounds how far after a quotation its attribution is
// read ("…," said the deputy associate administrator Steve Clarke).
const attributionWords = 12

// appositionWords bounds how far after a quotation a verb of saying is
// looked for behind an apposition ("…," Steve Clarke, deputy
// administrator at NASA, said).
const appositionWords = 24

// windowWords bounds how far from a quote, in words, its own paragraph is
// read for candidates; mentionsPerBlock how many of each paragraph before.
const (
	windowWords      = 80
	mentionsPerBlock = 16
)

// quoteRef is one quotation being attributed.
type quoteRef struct {
	block int
	index int // in doc.quotes[block]
	span  quoteSpan
}

// candidateSet is what the ranker chooses between for one quote.
type candidateSet struct {
	saidNear bool // a verb of saying stands next to the quote
	none     []feature
	entities []*article.Entity
	feats    [][]feature
}

// speakerContext is what the quotes before this one tell.
type speakerContext struct {
	prevInBlock     *article.Entity         // speaker of the quote before, same paragraph
	prevQuoteClose  int                     // where that quote closed
	prevBlockLast   *article.Entity         // last speaker of the paragraph before
	prevBlockQuoted bool                    // the paragraph before held a quote
	prevBlockOpen   bool                    // … and ended inside it
	spoken          map[*article.Entity]int // quotes each speaker spoke before this one
}

// mentionAt is an entity's mention as the ranker sees it.
type mentionAt struct {
	entity      *article.Entity
	block       int
	first, end  int // token indexes
	start, stop int
	quoted      bool
}

func bucket(n int, edges ...int) string {
	for _, e := range edges {
		if n <= e {
			return strconv.Itoa(e)
		}
	}
	return "more"
}

// candidates builds the candidate set of quote q.
func (d *ldoc) candidates(q quoteRef, ctx speakerContext) candidateSet {
	b := q.block
	text := d.blocks[b]
	toks := d.toks[b]
	open, close := q.span.open, q.span.close
	openTok := tokenIndexAt(toks, open)   // first token after the open mark
	closeTok := tokenIndexAt(toks, close) // first token after the close mark
	sentFrom := sentenceFrom(text, open)
	sentTo := len(text)
	if !q.span.unclosed {
		sentTo = sentenceTo(text, close+1)
	}
	// The attribution after the quote: its first words up to the sentence's end.
	afterEnd := closeTok
	for afterEnd < len(toks) && afterEnd-closeTok < attributionWords && toks[afterEnd].end <= sentTo {
		afterEnd++
	}
	if q.span.unclosed {
		afterEnd = closeTok
	}
	verbAfter := -1
	for i := closeTok; i < afterEnd && i < closeTok+6; i++ {
		if isReportingVerb(toks[i].lower) && !d.inQuote(b, toks[i].start) {
			verbAfter = i
			break
		}
	}
	// "…," Dr. Luz Contreras Arroyo, a member of the group and signatory
	// to the letter, told NBC News: a name, an apposition between commas,
	// the verb. apposEnd is where the name before the first comma ends.
	apposEnd := -1
	if verbAfter < 0 && !q.span.unclosed && closeTok < len(toks) && toks[closeTok].capitalized() {
		for i := closeTok + 1; i < len(toks) && i <= closeTok+appositionWords && toks[i].end <= sentTo; i++ {
			if !commaBefore(text, toks, i) {
				continue
			}
			if apposEnd < 0 {
				apposEnd = i
			} else if isReportingVerb(toks[i].lower) && !d.inQuote(b, toks[i].start) {
				verbAfter = i
				afterEnd = max(afterEnd, min(i+2, len(toks)))
				break
			}
		}
		if verbAfter < 0 {
			apposEnd = -1
		}
	}
	verbBefore := -1
	for i := openTok - 1; i >= 0 && toks[i].start >= sentFrom; i-- {
		if isReportingVerb(toks[i].lower) && !d.inQuote(b, toks[i].start) {
			verbBefore = i
			break
		}
	}
	leadIn := leadsIn(text, sentFrom, open)
	sentTok := tokenIndexAt(toks, sentFrom) // the sentence's first word
	pronAfter := ""
	if verbAfter >= 0 {
		for i := closeTok; i < verbAfter; i++ {
			if k := pronounKind(toks, i); k != "" {
				pronAfter = k
			}
		}
		if pronAfter == "" && verbAfter+1 < afterEnd {
			if k, ok := pronouns[toks[verbAfter+1].lower]; ok && verbAfter+1 < len(toks) {
				pronAfter = k // "…," said she
			}
		}
	}
	pronWordAfter := ""
	if pronAfter != "" {
		for i := closeTok; i < afterEnd && i <= verbAfter+1; i++ {
			if pronounKind(toks, i) != "" {
				pronWordAfter = toks[i].lower
			}
		}
	}
	pronBefore, pronWordBefore := "", ""
	if verbBefore >= 0 {
		for i := verbBefore - 1; i >= 0 && i >= verbBefore-3 && toks[i].start >= sentFrom; i-- {
			if k := pronounKind(toks, i); k != "" {
				pronBefore, pronWordBefore = k, toks[i].text
			}
		}
	}
	// "Cruz called them on it:" ¶ “…”: a paragraph that opens with a
	// quotation after one that ends in a colon holds the words the
	// colon's sentence announces. leadFrom is that sentence's first word
	// in block b-1 (-1: no such lead-in); a pronoun that opens it ("He
	// said:") reads as one before the quote's own verb.
	leadFrom := d.colonLeadIn(b, open)
	if leadFrom >= 0 && pronBefore == "" {
		lt := d.toks[b-1]
		for i := leadFrom; i < len(lt) && i < leadFrom+3; i++ {
			if k := pronounKind(lt, i); k != "" {
				pronBefore, pronWordBefore = k, lt[i].text
				break
			}
		}
	}
	// A description that stands for someone named before ("…," the
	// 56-year-old said; The senator said: "…"): its head noun.
	descHead := ""
	if pronAfter == "" && verbAfter > closeTok {
		descHead = descriptionHead(toks, closeTok, verbAfter)
	}
	if descHead == "" && pronBefore == "" && verbBefore > 0 {
		descHead = descriptionHead(toks, max(sentTok, verbBefore-5), verbBefore)
	}
	// A pronoun that is the subject of the quote's sentence, with no verb
	// of saying ("Within minutes, he called Rubio “Little Marco”").
	pronSubject, pronWordSubject := "", ""
	if pronBefore == "" {
		for i, n := sentTok, 0; i < openTok && n < 6; i, n = i+1, n+1 {
			if k := pronounKind(toks, i); k != "" {
				pronSubject, pronWordSubject = k, toks[i].text
				break
			}
		}
	}
	quoteText := string(text[q.span.start:q.span.end])
	words := tokenIndexAt(toks, q.span.end) - tokenIndexAt(toks, q.span.start)
	startsPara := onlySpaces(text[:open]) // stops at the first letter
	prevWord := "<none>"
	if openTok > 0 && toks[openTok-1].end <= open {
		prevWord = toks[openTok-1].lower
		if toks[openTok-1].start < sentFrom {
			prevWord = "<sent>"
		}
	}

	// Mentions in the window: near the quote in its own paragraph, the
	// last few of the paragraphs before (bounded, so that a paragraph of
	// thousands of names costs no more than a normal one).
	ms := d.mentionBuf[:0] // reused from quote to quote: ms is not kept
	defer func() { d.mentionBuf = ms[:0] }()
	for bb := max(0, b-windowBlocks); bb <= b; bb++ {
		idx := d.blockSpans[bb]
		if bb < b {
			idx = idx[max(0, len(idx)-mentionsPerBlock):]
		} else {
			lo := searchSpans(d.spans, idx, openTok-windowWords)
			hi := searchSpans(d.spans, idx, closeTok+windowWords)
			idx = idx[lo:hi]
		}
		for _, si := range idx {
			s := d.spans[si]
			e := d.spanEntity[si]
			if e == nil || e.Kind == "place" {
				continue
			}
			ms = append(ms, mentionAt{entity: e, block: bb, first: s.first, end: s.end, start: s.start, stop: s.stop, quoted: d.inQuote(bb, s.start)})
		}
	}
	// Recency: persons and organisations by their last mention before the
	// quote, outside quotations.
	sc := &d.rankScratch
	sc.reset()
	rank, personRank, orgRank := &sc.rank, &sc.personRank, &sc.orgRank
	r, pr, or := 0, 0, 0
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.quoted || m.block == b && m.start >= open {
			continue
		}
		if !rank.has(m.entity) {
			rank.set(m.entity, r)
			r++
			switch m.entity.Kind {
			case "person":
				personRank.set(m.entity, pr)
				pr++
			case "org":
				orgRank.set(m.entity, or)
				or++
			}
		}
	}

	namedIn := &sc.namedIn // the entities named inside the quotation
	for _, m := range ms {
		if m.quoted && m.block == b && m.start >= q.span.start && m.stop <= q.span.end {
			namedIn.set(m.entity, 1)
		}
	}
	quoteWe := firstPlural(toks, q.span)

	var set candidateSet
	set.saidNear = verbAfter >= 0 || verbBefore >= 0 && leadIn
	// Room for every candidate at once: the entities of the mentions in
	// the window and the two speakers before.
	set.entities = make([]*article.Entity, 0, len(ms)+2)
	set.feats = make([][]feature, 0, len(ms)+2)
	structural := d.structural[:0] // each candidate's non-lexical features, for pairs
	defer func() { d.structural = structural[:0] }()
	index := &sc.index
	add := func(e *article.Entity) int {
		if i, ok := index.get(e); ok {
			return i
		}
		n := len(set.entities)
		index.set(e, n)
		set.entities = append(set.entities, e)
		k := hashFeature("kind", e.Kind)
		if n == len(d.featScratch) {
			// Room for a candidate's usual features, so that f seldom grows them.
			d.featScratch = append(d.featScratch, make([]feature, 0, 48))
			d.structScratch = append(d.structScratch, make([]namedFeature, 0, 12))
		}
		set.feats = append(set.feats, append(d.featScratch[n][:0], k))
		structural = append(structural, append(d.structScratch[n][:0], namedFeature{"kind", k, true}))
		return n
	}
	f := func(i int, name string, value string) {
		h := hashFeature(name, value)
		set.feats[i] = append(set.feats[i], h, hashFeature3("kind|", name, value, set.entities[i].Kind))
		if !lexicalFeature(name) {
			structural[i] = append(structural[i], namedFeature{name, h, pairedFeature(name)})
		}
	}
	// The first name outside quotations in each paragraph of the window.
	var firstInBlock [windowBlocks + 1]*article.Entity
	firstBlock := max(0, b-windowBlocks)
	for _, m := range ms {
		if !m.quoted && firstInBlock[m.block-firstBlock] == nil {
			firstInBlock[m.block-firstBlock] = m.entity
		}
	}
	// Each entity is read at its nearest mention before the quote and its
	// nearest after it (in the quote's paragraph), or at its last mention
	// in the paragraphs before: one mention per place, so that a name
	// said often does not count more for it.
	nearestBefore, nearestAfter, lastBack := &sc.nearestBefore, &sc.nearestAfter, &sc.lastBack
	var order []*article.Entity
	beforeRank, afterRank := &sc.beforeRank, &sc.afterRank
	for k, m := range ms {
		if m.quoted {
			continue
		}
		if !index.has(m.entity) {
			add(m.entity)
			order = append(order, m.entity)
		}
		switch {
		case m.block < b:
			lastBack.set(m.entity, k)
		case m.stop <= open:
			nearestBefore.set(m.entity, k)
		case m.start >= close:
			if !nearestAfter.has(m.entity) {
				afterRank.set(m.entity, len(*nearestAfter))
				nearestAfter.set(m.entity, k)
			}
		}
	}
	{
		var bs []int
		for _, p := range *nearestBefore {
			bs = append(bs, p.v)
		}
		sort.Sort(sort.Reverse(sort.IntSlice(bs)))
		for r, k := range bs {
			beforeRank.set(ms[k].entity, r)
		}
	}
	firstSubject := -1 // the first mention in the quote's sentence, before it
	for k, m := range ms {
		if !m.quoted && m.block == b && m.start >= sentFrom && m.stop <= open {
			firstSubject = k
			break
		}
	}
	// The sentence before the quote's ("…, Biden said." ¶ “…,” he
	// said): who is its subject, or another name in it. A pronoun after
	// it most often stands for its subject.
	lastSentence := &sc.lastSentence // 1: a subject there, 0: named there
	if pb, from, to := d.sentenceBefore(b, sentTok); pb >= 0 {
		for _, m := range ms {
			if m.quoted || m.block != pb || m.first < from || m.end > to {
				continue
			}
			if d.subjectOfSentence(m) {
				lastSentence.set(m.entity, 1)
			} else if !lastSentence.has(m.entity) {
				lastSentence.set(m.entity, 0)
			}
		}
	}
	// The subjects of the quote's sentence, nearest first: mentions that
	// start a clause and go on with a verb or an apposition.
	subjRank := &sc.subjRank
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.quoted || m.block != b || m.stop > open || m.start < sentFrom || nearestBefore.at(m.entity) != k {
			continue
		}
		if subjectRole(mentionRole(text, toks, m)) {
			subjRank.set(m.entity, len(*subjRank))
		}
	}
	for _, e := range order {
		i := index.at(e)
		hasBefore := nearestBefore.has(e)
		hasAfter := nearestAfter.has(e)
		if k, ok := lastBack.get(e); ok && !hasBefore && !hasAfter {
			m := ms[k]
			f(i, "back", strconv.Itoa(b-m.block))
			f(i, "back-sent-pos", sentencePosition(d.toks[m.block], m.first))
			if d.subjectOfSaying(m) {
				f(i, "says", "back")
			}
			f(i, "role", prefixedRoles[placeBack][mentionRoleAt(d.blocks[m.block], d.toks[m.block], m)])
			if firstInBlock[m.block-firstBlock] == e {
				f(i, "back-first-in-block", strconv.Itoa(b-m.block))
			}
		}
		if firstInBlock[b-firstBlock] == e {
			f(i, "first-in-block", "")
		}
		if r, ok := lastSentence.get(e); ok {
			f(i, "last-sentence", strconv.Itoa(r))
		}
		if k, ok := lastBack.get(e); ok && leadFrom >= 0 && ms[k].block == b-1 && ms[k].first >= leadFrom {
			m := ms[k]
			f(i, "colon-lead", boolString(subjectRole(mentionRole(d.blocks[m.block], d.toks[m.block], m)))+boolString(d.subjectOfSaying(m)))
		}
		if k, ok := nearestBefore.get(e); ok {
			m := ms[k]
			f(i, "before-rank", bucket(beforeRank.at(e), 0, 1, 2))
			f(i, "before-sent-pos", sentencePosition(toks, m.first))
			if d.subjectOfSaying(m) {
				f(i, "says", "before")
			}
			f(i, "role", prefixedRoles[placeBefore][mentionRoleAt(text, toks, m)])
			if r, ok := subjRank.get(e); ok {
				// With the quote's length and capitals: a sentence's
				// subject speaks its words, seldom the title it names.
				f(i, "clause-subject", bucket(r, 0, 1)+"|"+bucket(words, 2, 5)+"|"+titleCaseShare(toks, q.span))
			}
			f(i, "before-sents", bucket(sentencesBetween(toks, m.end, openTok), 0, 1, 2))
			f(i, "before", bucket(openTok-m.end, 0, 1, 2, 4, 7, 12, 20))
			f(i, "before-w-1", wordAt(toks, m.first-1))
			f(i, "before-w+1", wordAt(toks, m.end))
			if possessiveAt(text, toks, m) {
				f(i, "possessive", "before")
				f(i, "possessive-noun", wordAt(toks, m.end))
			}
			if m.start >= sentFrom {
				f(i, "before-same-sentence", boolString(leadIn))
			}
			if k == firstSubject {
				f(i, "first-in-sentence", wordAt(toks, openTok-1))
			}
			if verbBefore >= 0 && m.end <= verbBefore && m.start >= sentFrom {
				f(i, "cue", "name-verb-quote:"+bucket(verbBefore-m.end, 0, 1, 3, 6))
			}
			if verbBefore >= 0 && m.first > verbBefore && m.start >= sentFrom {
				// "Said Cook: …" names the speaker; "Cook told Benioff: …"
				// its listener, after a subject.
				f(i, "cue", "verb-name-quote:"+bucket(m.first-verbBefore-1, 0, 2, 5)+":"+boolString(verbBefore <= sentTok))
			}
			if accordingTo(toks, m.first) {
				f(i, "cue", "according-before")
			}
			if toldBefore(toks, m.first) {
				f(i, "object-of", "told")
			}
		}
		if k, ok := nearestAfter.get(e); ok {
			m := ms[k]
			f(i, "after-rank", bucket(afterRank.at(e), 0, 1, 2))
			f(i, "after", bucket(m.first-closeTok, 0, 1, 2, 4, 7, 12, 20))
			f(i, "after-w-1", wordAt(toks, m.first-1))
			f(i, "after-w+1", wordAt(toks, m.end))
			f(i, "role", prefixedRoles[placeAfter][mentionRoleAt(text, toks, m)])
			if possessiveAt(text, toks, m) {
				f(i, "possessive", "after")
				f(i, "possessive-noun", wordAt(toks, m.end))
			}
			if m.start < sentTo {
				f(i, "after-same-sentence", "1")
			}
			if apposEnd >= 0 && m.end == apposEnd {
				f(i, "cue", "quote-name-appos-verb")
			} else if apposEnd >= 0 && m.first >= apposEnd && m.end <= verbAfter {
				// Inside the apposition: "the U.S. attorney for the
				// Southern District of New York" describes the speaker.
				f(i, "cue", "in-apposition")
			} else if verbAfter >= 0 && m.end <= verbAfter && m.first >= closeTok {
				f(i, "cue", "quote-name-verb:"+bucket(verbAfter-m.end, 0, 1, 3, 6))
			}
			if verbAfter >= 0 && m.first > verbAfter && m.start < sentTo {
				// "…," said Cook names the speaker; "…," he told Cook
				// the listener: a subject stands before the verb.
				f(i, "cue", "quote-verb-name:"+bucket(m.first-verbAfter-1, 0, 2, 5)+":"+boolString(verbAfter == closeTok))
			}
			if accordingTo(toks, m.first) {
				f(i, "cue", "according-after")
			}
			if toldBefore(toks, m.first) {
				f(i, "object-of", "told")
			}
		}
	}
	if ctx.prevInBlock != nil {
		i := add(ctx.prevInBlock)
		between := openTok - tokenIndexAt(toks, min(ctx.prevQuoteClose+1, open))
		f(i, "prev-in-block", bucket(between, 0, 3, 8, 20))
	}
	if ctx.prevBlockLast != nil {
		i := add(ctx.prevBlockLast)
		f(i, "prev-block-speaker", boolString(startsPara)+boolString(ctx.prevBlockOpen))
	}
	var genders map[*article.Entity]string
	if pronAfter != "" || pronBefore != "" || pronSubject != "" {
		genders = d.genders()
	}
	// Whom the pronoun's chain leads to, through the sentences before
	// the quote's; a candidate, if it was not one.
	for _, p := range [...]struct{ place, word, kind string }{{"after", pronWordAfter, pronAfter}, {"before", pronWordBefore, pronBefore}, {"subject", pronWordSubject, pronSubject}} {
		g := pronounGender(p.word)
		if p.kind == "org" {
			g = "org" // "it said", "the company said"
		}
		if g == "" {
			continue
		}
		if e := d.pronounChain(b, sentTok, g); e != nil {
			i, near := index.get(e)
			if !near {
				i = add(e)
			}
			f(i, "pron-chain", p.place+"|"+boolString(near))
		}
		break
	}
	for i, e := range set.entities {
		if k, ok := rank.get(e); ok {
			f(i, "rank", bucket(k, 0, 1, 2, 4))
		} else {
			f(i, "rank", "none")
		}
		if k, ok := personRank.get(e); ok {
			if pronAfter == "person" || pronAfter == "any" {
				f(i, "pron-after", bucket(k, 0, 1, 2))
				f(i, "pron-after-first", pronWordAfter+"|"+firstName(e.Name))
				f(i, "gender", "after:"+genderAgreement(pronounGender(pronWordAfter), genders[e]))
			}
			if pronBefore == "person" || pronBefore == "any" {
				f(i, "pron-before", bucket(k, 0, 1, 2))
				f(i, "gender", "before:"+genderAgreement(pronounGender(pronWordBefore), genders[e]))
			}
			if pronSubject == "person" || pronSubject == "any" {
				f(i, "pron-subject", bucket(k, 0, 1, 2))
				f(i, "gender", "subject:"+genderAgreement(pronounGender(pronWordSubject), genders[e]))
			}
			if descHead != "" {
				f(i, "desc", bucket(k, 0, 1, 2))
				f(i, "desc-head", descHead)
			}
		}
		if pronAfter == "org" || pronBefore == "org" || pronSubject == "org" {
			// "the company said" stands for the organisation named last,
			// whoever was named after it.
			if k, ok := orgRank.get(e); ok {
				f(i, "pron-org", bucket(k, 0, 1, 2))
			}
		}
		if quoteWe {
			// "We implore you…": a group's or an organisation's words.
			f(i, "quote-we", "")
		}
		if namedIn.has(e) {
			// "At no time did Dick Clark Productions agree…": named in
			// its own statement, as organisations are.
			f(i, "named-in-quote", "")
		}
		f(i, "mentions", bucket(e.Mentions, 1, 2, 4, 8))
		f(i, "spoke", bucket(ctx.spoken[e], 0, 1, 3))
		f(i, "multiword", boolString(strings.Contains(e.Name, " ")))
	}
	set.none = []feature{
		hashFeature("none", ""),
		hashFeature("none-words", bucket(words, 1, 2, 3, 5, 8, 15)),
		hashFeature("none-upper", boolString(startsUpper(quoteText))),
		hashFeature("none-ends-sentence", boolString(endsSentence(quoteText))),
		hashFeature("none-verb", boolString(verbAfter >= 0)+boolString(verbBefore >= 0)),
		hashFeature("none-pron", pronAfter+"|"+pronBefore+"|"+pronSubject),
		hashFeature("none-desc", descHead),
		hashFeature("none-starts-para", boolString(startsPara)+boolString(ctx.prevBlockQuoted)),
		hashFeature("none-colon-lead", boolString(leadFrom >= 0)),
		hashFeature("none-prev-word", prevWord),
		hashFeature("none-candidates", bucket(len(set.entities), 0, 1, 2, 4)),
		hashFeature("none-leadin", boolString(leadIn)),
		hashFeature("none-w+1", wordAt(toks, closeTok)),
		hashFeature("none-first", wordAt(d.toks[b], tokenIndexAt(toks, q.span.start))),
		hashFeature("none-titlecase", titleCaseShare(toks, q.span)),
		// Who stands by the verb after the quote, when it is no name:
		// "he said" (someone named before), "one commenter said" (nobody
		// a reader can name).
		hashFeature("none-subject-after", subjectWord(toks, closeTok, verbAfter)),
		hashFeature("none-subject-before", subjectWord(toks, sentTok, verbBefore)),
		hashFeature("none-words-verb", bucket(words, 2, 5, 12)+boolString(verbAfter >= 0 || verbBefore >= 0)),
		// "…," an insider told the outlet / one aide said: "…": someone the
		// article does not name.
		hashFeature("none-unnamed", boolString(unnamedSubject(toks, closeTok, verbAfter))+
			boolString(unnamedSubject(toks, sentTok, verbBefore))),
	}
	// Pairs of structural features let the linear model weigh
	// combinations ("right after the quote" and "before a verb of saying").
	// The features were built in d's scratch buffers; the set gets them,
	// with the pairs, in one array of their size.
	total := 0
	for i, fs := range structural {
		total += len(set.feats[i])
		for a := range fs {
			if fs[a].paired {
				total += len(fs) - 1
			}
		}
	}
	all := make([]feature, 0, total)
	for i, fs := range structural {
		from := len(all)
		all = append(all, set.feats[i]...)
		for a := 0; a < len(fs); a++ {
			if !fs[a].paired {
				continue
			}
			for b := 0; b < len(fs); b++ {
				if b != a && (b > a || !fs[b].paired) {
					all = append(all, pairFeature(fs[a].hash, fs[b].hash))
				}
			}
		}
		d.featScratch[i], d.structScratch[i] = set.feats[i], fs // keep what grew
		set.feats[i] = all[from:len(all):len(all)]
	}
	return set
}

// lexicalFeature names the features that carry words, left out of pairs.
func lexicalFeature(name string) bool {
	switch name {
	case "before-w-1", "before-w+1", "after-w-1", "after-w+1",
		"first-in-sentence", "pron-after-first", "possessive-noun", "desc-head":
		return true
	}
	return false
}

// choose scores a candidate set and returns the index of the speaker, or
// -1 for nobody, with its probability.
func (s candidateSet) choose(m *linearModel) (int, float64) {
	probs := s.probabilities(m)
	best := -1
	for i := 1; i < len(probs); i++ {
		if probs[i] > probs[best+1] {
			best = i - 1
		}
	}
	return best, probs[best+1]
}

// probabilities: softmax over nobody (index 0) and the candidates.
func (s candidateSet) probabilities(m *linearModel) []float64 {
	scores := make([]float64, len(s.entities)+1)
	var out [1]float32
	m.score(s.none, out[:])
	scores[0] = float64(out[0])
	for i, fs := range s.feats {
		out[0] = 0
		m.score(fs, out[:])
		scores[i+1] = float64(out[0])
	}
	return softmax(scores)
}

// softmax turns scores into probabilities, in place.
func softmax(scores []float64) []float64 {
	top := scores[0]
	for _, v := range scores {
		top = math.Max(top, v)
	}
	sum := 0.0
	for i, v := range scores {
		scores[i] = math.Exp(v - top)
		sum += scores[i]
	}
	for i := range scores {
		scores[i] /= sum
	}
	return scores
}

// tokenIndexAt is the index of the first token starting at or after pos.
func tokenIndexAt(toks []token, pos int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if toks[mid].start < pos {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// searchSpans is the first position in idx (span indexes of one block, in
// order) whose span starts at token tok or later.
func searchSpans(spans []span, idx []int, tok int) int {
	lo, hi := 0, len(idx)
	for lo < hi {
		mid := (lo + hi) / 2
		if spans[idx[mid]].first < tok {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// endBlock moves the context past a paragraph whose quotes were spans,
// the last of them spoken by last.
func (c *speakerContext) endBlock(spans []quoteSpan, last *article.Entity) {
	c.prevBlockQuoted = len(spans) > 0
	c.prevBlockOpen = len(spans) > 0 && spans[len(spans)-1].unclosed
	c.prevBlockLast = last
}

// wordAt is word i of toks in lower case, or a boundary marker.
func wordAt(toks []token, i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(toks) {
		return "</s>"
	}
	return toks[i].lower
}

// possessiveAt: the mention is a possessive ("Sanders’ campaign manager"),
// which names whose something it is, rarely who speaks.
func possessiveAt(text []rune, toks []token, m mentionAt) bool {
	if m.end-1 < len(toks) && m.end > 0 && toks[m.end-1].possessive {
		return true
	}
	return m.stop < len(text) && (text[m.stop] == '’' || text[m.stop] == '\'') && (m.stop+1 >= len(text) || !isWordRune(text[m.stop+1]) || text[m.stop+1] == 's')
}

// firstName is a name's first word, lower case: with a pronoun it tells
// the model what the names in the data say about "he" and "she".
func firstName(name string) string {
	w, _, _ := strings.Cut(name, " ")
	return strings.ToLower(w)
}

// titleCaseShare buckets the share of a quote's words that are
// capitalised: titles ("Crippled America: How to Make America Great
// Again") are nobody's words.
func titleCaseShare(toks []token, s quoteSpan) string {
	caps, n := 0, 0
	for i := tokenIndexAt(toks, s.start); i < len(toks) && toks[i].end <= s.end && n < 40; i++ {
		n++
		if toks[i].capitalized() {
			caps++
		}
	}
	if n == 0 {
		return "-"
	}
	return strconv.Itoa(caps * 4 / n)
}

// pairedFeature: the features whose pairs with every other feature of a
// candidate the ranker weighs (the cues; the positions alone are read
// singly).
func pairedFeature(name string) bool {
	switch name {
	case "cue", "pron-after", "pron-before", "pron-subject", "desc", "pron-org", "prev-in-block", "prev-block-speaker", "possessive", "object-of", "first-in-block", "kind":
		return true
	}
	return false
}

// toldBefore: the name at token first is told something ("told Cook",
// "told the New York Daily News"): the listener, rarely the speaker.
func toldBefore(toks []token, first int) bool {
	if first >= 2 && strings.EqualFold(toks[first-1].text, "the") {
		first--
	}
	return first >= 1 && strings.EqualFold(toks[first-1].text, "told")
}

// firstPlural: the quote speaks as "we" (we, our, us) in its first 40 words.
func firstPlural(toks []token, s quoteSpan) bool {
	for i, n := tokenIndexAt(toks, s.start), 0; i < len(toks) && toks[i].end <= s.end && n < 40; i, n = i+1, n+1 {
		switch toks[i].lower {
		case "we", "our", "us", "we're", "we’re", "we've", "we’ve":
			return true
		}
	}
	return false
}

// accordingTo: the name at token first follows "according to" ("according
// to the White House").
func accordingTo(toks []token, first int) bool {
	if first >= 3 && strings.EqualFold(toks[first-1].text, "the") {
		first--
	}
	return first >= 2 && strings.EqualFold(toks[first-2].text, "according") && strings.EqualFold(toks[first-1].text, "to")
}

// spaceOnlyBefore: only white space stands between token i-1 and token
// i (no mark: they may be words of one name).
func spaceOnlyBefore(text []rune, toks []token, i int) bool {
	return onlySpaces(text[toks[i-1].end:toks[i].start])
}

// commaBefore: a comma stands between word i-1 and word i.
func commaBefore(text []rune, toks []token, i int) bool {
	for _, r := range text[toks[i-1].end:toks[i].start] {
		if r == ',' {
			return true
		}
	}
	return false
}

// subjectWord is the word just before the verb at index verb (from index
// from on), lower-cased if it is not capitalised (a name's word is left
// out: the candidates speak for names), "-" when there is none.
func subjectWord(toks []token, from, verb int) string {
	if verb <= from || verb < 1 {
		return "-"
	}
	w := toks[verb-1]
	if w.capitalized() && !w.sentStart {
		return "<name>"
	}
	return w.lower
}

// namedFeature is a candidate feature with its template's name.
type namedFeature struct {
	name   string
	hash   feature
	paired bool // pairedFeature(name), read once
}

// pairFeature hashes two features into one for their pair.
func pairFeature(a, b feature) feature {
	h := (uint32(a)*16777619 ^ uint32(b)) * 2654435761
	return feature(h >> (32 - featureBits))
}

// leadsIn: the text of text[from:to] ends in a colon or a comma (X said:
// "…"), read backwards over white space without building a string.
func leadsIn(text []rune, from, to int) bool {
	for i := to - 1; i >= from; i-- {
		switch r := text[i]; {
		case r == ':' || r == ',':
			return true
		case !unicode.IsSpace(r):
			return false
		}
	}
	return false
}

// sentenceBefore is the sentence before the one that starts at token
// sentTok of block b: its block and tokens [from, to); block -1 when
// there is none (the article's first sentence, or one after an empty
// block).
func (d *ldoc) sentenceBefore(b, sentTok int) (block, from, to int) {
	block, to = b, sentTok
	if sentTok == 0 {
		if b == 0 || len(d.toks[b-1]) == 0 {
			return -1, 0, 0
		}
		block, to = b-1, len(d.toks[b-1])
	}
	toks := d.toks[block]
	from = to - 1
	for from > 0 && !toks[from].sentStart {
		from--
	}
	return block, from, to
}

// colonLeadIn is where the last sentence of block b-1 starts when that
// block ends in a colon and the quotation that opens at rune open starts
// block b; else -1.
func (d *ldoc) colonLeadIn(b, open int) int {
	if b == 0 || !onlySpaces(d.blocks[b][:open]) || len(d.toks[b-1]) == 0 {
		return -1
	}
	prev := d.blocks[b-1]
	end := len(prev)
	for end > 0 && unicode.IsSpace(prev[end-1]) {
		end--
	}
	if end == 0 || prev[end-1] != ':' {
		return -1
	}
	_, from, _ := d.sentenceBefore(b, 0) // the quote opens block b
	return from
}

// sentencePosition buckets how many words stand before token first in
// its sentence: a sentence's subject comes first.
func sentencePosition(toks []token, first int) string {
	n := 0
	for i := first; i > 0 && !toks[i].sentStart && n < 8; i-- {
		n++
	}
	return bucket(n, 0, 1, 2, 4, 7)
}

// sentencesBetween counts the sentence starts from token from to token to.
func sentencesBetween(toks []token, from, to int) int {
	n := 0
	for i := max(0, from); i < to && i < len(toks) && n < 3; i++ {
		if toks[i].sentStart {
			n++
		}
	}
	return n
}

// pronounKind is what word i stands for when it is a pronoun ("he":
// a person) or a description of an organisation after "the" or "its"
// ("the company said"), else "".
func pronounKind(toks []token, i int) string {
	w := toks[i].lower
	if k, ok := pronouns[w]; ok {
		if w == "her" && i+1 < len(toks) && allLower(toks[i+1].text) && !isReportingVerb(toks[i+1].lower) {
			return "" // "her lawyer said": whose, not who
		}
		return k
	}
	if orgDescriptions[w] && i > 0 {
		switch toks[i-1].lower {
		case "the", "its", "their":
			return "org"
		}
		if i > 1 && strings.EqualFold(toks[i-2].text, "the") { // the production company
			return "org"
		}
	}
	return ""
}

// unnamedSubject: the words from token from to the verb at index verb
// are a noun phrase that opens with an indefinite word and ends in a
// common noun ("an insider", "one senior official", "a Trump aide").
func unnamedSubject(toks []token, from, verb int) bool {
	if verb <= from || verb-from > 8 {
		return false
	}
	if !indefiniteWords[toks[from].lower] && !possessiveDescription(toks[from:verb]) {
		return false
	}
	// The head, the word before the verb, is a common noun: "a Trump
	// aide" and "one Weibo user" are people the article does not name.
	head := toks[verb-1]
	return verb-1 > from && !head.capitalized()
}

// possessiveDescription: words such as "her lawyer", "his wife", "the
// victim's mother", "Clinton's spokesman" — someone named by whose they
// are, not by name: like "an aide", a person the article does not name.
func possessiveDescription(words []token) bool {
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	if possessiveDeterminers[words[0].lower] {
		return true
	}
	for _, t := range words[:len(words)-1] {
		if t.possessive {
			return true
		}
	}
	return false
}

// possessiveDeterminers open a possessive description, lower case.
var possessiveDeterminers = setOf("his", "her", "their", "its", "my", "our")

// descriptionHead is the head noun of a description in toks[from:to]
// that opens with "the" and names nobody ("the 56-year-old", "the
// former senator"), or "".
func descriptionHead(toks []token, from, to int) string {
	for i := from; i < to; i++ {
		if !strings.EqualFold(toks[i].text, "the") {
			continue
		}
		if to-i < 2 || to-i > 5 {
			return ""
		}
		for _, t := range toks[i+1 : to] {
			if t.capitalized() {
				return ""
			}
		}
		return toks[to-1].lower
	}
	return ""
}

// subjectOfSaying: the mention m is the subject of a verb of saying
// ("Shaw said that's what he would expect"), outside quotations: the
// one a later "he said" most often stands for.
func (d *ldoc) subjectOfSaying(m mentionAt) bool {
	toks := d.toks[m.block]
	for i := m.end; i < len(toks) && i <= m.end+1; i++ {
		if isReportingVerb(toks[i].lower) {
			return !d.inQuote(m.block, toks[i].start)
		}
		if prepositions[toks[i].lower] {
			return false // "told Johnson in writing": the verb is not his
		}
	}
	return false
}

// clauseWords join clauses: a name after them may start a clause, as
// its subject ("…, and Trump vowed to “bomb the hell”").
var clauseWords = setOf("and", "but", "or", "while", "as", "when", "that", "because", "after",
	"before", "since", "though", "although", "if", "so", "then", "where", "whom", "whose")

// prepositions before a name make it an object ("an attack against
// Obama", "the move was made by Bratton"), seldom who speaks.
var prepositions = setOf("of", "by", "to", "against", "with", "for", "from", "at", "on", "in",
	"about", "over", "under", "between", "among", "toward", "towards", "into", "than", "like",
	"including", "via", "behind", "beside", "without", "within", "upon", "across", "through")

// mentionRole is where mention m stands in its clause, as the words
// around it tell (no parser): what comes before it (a sentence start, a
// comma, a word that joins clauses, a preposition, another word), past
// the capitalised words of a title ("Police Commissioner Richard Ross"),
// and what comes after it (a verb of saying, a comma, a parenthesis, a
// possessive, a lower-case word, a capitalised one, the sentence's end).
// "start|word" is a clause's subject before its verb; "prep|…" an object.
func mentionRole(text []rune, toks []token, m mentionAt) string {
	return roleNames[mentionRoleAt(text, toks, m)]
}

// mentionRoleAt is mentionRole as an index into roleNames and
// prefixedRoles: the role's strings are made once, not for every mention.
func mentionRoleAt(text []rune, toks []token, m mentionAt) int {
	before := roleWord
	j := m.first
	for j > 0 && !toks[j].sentStart && toks[j-1].capitalized() && !commaBefore(text, toks, j) {
		j--
	}
	w := ""
	if j > 0 {
		w = toks[j-1].lower
	}
	switch {
	case j == 0 || toks[j].sentStart:
		before = roleStart
	case commaBefore(text, toks, j):
		before = roleComma
	case clauseWords[w]:
		before = roleClause
	case prepositions[w]:
		before = rolePrep
	}
	after := afterEnd
	if m.end-1 >= 0 && m.end-1 < len(toks) && toks[m.end-1].possessive {
		after = afterPoss
	} else if m.end < len(toks) && !toks[m.end].sentStart {
		gap := text[toks[m.end-1].end:toks[m.end].start]
		switch {
		case containsRune(gap, ','):
			after = afterComma
		case containsRune(gap, '(') || containsRune(gap, '['):
			after = afterParen
		case containsRune(gap, '’') || containsRune(gap, '\''):
			after = afterPoss
		case isReportingVerb(toks[m.end].lower):
			after = afterSay
		case toks[m.end].capitalized():
			after = afterCap
		default:
			after = afterWord
		}
	}
	return before*len(roleAfters) + after
}

// The words mentionRole reads before and after a mention, as indexes.
const (
	roleWord = iota
	roleStart
	roleComma
	roleClause
	rolePrep
)

const (
	afterEnd = iota
	afterPoss
	afterComma
	afterParen
	afterSay
	afterCap
	afterWord
)

var (
	roleBefores = [...]string{"word", "start", "comma", "clause", "prep"}
	roleAfters  = [...]string{"end", "poss", "comma", "paren", "say", "cap", "word"}
	// roleNames[mentionRoleAt(…)] is mentionRole: "start|say".
	roleNames [len(roleBefores) * len(roleAfters)]string
	// prefixedRoles[p][r] is the role feature's value where a mention
	// stands p (rolePlaces) of the quote: "back:start|say".
	rolePlaces    = [...]string{"back:", "before:", "after:"}
	prefixedRoles [len(rolePlaces)][len(roleNames)]string
)

const (
	placeBack = iota
	placeBefore
	placeAfter
)

func init() {
	for b, before := range roleBefores {
		for a, after := range roleAfters {
			r := b*len(roleAfters) + a
			roleNames[r] = before + "|" + after
			for p, place := range rolePlaces {
				prefixedRoles[p][r] = place + roleNames[r]
			}
		}
	}
}

// subjectOfSentence: the mention m is its sentence's subject, or the
// subject of a verb of saying.
func (d *ldoc) subjectOfSentence(m mentionAt) bool {
	return d.subjectOfSaying(m) || subjectRole(mentionRole(d.blocks[m.block], d.toks[m.block], m))
}

// subjectRole: a mentionRole that reads as a clause's subject.
func subjectRole(role string) bool {
	before, after, _ := strings.Cut(role, "|")
	return (before == "start" || before == "comma" || before == "clause") && (after == "word" || after == "say" || after == "comma" || after == "paren")
}
