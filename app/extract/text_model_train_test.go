package extract

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
)

var trainText = flag.Bool("train-text", false, "retrain the plain-text line model on the tuning part of dev-text and rewrite text_model_weights.go")

// textExample is one line of a tuning page: features, label, weight.
type textExample struct {
	f      [textFeatureCount]float64
	y      float64
	weight float64
}

// lineLabels marks the lines whose text is the article's: most of their
// 4-token shingles (or, for a shorter line, its token run) are in the truth.
func lineLabels(lines []line, truth string) []bool {
	toks := tokens(truth)
	want := shingles(toks)
	joined := " " + strings.Join(toks, " ") + " "
	out := make([]bool, len(lines))
	for i, l := range lines {
		lt := tokens(l.text)
		switch {
		case len(lt) == 0:
		case len(lt) < 4:
			out[i] = strings.Contains(joined, " "+strings.Join(lt, " ")+" ")
		default:
			in := 0
			for j := 0; j+4 <= len(lt); j++ {
				if want[strings.Join(lt[j:j+4], " ")] > 0 {
					in++
				}
			}
			out[i] = in*2 >= len(lt)-3
		}
	}
	return out
}

// textExamples turns pages into examples.
func textExamples(pages []benchPage) []textExample {
	var ex []textExample
	for _, p := range pages {
		lines, _ := splitLines(context.Background(), p.input)
		start, end := findBody(lines)
		if start < 0 {
			continue
		}
		feats := lineFeatures(lines, start, end)
		labels := lineLabels(lines, p.truth)
		for i := range lines {
			y := 0.0
			if labels[i] {
				y = 1
			}
			ex = append(ex, textExample{feats[i], y, exampleWeight(lines[i])})
		}
	}
	return ex
}

func exampleWeight(l line) float64 { return math.Sqrt(float64(l.words) + 1) }

// fitLogistic fits weights by Newton's method with an L2 penalty (not on
// the bias): deterministic, a few iterations.
func fitLogistic(ex []textExample, lambda float64) [textFeatureCount]float64 {
	const k = textFeatureCount
	var w [k]float64
	for iter := 0; iter < 30; iter++ {
		var g [k]float64
		var h [k][k]float64
		for _, e := range ex {
			z := 0.0
			for j := 0; j < k; j++ {
				z += w[j] * e.f[j]
			}
			p := 1 / (1 + math.Exp(-z))
			d := e.weight * (p - e.y)
			s := e.weight * p * (1 - p)
			for a := 0; a < k; a++ {
				if e.f[a] == 0 {
					continue
				}
				g[a] += d * e.f[a]
				for b := 0; b < k; b++ {
					h[a][b] += s * e.f[a] * e.f[b]
				}
			}
		}
		for a := 1; a < k; a++ {
			g[a] += lambda * w[a]
			h[a][a] += lambda
		}
		h[0][0] += 1e-6
		step := solve(h, g)
		change := 0.0
		for a := 0; a < k; a++ {
			w[a] -= step[a]
			change = max(change, math.Abs(step[a]))
		}
		if change < 1e-7 {
			break
		}
	}
	return w
}

// solve returns x with h x = g (Gaussian elimination, partial pivoting).
func solve(h [textFeatureCount][textFeatureCount]float64, g [textFeatureCount]float64) [textFeatureCount]float64 {
	const k = textFeatureCount
	for c := 0; c < k; c++ {
		p := c
		for r := c + 1; r < k; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		if h[c][c] == 0 {
			continue
		}
		for r := c + 1; r < k; r++ {
			m := h[r][c] / h[c][c]
			for j := c; j < k; j++ {
				h[r][j] -= m * h[c][j]
			}
			g[r] -= m * g[c]
		}
	}
	var x [k]float64
	for c := k - 1; c >= 0; c-- {
		if h[c][c] == 0 {
			continue
		}
		s := g[c]
		for j := c + 1; j < k; j++ {
			s -= h[c][j] * x[j]
		}
		x[c] = s / h[c][c]
	}
	return x
}

// scoreTextPages runs the text path with weights w over pages.
func scoreTextPages(pages []benchPage, w [textFeatureCount]float64) benchScore {
	saved := textModelWeights
	textModelWeights = w
	defer func() { textModelWeights = saved }()
	var s benchScore
	for _, p := range pages {
		s.add(shingleScore(bodyText(p.input), p.truth))
	}
	return s
}

const textModelLambda = 10.0

