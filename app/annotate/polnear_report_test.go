package annotate_test

import (
	"fmt"
	"os"
	"sync"
	"testing"

	"readwell/app/annotate/polnear"
	"readwell/app/pipeline"
)

// TestPolnearReport prints the who-said-what table on PolNeAR's train split
// (../shared/annotate-bench) when READWELL_BENCH_REPORT is set: the naive
// nearest-name anchor and Readwell's whole pipeline, on the validation part
// and on the whole split. It asserts nothing about the scores, which are a
// measurement (make bench), not a test.
func TestPolnearReport(t *testing.T) {
	if os.Getenv("READWELL_BENCH_REPORT") == "" {
		t.Skip("set READWELL_BENCH_REPORT=1 to print the PolNeAR report")
	}
	path := polnear.DefaultPath()
	set, err := polnear.Load(path)
	if err != nil {
		t.Skipf("PolNeAR train split not found: %v", err)
	}
	_, val := set.Parts()
	valQuotes := 0
	for _, a := range val {
		valQuotes += len(a.Quotes)
	}
	fmt.Printf("PolNeAR %s split: %d articles; validation part = articles whose id has FNV-1a 32 %% 5 == 0: %d articles, %d quoted spans\n",
		set.Split, len(set.Articles), len(val), valQuotes)
	fmt.Println(polnear.Header())
	for _, part := range []struct {
		name     string
		articles []polnear.Article
	}{{"validation", val}, {"train (all)", set.Articles}} {
		anchor, readwell := scorePolnear(part.articles)
		fmt.Println(anchor.Summary().Row("nearest (anchor), " + part.name))
		fmt.Println(readwell.Summary().Row("readwell, " + part.name))
	}
}

// scorePolnear scores the nearest anchor and pipeline.Text on the articles,
// two at a time (the bench machine has two cores).
func scorePolnear(articles []polnear.Article) (anchor, readwell polnear.Totals) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan polnear.Article)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for g := range next {
				n := polnear.Score(g, polnear.Nearest(g.Text))
				r := polnear.Failed(g)
				if a, err := pipeline.Text(g.Text); err == nil {
					r = polnear.Score(g, polnear.FromArticle(a))
				}
				mu.Lock()
				anchor.Add(n)
				readwell.Add(r)
				mu.Unlock()
			}
		}()
	}
	for _, g := range articles {
		next <- g
	}
	close(next)
	wg.Wait()
	return anchor, readwell
}
