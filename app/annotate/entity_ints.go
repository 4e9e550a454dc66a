package annotate

import "readwell/app/article"

// entityInts maps entities to ints for one quotation's candidates: a
// dozen entities at most, where a slice searched in order costs less
// than making and hashing into a map, as the ranker did for every quote.
type entityInts []entityInt

type entityInt struct {
	e *article.Entity
	v int
}

// get returns e's value, and whether it has one.
func (m entityInts) get(e *article.Entity) (int, bool) {
	for _, p := range m {
		if p.e == e {
			return p.v, true
		}
	}
	return 0, false
}

// at returns e's value, 0 when it has none (as a map's index would).
func (m entityInts) at(e *article.Entity) int {
	v, _ := m.get(e)
	return v
}

func (m entityInts) has(e *article.Entity) bool {
	_, ok := m.get(e)
	return ok
}

// set gives e the value v.
func (m *entityInts) set(e *article.Entity, v int) {
	for i := range *m {
		if (*m)[i].e == e {
			(*m)[i].v = v
			return
		}
	}
	*m = append(*m, entityInt{e, v})
}

// rankScratch holds the entityInts of one candidate set, reused from
// quote to quote (candidates).
type rankScratch struct {
	rank, personRank, orgRank, namedIn, index         entityInts
	nearestBefore, nearestAfter, lastBack, beforeRank entityInts
	afterRank, subjRank, lastSentence                 entityInts
}

func (sc *rankScratch) reset() {
	for _, m := range []*entityInts{&sc.rank, &sc.personRank, &sc.orgRank, &sc.namedIn, &sc.index,
		&sc.nearestBefore, &sc.nearestAfter, &sc.lastBack, &sc.beforeRank, &sc.afterRank, &sc.subjRank, &sc.lastSentence} {
		*m = (*m)[:0]
	}
}
