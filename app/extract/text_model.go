package extract

import (
	"math"
	"readwell/app/article"
	"strings"
	"unicode"
)

// The plain-text path's second opinion: a logistic model over each line's
// features and those of its neighbours (the rules' body run among them)
// gives the chance that the line belongs to the article. It is trained on
// the tuning part of the dev-text pages (TestTrainTextModel, -train-text);
// the rules find where the article is, the model settles which lines
// around and inside that run are the article's.

// Feature indexes; textFeatureCount is the vector's length.
const (
	fBias = iota
	fInRun
	fRuleKeeps
	fBeforeRun
	fAfterRun
	fLogWords
	fSentence
	fProse
	fLong
	fChrome
	fDate
	fByline
	fTags
	fCrumb
	fStop
	fPrevProse
	fNextProse
	fDensity
	fRepeated
	fTitleCase
	fColon
	fDigits
	fBullet
	fTruncated
	fPipe
	fSubhead
	fShortSentence
	fNearStop
	fInRunShort
	fPrevKept
	fNextKept
	textFeatureCount
)

// lineFeatures computes every line's feature vector; [start, end) is the
// rules' body run.
func lineFeatures(lines []line, start, end int) [][textFeatureCount]float64 {
	n := len(lines)
	out := make([][textFeatureCount]float64, n)
	seen := make(map[string]int, n)
	for _, l := range lines {
		seen[l.text]++
	}
	prose := func(i int) bool {
		return i >= 0 && i < n && lines[i].kind == lineOther && lines[i].sentence && lines[i].words >= 8
	}
	keeps := make([]bool, n)
	for i := start; i < end && i >= 0; i++ {
		l := lines[i]
		keeps[i] = l.kind == lineOther && (l.score() > 0 || isSubheading(lines[start:end], i-start))
	}
	lastStop := -1 << 30
	for i, l := range lines {
		if l.kind == lineStop {
			lastStop = i
		}
		f := &out[i]
		f[fBias] = 1
		in := i >= start && i < end
		if in {
			f[fInRun] = 1
		}
		if keeps[i] {
			f[fRuleKeeps] = 1
		}
		if i < start {
			f[fBeforeRun] = math.Log1p(float64(start - i))
		}
		if i >= end {
			f[fAfterRun] = math.Log1p(float64(i - end + 1))
		}
		f[fLogWords] = math.Log1p(float64(l.words))
		if l.sentence {
			f[fSentence] = 1
		}
		if prose(i) {
			f[fProse] = 1
		}
		if l.words >= 20 {
			f[fLong] = 1
		}
		switch l.kind {
		case lineChrome:
			f[fChrome] = 1
		case lineDate:
			f[fDate] = 1
		case lineByline:
			f[fByline] = 1
		case lineTags:
			f[fTags] = 1
		case lineBreadcrumb:
			f[fCrumb] = 1
		case lineStop:
			f[fStop] = 1
		}
		if prose(i - 1) {
			f[fPrevProse] = 1
		}
		if prose(i + 1) {
			f[fNextProse] = 1
		}
		pw, aw := 0, 0
		for j := max(0, i-5); j <= min(n-1, i+5); j++ {
			aw += lines[j].words
			if prose(j) {
				pw += lines[j].words
			}
		}
		if aw > 0 {
			f[fDensity] = float64(pw) / float64(aw)
		}
		if seen[l.text] > 1 {
			f[fRepeated] = 1
		}
		if l.words <= 15 {
			f[fTitleCase] = titleCaseShare(l.text)
		}
		if strings.HasSuffix(l.text, ":") {
			f[fColon] = 1
		}
		f[fDigits] = digitShare(l.text)
		if startsWithBullet(l.text) {
			f[fBullet] = 1
		}
		if strings.HasSuffix(l.text, "...") || strings.HasSuffix(l.text, "…") {
			f[fTruncated] = 1
		}
		if strings.ContainsAny(l.text, "|©") {
			f[fPipe] = 1
		}
		if l.words >= 2 && l.words <= 12 && !l.sentence && prose(i+1) {
			f[fSubhead] = 1
		}
		if l.sentence && l.words >= 3 && l.words < 8 {
			f[fShortSentence] = 1
		}
		if i-lastStop <= 3 {
			f[fNearStop] = 1
		}
		if in && l.words < 8 {
			f[fInRunShort] = 1
		}
		if i > 0 && keeps[i-1] {
			f[fPrevKept] = 1
		}
		if i+1 < n && keeps[i+1] {
			f[fNextKept] = 1
		}
	}
	return out
}

