package newsbench

import (
	"fmt"

	"readwell/app/annotate/polnear"
	"readwell/app/article"
)

// EntitySet is testdata/news/entities.json: for the same pages as the
// quotations' truth, every person, organisation and place the body text
// names, read by hand (CoNLL's kinds: a team or an outlet is an
// organisation; products, works, events and nationalities are no
// entities).
type EntitySet struct {
	About    string          `json:"about"`
	Articles []EntityArticle `json:"articles"`
}

// EntityArticle is one page's entities.
type EntityArticle struct {
	Page     string        `json:"page"`
	Site     string        `json:"site"`
	Entities []EntityTruth `json:"entities"`
}

// EntityTruth is one entity: its fullest name, its kind (and another a
// reader would accept), the other forms the page names it by, and how
// many times it is named.
type EntityTruth struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Also     []string `json:"also,omitempty"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
}

// LoadEntities reads an entity truth file.
func LoadEntities(path string) (*EntitySet, error) {
	return readJSON[EntitySet](path, "entity truth")
}

// EntityTotals count one page's entity score or a sum of them, as the
// PolNeAR metric counts them: the set of (form, kind) pairs, a form being
// an entity's name or one of its aliases.
type EntityTotals struct {
	Articles  int
	Truth     int // forms in the truth
	Pred      int // (form, kind) pairs Readwell gives
	Hit       int // truth forms Readwell gives with an accepted kind
	PeopleN   int // people the truth names two or more times (by last name)
	PeopleHit int // of those, a person Readwell lists
}

// EntityMiss is a form the truth holds and Readwell does not give with an
// accepted kind (Got: the kinds it gives it, if any), or one Readwell
// gives that the truth does not hold (Want empty).
type EntityMiss struct {
	Form, Want, Got string
}

// ScoreEntities compares Readwell's entities on the page with its truth,
// and lists what differs.
func ScoreEntities(truth EntityArticle, got article.Article) (EntityTotals, []EntityMiss) {
	t := EntityTotals{Articles: 1}
	wantKinds := map[string]map[string]bool{} // form → accepted kinds
	wantKind := map[string]string{}
	var forms []string
	people := map[string]int{}
	for _, e := range truth.Entities {
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			n := polnear.NormName(f)
			if n == "" {
				continue
			}
			if wantKinds[n] == nil {
				wantKinds[n] = map[string]bool{}
				wantKind[n] = e.Kind
				forms = append(forms, n)
			}
			wantKinds[n][e.Kind] = true
			for _, k := range e.Also {
				wantKinds[n][k] = true
			}
		}
		if e.Kind == "person" {
			people[polnear.LastToken(e.Name)] += e.Mentions
		}
	}
	gotKinds := map[string]map[string]bool{}
	var gotForms []string
	personLast := map[string]bool{}
	for _, e := range got.Entities {
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			n := polnear.NormName(f)
			if n == "" {
				continue
			}
			if gotKinds[n] == nil {
				gotKinds[n] = map[string]bool{}
				gotForms = append(gotForms, n)
			}
			if !gotKinds[n][e.Kind] {
				gotKinds[n][e.Kind] = true
				t.Pred++
			}
			if e.Kind == "person" {
				personLast[polnear.LastToken(f)] = true
			}
		}
	}
	var misses []EntityMiss
	t.Truth = len(forms)
	for _, n := range forms {
		hit := false
		for k := range gotKinds[n] {
			hit = hit || wantKinds[n][k]
		}
		if hit {
			t.Hit++
		} else {
			misses = append(misses, EntityMiss{Form: n, Want: wantKind[n], Got: kindsOf(gotKinds[n])})
		}
	}
	for _, n := range gotForms {
		if wantKinds[n] == nil {
			misses = append(misses, EntityMiss{Form: n, Got: kindsOf(gotKinds[n])})
		}
	}
	for last, c := range people {
		if c >= 2 && last != "" {
			t.PeopleN++
			if personLast[last] {
				t.PeopleHit++
			}
		}
	}
	return t, misses
}

func kindsOf(ks map[string]bool) string {
	s := ""
	for _, k := range []string{"person", "org", "place"} {
		if ks[k] {
			if s != "" {
				s += "+"
			}
			s += k
		}
	}
	return s
}

// Add sums u into t.
func (t *EntityTotals) Add(u EntityTotals) {
	t.Articles += u.Articles
	t.Truth += u.Truth
	t.Pred += u.Pred
	t.Hit += u.Hit
	t.PeopleN += u.PeopleN
	t.PeopleHit += u.PeopleHit
}

const entityRowFormat = "| %-30s | %8v | %9v | %6v | %9v | %10v |"

// EntityHeader is the entity table's head.
func EntityHeader() string {
	return fmt.Sprintf(entityRowFormat, "system", "articles", "precision", "recall", "entity F1", "people 2+") + "\n" +
		"|--------------------------------|----------|-----------|--------|-----------|------------|"
}

// Row is one line of the entity table.
func (t EntityTotals) Row(name string) string {
	p, r := ratio(t.Hit, t.Pred), ratio(t.Hit, t.Truth)
	return fmt.Sprintf(entityRowFormat, name, t.Articles, dec(p), dec(r), dec(f1(p, r)), dec(ratio(t.PeopleHit, t.PeopleN)))
}
