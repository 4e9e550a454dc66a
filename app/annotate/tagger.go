package annotate

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The entity tagger labels each word as outside any name, or as the
// beginning or inside of a person's, an organisation's or a place's name
// (BIO tags), left to right, with a linear model over the word, its shape,
// its neighbours and the tag before it. Trained by train.go on the
// annotate-bench articles (CoreNLP's tags projected onto the text).

// Tags: tagOut, then B and I for each kind in kindNames order.
const (
	tagOut   = 0
	tagCount = 7
)

var kindNames = [3]string{"person", "org", "place"}

func tagKind(tag int) string {
	if tag == tagOut {
		return ""
	}
	return kindNames[(tag-1)/2]
}

func tagBegins(tag int) bool { return tag != tagOut && (tag-1)%2 == 0 }

// tagAllowed: an I tag only continues its own kind.
func tagAllowed(prev, tag int) bool {
	if tag == tagOut || tagBegins(tag) {
		return true
	}
	return prev == tag || prev == tag-1
}

// tagAllowedAt is tagAllowed at word i, where a name also does not go on
// across a quotation mark between two words (“…she will,” Gillibrand
// replied: "will" and "Gillibrand" are no one name). The training data
// hold ten such names in 837 articles, most of them CoreNLP's slips (a
// tweet's markup, "Feel" “Invisible”), one a nickname (C.L. “Butch”
// Otter, now two names): the tagger's training reads them as they are.
func tagAllowedAt(in *taggerInput, i, prev, tag int) bool {
	if tag != tagOut && !tagBegins(tag) && in.breaksName(i) {
		return false
	}
	return tagAllowed(prev, tag)
}

// breaksName: a quotation mark stands between word i-1 and word i, which
// ends any name before it.
func (in *taggerInput) breaksName(i int) bool {
	if i == 0 {
		return false
	}
	return slices.ContainsFunc(in.text[in.toks[i-1].end:in.toks[i].start], func(r rune) bool {
		return strings.ContainsRune(nameBreaks, r)
	})
}

// nameBreaks are the marks no name goes on across: quotation marks,
// brackets, colons ("Croatia (Group E): Sixth appearance").
const nameBreaks = "“”\"«»()[]:;"

var tagNames = [tagCount]string{"O", "B-per", "I-per", "B-org", "I-org", "B-loc", "I-loc"}

// wordStats are what the whole article says about a word: whether it is
// ever written in lower case, or capitalised where a capital means
// something (not at a sentence's start).
type wordStats struct {
	lower   map[string]bool
	capsMid map[string]bool
	// after: where else the article writes a capitalised word, after
	// "the" ("the Lakers": a team, a firm, rarely a person) or after a
	// person's title ("Mr. Benioff"), as bits (afterThe, afterTitle).
	after map[string]uint8
}

const (
	afterThe uint8 = 1 << iota
	afterTitle
)

func collectWordStats(toks [][]token) wordStats {
	s := wordStats{lower: map[string]bool{}, capsMid: map[string]bool{}, after: map[string]uint8{}}
	for _, ts := range toks {
		for i, t := range ts {
			low := t.lower
			if t.text == low {
				s.lower[low] = true
				continue
			} else if !t.sentStart {
				s.capsMid[low] = true
			}
			if i == 0 {
				continue
			}
			switch prev := ts[i-1].text; {
			case prev == "the":
				s.after[low] |= afterThe
			case titleWords[prev]:
				s.after[low] |= afterTitle
			}
		}
	}
	return s
}

// shape writes a word's shape: X for capitals, x for small letters, d for
// digits, runs collapsed ("Xx", "X.X.", "dd"…).
func shape(w string) string {
	if allLower(w) {
		return "x"
	}
	var buf [32]byte // most shapes fit: no allocation but the string's
	b := buf[:0]
	var last rune
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last || c == '.' {
			b = utf8.AppendRune(b, c)
		}
		last = c
	}
	switch string(b) { // the common shapes, without an allocation
	case "Xx":
		return "Xx"
	case "X":
		return "X"
	case "X.":
		return "X."
	case "Xx.":
		return "Xx."
	case "XxXx":
		return "XxXx"
	case "d":
		return "d"
	}
	return string(b)
}

func suffix(w string, n int) string {
	// Step back n runes from the end, without a rune slice.
	i := len(w)
	for k := 0; k < n; k++ {
		if i == 0 {
			return w
		}
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
	}
	return w[i:]
}

// lexicon flags a word from the small lists annotate keeps: they are
// features for the model, which learns how much each is worth.
func lexicon(w string) string { return lexicons()[w] }

var (
	lexiconOnce  sync.Once
	lexiconTable map[string]string
)

// lexicons builds the word → list table once: one lookup per word.
func lexicons() map[string]string {
	lexiconOnce.Do(buildLexicons)
	return lexiconTable
}

