package polnear

import (
	"fmt"
	"strings"

	"readwell/app/article"
)

// FromArticle is what Readwell's article says, as score.py reads the JSON of
// `readwell extract`: a quote's speaker is an entity id, mapped to that
// entity's name; a speaker that names no entity id is kept as written.
func FromArticle(a article.Article) Prediction {
	names := map[string]string{}
	for _, e := range a.Entities {
		if e.ID != "" {
			names[e.ID] = e.Name
		}
	}
	var p Prediction
	for _, q := range a.Quotes {
		sp := q.Speaker
		if name, ok := names[sp]; ok {
			sp = name
		}
		p.Quotes = append(p.Quotes, PredQuote{Text: q.Text, Speaker: sp})
	}
	for _, e := range a.Entities {
		p.Entities = append(p.Entities, PredEntity{Name: e.Name, Kind: e.Kind, Aliases: e.Aliases})
	}
	return p
}

// Totals are score.py's counters for one article or a sum of them.
type Totals struct {
	Articles     int // articles scored
	Errors       int // articles the system failed on (see Failed)
	GoldQuotes   int // gq: quoted spans in the gold set
	PredQuotes   int // pq: quotations predicted
	Matched      int // hit: predicted quotes matched to a gold span
	SpeakerN     int // sp_n: matched quotes credited to a source with a proper name
	SpeakerOK    int // sp_ok: of those, the predicted speaker's last token is right
	SpeakerEmpty int // sp_empty: of those, left without a speaker
	AbstainN     int // ab_n: matched quotes credited to nobody
	AbstainOK    int // ab_ok: of those, left without a speaker
	EntityGold   int // e_g: (name, kind) pairs in the silver set
	EntityPred   int // e_p: (name or alias, kind) pairs predicted
	EntityTP     int // e_tp: pairs in both
	PeopleN      int // per_n: silver people (by last token) named 2+ times
	PeopleHit    int // per_hit: of those, a predicted person has that last token
}

// minShare is the least share of common word tokens, of the longer side's
// count, for a predicted quote to match a gold span.
const minShare = 0.6

// Score is score.py's score_article: each predicted quote, in order, takes
// the unmatched gold span with the highest share of common tokens (the first
// on a tie) when that share is at least 0.6; speakers are compared by last
// name token; entities as sets of (normalised name, kind).
func Score(g Article, p Prediction) Totals {
	t := Totals{Articles: 1, GoldQuotes: len(g.Quotes), PredQuotes: len(p.Quotes)}
	goldTexts := make([]string, len(g.Quotes))
	for i, q := range g.Quotes {
		goldTexts[i] = q.Text
	}
	predTexts := make([]string, len(p.Quotes))
	for i, q := range p.Quotes {
		predTexts[i] = q.Text
	}
	for pi, best := range Match(predTexts, goldTexts) {
		if best < 0 {
			continue
		}
		q := p.Quotes[pi]
		t.Matched++
		gq := g.Quotes[best]
		switch {
		case gq.Attributed && len(gq.Names) > 0:
			t.SpeakerN++
			if q.Speaker == "" {
				t.SpeakerEmpty++
			} else if nameHas(gq.Names, lastToken(q.Speaker)) {
				t.SpeakerOK++
			}
		case !gq.Attributed:
			t.AbstainN++
			if q.Speaker == "" {
				t.AbstainOK++
			}
		}
	}
	t.EntityGold, t.EntityPred, t.EntityTP = entitySets(g, p)
	t.PeopleN, t.PeopleHit = peopleFound(g, p)
	return t
}

// Match pairs predicted quotes with gold ones as score.py does: each
// predicted quote, in order, takes the unmatched gold quote with the
// highest share of common tokens (the first on a tie) when that share is at
// least 0.6. It returns, per predicted quote, the gold index or -1.
func Match(pred, gold []string) []int {
	goldToks := make([][]string, len(gold))
	for i, g := range gold {
		goldToks[i] = tokens(g)
	}
	used := make([]bool, len(gold))
	out := make([]int, len(pred))
	for pi, p := range pred {
		out[pi] = -1
		pt := tokens(p)
		if len(pt) == 0 {
			continue
		}
		best, bs := -1, 0.0
		for i, gt := range goldToks {
			if used[i] || len(gt) == 0 {
				continue
			}
			if s := share(pt, gt); s > bs {
				best, bs = i, s
			}
		}
		if best >= 0 && bs >= minShare {
			used[best] = true
			out[pi] = best
		}
	}
	return out
}

// SameLastName is the metric's test of a speaker: the last name tokens of
// the two names are equal.
func SameLastName(a, b string) bool {
	return lastToken(a) != "" && lastToken(a) == lastToken(b)
}

// Failed is score.py's score of an article the system gave no answer for
// (art is None): its quoted spans count as missed, and nothing else counts.
func Failed(g Article) Totals {
	return Totals{Articles: 1, Errors: 1, GoldQuotes: len(g.Quotes)}
}

