package extract

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"readwell/app/article"
)

// devMetaTruth is testdata/dev-meta.json: the byline, date and title each
// dev page shows a reader, written by hand from the pages (its "about"
// field says how). A field left empty means the page shows none.
type devMetaTruth struct {
	About string `json:"about"`
	Pages map[string]struct {
		Title    string `json:"title"`
		Byline   string `json:"byline"`
		Date     string `json:"date"`
		DateAlso string `json:"dateAlso"`
		Note     string `json:"note"`
	} `json:"pages"`
}

// metaFloors are just under what the extractor reaches: a change that
// loses a page or two on any of them fails the test.
var metaFloors = map[string]struct{ all, aside float64 }{
	"byline": {0.96, 0.85},
	"date":   {0.98, 0.94},
	"title":  {0.97, 0.94},
}

// keptAside reports whether a page belongs to the part of the dev set that
// rules are never tuned on: its host's FNV-1a hash is 0 modulo 5, so all
// pages of a site fall on the same side.
func keptAside(pageURL string) bool {
	u, err := url.Parse(pageURL)
	if err != nil {
		return false
	}
	h := fnv.New32a()
	h.Write([]byte(strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")))
	return h.Sum32()%5 == 0
}

// fnvHost is the FNV-1a hash keptAside reads, for folds inside the tuning
// part (hash / 5, so the folds do not follow the kept-aside cut).
func fnvHost(pageURL string) uint32 {
	u, err := url.Parse(pageURL)
	if err != nil {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")))
	return h.Sum32() / 5
}

// metaRate counts, for one field, the pages that carry it and those where
// the extractor is right.
type metaRate struct{ carried, right, asideCarried, asideRight int }

func (r metaRate) all() float64   { return ratio(r.right, r.carried) }
func (r metaRate) aside() float64 { return ratio(r.asideRight, r.asideCarried) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// metaMiss is one field the extractor got wrong on a page.
type metaMiss struct{ id, field, got, want string }

// devMetaRates runs the HTML path over the dev pages and scores byline,
// date and title against testdata/dev-meta.json. Misses are returned for
// the tuning part only: the kept-aside part is looked at as a rate.
func devMetaRates(tb testing.TB) (map[string]*metaRate, []metaMiss) {
	tb.Helper()
	var pages []metaPage
	for _, p := range loadDevHTML(tb) {
		a, _ := Page(p.html, p.url, "text/html; charset=utf-8")
		pages = append(pages, metaPage{p.id, p.url, a})
	}
	return scoreMeta(tb, pages)
}

// devTextMetaRates is devMetaRates for the plain-text path: the same
// pages' dumps, the same truth.
func devTextMetaRates(tb testing.TB) (map[string]*metaRate, []metaMiss) {
	tb.Helper()
	var pages []metaPage
	for _, p := range loadDevText(tb) {
		a, _ := Text(p.input)
		pages = append(pages, metaPage{p.id, p.url, a})
	}
	return scoreMeta(tb, pages)
}

// metaPage is one page's extracted article.
type metaPage struct {
	id, url string
	a       article.Article
}

func scoreMeta(tb testing.TB, pages []metaPage) (map[string]*metaRate, []metaMiss) {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "dev-meta.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var truth devMetaTruth
	if err := json.Unmarshal(raw, &truth); err != nil {
		tb.Fatalf("dev-meta.json: %v", err)
	}
	rates := map[string]*metaRate{"byline": {}, "date": {}, "title": {}}
	var misses []metaMiss
	for _, p := range pages {
		want, ok := truth.Pages[p.id]
		if !ok {
			tb.Fatalf("dev-meta.json has no page %s", p.id)
		}
		a := p.a
		aside := keptAside(p.url)
		check := func(field, got, w string, right bool) {
			if w == "" {
				return
			}
			r := rates[field]
			r.carried++
			if aside {
				r.asideCarried++
			}
			if right {
				r.right++
				if aside {
					r.asideRight++
				}
			} else if !aside {
				misses = append(misses, metaMiss{p.id[:8], field, got, w})
			}
		}
		check("byline", a.Byline, want.Byline, sameByline(a.Byline, want.Byline))
		day := a.Published
		if len(day) > 10 {
			day = day[:10]
		}
		check("date", a.Published, want.Date, day == want.Date || want.DateAlso != "" && day == want.DateAlso)
		check("title", a.Title, want.Title, normTitle(a.Title) == normTitle(want.Title))
	}
	sort.Slice(misses, func(i, j int) bool { return misses[i].field+misses[i].id < misses[j].field+misses[j].id })
	return rates, misses
}

// metaReport is the one line make bench prints beside the body F1.
func metaReport(rates map[string]*metaRate) string {
	var b strings.Builder
	b.WriteString("readwell metadata right, all dev / kept-aside:")
	for _, f := range []string{"byline", "date", "title"} {
		r := rates[f]
		fmt.Fprintf(&b, " %s %.3f (%d/%d) / %.3f (%d/%d)", f, r.all(), r.right, r.carried, r.aside(), r.asideRight, r.asideCarried)
	}
	return b.String()
}

// TestDevMeta checks byline, date and title on the dev pages against the
// hand-written truth; it fails when a rate drops below its floor. With
// READWELL_META_MISSES set it prints what the tuning part gets wrong.
func TestDevMeta(t *testing.T) {
	rates, misses := devMetaRates(t)
	t.Log(metaReport(rates))
	if os.Getenv("READWELL_META_MISSES") != "" {
		for _, m := range misses {
			fmt.Printf("%s %-6s got %q want %q\n", m.id, m.field, m.got, m.want)
		}
	}
	for field, floor := range metaFloors {
		r := rates[field]
		if got := r.all(); got < floor.all {
			t.Errorf("%s right on all dev pages = %.3f, want >= %.3f", field, got, floor.all)
		}
		if got := r.aside(); got < floor.aside {
			t.Errorf("%s right on the kept-aside pages = %.3f, want >= %.3f", field, got, floor.aside)
		}
	}
}

// sameByline compares bylines as sets of names: case, "By", "the", and
// whether several authors are joined with ", ", " and " or " & " do not
// matter.
func sameByline(got, want string) bool {
	g, w := bylineSet(got), bylineSet(want)
	if len(g) != len(w) || len(g) == 0 {
		return false
	}
	for i := range g {
		if g[i] != w[i] {
			return false
		}
	}
	return true
}

func bylineSet(s string) []string {
	s = strings.ToLower(collapseSpace(s))
	s = strings.TrimPrefix(s, "by ")
	for _, sep := range []string{" and ", " & ", " und ", " e ", " y "} {
		s = strings.ReplaceAll(s, sep, ",")
	}
	var names []string
	for _, n := range strings.Split(s, ",") {
		n = strings.TrimPrefix(strings.TrimSpace(n), "the ")
		if n != "" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// normTitle folds what a reader does not notice: case, curly quotes,
// an ellipsis character, runs of spaces.
func normTitle(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "…", "...", "\u00a0", " ").Replace(s)
	return strings.ToLower(collapseSpace(s))
}

func TestSameByline(t *testing.T) {
	tests := []struct {
		name, got, want string
		same            bool
	}{
		{"exact", "Jo Doe", "Jo Doe", true},
		{"case and by", "BY JO DOE", "Jo Doe", true},
		{"and versus comma", "Ann Lee, Jo Doe", "Jo Doe and Ann Lee", true},
		{"one of two", "Jo Doe", "Jo Doe and Ann Lee", false},
		{"the agency", "Associated Press", "The Associated Press", true},
		{"empty", "", "Jo Doe", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameByline(tt.got, tt.want); got != tt.same {
				t.Errorf("sameByline(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.same)
			}
		})
	}
}
