package annotate

import (
	_ "embed"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"

	"readwell/app/article"
)

// Person evidence: the tagger reads one word at a time and, on pages
// unlike its political news, takes companies (WeWork), products
// (MacBook Pro), places (Fort Worth), teams (the Bruins) and headings
// ("Summary Yoga") for people. A second look weighs what the whole
// article says about a name the tagger called a person: the words it is
// made of and their shapes, whether the article writes them in lower case
// elsewhere, whether people of the training news bore them, the words
// before and after each mention ("the", "in", "Mr.", "said"), a model's
// number or a price beside it, the pronoun that follows it (he, she,
// it), whether it stands in a heading. A small linear model (model/person.rwlm, four labels:
// person, organisation, place, no name) trained by TrainPersonEvidence on
// annotate-bench's train part (CoreNLP's names and the capitalised runs
// it left out) weighs that evidence; a name it finds unlikely to be a
// person takes the kind it finds likelier, or, for no name, no entity.

//go:embed model/person.rwlm
var personFile []byte

// commonWordsFile: the words annotate-bench's train part writes in lower
// case more often than capitalised mid-sentence ("summary", "case",
// "action"), one a line, lower-cased; written by trainperson beside the
// model. A name made of them is more often a heading or a product than
// a person.
//
//go:embed model/common-words.txt
var commonWordsFile string

// personNamesFile: the words that open ("Hillary", given) or close
// ("Clinton", surname) the names of people in annotate-bench's train
// part, one a line with "g", "s" or "gs"; written by trainperson beside
// the model. A name whose words no person of the training news bore is
// less often a person ("Nighttime Supplement", "Pokemon Sword").
//
//go:embed model/person-names.txt
var personNamesFile string

// Name roles: what a word was in the training news's names of people.
const (
	roleGiven   uint8 = 1
	roleSurname uint8 = 2
)

// defaultPersonNames is model/person-names.txt, read once.
var defaultPersonNames = sync.OnceValue(func() map[string]uint8 { return parsePersonNames(personNamesFile) })

func parsePersonNames(file string) map[string]uint8 {
	t := map[string]uint8{}
	for _, line := range strings.Split(file, "\n") {
		w, roles, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		var r uint8
		if strings.Contains(roles, "g") {
			r |= roleGiven
		}
		if strings.Contains(roles, "s") {
			r |= roleSurname
		}
		t[w] = r
	}
	return t
}

// defaultCommonWords is model/common-words.txt, read once.
var defaultCommonWords = sync.OnceValue(func() map[string]bool { return parseCommonWords(commonWordsFile) })

func parseCommonWords(file string) map[string]bool {
	t := map[string]bool{}
	for _, w := range strings.Split(file, "\n") {
		if w != "" {
			t[w] = true
		}
	}
	return t
}

var (
	personOnce  sync.Once
	personModel *linearModel
	personErr   error
)

// personLabels: the evidence model's labels, in order.
var personLabels = [4]string{"person", "org", "place", ""}

func defaultPersonModel() (*linearModel, error) {
	personOnce.Do(func() {
		personModel, personErr = decodeModel(personFile)
		if personErr == nil && personModel.labels != len(personLabels) {
			personModel, personErr = nil, errModel
		}
	})
	return personModel, personErr
}

// personTrace, when set, is told each judgement (a tool's hook).
var personTrace func(name string, mentions int, p [4]float64)

// notPersonBelow: a name the tagger called a person stays one unless the
// evidence model gives a person less than this.
var notPersonBelow = 0.3

// placeNotSpeakerBelow: a name that speaks and that the evidence finds
// likelier a place stays a person unless it gives a person less than
// this; then the quotes given to it go unattributed.
var placeNotSpeakerBelow = 0.05

