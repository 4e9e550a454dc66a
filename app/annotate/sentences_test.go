package annotate

import (
	"slices"
	"strings"
	"testing"

	"readwell/app/article"
)

// mustCases reads the hand-written cases (testdata/cases.json): quotations
// in the styles articles use (wire copy, features, interviews, British
// single quotes, other languages) and the seed article. The speaker
// ranker learns from them too; what shows that it generalises is the
// validation part of annotate-bench (TestPolnearReport).
func mustCases(tb testing.TB) []Case {
	tb.Helper()
	cases, err := LoadCases("testdata/cases.json")
	if err != nil {
		tb.Fatal(err)
	}
	return cases
}

// TestQuoteSentences scores the annotator on the hand-written set: every
// expected quotation must be found with its text and kind, and its speaker
// right. Precision and recall of attribution are logged for the notes.
func TestQuoteSentences(t *testing.T) {
	cases := mustCases(t)
	var found, attributedRight, attributedWrong, expectedAttributed, quotes int
	for _, tc := range cases {
		a := tc.Article()
		Article(&a)
		var got []CaseQuote
		for _, q := range a.Quotes {
			speaker := ""
			if e, ok := EntityByID(a, q.Speaker); ok {
				speaker = e.Name
			}
			got = append(got, CaseQuote{q.Text, speaker, q.Kind})
			if speaker != "" {
				if slices.ContainsFunc(tc.Want, func(w CaseQuote) bool { return w.Text == q.Text && w.Speaker == speaker }) {
					attributedRight++
				} else {
					attributedWrong++
				}
			}
		}
		for _, w := range tc.Want {
			quotes++
			if w.Speaker != "" {
				expectedAttributed++
			}
			if slices.Contains(got, w) {
				found++
			} else {
				t.Logf("%s: want %+v, got %+v", tc.Name, w, got)
			}
		}
		if len(got) != len(tc.Want) {
			t.Errorf("%s: %d quotes found, want %d", tc.Name, len(got), len(tc.Want))
		}
	}
	precision := float64(attributedRight) / float64(max(1, attributedRight+attributedWrong))
	recall := float64(attributedRight) / float64(max(1, expectedAttributed))
	t.Logf("%d cases, %d quotations: %d exactly right; attribution precision %.3f, recall %.3f",
		len(cases), quotes, found, precision, recall)
	// A model need not fit every case it learned from; it must fit most,
	// and never name a speaker where a case says nobody more than rarely.
	if float64(found) < 0.85*float64(quotes) || precision < 0.9 {
		t.Errorf("%d of %d quotations exactly right (want ≥ 85%%), attribution precision %.3f (want ≥ .9)", found, quotes, precision)
	}
	if len(cases) < 40 {
		t.Errorf("the case set has %d cases, want at least 40", len(cases))
	}
}

func TestEntitiesNoJunk(t *testing.T) {
	a := article.Article{Blocks: []article.Block{{Kind: "p", Text: strings.Join([]string{
		"However, the President said nothing.",
		"Deputy Press officials met on Monday.",
		"The Ministry was closed.",
		"Yesterday the Senate voted.",
		"No one knew why.",
	}, " ")}}}
	Article(&a)
	for _, e := range a.Chips() {
		switch e.Name {
		case "Senate":
		default:
			t.Errorf("junk chip %q (%s)", e.Name, e.Kind)
		}
	}
}

// TestEntityKinds: names from the dev-text pages that became person chips.
func TestEntityKinds(t *testing.T) {
	a := article.Article{Blocks: []article.Block{
		{Kind: "p", Text: "NASA Administrator Jim Bridenstine praised Ceres Robotics and Dick Clark Productions on Monday."},
		{Kind: "p", Text: "The money came from Dispensers for Safe Water, a charity."},
		{Kind: "p", Text: "Email Tariq Malik with your questions. Malik answers every week."},
		{Kind: "p", Text: "The show airs on the Disney Channel."},
		// Words inside a name are read by the tagger, as in its training.
		{Kind: "p", Text: "The case was filed in the Southern District of New York, and the Department of Health declined to comment."},
		// Named once, no title, no quotation: as often a thing as a person.
		{Kind: "p", Text: "The company showed its lander, Blue Moon, at a press event."},
	}}
	Article(&a)
	got := map[string]string{}
	for _, e := range a.Entities {
		got[e.Name] = e.Kind
	}
	want := map[string]string{"Jim Bridenstine": "person", "Ceres Robotics": "org", "Dick Clark Productions": "org", "Tariq Malik": "person", "Disney Channel": "org",
		"Southern District of New York": "org", "Department of Health": "org"}
	right := 0
	for name, kind := range want {
		if got[name] == kind {
			right++
		} else {
			t.Logf("%s: kind %q, want %q (entities %v)", name, got[name], kind, got)
		}
	}
	// The tagger is a model: most, not every one of these, comes out right.
	if right < len(want)-1 {
		t.Errorf("%d of %d names with the right kind, want at least %d", right, len(want), len(want)-1)
	}
	for _, e := range a.Chips() {
		if e.Kind == "person" && want[e.Name] != "person" {
			t.Errorf("%q is no person, and has a chip", e.Name)
		}
	}
}
