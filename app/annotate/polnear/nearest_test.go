package polnear

import (
	"reflect"
	"testing"
)

// The expectations are score.py's nearest() on the same texts.
func TestNearest(t *testing.T) {
	person := func(names ...string) []PredEntity {
		var out []PredEntity
		for _, n := range names {
			out = append(out, PredEntity{Name: n, Kind: "person"})
		}
		return out
	}
	testCases := []struct {
		name string
		text string
		want Prediction
	}{
		{"run before the quote", "H\nSen. Ted Cruz said “we will win” today.",
			Prediction{[]PredQuote{{"we will win", "Sen. Ted Cruz"}}, person("Sen. Ted Cruz")}},
		{"run inside the quote is no speaker", "H\n“No,” he said. Hillary Clinton disagreed.",
			Prediction{[]PredQuote{{"No,", "Hillary Clinton"}}, person("No", "Hillary Clinton")}},
		{"run inside a word, empty and open quotes", "H\nThe iPhone maker said \"fine\" and \"\" and “open",
			Prediction{[]PredQuote{{"fine", "Phone"}}, person("Phone")}},
		{"one-letter word breaks a run", "H\nBarack H Obama said “yes” to Joe Biden.",
			Prediction{[]PredQuote{{"yes", "Joe Biden."}}, person("Barack", "Obama", "Joe Biden.")}},
		{"distance in runes, not bytes", "H\nBob said “Yes” éééééé Ann.",
			Prediction{[]PredQuote{{"Yes", "Ann."}}, person("Bob", "Yes", "Ann.")}},
		{"straight and curly quotes", "H\nAnn said “a” then Bob said \"b\" and Cy",
			Prediction{[]PredQuote{{"a", "Bob"}, {"b", "Cy"}}, person("Ann", "Bob", "Cy")}},
		{"single capitals are no run", "H\nA B said \"x\".",
			Prediction{[]PredQuote{{"x", ""}}, nil}},
		{"headline skipped", "The Headline \"ignored\"\nbody", Prediction{}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Nearest(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Nearest(%q) = %+v, want %+v", tc.text, got, tc.want)
			}
		})
	}
}