// checkPeople re-judges the entities the tagger called people, once the
// quotes are attributed (the ranker learned on the tagger's kinds): a
// name that is no person takes the kind the evidence finds likelier, or,
// when it finds no name at all, loses its mentions, and the quotes given
// to it go unattributed. A name that speaks stays a person unless the
// evidence finds an organisation likelier (or a place, and hardly a
// person: then its quotes go unattributed too).
func (d *ldoc) checkPeople(quotes []attributed) []attributed {
	m, err := defaultPersonModel()
	if err != nil {
		panic(err) // the embedded model is checked by the tests
	}
	spansOf := map[*article.Entity][]int{}
	for i, e := range d.spanEntity {
		if e != nil && e.Kind == "person" {
			spansOf[e] = append(spansOf[e], i)
		}
	}
	if len(spansOf) == 0 {
		return quotes
	}
	names := defaultPersonNames()
	firsts := map[string]bool{}
	for _, idx := range spansOf {
		for _, i := range idx {
			if toks := d.spans[i].tokens; len(toks) > 1 {
				firsts[toks[0]] = true
			}
		}
	}
	pc := &personContext{
		lower:  d.lowerWords(spansOf),
		common: defaultCommonWords(),
		roles:  func(w string) uint8 { return names[w] },
		runs:   d.capitalRuns(firsts),
	}
	var feats []feature
	var mute map[*article.Entity]bool // whose quotes go unattributed
	for _, e := range d.entities {
		idx := spansOf[e]
		if len(idx) == 0 {
			continue
		}
		feats = d.personFeatures(idx, pc, feats[:0])
		p := personProbabilities(m, feats)
		if personTrace != nil {
			personTrace(e.Name, len(idx), p)
		}
		if p[0] >= notPersonBelow && !digitInName(d.spans, idx) {
			continue
		}
		best := 1
		for l := 2; l < len(p); l++ {
			if p[l] > p[best] {
				best = l
			}
		}
		kind := personLabels[best]
		speaks := kind != "org" && speaksIn(quotes, e)
		if speaks && (kind == "" || p[0] >= placeNotSpeakerBelow) {
			// A name that speaks is someone, never a place ("York said",
			// of the songwriter Kate York), and keeps its quotes.
			continue
		}
		if kind == "" {
			for _, i := range idx {
				d.spanEntity[i] = nil
			}
			e.Mentions = 0
		} else {
			e.Kind = kind
		}
		if speaks {
			// Hardly a person at all ("Yersinia", a bacterium, judged a
			// place): its quotes are nobody's, as places do not speak.
			if mute == nil {
				mute = map[*article.Entity]bool{}
			}
			mute[e] = true
		}
	}
	if mute != nil {
		quotes = append([]attributed(nil), quotes...)
		for i := range quotes {
			if mute[quotes[i].speaker] {
				quotes[i].speaker = nil
			}
		}
	}
	return quotes
}

// lowerWords: which words of the names in spansOf the article also
// writes in lower case ("summary", "shield"), lower-cased.
func (d *ldoc) lowerWords(spansOf map[*article.Entity][]int) map[string]bool {
	want := map[string]bool{}
	for _, idx := range spansOf {
		for _, i := range idx {
			for _, w := range d.spans[i].tokens {
				want[strings.ToLower(w)] = false
			}
		}
	}
	for _, toks := range d.toks {
		for _, t := range toks {
			if seen, ok := want[t.text]; ok && !seen {
				want[t.text] = true
			}
		}
	}
	return want
}

// personProbabilities: the model's softmax over personLabels.
func personProbabilities(m *linearModel, feats []feature) [4]float64 {
	var s [4]float32
	m.score(feats, s[:])
	return softmax4(s)
}

func softmax4(s [4]float32) [4]float64 {
	hi := s[0]
	for _, v := range s[1:] {
		hi = max(hi, v)
	}
	var p [4]float64
	sum := 0.0
	for i, v := range s {
		p[i] = math.Exp(float64(v - hi))
		sum += p[i]
	}
	for i := range p {
		p[i] /= sum
	}
	return p
}

var (
	pfBias    = tmpl("pe.bias")
	pfWords   = tmpl("pe.words")
	pfFirst   = tmpl("pe.first")
	pfLast    = tmpl("pe.last")
	pfWord    = tmpl("pe.word")
	pfShape   = tmpl("pe.shape")
	pfLex     = tmpl("pe.lex")
	pfLower   = tmpl("pe.lower")
	pfCount   = tmpl("pe.count")
	pfForms   = tmpl("pe.forms")
	pfPrev    = tmpl("pe.prev")
	pfNext    = tmpl("pe.next")
	pfPron    = tmpl("pe.pron")
	pfPlace   = tmpl("pe.at")
	pfSuffix  = tmpl("pe.suffix")
	pfCamel   = tmpl("pe.camel")
	pfPoss    = tmpl("pe.poss")
	pfPrevCap = tmpl("pe.prevcap")
	pfCommon  = tmpl("pe.common")
	pfProduct = tmpl("pe.product")
	pfKnown   = tmpl("pe.known")
	pfBrand   = tmpl("pe.brand")
)

// personContext: what the whole article and the training news say of
// the words of names.
type personContext struct {
	lower  map[string]bool       // the names' words the article writes in lower case
	common map[string]bool       // the words the training news mostly does (commonWordsFile)
	roles  func(string) uint8    // what a word was in its people's names (roleGiven, roleSurname)
	runs   map[string][][]string // the article's capitalised runs by first word (capitalRuns)
}

