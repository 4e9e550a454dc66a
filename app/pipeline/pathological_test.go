package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"readwell/app/annotate"
	"readwell/app/extract"
)

// pathological are the inputs of the security review (issue 13) that made
// the pipeline quadratic or its memory and output blow up, each built to n
// bytes.
var pathological = []struct {
	name string
	make func(n int) string
}{
	// One paragraph of `"a" "a" …`: a quotation every four bytes.
	{"quotes", func(n int) string { return repeatTo(`"a" `, n) }},
	// `Mr. A. B. C. …`: initials and abbreviations, a name candidate every
	// few bytes, no sentence end.
	{"initials", func(n int) string { return repeatTo("Mr. A. B. C. ", n) }},
	// Short paragraphs: a block every ten bytes.
	{"paragraphs", func(n int) string { return repeatTo("Ab cd ef.\n\n", n) }},
	// Thousands of distinct organisations, each named once: resolving a
	// short form walked every organisation for every name.
	{"organisations", func(n int) string {
		var b strings.Builder
		words := []string{"Alpha", "Beta", "Gamma", "Delta", "Omega"}
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "The %s%d %s Group met. ", words[i%5], i, words[(i/5)%5])
			if i%20 == 19 {
				b.WriteString("\n\n")
			}
		}
		return b.String()[:n]
	}},
	// Thousands of organisations, each with its acronym: finding what an
	// acronym abbreviates walked every organisation.
	{"acronyms", func(n int) string {
		var b strings.Builder
		const letters = "ABCDEFGHKLMNPRSTVW"
		for i := 0; b.Len() < n; i++ {
			x, y, z := letters[i%18], letters[(i/18)%18], letters[(i/324)%18]
			fmt.Fprintf(&b, "The %cxx %cxx %cxx Group said. The %c%c%cG met. ", x, y, z, x, y, z)
			if i%10 == 9 {
				b.WriteString("\n\n")
			}
		}
		return b.String()[:n]
	}},
	// HTML that leaves 300 distinct <b> open, then short paragraphs: the
	// parser re-creates every open formatting element in each paragraph.
	{"nested-tags", func(n int) string {
		var b strings.Builder
		b.WriteString("<html><body><article><p>")
		for i := 0; i < 300; i++ {
			fmt.Fprintf(&b, "<b id=b%d>", i)
		}
		b.WriteString("</p>")
		return b.String() + repeatTo("<p>The cat sat on the mat, he said.</p>", n-b.Len())
	}},
}

// repeatTo repeats unit up to n bytes.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, max(n, 0)/len(unit)+1)[:max(n, 0)]
}

// allocated is how many bytes f allocates: a count of the work it does
// that, unlike a time, does not depend on the machine or its load.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestPathologicalLinear: four times the input costs at most about four
// times the work (allocated bytes), for each pathological input. Before
// the fix `"a" ` allocated 16 times as much for 4 times the text.
func TestPathologicalLinear(t *testing.T) {
	for _, tc := range pathological {
		t.Run(tc.name, func(t *testing.T) {
			small, large := tc.make(64<<10), tc.make(256<<10)
			work := func(s string) uint64 {
				return allocated(func() { Page([]byte(s), "", "") })
			}
			work(small) // warm up: package-level tables, models
			ws, wl := work(small), work(large)
			if wl > 6*ws {
				t.Errorf("Page(%s: 256 KB) allocates %d B, Page(64 KB) %d B: ×%.1f, want at most ×6 (linear)",
					tc.name, wl, ws, float64(wl)/float64(ws))
			}
		})
	}
}

// TestPathologicalBounded: what the pipeline makes of each pathological
// input stays within the documented caps, and 256 KB of `"a" ` (12 s and
// 65,536 quotes before the fix) goes through.
func TestPathologicalBounded(t *testing.T) {
	for _, tc := range pathological {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Page([]byte(tc.make(256<<10)), "", "")
			if err != nil && !errors.Is(err, extract.ErrNoArticle) {
				t.Fatalf("Page(%s) error = %v", tc.name, err)
			}
			if len(a.Blocks) > extract.MaxBlocks+1 || len(a.Quotes) > annotate.MaxQuotes || len(a.Mentions) > annotate.MaxMentions {
				t.Errorf("Page(%s) = %d blocks, %d quotes, %d mentions; want at most %d+1, %d, %d",
					tc.name, len(a.Blocks), len(a.Quotes), len(a.Mentions), extract.MaxBlocks, annotate.MaxQuotes, annotate.MaxMentions)
			}
		})
	}
	t.Run("256 KB of quotes", func(t *testing.T) {
		a, err := Text(repeatTo(`"a" `, 256<<10))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Blocks) != 1 || len(a.Quotes) != annotate.MaxQuotesPerBlock {
			t.Errorf("Text(256 KB of quotes) = %d blocks, %d quotes; want 1 and %d", len(a.Blocks), len(a.Quotes), annotate.MaxQuotesPerBlock)
		}
	})
}

// TestPageContextCancelled: a cancelled context stops the pipeline with
// its error, and no article.
func TestPageContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct{ name, page string }{
		{"text", "Title\n\nOne sentence that is long enough to count as the body of an article here."},
		{"html", "<html><body><article><p>One sentence that is long enough to count as the body of an article here.</p></article></body></html>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := PageContext(ctx, []byte(tc.page), "", "")
			if !errors.Is(err, context.Canceled) || len(a.Blocks) != 0 {
				t.Errorf("PageContext(cancelled, %s) = %d blocks, %v; want none, context.Canceled", tc.name, len(a.Blocks), err)
			}
		})
	}
}

// BenchmarkPipelinePathological runs the whole pipeline over each
// pathological input at 10 KB, 100 KB and 1 MB: ns/op should grow about
// tenfold per step (linear), never a hundredfold.
func BenchmarkPipelinePathological(b *testing.B) {
	for _, tc := range pathological {
		for _, size := range []struct {
			name string
			n    int
		}{{"10KB", 10 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}} {
			page := []byte(tc.make(size.n))
			b.Run(tc.name+"/"+size.name, func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					Page(page, "", "")
				}
			})
		}
	}
}
