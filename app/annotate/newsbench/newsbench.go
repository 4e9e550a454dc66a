// Package newsbench is the who-said-what yardstick on news read by hand:
// app/annotate/testdata/news/truth.json names, for every quotation of
// thirty-odd pages of ../shared/extract-bench, who said it (or nobody) and
// its kind, judged from the page's own text. Quotes are matched as the
// PolNeAR metric matches them (polnear.Match) and speakers compared by last
// name (polnear.SameLastName).
package newsbench

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"strings"

	"readwell/app/annotate/polnear"
	"readwell/app/article"
)

// Set is the truth file.
type Set struct {
	About    string    `json:"about"`
	Articles []Article `json:"articles"`
}

// Article is one page and its quotations. Read marks the pages people
// read while changing the annotator, which are never in the aside part.
type Article struct {
	Page   string  `json:"page"`
	Site   string  `json:"site"`
	Read   bool    `json:"read,omitempty"`
	Quotes []Quote `json:"quotes"`
}

// Quote is one quotation: its words, who said them ("" for nobody a
// reader can name), other answers a reader would accept, and its kind.
type Quote struct {
	Text    string   `json:"text"`
	Speaker string   `json:"speaker"`
	Also    []string `json:"also,omitempty"`
	Kind    string   `json:"kind"`
}

// Load reads a truth file.
func Load(path string) (*Set, error) {
	return readJSON[Set](path, "truth")
}

// readJSON reads the JSON file at path (what, for the error) into a T.
func readJSON[T any](path, what string) (*T, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("newsbench: unable to read %s: %w", what, err)
	}
	var s T
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("newsbench: %s: %w", path, err)
	}
	return &s, nil
}

// Aside reports whether the article is in the part kept aside: never
// read during development, and the FNV-1a 32-bit hash of its page name odd.
func Aside(a Article) bool {
	h := fnv.New32a()
	h.Write([]byte(a.Page))
	return !a.Read && h.Sum32()%2 == 1
}

// Totals count one article's score or a sum of them.
type Totals struct {
	Articles  int
	Truth     int // quotations in the truth
	Pred      int // quotations found
	Matched   int // found and matched to the truth
	SpeakerN  int // matched quotations someone named said
	SpeakerOK int // of those, the speaker is right
	AbstainN  int // matched quotations nobody named said
	AbstainOK int // of those, left without a speaker (or given an accepted one)
	KindOK    int // matched quotations of the right kind
}

// Pair is a quotation Readwell found (Got, in the Article's Quotes) and the
// truth's quotation it matches (Want, in the page's Quotes).
type Pair struct{ Got, Want int }

// Pairs matches what Readwell found on the page with its truth, as the
// PolNeAR metric does (polnear.Match), and names the Article's entities by
// ID.
func Pairs(truth Article, got article.Article) (pairs []Pair, names map[string]string) {
	names = map[string]string{}
	for _, e := range got.Entities {
		names[e.ID] = e.Name
	}
	gold := make([]string, len(truth.Quotes))
	for i, q := range truth.Quotes {
		gold[i] = q.Text
	}
	pred := make([]string, len(got.Quotes))
	for i, q := range got.Quotes {
		pred[i] = q.Text
	}
	for pi, gi := range polnear.Match(pred, gold) {
		if gi >= 0 {
			pairs = append(pairs, Pair{pi, gi})
		}
	}
	return pairs, names
}

// Score compares what Readwell made of the page with its truth.
func Score(truth Article, got article.Article) Totals {
	t := Totals{Articles: 1, Truth: len(truth.Quotes), Pred: len(got.Quotes)}
	pairs, names := Pairs(truth, got)
	for _, p := range pairs {
		t.Matched++
		q, want := got.Quotes[p.Got], truth.Quotes[p.Want]
		speaker := names[q.Speaker]
		if q.Speaker != "" && speaker == "" {
			speaker = q.Speaker
		}
		ok := accepted(speaker, want)
		if want.Speaker != "" {
			t.SpeakerN++
		} else {
			t.AbstainN++
		}
		if ok && want.Speaker != "" {
			t.SpeakerOK++
		} else if ok {
			t.AbstainOK++
		}
		if q.Kind == want.Kind {
			t.KindOK++
		}
	}
	return t
}

// accepted: speaker (an entity's name, "" for none) is the truth's
// speaker or one of its other answers. A generational suffix is no last
// name ("James P. Kennedy Jr." is Kennedy).
func accepted(speaker string, want Quote) bool {
	speaker = withoutSuffix(speaker)
	for _, w := range append([]string{want.Speaker}, want.Also...) {
		w = withoutSuffix(w)
		if speaker == "" && w == "" || speaker != "" && w != "" && polnear.SameLastName(speaker, w) {
			return true
		}
	}
	return false
}

// withoutSuffix takes "Jr.", "Sr.", "II", "III" off the end of a name.
func withoutSuffix(name string) string {
	for _, suf := range []string{" Jr.", " Jr", " Sr.", " Sr", " II", " III", " IV"} {
		if t, ok := strings.CutSuffix(name, suf); ok {
			return strings.TrimRight(t, ", ")
		}
	}
	return name
}

// Add sums u into t.
func (t *Totals) Add(u Totals) {
	t.Articles += u.Articles
	t.Truth += u.Truth
	t.Pred += u.Pred
	t.Matched += u.Matched
	t.SpeakerN += u.SpeakerN
	t.SpeakerOK += u.SpeakerOK
	t.AbstainN += u.AbstainN
	t.AbstainOK += u.AbstainOK
	t.KindOK += u.KindOK
}

const rowFormat = "| %-30s | %8v | %9v | %7v | %7v | %6v |"

// Header is the report table's head.
func Header() string {
	return fmt.Sprintf(rowFormat, "system", "articles", "quotes F1", "speaker", "abstain", "kind") + "\n" +
		"|--------------------------------|----------|-----------|---------|---------|--------|"
}

// Row is one line of the report: quotes F1, speaker right, abstain, kind right.
func (t Totals) Row(name string) string {
	p, r := ratio(t.Matched, t.Pred), ratio(t.Matched, t.Truth)
	return fmt.Sprintf(rowFormat, name, t.Articles, dec(f1(p, r)), dec(ratio(t.SpeakerOK, t.SpeakerN)), dec(ratio(t.AbstainOK, t.AbstainN)), dec(ratio(t.KindOK, t.Matched)))
}

// f1 is the harmonic mean of precision p and recall r (0 when both are).
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func dec(x float64) string { return fmt.Sprintf("%.3f", x) }
