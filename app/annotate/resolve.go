package annotate

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"readwell/app/article"
)

// span is a name the tagger found: where it stands and its kind.
type span struct {
	block       int
	first, end  int // token indexes [first, end)
	start, stop int // rune offsets in the block
	kind        string
	name        string // as written, in one line
	tokens      []string
	hadThe      bool   // a capital "The" stood before it mid-sentence
	demonymOf   string // "Mexican": the place it is a word for
}

// spansFromTags turns one block's BIO tags into spans, with titles and
// "The" taken off the front ("Mr. Trump", "The Heritage Foundation").
func spansFromTags(block int, text []rune, toks []token, tags []int, surnames map[string]bool) []span {
	var out []span
	for i := 0; i < len(toks); {
		if tags[i] == tagOut {
			i++
			continue
		}
		kind := tagKind(tags[i])
		j := i + 1
		for j < len(toks) && tags[j] != tagOut && !tagBegins(tags[j]) && tagKind(tags[j]) == kind {
			j++
		}
		first, end := i, j
		hadThe := false
		for first < end-1 && (titleWords[toks[first].text] && kind == "person" || toks[first].text == "The") {
			hadThe = toks[first].text == "The" && !toks[first].sentStart
			first++
		}
		if first == i && i > 0 && toks[i-1].text == "The" && !toks[i-1].sentStart {
			hadThe = true
		}
		// "El Paso", "Los Angeles": a Spanish article the tagger left out
		// (it reads one as a function word) opens the name.
		if first == i && i > 0 && tags[i-1] == tagOut && nameArticles[toks[i-1].text] && spaceOnlyBefore(text, toks, i) {
			first = i - 1
		}
		// "the Health and Human Services secretary": capitalised words
		// the tagger left out, then "and", open an organisation's name.
		if kind == "org" && first == i {
			first = joinedOrgStart(text, toks, tags, i)
		}
		// A name ends on a word with a capital or a digit: a connector
		// or other small word at its end is the sentence's ("the SUV of
		// the original e-tron").
		for end > first && (connectors[toks[end-1].text] || allLower(toks[end-1].text)) {
			end--
		}
		// "Doctors for Camp Closure", "Department of Homeland Security":
		// a capitalised word and a connector the tagger left out before an
		// organisation's name open it (not a title: "Secretary of").
		if kind == "org" && first == i && i >= 2 && connectors[toks[i-1].text] && tags[i-1] == tagOut && tags[i-2] == tagOut {
			if w := toks[i-2]; w.capitalized() && !w.sentStart && !titleWords[w.text] && !functionWords[w.text] && (i < 3 || !toks[i-3].capitalized() || toks[i-3].sentStart) {
				first = i - 2
			}
		}
		// A title inside the name: what follows it is a person ("Police
		// Chief Mark Jones", "NASA Administrator Jim Bridenstine"); what
		// stands before it is their organisation or place, if the tagger
		// said so, or else part of the title.
		if k := lastTitle(toks, first, end); k >= 0 {
			// "Disney Chief Executive Bob Iger": the whole title comes off.
			from := k
			for from > first && titleWords[toks[from-1].text] {
				from--
			}
			if kind != "person" && from > first {
				out = appendSpan(out, block, text, toks, first, from, kind, hadThe, surnames)
			}
			first, kind, hadThe = k+1, "person", false
		}
		// "Black Friday", "Cyber Monday", "Super Tuesday": a common word
		// before a day's name the tagger left out names a day, not
		// someone ("Trump Monday said" keeps its name).
		if end-first == 1 && end == j && end < len(toks) && tags[end] == tagOut && weekdays[toks[end].text] &&
			spaceOnlyBefore(text, toks, end) && defaultCommonWords()[toks[first].lower] {
			i = j
			continue
		}
		// "Walt Disney Co.": a legal form the tagger left out makes the
		// name a company's, whatever kind the tagger said.
		if end < len(toks) && end == j && tags[end] == tagOut && legalForms[toks[end].text] && spaceOnlyBefore(text, toks, end) {
			end++
			kind = "org"
		}
		// "Kansas City Star", "USA Today", "San Jose Mercury News": a
		// place's name and a newspaper's word after it name a newspaper,
		// whatever the tagger made of that word.
		if kind == "place" && end == j {
			if end-first > 1 && newspaperWords[toks[end-1].text] {
				kind = "org"
			} else if k := newspaperNameEnd(text, toks, end); k > end {
				end, j, kind = k, k, "org"
			}
		}
		// "Patrick W. Carlineo Jr.": the generational suffix the tagger
		// left out belongs to the name.
		if kind == "person" && end < len(toks) && end == j && tags[end] == tagOut && generationalSuffixes[toks[end].text] && end-first >= 1 && spaceOnlyBefore(text, toks, end) {
			end++
		}
		out = appendSpan(out, block, text, toks, first, end, kind, hadThe, surnames)
		i = j
	}
	return out
}

