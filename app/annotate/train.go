//go:build !js

package annotate

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"readwell/app/annotate/polnear"
	"readwell/app/article"
	"readwell/app/extract"
)

// Training: the host-only half of annotate's models (go run
// ./app/annotate/train). It reads annotate-bench's train part (never its
// validation part, see polnear.Validation), learns the entity tagger from
// CoreNLP's names projected onto the text, then the speaker ranker from
// the human attributions, and writes both model files. Deterministic: a
// fixed seed and a fixed order.

// TrainConfig says how long to train.
type TrainConfig struct {
	TaggerEpochs  int     // averaged perceptron passes
	TaggerRuns    int     // taggers averaged, each on its own order of the articles
	SpeakerEpochs int     // stochastic gradient passes
	SpeakerRuns   int     // rankers averaged, each on its own order of the quotes
	SpeakerL2     float64 // weight decay per update (3e-2: the ranker's many rare features and pairs overfit under 1e-5)
	TaggerPrune   float32 // tagger rows whose weights all stay under this share of the largest are dropped
	CaseWeight    int     // how many times each hand-written case counts
	Folds         int     // the ranker's names come from taggers trained on the other folds (0: the final tagger)
	Seed          uint64
	Log           io.Writer
}

// DefaultTrainConfig is what make model uses.
var DefaultTrainConfig = TrainConfig{TaggerEpochs: 8, TaggerRuns: 3, SpeakerEpochs: 12, SpeakerRuns: 3, SpeakerL2: 3e-2, TaggerPrune: 0.06, Folds: 4, CaseWeight: 1, Seed: 20261130}

// TrainedModels are the two model files, encoded.
type TrainedModels struct {
	Tagger, Speaker []byte
}

// trainDoc is one training article, read as annotate reads it.
type trainDoc struct {
	gold polnear.Article
	a    article.Article
	d    *ldoc
	tags [][]int // gold BIO tags per block
}

// caseDoc makes a training document of a case: its quotations as
// annotate-bench would hold them.
func caseDoc(c Case) *trainDoc {
	a := c.Article()
	g := polnear.Article{ID: "case: " + c.Name}
	for _, w := range c.Want {
		q := polnear.Quote{Text: w.Text, Attributed: w.Speaker != ""}
		if w.Speaker != "" {
			q.Names = []string{w.Speaker}
		}
		g.Quotes = append(g.Quotes, q)
	}
	return &trainDoc{gold: g, a: a, d: newLdoc(&a)}
}

// Train learns both models from arts (the train part of annotate-bench)
// and the hand-written cases.
func Train(arts []polnear.Article, cases []Case, cfg TrainConfig) (TrainedModels, error) {
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format+"\n", args...)
		}
	}
	var docs []*trainDoc
	for _, g := range arts {
		a, err := extract.Text(g.Text)
		if err != nil {
			continue
		}
		td := &trainDoc{gold: g, a: a, d: newLdoc(&a)}
		td.tags = projectNames(td.d, g.Entities)
		docs = append(docs, td)
	}
	logf("train: %d articles read", len(docs))
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))

	taggerDense := trainTaggers(docs, cfg.TaggerEpochs, cfg.TaggerRuns, rng, logf)
	taggerFile := encodeModel(taggerDense, tagCount, maxAbs(taggerDense)/taggerSteps, maxAbs(taggerDense)*cfg.TaggerPrune)
	tagger, err := decodeModel(taggerFile)
	if err != nil {
		return TrainedModels{}, err
	}
	logf("train: tagger %d bytes", len(taggerFile))

	// The ranker learns on names found by a tagger that never saw the
	// article (k-fold), as it will meet them in use: a tagger on its own
	// training articles is too good to learn its mistakes from.
	for fold := 0; fold < cfg.Folds; fold++ {
		var rest, held []*trainDoc
		for i, td := range docs {
			if i%cfg.Folds == fold {
				held = append(held, td)
			} else {
				rest = append(rest, td)
			}
		}
		dense := trainTaggers(rest, cfg.TaggerEpochs, cfg.TaggerRuns, rng, nil)
		m, err := decodeModel(encodeModel(dense, tagCount, maxAbs(dense)/4000, maxAbs(dense)/400))
		if err != nil {
			return TrainedModels{}, err
		}
		for _, td := range held {
			td.d.tagNames(m)
		}
		logf("train: fold %d tagged", fold+1)
	}
	if cfg.Folds == 0 {
		for _, td := range docs {
			td.d.tagNames(tagger)
		}
	}
	var caseDocs []*trainDoc
	for _, c := range cases {
		td := caseDoc(c)
		td.d.tagNames(tagger)
		for k := 0; k < cfg.CaseWeight; k++ {
			caseDocs = append(caseDocs, td)
		}
	}
	speakerDense := trainSpeakers(append(docs, caseDocs...), cfg.SpeakerEpochs, cfg.SpeakerRuns, cfg.SpeakerL2, rng, logf)
	speakerFile := encodeModel(speakerDense, 1, maxAbs(speakerDense)/4000, maxAbs(speakerDense)/4000)
	logf("train: speaker ranker %d bytes", len(speakerFile))
	return TrainedModels{Tagger: taggerFile, Speaker: speakerFile}, nil
}