// personFeatures: the evidence on the entity of spans idx (its mentions).
func (d *ldoc) personFeatures(idx []int, pc *personContext, out []feature) []feature {
	start := len(out)
	add := func(f feature) { out = append(out, f) }
	add(pfBias.of(""))
	longest := d.spans[idx[0]]
	forms := 0
	for k, i := range idx {
		if s := d.spans[i]; len(s.tokens) > len(longest.tokens) {
			longest = s
		}
		newForm := true
		for _, j := range idx[:k] {
			if d.spans[j].name == d.spans[i].name {
				newForm = false
				break
			}
		}
		if newForm {
			forms++
		}
	}
	words := longest.tokens
	add(pfWords.of(bucket(len(words), 1, 2, 3, 4)))
	add(pfCount.of(bucket(len(idx), 1, 2, 3, 5, 9)))
	add(pfForms.of(bucket(forms, 1, 2, 3)))
	add(pfFirst.of(words[0]))
	add(pfLast.of(words[len(words)-1]))
	// Whether people of the training news bore these words: a first
	// name the news never saw is weak evidence, none at all stronger.
	if len(words) == 1 {
		add(pfKnown.of2("one", roleString(pc.roles(words[0]))))
	} else {
		add(pfKnown.of2(roleString(pc.roles(words[0])&roleGiven), roleString(pc.roles(words[len(words)-1])&roleSurname)))
	}
	// Another name the article opens with the same word and goes on
	// differently ("Pokemon Sword", "Pokemon Bundle"; "Beachbody
	// Performance Recharge", "… Recover"): a brand's range, seldom a
	// person's name.
	if len(words) > 1 {
		other := 0
		for _, r := range pc.runs[words[0]] {
			if diverge(r, words) {
				other++
			}
		}
		add(pfBrand.of(bucket(other, 0, 1)))
	}
	nLower, nCommon := 0, 0
	for k, w := range words {
		if hasDigit(w) {
			add(pfShape.of("digit")) // "AW3418DW", "A350-900": a model's number
		}
		add(pfWord.of(w))
		add(pfShape.of(shape(w)))
		add(pfSuffix.of(strings.ToLower(suffix(w, 3))))
		if lx := lexicon(w); lx != "" {
			add(pfLex.of(lx))
		}
		if camelCase(w) {
			add(pfCamel.of("y"))
		}
		low := strings.ToLower(w)
		if pc.lower[low] {
			nLower++
		}
		if pc.common[low] {
			nCommon++
			switch {
			case k == 0:
				add(pfCommon.of("first"))
			case k == len(words)-1:
				add(pfCommon.of("last"))
			}
		}
	}
	switch {
	case nLower == len(words):
		add(pfLower.of("all"))
	case nLower > 0:
		add(pfLower.of("some"))
	}
	switch {
	case nCommon == len(words):
		add(pfCommon.of("all"))
	case nCommon > 0:
		add(pfCommon.of("some"))
	}
	allStart := true
	for _, i := range idx {
		s := d.spans[i]
		toks := d.toks[s.block]
		if s.first == 0 {
			add(pfPlace.of("blockstart"))
			if len(toks) <= 8 {
				add(pfPlace.of("heading"))
			}
		} else if toks[s.first].sentStart {
			add(pfPlace.of("sentstart"))
		} else {
			allStart = false
		}
		if s.first > 0 {
			p := toks[s.first-1]
			switch {
			case titleWords[p.text]:
				add(pfPrev.of("TITLE"))
			case allLower(p.text):
				add(pfPrev.of(p.text))
			case p.capitalized() && p.possessive:
				add(pfPrevCap.of("poss")) // "Apple's MacBook Pro"
			case p.capitalized() && !p.sentStart:
				add(pfPrevCap.of("y"))
			default:
				add(pfPrev.of(shape(p.text)))
			}
		}
		// A determiner a few words before, past modifiers in lower case
		// or with digits ("the 16-inch MacBook Pro", "a new Lexus").
		for j := s.first - 1; j >= 0 && j >= s.first-4; j-- {
			w := toks[j].text
			if determiners[w] {
				if j < s.first-1 {
					add(pfPrev.of("DET+"))
				}
				break
			}
			if !allLower(w) && !hasDigit(w) || functionWords[w] {
				break
			}
		}
		if toks[s.end-1].possessive {
			add(pfPoss.of("y"))
		}
		// A name that is a whole quotation is a title ("Wild Rose", a
		// film), a slogan or a nickname.
		if q := d.quoteAround(s.block, s.start); q != nil {
			if q.start == s.start && q.end-s.stop <= 1 {
				add(pfPlace.of("wholequote"))
			} else {
				add(pfPlace.of("quoted"))
			}
		}
		if s.end < len(toks) {
			n := toks[s.end]
			if allLower(n.text) || !n.capitalized() {
				add(pfNext.of(n.lower))
			} else {
				add(pfNext.of(shape(n.text)))
			}
		} else {
			add(pfNext.of("END"))
		}
		// The first pronoun after the mention, in the next dozen words.
		for j := s.end; j < len(toks) && j < s.end+12; j++ {
			w := toks[j].lower
			if k, ok := evidencePronouns[w]; ok {
				add(pfPron.of(k))
				break
			}
		}
		// A model's number or a price by the name: "MacBook Pro 16",
		// "the 2020 LC500", "Switch Lite for $199".
		text := d.blocks[s.block]
		if s.end < len(toks) && hasDigit(toks[s.end].text) && spaceOnlyBefore(text, toks, s.end) ||
			s.first > 0 && hasDigit(toks[s.first-1].text) && spaceOnlyBefore(text, toks, s.first) {
			add(pfProduct.of("digit"))
		}
		for j := max(0, s.first-4); j < len(toks) && j < s.end+6; j++ {
			if t := toks[j]; t.start > 0 && strings.ContainsRune("$£€¥", text[t.start-1]) {
				add(pfProduct.of("money"))
				break
			}
		}
	}
	if allStart {
		add(pfPlace.of("alwaysfirst")) // its capital never says anything
	}
	// Each piece of evidence counts once.
	slices.Sort(out[start:])
	return slices.Compact(out)
}