// newspaperNameEnd is where a newspaper's name that goes on after a
// place's name ending at token end ends: past the first newspaper word
// among the next three capitalised words ("Today" of "USA Today",
// "Mercury News" of "San Jose Mercury News"); end when there is none.
func newspaperNameEnd(text []rune, toks []token, end int) int {
	for k := end; k < len(toks) && k-end < 3; k++ {
		t := toks[k]
		if !t.capitalized() || t.sentStart || !spaceOnlyBefore(text, toks, k) || titleWords[t.text] {
			return end
		}
		if newspaperWords[t.text] {
			return k + 1
		}
	}
	return end
}

// weekdays name the days of the week.
var weekdays = setOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

// nameParticles stand capitalised inside a person's name ("James Van
// Der Beek", "Oscar De La Hoya"); the tagger reads some as function words
// (German "Der", Spanish "La") and cuts the name there.
var nameParticles = article.NameParticles

// joinParticleNames mends a person's name the tagger cut at its
// particles: a person's name, capitalised particles it left out, and a
// capitalised word become one name ("James Van" Der "Beek").
func joinParticleNames(text []rune, toks []token, tags []int) {
	for i := 1; i < len(toks); i++ {
		if tagKind(tags[i-1]) != "person" || !nameParticles[toks[i].text] || tags[i] != tagOut && !tagBegins(tags[i]) && tagKind(tags[i]) == "person" {
			continue
		}
		j := i
		for j < len(toks) && j-i < 3 && nameParticles[toks[j].text] && spaceOnlyBefore(text, toks, j) {
			j++
		}
		if j == i || j >= len(toks) || !toks[j].capitalized() || nameParticles[toks[j].text] || !spaceOnlyBefore(text, toks, j) {
			continue
		}
		if tags[j] != tagOut && tagKind(tags[j]) != "person" {
			continue
		}
		inside := tagOut + 2 // I-person
		for k := i; k <= j; k++ {
			tags[k] = inside
		}
		i = j
	}
}

// joinAndOrgs mends an organisation's name the tagger cut at its "and"
// ("Citizenship" and "Immigration Services"): a one-word organisation
// that is a common word, "and" with no comma, and the organisation
// right after it become one name. An acronym or a name of its own
// before "and" is another body ("the FBI and Justice Department").
func joinAndOrgs(text []rune, toks []token, tags []int) {
	common := defaultCommonWords()
	for i := 2; i < len(toks); i++ {
		w := i - 2
		if toks[i-1].text != "and" || tags[i-1] != tagOut || tagKind(tags[i]) != "org" || !tagBegins(tags[i]) ||
			tagKind(tags[w]) != "org" || !tagBegins(tags[w]) || !common[toks[w].lower] || toks[w].sentStart ||
			commaBefore(text, toks, i-1) || !spaceOnlyBefore(text, toks, i) {
			continue
		}
		tags[i-1], tags[i] = tags[w]+1, tags[w]+1 // I-org
	}
}

