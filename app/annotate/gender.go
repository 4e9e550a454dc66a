package annotate

import (
	"strings"

	"readwell/app/article"
)

// A pronoun agrees with the person it stands for: "she said" is seldom
// the words of the man named last. What the article itself says of each
// person decides their gender, not a list of given names: the title
// before a mention ("Mr.", "Ms.") and the pronouns that follow the
// mentions before another person is named ("Felicia Sanders … she
// forgave Roof").

// pronounGenders are the person pronouns and titles that tell a gender.
var pronounGenders = map[string]string{
	"he": "m", "him": "m", "his": "m", "himself": "m",
	"she": "f", "her": "f", "hers": "f", "herself": "f",
}

// titleGenders are the titles before a name that tell a gender.
var titleGenders = map[string]string{
	"Mr.": "m", "Mr": "m", "Ms.": "f", "Ms": "f", "Mrs.": "f", "Mrs": "f", "Miss": "f", "Mme.": "f", "Sra.": "f",
}

// genderReach bounds how far after a mention its pronoun is looked for.
const genderReach = 15

// titleWeight: a title says more than a pronoun, which may stand for
// someone else.
const titleWeight = 3

// pronounGender is "m", "f" or "" for word w.
func pronounGender(w string) string {
	return pronounGenders[strings.ToLower(w)]
}

// personGenders reads, for each person of the article, the gender its
// mentions' titles and the pronouns after them tell ("" when they do not
// agree or say nothing).
func (d *ldoc) personGenders() map[*article.Entity]string {
	score := map[*article.Entity]int{} // > 0 male, < 0 female
	for b, idx := range d.blockSpans {
		toks := d.toks[b]
		for k, si := range idx {
			e := d.spanEntity[si]
			if e == nil || e.Kind != "person" {
				continue
			}
			s := d.spans[si]
			if s.first > 0 {
				if g := titleGenders[toks[s.first-1].text]; g != "" {
					score[e] += titleWeight * genderSign(g)
				}
			}
			// The first gendered pronoun after the mention, outside
			// quotations, before the next person is named.
			stop := min(len(toks), s.end+genderReach)
			for _, sj := range idx[k+1:] {
				if o := d.spanEntity[sj]; o != nil && o != e && o.Kind == "person" {
					stop = min(stop, d.spans[sj].first)
					break
				}
			}
			for i := s.end; i < stop; i++ {
				if g := pronounGender(toks[i].text); g != "" && !d.inQuote(b, toks[i].start) {
					score[e] += genderSign(g)
					break
				}
			}
		}
	}
	out := make(map[*article.Entity]string, len(score))
	for e, v := range score {
		switch {
		case v > 0:
			out[e] = "m"
		case v < 0:
			out[e] = "f"
		}
	}
	return out
}

// genderSign counts a male sign up, a female one down.
func genderSign(g string) int {
	if g == "m" {
		return 1
	}
	return -1
}

// genderAgreement: whether a pronoun of gender pron can stand for a person
// of gender person ("agree", "clash", or "?" when either is unknown).
func genderAgreement(pron, person string) string {
	switch {
	case pron == "" || person == "":
		return "?"
	case pron == person:
		return "agree"
	}
	return "clash"
}