func buildLexicons() {
	t := map[string]string{}
	// The first list to name a word gives its flag.
	addKeys(t, titleWords, "title")
	addKeys(t, places, "place")
	addKeys(t, acronymPlaces, "place")
	addKeys(t, demonyms, "demonym")
	addKeys(t, orgSuffixes, "orgword")
	addKeys(t, functionWords, "function")
	addKeys(t, connectors, "connector")
	for w := range reportingVerbs {
		if w != "" {
			addKeys(t, map[string]bool{w: true, strings.ToUpper(w[:1]) + w[1:]: true}, "verb")
		}
	}
	lexiconTable = t
}

// addKeys flags every key of list as name in t, unless flagged already.
func addKeys[V any](t map[string]string, list map[string]V, name string) {
	for w := range list {
		if _, ok := t[w]; !ok {
			t[w] = name
		}
	}
}

// taggerInput is one block's words and what the tagger reads around them.
type taggerInput struct {
	text     []rune
	toks     []token
	inQuote  []bool
	shapes   []string
	lexicons []string
	ready    []bool // shapes and lexicons hold word i (made when first read)
	gaps     []string
	// titleCase: most words of the block are capitalised (a headline),
	// where a capital says little.
	titleCase bool
}

func newTaggerInput(text []rune, toks []token, quotes []quoteSpan) taggerInput {
	var in taggerInput
	in.reset(text, toks, quotes)
	return in
}

// reset makes in read another block, reusing its buffers: the tagger
// reads every block of an article, and they are garbage right after.
func (in *taggerInput) reset(text []rune, toks []token, quotes []quoteSpan) {
	in.text, in.toks = text, toks
	in.inQuote = cleared(in.inQuote, len(toks))
	in.shapes = cleared(in.shapes, len(toks))
	in.lexicons = cleared(in.lexicons, len(toks))
	in.ready = cleared(in.ready, len(toks))
	in.gaps = cleared(in.gaps, len(toks))
	q := 0
	for i, t := range toks {
		for q < len(quotes) && quotes[q].end <= t.start {
			q++
		}
		in.inQuote[i] = q < len(quotes) && t.start >= quotes[q].start
	}
	for i := range toks {
		in.gaps[i] = in.gapBefore(i)
	}
	caps := 0
	for _, t := range toks {
		if t.capitalized() {
			caps++
		}
	}
	in.titleCase = len(toks) >= 3 && caps*4 >= len(toks)*3
}

