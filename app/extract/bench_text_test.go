package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"readwell/app/article"
)

// devTextDir is the plain-text split of the shared benchmark, beside the
// repository (../shared in a checkout and in CI).
const devTextDir = "../../../shared/extract-bench/dev-text"

type benchPage struct {
	id, input, truth string
}

func loadDevText(tb testing.TB) []benchPage {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(devTextDir, "ground-truth.json"))
	if err != nil {
		tb.Skipf("benchmark data not found: %v", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
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
		pages = append(pages, benchPage{id: id, input: string(input), truth: t.ArticleBody})
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
