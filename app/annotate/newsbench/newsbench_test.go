package newsbench

import (
	"testing"

	"readwell/app/article"
)

// TestScore: speakers by last name or an accepted other answer, nobody's
// quotes right when left empty, kinds counted over matched quotes.
func TestScore(t *testing.T) {
	truth := Article{Page: "p", Quotes: []Quote{
		{Text: "We will not back down from this fight", Speaker: "Claudia Sheinbaum", Kind: "full"},
		{Text: "foreign terrorist groups", Speaker: "", Kind: "term"},
		{Text: "the company will grow next year", Speaker: "", Also: []string{"Apple"}, Kind: "full"},
		{Text: "never found by anyone at all", Speaker: "Tim Cook", Kind: "full"},
		{Text: "threats to harm lawmakers are crimes", Speaker: "James P. Kennedy Jr.", Kind: "full"},
	}}
	got := article.Article{
		Entities: []article.Entity{{ID: "s", Name: "Sheinbaum"}, {ID: "a", Name: "Apple Inc."}, {ID: "t", Name: "Donald Trump"}, {ID: "k", Name: "James P. Kennedy"}},
		Quotes: []article.Quote{
			{Text: "We will not back down from this fight", Speaker: "s", Kind: "full"},
			{Text: "foreign terrorist groups", Speaker: "t", Kind: "term"},
			{Text: "the company will grow next year", Speaker: "", Kind: "partial"},
			{Text: "something else entirely", Kind: "full"},
			{Text: "threats to harm lawmakers are crimes", Speaker: "k", Kind: "full"},
		},
	}
	s := Score(truth, got)
	want := Totals{Articles: 1, Truth: 5, Pred: 5, Matched: 4, SpeakerN: 2, SpeakerOK: 2, AbstainN: 2, AbstainOK: 1, KindOK: 3}
	if s != want {
		t.Errorf("Score = %+v, want %+v", s, want)
	}
}