// joinOrgTails mends an organisation's name the tagger cut at "for the"
// or "of the" ("National Society" | for the | "Prevention of Cruelty" to
// "Children"): a name that ends in an organisation's word goes on
// through the connector over the capitalised words after it (small words
// between them). A word the tagger took for a person or a place goes
// only if it is a common word; a function word, such as a day, ends the name ("the
// Senate for the Monday vote" is no name). Without "the" the connector
// is too often the sentence's ("the Senate for Democrats").
func joinOrgTails(text []rune, toks []token, tags []int) {
	common := defaultCommonWords()
	for j := 1; j+2 < len(toks); j++ {
		if tagKind(tags[j-1]) != "org" || tags[j] != tagOut || !orgSuffixes[toks[j-1].text] || !orgTailConnectors[toks[j].text] || toks[j+1].text != "the" {
			continue
		}
		k, end := j+2, j
		for n := 0; k < len(toks) && n < 6 && spaceOnlyBefore(text, toks, k); k, n = k+1, n+1 {
			t := toks[k]
			if !t.capitalized() {
				if !orgTailConnectors[t.text] && !tailSmallWords[t.text] {
					break
				}
				continue
			}
			if t.sentStart || functionWords[t.text] || tags[k] != tagOut && tagKind(tags[k]) != "org" && !common[t.lower] {
				break
			}
			end = k + 1
		}
		if end == j {
			continue
		}
		inside := tags[j-1]
		if tagBegins(inside) {
			inside++
		}
		for i := j; i < end; i++ {
			tags[i] = inside
		}
		j = end
	}
}

// orgTailConnectors join an organisation's word to what it is for.
var orgTailConnectors = setOf("for", "of")

// tailSmallWords stand between the capitalised words of a name's tail
// ("Prevention of Cruelty to Children").
var tailSmallWords = setOf("the", "to", "and", "on", "in")

// joinAtInitials mends a name the tagger cut after a middle initial
// ("Philip K." | "Dick Award"): a name that ends on a lone capital
// letter and its dot goes on into the name right after it, as one name
// of the first one's kind.
func joinAtInitials(text []rune, toks []token, tags []int) {
	for i := 1; i < len(toks); i++ {
		if tags[i-1] == tagOut || !tagBegins(tags[i]) || !loneCapital(toks[i-1].text) || !middleInitialAt(text, toks[i-1].end) {
			continue
		}
		inside := tags[i-1]
		if tagBegins(inside) {
			inside++
		}
		for k := i; k < len(toks) && (k == i || tags[k] != tagOut && !tagBegins(tags[k])); k++ {
			tags[k] = inside
		}
	}
}

