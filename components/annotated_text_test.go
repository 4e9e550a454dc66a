package components

import (
	"strings"
	"testing"

	"readwell/app/article"
)

func spell(segs []segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.quote != nil {
			b.WriteString("[" + spell(s.children) + "]")
			continue
		}
		if s.mention != nil {
			b.WriteString("<" + s.text + ">")
			continue
		}
		b.WriteString(s.text)
	}
	return b.String()
}

func TestBlockSegments(t *testing.T) {
	text := `"No, President Trump, our territory," Sheinbaum declared.`
	q := []article.Quote{{ID: "q1", Start: 1, End: 35}}
	m := []indexedMention{
		{article.Mention{Entity: "donald-trump", Start: 15, End: 20}, 0},
		{article.Mention{Entity: "claudia-sheinbaum", Start: 38, End: 47}, 1},
	}
	got := spell(blockSegments(text, q, m))
	want := `["No, President <Trump>, our territory,"] <Sheinbaum> declared.`
	if got != want {
		t.Errorf("blockSegments = %s\nwant          %s", got, want)
	}
}

// Broken spans never lose or repeat text.
func TestBlockSegmentsBadSpans(t *testing.T) {
	text := "Mexico rejects aid."
	cases := [][]article.Quote{
		{{Start: 5, End: 100}},
		{{Start: 3, End: 2}},
		{{Start: 0, End: 6}, {Start: 2, End: 8}},
	}
	for _, q := range cases {
		segs := blockSegments(text, q, []indexedMention{{article.Mention{Start: 0, End: 50}, 0}, {article.Mention{Start: 7, End: 14}, 1}})
		plain := strings.NewReplacer("[", "", "]", "", "<", "", ">", "").Replace(spell(segs))
		if plain != text {
			t.Errorf("segments spell %q, want %q", plain, text)
		}
	}
}