// cleared returns s with length n and zero values, reusing its array
// when it is large enough.
func cleared[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// gapBefore names the punctuation between word i-1 and word i.
func (in *taggerInput) gapBefore(i int) string {
	if i == 0 {
		return "start"
	}
	gap := in.text[in.toks[i-1].end:in.toks[i].start]
	if len(gap) == 1 && gap[0] == ' ' {
		return "space"
	}
	if len(gap) > 8 {
		gap = gap[len(gap)-8:]
	}
	var b strings.Builder
	for _, r := range gap {
		switch {
		case unicode.IsSpace(r):
		case r == '“' || r == '”' || r == '"' || r == '‘' || r == '’' || r == '«' || r == '»':
			b.WriteByte('q')
		default:
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "space"
	}
	return b.String()
}

// prepare makes word i's shape and lexicon, once: most words (in lower
// case, outside names) are never scored nor read beside one.
func (in *taggerInput) prepare(i int) {
	if in.ready[i] {
		return
	}
	t := in.toks[i].text
	in.shapes[i] = shape(t)
	in.lexicons[i] = lexicon(t)
	in.ready[i] = true
}

func (in *taggerInput) word(i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(in.toks) {
		return "</s>"
	}
	return in.toks[i].lower
}

func (in *taggerInput) shapeAt(i int) string {
	if i < 0 || i >= len(in.toks) {
		return "-"
	}
	in.prepare(i)
	return in.shapes[i]
}

func (in *taggerInput) lexAt(i int) string {
	if i < 0 || i >= len(in.toks) {
		return "-"
	}
	in.prepare(i)
	return in.lexicons[i]
}

// The tagger's feature templates, hashed once.
var (
	tplBias                  = tmpl("bias")
	tplW                     = tmpl("w")
	tplSh                    = tmpl("sh")
	tplSuf3                  = tmpl("suf3")
	tplSuf2                  = tmpl("suf2")
	tplWM1                   = tmpl("w-1")
	tplWP1                   = tmpl("w+1")
	tplWM2                   = tmpl("w-2")
	tplWP2                   = tmpl("w+2")
	tplWM1w                  = tmpl("w-1w")
	tplWwP1                  = tmpl("ww+1")
	tplShM1sh                = tmpl("sh-1sh")
	tplShshP1                = tmpl("shsh+1")
	tplShM1shshP1            = tmpl("sh-1shsh+1")
	tplLex                   = tmpl("lex")
	tplLexM1                 = tmpl("lex-1")
	tplLexP1                 = tmpl("lex+1")
	tplLexM1lexP1            = tmpl("lex-1lex+1")
	tplGap                   = tmpl("gap")
	tplGapsh                 = tmpl("gapsh")
	tplGapP1                 = tmpl("gap+1")
	tplStart                 = tmpl("start")
	tplStartlower            = tmpl("startlower")
	tplStartcapsmid          = tmpl("startcapsmid")
	tplMidcapMlowerelsewhere = tmpl("midcap-lowerelsewhere")
	tplAfterMelsewhere       = tmpl("after-elsewhere")
	tplTitlecase             = tmpl("titlecase")
	tplTitlecaseMw           = tmpl("titlecase-w")
	tplInquote               = tmpl("inquote")
	tplPoss                  = tmpl("poss")
	tplTM1                   = tmpl("t-1")
	tplTM1w                  = tmpl("t-1w")
	tplTM1sh                 = tmpl("t-1sh")
	tplTM1gap                = tmpl("t-1gap")
)

// staticFeatures are word i's features that do not depend on the tags.
func (in *taggerInput) staticFeatures(i int, stats wordStats, buf []feature) []feature {
	t := in.toks[i]
	in.prepare(i)
	w := t.lower
	sh := in.shapes[i]
	gap := in.gaps[i]
	buf = append(buf,
		tplBias.of(""),
		tplW.of(w),
		tplSh.of(sh),
		tplSuf3.of(suffix(w, 3)),
		tplSuf2.of(suffix(w, 2)),
		tplWM1.of(in.word(i-1)),
		tplWP1.of(in.word(i+1)),
		tplWM2.of(in.word(i-2)),
		tplWP2.of(in.word(i+2)),
		tplWM1w.of2(in.word(i-1), w),
		tplWwP1.of2(w, in.word(i+1)),
		tplShM1sh.of2(in.shapeAt(i-1), sh),
		tplShshP1.of2(sh, in.shapeAt(i+1)),
		tplShM1shshP1.of3(in.shapeAt(i-1), sh, in.shapeAt(i+1)),
		tplLex.of(in.lexicons[i]),
		tplLexM1.of(in.lexAt(i-1)),
		tplLexP1.of(in.lexAt(i+1)),
		tplLexM1lexP1.of2(in.lexAt(i-1), in.lexAt(i+1)),
		tplGap.of(gap),
		tplGapsh.of2(gap, sh),
	)
	if i+1 < len(in.toks) {
		buf = append(buf, tplGapP1.of(in.gaps[i+1]))
	}
	if t.sentStart {
		buf = append(buf, tplStart.of(sh))
		// A capital at a sentence's start says nothing; what the rest of
		// the article does with the word does.
		buf = append(buf, tplStartlower.of(boolString(stats.lower[w])))
		buf = append(buf, tplStartcapsmid.of(boolString(stats.capsMid[w])))
	} else if w != t.text {
		buf = append(buf, tplMidcapMlowerelsewhere.of(boolString(stats.lower[w])))
	}
	if w != t.text {
		buf = append(buf, tplAfterMelsewhere.of(strconv.Itoa(int(stats.after[w]))))
	}
	if in.titleCase {
		buf = append(buf, tplTitlecase.of(sh), tplTitlecaseMw.of(w))
	}
	if in.inQuote[i] {
		buf = append(buf, tplInquote.of(sh))
	}
	if t.possessive {
		buf = append(buf, tplPoss.of(sh))
	}
	return buf
}

// tagFeatures are the features that read the tag before word i.
func tagFeatures(in *taggerInput, i, prev int, buf []feature) []feature {
	p := tagNames[prev]
	return append(buf,
		tplTM1.of(p),
		tplTM1w.of2(p, in.toks[i].lower),
		tplTM1sh.of2(p, in.shapes[i]),
		tplTM1gap.of2(p, in.gaps[i]),
	)
}

// tagBlock labels one block's words with m, greedily left to right.
func tagBlock(m *linearModel, in *taggerInput, stats wordStats) []int {
	tags := make([]int, len(in.toks))
	var buf []feature
	var scores [tagCount]float32
	prev := tagOut
	for i, t := range in.toks {
		// A word with no letter in upper case is no name's first word:
		// skip the model (inside a name it may go on: "Bank of America"),
		// as training does.
		if !hasUpper(t.text) && prev == tagOut {
			tags[i], prev = tagOut, tagOut
			continue
		}
		buf = in.staticFeatures(i, stats, buf[:0])
		buf = tagFeatures(in, i, prev, buf)
		scores = [tagCount]float32{}
		m.score(buf, scores[:])
		best, bestScore := tagOut, scores[tagOut]
		for tag := 1; tag < tagCount; tag++ {
			if tagAllowedAt(in, i, prev, tag) && scores[tag] > bestScore {
				best, bestScore = tag, scores[tag]
			}
		}
		tags[i], prev = best, best
	}
	return tags
}

func hasUpper(s string) bool { return strings.ContainsFunc(s, unicode.IsUpper) }

func boolString(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// allLower: only small ASCII letters, the commonest shape.
func allLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}
