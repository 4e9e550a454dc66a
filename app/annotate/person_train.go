//go:build !js

package annotate

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"

	"readwell/app/annotate/polnear"
	"readwell/app/extract"
)

// personExample is one name of a training article with the evidence on
// it and what it is: 0 person, 1 organisation, 2 place, 3 no name.
type personExample struct {
	feats []feature
	label int
}

// personExamples reads one train article: CoreNLP's names, grouped as
// the annotator groups the tagger's, and the capitalised runs of words it
// left out (headings, products, events), each form one example.
func personExamples(g polnear.Article, common map[string]bool, roles func(string) uint8) []personExample {
	a, err := extract.Text(g.Text)
	if err != nil {
		return nil
	}
	d := newLdoc(&a)
	tags := projectNames(d, g.Entities)
	for b := range d.blocks {
		d.addSpans(spansFromTags(b, d.blocks[b], d.toks[b], tags[b], nil))
	}
	d.resolve()
	stats := collectWordStats(d.toks)
	pc := &personContext{lower: stats.lower, common: common, roles: roles, runs: d.capitalRuns(nil)}
	var out []personExample
	spansOf := map[string][]int{}
	var order []string
	for i, e := range d.spanEntity {
		if e == nil {
			continue
		}
		if spansOf[e.ID] == nil {
			order = append(order, e.ID)
		}
		spansOf[e.ID] = append(spansOf[e.ID], i)
	}
	for _, id := range order {
		idx := spansOf[id]
		label := 0
		switch d.spanEntity[idx[0]].Kind {
		case "org":
			label = 1
		case "place":
			label = 2
		}
		out = append(out, personExample{feats: d.personFeatures(idx, pc, nil), label: label})
	}
	// The runs of capitalised words CoreNLP named nothing.
	others := map[string][]int{}
	var otherOrder []string
	for b, toks := range d.toks {
		for i := 0; i < len(toks); {
			if tags[b][i] != tagOut || !toks[i].capitalized() {
				i++
				continue
			}
			j := i
			for j < len(toks) && tags[b][j] == tagOut && toks[j].capitalized() {
				j++
			}
			first := i
			for first < j && (functionWords[toks[first].text] || titleWords[toks[first].text]) {
				first++
			}
			if first < j && (j-first > 1 || !toks[first].sentStart || first == 0 && len(toks) <= 8) {
				s := span{block: b, first: first, end: j, start: toks[first].start, stop: toks[j-1].end, kind: "", tokens: wordsOf(toks[first:j])}
				s.name = strings.Join(s.tokens, " ")
				if others[s.name] == nil {
					otherOrder = append(otherOrder, s.name)
				}
				others[s.name] = append(others[s.name], len(d.spans))
				d.spans = append(d.spans, s)
			}
			i = j
		}
	}
	for _, name := range otherOrder {
		out = append(out, personExample{feats: d.personFeatures(others[name], pc, nil), label: 3})
	}
	return out
}

// TrainPersonEvidence learns the person evidence model (model/person.rwlm)
// from arts, the train part of annotate-bench: multinomial logistic
// regression by stochastic gradient, a fixed seed and order. With log, it
// first trains on three quarters of arts and says, on the last quarter,
// how many people, and how many of the others, it would take for no person.
func TrainPersonEvidence(arts []polnear.Article, log io.Writer) (model []byte, commonWords, names string) {
	commonWords = CommonWords(arts)
	common := parseCommonWords(commonWords)
	df := map[string][2]int{}
	own := make([]map[string]uint8, len(arts))
	for i, g := range arts {
		own[i] = nameRolesOf(g)
		for w, r := range own[i] {
			n := df[w]
			for k := range n {
				if r&(1<<k) != 0 {
					n[k]++
				}
			}
			df[w] = n
		}
	}
	var exs [][]personExample
	for i, g := range arts {
		// An article's own names are not evidence for it: at run time
		// the page is never in the training news.
		mine := own[i]
		roles := func(w string) uint8 {
			n, r := df[w], uint8(0)
			for k := range n {
				if m := mine[w]; n[k]-int(m>>k&1) >= minNameArticles {
					r |= 1 << k
				}
			}
			return r
		}
		exs = append(exs, personExamples(g, common, roles))
	}
	if log != nil {
		cut := len(exs) * 3 / 4
		w := trainPersonDense(exs[:cut])
		m, err := decodeModel(encodePerson(w))
		if err == nil {
			var n, miss [4]int
			for _, es := range exs[cut:] {
				for _, ex := range es {
					p := personProbabilities(m, ex.feats)
					n[ex.label]++
					if p[0] < notPersonBelow {
						miss[ex.label]++
					}
				}
			}
			for _, th := range []float64{.1, .2, .3, .4, .5} {
				var kept, lost, caught, other int
				for _, es := range exs[cut:] {
					for _, ex := range es {
						p := personProbabilities(m, ex.feats)
						switch {
						case ex.label == 0 && p[0] < th:
							lost++
						case ex.label == 0:
							kept++
						case p[0] < th:
							caught++
						default:
							other++
						}
					}
				}
				fmt.Fprintf(log, "person evidence, held-out quarter, below %.1f: people lost %.3f, others caught %.3f\n", th, float64(lost)/float64(max(1, lost+kept)), float64(caught)/float64(max(1, caught+other)))
			}
			for l, name := range []string{"person", "org", "place", "none"} {
				fmt.Fprintf(log, "person evidence, held-out quarter: %s %d, judged no person %d (%.3f)\n", name, n[l], miss[l], float64(miss[l])/float64(max(1, n[l])))
			}
		}
	}
	var lines []string
	for w, n := range df {
		r := uint8(0)
		for k := range n {
			if n[k] >= minNameArticles {
				r |= 1 << k
			}
		}
		if r != 0 {
			lines = append(lines, w+" "+strings.Trim(roleString(r), "-"))
		}
	}
	sort.Strings(lines)
	return encodePerson(trainPersonDense(exs)), commonWords, strings.Join(lines, "\n") + "\n"
}

