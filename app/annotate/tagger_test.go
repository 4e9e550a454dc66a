package annotate

import (
	"fmt"
	"strings"
	"testing"

	"readwell/app/article"
)

// TestNamesStopAtQuoteMarks: the tagger reads the words of a quotation as
// training does (a word in lower case opens no name there either), and a
// name never runs on across a quotation mark. Before, "will" in “I think
// she will,” Gillibrand replied opened a person's name that ran on to
// "Gillibrand": the speaker's name sat inside the quotation, the quote was
// left to nobody, and a chip read "will".
func TestNamesStopAtQuoteMarks(t *testing.T) {
	d := taggedDoc(t, `Gillibrand on the transcripts

On CNN, Sen. Kristen Gillibrand told host Chris Cuomo she believed that Clinton would release a transcript of a speech she had given to Goldman Sachs.

“I think she will,” Gillibrand replied. “I think she’s been clear that she’s going to. And I think she will release them at the appropriate time.”`)
	for _, s := range d.spans {
		if !hasUpper(s.tokens[0]) || strings.ContainsAny(s.name, "“”\"") {
			t.Errorf("span %q (%s): a name that opens in lower case or runs across a quotation mark", s.name, s.kind)
		}
	}
	mod, err := defaultModels()
	if err != nil {
		t.Fatal(err)
	}
	var speakers []string
	d.eachQuote(func(ref quoteRef, set candidateSet) *article.Entity {
		var e *article.Entity
		if i, p := set.choose(mod.speaker); i >= 0 && p >= abstainBelow {
			e = set.entities[i]
		}
		if ref.block == 1 {
			name := "<nobody>"
			if e != nil {
				name = e.Name
			}
			speakers = append(speakers, name)
		}
		return e
	})
	if strings.Join(speakers, ", ") != "Kristen Gillibrand, Kristen Gillibrand" {
		t.Errorf("speakers of the reply: %v, want Kristen Gillibrand twice", speakers)
	}
}

// TestNamesEndOnACapital: a name the tagger ran on into small words ends
// at its last word with a capital or a digit.
func TestNamesEndOnACapital(t *testing.T) {
	for _, c := range []struct {
		text string
		tags []int // per word; 0 out, 3 B-org, 4 I-org
		want string
	}{
		{"the SUV of the original", []int{0, 3, 4, 4, 0}, "SUV{org}"},
		{"Bank of America said", []int{3, 4, 4, 0}, "Bank of America{org}"},
		{"Apollo 11 landed", []int{3, 4, 0}, "Apollo 11{org}"},
	} {
		if got := namesFromTags(t, c.text, c.tags); got != c.want {
			t.Errorf("%q tagged %v: names %q, want %q", c.text, c.tags, got, c.want)
		}
	}
}

// namesFromTags is spansFromTags's names of text tagged tags, each with
// its kind ("Bank of America{org}"), joined by "|".
func namesFromTags(t *testing.T, text string, tags []int) string {
	t.Helper()
	runes := []rune(text)
	toks := tokenize(runes)
	if len(toks) != len(tags) {
		t.Fatalf("%q: %d words, %d tags", text, len(toks), len(tags))
	}
	tags = append([]int(nil), tags...) // mended in place
	mendTags(runes, toks, tags)
	var got []string
	for _, s := range spansFromTags(0, runes, toks, tags, nil) {
		got = append(got, s.name+"{"+s.kind+"}")
	}
	return strings.Join(got, "|")
}