// loneCapital: w is one capital letter ("K" of "Philip K. Dick", "E" of
// "Group E").
func loneCapital(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// nameArticles are Spanish articles that open place names written in
// English ("El Paso", "Los Angeles", "Las Vegas", "La Paz").
var nameArticles = setOf("El", "La", "Los", "Las")

// joinedOrgStart is where an organisation's name that the tagger begins
// at token i begins: earlier, at capitalised common words it left out
// before an "and" ("Health and Human Services", "Citizenship and
// Immigration Services"); i when there are none. Words the tagger named
// are another name ("the FBI and Justice Department"), and so are words
// no common noun ("SpaceX and Blue Origin": a name the tagger missed).
func joinedOrgStart(text []rune, toks []token, tags []int, i int) int {
	if i < 2 || toks[i-1].text != "and" || tags[i-1] != tagOut || commaBefore(text, toks, i-1) {
		return i
	}
	first := i - 1
	common := defaultCommonWords()
	for first > 0 && i-first <= 4 && tags[first-1] == tagOut && toks[first-1].capitalized() && !toks[first-1].sentStart &&
		!functionWords[toks[first-1].text] && common[toks[first-1].lower] && (first == i-1 || !commaBefore(text, toks, first)) {
		first--
	}
	if first == i-1 {
		return i
	}
	return first
}

// lastTitle is the index of the last title word in toks[first:end]
// that has a capitalised name after it, or -1. A regnal title before a
// single name stays with it ("Prince Andrew", "Pope Francis").
func lastTitle(toks []token, first, end int) int {
	k := -1
	for i := first; i < end-1; i++ {
		if titleWords[toks[i].text] && toks[end-1].capitalized() {
			k = i
		}
	}
	if k < 0 || regnalTitles[toks[k].text] && k == end-2 || end-k-1 > 4 {
		return -1
	}
	// After a connector a title is the name's ("Office of Inspector
	// General", "Office of the Inspector General", "Secretary of State").
	before := k - 1
	if before > first && strings.EqualFold(toks[before].text, "the") {
		before--
	}
	if before >= first && connectors[toks[before].text] {
		return -1
	}
	// What follows must look like a person's name, not "World Health
	// Organization" or "Secretary of State".
	for _, t := range toks[k+1 : end] {
		if orgSuffixes[t.text] || places[t.text] != "" || !t.capitalized() && !connectors[t.text] {
			return -1
		}
	}
	return k
}

// appendSpan adds the name toks[first:end] as a span of kind.
func appendSpan(out []span, block int, text []rune, toks []token, first, end int, kind string, hadThe bool, surnames map[string]bool) []span {
	if end <= first {
		return out
	}
	s := span{block: block, first: first, end: end, start: toks[first].start, stop: toks[end-1].end, kind: kind, hadThe: hadThe, tokens: wordsOf(toks[first:end])}
	s.name = joinTokens(text, toks[first:end])
	if titleWords[s.name] && !surnames[s.name] || functionWords[s.name] {
		return out
	}
	// "E" of "E! News", "G" of "G forces": one letter alone names no one.
	if end-first == 1 && loneCapital(toks[first].text) {
		return out
	}
	// "Group E", "Plan B", "Path C": a label ending in a letter, no
	// organisation or place (a person may be: "Malcolm X").
	if kind != "person" && end-first > 1 && loneCapital(toks[end-1].text) {
		return out
	}
	return append(out, s)
}

// group is one entity being built from its spans.
type group struct {
	entity *article.Entity
	kinds  map[string]int
	forms  map[string]int // each written form, and how often
	hadThe bool
	last   string // a person's surname
	words  int    // the longest form's word count
	spans  []int
}

// resolveSpans groups spans into entities: a person's surname alone
// joins the full name it belongs to (the nearest before it when two
// people share it), an acronym joins the name it abbreviates, a place
// takes its usual name. It returns the entities and, per span, its entity
// (nil for none).
func resolveSpans(spans []span) ([]*article.Entity, []*article.Entity) {
	var groups []*group
	byForm := map[string][]*group{} // written form → groups holding it
	of := make([]*group, len(spans))
	newGroup := func(s span) *group {
		g := &group{kinds: map[string]int{}, forms: map[string]int{}, words: len(s.tokens)}
		if s.kind == "person" {
			g.last = surname(s.tokens)
		}
		groups = append(groups, g)
		return g
	}
	join := func(g *group, i int) {
		s := spans[i]
		g.kinds[s.kind]++
		g.forms[s.name]++
		g.spans = append(g.spans, i)
		g.hadThe = g.hadThe || s.hadThe
		if len(s.tokens) > g.words {
			g.words = len(s.tokens)
		}
		if !containsGroup(byForm[s.name], g) {
			byForm[s.name] = append(byForm[s.name], g)
		}
		of[i] = g
	}
	// Longest names first, so "Claudia Sheinbaum" exists before "Sheinbaum".
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return len(spans[order[a]].tokens) > len(spans[order[b]].tokens) })
	lastOf := map[string][]*group{}
	firstOf := map[string][]*group{}   // people of more than one word by their first
	companies := map[string]*group{}   // companies by their name without a legal form
	departments := map[string]*group{} // government bodies by departmentKey
	var orgShort shortForms
	placeEnds := map[string][]*group{} // a multi-word place by its last word
	for _, i := range order {
		s := spans[i]
		if s.demonymOf != "" {
			continue // below, once every place is known
		}
		key := s.name
		if s.kind == "place" || s.name == strings.ToUpper(s.name) {
			if canon := places[s.name]; canon != "" {
				key = canon
			}
		}
		if gs := byForm[key]; len(gs) > 0 {
			join(nearestGroup(gs, spans, i), i)
			continue
		}
		if g := companies[strings.Join(s.tokens, " ")]; g != nil {
			// "Gannett" after "Gannett Co.": the company without its legal form.
			join(g, i)
			continue
		}
		if g := departments[departmentKey(s)]; g != nil {
			// "Homeland Security Department" after "Department of
			// Homeland Security": one body, its words turned about.
			join(g, i)
			continue
		}
		if s.kind == "person" && len(s.tokens) == 1 {
			if gs := lastOf[s.tokens[0]]; len(gs) > 0 {
				join(nearestGroup(gs, spans, i), i)
				continue
			}
			// "Taylor" after "Taylor Swift", when one person has that first name.
			if gs := firstOf[s.tokens[0]]; len(gs) == 1 {
				join(gs[0], i)
				continue
			}
		}
		if len(s.tokens) == 1 && s.kind != "org" && places[s.name] == "" {
			// "Carolina" after "North Carolina": the place's short name,
			// not a person of that name. A place of its own ("India"
			// after "North India", "Ireland" after "Northern Ireland")
			// is itself.
			if gs := placeEnds[s.tokens[0]]; len(gs) > 0 {
				join(nearestGroup(gs, spans, i), i)
				continue
			}
		}
		if s.kind == "person" && len(s.tokens) > 1 {
			// "Nielsen Hayden" after "Teresa Nielsen Hayden" is her.
			if gs := lastOf[surname(s.tokens)]; len(gs) > 0 {
				if g := nearestGroup(gs, spans, i); !otherFirstName(formOf(g), s.tokens) {
					join(g, i)
					continue
				}
			}
		}
		if s.kind == "org" && len(s.tokens) == 1 && isAcronym(s.name) {
			if g := orgShort.acronym(s.name); g != nil {
				join(g, i)
				continue
			}
		}
		if s.kind == "org" {
			// "Alden" after "Alden Global Capital", "The Times" after "The
			// New York Times": a short form of a longer organisation's name.
			if g := orgShort.of(s.tokens); g != nil {
				join(g, i)
				continue
			}
		}
		g := newGroup(s)
		join(g, i)
		if s.kind == "org" {
			orgShort.add(g, strings.Fields(s.name)) // by its written words, as formOf gives them
			if k := departmentKey(s); k != "" && departments[k] == nil {
				departments[k] = g
			}
		}
		if key != s.name {
			byForm[key] = append(byForm[key], g)
			g.forms[key] += 0
		}
		if g.last != "" {
			lastOf[g.last] = append(lastOf[g.last], g)
		}
		if n := len(s.tokens); n > 1 && legalForms[s.tokens[n-1]] {
			key := strings.Join(s.tokens[:n-1], " ")
			if companies[key] == nil {
				companies[key] = g
			}
		}
		if s.kind == "person" && len(s.tokens) > 1 && !containsGroup(firstOf[s.tokens[0]], g) {
			firstOf[s.tokens[0]] = append(firstOf[s.tokens[0]], g)
		}
		if s.kind == "place" && len(s.tokens) > 1 {
			last := s.tokens[len(s.tokens)-1]
			placeEnds[last] = append(placeEnds[last], g)
		}
	}
	for _, i := range order {
		if s := spans[i]; s.demonymOf != "" {
			if gs := byForm[s.demonymOf]; len(gs) > 0 {
				join(gs[0], i)
			}
		}
	}
	mergeOrgShortNames(groups, &orgShort, of)
	var entities []*article.Entity
	used := map[string]bool{}
	for _, g := range groups {
		if len(g.spans) == 0 || !namedByName(g) {
			continue // merged into another, or only words of nationality
		}
		kind, best := "", -1
		for _, k := range kindNames {
			if g.kinds[k] > best {
				kind, best = k, g.kinds[k]
			}
		}
		// A name that ends in an organisation's word ("Heritage
		// Foundation", "White House", "U.S. Army") is one, whatever the
		// tagger's training data said of it.
		if words := strings.Fields(formOf(g)); len(words) > 1 && orgSuffixes[words[len(words)-1]] && places[formOf(g)] == "" {
			kind = "org"
		} else if places[formOf(g)] != "" {
			kind = "place" // the gazetteer knows it: "Hong Kong" is no person
		} else if placeLed(words) {
			kind = "org" // "Los Angeles Lakers", "Kansas City Star": named for their city
		}
		name := canonicalName(g, kind)
		if kind == "org" && len(g.forms) > 1 {
			if short := namedFirstBy(g, spans); short != "" {
				name = canonicalOrg(short, g.hadThe)
			}
		}
		id := slug(name)
		for n := 2; used[id] || id == ""; n++ {
			id = slug(name) + "-" + strconv.Itoa(n)
		}
		used[id] = true
		g.entity = &article.Entity{ID: id, Name: name, Kind: kind, Aliases: []string{}}
		for form := range g.forms {
			if form != name && demonyms[form] == "" && g.forms[form] > 0 {
				g.entity.Aliases = append(g.entity.Aliases, form)
			}
		}
		if kind == "org" && strings.HasPrefix(name, "The ") && !containsString(g.entity.Aliases, name[4:]) {
			g.entity.Aliases = append(g.entity.Aliases, name[4:])
		}
		sort.Strings(g.entity.Aliases)
		entities = append(entities, g.entity)
	}
	per := make([]*article.Entity, len(spans))
	for i, g := range of {
		if g != nil {
			per[i] = g.entity
		}
	}
	return entities, per
}

