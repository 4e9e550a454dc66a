package annotate

import (
	"os"
	"strings"
	"testing"
	"time"

	"readwell/app/article"
)

// fuzzBudget is the most one fuzz input may take: annotation is linear, so
// even the fuzzer's largest inputs take milliseconds; a quadratic path
// (issue 13) takes seconds.
const fuzzBudget = time.Second

// FuzzAnnotate: any paragraphs — no panic; every span inside its block;
// quote text is the block's text at its offsets; speakers are entities;
// within fuzzBudget.
func FuzzAnnotate(f *testing.F) {
	seed, err := os.ReadFile("../seed/mexico-sovereignty.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	for _, c := range mustCases(f) {
		f.Add(strings.Join(c.Paras, "\n"))
	}
	f.Add("\"unclosed ‘ « „ “ quote marks » ’ \" \"")
	f.Fuzz(func(t *testing.T, s string) {
		start := time.Now()
		defer func() {
			if d := time.Since(start); d > fuzzBudget {
				t.Errorf("Article(%d bytes) took %v, want at most %v", len(s), d, fuzzBudget)
			}
		}()
		a := article.Article{}
		for _, p := range strings.Split(s, "\n") {
			a.Blocks = append(a.Blocks, article.Block{Kind: article.KindParagraph, Text: p})
		}
		Article(&a)
		ids := map[string]bool{}
		for _, e := range a.Entities {
			ids[e.ID] = true
			if e.Name == "" || e.Mentions <= 0 {
				t.Fatalf("entity %+v without name or mentions", e)
			}
		}
		for _, q := range a.Quotes {
			text := []rune(a.Blocks[q.Block].Text)
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				t.Fatalf("quote %+v outside block of %d runes", q, len(text))
			}
			if string(text[q.Start:q.End]) != q.Text {
				t.Fatalf("quote text %q is not the block's %q", q.Text, string(text[q.Start:q.End]))
			}
			if q.Speaker != "" && !ids[q.Speaker] {
				t.Fatalf("speaker %q is no entity", q.Speaker)
			}
			if q.Kind != kindFull && q.Kind != kindPartial && q.Kind != kindTerm {
				t.Fatalf("quote kind %q", q.Kind)
			}
		}
		for _, m := range a.Mentions {
			text := []rune(a.Blocks[m.Block].Text)
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || !ids[m.Entity] {
				t.Fatalf("mention %+v outside its block or of no entity", m)
			}
		}
	})
}

// BenchmarkAnnotate times the seed and a 10,000-word article built from
// the seed's paragraphs and the sentence set.
func BenchmarkAnnotate(b *testing.B) {
	seedArticle := mustSeed(b)
	var long article.Article
	words := 0
	for words < 10000 {
		for _, blk := range seedArticle.Blocks {
			long.Blocks = append(long.Blocks, blk)
			words += len(strings.Fields(blk.Text))
		}
		for _, c := range mustCases(b) {
			for _, p := range c.Paras {
				long.Blocks = append(long.Blocks, article.Block{Kind: article.KindParagraph, Text: p})
				words += len(strings.Fields(p))
			}
		}
	}
	for _, tc := range []struct {
		name string
		a    article.Article
	}{{"seed", seedArticle}, {"10k-words", long}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				a := tc.a
				Article(&a)
			}
		})
	}
}