// TestNameSpansAroundTheTagger: what the tagger leaves out or runs on
// that the name is known to hold or not: a Spanish article opening a
// place's name, capitalised common words and "and" opening an
// organisation's (not a name the tagger missed: "SpaceX and"), an
// organisation's name going on through "for the", a newspaper's word
// after a place, a title after "of" (the organisation's, not a person's), a run of titles
// between an organisation and a person, and a legal form after a name
// (a company's, whatever kind the tagger said).
func TestNameSpansAroundTheTagger(t *testing.T) {
	for _, c := range []struct {
		text string
		tags []int // per word; 0 out, 1/2 B/I-person, 3/4 B/I-org, 5/6 B/I-place
		want string
	}{
		{"in an El Paso facility", []int{0, 0, 0, 5, 0}, "El Paso{place}"},
		{"flights to Los Angeles and", []int{0, 0, 0, 5, 0}, "Los Angeles{place}"},
		{"the Health and Human Services secretary", []int{0, 0, 0, 3, 4, 0}, "Health and Human Services{org}"},
		{"manual of the Citizenship and Immigration Services says", []int{0, 0, 0, 0, 0, 3, 4, 0}, "Citizenship and Immigration Services{org}"},
		{"the FBI and Justice Department said", []int{0, 3, 0, 3, 4, 0}, "FBI{org}|Justice Department{org}"},
		{"picked SpaceX and Blue Origin on", []int{0, 0, 0, 3, 4, 0}, "Blue Origin{org}"},
		{"the Citizenship and Immigration Services says", []int{0, 3, 0, 3, 4, 0}, "Citizenship and Immigration Services{org}"},
		{"NASA's Office of the Inspector General found", []int{3, 3, 4, 4, 4, 4, 0}, "NASA{org}|Office of the Inspector General{org}"},
		{"the Kansas City Star and USA Today said", []int{0, 5, 6, 6, 0, 5, 0, 0}, "Kansas City Star{org}|USA Today{org}"},
		{"the National Society for the Prevention of Cruelty to Children said", []int{0, 3, 4, 0, 0, 3, 4, 4, 0, 1, 0}, "National Society for the Prevention of Cruelty to Children{org}"},
		{"the Senate for the Monday vote", []int{0, 3, 0, 0, 0, 0}, "Senate{org}"},
		{"the DHS Office of Inspector General found", []int{0, 3, 4, 4, 4, 4, 0}, "DHS Office of Inspector General{org}"},
		{"Disney Chief Executive Bob Iger said", []int{3, 4, 4, 4, 4, 0}, "Disney{org}|Bob Iger{person}"},
		{"NASA Administrator Jim Bridenstine said", []int{3, 4, 4, 4, 0}, "NASA{org}|Jim Bridenstine{person}"},
		{"Walt Disney Co. executive Kevin Mayer", []int{1, 2, 0, 0, 1, 2}, "Walt Disney Co.{org}|Kevin Mayer{person}"},
	} {
		if got := namesFromTags(t, c.text, c.tags); got != c.want {
			t.Errorf("%q tagged %v: names %q, want %q", c.text, c.tags, got, c.want)
		}
	}
}

// TestOrganisationNamedFirstByItsShortForm: an organisation the article
// names first, and most, by a shorter form goes by it, the longer form
// (named later, a variant or a division) an alias; named first in full,
// it goes by its full name. A common word or a place is no short form to
// go by.
func TestOrganisationNamedFirstByItsShortForm(t *testing.T) {
	org := func(block int, name string) span {
		return span{kind: "org", name: name, tokens: strings.Fields(name), block: block}
	}
	for _, c := range []struct {
		spans []span
		want  string
	}{
		{[]span{org(0, "SLS"), org(1, "SLS"), org(2, "SLS Block 1B"), org(3, "SLS")}, "SLS"},
		{[]span{org(0, "Goldman Sachs"), org(1, "Goldman"), org(2, "Goldman")}, "Goldman Sachs"},
		{[]span{org(0, "Black"), org(1, "Black"), org(2, "Black Lives Matter")}, "Black Lives Matter"},
	} {
		ents, _ := resolveSpans(c.spans)
		if len(ents) != 1 || ents[0].Name != c.want {
			var names []string
			for _, e := range ents {
				names = append(names, e.Name)
			}
			t.Errorf("%v: entities %q, want one named %q", c.spans[0].name, names, c.want)
		}
	}
}