// minNameArticles: a word is a known given name or surname when that
// many training articles name a person with it.
const minNameArticles = 1

// nameRolesOf: the words that open and close the names of g's people
// (CoreNLP's), titles left out.
func nameRolesOf(g polnear.Article) map[string]uint8 {
	out := map[string]uint8{}
	for _, e := range g.Entities {
		if e.Kind != "person" {
			continue
		}
		var words []string
		for _, w := range strings.Fields(e.Name) {
			if !titleWords[w] {
				words = append(words, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
			}
		}
		for len(words) > 1 && generationalSuffixes[words[len(words)-1]] {
			words = words[:len(words)-1]
		}
		if len(words) == 0 {
			continue
		}
		if len(words) > 1 {
			out[words[0]] |= roleGiven
		}
		out[words[len(words)-1]] |= roleSurname
	}
	return out
}

func encodePerson(w []float32) []byte {
	return encodeModel(w, len(personLabels), maxAbs(w)/2000, maxAbs(w)/50)
}

func trainPersonDense(exs [][]personExample) []float32 {
	var all []personExample
	for _, es := range exs {
		all = append(all, es...)
	}
	labels := len(personLabels)
	w := make([]float32, (1<<featureBits)*labels)
	rng := rand.New(rand.NewPCG(20261201, 0x9e3779b97f4a7c15))
	const epochs = 12
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		lr := 0.2 / (1 + float64(ep))
		for _, ex := range all {
			var s [4]float32
			for _, f := range ex.feats {
				for l := 0; l < labels; l++ {
					s[l] += w[int(f)*labels+l]
				}
			}
			p := softmax4(s)
			for l := 0; l < labels; l++ {
				g := p[l]
				if l == ex.label {
					g -= 1
				}
				for _, f := range ex.feats {
					k := int(f)*labels + l
					w[k] -= float32(lr * (g + 1e-4*float64(w[k])))
				}
			}
		}
	}
	for i, v := range w {
		if math.IsNaN(float64(v)) {
			w[i] = 0
		}
	}
	return w
}

// CommonWords lists, lower-cased, sorted, one a line, the words arts
// write in lower case at least twice and at least 60 % of the time they
// are not a sentence's first word.
func CommonWords(arts []polnear.Article) string {
	lower, capital := map[string]int{}, map[string]int{}
	for _, g := range arts {
		for _, t := range tokenize([]rune(g.Text)) {
			if t.sentStart || !isWordish(t.text) {
				continue
			}
			low := t.lower
			if t.text == low {
				lower[low]++
			} else {
				capital[low]++
			}
		}
	}
	var words []string
	for w, n := range lower {
		if n >= 2 && float64(n) >= 0.6*float64(n+capital[w]) {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	return strings.Join(words, "\n") + "\n"
}

// isWordish: letters only, with an inner hyphen or apostrophe.
func isWordish(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) && (i == 0 || r != '-' && r != '\'') {
			return false
		}
	}
	return w != ""
}
