package annotate

import (
	"slices"
	"testing"

	"readwell/app/article"
)

// TestTitledPeople: "Prince Andrew" read as an organisation in one
// sentence is the person "Andrew" the other sentences name; a title and
// a name no person bears stay as they are ("General Motors").
func TestTitledPeople(t *testing.T) {
	a := article.Article{Blocks: []article.Block{
		{Kind: "p", Text: "Prince Andrew gave an interview."},
		{Kind: "p", Text: "How noble of Prince Andrew! General Motors said nothing."},
	}}
	d := newLdoc(&a)
	// Spans as the tagger and spansFromTags would leave them: the first
	// "Prince Andrew" a person (its title off), the second an
	// organisation, and General Motors.
	d.addSpans([]span{{block: 0, first: 1, end: 2, start: 7, stop: 13, kind: "person", name: "Andrew", tokens: []string{"Andrew"}}})
	d.addSpans([]span{
		{block: 1, first: 3, end: 5, start: 13, stop: 26, kind: "org", name: "Prince Andrew", tokens: []string{"Prince", "Andrew"}},
		{block: 1, first: 5, end: 7, start: 28, stop: 42, kind: "org", name: "General Motors", tokens: []string{"General", "Motors"}},
	})
	d.titledPeople()
	d.resolve()
	got := map[string]int{}
	for _, e := range d.entities {
		got[e.Name+"/"+e.Kind] = e.Mentions
	}
	if len(got) != 2 || got["Andrew/person"] != 2 || got["General Motors/org"] != 1 {
		t.Errorf("entities %v, want Andrew/person 2 and General Motors/org 1", got)
	}
	if s := d.spans[1]; string(d.blocks[1][s.start:s.stop]) != "Andrew" {
		t.Errorf("the second mention covers %q, want %q", string(d.blocks[1][s.start:s.stop]), "Andrew")
	}
}

// TestDaysAreNoNames: "Black Friday" and "Cyber Monday" name days, not
// someone called Black; a name before a day stays a name.
func TestDaysAreNoNames(t *testing.T) {
	a := annotated(
		"Black Friday deals start early this year, and Black Friday crowds are smaller.",
		"Retailers hope Cyber Monday will make up for it, Sarah Jones said. Jones Monday said the numbers looked good.",
	)
	var names []string
	for _, e := range a.Entities {
		names = append(names, e.Name)
	}
	if len(names) != 1 || names[0] != "Sarah Jones" {
		t.Errorf("entities %q, want only Sarah Jones", names)
	}
}

// TestDepartmentNames: "Department of X" and "X Department" are one body,
// with its acronym; a "University of X" is not an "X University".
func TestDepartmentNames(t *testing.T) {
	a := annotated(
		"The Department of Homeland Security said the program would end. DHS did not say when.",
		"A Homeland Security Department spokesman declined to comment, and the Justice Department was silent.",
		"The Department of Justice later issued a statement.",
	)
	got := map[string][]string{}
	for _, e := range a.Entities {
		got[e.Name] = e.Aliases
	}
	want := map[string][]string{
		"Department of Homeland Security": {"DHS", "Homeland Security Department"},
		"Department of Justice":           {"Justice Department"},
	}
	for name, aliases := range want {
		if !slices.Equal(got[name], aliases) {
			t.Errorf("%s aliases = %q, want %q (entities %v)", name, got[name], aliases, got)
		}
	}
}

// TestNamesAcrossTitlesAndAnd: a title inside a body's name is the
// name's ("Office of the Inspector General"); "Adviser" is a title that
// comes off a person; an organisation cut at its "and" or "for the" is
// mended, not over a day; a letter alone ("E" of "E! News") names nobody.
func TestNamesAcrossTitlesAndAnd(t *testing.T) {
	a := annotated(
		"The report was written by NASA's Office of the Inspector General last year.",
		"National Security Adviser John Bolton said the plan was bad, according to E! News.",
		"Even the policy manual of the Citizenship and Immigration Services says so, Bolton said.",
		"The National Society for the Prevention of Cruelty to Children agreed, and the Senate Committee for the Monday vote met.",
	)
	checkEntityKinds(t, a, map[string]string{
		"Office of the Inspector General":                            "org",
		"John Bolton":                                                "person",
		"Citizenship and Immigration Services":                       "org",
		"National Society for the Prevention of Cruelty to Children": "org",
	}, []string{"Office of the", "E", "Citizenship", "Immigration Services", "National Society", "Senate Committee for the Monday"})
}

// TestNewspaperNames: a place's name and a newspaper's word after it
// name a newspaper, an organisation; a place alone stays a place, and a
// party after a place is no newspaper.
func TestNewspaperNames(t *testing.T) {
	a := annotated(
		"McClatchy owns the Kansas City Star, and it talked to USA Today about it in Kansas City.",
		"Alden owns the San Jose Mercury News, and a Texas Republican said so in San Jose.",
	)
	checkEntityKinds(t, a, map[string]string{
		"Kansas City Star":      "org",
		"USA Today":             "org",
		"San Jose Mercury News": "org",
		"Kansas City":           "place",
		"San Jose":              "place",
	}, []string{"USA", "News", "Texas Republican"})
}

// checkEntityKinds: article a has each entity of want with its kind, and
// none of the names in none.
func checkEntityKinds(t *testing.T, a article.Article, want map[string]string, none []string) {
	t.Helper()
	got := map[string]string{}
	for _, e := range a.Entities {
		got[e.Name] = e.Kind
	}
	for name, kind := range want {
		if got[name] != kind {
			t.Errorf("%q is %q, want %q (entities %v)", name, got[name], kind, got)
		}
	}
	for _, name := range none {
		if _, ok := got[name]; ok {
			t.Errorf("%q is an entity (entities %v)", name, got)
		}
	}
}
