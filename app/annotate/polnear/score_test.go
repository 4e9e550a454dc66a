package polnear

import (
	"reflect"
	"strings"
	"testing"

	"readwell/app/article"
)

// gold builds a hand-made article: quotes as (text, attributed, names).
func gold(quotes ...Quote) Article { return Article{ID: "hand", Quotes: quotes} }

func attributed(text string, names ...string) Quote {
	return Quote{Text: text, Attributed: true, Names: names}
}

func unattributed(text string) Quote { return Quote{Text: text} }

// The expectations are score.py's score_article on the same articles.
func TestScoreQuotes(t *testing.T) {
	testCases := []struct {
		name string
		gold Article
		pred []PredQuote
		want Totals
	}{
		{"right speaker", gold(attributed("we will win", "Ted Cruz", "Cruz")),
			[]PredQuote{{"We will win.", "Sen. Ted Cruz"}},
			Totals{Matched: 1, SpeakerN: 1, SpeakerOK: 1}},
		{"share 0.6 matches", gold(attributed("a b c d e", "Ann Lee")),
			[]PredQuote{{"a b c", "Bob Lee"}},
			Totals{Matched: 1, SpeakerN: 1, SpeakerOK: 1}},
		{"share 0.4 misses", gold(attributed("a b c d e", "Ann Lee")),
			[]PredQuote{{"a b", "Ann Lee"}},
			Totals{}},
		{"repeated tokens count once", gold(unattributed("no")),
			[]PredQuote{{"no no no", ""}},
			Totals{}},
		{"greedy in prediction order", gold(attributed("a b c d e", "Ann"), unattributed("a b c d x y")),
			[]PredQuote{{"a b c d x", "Ann"}, {"a b c d x y", ""}},
			Totals{Matched: 2, SpeakerN: 1, SpeakerEmpty: 1, AbstainN: 1}},
		{"a tie takes the first gold span", gold(attributed("a b", "Ann"), attributed("a b", "Bob")),
			[]PredQuote{{"a b", "Bob"}, {"a b", "Bob"}},
			Totals{Matched: 2, SpeakerN: 2, SpeakerOK: 1}},
		{"empty speaker, abstain, source without a name",
			gold(attributed("one two", "Ann"), unattributed("three four"), attributed("five six"), unattributed("seven")),
			[]PredQuote{{"one two", ""}, {"three four", "Ann"}, {"five six", "Ann"}, {"seven", ""}},
			Totals{Matched: 4, SpeakerN: 1, SpeakerEmpty: 1, AbstainN: 2, AbstainOK: 1}},
		{"a quote without tokens is skipped", gold(attributed("x", "Ann")),
			[]PredQuote{{"—", "Ann"}, {"x", "Ann’s"}},
			Totals{Matched: 1, SpeakerN: 1}},
		{"possessive speaker", gold(attributed("x", "Ted Cruz")),
			[]PredQuote{{"x", "Cruz's"}},
			Totals{Matched: 1, SpeakerN: 1, SpeakerOK: 1}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Score(tc.gold, Prediction{Quotes: tc.pred})
			want := tc.want
			want.Articles, want.GoldQuotes, want.PredQuotes = 1, len(tc.gold.Quotes), len(tc.pred)
			if got != want {
				t.Errorf("Score(%v, %v) = %+v, want %+v", tc.gold.Quotes, tc.pred, got, want)
			}
		})
	}
}

func TestScoreEntities(t *testing.T) {
	testCases := []struct {
		name string
		gold []Entity
		pred []PredEntity
		want Totals
	}{
		{"names, aliases, kinds and people",
			[]Entity{{"The White House", "org", 1}, {"Trump", "person", 1}, {"Donald Trump", "person", 2}, {"Ann Lee", "person", 2}, {"Ohio", "place", 5}},
			[]PredEntity{{"White House", "ORG", []string{"the White House"}}, {"Donald Trump", "Person", nil}, {"Lee", "person", []string{"Mr. Trump"}}, {"Ohio", "place", []string{"", "Ohio"}}},
			Totals{EntityGold: 5, EntityPred: 5, EntityTP: 3, PeopleN: 2, PeopleHit: 2}},
		{"a person's kind is case-sensitive for people found",
			[]Entity{{"Trump", "person", 2}},
			[]PredEntity{{"Donald Trump", "Person", nil}},
			Totals{EntityGold: 1, EntityPred: 1, PeopleN: 1}},
		{"people counts add up by last token",
			[]Entity{{"Trump", "person", 1}, {"Donald Trump", "person", 1}, {"Cruz", "person", 1}},
			[]PredEntity{{"Cruz", "person", nil}},
			Totals{EntityGold: 3, EntityPred: 1, EntityTP: 1, PeopleN: 1}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Score(Article{Entities: tc.gold}, Prediction{Entities: tc.pred})
			want := tc.want
			want.Articles = 1
			if got != want {
				t.Errorf("Score(%v, %v) = %+v, want %+v", tc.gold, tc.pred, got, want)
			}
		})
	}
}

func TestFromArticle(t *testing.T) {
	a := article.Article{
		Quotes: []article.Quote{{Text: "x", Speaker: "ted-cruz"}, {Text: "y", Speaker: "nobody-id"}, {Text: "z"}},
		Entities: []article.Entity{
			{ID: "ted-cruz", Name: "Ted Cruz", Kind: "person", Aliases: []string{"Cruz"}},
			{Name: "Ohio", Kind: "place"},
		},
	}
	want := Prediction{
		Quotes:   []PredQuote{{"x", "Ted Cruz"}, {"y", "nobody-id"}, {"z", ""}},
		Entities: []PredEntity{{"Ted Cruz", "person", []string{"Cruz"}}, {"Ohio", "place", nil}},
	}
	if got := FromArticle(a); !reflect.DeepEqual(got, want) {
		t.Errorf("FromArticle(%+v) = %+v, want %+v", a, got, want)
	}
}

func TestSummary(t *testing.T) {
	var tot Totals
	tot.Add(Totals{Articles: 1, GoldQuotes: 4, PredQuotes: 2, Matched: 2, SpeakerN: 2, SpeakerOK: 1, EntityGold: 4, EntityPred: 2, EntityTP: 1})
	tot.Add(Totals{Articles: 1, AbstainN: 4, AbstainOK: 1, PeopleN: 2, PeopleHit: 2})
	s := tot.Summary()
	if s.Articles != 2 || s.QuoteP != 1 || s.QuoteR != 0.5 || s.Speaker != 0.5 || s.Abstain != 0.25 ||
		s.EntityP != 0.5 || s.EntityR != 0.25 || s.PeopleFound != 1 {
		t.Errorf("Summary() = %+v", s)
	}
	if zero := (Totals{}).Summary(); zero.QuoteF1 != 0 || zero.Speaker != 0 || zero.EntityF1 != 0 {
		t.Errorf("Summary() of nothing = %+v, want zeros", zero)
	}
	row, header := s.Row("hand"), Header()
	if first := strings.SplitN(header, "\n", 2)[0]; len(row) != len(first) {
		t.Errorf("Row and Header differ in width:\n%s\n%s", header, row)
	}
	if want := "| hand                           |        2 |     0.667 |   0.500 |   0.250 |     0.333 |     1.000 |"; row != want {
		t.Errorf("Row(hand) = %q, want %q", row, want)
	}
}

func TestFailed(t *testing.T) {
	got := Failed(gold(unattributed("a"), unattributed("b")))
	if want := (Totals{Articles: 1, Errors: 1, GoldQuotes: 2}); got != want {
		t.Errorf("Failed = %+v, want %+v", got, want)
	}
}
