//go:build !js

package annotate

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"strings"
	"sync"
	"testing"

	"readwell/app/annotate/polnear"
	"readwell/app/article"
	"readwell/app/extract"
)

// TestCrossValidate is the yardstick changes to annotate are tuned with:
// 4-fold cross-validation on the train part of annotate-bench (never its
// validation part). Folds are the articles whose id hashes (FNV-1a 32) to
// 1, 2, 3 and 4 mod 5; each fold is scored (polnear.Score) with models
// trained, as make model trains them, on the three others and the
// hand-written cases. Run it with
//
//	READWELL_CV=1 go test -count=1 -run TestCrossValidate -v ./app/annotate
//
// READWELL_CV_ERRORS=file writes every held-out quote the ranker got
// wrong (train articles only) as JSON lines, to read; with
// READWELL_CV_ALL=1 it writes the right ones too (Wrong tells them apart).
func TestCrossValidate(t *testing.T) {
	if os.Getenv("READWELL_CV") == "" {
		t.Skip("set READWELL_CV=1 to cross-validate on the train part")
	}
	train := mustTrainPart(t)
	cases := mustCases(t)
	folds := make([][]polnear.Article, 5)
	for _, a := range train {
		k := foldOf(a.ID)
		folds[k] = append(folds[k], a)
	}
	if len(folds[0]) != 0 {
		t.Fatalf("%d validation articles in the train part", len(folds[0]))
	}
	var (
		mu     sync.Mutex
		wg     sync.WaitGroup
		total  polnear.Totals
		perK   = make([]polnear.Totals, 5)
		errs   []cvError
		points []cvPoint
		failed error
	)
	sem := make(chan struct{}, 2) // two cores
	for k := 1; k <= 4; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var rest []polnear.Article
			for j := 1; j <= 4; j++ {
				if j != k {
					rest = append(rest, folds[j]...)
				}
			}
			m, err := Train(rest, cases, cvConfig())
			if err == nil {
				var mod *models
				if mod, err = decodeModels(m.Tagger, m.Speaker); err == nil {
					var t polnear.Totals
					var es []cvError
					var ps []cvPoint
					for _, g := range folds[k] {
						s, e, p := scoreWith(g, mod)
						t.Add(s)
						es = append(es, e...)
						ps = append(ps, p...)
					}
					mu.Lock()
					perK[k] = t
					errs = append(errs, es...)
					points = append(points, ps...)
					mu.Unlock()
				}
			}
			if err != nil {
				mu.Lock()
				failed = err
				mu.Unlock()
			}
		}(k)
	}
	wg.Wait()
	if failed != nil {
		t.Fatal(failed)
	}
	fmt.Println(polnear.Header())
	for k := 1; k <= 4; k++ {
		total.Add(perK[k])
		fmt.Println(perK[k].Summary().Row(fmt.Sprintf("fold %d (%d articles)", k, len(folds[k]))))
	}
	fmt.Println(total.Summary().Row("4-fold CV, train part"))
	if os.Getenv("READWELL_CV_SWEEP") != "" {
		sweepAbstain(points)
	}
	if path := os.Getenv("READWELL_CV_ERRORS"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		enc := json.NewEncoder(f)
		for _, e := range errs {
			enc.Encode(e)
		}
	}
}

// foldOf is the fold of an article: its id's FNV-1a 32 hash mod 5 (0 is
// the validation part).
func foldOf(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % 5)
}

// cvError is one held-out quote whose speaker came out wrong.
type cvError struct {
	Article string   `json:"article"`
	Quote   string   `json:"quote"`
	Got     string   `json:"got"`
	Want    []string `json:"want"`   // names PolNeAR gives ([] when nobody)
	Source  string   `json:"source"` // the source span as written
	Para    string   `json:"para"`
	// Candidates are the ranker's options with their probabilities;
	// Oracle says whether one of them was right.
	Candidates []string `json:"candidates"`
	Oracle     bool     `json:"oracle"`
	Wrong      bool     `json:"wrong"`
}