func maxAbs(ws []float32) float32 {
	m := float32(1e-9)
	for _, w := range ws {
		m = max(m, w, -w)
	}
	return m
}

// projectNames labels the words of d with the names of ents: each
// occurrence of a name's words, longest names first, takes its kind.
func projectNames(d *ldoc, ents []polnear.Entity) [][]int {
	type name struct {
		words []string
		kind  int
		count int
	}
	best := map[string]name{}
	for _, e := range ents {
		k := -1
		for i, kn := range kindNames {
			if kn == e.Kind {
				k = i
			}
		}
		if k < 0 {
			continue
		}
		words := wordsOf(tokenize([]rune(e.Name)))
		if len(words) == 0 {
			continue
		}
		key := strings.Join(words, " ")
		if old, ok := best[key]; ok && old.count >= e.Count {
			continue
		}
		best[key] = name{words: words, kind: k, count: e.Count}
	}
	var known knownNames
	for _, n := range best {
		tags := make([]int, len(n.words))
		for j := range tags {
			tags[j] = 2 + 2*n.kind // inside
		}
		tags[0]-- // begins
		known.add(n.words, tags)
	}
	tags := make([][]int, len(d.toks))
	for b, toks := range d.toks {
		tags[b] = make([]int, len(toks))
	}
	known.mark(d.toks, tags)
	return tags
}

// trainTaggers averages the weights of runs taggers, each trained on its
// own order of the articles: one perceptron's weights move with the order
// it read the articles in, so that a small change to the training text
// turned single names ("Marcelo Claure", after a quote) in or out; the
// average moves less. It is no more accurate (entity F1 on CV .854 and
// .853 with one run, .855 and .854 with three).
func trainTaggers(docs []*trainDoc, epochs, runs int, rng *rand.Rand, logf func(string, ...any)) []float32 {
	return averageRuns(runs, func(first bool) []float32 {
		if !first {
			logf = nil
		}
		return trainTagger(docs, epochs, rng, logf)
	})
}

// averageRuns is the mean of the weights of runs trainings (at least
// one), each drawing its order from the shared generator in turn; only
// the first logs.
func averageRuns(runs int, train func(first bool) []float32) []float32 {
	w := train(true)
	for r := 1; r < runs; r++ {
		for i, x := range train(false) {
			w[i] += x
		}
	}
	for i := range w {
		w[i] /= float32(max(runs, 1))
	}
	return w
}

// trainTagger: an averaged perceptron over the tagger's features, with
// the gold tag before each word (the decoder reads its own).
func trainTagger(docs []*trainDoc, epochs int, rng *rand.Rand, logf func(string, ...any)) []float32 {
	size := (1 << featureBits) * tagCount
	w := make([]float32, size)
	u := make([]float32, size) // sum of updates weighted by their step
	step := float32(1)
	var buf []feature
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	for epoch := 0; epoch < epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		for _, di := range order {
			td := docs[di]
			stats := collectWordStats(td.d.toks)
			for b := range td.d.blocks {
				in := newTaggerInput(td.d.blocks[b], td.d.toks[b], td.d.quotes[b])
				gold := td.tags[b]
				prev := tagOut
				for i, t := range in.toks {
					if !hasUpper(t.text) && prev == tagOut {
						prev = gold[i]
						continue
					}
					buf = in.staticFeatures(i, stats, buf[:0])
					buf = tagFeatures(&in, i, prev, buf)
					var scores [tagCount]float32
					for _, f := range buf {
						row := w[int(f)*tagCount : int(f)*tagCount+tagCount]
						for l := range scores {
							scores[l] += row[l]
						}
					}
					guess, bestScore := tagOut, scores[tagOut]
					for tag := 1; tag < tagCount; tag++ {
						if tagAllowed(prev, tag) && scores[tag] > bestScore {
							guess, bestScore = tag, scores[tag]
						}
					}
					total++
					if guess != gold[i] {
						wrong++
						for _, f := range buf {
							w[int(f)*tagCount+gold[i]]++
							u[int(f)*tagCount+gold[i]] += step
							w[int(f)*tagCount+guess]--
							u[int(f)*tagCount+guess] -= step
						}
					}
					step++
					prev = gold[i]
				}
			}
		}
		if logf != nil {
			logf("train: tagger epoch %d: %.4f of scored words wrong", epoch+1, float64(wrong)/float64(max(total, 1)))
		}
	}
	for i := range w {
		w[i] -= u[i] / step
	}
	return w
}