func roleString(r uint8) string {
	return [4]string{"-", "g", "s", "gs"}[r&3]
}

// capitalRuns: for each word of want (all words when want is nil), the
// distinct runs of capitalised words the article opens with it, each
// run's words spaced apart only by spaces.
func (d *ldoc) capitalRuns(want map[string]bool) map[string][][]string {
	out := map[string][][]string{}
	if want != nil && len(want) == 0 {
		return out
	}
	for b, toks := range d.toks {
		text := d.blocks[b]
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if !t.capitalized() || want != nil && !want[t.text] {
				continue
			}
			j := i + 1
			for j < len(toks) && toks[j].capitalized() && !toks[j-1].possessive && spaceOnlyBefore(text, toks, j) {
				j++
			}
			if j-i < 2 {
				continue
			}
			if slices.ContainsFunc(out[t.text], func(r []string) bool { return sameWords(r, toks[i:j]) }) {
				continue
			}
			run := make([]string, 0, j-i)
			for _, t := range toks[i:j] {
				run = append(run, t.text)
			}
			out[t.text] = append(out[t.text], run)
		}
	}
	return out
}

// sameWords: toks are words, one by one.
func sameWords(words []string, toks []token) bool {
	if len(words) != len(toks) {
		return false
	}
	for i, t := range toks {
		if words[i] != t.text {
			return false
		}
	}
	return true
}

// diverge: run and name part after their first word, neither the
// other's beginning ("Pokemon Bundle" and "Pokemon Sword", not "Donald
// Trump Jr." and "Donald Trump").
func diverge(run, name []string) bool {
	for k := 1; k < len(run) && k < len(name); k++ {
		if run[k] != name[k] {
			return true
		}
	}
	return false
}

// quoteAround: the quotation of block b that holds position pos, or nil.
func (d *ldoc) quoteAround(b, pos int) *quoteSpan {
	qs := d.quotes[b]
	i, _ := slices.BinarySearchFunc(qs, pos, func(q quoteSpan, pos int) int { return q.end - pos - 1 })
	if i < len(qs) && pos >= qs[i].start && pos < qs[i].end {
		return &qs[i]
	}
	return nil
}

// determiners: what opens a noun phrase before a product's or a firm's
// name, rarely before a person's.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true, "their": true, "our": true, "your": true, "my": true}

// digitInName: a word of the name holds a digit ("Dell Alienware
// AW3418DW", "Airbus A350-900"): a model's number, never a person's name.
func digitInName(spans []span, idx []int) bool {
	for _, i := range idx {
		for _, w := range spans[i].tokens {
			if hasDigit(w) {
				return true
			}
		}
	}
	return false
}

func hasDigit(w string) bool { return strings.ContainsFunc(w, unicode.IsDigit) }

// evidencePronouns: the pronouns a person's or a thing's mention is
// followed by, and what they say.
var evidencePronouns = map[string]string{
	"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she",
	"it": "it", "its": "it", "they": "they", "their": "they", "them": "they",
}

// camelCase: a capital inside a word after two small letters or more
// (SoftBank, GiveWell), not a name's prefix (McCarthy, DeSantis,
// MacArthur; nor WeWork, which reads like DeSantis).
func camelCase(w string) bool {
	small := 0
	for i, r := range w {
		switch {
		case unicode.IsLower(r):
			small++
		case unicode.IsUpper(r) && i > 0:
			if small >= 2 && !strings.HasPrefix(w, "Mac") && !strings.HasPrefix(w, "Van") {
				return true
			}
			small = 0
		default:
			small = 0
		}
	}
	return false
}

func speaksIn(quotes []attributed, e *article.Entity) bool {
	for _, q := range quotes {
		if q.speaker == e {
			return true
		}
	}
	return false
}
