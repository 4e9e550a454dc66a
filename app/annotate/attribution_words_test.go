package annotate

import (
	"strings"
	"testing"

	"readwell/app/article"
)

// TestMixedQuoteMarks: a quotation typed with a curly opening and a
// straight closing mark ends at the straight one when no curly close
// follows, or when the attribution splits it; otherwise, with a curly
// close later, the straight mark is inside it.
func TestMixedQuoteMarks(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{`“When removing them, you need monitoring," said Lisa Boesky, a psychologist.`, []string{"When removing them, you need monitoring"}},
		{`“He said "no" twice,” she wrote.`, []string{`He said "no" twice`}},
		{`“One,” he said. “Two," she said.`, []string{"One", "Two"}},
		// Split by its attribution, the halves typed “…," and "…”.
		{`“When all is presented," he said, "maybe you’ll see.”`, []string{"When all is presented", "maybe you’ll see."}},
		{`“A "b" c "d" e,” she said.`, []string{`A "b" c "d" e`}},
		{`“Left open to the end`, []string{"Left open to the end"}},
		// ”…” (a closing mark typed for both): it opens at a word's start
		// when another one follows; a stray one opens nothing.
		{`Another said: ”Bird flu in the year of the rooster.” Stocks were ”dwindling.”`, []string{"Bird flu in the year of the rooster.", "dwindling."}},
		{`A stray ”mark and nothing after`, nil},
		{`“One” and ”two”`, []string{"One", "two"}},
	} {
		text := []rune(c.text)
		var got []string
		for _, s := range findQuotes(0, text) {
			got = append(got, string(text[s.start:s.end]))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("findQuotes(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestUnnamedSubject: "an insider told", "one former aide said" name
// nobody; "a Trump aide", "Sanders" or no indefinite word do.
func TestUnnamedSubject(t *testing.T) {
	for _, c := range []struct {
		attribution string
		want        bool
	}{
		{"an insider told the outlet", true},
		{"one former senior aide said", true},
		{"a person familiar with the talks said", true},
		{"a Trump aide said", true},
		{"one Weibo user wrote", true},
		{"many Republicans said", false}, // the head is a name
		{"many voters said", true},
		{"a said", false},
		{"Sanders said", false},
		{"the spokesman said", false},
	} {
		toks := tokenize([]rune(c.attribution))
		verb := -1
		for i, tk := range toks {
			if isReportingVerb(tk.text) {
				verb = i
				break
			}
		}
		if got := unnamedSubject(toks, 0, verb); got != c.want {
			t.Errorf("unnamedSubject(%q) = %v, want %v", c.attribution, got, c.want)
		}
	}
}

// TestPronounKind: pronouns stand for people or organisations; "the
// company" stands for an organisation, "company" alone for nothing.
func TestPronounKind(t *testing.T) {
	for _, c := range []struct {
		words string
		at    int
		want  string
	}{
		{"she said", 0, "person"},
		{"the company said", 1, "org"},
		{"the production company said", 2, "org"},
		{"its statement read", 1, "org"},
		{"company officials said", 0, ""},
		{"the senator said", 1, ""},
	} {
		if got := pronounKind(tokenize([]rune(c.words)), c.at); got != c.want {
			t.Errorf("pronounKind(%q, %d) = %q, want %q", c.words, c.at, got, c.want)
		}
	}
}

// TestFirstNameJoins: a lone first name joins the one person who has
// it; with two people of that first name it joins neither.
func TestFirstNameJoins(t *testing.T) {
	person := func(words ...string) span {
		return span{kind: "person", name: strings.Join(words, " "), tokens: words}
	}
	ents, per := resolveSpans([]span{person("Taylor", "Swift"), person("Scooter", "Braun"), person("Taylor")})
	if len(ents) != 2 || per[2] != per[0] {
		t.Errorf("Taylor after Taylor Swift and Scooter Braun: %d entities, Taylor is %v, want 2 and Taylor Swift", len(ents), per[2])
	}
	ents, per = resolveSpans([]span{person("Taylor", "Swift"), person("Taylor", "Lautner"), person("Taylor")})
	if len(ents) != 3 || per[2] == per[0] || per[2] == per[1] {
		t.Errorf("Taylor after two Taylors: %d entities, want 3 (Taylor on its own)", len(ents))
	}
}

// TestDatelinePlace: a dateline's capitals ("MADRID") are the place the
// article names again ("Madrid"), whatever kind the tagger gave them.
func TestDatelinePlace(t *testing.T) {
	ents, per := resolveSpans([]span{
		{kind: "org", name: "MADRID", tokens: []string{"MADRID"}},
		{kind: "place", name: "Madrid", tokens: []string{"Madrid"}, block: 1},
	})
	if len(ents) != 1 || per[0] != per[1] || ents[0].Name != "Madrid" || ents[0].Kind != "place" {
		t.Errorf("MADRID and Madrid: %d entities, first %+v, want one place named Madrid", len(ents), ents[0])
	}
}

// TestSurnameAlone: a person's surname on its own is that person, even a
// word that is also a title ("says Doctor" after "Ken Doctor").
func TestSurnameAlone(t *testing.T) {
	a := article.Article{Blocks: []article.Block{
		{Kind: "p", Text: "“Revenue has not grown in a decade,” says veteran industry analyst Ken Doctor."},
		{Kind: "p", Text: "“Financial players are making money on the way down,” says Doctor."},
	}}
	Article(&a)
	for _, q := range a.Quotes {
		if q.Speaker != "ken-doctor" {
			t.Errorf("%q: speaker %q, want ken-doctor (entities %+v)", q.Text, q.Speaker, a.Entities)
		}
	}
}

// TestSloganIsATerm: a short quotation nobody says is a term, a sentence
// or not ("Meth. We're on it." on a billboard).
func TestSloganIsATerm(t *testing.T) {
	a := article.Article{Blocks: []article.Block{
		{Kind: "p", Text: "The county's billboards carry a new slogan, “Meth. We’re on it.” and a phone number."},
	}}
	Article(&a)
	if len(a.Quotes) != 1 || a.Quotes[0].Kind != "term" || a.Quotes[0].Speaker != "" {
		t.Errorf("quotes %+v, want one term without a speaker", a.Quotes)
	}
}

// TestFullOrPartial: a quote its sentence reads on through is partial;
// one in lower case after a comma is full when a verb of saying leads
// into it and partial when it goes on the sentence.
func TestFullOrPartial(t *testing.T) {
	for _, c := range []struct {
		name, para string
		want       []string
	}{
		{"reads on", `"We don't want those people" working in federal prisons, Hawk Sawyer said.`, []string{"partial"}},
		{"ends in a comma", `"We really took that challenge to heart," Tim Cook said.`, []string{"full"}},
		{"said, lower case", `“After two more years of this,” Ken Doctor asks, “what kind of products are going to be left?”`, []string{"full", "full"}},
		{"goes on the sentence", `"We all miss Steve so much," Marc Benioff weighed in, telling Tim Cook, "since he passed, you've been so true to him."`, []string{"full", "partial"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := article.Article{Blocks: []article.Block{{Kind: "p", Text: c.para}}}
			Article(&a)
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Kind)
			}
			if strings.Join(got, " ") != strings.Join(c.want, " ") {
				t.Errorf("kinds of %q = %v, want %v", c.para, got, c.want)
			}
		})
	}
}

// TestDescriptionHead: "the 56-year-old", "the former senator" stand for
// someone named before; "the Florida senator" names a place, "the" alone
// or a long clause is no description.
func TestDescriptionHead(t *testing.T) {
	for _, c := range []struct {
		words, want string
	}{
		{"the 56-year-old said", "56-year-old"},
		{"the former senator said", "senator"},
		{"the Florida senator said", ""},
		{"the said", ""},
		{"the man who ran the campaign for years said", ""},
	} {
		toks := tokenize([]rune(c.words))
		if got := descriptionHead(toks, 0, len(toks)-1); got != c.want {
			t.Errorf("descriptionHead(%q) = %q, want %q", c.words, got, c.want)
		}
	}
}

// TestCompanyWithoutLegalForm: "Gannett" after "Gannett Co." is the
// company, whatever kind the tagger gave the short name.
func TestCompanyWithoutLegalForm(t *testing.T) {
	ents, per := resolveSpans([]span{
		{kind: "org", name: "Gannett Co.", tokens: []string{"Gannett", "Co."}},
		{kind: "person", name: "Gannett", tokens: []string{"Gannett"}, block: 1},
		{kind: "person", name: "Gannett", tokens: []string{"Gannett"}, block: 2},
	})
	if len(ents) != 1 || per[1] != per[0] || ents[0].Kind != "org" {
		t.Errorf("Gannett Co. and Gannett: %d entities, first %+v, want one organisation", len(ents), ents[0])
	}
}

// TestPlaceLedNames: a name that opens with a place of two words and goes
// on names a team or a paper, not a person; the place alone stays one.
func TestPlaceLedNames(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Los Angeles Lakers", true},
		{"New York Daily News", true},
		{"Los Angeles", false},
		{"Paris Hilton", false},
		{"Austin Butler", false},
	} {
		if got := placeLed(strings.Fields(c.name)); got != c.want {
			t.Errorf("placeLed(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestWordsAfterElsewhere: the tagger reads where else a capitalised word
// stands: after "the" (a team, a firm) or after a person's title.
func TestWordsAfterElsewhere(t *testing.T) {
	var toks [][]token
	for _, p := range []string{"Last night the Lakers won, and Mr. Benioff said so.", "Lakers fans cheered Benioff."} {
		toks = append(toks, tokenize([]rune(p)))
	}
	s := collectWordStats(toks)
	for _, c := range []struct {
		word string
		want uint8
	}{{"lakers", afterThe}, {"benioff", afterTitle}, {"fans", 0}, {"last", 0}} {
		if got := s.after[c.word]; got != c.want {
			t.Errorf("collectWordStats: after[%q] = %d, want %d", c.word, got, c.want)
		}
	}
}

// TestApposition: a name, an apposition between commas, then the verb:
// the name before the first comma speaks, not a name inside the
// apposition nor the one told.
func TestApposition(t *testing.T) {
	for _, c := range []struct{ para, want string }{
		{"“This is how epidemics begin,” Dr. Luz Contreras Arroyo, a member of the group and signatory to the letter, told NBC News.", "Luz Contreras Arroyo"},
		{"“As alleged, the defendants had a duty to ensure the safety of federal inmates,” Geoffrey Berman, the U.S. attorney for the Southern District of New York, said in a news release.", "Geoffrey Berman"},
	} {
		a := article.Article{Blocks: []article.Block{{Kind: "p", Text: c.para}}}
		Article(&a)
		if len(a.Quotes) != 1 {
			t.Fatalf("%q: %d quotes, want 1", c.para, len(a.Quotes))
		}
		e, _ := EntityByID(a, a.Quotes[0].Speaker)
		if e.Name != c.want {
			t.Errorf("speaker of %q = %q, want %q", a.Quotes[0].Text, e.Name, c.want)
		}
	}
}

// annotated is an article of the given paragraphs, annotated.
func annotated(paragraphs ...string) article.Article {
	var a article.Article
	for _, p := range paragraphs {
		a.Blocks = append(a.Blocks, article.Block{Kind: "p", Text: p})
	}
	Article(&a)
	return a
}

// checkOneSpeaker annotates each case's paragraphs and checks that they
// hold one quotation, given to the case's speaker.
func checkOneSpeaker(t *testing.T, cases []oneSpeakerCase) {
	t.Helper()
	for _, c := range cases {
		a := annotated(c.paras...)
		if len(a.Quotes) != 1 {
			t.Fatalf("%q: %d quotes, want 1", c.paras[len(c.paras)-1], len(a.Quotes))
		}
		e, _ := EntityByID(a, a.Quotes[0].Speaker)
		if e.Name != c.want {
			t.Errorf("%q: speaker %q, want %q", c.paras[len(c.paras)-1], e.Name, c.want)
		}
	}
}

// oneSpeakerCase is paragraphs holding one quotation, and who said it.
type oneSpeakerCase struct {
	paras []string
	want  string
}

// TestGenerationalSuffix: "Jr.", "Sr.", "III" stay in a person's name,
// and the surname before them ("Casey", "Mr. Casey") is the same person.
func TestGenerationalSuffix(t *testing.T) {
	a := annotated(
		"Sen. Robert P. Casey Jr. of Pennsylvania spoke on Tuesday about the bill and its cost.",
		"“We will not vote for it,” Mr. Casey said. Casey has opposed it for months.",
		"Patrick W. Carlineo Jr., 55, of Addison, pleaded guilty. Carlineo faces ten years.",
	)
	names := map[string]article.Entity{}
	for _, e := range a.Entities {
		names[e.Name] = e
	}
	casey, ok := names["Robert P. Casey Jr."]
	if !ok || casey.Mentions != 3 || !containsString(casey.Aliases, "Casey") {
		t.Errorf("Robert P. Casey Jr.: %+v, want 3 mentions and the alias Casey (entities %+v)", casey, a.Entities)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != casey.ID {
		t.Errorf("quotes %+v, want one by %s", a.Quotes, casey.ID)
	}
	if e, ok := names["Patrick W. Carlineo Jr."]; !ok || e.Mentions != 2 {
		t.Errorf("Patrick W. Carlineo Jr.: %+v, want 2 mentions (entities %+v)", e, a.Entities)
	}
	for _, c := range []struct{ words, want string }{
		{"Robert P. Casey Jr.", "Casey"}, {"Brent Bozell III", "Bozell"}, {"Casey", "Casey"}, {"Jr.", "Jr."},
	} {
		if got := surname(strings.Fields(c.words)); got != c.want {
			t.Errorf("surname(%q) = %q, want %q", c.words, got, c.want)
		}
	}
}

// TestOrgShortName: a name tagged a person's and an organisation's by
// turns that opens an organisation's name is that organisation ("Big
// Machine"); one only ever tagged a person's stays a person ("Eric Trump"
// beside the Eric Trump Foundation).
func TestOrgShortName(t *testing.T) {
	sp := func(kind string, block int, words ...string) span {
		return span{kind: kind, name: strings.Join(words, " "), tokens: words, block: block}
	}
	ents, per := resolveSpans([]span{
		sp("org", 0, "Big", "Machine", "Records"), sp("person", 1, "Big", "Machine"), sp("org", 2, "Big", "Machine"),
		sp("org", 3, "Eric", "Trump", "Foundation"), sp("person", 4, "Eric", "Trump"), sp("person", 5, "Eric", "Trump"),
	})
	if per[1] != per[0] || per[2] != per[0] || per[0].Kind != "org" {
		t.Errorf("Big Machine beside Big Machine Records: %+v %+v %+v, want one organisation", per[0], per[1], per[2])
	}
	if per[4] == per[3] || per[4].Kind != "person" || per[5] != per[4] {
		t.Errorf("Eric Trump beside the Eric Trump Foundation: %+v, want a person of his own", per[4])
	}
	if len(ents) != 3 {
		t.Errorf("%d entities, want 3", len(ents))
	}
}

// TestEmptyParagraphKeepsSpeaker: an empty paragraph (where an image
// stood) between two quotes of one statement does not break the run:
// "the statement continued" is still the speaker of the quote before.
func TestEmptyParagraphKeepsSpeaker(t *testing.T) {
	a := annotated(
		"Sony Music said in a statement on Monday: “We are proud of the album and of every artist on it.”",
		"",
		"“We will keep working with the band on the tour,” the statement continued.",
	)
	if len(a.Quotes) != 2 || a.Quotes[0].Speaker == "" || a.Quotes[1].Speaker != a.Quotes[0].Speaker {
		t.Errorf("quotes %+v, want two by the same speaker (entities %+v)", a.Quotes, a.Entities)
	}
}

// TestOrgOpensWithConnector: a capitalised word and "for" or "of" the
// tagger left out before an organisation's name open it ("Doctors for
// Camp Closure"); a title does not ("Secretary of Homeland Security"),
// nor a sentence's first word, whose capital says nothing.
func TestOrgOpensWithConnector(t *testing.T) {
	for _, c := range []struct{ text, org, want string }{
		{"The doctors, members of a group Doctors for Camp Closure, wrote.", "Camp Closure", "Doctors for Camp Closure"},
		{"She met the Secretary of Homeland Security on Monday.", "Homeland Security", "Homeland Security"},
		{"Doctors for Camp Closure wrote a letter.", "Camp Closure", "Camp Closure"},
	} {
		text := []rune(c.text)
		toks := tokenize(text)
		tags := make([]int, len(toks))
		for i := range toks {
			if strings.HasPrefix(c.org, toks[i].text) && (i+1 < len(toks)) {
				tags[i], tags[i+1] = 3, 4 // B-org, I-org
				break
			}
		}
		ss := spansFromTags(0, text, toks, tags, nil)
		if len(ss) != 1 || ss[0].name != c.want {
			t.Errorf("%q: spans %+v, want one named %q", c.text, ss, c.want)
		}
	}
}

// TestPlaceGoesByItsName: a place named more often by its people's
// adjective ("Belgian" twice, "Belgium" once) still goes by its own name;
// a place's usual name stays.
func TestPlaceGoesByItsName(t *testing.T) {
	for _, c := range []struct {
		forms map[string]int
		want  string
	}{
		{map[string]int{"Belgian": 2, "Belgium": 1}, "Belgium"},
		{map[string]int{"Belgian": 1}, "Belgium"},
		{map[string]int{"Madrid": 3}, "Madrid"},
	} {
		if got := canonicalName(&group{forms: c.forms}, "place"); got != c.want {
			t.Errorf("canonicalName(%v) = %q, want %q", c.forms, got, c.want)
		}
	}
}

// TestPossessiveDescriptionsAreUnnamed: "her lawyer", "his wife", "the
// victim's mother" are people the article does not name, as "an aide"
// is: their words are nobody's that a chip could show, not the words of
// the person they belong to. "her lawyer, John Doe," names one.
func TestPossessiveDescriptionsAreUnnamed(t *testing.T) {
	a := annotated(
		"Maria Lopez was sentenced to five years on Monday for fraud.",
		"\"We will appeal this decision,\" her lawyer said.",
		"\"She is devastated,\" his wife told reporters after John Smith was jailed.",
		"The victim's mother testified, describing her daughter as \"brave, strong, and smart.\"",
		"\"We will appeal,\" her lawyer, John Doe, said.",
	)
	want := []string{"", "", "", "John Doe"}
	if len(a.Quotes) != len(want) {
		t.Fatalf("%d quotes, want %d", len(a.Quotes), len(want))
	}
	for i, q := range a.Quotes {
		e, _ := EntityByID(a, q.Speaker)
		if e.Name != want[i] {
			t.Errorf("%q: speaker %q, want %q", q.Text, e.Name, want[i])
		}
	}
}
