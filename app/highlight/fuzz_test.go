package highlight

import (
	"testing"
	"unicode/utf8"
)

// FuzzCheck: any imported highlight — no panic; what is kept and found
// lies inside the text, and kept highlights never overlap.
func FuzzCheck(f *testing.F) {
	a := sample()
	f.Add("We are open", 1, 1, 1, 12, "“", " for")
	f.Add("of repairs. “We", 0, 44, 1, 3, "", "")
	f.Add("x", -1, 99, -5, 3, "\xff", "")
	f.Fuzz(func(t *testing.T, text string, block, start, endBlock, end int, prefix, suffix string) {
		h := Highlight{ID: "a", Text: text, Block: block, Start: start, EndBlock: endBlock, End: end, Prefix: prefix, Suffix: suffix}
		h2 := h
		h2.ID = "b"
		kept, _ := Check(a, []Highlight{h, h2})
		p := Place(a.Blocks, kept)
		if len(p.Spans) > 1 {
			t.Fatalf("two overlapping highlights both placed: %+v", p.Spans)
		}
		for _, sp := range p.Spans {
			if !inRange(a.Blocks, sp) {
				t.Fatalf("placed outside the text: %+v", sp)
			}
		}
		for b, ms := range p.Marks {
			for _, m := range ms {
				if m.Start < 0 || m.End > utf8.RuneCountInString(a.Blocks[b].Text) || m.Start >= m.End {
					t.Fatalf("mark outside its block: %+v", m)
				}
			}
		}
		_, _ = New(a, Span{block, start, endBlock, end}, "", t0)
	})
}