// share is the common token count (multiset intersection) over the longer
// side's length, as score.py computes it.
func share(pt, gt []string) float64 {
	count := make(map[string]int, len(gt))
	for _, w := range gt {
		count[w]++
	}
	inP := make(map[string]int, len(pt))
	for _, w := range pt {
		inP[w]++
	}
	common := 0
	for w, n := range inP {
		common += min(n, count[w])
	}
	return float64(common) / float64(max(len(pt), len(gt)))
}

// nameHas reports whether one of the gold names ends in the token last.
func nameHas(names []string, last string) bool {
	for _, n := range names {
		if lastToken(n) == last {
			return true
		}
	}
	return false
}

type nameKind struct{ name, kind string }

// entitySets are the sizes of the silver set, the predicted set (every name
// and alias, kind lower-cased) and their intersection.
func entitySets(g Article, p Prediction) (gold, pred, tp int) {
	gset := map[nameKind]bool{}
	for _, e := range g.Entities {
		gset[nameKind{normName(e.Name), e.Kind}] = true
	}
	pset := map[nameKind]bool{}
	for _, e := range p.Entities {
		k := lower(e.Kind)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if n != "" {
				pset[nameKind{normName(n), k}] = true
			}
		}
	}
	for x := range pset {
		if gset[x] {
			tp++
		}
	}
	return len(gset), len(pset), tp
}

// peopleFound counts the silver people named two or more times (counts
// summed by last token) and those whose last token a predicted person, by
// name or alias, has. Here the kind is compared as written: "Person" is not
// a person, as in score.py.
func peopleFound(g Article, p Prediction) (n, hit int) {
	plast := map[string]bool{}
	for _, e := range p.Entities {
		if e.Kind != "person" {
			continue
		}
		plast[lastToken(e.Name)] = true
		for _, a := range e.Aliases {
			plast[lastToken(a)] = true
		}
	}
	people := map[string]int{}
	for _, e := range g.Entities {
		if e.Kind == "person" {
			people[lastToken(e.Name)] += e.Count
		}
	}
	for k, c := range people {
		if c >= 2 && k != "" {
			n++
			if plast[k] {
				hit++
			}
		}
	}
	return n, hit
}

// Add adds u's counters to t.
func (t *Totals) Add(u Totals) {
	t.Articles += u.Articles
	t.Errors += u.Errors
	t.GoldQuotes += u.GoldQuotes
	t.PredQuotes += u.PredQuotes
	t.Matched += u.Matched
	t.SpeakerN += u.SpeakerN
	t.SpeakerOK += u.SpeakerOK
	t.SpeakerEmpty += u.SpeakerEmpty
	t.AbstainN += u.AbstainN
	t.AbstainOK += u.AbstainOK
	t.EntityGold += u.EntityGold
	t.EntityPred += u.EntityPred
	t.EntityTP += u.EntityTP
	t.PeopleN += u.PeopleN
	t.PeopleHit += u.PeopleHit
}

// Summary is the ratios score.py prints, beside the counts they come from.
type Summary struct {
	Totals
	QuoteP, QuoteR, QuoteF1    float64
	Speaker, Abstain           float64
	EntityP, EntityR, EntityF1 float64
	PeopleFound                float64
}

// Summary computes the ratios; a ratio over nothing is 0, as in score.py.
func (t Totals) Summary() Summary {
	s := Summary{Totals: t}
	s.QuoteP, s.QuoteR, s.QuoteF1 = f1(t.Matched, t.PredQuotes, t.GoldQuotes)
	s.Speaker = ratio(t.SpeakerOK, t.SpeakerN)
	s.Abstain = ratio(t.AbstainOK, t.AbstainN)
	s.EntityP, s.EntityR, s.EntityF1 = f1(t.EntityTP, t.EntityPred, t.EntityGold)
	s.PeopleFound = ratio(t.PeopleHit, t.PeopleN)
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(tp, pred, gold int) (p, r, f float64) {
	p, r = ratio(tp, pred), ratio(tp, gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Header is the bench table's header and rule, for the rows of Row.
func Header() string {
	return fmt.Sprintf(rowFormat, "system", "articles", "quotes F1", "speaker", "abstain", "entity F1", "people 2+") +
		"\n|" + strings.Repeat("-", 32) + "|" + strings.Repeat("-", 10) + "|" + strings.Repeat("-", 11) +
		"|" + strings.Repeat("-", 9) + "|" + strings.Repeat("-", 9) + "|" + strings.Repeat("-", 11) + "|" + strings.Repeat("-", 11) + "|"
}

const rowFormat = "| %-30s | %8v | %9v | %7v | %7v | %9v | %9v |"

// Row is one line of the bench table: the system's name and its articles,
// quotes F1, speaker, abstain, entity F1 and people-2+ found, to 3 decimals.
func (s Summary) Row(name string) string {
	return fmt.Sprintf(rowFormat, name, s.Articles, dec(s.QuoteF1), dec(s.Speaker), dec(s.Abstain), dec(s.EntityF1), dec(s.PeopleFound))
}

func dec(x float64) string { return fmt.Sprintf("%.3f", x) }
