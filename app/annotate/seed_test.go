package annotate

import (
	"encoding/json"
	"flag"
	"os"
	"reflect"
	"testing"

	"readwell/app/article"
	"readwell/app/extract"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json, then review them by hand")

func mustSeed(tb testing.TB) article.Article {
	tb.Helper()
	data, err := os.ReadFile("../seed/mexico-sovereignty.txt")
	if err != nil {
		tb.Fatal(err)
	}
	a, err := extract.Text(string(data))
	if err != nil {
		tb.Fatal(err)
	}
	Article(&a)
	return a
}

// TestSeedQuotes is the seed's annotation as a reader checks it, sentence
// by sentence: 11 quotations, 10 attributed.
func TestSeedQuotes(t *testing.T) {
	a := mustSeed(t)
	want := []struct{ text, speaker, kind string }{
		{"How can we help you fight drug trafficking?", "Donald Trump", "full"},
		{"never accept", "Claudia Sheinbaum", "partial"},
		{"No, President Trump, our territory is inalienable, sovereignty is inalienable", "Claudia Sheinbaum", "full"},
		{"We can collaborate. We can work together, but with you in your territory and us in ours. We can share information, but we will never accept the presence of the United States Army on our territory.", "Claudia Sheinbaum", "full"},
		{"President Trump has worked with President Sheinbaum to advance border security collaboration with Mexico to the highest levels ever", "Anna Kelly", "full"},
		{"This robust cooperation and information sharing is delivering tangible results, including the removal of numerous cartel leaders to the U.S. to face justice and creating the most secure border in history.", "Anna Kelly", "full"},
		{"foreign terrorist groups", "", "term"},
		{"We will continue exploring ways to enhance our efforts across the region to dismantle these transnational criminal organizations", "Anna Kelly", "full"},
		{"We will make America safe again.", "Anna Kelly", "full"},
		{"last resort", "The Heritage Foundation", "partial"},
		{"unilateral U.S. military action may be employed to disrupt cartel activity and prompt cooperation from a resistant Mexican government", "The Heritage Foundation", "partial"},
	}
	if len(a.Quotes) != len(want) {
		t.Fatalf("seed has %d quotes, want %d", len(a.Quotes), len(want))
	}
	for i, w := range want {
		q := a.Quotes[i]
		speaker := ""
		if e, ok := EntityByID(a, q.Speaker); ok {
			speaker = e.Name
		}
		if q.Text != w.text || speaker != w.speaker || q.Kind != w.kind {
			t.Errorf("quote %d = %q by %q (%s), want %q by %q (%s)", i+1, q.Text, speaker, q.Kind, w.text, w.speaker, w.kind)
		}
		if got := string([]rune(a.Blocks[q.Block].Text)[q.Start:q.End]); got != q.Text {
			t.Errorf("quote %d offsets give %q, text is %q", i+1, got, q.Text)
		}
	}
}

// TestSeedEntities: 3 people, 5 organisations, 3 places, no junk.
func TestSeedEntities(t *testing.T) {
	a := mustSeed(t)
	want := map[string]string{
		"Claudia Sheinbaum": "person", "Donald Trump": "person", "Anna Kelly": "person",
		"The Wall Street Journal": "org", "White House": "org", "CIA": "org", "U.S. Army": "org",
		"The Heritage Foundation": "org", "Mexico": "place", "Mexico City": "place", "U.S.": "place",
	}
	got := map[string]string{}
	for _, e := range a.Entities {
		got[e.Name] = e.Kind
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("seed entities = %v\nwant %v", got, want)
	}
	aliases := map[string][]string{
		"Donald Trump": {"Trump"}, "Anna Kelly": {"Kelly"}, "Mexico": {},
		"U.S.": {"America"}, // as written ("United States" is not); words of nationality are mentions, no aliases
	}
	for _, e := range a.Entities {
		if w, ok := aliases[e.Name]; ok && !reflect.DeepEqual(e.Aliases, w) {
			t.Errorf("%s aliases = %q, want %q", e.Name, e.Aliases, w)
		}
	}
	for _, m := range a.Mentions {
		text := []rune(a.Blocks[m.Block].Text)
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("mention %+v outside its block", m)
		}
	}
}

// TestSeedGolden holds the whole annotation (testdata, reviewed by hand).
func TestSeedGolden(t *testing.T) {
	a := mustSeed(t)
	got := struct {
		Quotes   []article.Quote   `json:"quotes"`
		Entities []article.Entity  `json:"entities"`
		Mentions []article.Mention `json:"mentions"`
	}{a.Quotes, a.Entities, a.Mentions}
	const golden = "testdata/mexico-sovereignty.golden.json"
	if *update {
		data, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(golden, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	want := got
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", "  ")
		t.Errorf("annotation differs from %s:\n%s", golden, g)
	}
}