// departmentKey is the name of an organisation tagged span s as "X
// Department" whether it is written so or "Department of (the) X"
// ("Justice Department", "Department of Justice"), for the body words
// bodyWords; "" for another name.
func departmentKey(s span) string {
	t := s.tokens
	if s.kind != "org" || len(t) < 2 {
		return ""
	}
	if bodyWords[t[len(t)-1]] {
		return strings.Join(t, " ")
	}
	if len(t) < 3 || !bodyWords[t[0]] || t[1] != "of" {
		return ""
	}
	rest := t[2:]
	if rest[0] == "the" && len(rest) > 1 {
		rest = rest[1:]
	}
	return strings.Join(rest, " ") + " " + t[0]
}

// bodyWords name a government body that English writes before or after
// its field ("Department of State", "State Department").
var bodyWords = setOf("Department", "Ministry")

// namedByName: some form of g is a name, not a word of nationality.
// "American" and "the French" name no place: their mentions join the
// place's chip when the article names it, and are no entity and no
// alias of one otherwise (CoNLL's and the readers' convention).
func namedByName(g *group) bool {
	for form := range g.forms {
		if demonyms[form] == "" {
			return true
		}
	}
	return false
}

// mergeOrgShortNames joins a name the tagger took for a person's some of
// the time and for an organisation's the rest, always written in full and
// of two words or more, that opens an organisation's longer name ("Big
// Machine" beside "Big Machine Label Group"), to the organisation. A name
// only ever tagged a person's stays one ("Eric Trump" beside the "Eric
// Trump Foundation").
func mergeOrgShortNames(groups []*group, orgShort *shortForms, of []*group) {
	for _, g := range groups {
		if g.kinds["person"] == 0 || g.kinds["org"] == 0 || len(g.spans) == 0 {
			continue
		}
		full := true
		for form := range g.forms {
			if !strings.Contains(form, " ") {
				full = false
			}
		}
		if !full {
			continue
		}
		og := orgShort.of(strings.Fields(formOf(g)))
		if og == nil || og == g {
			continue
		}
		for _, i := range g.spans {
			of[i] = og
			og.spans = append(og.spans, i)
		}
		for f, n := range g.forms {
			og.forms[f] += n
		}
		og.hadThe = og.hadThe || g.hadThe
		g.spans = nil
	}
}

