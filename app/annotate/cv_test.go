//go:build !js

package annotate

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"sync"
	"testing"

	"readwell/app/annotate/polnear"
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
// wrong (train articles only) as JSON lines, to read.
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
			m, err := Train(rest, cases, DefaultTrainConfig)
			if err == nil {
				var mod *models
				if mod, err = decodeModels(m.Tagger, m.Speaker); err == nil {
					var t polnear.Totals
					var es []cvError
					for _, g := range folds[k] {
						s, e := scoreWith(g, mod)
						t.Add(s)
						es = append(es, e...)
					}
					mu.Lock()
					perK[k] = t
					errs = append(errs, es...)
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
}

// scoreWith annotates g's text with mod as the pipeline would and scores it,
// with the quotes it attributed wrongly.
func scoreWith(g polnear.Article, mod *models) (polnear.Totals, []cvError) {
	a, err := extract.Text(g.Text)
	if err != nil {
		return polnear.Failed(g), nil
	}
	annotateLearned(&a, mod)
	p := polnear.FromArticle(a)
	var errs []cvError
	gold := alignArticleQuotes(g, p)
	for i, q := range p.Quotes {
		gq := gold[i]
		if gq == nil {
			continue
		}
		wrong := false
		switch {
		case !gq.Attributed:
			wrong = q.Speaker != ""
		case len(gq.Names) > 0:
			wrong = q.Speaker == "" || !nameIn(q.Speaker, gq.Names)
		}
		if wrong {
			para := a.Blocks[a.Quotes[i].Block].Text
			errs = append(errs, cvError{Article: g.ID, Quote: q.Text, Got: q.Speaker, Want: gq.Names, Source: gq.Source, Para: para})
		}
	}
	return polnear.Score(g, p), errs
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
