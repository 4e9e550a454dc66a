package highlight

import (
	"strings"
	"testing"
	"time"

	"readwell/app/article"
)

var t0 = time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)

func blocks(texts ...string) []article.Block {
	out := make([]article.Block, len(texts))
	for i, t := range texts {
		out[i] = article.Block{Kind: "p", Text: t}
	}
	return out
}

func mustNew(tb testing.TB, a article.Article, sp Span) Highlight {
	tb.Helper()
	h, ok := New(a, sp, Green, t0)
	if !ok {
		tb.Fatalf("New(%+v) = not ok", sp)
	}
	return h
}

// sample is an article with a quotation and a mention in its second block.
func sample() article.Article {
	return article.Article{
		ID: "0123456789abcdef",
		Blocks: blocks(
			"The harbour reopened on Monday after a year of repairs.",
			"“We are open for business,” said Maria Lopez, the harbour master.",
			"Ferries resume next week.",
		),
		Entities: []article.Entity{{ID: "e1", Name: "Maria Lopez", Kind: "person"}},
		Quotes:   []article.Quote{{ID: "q1", Text: "We are open for business,", Speaker: "e1", Kind: "full", Block: 1, Start: 1, End: 26}},
		Mentions: []article.Mention{{Entity: "e1", Block: 1, Start: 33, End: 44}},
	}
}

func TestNew(t *testing.T) {
	a := sample()
	testCases := []struct {
		name     string
		sp       Span
		text     string
		speaker  string
		entities []string
	}{
		{"words in a block", Span{0, 4, 0, 11}, "harbour", "", nil},
		{"spaces trimmed", Span{0, 3, 0, 12}, "harbour", "", nil},
		{"inside a quotation", Span{1, 1, 1, 12}, "We are open", "Maria Lopez", nil},
		{"over a mention", Span{1, 28, 1, 44}, "said Maria Lopez", "", []string{"Maria Lopez"}},
		{"over two blocks", Span{0, 44, 1, 7}, "of repairs.\n“We are", "Maria Lopez", nil},
		{"end of one block to the next", Span{0, 55, 2, 7}, a.Blocks[1].Text + "\nFerries", "Maria Lopez", []string{"Maria Lopez"}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			h := mustNew(t, a, tc.sp)
			if h.Text != tc.text || h.Speaker != tc.speaker || strings.Join(h.Entities, ",") != strings.Join(tc.entities, ",") {
				t.Errorf("New(%+v) = %q, speaker %q, entities %v; want %q, %q, %v", tc.sp, h.Text, h.Speaker, h.Entities, tc.text, tc.speaker, tc.entities)
			}
			if h.Article != a.ID || h.Color != Green || h.ID == "" {
				t.Errorf("New(%+v) = %+v: article, colour or id missing", tc.sp, h)
			}
		})
	}
	for _, sp := range []Span{{0, 3, 0, 4}, {0, 5, 0, 5}, {2, 0, 1, 3}, {5, 0, 6, 1}} {
		if h, ok := New(a, sp, Yellow, t0); ok {
			t.Errorf("New(%+v) = %q, want no highlight", sp, h.Text)
		}
	}
	if h1, h2 := mustNew(t, a, Span{0, 4, 0, 11}), mustNew(t, a, Span{0, 4, 0, 11}); h1.ID == h2.ID {
		t.Errorf("two highlights made at once share the id %q", h1.ID)
	}
}

