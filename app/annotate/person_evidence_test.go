package annotate

import (
	"strings"
	"testing"

	"readwell/app/article"
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
	d := taggedDoc(t, text)
	// Every name taken for a person, as on a page the tagger misreads.
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

// TestSpeakerNeverPlace: a name that speaks is someone, whatever the
// evidence says of its word alone ("York" said, of the songwriter Kate
// York): it stays a person, or an organisation, and keeps its quotes.
func TestSpeakerNeverPlace(t *testing.T) {
	d := taggedDoc(t, `Songwriters at work

Caitlyn Smith and Kate York came to the project with a similar appreciation for the challenge. “It’s a totally different muscle,” York said. York lives in Nashville.`)
	var york *article.Entity
	for _, e := range d.entities {
		if e.Name == "York" || e.Name == "Kate York" {
			e.Kind = "person" // as the tagger may say
			york = e
		}
	}
	if york == nil {
		t.Fatalf("no York among %v", d.entities)
	}
	var quotes []attributed
	d.eachQuote(func(ref quoteRef, _ candidateSet) *article.Entity {
		quotes = append(quotes, attributed{span: ref.span, speaker: york, kind: kindFull})
		return york
	})
	// Every name judged again, as if the evidence doubted them all.
	defer func(v float64) { notPersonBelow = v }(notPersonBelow)
	notPersonBelow = 1.1
	quotes = d.checkPeople(quotes)
	if york.Kind == "place" || len(quotes) != 1 || quotes[0].speaker != york {
		t.Errorf("York: kind %q, quotes %v; want a speaker, no place", york.Kind, quotes)
	}
}

func TestDiverge(t *testing.T) {
	for _, c := range []struct {
		run, name string
		want      bool
	}{
		{"Pokemon Bundle", "Pokemon Sword", true},
		{"Beachbody Performance Recover", "Beachbody Performance Recharge", true},
		{"Donald Trump Jr.", "Donald Trump", false},
		{"Donald Trump", "Donald Trump", false},
	} {
		if got := diverge(strings.Fields(c.run), strings.Fields(c.name)); got != c.want {
			t.Errorf("diverge(%q, %q) = %v, want %v", c.run, c.name, got, c.want)
		}
	}
}

func TestParsePersonNames(t *testing.T) {
	got := parsePersonNames("Clinton s\nHillary g\nJordan gs\n\n")
	want := map[string]uint8{"Clinton": roleSurname, "Hillary": roleGiven, "Jordan": roleGiven | roleSurname}
	if len(got) != len(want) {
		t.Fatalf("parsePersonNames: %v, want %v", got, want)
	}
	for w, r := range want {
		if got[w] != r {
			t.Errorf("parsePersonNames: %q = %d, want %d", w, got[w], r)
		}
	}
}

// taggedDoc is text read as plain text, its names found by the shipped
// tagger: what the person evidence judges.
func taggedDoc(t *testing.T, text string) *ldoc {
	t.Helper()
	a, err := extract.Text(text)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := defaultModels()
	if err != nil {
		t.Fatal(err)
	}
	d := newLdoc(&a)
	d.tagNames(mod.tagger)
	return d
}
