package polnear

import (
	"fmt"
	"os"
	"testing"
)

// mustTrain loads the train split, skipping when it is not beside the
// repository (and failing in CI, where it must be).
func mustTrain(tb testing.TB) *Set {
	tb.Helper()
	path := DefaultPath()
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("train split missing in CI: %v", err)
		}
		tb.Skipf("train split not found: %v", err)
	}
	s, err := Load(path)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestNearestAnchor holds the port to score.py on the whole train split:
//
//	python3 score.py polnear-train.json.gz --baseline nearest
//	set train: 837 articles, 7115 quoted spans; system nearest; errors 0
//	quotes      P=0.991 R=0.982 F1=0.986  (predicted 7047, matched 6984)
//	speaker     2979/5597 = 0.532  (left empty 439)
//	abstain     100/810 = 0.123  (unattributed quotes left without a speaker)
//	entities    P=0.193 R=0.350 F1=0.249 vs CoreNLP silver; people named 2+ times found 3386/3402 = 0.995
//
// The entity counts (23398 silver, 42357 predicted, 8195 shared) are
// score.py's own score_article totals, which it prints only as ratios.
func TestNearestAnchor(t *testing.T) {
	s := mustTrain(t)
	var got Totals
	for _, a := range s.Articles {
		got.Add(Score(a, Nearest(a.Text)))
	}
	want := Totals{
		Articles: 837, GoldQuotes: 7115, PredQuotes: 7047, Matched: 6984,
		SpeakerN: 5597, SpeakerOK: 2979, SpeakerEmpty: 439, AbstainN: 810, AbstainOK: 100,
		EntityGold: 23398, EntityPred: 42357, EntityTP: 8195, PeopleN: 3402, PeopleHit: 3386,
	}
	if got != want {
		t.Errorf("nearest on the train split = %+v, want %+v", got, want)
	}
	sum := got.Summary()
	printed := fmt.Sprintf("P=%.3f R=%.3f F1=%.3f %.3f %.3f P=%.3f R=%.3f F1=%.3f %.3f",
		sum.QuoteP, sum.QuoteR, sum.QuoteF1, sum.Speaker, sum.Abstain, sum.EntityP, sum.EntityR, sum.EntityF1, sum.PeopleFound)
	if want := "P=0.991 R=0.982 F1=0.986 0.532 0.123 P=0.193 R=0.350 F1=0.249 0.995"; printed != want {
		t.Errorf("nearest ratios = %s, want %s", printed, want)
	}
}
