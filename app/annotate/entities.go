package annotate

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"readwell/app/article"
)

// nameRun is a run of capitalised words in one block: a candidate name,
// before titles, demonyms and sentence-initial words are peeled off.
type nameRun struct {
	block int
	toks  []token
}

// candidate is a name found in the text, with where it stands.
type candidate struct {
	name       string // as written, titles removed (for a demonym: its place)
	written    string // the words as they stand in the text
	block      int
	start, end int
	hadTitle   bool
	hadThe     bool // "The" stood before it mid-sentence, capitalised
	sentStart  bool // its first word starts a sentence
	kind       string
}

// findRuns collects the capitalised runs of every block.
func findRuns(blocks [][]rune, toks [][]token) []nameRun {
	var runs []nameRun
	for b, ts := range toks {
		var cur []token
		flush := func() {
			// Drop trailing connectors ("Bank of").
			for len(cur) > 0 && !cur[len(cur)-1].capitalized() {
				cur = cur[:len(cur)-1]
			}
			if len(cur) > 0 {
				runs = append(runs, nameRun{block: b, toks: cur})
			}
			cur = nil
		}
		for i, t := range ts {
			joined := len(cur) > 0 && onlySpaces(blocks[b][cur[len(cur)-1].end:t.start]) && !cur[len(cur)-1].possessive
			switch {
			case t.capitalized() || isAcronym(t.text):
				if !joined {
					flush()
				}
				cur = append(cur, t)
			case joined && connectors[t.text] && capitalizedAfterConnectors(ts, i):
				cur = append(cur, t)
			default:
				flush()
			}
		}
		flush()
	}
	return runs
}

// capitalizedAfterConnectors: the connectors from i on ("von der") lead
// to a capitalised word ("Leyen").
func capitalizedAfterConnectors(ts []token, i int) bool {
	for j := i + 1; j < len(ts) && j <= i+3; j++ {
		if ts[j].capitalized() {
			return true
		}
		if !connectors[ts[j].text] {
			return false
		}
	}
	return false
}

