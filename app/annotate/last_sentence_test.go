package annotate

import (
	"slices"
	"strings"
	"testing"

	"readwell/app/article"
)

// TestSubjectOfTheSentenceBefore: a pronoun that gives a quotation its
// speaker stands for the subject of the sentence before, more often than
// for a name that sentence only mentions. The ranker's likeliest name is
// checked, not whether it is sure enough to give it: how sure it is moves
// with training's noise, whom it prefers is the feature's point.
func TestSubjectOfTheSentenceBefore(t *testing.T) {
	checkPreferred(t, []oneSpeakerCase{
		{[]string{
			"Ted Cruz warned that a contested convention would be a disaster for the party.",
			"As for Donald Trump, he said he was not worried. \"I think I'm going to have the delegates, OK? Let's see what happens.\"",
		}, "Donald Trump"},
		{[]string{
			"Donald Trump has few friends among the party's foreign policy hands.",
			"John Bolton distanced himself from the movement against Trump by saying he would serve if asked. \"I'm going to support him, and support him enthusiastically.\"",
		}, "John Bolton"},
		{[]string{
			"Sarah Palin's endorsement came late. The governor's staff were surprised, Maria Lopez said.",
			"\"Nobody told us anything until the night before,\" she said.",
		}, "Maria Lopez"},
	})
}

// TestLastSentenceFeature: the ranker reads who the sentence before the
// quote's is about: its subject ("…, Patrick Kennedy told Ron Johnson in
// writing"), or another name in it ("Ron Johnson": "in writing" is not
// his saying), not a name from a sentence further back ("Clinton's
// aides").
func TestLastSentenceFeature(t *testing.T) {
	d := taggedDoc(t, "Report\n\nThe inspector general's report named Clinton's aides. Most of the emails were moved later, Patrick Kennedy told Ron Johnson in writing.\n\n\"The department accepts the principle,\" he wrote.\n")
	want := map[string]string{"Patrick Kennedy": "1", "Ron Johnson": "0", "Clinton": ""}
	seen := 0
	d.eachQuote(func(ref quoteRef, set candidateSet) *article.Entity {
		for i, e := range set.entities {
			w, ok := want[e.Name]
			if !ok {
				continue
			}
			seen++
			for _, v := range []string{"0", "1"} {
				if has := slices.Contains(set.feats[i], hashFeature("last-sentence", v)); has != (v == w) {
					t.Errorf("%s: last-sentence %s is %v", e.Name, v, has)
				}
			}
		}
		return nil
	})
	if seen != len(want) {
		t.Fatalf("%d of %d candidates seen", seen, len(want))
	}
}

// checkPreferred annotates each case's paragraphs and checks that they
// hold one quotation, whose likeliest candidate (nobody aside) is the
// case's speaker.
func checkPreferred(t *testing.T, cases []oneSpeakerCase) {
	t.Helper()
	mod, err := defaultModels()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		d := taggedDoc(t, "Case\n\n"+strings.Join(c.paras, "\n\n")+"\n")
		var got []string
		d.eachQuote(func(ref quoteRef, set candidateSet) *article.Entity {
			probs := set.probabilities(mod.speaker)
			best := -1
			for i := range set.entities {
				if best < 0 || probs[i+1] > probs[best+1] {
					best = i
				}
			}
			if best < 0 {
				got = append(got, "")
				return nil
			}
			got = append(got, set.entities[best].Name)
			return set.entities[best]
		})
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: likeliest speakers %q, want [%q]", c.paras[len(c.paras)-1], got, c.want)
		}
	}
}