func TestResolve(t *testing.T) {
	a := sample()
	h := mustNew(t, a, Span{1, 1, 1, 26}) // We are open for business,
	twice := mustNew(t, article.Article{Blocks: blocks("Open late. The port is open late on Fridays.")}, Span{0, 23, 0, 32})
	testCases := []struct {
		name   string
		h      Highlight
		blocks []article.Block
		want   Span
		found  bool
	}{
		{"unchanged", h, a.Blocks, Span{1, 1, 1, 26}, true},
		{"text changed before it in its block", h, blocks(a.Blocks[0].Text, "Tuesday: “We are open for business,” said Maria Lopez.", a.Blocks[2].Text), Span{1, 10, 1, 35}, true},
		{"a block inserted before it", h, blocks("New first paragraph.", a.Blocks[0].Text, a.Blocks[1].Text, a.Blocks[2].Text), Span{2, 1, 2, 26}, true},
		{"its block split inside it", h, blocks(a.Blocks[0].Text, "“We are open", "for business,” said Maria Lopez.", a.Blocks[2].Text), Span{1, 1, 2, 13}, true},
		{"blocks joined", mustNew(t, a, Span{0, 44, 1, 7}), blocks(a.Blocks[0].Text + " " + a.Blocks[1].Text), Span{0, 44, 0, 63}, true},
		{"its text gone", h, blocks(a.Blocks[0].Text, "“We are closed,” said Maria Lopez."), Span{}, false},
		{"the context picks the occurrence", twice, blocks("Open late. The port is open late on Fridays. Shops are open late too."), Span{0, 23, 0, 32}, true},
		{"the context picks the moved occurrence", twice, blocks("Shops are open late too. Open late. The port is open late on Fridays."), Span{0, 48, 0, 57}, true},
		{"an empty article", h, nil, Span{}, false},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got, found := Resolve(tc.blocks, tc.h)
			if got != tc.want || found != tc.found {
				t.Errorf("Resolve(%q) = %+v, %v; want %+v, %v", tc.h.Text, got, found, tc.want, tc.found)
			}
		})
	}
}

func TestPlaceAndCut(t *testing.T) {
	a := sample()
	h1 := mustNew(t, a, Span{0, 44, 1, 7})  // of repairs. / “We are
	h2 := mustNew(t, a, Span{1, 33, 1, 44}) // Maria Lopez
	h3 := mustNew(t, a, Span{1, 3, 1, 11})  // overlaps h1
	gone := h2
	gone.ID, gone.Text, gone.Block, gone.EndBlock = "gone", "not in the article", 9, 9
	p := Place(a.Blocks, []Highlight{h1, h2, h3, gone})
	if strings.Join(p.Lost, ",") != h3.ID+",gone" {
		t.Errorf("Place: lost %v, want the overlapping one and the missing one", p.Lost)
	}
	if len(p.Marks[0]) != 1 || len(p.Marks[1]) != 2 || !p.Marks[0][0].First || p.Marks[1][0].First {
		t.Fatalf("Place: marks %+v", p.Marks)
	}
	// The quotation's text run (runes 1 to 26 of block 1) holds the end of h1.
	var got []string
	for _, pc := range Cut(string([]rune(a.Blocks[1].Text)[1:26]), 1, p.Marks[1]) {
		s := pc.Text
		if pc.Mark != nil {
			s = "[" + s + "]"
		}
		got = append(got, s)
	}
	if strings.Join(got, "") != "[We are] open for business," {
		t.Errorf("Cut = %q", got)
	}
	// A mention's run lies wholly in h2.
	if pcs := Cut("Maria Lopez", 33, p.Marks[1]); len(pcs) != 1 || pcs[0].Mark == nil || !pcs[0].First || pcs[0].Mark.ID != h2.ID {
		t.Errorf("Cut(mention) = %+v", pcs)
	}
}

func TestCheck(t *testing.T) {
	a := sample()
	good := mustNew(t, a, Span{0, 4, 0, 11})
	lost := mustNew(t, a, Span{2, 0, 2, 7})
	lost.Text = "Trains" // gone from the text, but its place is in the article
	over := mustNew(t, a, Span{0, 0, 0, 11})
	outside := good
	outside.ID, outside.Text, outside.Block, outside.EndBlock, outside.End = "out", "nowhere to be found", 7, 7, 3
	foreign := mustNew(t, a, Span{2, 0, 2, 7})
	foreign.Article = "fedcba9876543210"
	dup := mustNew(t, a, Span{2, 8, 2, 14})
	dup.ID = good.ID
	noID := mustNew(t, a, Span{2, 8, 2, 14})
	noID.ID = ""
	kept, skipped := Check(a, []Highlight{good, lost, over, outside, foreign, dup, noID})
	if len(kept) != 2 || kept[0].ID != good.ID || kept[1].ID != lost.ID {
		t.Errorf("Check kept %+v, want the good one and the lost one", kept)
	}
	want := []string{
		"highlight 3: overlaps highlight 1",
		"highlight 4: points outside the text",
		"highlight 5: belongs to another article",
		"highlight 6: the same id as highlight 1",
		"highlight 7: no valid id",
	}
	if strings.Join(skipped, "\n") != strings.Join(want, "\n") {
		t.Errorf("Check skipped:\n%s\nwant:\n%s", strings.Join(skipped, "\n"), strings.Join(want, "\n"))
	}
}