// TestJoinedNamesSplit: a name run on across "and" is two when the
// article names its first half alone and writes the second elsewhere; an
// organisation whose halves it never writes apart keeps its "and".
func TestJoinedNamesSplit(t *testing.T) {
	for _, c := range []struct {
		text string
		tags []int // per word: 0 out, 3 B-org, 4 I-org
		want string
	}{
		{"the Moon and Mars . the Moon is near . Mars is red", []int{0, 3, 4, 4, 0, 3, 0, 0, 0, 0, 0}, "Moon|Mars|Moon"},
		{"the House Ways and Means Committee met . the House Ways", []int{0, 3, 4, 4, 4, 4, 0, 0, 3, 4}, "House Ways and Means Committee|House Ways"},
	} {
		text := []rune(strings.ReplaceAll(c.text, " .", "."))
		toks := tokenize(text)
		if len(toks) != len(c.tags) {
			t.Fatalf("%q: %d words, %d tags", c.text, len(toks), len(c.tags))
		}
		tags := [][]int{append([]int(nil), c.tags...)}
		splitJoinedNames([][]token{toks}, tags)
		var got []string
		for _, s := range spansFromTags(0, text, toks, tags[0], nil) {
			got = append(got, s.name)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: names %q, want %q", c.text, got, c.want)
		}
	}
}

// TestParticlesJoinPersonNames: a person's name the tagger cut at a
// capitalised particle it reads as a function word is one name; a
// particle before a name of another kind, or before nothing named, joins
// nothing.
func TestParticlesJoinPersonNames(t *testing.T) {
	for _, c := range []struct {
		text string
		tags []int // 0 out, 1/2 B/I-person, 3/4 B/I-org
		want []int
	}{
		{"James Van Der Beek said", []int{1, 2, 0, 1, 0}, []int{1, 2, 2, 2, 0}},
		{"Oscar De La Hoya won", []int{1, 0, 0, 1, 0}, []int{1, 2, 2, 2, 0}},
		{"Smith Der Spiegel reported", []int{1, 0, 3, 0}, []int{1, 0, 3, 0}},
		{"Smith Van said", []int{1, 0, 0}, []int{1, 0, 0}},
	} {
		text := []rune(c.text)
		toks := tokenize(text)
		tags := append([]int(nil), c.tags...)
		joinParticleNames(text, toks, tags)
		if fmt.Sprint(tags) != fmt.Sprint(c.want) {
			t.Errorf("%q tagged %v: %v, want %v", c.text, c.tags, tags, c.want)
		}
	}
}

// TestTitlesInQuotesAreNoEntities: the names inside a quoted title ("Star
// Wars," "Mary Poppins", "Dawson's Creek") are a work's, not a chip's;
// names in someone's quoted words still count.
func TestTitlesInQuotesAreNoEntities(t *testing.T) {
	a := annotated(
		"Disney's new service is stocked with \"Star Wars,\" \"Mary Poppins\" and \"Bambi.\" Van Der Beek, who starred in \"Dawson's Creek,\" was there.",
		"\"I met Mary Poppins at the gate,\" Bob Iger said.",
	)
	names := map[string]int{}
	for _, e := range a.Entities {
		names[e.Name] = e.Mentions
	}
	for _, bad := range []string{"Star Wars", "Dawson", "Creek"} {
		if _, ok := names[bad]; ok {
			t.Errorf("entity %q from a title in quotes (entities %v)", bad, names)
		}
	}
	if names["Mary Poppins"] != 1 {
		t.Errorf("Mary Poppins in a quoted sentence: %d mentions, want 1 (entities %v)", names["Mary Poppins"], names)
	}
}

