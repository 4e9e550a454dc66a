package library

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// BenchmarkSearch1000 searches a library of 1,000 articles of about 5 KB
// of text each, newest first, as the library page does on each keystroke.
func BenchmarkSearch1000(b *testing.B) {
	body := strings.Repeat("the harbour reopened on monday in cardiff, said the mayor. ", 90)
	list := make([]Summary, 1000)
	for i := range list {
		list[i] = Summary{ID: fmt.Sprintf("%016x", i), Title: fmt.Sprintf("Article %d", i),
			SavedAt: t0.Add(-time.Duration(i) * time.Minute), Search: fmt.Sprintf("article %d %s word%d", i, body, i)}
	}
	for _, query := range []string{"", "w", "word7", "word777"} {
		b.Run(fmt.Sprintf("%q", query), func(b *testing.B) {
			for b.Loop() {
				Search(list, query)
			}
		})
	}
}
