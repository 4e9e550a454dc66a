package annotate_test

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"readwell/app/annotate/newsbench"
	"readwell/app/article"
	"readwell/app/pipeline"
)

// newsPages is where the hand-read pages come from (../shared beside the
// repository; this package is two levels down).
const newsPages = "../../../shared/extract-bench/dev/html"

// TestNewsReport prints who-said-what on news read by hand
// (testdata/news/truth.json) when READWELL_BENCH_REPORT is set: every page,
// the part kept aside (never read while changing the annotator), and the
// rest (where the pages read are). Like TestPolnearReport it measures; it asserts nothing.
func TestNewsReport(t *testing.T) {
	if os.Getenv("READWELL_BENCH_REPORT") == "" {
		t.Skip("set READWELL_BENCH_REPORT=1 to print the news report")
	}
	set, ents := loadNewsTruth(t)
	entsOf := map[string]newsbench.EntityArticle{}
	for _, e := range ents.Articles {
		entsOf[e.Page] = e
	}
	var all, aside, dev newsbench.Totals
	var eAll, eAside, eDev newsbench.EntityTotals
	quotes, asideQuotes := 0, 0
	for _, a := range set.Articles {
		data, err := readPage(filepath.Join(newsPages, a.Page))
		if err != nil {
			t.Skipf("extract-bench pages not found: %v", err)
		}
		got, err := pipeline.Page(data, "", "text/html")
		if err != nil {
			t.Errorf("%s: %v", a.Page, err)
			continue
		}
		s := newsbench.Score(a, got)
		es, misses := newsbench.ScoreEntities(entsOf[a.Page], got)
		all.Add(s)
		eAll.Add(es)
		quotes += len(a.Quotes)
		if newsbench.Aside(a) {
			aside.Add(s)
			eAside.Add(es)
			asideQuotes += len(a.Quotes)
		} else {
			dev.Add(s)
			eDev.Add(es)
			if os.Getenv("READWELL_NEWS_ERRORS") != "" {
				printNewsErrors(a, got)
			}
			if os.Getenv("READWELL_NEWS_ENTITY_ERRORS") != "" {
				for _, m := range misses {
					fmt.Printf("%s: entity %q want %q got %q\n", a.Page[:12], m.Form, m.Want, m.Got)
				}
			}
		}
	}
	fmt.Printf("news read by hand (app/annotate/testdata/news): %d pages, %d quotations; kept aside (never read, page hash odd): %d pages, %d quotations\n",
		all.Articles, quotes, aside.Articles, asideQuotes)
	fmt.Println(newsbench.Header())
	fmt.Println(all.Row("readwell, all pages"))
	fmt.Println(aside.Row("readwell, kept aside"))
	fmt.Println(dev.Row("readwell, the rest"))
	fmt.Println("entities against testdata/news/entities.json (every person, organisation and place named, by hand):")
	fmt.Println(newsbench.EntityHeader())
	fmt.Println(eAll.Row("readwell, all pages"))
	fmt.Println(eAside.Row("readwell, kept aside"))
	fmt.Println(eDev.Row("readwell, the rest"))
}

// printNewsErrors prints the quotations of a page not kept aside whose
// speaker or kind came out wrong (READWELL_NEWS_ERRORS=1): the pages kept
// aside are never printed, so that nobody reads them.
func printNewsErrors(truth newsbench.Article, got article.Article) {
	pairs, names := newsbench.Pairs(truth, got)
	for _, p := range pairs {
		q, want := got.Quotes[p.Got], truth.Quotes[p.Want]
		one := newsbench.Article{Quotes: []newsbench.Quote{want}}
		s := newsbench.Score(one, article.Article{Entities: got.Entities, Quotes: []article.Quote{q}})
		if s.SpeakerOK+s.AbstainOK == 1 && s.KindOK == 1 {
			continue
		}
		fmt.Printf("%s: %.60q got %q (%s), want %q %v (%s)\n", truth.Page, q.Text, names[q.Speaker], q.Kind, want.Speaker, want.Also, want.Kind)
	}
}

// readPage reads a page, gunzipped when its name ends in .gz.
func readPage(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if !strings.HasSuffix(path, ".gz") {
		return io.ReadAll(f)
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(z)
}

// TestNewsTruthIsWellFormed: every page exists once, every quotation has
// words and a known kind, and no quotation is listed twice on a page.
func TestNewsTruthIsWellFormed(t *testing.T) {
	set, _ := loadNewsTruth(t)
	pages := map[string]bool{}
	for _, a := range set.Articles {
		if pages[a.Page] {
			t.Errorf("%s is listed twice", a.Page)
		}
		pages[a.Page] = true
		seen := map[string]bool{}
		for _, q := range a.Quotes {
			switch q.Kind {
			case "full", "partial", "term":
			default:
				t.Errorf("%s: %q has kind %q", a.Page, q.Text, q.Kind)
			}
			if q.Text == "" {
				t.Errorf("%s: a quotation without words", a.Page)
			}
			if seen[q.Text] {
				t.Logf("%s: %q is quoted twice", a.Page, q.Text)
			}
			seen[q.Text] = true
		}
	}
}

// TestNewsEntitiesAreWellFormed: the entity truth covers the quotations'
// pages, each once, with known kinds, a name, and a mention at least.
func TestNewsEntitiesAreWellFormed(t *testing.T) {
	set, ents := loadNewsTruth(t)
	pages := map[string]int{}
	for _, a := range ents.Articles {
		pages[a.Page]++
		for _, e := range a.Entities {
			for _, k := range append([]string{e.Kind}, e.Also...) {
				if k != "person" && k != "org" && k != "place" {
					t.Errorf("%s: %q has kind %q", a.Page, e.Name, k)
				}
			}
			if e.Name == "" || e.Mentions < 1 {
				t.Errorf("%s: %+v has no name or no mention", a.Page, e)
			}
		}
	}
	for _, a := range set.Articles {
		if pages[a.Page] != 1 {
			t.Errorf("%s has %d entity lists, want 1", a.Page, pages[a.Page])
		}
	}
}

// loadNewsTruth reads the news read by hand: who said each quotation, and
// the entities each page names.
func loadNewsTruth(t *testing.T) (*newsbench.Set, *newsbench.EntitySet) {
	t.Helper()
	set, err := newsbench.Load(filepath.Join("testdata", "news", "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	ents, err := newsbench.LoadEntities(filepath.Join("testdata", "news", "entities.json"))
	if err != nil {
		t.Fatal(err)
	}
	return set, ents
}
