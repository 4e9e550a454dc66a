package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// devHTMLDir is the HTML split of the shared benchmark (../shared beside
// the repository, in a checkout and in CI).
const devHTMLDir = "../../../shared/extract-bench/dev"

type htmlPage struct {
	id, url, truth string
	html           []byte
}

func loadDevHTML(tb testing.TB) []htmlPage {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(devHTMLDir, "ground-truth.json"))
	if err != nil {
		tb.Skipf("benchmark data not found: %v", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		tb.Fatal(err)
	}
	var pages []htmlPage
	for id, t := range truth {
		f, err := os.Open(filepath.Join(devHTMLDir, "html", id+".html.gz"))
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, htmlPage{id: id, url: t.URL, truth: t.ArticleBody, html: data})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages
}

// engine is one extractor under comparison: page → body text.
type engine struct {
	name string
	run  func(p htmlPage) string
}

var engines = []engine{
	{"readwell", func(p htmlPage) string {
		a, err := Page(p.html, p.url, "text/html; charset=utf-8")
		if err != nil {
			return ""
		}
		return bodyTextOf(a.Blocks)
	}},
	{"go-readability v2.1.3", func(p htmlPage) string {
		u, _ := url.Parse(p.url)
		a, err := readability.FromReader(bytes.NewReader(p.html), u)
		if err != nil {
			return ""
		}
		var b strings.Builder
		if err := a.RenderText(&b); err != nil {
			return ""
		}
		return b.String()
	}},
}

// BenchmarkHTMLDev scores each engine on the dev pages (P, R, F1 as the
// extract-bench README defines them) and times it per page.
func BenchmarkHTMLDev(b *testing.B) {
	pages := loadDevHTML(b)
	for _, e := range engines {
		b.Run(e.name, func(b *testing.B) {
			var score benchScore
			for _, p := range pages {
				score.add(shingleScore(e.run(p), p.truth))
			}
			prec, rec, f1 := score.result()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, p := range pages {
					e.run(p)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N*len(pages)), "ms/page")
			b.ReportMetric(prec, "P")
			b.ReportMetric(rec, "R")
			b.ReportMetric(f1, "F1")
		})
	}
}

// TestHTMLDevReport prints the per-page table and the worst pages when
// READWELL_BENCH_REPORT is set; it asserts nothing about the score, which
// is a measurement (make bench), not a test.
func TestHTMLDevReport(t *testing.T) {
	if os.Getenv("READWELL_BENCH_REPORT") == "" {
		t.Skip("set READWELL_BENCH_REPORT=1 to print the per-page report")
	}
	pages := loadDevHTML(t)
	type row struct {
		id, url    string
		p, r, f1   float64
		ms         float64
		predicted  int
		truthWords int
	}
	var rows []row
	var score, aside benchScore
	for _, p := range pages {
		start := time.Now()
		got := engines[0].run(p)
		ms := float64(time.Since(start).Microseconds()) / 1000
		tp, fp, fn := shingleScore(got, p.truth)
		score.add(tp, fp, fn)
		if keptAside(p.url) {
			aside.add(tp, fp, fn)
			continue // the kept-aside part is read as a rate, never page by page
		}
		pr, rc, f := ratios(tp, fp, fn)
		rows = append(rows, row{p.id[:12], p.url, pr, rc, f, ms, len(tokens(got)), len(tokens(p.truth))})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].f1 < rows[j].f1 })
	fmt.Printf("readwell on %d dev pages: %s\n", len(pages), splitReport(score, aside))
	metaRates, _ := devMetaRates(t)
	fmt.Println(metaReport(metaRates))
	fmt.Println("worst pages of the tuning part:")
	for _, r := range rows[:min(25, len(rows))] {
		fmt.Printf("%s F1 %.3f P %.3f R %.3f words %5d/%5d %6.1f ms %s\n", r.id, r.f1, r.p, r.r, r.predicted, r.truthWords, r.ms, r.url)
	}
}

// splitReport prints P, R and F1 on the whole dev set and on its
// kept-aside part (keptAside: the same hosts as for the metadata).
func splitReport(all, aside benchScore) string {
	p, r, f := all.result()
	ap, ar, af := aside.result()
	return fmt.Sprintf("P %.3f R %.3f F1 %.4f whole / P %.3f R %.3f F1 %.4f kept-aside (%d pages)", p, r, f, ap, ar, af, aside.pN)
}

// ratios are one page's precision, recall and F1.
func ratios(tp, fp, fn int) (p, r, f1 float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// TestHTMLDevPage prints one dev page's blocks beside its true body, for
// READWELL_DEBUG_PAGE=<id prefix>.
func TestHTMLDevPage(t *testing.T) {
	prefix := os.Getenv("READWELL_DEBUG_PAGE")
	if prefix == "" {
		t.Skip("set READWELL_DEBUG_PAGE=<id prefix>")
	}
	for _, p := range loadDevHTML(t) {
		if !strings.HasPrefix(p.id, prefix) {
			continue
		}
		debugScores = func(n *html.Node, score float64, s textStats) {
			fmt.Printf("candidate <%s class=%q id=%q> score %.1f text %d links %d\n", n.Data, attr(n, "class"), attr(n, "id"), score, s.text, s.link)
		}
		a, err := Page(p.html, p.url, "text/html; charset=utf-8")
		debugScores = nil
		fmt.Printf("url %s\nerr %v\ntitle %q\n", p.url, err, a.Title)
		for i, b := range a.Blocks {
			fmt.Printf("%3d %-10s %.150q\n", i, b.Kind, b.Text)
		}
		fmt.Printf("---- truth\n%.3000s\n", p.truth)
	}
}

// TestHTMLDevTrace prints the ancestors of the first text node holding
// READWELL_TRACE_TEXT in page READWELL_DEBUG_PAGE, before any cleaning.
func TestHTMLDevTrace(t *testing.T) {
	prefix, needle := os.Getenv("READWELL_DEBUG_PAGE"), os.Getenv("READWELL_TRACE_TEXT")
	if prefix == "" || needle == "" {
		t.Skip("set READWELL_DEBUG_PAGE and READWELL_TRACE_TEXT")
	}
	for _, p := range loadDevHTML(t) {
		if !strings.HasPrefix(p.id, prefix) {
			continue
		}
		root, err := html.Parse(bytes.NewReader(p.html))
		if err != nil {
			t.Fatal(err)
		}
		var found *html.Node
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if found != nil {
				return
			}
			if n.Type == html.TextNode && strings.Contains(n.Data, needle) {
				found = n
				return
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
		for n := found; n != nil; n = n.Parent {
			if n.Type == html.ElementNode {
				fmt.Printf("<%s %v> removable=%v boilerplate=%v\n", n.Data, n.Attr, removable(n), isBoilerplate(n))
			}
		}
	}
}
