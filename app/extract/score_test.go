package extract

import (
	"strings"
	"unicode"
)

// shingleScore compares a predicted body with the true one the way the
// extract-bench README defines it: word tokens, 4-token shingles as
// multisets, tp/fp/fn counted per page.
func shingleScore(predicted, truth string) (tp, fp, fn int) {
	pred := shingles(tokens(strings.ReplaceAll(predicted, "\u00ad", "")))
	want := shingles(tokens(truth))
	for s, n := range pred {
		m := want[s]
		tp += min(n, m)
		if n > m {
			fp += n - m
		}
	}
	for s, m := range want {
		if n := pred[s]; m > n {
			fn += m - n
		}
	}
	return tp, fp, fn
}

func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

func shingles(toks []string) map[string]int {
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	if len(toks) < 4 {
		out[strings.Join(toks, " ")]++
		return out
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[strings.Join(toks[i:i+4], " ")]++
	}
	return out
}

// benchScore averages per-page precision and recall as the benchmark does.
type benchScore struct {
	pSum, rSum float64
	pN, rN     int
}

func (b *benchScore) add(tp, fp, fn int) {
	if tp+fp > 0 {
		b.pSum += float64(tp) / float64(tp+fp)
		b.pN++
	}
	if tp+fn > 0 {
		b.rSum += float64(tp) / float64(tp+fn)
		b.rN++
	}
}

func (b *benchScore) result() (p, r, f1 float64) {
	if b.pN > 0 {
		p = b.pSum / float64(b.pN)
	}
	if b.rN > 0 {
		r = b.rSum / float64(b.rN)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}