// canonicalName is the name an entity goes by: a person's longest name
// (the commoner of two as long), a place's usual name, an organisation's
// commonest longest form in the house style ("U.S. Army", "The Times").
func canonicalName(g *group, kind string) string {
	name := formOf(g)
	switch kind {
	case "place":
		// The place's usual name when the article writes it ("U.S." and
		// "United States"), or only its case differs ("MEXICO"); else the
		// name as written: a chip says what the article says.
		if canon := places[name]; canon != "" && (g.forms[canon] > 0 || strings.EqualFold(canon, name)) {
			return canon
		}
		// "Belgian" said twice and "Belgium" once: the place goes by its
		// own name, not its people's.
		if place := demonyms[name]; place != "" {
			return place
		}
	case "org":
		return canonicalOrg(name, g.hadThe)
	}
	return name
}

// namedFirstBy is the shorter form an organisation goes by when the
// article named it so first, and more often, than by its longest form,
// which opens with it ("SLS" 26 times, then "SLS Block 1B", a variant
// named later; "Big Machine" before "Big Machine Label Group"); "" when
// the longest form comes first ("Goldman Sachs", then "Goldman").
func namedFirstBy(g *group, spans []span) string {
	long := formOf(g)
	first := map[string]int{}
	for _, i := range g.spans {
		if p, ok := first[spans[i].name]; !ok || pos(spans[i]) < p {
			first[spans[i].name] = pos(spans[i])
		}
	}
	best := ""
	for f, n := range g.forms {
		if f == long || !strings.HasPrefix(long, f+" ") || first[f] > first[long] || n <= g.forms[long] {
			continue
		}
		// Not a place ("New Hampshire Union Leader") nor a word the news
		// writes in lower case ("Black Lives Matter", "Democracy for
		// America").
		if places[f] != "" || !strings.Contains(f, " ") && defaultCommonWords()[strings.ToLower(f)] {
			continue
		}
		if best == "" || first[f] < first[best] {
			best = f
		}
	}
	return best
}