func titleCaseShare(s string) float64 {
	words, caps := 0, 0
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if len(r) == 0 || !unicode.IsLetter(r[0]) {
			continue
		}
		words++
		if unicode.IsUpper(r[0]) {
			caps++
		}
	}
	if words == 0 {
		return 0
	}
	return float64(caps) / float64(words)
}

func digitShare(s string) float64 {
	letters, digits := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if letters+digits == 0 {
		return 0
	}
	return float64(digits) / float64(letters+digits)
}

func startsWithBullet(s string) bool {
	for _, p := range []string{"•", "·", "- ", "– ", "* ", "▪", "►", "→"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// lineChance is the model's probability that a line with features f is the
// article's.
func lineChance(f *[textFeatureCount]float64) float64 {
	z := 0.0
	for k, v := range f {
		z += textModelWeights[k] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// modelBlocks: the rules' body run, cut where the model says the article
// has ended (or not yet begun): the run's end moves to where the sum of the
// model's signed votes over the lines the rules keep is highest, and its
// start likewise. With no weights (zero) it is the rules' blocks.
func modelBlocks(lines []line, start, end int, title string) []article.Block {
	if textModelWeights == ([textFeatureCount]float64{}) {
		return bodyBlocks(lines[start:end], title, nil)
	}
	feats := lineFeatures(lines, start, end)
	start, end = modelCut(lines, feats, start, end)
	return bodyBlocks(lines[start:end], title, func(i int) bool { return lineChance(&feats[start+i]) > innerChance })
}

// innerChance is the model's odds above which a short line between the
// body's prose is kept.
var innerChance = 0.6

// cutMargin is how much the votes must gain before a cut is taken.
var cutMargin = 0.0

func modelCut(lines []line, feats [][textFeatureCount]float64, start, end int) (int, int) {
	vote := make([]float64, end-start)
	for i := start; i < end; i++ {
		if feats[i][fRuleKeeps] == 1 {
			vote[i-start] = (2*lineChance(&feats[i]) - 1) * float64(lines[i].words)
		}
	}
	// End: the prefix with the highest sum.
	sum, best, bestEnd := 0.0, 0.0, end
	total := 0.0
	for _, v := range vote {
		total += v
	}
	best = total
	for i := range vote {
		sum += vote[i]
		if sum > best+cutMargin {
			best, bestEnd = sum, start+i+1
		}
	}
	// Start: the suffix of [start, bestEnd) with the highest sum.
	sum, best = 0, 0
	for i := start; i < bestEnd; i++ {
		sum += vote[i-start]
	}
	best = sum
	bestStart := start
	for i := start; i < bestEnd; i++ {
		sum -= vote[i-start]
		if sum > best+cutMargin {
			best, bestStart = sum, i+1
		}
	}
	// A cut trims an edge: it never takes most of what the rules keep.
	kept, all := 0, 0
	for i := start; i < end; i++ {
		if feats[i][fRuleKeeps] == 1 {
			all += lines[i].words
			if i >= bestStart && i < bestEnd {
				kept += lines[i].words
			}
		}
	}
	if bestStart >= bestEnd || kept*2 < all {
		return start, end
	}
	return bestStart, bestEnd
}