// speakerExample is one quote to learn from: its candidates and which of
// them spoke (-1 for nobody).
type speakerExample struct {
	set     candidateSet
	answer  int   // the first right option (-1: nobody)
	answers []int // every right option: PolNeAR names several ("Huma Abedin, vice chairwoman for Clinton’s campaign")
	gold    *polnear.Quote
}

// right: option i (-1 for nobody) is one of the answers.
func (ex speakerExample) right(i int) bool {
	for _, a := range ex.answers {
		if a == i {
			return true
		}
	}
	return false
}

// speakerExamples aligns td's quotes with the human attributions and
// builds each one's candidate set, the speakers before it taken from the
// annotation (so the ranker learns what a right history looks like).
func speakerExamples(td *trainDoc) []speakerExample {
	gold := alignQuotes(td.d, td.gold)
	var out []speakerExample
	td.d.eachQuote(func(ref quoteRef, set candidateSet) *article.Entity {
		g := gold[[2]int{ref.block, ref.index}]
		answer, use := -2, false
		var answers []int
		switch {
		case g == nil:
		case !g.Attributed, len(g.Names) == 0 && unnamedSource(g.Source):
			answer, use, answers = -1, true, []int{-1}
		case len(g.Names) > 0:
			// The source's head ("Neil Sroka" of "DFA spokesman Neil
			// Sroka", "Jeff Weaver" of "Jeff Weaver, Sanders’ campaign
			// manager") is the answer when it is a candidate: the metric
			// takes any of the source's names, a reader the one who spoke.
			names := g.Names
			if head := sourceHead(g.Source); head != "" && slices.ContainsFunc(set.entities, func(e *article.Entity) bool { return speaks(e, []string{head}) }) {
				names = []string{head}
			}
			for i, e := range set.entities {
				if speaks(e, names) {
					if !use {
						answer, use = i, true
					}
					answers = append(answers, i)
				}
			}
		}
		if use {
			out = append(out, speakerExample{set: set, answer: answer, answers: answers, gold: g})
		}
		if answer >= 0 {
			return set.entities[answer]
		}
		return nil
	})
	return out
}

// sourceHead is the name at the head of an attribution's source, as
// written: the last capitalised word before the source's first comma,
// preposition or relative pronoun, outside possessives ("DFA spokesman
// Neil Sroka" → "Sroka"; "Jeff Weaver, Sanders’ campaign manager," →
// "Weaver"; "Paris, who used to work on Capitol Hill" → "Paris"). "" when
// the source opens with no name there ("the designer, who works for…",
// "he", "Clinton’s campaign").
func sourceHead(source string) string {
	text := []rune(source)
	toks := tokenize(text)
	head := ""
	for i, t := range toks {
		if i > 0 && commaBefore(text, toks, i) || prepositions[t.lower] || relativeWords[t.lower] {
			break
		}
		if t.capitalized() && !t.possessive && !titleWords[t.text] {
			head = t.text
		}
	}
	return head
}

// relativeWords open a clause about the name before them.
var relativeWords = setOf("who", "whom", "whose", "which", "that")

// unnamedSource: an attribution to someone the article does not name ("an
// insider told the outlet", "one former aide said"), which a reader
// leaves without a speaker as PolNeAR's unattributed quotes.
func unnamedSource(source string) bool {
	src := strings.TrimSpace(source)
	first, _, _ := strings.Cut(strings.ToLower(src), " ")
	return indefiniteWords[first] || possessiveDescription(tokenize([]rune(src)))
}

// speaks: entity e is one of the names (by last word, as the metric reads them).
func speaks(e *article.Entity, names []string) bool {
	forms := append([]string{e.Name}, e.Aliases...)
	for _, f := range forms {
		lf := lastWord(f)
		for _, n := range names {
			if lf != "" && lf == lastWord(n) {
				return true
			}
		}
	}
	return false
}

func lastWord(s string) string {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’' || r == '_')
	})
	if len(fields) == 0 {
		return ""
	}
	w := strings.ToLower(fields[len(fields)-1])
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return w
}