// TestTrainTextModel fits the line model on the tuning part of dev-text,
// prints a 5-fold cross-validation by host on that part and the kept-aside
// rate, and with -train-text writes the weights.
func TestTrainTextModel(t *testing.T) {
	if !*trainText && os.Getenv("READWELL_TEXT_CV") == "" {
		t.Skip("-train-text to retrain, READWELL_TEXT_CV=1 to cross-validate")
	}
	var tuning, aside []benchPage
	for _, p := range loadDevText(t) {
		if keptAside(p.url) {
			aside = append(aside, p)
		} else {
			tuning = append(tuning, p)
		}
	}
	sort.Slice(tuning, func(i, j int) bool { return tuning[i].id < tuning[j].id })
	fold := func(p benchPage) int { return int(fnvHost(p.url) % 5) }
	var cv benchScore
	for k := 0; k < 5; k++ {
		var train, test []benchPage
		for _, p := range tuning {
			if fold(p) == k {
				test = append(test, p)
			} else {
				train = append(train, p)
			}
		}
		w := fitLogistic(textExamples(train), textModelLambda)
		s := scoreTextPages(test, w)
		if os.Getenv("READWELL_TEXT_CV") == "2" {
			for _, p := range test {
				a := scoreTextPages([]benchPage{p}, w)
				b := scoreTextPages([]benchPage{p}, [textFeatureCount]float64{})
				_, _, fa := a.result()
				_, _, fb := b.result()
				if math.Abs(fa-fb) > 0.01 {
					fmt.Printf("cv %s rules %.3f model %.3f\n", p.id[:12], fb, fa)
				}
			}
		}
		cv.pSum, cv.pN, cv.rSum, cv.rN = cv.pSum+s.pSum, cv.pN+s.pN, cv.rSum+s.rSum, cv.rN+s.rN
	}
	w := fitLogistic(textExamples(tuning), textModelLambda)
	var rules [textFeatureCount]float64
	fmt.Printf("rules alone: tuning %s, kept-aside %s\n", fmtScore(scoreTextPages(tuning, rules)), fmtScore(scoreTextPages(aside, rules)))
	fmt.Printf("tuning, 5-fold by host: %s\n", fmtScore(cv))
	fmt.Printf("tuning, trained on all: %s\n", fmtScore(scoreTextPages(tuning, w)))
	fmt.Printf("kept-aside: %s\n", fmtScore(scoreTextPages(aside, w)))
	for k, v := range w {
		fmt.Printf("  w[%d] = %.3f\n", k, v)
	}
	if *trainText {
		var b strings.Builder
		b.WriteString("package extract\n\n// textModelWeights is written by TestTrainTextModel (READWELL_TEXT_CV=1 go test -run\n// TestTrainTextModel -train-text ./app/extract); do not edit.\nvar textModelWeights = [textFeatureCount]float64{")
		for k, v := range w {
			if k > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%.4f", v)
		}
		b.WriteString("}\n")
		if err := os.WriteFile("text_model_weights.go", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func fmtScore(s benchScore) string {
	p, r, f := s.result()
	return fmt.Sprintf("P %.3f R %.3f F1 %.4f (%d pages)", p, r, f, s.pN)
}

// TestTextModelTrims checks what the model may do on every dev-text page:
// keep lines of the rules' run, in order, never less than half of the
// words the rules keep, and add only lines that are not prose (short
// lines between the body's paragraphs).
func TestTextModelTrims(t *testing.T) {
	for _, p := range loadDevText(t) {
		lines, _ := splitLines(context.Background(), p.input)
		start, end := findBody(lines)
		if start < 0 {
			continue
		}
		rules := bodyBlocks(lines[start:end], "", nil)
		model := modelBlocks(lines, start, end, "")
		inRules := map[string]bool{}
		words := 0
		for _, b := range rules {
			inRules[b.Text] = true
			words += countWords(b.Text)
		}
		kept, j := 0, start
		for _, b := range model {
			for j < end && lines[j].text != b.Text {
				j++
			}
			if j == end {
				t.Fatalf("page %s: model block %.60q is not a line of the run, in order", p.id[:12], b.Text)
			}
			j++
			if inRules[b.Text] {
				kept += countWords(b.Text)
			} else if l := newLine(b.Text); l.score() > 0 {
				t.Errorf("page %s: model adds a line of prose the rules dropped %.60q", p.id[:12], b.Text)
			}
		}
		if 2*kept < words {
			t.Errorf("page %s: model keeps %d of the rules' %d words", p.id[:12], kept, words)
		}
	}
}

func TestLineLabels(t *testing.T) {
	lines := []line{newLine("Home"), newLine("The council voted on Tuesday to close the old bridge."), newLine("Read more"), newLine("Engineers said")}
	got := lineLabels(lines, "The council voted on Tuesday to close the old bridge. Engineers said the old bridge was unsafe.")
	want := []bool{false, true, false, true}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %q labelled %v, want %v", lines[i].text, got[i], want[i])
		}
	}
}