func onlySpaces(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// isAcronym: CIA, NATO, U.S., U.N. — capitals (and dots), two to six letters.
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

// peel turns a run into candidates: demonyms and titles in front are
// removed (a demonym is itself a mention of its place), a sentence's first
// word goes unless the run is a known name, and a run of titles alone is
// nothing.
func peel(r nameRun, blocks [][]rune) []candidate {
	toks := r.toks
	var out []candidate
	hadThe := false
	for len(toks) > 0 {
		t := toks[0]
		switch {
		case t.text == "The" && len(toks) > 1:
			hadThe = !t.sentStart
			toks = toks[1:]
			continue
		case demonyms[t.text] != "" && len(toks) > 1 && !isPlaceName(joinTokens(blocks[r.block], toks[:2])):
			out = append(out, candidate{name: demonyms[t.text], written: t.text, block: r.block, start: t.start, end: t.end, kind: "place", sentStart: t.sentStart})
			toks = toks[1:]
			continue
		case t.sentStart && functionWords[t.text]:
			toks = toks[1:]
			continue
		case places[t.text] != "" && len(toks) >= 3 && len(toks) <= 4 && !isPlaceName(joinTokens(blocks[r.block], toks[:2])) &&
			toks[1].text != "City" && !placeSuffixes[toks[1].text] && looksLikePersonName(toks[1:]):
			// "ambassador to Britain Liu Xiaoming": the place, then the person.
			out = append(out, candidate{name: t.text, written: t.text, block: r.block, start: t.start, end: t.end, kind: "place", sentStart: t.sentStart})
			toks = toks[1:]
			continue
		}
		break
	}
	// "Rosaly Lopes of NASA": a person, then where they work.
	for i := 2; i < len(toks)-1; i++ {
		if toks[i].text != "of" || !looksLikePersonName(toks[:i]) {
			continue
		}
		rest := joinTokens(blocks[r.block], toks[i+1:])
		if isAcronym(rest) || orgSuffixes[toks[len(toks)-1].text] || isKnownName(rest) {
			person := peel(nameRun{block: r.block, toks: toks[:i]}, blocks)
			org := peel(nameRun{block: r.block, toks: toks[i+1:]}, blocks)
			return append(append(out, person...), org...)
		}
	}
	// Titles come off up to the last one before the name: "Treasury
	// Secretary Janet Yellen", "Meta CEO Mark Zuckerberg". An organisation's
	// name keeps its words ("General Motors", "Press Association").
	if len(toks) == 0 {
		return out
	}
	hadTitle := false
	if !orgSuffixes[toks[len(toks)-1].text] && !isKnownName(joinTokens(blocks[r.block], toks)) {
		lastTitle := -1
		for i := 0; i < len(toks)-1; i++ {
			if titleWords[toks[i].text] {
				lastTitle = i
			}
		}
		if lastTitle >= 0 {
			hadTitle = true
			// "Prince Andrew", "Pope Francis": a regnal title before a
			// single name is part of the name.
			if regnalTitles[toks[lastTitle].text] && lastTitle == len(toks)-2 {
				lastTitle--
			}
			toks = toks[lastTitle+1:]
			for len(toks) > 1 && connectors[toks[0].text] {
				toks = toks[1:]
			}
		}
	}
	if len(toks) == 0 || len(toks) == 1 && titleWords[toks[0].text] {
		return out
	}
	// A title inside ("Secretary of State") may leave title words at the
	// front again; a run of only titles is no name.
	allTitles := true
	for _, t := range toks {
		if !titleWords[t.text] && !connectors[t.text] {
			allTitles = false
		}
	}
	if allTitles && !isKnownName(joinTokens(blocks[r.block], toks)) {
		return out
	}
	c := candidate{
		name:      joinTokens(blocks[r.block], toks),
		block:     r.block,
		start:     toks[0].start,
		end:       toks[len(toks)-1].end,
		hadTitle:  hadTitle,
		hadThe:    hadThe,
		sentStart: toks[0].sentStart && !hadTitle,
	}
	c.written = c.name
	if d := demonyms[c.name]; d != "" {
		c.name, c.kind = d, "place"
	}
	return append(out, c)
}

// looksLikePersonName: two or three capitalised name words, none of them a
// title, a function word or an organisation's word.
func looksLikePersonName(toks []token) bool {
	if len(toks) < 2 || len(toks) > 3 {
		return false
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.text
		if connectors[t.text] || places[t.text] != "" {
			return false
		}
	}
	return allNameWords(words)
}

// joinTokens is the text a run of tokens covers, as written.
func joinTokens(text []rune, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	s := strings.TrimSpace(string(text[toks[0].start:toks[len(toks)-1].end]))
	return strings.Join(strings.Fields(s), " ")
}

func isPlaceName(s string) bool { return places[s] != "" }

func isKnownName(s string) bool {
	return places[s] != "" || acronymPlaces[s]
}

// classify names a candidate's kind: place, org or person ("" when it is
// nothing a reader needs a chip for).
func classify(c candidate) string {
	if c.kind != "" {
		return c.kind
	}
	words := strings.Fields(c.name)
	last := words[len(words)-1]
	switch {
	case places[c.name] != "" || acronymPlaces[c.name]:
		return "place"
	case orgSuffixes[last] && len(words) > 1,
		len(words) > 2 && orgSuffixes[words[0]] && words[1] == "of": // "Department of Energy"
		return "org"
	case isAcronym(c.name) && len(words) == 1:
		return "org"
	case strings.HasSuffix(last, "City") || strings.HasSuffix(last, "County") || strings.HasSuffix(last, "Province"):
		return "place"
	case c.hadTitle:
		return "person"
	case placeSuffixes[last] && len(words) > 1:
		return "place"
	case len(words) >= 2 && len(words) <= 4 && allNameWords(words) && !slices.Contains(words, "for"):
		// "for" joins names of things ("Dispensers for Safe Water"),
		// never a person's.
		return "person"
	}
	return ""
}

// allNameWords: every word capitalised or a connector, none of them
// function words — "Claudia Sheinbaum", "Juan Pérez", "Ludwig van Beethoven".
func allNameWords(words []string) bool {
	for _, w := range words {
		if functionWords[w] || orgSuffixes[w] || titleWords[w] {
			return false
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !connectors[w] {
			return false
		}
	}
	return true
}

// canonicalOrg applies the house style for organisation names: "United
// States Army" is written "U.S. Army"; a publication keeps its "The".
func canonicalOrg(name string, hadThe bool) string {
	if rest, ok := strings.CutPrefix(name, "United States "); ok {
		name = "U.S. " + rest
	}
	words := strings.Fields(name)
	if hadThe || publicationSuffixes[words[len(words)-1]] {
		name = "The " + name
	}
	return name
}

// entityTable resolves candidates into entities and mentions.
type entityTable struct {
	byName   map[string]*article.Entity // canonical and alias names → entity
	entities []*article.Entity
}

func newEntityTable() *entityTable {
	return &entityTable{byName: map[string]*article.Entity{}}
}

func (t *entityTable) add(name, kind string, aliases ...string) *article.Entity {
	if e := t.byName[name]; e != nil {
		return e
	}
	e := &article.Entity{ID: slug(name), Name: name, Kind: kind, Aliases: []string{}}
	t.entities = append(t.entities, e)
	t.byName[name] = e
	for _, a := range aliases {
		t.alias(e, a)
	}
	return e
}

func (t *entityTable) alias(e *article.Entity, a string) {
	if a == "" || a == e.Name {
		return
	}
	if other, taken := t.byName[a]; taken && other != e {
		return // ambiguous: two people share the surname; keep the first
	}
	t.byName[a] = e
	for _, have := range e.Aliases {
		if have == a {
			return
		}
	}
	e.Aliases = append(e.Aliases, a)
}

// resolveEntities builds the entity table from all candidates: people and
// organisations by their longest form, surnames as aliases, places by the
// knowledge table. Single words that match nothing are dropped.
func resolveEntities(cands []candidate) *entityTable {
	t := newEntityTable()
	// Longest names first, so "Claudia Sheinbaum" exists before "Sheinbaum".
	sorted := append([]candidate(nil), cands...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return len(strings.Fields(sorted[i].name)) > len(strings.Fields(sorted[j].name))
	})
	// Names seen with a capital "The" mid-sentence keep it.
	withThe := map[string]bool{}
	for _, c := range cands {
		if c.hadThe {
			withThe[c.name] = true
		}
	}
	for _, c := range sorted {
		kind := classify(c)
		if kind == "" {
			continue
		}
		if e := t.byName[c.name]; e != nil {
			if e.Kind == "place" {
				t.alias(e, c.written)
			}
			continue
		}
		switch kind {
		case "place":
			canon := places[c.name]
			if canon == "" {
				canon = c.name
			}
			e := t.add(canon, "place")
			t.alias(e, c.name)
			t.alias(e, c.written) // "Mexican", "Americans"
		case "org":
			if c.sentStart && len(strings.Fields(c.name)) == 1 && !isAcronym(c.name) {
				continue
			}
			canon := canonicalOrg(c.name, withThe[c.name])
			e := t.add(canon, "org")
			t.alias(e, c.name)
			t.alias(e, strings.TrimPrefix(canon, "The "))
			if rest, ok := strings.CutPrefix(c.name, "United States "); ok {
				t.alias(e, "U.S. "+rest)
			}
		case "person":
			words := strings.Fields(c.name)
			if len(words) == 1 {
				continue // a lone word is resolved below, by surname
			}
			// "Nielsen Hayden" after "Teresa Nielsen Hayden" is her; "Patrick
			// Nielsen Hayden" is someone else with her surname.
			if e := t.byName[words[len(words)-1]]; e != nil && e.Kind == "person" && !otherFirstName(e.Name, words) {
				t.alias(e, c.name)
				continue
			}
			e := t.add(c.name, "person")
			t.alias(e, words[len(words)-1])
		}
	}
	return t
}

// otherFirstName: a full name whose first name differs from the known
// person's ("Patrick Nielsen Hayden" beside "Teresa Nielsen Hayden"). An
// initial matches its name ("J. Smith", "John Smith").
func otherFirstName(known string, words []string) bool {
	kw := strings.Fields(known)
	if len(kw) < 2 || len(words) < 2 || strings.HasSuffix(known, " "+strings.Join(words, " ")) {
		return false
	}
	a, b := kw[0], words[0]
	if strings.HasSuffix(a, ".") || strings.HasSuffix(b, ".") {
		return !strings.HasPrefix(a, strings.TrimSuffix(b, ".")) && !strings.HasPrefix(b, strings.TrimSuffix(a, "."))
	}
	return a != b
}

// lookup finds the entity a candidate refers to.
func (t *entityTable) lookup(c candidate) *article.Entity {
	if e := t.byName[c.name]; e != nil {
		return e
	}
	if e := t.byName[places[c.name]]; e != nil {
		return e
	}
	return nil
}

// slug turns a name into an ID: "Claudia Sheinbaum" → "claudia-sheinbaum".
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