// formOf is a group's longest written form, the commonest among equals.
func formOf(g *group) string {
	best, words, count := "", -1, -1
	forms := make([]string, 0, len(g.forms))
	for f := range g.forms {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	for _, f := range forms {
		if g.forms[f] == 0 && len(forms) > 1 {
			continue // a key it is known by ("United States" for "U.S."), not written
		}
		w := len(strings.Fields(f))
		if w > words || w == words && g.forms[f] > count {
			best, words, count = f, w, g.forms[f]
		}
	}
	return best
}

// nearestGroup picks, among groups that share a name, the one last named
// before span i (or the first one).
func nearestGroup(gs []*group, spans []span, i int) *group {
	if len(gs) == 1 {
		return gs[0]
	}
	best, bestPos := gs[0], -1
	for _, g := range gs {
		for _, j := range g.spans {
			if before(spans[j], spans[i]) && pos(spans[j]) > bestPos {
				best, bestPos = g, pos(spans[j])
			}
		}
	}
	return best
}

func before(a, b span) bool { return a.block < b.block || a.block == b.block && a.start < b.start }

func pos(s span) int { return s.block<<20 | s.start }

// placeLed: a name of more words than the place of two or more words it
// opens with ("Los Angeles Lakers", "San Jose Mercury News") names a team,
// a paper or a company, not a person or the place.
func placeLed(words []string) bool {
	for n := len(words) - 1; n >= 2; n-- {
		if places[strings.Join(words[:n], " ")] != "" {
			return true
		}
	}
	return false
}

// shortForms finds an organisation by a short form of its name: the
// first words of a longer name ("Alden" for "Alden Global Capital"), for
// a publication ("Times", "Post") its last word, or its acronym (NRA for
// National Rifle Association: the capitalised words' initials). Names are
// indexed as their groups are made (longest first), so a look-up costs
// one map read however many organisations an article names.
type shortForms struct {
	prefix   map[string]*group
	ends     map[string]*group
	initials map[string]*group
}

// maxPrefixWords bounds the words of a name whose prefixes are indexed.
const maxPrefixWords = 8

func (f *shortForms) add(g *group, words []string) {
	if len(words) == 0 {
		return
	}
	if f.prefix == nil {
		f.prefix, f.ends, f.initials = map[string]*group{}, map[string]*group{}, map[string]*group{}
	}
	var initials strings.Builder
	for _, w := range words {
		if w != "" && hasUpper(w[:1]) {
			initials.WriteString(w[:1])
		}
	}
	if key := initials.String(); len(key) >= 2 && f.initials[key] == nil {
		f.initials[key] = g
	}
	for k := 1; k < len(words) && k <= maxPrefixWords; k++ {
		key := strings.Join(words[:k], " ")
		if f.prefix[key] == nil {
			f.prefix[key] = g
		}
	}
	if last := words[len(words)-1]; len(words) > 1 && publicationSuffixes[last] && f.ends[last] == nil {
		f.ends[last] = g
	}
}

// acronym is the organisation an acronym ("NRA", "U.N.") abbreviates:
// the first whose words' capital initials spell it.
func (f *shortForms) acronym(acronym string) *group {
	return f.initials[strings.ReplaceAll(acronym, ".", "")]
}

// of is the organisation a name's words are a short form of, or nil.
func (f *shortForms) of(words []string) *group {
	if g := f.prefix[strings.Join(words, " ")]; g != nil {
		return g
	}
	if len(words) == 1 && publicationSuffixes[words[0]] {
		return f.ends[words[0]]
	}
	return nil
}

func containsGroup(gs []*group, g *group) bool {
	for _, x := range gs {
		if x == g {
			return true
		}
	}
	return false
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