// TestNamesStopAtBracketsAndColons: no name runs on across a bracket or
// a colon. Before, "Croatia (Group E): Sixth appearance" gave the chips
// "Croatia (Group" and "E): Sixth", a person.
func TestNamesStopAtBracketsAndColons(t *testing.T) {
	d := taggedDoc(t, "World Cup draw\n\nThe draw was made on Saturday in Bucharest.\n\nCroatia (Group E): Sixth appearance. Spain (Group F): Third appearance. Wales [Group A]: First appearance.")
	for _, s := range d.spans {
		if strings.ContainsAny(s.name, "()[]:;") {
			t.Errorf("span %q (%s) runs across a bracket or a colon", s.name, s.kind)
		}
	}
}

// TestMiddleInitialStartsNoSentence: the word after a middle initial
// ("George W. Bush") is inside the sentence, where its capital says it
// is a name; after a full stop it starts one.
func TestMiddleInitialStartsNoSentence(t *testing.T) {
	for _, c := range []struct {
		text, word string
		start      bool
	}{
		{"He met George W. Bush in 2004.", "Bush", false},
		{"He won the Philip K. Dick Award in 1986.", "Dick", false},
		{"He met the president. Bush said no.", "Bush", true},
		{"It was plan b. Bush said no.", "Bush", true},
	} {
		text := []rune(c.text)
		for _, tk := range tokenize(text) {
			if tk.text == c.word && tk.sentStart != c.start {
				t.Errorf("%q: %q starts a sentence: %v, want %v", c.text, c.word, tk.sentStart, c.start)
			}
		}
		if got := strings.Count(c.text, ". "); got == 1 {
			j := strings.Index(c.text, ". ")
			at := len([]rune(c.text[:j]))
			if ends := endsSentenceAt(text, at); ends != c.start {
				t.Errorf("%q: the stop after %q ends a sentence: %v, want %v", c.text, c.text[:j], ends, c.start)
			}
		}
	}
}

// TestNamesGoOnAfterAnInitial: a name the tagger cut after a middle
// initial goes on into the name after it, of the first one's kind.
func TestNamesGoOnAfterAnInitial(t *testing.T) {
	for _, c := range []struct {
		text string
		tags []int // 0 out, 1/2 B/I-person, 3/4 B/I-org
		want []int
	}{
		{"won the Philip K. Dick Award in", []int{0, 0, 3, 4, 1, 2, 0}, []int{0, 0, 3, 4, 4, 4, 0}},
		{"met George W. Bush on", []int{0, 1, 2, 2, 0}, []int{0, 1, 2, 2, 0}},
		{"plan B. Smith said", []int{0, 0, 1, 0}, []int{0, 0, 1, 0}},
	} {
		text := []rune(c.text)
		toks := tokenize(text)
		tags := append([]int(nil), c.tags...)
		joinAtInitials(text, toks, tags)
		if fmt.Sprint(tags) != fmt.Sprint(c.want) {
			t.Errorf("%q tagged %v: %v, want %v", c.text, c.tags, tags, c.want)
		}
	}
}

// TestSuffix: a word's last n runes, the whole word when it is shorter.
func TestSuffix(t *testing.T) {
	for _, c := range []struct {
		w    string
		n    int
		want string
	}{{"trump", 3, "ump"}, {"peña", 2, "ña"}, {"añ", 3, "añ"}, {"", 2, ""}, {"über", 4, "über"}, {"日本語です", 3, "語です"}} {
		if got := suffix(c.w, c.n); got != c.want {
			t.Errorf("suffix(%q, %d) = %q, want %q", c.w, c.n, got, c.want)
		}
	}
}

// TestShape: capitals X, other letters x, digits d, runs of one class
// written once, dots kept.
func TestShape(t *testing.T) {
	for w, want := range map[string]string{"Trump": "Xx", "trump": "x", "U.S.": "X.X.", "NASA": "X", "iPhone": "xXx", "McDonald": "XxXx", "2016": "d", "F-16": "X-d", "Mr.": "Xx.", "Peña": "Xx", "ÉCOLE": "X"} {
		if got := shape(w); got != want {
			t.Errorf("shape(%q) = %q, want %q", w, got, want)
		}
	}
}
