package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"readwell/app/article"
)

// devTextDir is the plain-text split of the shared benchmark, beside the
// repository (../shared in a checkout and in CI).
const devTextDir = "../../../shared/extract-bench/dev-text"

type benchPage struct {
	id, url, input, truth string
}

func loadDevText(tb testing.TB) []benchPage {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(devTextDir, "ground-truth.json"))
	if err != nil {
		tb.Skipf("benchmark data not found: %v", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		tb.Fatalf("ground-truth.json: %v", err)
	}
	var pages []benchPage
	for id, t := range truth {
		input, err := os.ReadFile(filepath.Join(devTextDir, "text", id+".txt"))
		if err != nil {
			tb.Fatalf("page %s: %v", id, err)
		}
		pages = append(pages, benchPage{id: id, url: t.URL, input: string(input), truth: t.ArticleBody})
	}
	return pages
}

func bodyText(s string) string {
	a, err := Text(s)
	if err != nil {
		return ""
	}
	return bodyTextOf(a.Blocks)
}

func bodyTextOf(blocks []article.Block) string {
	parts := make([]string, 0, len(blocks))
	for _, b := range blocks {
		if b.Text != "" {
			parts = append(parts, b.Text)
		}
	}
	return strings.Join(parts, "\n\n")
}

// BenchmarkTextDev runs the plain-text path over the 122 dev-text dumps and
// reports the benchmark's precision, recall and F1 beside the time per page.
func BenchmarkTextDev(b *testing.B) {
	pages := loadDevText(b)
	var score benchScore
	for _, p := range pages {
		score.add(shingleScore(bodyText(p.input), p.truth))
	}
	prec, rec, f1 := score.result()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			_, _ = Text(p.input)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*len(pages)), "ms/page")
	b.ReportMetric(prec, "P")
	b.ReportMetric(rec, "R")
	b.ReportMetric(f1, "F1")
}

// TestTextDevReport prints the plain-text path's score on each dev-text
// page, worst first, when READWELL_BENCH_REPORT is set (a measurement for
// make bench, not a test).
func TestTextDevReport(t *testing.T) {
	if os.Getenv("READWELL_BENCH_REPORT") == "" {
		t.Skip("set READWELL_BENCH_REPORT=1 to print the per-page report")
	}
	type row struct {
		id                string
		p, r, f1          float64
		predicted, truthN int
	}
	var rows []row
	var score, aside benchScore
	pages := loadDevText(t)
	for _, p := range pages {
		got := bodyText(p.input)
		tp, fp, fn := shingleScore(got, p.truth)
		score.add(tp, fp, fn)
		if keptAside(p.url) {
			aside.add(tp, fp, fn)
			continue
		}
		pr, rc, f := ratios(tp, fp, fn)
		rows = append(rows, row{p.id[:12], pr, rc, f, len(tokens(got)), len(tokens(p.truth))})
	}
	sort.Slice(rows, func(i, j int) bool {
		return rows[i].f1 < rows[j].f1 || rows[i].f1 == rows[j].f1 && rows[i].id < rows[j].id
	})
	fmt.Printf("readwell text path on %d dev-text pages: %s\n", len(pages), splitReport(score, aside))
	metaRates, _ := devTextMetaRates(t)
	fmt.Println("text path " + metaReport(metaRates))
	fmt.Println("worst pages of the tuning part:")
	for _, r := range rows[:min(25, len(rows))] {
		fmt.Printf("%s F1 %.3f P %.3f R %.3f words %5d/%5d\n", r.id, r.f1, r.p, r.r, r.predicted, r.truthN)
	}
}
