package annotate

import (
	"fmt"
	"strings"
	"testing"
)

// TestPropagateNames: a name found once is tagged wherever it recurs; the
// names that share a first word are bounded (maxNamesPerWord), so a list
// of "Al 1", "Al 2", … costs no more than an article.
func TestPropagateNames(t *testing.T) {
	var words []string
	for n := 0; n < 2*maxNamesPerWord; n++ {
		words = append(words, "Al", fmt.Sprintf("X%d", n), "met")
	}
	first := tokenize([]rune(strings.Join(words, " ")))
	again := tokenize([]rune(strings.Join(words, " ")))
	tags := [][]int{make([]int, len(first)), make([]int, len(again))}
	for i := range first {
		if first[i].text == "Al" {
			tags[0][i], tags[0][i+1] = 1, 2 // B-per, I-per
		}
	}
	propagateNames([][]token{first, again}, tags)
	found := 0
	for i := range again {
		if again[i].text == "Al" && tags[1][i] == 1 && tags[1][i+1] == 2 {
			found++
		}
	}
	if found != maxNamesPerWord {
		t.Errorf("propagateNames tagged %d of %d names starting with Al again, want %d", found, 2*maxNamesPerWord, maxNamesPerWord)
	}
}

// TestPlaceOfItsOwnIsNotAShortName: "Carolina" after "North Carolina" is
// the state's short name; "India" after "North India" and "Ireland"
// after "Northern Ireland" are places of their own (the gazetteer knows
// them), not the longer place's chip.
func TestPlaceOfItsOwnIsNotAShortName(t *testing.T) {
	place := func(name string) span {
		return span{kind: "place", name: name, tokens: strings.Fields(name)}
	}
	ents, of := resolveSpans([]span{place("North India"), place("India"), place("Northern Ireland"), place("Ireland"), place("North Carolina"), place("Carolina")})
	var got []string
	for _, e := range of {
		got = append(got, e.Name)
	}
	want := "North India|India|Northern Ireland|Ireland|North Carolina|North Carolina"
	if strings.Join(got, "|") != want {
		t.Errorf("spans resolve to %q, want %q (%d entities)", strings.Join(got, "|"), want, len(ents))
	}
}

// TestLabelsAreNoOrganisations: "Group E" and "Plan B" are labels, no
// organisation; a person's name may end in a letter ("Malcolm X").
func TestLabelsAreNoOrganisations(t *testing.T) {
	text := []rune("the Group E winners")
	if ss := spansFromTags(0, text, tokenize(text), []int{0, 3, 4, 0}, nil); len(ss) != 0 {
		t.Errorf("%q: spans %+v, want none", string(text), ss)
	}
	text = []rune("said Malcolm X today")
	if ss := spansFromTags(0, text, tokenize(text), []int{0, 1, 2, 0}, nil); len(ss) != 1 || ss[0].name != "Malcolm X" {
		t.Errorf("%q: spans %+v, want Malcolm X", string(text), ss)
	}
}
