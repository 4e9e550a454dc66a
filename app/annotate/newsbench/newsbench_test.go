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

// TestScoreEntities: forms by name or alias, a kind the truth accepts
// (also), a wrong kind is a miss and a pred both; people by last name.
func TestScoreEntities(t *testing.T) {
	truth := EntityArticle{Page: "p", Entities: []EntityTruth{
		{Name: "Jose Mourinho", Kind: "person", Aliases: []string{"Mourinho"}, Mentions: 3},
		{Name: "Tottenham Hotspur", Kind: "org", Aliases: []string{"Spurs"}, Mentions: 4},
		{Name: "White House", Kind: "org", Also: []string{"place"}, Mentions: 1},
		{Name: "Harry Kane", Kind: "person", Mentions: 1},
	}}
	got := article.Article{Entities: []article.Entity{
		{Name: "Jose Mourinho", Kind: "person", Aliases: []string{"Mourinho", "Jose"}},
		{Name: "Tottenham Hotspur", Kind: "person"},
		{Name: "The White House", Kind: "place"},
		{Name: "MacBook Pro", Kind: "org"},
	}}
	s, misses := ScoreEntities(truth, got)
	want := EntityTotals{Articles: 1, Truth: 6, Pred: 6, Hit: 3, PeopleN: 1, PeopleHit: 1}
	if s != want {
		t.Errorf("ScoreEntities = %+v, want %+v", s, want)
	}
	if len(misses) != 5 { // tottenham hotspur (person), spurs, harry kane; jose, macbook pro
		t.Errorf("misses = %+v, want 5", misses)
	}
}
