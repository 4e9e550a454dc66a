package annotate

import (
	"testing"

	"readwell/app/extract"
)

// TestPersonEvidence: names the tagger may take for people are judged on
// what the whole article says of them; people stay people.
func TestPersonEvidence(t *testing.T) {
	text := `Office company cuts jobs

WeWork said on Tuesday that it would cut 2,400 jobs. The cuts at WeWork follow its failed listing, and SoftBank, which owns much of WeWork, said it would keep its stake in the company.

Adam Neumann, who founded the company, said he was proud of the staff. Neumann left in September.

"We are sorry," Marcelo Claure, the chairman, told staff. Claure said the company would recover.

Zabihullah Mujahid said the talks had ended. Mujahid said his side would fight on.`
	a, err := extract.Text(text)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := defaultModels()
	if err != nil {
		t.Fatal(err)
	}
	// Every name taken for a person, as on a page the tagger misreads.
	d := newLdoc(&a)
	d.tagNames(mod.tagger)
	for _, e := range d.entities {
		e.Kind = "person"
	}
	d.checkPeople(nil)
	kinds := map[string]string{}
	for _, e := range d.entities {
		if e.Mentions > 0 {
			kinds[e.Name] = e.Kind
		}
	}
	for _, name := range []string{"Adam Neumann", "Marcelo Claure", "Zabihullah Mujahid"} {
		if kinds[name] != "person" {
			t.Errorf("%s: kind %q, want person (entities %v)", name, kinds[name], kinds)
		}
	}
	for _, name := range []string{"WeWork", "SoftBank"} {
		if k, ok := kinds[name]; ok && k == "person" {
			t.Errorf("%s: a person (entities %v)", name, kinds)
		}
	}
}

func TestCamelCase(t *testing.T) {
	for w, want := range map[string]bool{"WeWork": false, "SoftBank": true, "iPhone": false, "GiveWell": true,
		"McCarthy": false, "DeSantis": false, "MacArthur": false, "Neumann": false, "NASA": false, "LeBron": false} {
		if got := camelCase(w); got != want {
			t.Errorf("camelCase(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestDigitInName: a word with a digit is a model's number, not a name.
func TestDigitInName(t *testing.T) {
	spans := []span{{tokens: []string{"Dell", "Alienware", "AW3418DW"}}, {tokens: []string{"Airbus", "A350-900"}}, {tokens: []string{"Patrick", "W.", "Carlineo", "Jr."}}}
	for i, want := range []bool{true, true, false} {
		if got := digitInName(spans, []int{i}); got != want {
			t.Errorf("digitInName(%v) = %v, want %v", spans[i].tokens, got, want)
		}
	}
}

// TestSpeakerKeepsEntity: a name judged no name that speaks keeps its
// entity and its quotes (the ranker chose it; the quotes still point at it).
func TestSpeakerKeepsEntity(t *testing.T) {
	a := mustSeed(t)
	ids := map[string]bool{}
	for _, e := range a.Entities {
		ids[e.ID] = true
	}
	for _, q := range a.Quotes {
		if q.Speaker != "" && !ids[q.Speaker] {
			t.Errorf("quote %s: speaker %q is no entity", q.ID, q.Speaker)
		}
	}
}
