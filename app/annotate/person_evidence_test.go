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
	Article(&a)
	kinds := map[string]string{}
	for _, e := range a.Entities {
		kinds[e.Name] = e.Kind
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