// alignQuotes pairs each of d's quotes with the gold quote sharing most of
// its words (at least 0.6 of the longer), in order, like the metric.
func alignQuotes(d *ldoc, g polnear.Article) map[[2]int]*polnear.Quote {
	out := map[[2]int]*polnear.Quote{}
	used := make([]bool, len(g.Quotes))
	goldWords := make([][]string, len(g.Quotes))
	for i, q := range g.Quotes {
		goldWords[i] = lowerWords(q.Text)
	}
	for b, qs := range d.quotes {
		for qi, s := range qs {
			pw := lowerWords(string(d.blocks[b][s.start:s.end]))
			best, bestShare := -1, 0.0
			for i, gw := range goldWords {
				if used[i] || len(gw) == 0 || len(pw) == 0 {
					continue
				}
				if sh := wordShare(pw, gw); sh > bestShare {
					best, bestShare = i, sh
				}
			}
			if best >= 0 && bestShare >= 0.6 {
				used[best] = true
				out[[2]int{b, qi}] = &g.Quotes[best]
			}
		}
	}
	return out
}

func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
	})
}

func wordShare(a, b []string) float64 {
	count := map[string]int{}
	for _, w := range b {
		count[w]++
	}
	common := 0
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return float64(common) / float64(max(len(a), len(b)))
}

// trainSpeakers averages runs rankers, each reading the quotes in its
// own order: like the taggers, one run's weights move with the order of
// its last epochs.
func trainSpeakers(docs []*trainDoc, epochs, runs int, l2 float64, rng *rand.Rand, logf func(string, ...any)) []float32 {
	return averageRuns(runs, func(first bool) []float32 {
		if !first {
			logf = func(string, ...any) {}
		}
		return trainSpeaker(docs, epochs, l2, rng, logf)
	})
}

// trainSpeaker: the ranker by stochastic gradient on the softmax's log
// loss over nobody and the candidates, with L2 weight decay on the
// features each update touches.
func trainSpeaker(docs []*trainDoc, epochs int, l2 float64, rng *rand.Rand, logf func(string, ...any)) []float32 {
	var examples []speakerExample
	for _, td := range docs {
		examples = append(examples, speakerExamples(td)...)
	}
	logf("train: %d quotes to learn speakers from", len(examples))
	w := make([]float32, 1<<featureBits)
	avg := make([]float32, len(w))
	averaged := 0
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	for epoch := 0; epoch < epochs; epoch++ {
		rate := 0.1 / (1 + 0.3*float64(epoch))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		loss, right := 0.0, 0
		for _, ei := range order {
			ex := examples[ei]
			probs := denseProbabilities(w, ex.set)
			pos := 0.0
			for _, a := range ex.answers {
				pos += probs[a+1]
			}
			loss -= math.Log(math.Max(pos, 1e-12))
			guess := 0
			for i := range probs {
				if probs[i] > probs[guess] {
					guess = i
				}
			}
			if ex.right(guess - 1) {
				right++
			}
			// Gradient of -log(sum of the right options' p): p - p·[right]/pos.
			for opt := 0; opt < len(probs); opt++ {
				g := probs[opt]
				if ex.right(opt - 1) {
					g -= probs[opt] / math.Max(pos, 1e-12)
				}
				if g == 0 {
					continue
				}
				fs := ex.set.none
				if opt > 0 {
					fs = ex.set.feats[opt-1]
				}
				for _, f := range fs {
					w[f] -= float32(rate * (g + l2*float64(w[f])))
				}
			}
		}
		logf("train: speaker epoch %d: loss %.4f, right %.4f", epoch+1, loss/float64(len(examples)), float64(right)/float64(len(examples)))
		// The weights of the second half's epochs are averaged: steadier
		// than the last epoch's alone.
		if epoch >= epochs/2 {
			for i := range avg {
				avg[i] += w[i]
			}
			averaged++
		}
	}
	for i := range avg {
		avg[i] /= float32(max(averaged, 1))
	}
	return avg
}

// denseProbabilities is candidateSet.probabilities on the dense weights
// being trained.
func denseProbabilities(w []float32, s candidateSet) []float64 {
	scores := make([]float64, len(s.entities)+1)
	for _, f := range s.none {
		scores[0] += float64(w[f])
	}
	for i, fs := range s.feats {
		for _, f := range fs {
			scores[i+1] += float64(w[f])
		}
	}
	return softmax(scores)
}

// taggerSteps: the tagger's weights are stored as whole steps of the
// largest weight / taggerSteps (most then fit one byte).
var taggerSteps float32 = 120
