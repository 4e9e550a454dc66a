package annotate

import "strings"

// reportingVerbs are verbs of saying, in every form an article uses them:
// base, third person, past and participle, -ing. Built from base forms;
// irregular pasts are listed.
var reportingVerbs = map[string]bool{}

// irregularVerbs are the base forms listed with their irregular pasts.
var irregularVerbs []string

func init() {
	regular := strings.Fields(`add affirm agree allege announce answer argue ask assert assure
		boast caution claim comment complain concede conclude confirm contend continue counter declare demand
		describe disclose echo emphasize emphasise estimate exclaim explain groan hint implore
		indicate inform insist instruct joke lament maintain mention mock mumble murmur muse note
		object observe offer opine plead point post predict press proclaim promise propose protest
		question reason recall recommend recount reiterate remark remind repeat report
		respond retort reveal scoff scream shout sigh speculate state stress suggest
		thunder underline underscore urge vow warn whisper wonder yell pledge acknowledge
		advise reckon confide chime rage rant brag grumble pray preach reassure recite reply cry
		testify deny tweet`)
	wordLists = append(wordLists, regular)
	for _, v := range regular {
		addVerb(v, "")
	}
	// A verb whose past the rules of verbForms would misspell is listed
	// here, not above.
	irregular := map[string]string{
		"say": "said", "tell": "told", "write": "wrote written", "speak": "spoke spoken",
		"think": "thought", "hold": "held", "read": "read", "put": "put", "go": "went",
		"quip": "quipped", "snap": "snapped", "admit": "admitted",
	}
	for v, past := range irregular {
		addVerb(v, past)
		irregularVerbs = append(irregularVerbs, v)
	}
	for _, phrase := range []string{"according"} {
		reportingVerbs[phrase] = true
	}
}

func addVerb(base, past string) {
	for _, f := range verbForms(base, past) {
		reportingVerbs[f] = true
	}
}

// verbForms: base, third person, past (given, or regular), -ing.
func verbForms(base, past string) []string {
	forms := []string{base}
	switch {
	case strings.HasSuffix(base, "y") && !strings.HasSuffix(base, "ay") && !strings.HasSuffix(base, "ey"):
		forms = append(forms, strings.TrimSuffix(base, "y")+"ies")
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "o") || strings.HasSuffix(base, "x"):
		forms = append(forms, base+"es")
	default:
		forms = append(forms, base+"s")
	}
	if past != "" {
		forms = append(forms, strings.Fields(past)...)
	} else if strings.HasSuffix(base, "e") {
		forms = append(forms, base+"d")
	} else if strings.HasSuffix(base, "y") && !strings.HasSuffix(base, "ay") && !strings.HasSuffix(base, "ey") {
		forms = append(forms, strings.TrimSuffix(base, "y")+"ied")
	} else {
		forms = append(forms, base+"ed")
	}
	if strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee") {
		forms = append(forms, strings.TrimSuffix(base, "e")+"ing")
	} else {
		forms = append(forms, base+"ing")
	}
	return forms
}

// isReportingVerb reports whether a lowercased word is a verb of saying.
func isReportingVerb(w string) bool {
	return reportingVerbs[strings.ToLower(w)]
}

// Verbs of saying in Spanish, French and German (past and present forms
// that wire copy uses), for quotes in those languages.
func init() {
	others := strings.Fields(`dijo dice afirmó afirma señaló señala declaró declara explicó
		explica aseguró asegura indicó indica añadió añade agregó agrega sostuvo comentó manifestó
		expresó advirtió preguntó respondió destacó subrayó insistió
		a-t-il a-t-elle déclaré dit affirmé expliqué ajouté souligné estimé indiqué précisé assuré
		déclare affirme explique ajoute souligne estime indique précise assure
		sagte sagt erklärte erklärt betonte betont fügte sagten meinte warnte`)
	wordLists = append(wordLists, others)
	for _, v := range others {
		reportingVerbs[v] = true
	}
}
