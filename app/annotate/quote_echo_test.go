package annotate

import (
	"testing"

	"readwell/app/extract"
)

// TestQuoteEchoKinds: a short quotation the article quotes again as it is
// is a term; a heading that repeats words of a longer quotation is
// someone's words, full when they make a sentence there.
func TestQuoteEchoKinds(t *testing.T) {
	a, err := extract.Text(`Testimony in five points

"My fears have been realized"

Morrison told the committee, "I feared at the time of the call how its disclosure would play. My fears have been realized."

"Not some irregular channel"

Volker disputed that he had been part of an outside or "irregular" channel of policy. "My role was not some irregular channel, but the official channel," he told lawmakers.

He denied that the three formed an "irregular" channel, for which they were known as the "Three Amigos."`)
	if err != nil {
		t.Fatal(err)
	}
	Article(&a)
	want := map[string]string{
		"My fears have been realized": kindFull,    // a sentence of Morrison's quote
		"Not some irregular channel":  kindPartial, // a piece of Volker's
		"irregular":                   kindTerm,    // quoted twice
	}
	for _, q := range a.Quotes {
		if k, ok := want[q.Text]; ok && q.Kind != k {
			t.Errorf("quote %q: kind %s, want %s", q.Text, q.Kind, k)
		}
	}
}

func TestFindNormal(t *testing.T) {
	for _, c := range []struct {
		text, key string
		from, to  int
		ok        bool
	}{
		{"My role was not some irregular channel, but", "notsomeirregularchannel", 12, 38, true},
		{"Alarming mortality rate", "alarmingmortalityrate", 0, 23, true},
		{"We're On It", "wereonit", 0, 11, true},
		{"the irregularity", "irregular", 0, 0, false}, // whole words only
		{"an unirregular way", "irregular", 0, 0, false},
	} {
		from, to, ok := findNormal([]rune(c.text), []rune(c.key))
		if ok != c.ok || ok && (from != c.from || to != c.to) {
			t.Errorf("findNormal(%q, %q) = %d, %d, %v, want %d, %d, %v", c.text, c.key, from, to, ok, c.from, c.to, c.ok)
		}
	}
}

func TestTitleCase(t *testing.T) {
	for q, want := range map[string]bool{
		"Face the Nation":             true,
		"Game of Thrones":             true,
		"Make America Great Again.":   true,
		"Meth. We’re On It.":          true,
		"THIS IS NOT OK.":             false, // shouted
		"Absolutely.":                 false, // one word
		"My fears have been realized": false,
		"We write with urgency":       false,
	} {
		if got := titleCase(q); got != want {
			t.Errorf("titleCase(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestTermsAreNobodys: a quotation read as a term (a title, a name, a
// phrase quoted again) has no speaker even where the sentence names
// someone who speaks: PolNeAR credits a show's title to the guest
// ("Cruz said on NBC's “Meet the Press”"), a reader does not. The quote
// after it still reads who spoke around it.
func TestTermsAreNobodys(t *testing.T) {
	a := annotated(
		"Sen. Ted Cruz of Texas campaigned in Iowa on Saturday.",
		"Cruz said on NBC’s “Meet the Press” that he would win the state. “We are going to win Iowa, and then we are going to win the nomination,” he added.",
	)
	for _, q := range a.Quotes {
		e, _ := EntityByID(a, q.Speaker)
		switch {
		case q.Text == "Meet the Press" && (q.Speaker != "" || q.Kind != "term"):
			t.Errorf("%q: speaker %q, kind %s; want nobody's term", q.Text, e.Name, q.Kind)
		case q.Text != "Meet the Press" && e.Name != "Ted Cruz":
			t.Errorf("%q: speaker %q, want Ted Cruz", q.Text, e.Name)
		}
	}
	if len(a.Quotes) != 2 {
		t.Errorf("%d quotes, want 2", len(a.Quotes))
	}
}

// TestOneWordTitles: one proper word quoted after "of", "in" or "the" is
// a title ("the set of “Fargo,”"), nobody's words; a common word said
// alone stays someone's ("“Never,” Smith said").
func TestOneWordTitles(t *testing.T) {
	a := annotated(
		`Jessie Buckley, who phoned in from the Chicago set of "Fargo," had a similar experience: "I cried when I read it," she said.`,
		`"Never," Smith said. He starred in "Hamilton" that year.`,
	)
	kinds := map[string]string{}
	for _, q := range a.Quotes {
		kinds[q.Text] = q.Kind
		if q.Kind == "term" && q.Speaker != "" {
			t.Errorf("term %q has a speaker", q.Text)
		}
	}
	for text, want := range map[string]string{"Fargo": "term", "Hamilton": "term", "Never": "full", "I cried when I read it": "full"} {
		if kinds[text] != want {
			t.Errorf("%q is %q, want %q (quotes %v)", text, kinds[text], want, kinds)
		}
	}
}