// scoreWith annotates g's text with mod as the pipeline would and scores it,
// with the quotes it attributed wrongly.
func scoreWith(g polnear.Article, mod *models) (polnear.Totals, []cvError, []cvPoint) {
	a, err := extract.Text(g.Text)
	if err != nil {
		return polnear.Failed(g), nil, nil
	}
	d := newLdoc(&a)
	if english(&a) {
		d.tagNames(mod.tagger)
	}
	var quotes []attributed
	var cands [][]string
	var tops []cvTop
	d.eachQuote(func(ref quoteRef, set candidateSet) *article.Entity {
		probs := set.probabilities(mod.speaker)
		top := cvTop{p: 0}
		if i, p := set.choose(mod.speaker); i >= 0 {
			top = cvTop{name: set.entities[i].Name, p: p}
		}
		tops = append(tops, top)
		q, chosen := d.attribute(ref, set, mod.speaker)
		if q.kind == kindTerm {
			tops[len(tops)-1] = cvTop{p: 0} // a term: nobody's, whatever the threshold
		}
		var cs []string
		for i, e := range set.entities {
			cs = append(cs, fmt.Sprintf("%s{%s} %.2f", e.Name, e.Kind, probs[i+1]))
		}
		cs = append(cs, fmt.Sprintf("<nobody> %.2f", probs[0]))
		cands = append(cands, cs)
		quotes = append(quotes, q)
		return chosen
	})
	d.fill(&a, quotes)
	p := polnear.FromArticle(a)
	var errs []cvError
	var sw []cvPoint
	gold := alignArticleQuotes(g, p)
	for i, q := range p.Quotes {
		gq := gold[i]
		if gq == nil {
			continue
		}
		switch {
		case !gq.Attributed:
			sw = append(sw, cvPoint{p: tops[i].p, abstain: true})
		case len(gq.Names) > 0:
			sw = append(sw, cvPoint{p: tops[i].p, right: tops[i].name != "" && nameIn(tops[i].name, gq.Names)})
		}
		wrong := false
		switch {
		case !gq.Attributed:
			wrong = q.Speaker != ""
		case len(gq.Names) > 0:
			wrong = q.Speaker == "" || !nameIn(q.Speaker, gq.Names)
		}
		if wrong || os.Getenv("READWELL_CV_ALL") != "" && (gq.Attributed && len(gq.Names) > 0 || !gq.Attributed) {
			para := a.Blocks[a.Quotes[i].Block].Text
			for b := a.Quotes[i].Block - 1; b >= 0 && b >= a.Quotes[i].Block-2; b-- {
				para = a.Blocks[b].Text + "\n" + para
			}
			oracle := false
			for _, c := range cands[i] {
				name, _, _ := strings.Cut(c[:strings.LastIndexByte(c, ' ')], "{")
				oracle = oracle || name != "<nobody>" && nameIn(name, gq.Names)
			}
			errs = append(errs, cvError{Article: g.ID, Quote: q.Text, Got: q.Speaker, Want: gq.Names, Source: gq.Source, Para: para, Candidates: cands[i], Oracle: oracle, Wrong: wrong})
		}
	}
	return polnear.Score(g, p), errs, sw
}

// cvTop is the ranker's first choice among the candidates (p 0: nobody).
type cvTop struct {
	name string
	p    float64
}

// cvPoint is one matched held-out quote: the probability of the ranker's
// first candidate, and whether it is right (speaker quotes) or the quote
// is nobody's (abstain).
type cvPoint struct {
	p              float64
	right, abstain bool
}

// sweepAbstain prints speaker and abstain for thresholds around
// abstainBelow: what a speaker the ranker is less sure of costs.
func sweepAbstain(points []cvPoint) {
	for _, th := range []float64{0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7} {
		spN, spOK, abN, abOK, wrong, missing := 0, 0, 0, 0, 0, 0
		for _, pt := range points {
			named := pt.p >= th
			if pt.abstain {
				abN++
				if !named {
					abOK++
				} else {
					wrong++
				}
			} else {
				spN++
				switch {
				case named && pt.right:
					spOK++
				case named:
					wrong++
				default:
					missing++
				}
			}
		}
		// What a reader pays: a wrong name twice what a missing one costs.
		fmt.Printf("abstain below %.2f: speaker %.3f, abstain %.3f, wrong names %d, missing %d, cost %d\n",
			th, float64(spOK)/float64(spN), float64(abOK)/float64(abN), wrong, missing, 2*wrong+missing)
	}
}

// alignArticleQuotes pairs predicted quotes with gold ones as the metric does.
func alignArticleQuotes(g polnear.Article, p polnear.Prediction) []*polnear.Quote {
	var pt, gt []string
	for _, q := range p.Quotes {
		pt = append(pt, q.Text)
	}
	for _, q := range g.Quotes {
		gt = append(gt, q.Text)
	}
	out := make([]*polnear.Quote, len(p.Quotes))
	for i, j := range polnear.Match(pt, gt) {
		if j >= 0 {
			out[i] = &g.Quotes[j]
		}
	}
	return out
}

func nameIn(speaker string, names []string) bool {
	for _, n := range names {
		if polnear.SameLastName(speaker, n) {
			return true
		}
	}
	return false
}

// cvConfig is DefaultTrainConfig, with READWELL_CV_SEED,
// READWELL_CV_EPOCHS and READWELL_CV_L2 in place of its seed, speaker
// epochs and weight decay when set: a change is worth keeping when it
// holds over seeds (the seed alone moves CV speaker by ±.005).
func cvConfig() TrainConfig {
	c := DefaultTrainConfig
	if v := os.Getenv("READWELL_CV_EPOCHS"); v != "" {
		fmt.Sscan(v, &c.SpeakerEpochs)
	}
	if v := os.Getenv("READWELL_CV_L2"); v != "" {
		fmt.Sscan(v, &c.SpeakerL2)
	}
	if v := os.Getenv("READWELL_CV_SEED"); v != "" {
		fmt.Sscan(v, &c.Seed)
	}
	return c
}
