package extract

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"readwell/app/article"
	"readwell/app/article/finish"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the extractor's output")

// TestTextFixtures checks what a reader sees of each fixture against
// expectations written by hand from the fixture text.
func TestTextFixtures(t *testing.T) {
	testCases := []struct {
		name                                  string
		title, dek, byline, section, dateline string
		published, lang                       string
		tags, blocks                          int
		firstBlock, lastBlockEnd              string
		headings                              []string
	}{
		{
			name:         "mexico-sovereignty",
			title:        "Mexico Rejects US Military Aid to Fight Cartels: Sovereignty",
			dek:          "Mexican President Sheinbaum Rejects U.S. Military Intervention in Cartel Fight, Tensions Linger",
			section:      "Politics",
			dateline:     "Mexico City",
			published:    "2025-05-04",
			lang:         "en",
			tags:         13,
			blocks:       12,
			firstBlock:   "Mexico City – Newly elected Mexican President Claudia Sheinbaum",
			lastBlockEnd: "the need for effective cooperation is undeniable.",
		},
		{
			name:         "uk-byline-subheads",
			title:        "Drought forces Yorkshire farmers to rethink their crops",
			dek:          "Two dry summers in a row have pushed growers on the moors towards hardier grains, and some are giving up altogether.",
			byline:       "Jane Smith",
			section:      "Environment",
			published:    "2024-03-04",
			lang:         "en",
			blocks:       9,
			firstBlock:   "The fields above Hebden Bridge",
			lastBlockEnd: "hope for a wet June.",
			headings:     []string{"What the growers are changing", "A question of money"},
		},
		{
			name:         "iso-date-no-dek",
			title:        "Astronomers spot a second ring around a distant dwarf planet",
			section:      "Space",
			published:    "2023-11-02",
			lang:         "en",
			blocks:       5,
			firstBlock:   "Astronomers using telescopes in Chile",
			lastBlockEnd: "pass in front of another bright star.",
		},
		{
			name:         "es-sin-etiquetas",
			title:        "El precio del aguacate se dispara en los mercados de Michoacán",
			byline:       "María López",
			section:      "Economía",
			dateline:     "Morelia",
			published:    "2025-05-04",
			lang:         "es",
			blocks:       4,
			firstBlock:   "Morelia – El precio del aguacate Hass",
			lastBlockEnd: "mejore con las lluvias de verano.",
		},
		{
			name:         "wire-dateline",
			title:        "Senate passes stopgap bill to avert government shutdown",
			byline:       "Alan Fram and Lisa Mascaro",
			dateline:     "WASHINGTON",
			published:    "2019-11-19",
			lang:         "en",
			blocks:       5,
			firstBlock:   "WASHINGTON (AP) — The Senate on Tuesday",
			lastBlockEnd: "money for the wall in the final package.",
		},
		{
			name:         "fr-publie-le",
			title:        "Festival de Cannes : la Palme d'or récompense un film tourné en une semaine",
			dek:          "Le jury a salué une œuvre à petit budget, réalisée avec des acteurs non professionnels dans un village des Cévennes.",
			section:      "Cinéma",
			dateline:     "Cannes",
			published:    "2024-05-25",
			lang:         "fr",
			blocks:       4,
			firstBlock:   "Cannes – Le jury du Festival de Cannes",
			lastBlockEnd: "selon son distributeur.",
		},
		{
			name:         "pasted-plain",
			title:        "Why slow reading matters",
			lang:         "en",
			blocks:       4,
			firstBlock:   "Most of what we read online is skimmed.",
			lastBlockEnd: "stop getting in the way.",
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			a := mustExtractFile(t, filepath.Join("testdata", tc.name+".txt"))
			fields := []struct{ field, got, want string }{
				{"title", a.Title, tc.title},
				{"dek", a.Dek, tc.dek},
				{"byline", a.Byline, tc.byline},
				{"section", a.Section, tc.section},
				{"dateline", a.Dateline, tc.dateline},
				{"published", a.Published, tc.published},
				{"lang", a.Lang, tc.lang},
			}
			for _, f := range fields {
				if f.got != f.want {
					t.Errorf("Text(%s).%s = %q, want %q", tc.name, f.field, f.got, f.want)
				}
			}
			if len(a.Tags) != tc.tags {
				t.Errorf("Text(%s) has %d tags %q, want %d", tc.name, len(a.Tags), a.Tags, tc.tags)
			}
			if len(a.Blocks) != tc.blocks {
				t.Fatalf("Text(%s) has %d blocks, want %d", tc.name, len(a.Blocks), tc.blocks)
			}
			if !strings.HasPrefix(a.Blocks[0].Text, tc.firstBlock) {
				t.Errorf("Text(%s) first block = %.60q, want prefix %q", tc.name, a.Blocks[0].Text, tc.firstBlock)
			}
			if last := a.Blocks[len(a.Blocks)-1].Text; !strings.HasSuffix(last, tc.lastBlockEnd) {
				t.Errorf("Text(%s) last block = %q, want suffix %q", tc.name, last, tc.lastBlockEnd)
			}
			var headings []string
			for _, b := range a.Blocks {
				if b.Kind == article.KindHeading2 {
					headings = append(headings, b.Text)
				}
			}
			if !reflect.DeepEqual(headings, tc.headings) {
				t.Errorf("Text(%s) headings = %q, want %q", tc.name, headings, tc.headings)
			}
		})
	}
}

// TestTextGolden compares the whole Article with testdata/<case>.golden.json
// (rewritten with -update, then reviewed by hand).
func TestTextGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			checkGolden(t, filepath.Join("testdata", name+".golden.json"), mustExtractFile(t, in))
		})
	}
}

func TestTextErrors(t *testing.T) {
	testCases := []struct {
		name  string
		input string
		want  error
	}{
		{"empty", "", ErrNoArticle},
		{"blank lines", "\n\n   \n\t\n", ErrNoArticle},
		{"menu only", "Home\nNews\nSport\nWeather\nSign in\n", ErrNoArticle},
		{"too large", strings.Repeat("word ", MaxInputBytes/5+1), ErrTooLarge},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Text(tc.input)
			if !errors.Is(err, tc.want) {
				t.Errorf("Text(%s) error = %v, want %v", tc.name, err, tc.want)
			}
		})
	}
}

func TestPageSniffing(t *testing.T) {
	seedText, err := os.ReadFile(filepath.Join("testdata", "mexico-sovereignty.txt"))
	if err != nil {
		t.Fatal(err)
	}
	testCases := []struct {
		name  string
		input []byte
		want  error
	}{
		{"plain text", seedText, nil},
		{"html document without prose", []byte("<!DOCTYPE html><html><body><p>Hi</p></body></html>"), ErrNoArticle},
		{"html fragment with BOM", []byte("\ufeff  <div><p>Hi</p></div>"), ErrNoArticle},
		{"html article", []byte("<html><body><article><h1>A title here</h1><p>" + strings.Repeat("A sentence of prose, with commas, that reads well. ", 5) + "</p></article></body></html>"), nil},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrNotText},
		{"invalid utf-8", []byte(strings.Repeat("\xff\xfe\xfd", 100)), ErrNotText},
		{"too large", make([]byte, MaxInputBytes+1), ErrTooLarge},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Page(tc.input, "", "")
			if !errors.Is(err, tc.want) {
				t.Errorf("Page(%s) error = %v, want %v", tc.name, err, tc.want)
			}
		})
	}
	a, err := Page(seedText, "https://example.com/mexico", "")
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != "https://example.com/mexico" || a.ID != finish.NewID("https://example.com/mexico", "") {
		t.Errorf("Page with URL: url %q id %q, want the URL and its hash", a.URL, a.ID)
	}
}

func TestFindDate(t *testing.T) {
	testCases := []struct{ in, want string }{
		{"Sunday, May 4, 2025", "2025-05-04"},
		{"Nov. 19, 2019", "2019-11-19"},
		{"November 19th 2019, 07:47 PM EST", "2019-11-19"},
		{"4 March 2024", "2024-03-04"},
		{"Published 2023-11-02", "2023-11-02"},
		{"4 de mayo de 2025", "2025-05-04"},
		{"Publié le 25 mai 2024 à 21h30", "2024-05-25"},
		{"4. Mai 2025", "2025-05-04"},
		{"19.11.2019", "2019-11-19"},
		{"11/19/2019", "2019-11-19"},
		{"19/11/2019", "2019-11-19"},
		{"February 30, 2024", ""},
		{"May 2025", ""},
		{"no date here", ""},
		{"29 Feb 2023", ""},
		{"29 Feb 2024", "2024-02-29"},
		{"Nov. 20, 2019Updated: Nov. 21, 2019", "2019-11-20"},
		{"21:17 18.11.2019Get short URL", "2019-11-18"},
		{"By Mike Wall 2019-11-18T20:51:19Z Science", "2019-11-18"},
		{"11.14.2019 09:00 AM", "2019-11-14"},
		{"2019-11-183", ""},
	}
	for _, tc := range testCases {
		if got := findDate(tc.in); got != tc.want {
			t.Errorf("findDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFindDateline(t *testing.T) {
	testCases := []struct{ in, want string }{
		{"Mexico City – Newly elected Mexican President", "Mexico City"},
		{"WASHINGTON (AP) — The Senate on Tuesday", "WASHINGTON"},
		{"BERLIN, Germany - Officials said", "BERLIN, Germany"},
		{"The Senate on Tuesday passed a bill", ""},
		{"It was a long-term plan – and it failed", ""},
	}
	for _, tc := range testCases {
		if got := findDateline(tc.in); got != tc.want {
			t.Errorf("findDateline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// checkGolden compares an article with its golden file, rewriting the
// file first under -update (then review the diff line by line).
func checkGolden(t *testing.T, golden string, got article.Article) {
	t.Helper()
	if *update {
		data, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden (go test -update, then review it): %v", err)
	}
	var want article.Article
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatalf("golden %s: %v", golden, err)
	}
	if !reflect.DeepEqual(got, want) {
		gotJSON, _ := json.MarshalIndent(got, "", "  ")
		t.Errorf("article differs from %s; got:\n%s", golden, gotJSON)
	}
}

func mustExtractFile(tb testing.TB, name string) article.Article {
	tb.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	a, err := Text(string(data))
	if err != nil {
		tb.Fatalf("Text(%s): %v", name, err)
	}
	return a
}

// fuzzBudget is the most one fuzz input may take (FuzzText, FuzzHTML):
// extraction is linear, so even the fuzzer's largest inputs take
// milliseconds; a quadratic path (issue 13) takes seconds.
const fuzzBudget = time.Second

// FuzzText feeds the plain-text path arbitrary input: it must never panic,
// and what it returns must be a sound Article.
func FuzzText(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, in := range inputs {
		data, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add("Title\n\nOne sentence that is long enough to count as the body of an article here.")
	f.Fuzz(func(t *testing.T, s string) {
		start := time.Now()
		defer func() {
			if d := time.Since(start); d > fuzzBudget {
				t.Errorf("Text(%d bytes) took %v, want at most %v", len(s), d, fuzzBudget)
			}
		}()
		a, err := Text(s)
		if err != nil {
			if len(a.Blocks) != 0 {
				t.Fatalf("error %v with %d blocks", err, len(a.Blocks))
			}
			return
		}
		if len(a.Blocks) == 0 || a.ID == "" || a.Words <= 0 {
			t.Fatalf("article without body, id or words: %+v", a)
		}
		for i, b := range a.Blocks {
			if b.Text == "" || !utf8.ValidString(b.Text) && utf8.ValidString(s) {
				t.Fatalf("block %d is empty or invalid UTF-8: %q", i, b.Text)
			}
			if a.Title != "" && b.Text == a.Title {
				t.Fatalf("block %d repeats the title %q", i, a.Title)
			}
		}
		data, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var back article.Article
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(s) {
			return // JSON replaces invalid bytes; nothing to compare
		}
		if !reflect.DeepEqual(a, back) {
			t.Fatalf("JSON round trip changed the article")
		}
		again, err := Text(s)
		if err != nil || !reflect.DeepEqual(a, again) {
			t.Fatalf("Text is not deterministic")
		}
	})
}

func TestTitleFromFirstLine(t *testing.T) {
	long := "The council approved the new cycle lanes on Tuesday evening, after a debate that lasted more than four hours and drew a large crowd to the hall."
	for _, tc := range []struct {
		name, text, title, first string
	}{
		{"headline with a full stop", "Council Approves Cycle Lanes.\n\n" + long + "\n\n" + long, "Council Approves Cycle Lanes", long},
		{"two sentences are a paragraph", "It rained. Then it stopped.\n\n" + long + "\n\n" + long, "", "It rained. Then it stopped."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Text(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.title || a.Blocks[0].Text != tc.first {
				t.Errorf("Text(%s) = title %q, first block %q; want %q, %q", tc.name, a.Title, a.Blocks[0].Text, tc.title, tc.first)
			}
		})
	}
}

func TestNumberedListAfterColon(t *testing.T) {
	intro := "The shop has put a long list of its old favourites on sale this week, and here are the ones worth a look:"
	text := "Deals for the weekend\n\n" + strings.Repeat("Black Friday has come round again and the shops are ready for it with their usual offers and queues. ", 3) + "\n\n" + intro + "\n\n1) A toy bomber\n\nhttp://example.com/a\n\n2) A slot-car track\n\n3) A box of films\n\n4) A time machine model\n\nLeave a comment\n\nYou must be logged in to post a comment."
	a, err := Text(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range a.Blocks {
		got = append(got, b.Text)
	}
	if last := got[len(got)-1]; last != "4) A time machine model" {
		t.Errorf("blocks end with %q, want the list's last item; blocks %q", last, got)
	}
	if listNumber("12) Item") != 12 || listNumber("3.5 million") != 0 || listNumber("2019. Then") != 0 {
		t.Error("listNumber misreads")
	}
}

func TestListingEndsTheBody(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring."
	teaser := "Another story from the same site that runs for a good twenty words or more so that it reads as prose to the finder."
	var b strings.Builder
	b.WriteString("Council shuts the old bridge\n\nNovember 19, 2019\n\n")
	for i := 0; i < 4; i++ {
		b.WriteString(para + "\n\n")
	}
	b.WriteString("More News\n\n")
	for i := 0; i < 4; i++ {
		fmt.Fprintf(&b, "Headline number %d of the list\n\nJo Writer\n\nNovember %d, 2019\n\n%s\n\n", i, 18-i, teaser)
	}
	a, err := Text(b.String())
	if err != nil {
		t.Fatal(err)
	}
	for _, bl := range a.Blocks {
		if bl.Text == teaser {
			t.Fatalf("a teaser of the list after the article is in the body: %q", bl.Text)
		}
	}
	if len(a.Blocks) != 4 {
		t.Errorf("got %d blocks, want the article's 4", len(a.Blocks))
	}
}

func TestDateishAndSignatures(t *testing.T) {
	for s, want := range map[string]bool{"32M ago": true, "2 days ago at 07:52 am": true, "updated 16M ago": true, "an hour ago": true, "Long ago": false, "November 19, 2019": true} {
		if got := dateish(newLine(s)); got != want {
			t.Errorf("dateish(%q) = %v, want %v", s, got, want)
		}
	}
	if l := newLine("— Mike Beauvais (@MikeBeauvais) November 18, 2019"); l.kind == lineDate {
		t.Error("an embedded post's signature is read as a date line")
	}
}

func TestTeasersAfterMoreFromEndTheBody(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring."
	var b strings.Builder
	b.WriteString("Council shuts the old bridge\n\n")
	for i := 0; i < 4; i++ {
		b.WriteString(para + "\n\n")
	}
	b.WriteString("More from the Gazette\n\n")
	for i := 0; i < 4; i++ {
		fmt.Fprintf(&b, "Company Town\n\nHeadline number %d of another story\n\nA teaser of another story that runs long enough to read as one paragraph of prose.\n\n", i)
	}
	a, err := Text(b.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) != 4 {
		t.Errorf("got %d blocks, want the article's 4: teasers after 'More from' are not the article going on", len(a.Blocks))
	}
}

func TestHeaderInsideTheRun(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring."
	text := "Menu\n\nDoes the old bridge have a year left?\n\nDoes the old bridge have a year left?\n\nEngineers found cracks in two piers, and the council has acted on what they found.\n\nJo Writer\n\nPublished 18 November 2019\n\n" + strings.Repeat(para+"\n\n", 3)
	a, err := Text(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) != 3 || a.Blocks[0].Text != para {
		t.Errorf("blocks %d, first %.40q: the header above the date is not the body", len(a.Blocks), a.Blocks[0].Text)
	}
	if a.Published != "2019-11-18" {
		t.Errorf("published %q, want 2019-11-18", a.Published)
	}
}

func TestCJKRelatedEndsTheBody(t *testing.T) {
	if l := newLine("関連記事"); l.kind != lineStop {
		t.Errorf("関連記事 is kind %d, want a stop line", l.kind)
	}
}

func TestTableRowsInText(t *testing.T) {
	text := "Standings after round 12\n\nThe championship tightened on Sunday as the leader retired early and his closest rival took the win in the rain.\n\nPos\tDriver\tPoints\n1\tAna Lima\t210\n2\tJo Costa\t204\n3\tRui Melo\t198\n\nThe next round is in three weeks at the old circuit by the river, where the leader won last year.\n\nHome\tNews\tSport\nAbout\tContact\tShop\nTerms\tPrivacy\tHelp"
	a, err := Text(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range a.Blocks {
		got = append(got, b.Text)
	}
	all := strings.Join(got, "\n")
	if !strings.Contains(all, "2\tJo Costa\t204") || !strings.Contains(all, "Pos\tDriver\tPoints") {
		t.Errorf("the results table is not in the body: %q", got)
	}
	if strings.Contains(all, "Privacy") {
		t.Errorf("a menu laid out in a table is in the body: %q", got)
	}
}

func TestTitleAboveTheByline(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring."
	text := "Watch Live Now\n\nNews\n\nSport\n\nWeather\n\nCouncil shuts the old bridge to lorries\n\nBy Jane Smith\n\nNovember 19, 2019\n\n" + strings.Repeat(para+"\n\n", 3)
	a, err := Text(text)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Council shuts the old bridge to lorries" {
		t.Errorf("title %q, want the headline above the byline", a.Title)
	}
	if a.Byline != "Jane Smith" || a.Published != "2019-11-19" {
		t.Errorf("byline %q, published %q", a.Byline, a.Published)
	}
}

func TestBylineWithoutBy(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring."
	for name, header := range map[string]string{
		"name line under the title": "Council shuts the old bridge to lorries\n\nMaren Estrada\n\nNovember 19th, 2019 at 8:40 AM\n\nShare  Tweet\n\n",
		"by inside the date line":   "Council shuts the old bridge to lorries\n\nMonday November 18, 2019 7:45 am PST by Joe Rossignol\n\n",
	} {
		a, err := Text("Menu\n\n" + header + strings.Repeat(para+"\n\n", 3))
		if err != nil {
			t.Fatal(err)
		}
		want := map[bool]string{true: "Maren Estrada", false: "Joe Rossignol"}[strings.Contains(header, "Maren")]
		if a.Byline != want {
			t.Errorf("%s: byline %q, want %q", name, a.Byline, want)
		}
	}
	if nameShaped(newLine("AUTO NEWS")) || nameShaped(newLine("Previous Post")) || !nameShaped(newLine("Marcus De Guzman")) {
		t.Error("nameShaped misreads")
	}
}

func TestCaptionLinesInText(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring."
	text := "Council shuts the old bridge\n\n" + para + "\n\nThe old bridge at dawn on Monday (Photo by Jo Lens/Getty Images)\n\n" + strings.Replace(para, "Tuesday", "Monday", 1) + "\n\nNEW YORK (Reuters) - " + strings.Replace(para, "Tuesday", "Friday", 1)
	a, err := Text(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range a.Blocks {
		if strings.Contains(b.Text, "Photo by") {
			t.Errorf("a caption is read as text: %q", b.Text)
		}
	}
	if len(a.Blocks) != 3 {
		t.Errorf("%d blocks, want 3 (a wire dateline is no caption)", len(a.Blocks))
	}
}

func TestPromoEndsTheTextBody(t *testing.T) {
	para := func(day string) string {
		return "The council voted on " + day + " to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring."
	}
	text := "Council shuts the old bridge\n\n" + para("Monday") + "\n\n" + para("Tuesday") + "\n\n" + para("Wednesday") + "\n\n" + para("Thursday") +
		"\n\nSign up for our newsletter\n\nEvery morning we send the day's top stories from the Gazette to thousands of readers who like it that way.\n\nAnother long teaser that reads like prose and would otherwise stay in the article's body for good."
	a, err := Text(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) != 4 {
		t.Errorf("%d blocks, want the 4 paragraphs before the newsletter promotion", len(a.Blocks))
	}
	if !isPromoLine(newLine("Get the latest headlines delivered to your inbox every morning.")) || isPromoLine(newLine("Sign up for the Disney+ bundle using your Hulu email")) {
		t.Error("isPromoLine misreads")
	}
}

func TestTitleIsNotTheWritersLine(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring."
	text := "Menu\n\nNews\n\nSport\n\nWeather\n\n7 key questions heading into the council vote\n\nSteve Peoples, AP National Political Writer\n\nNovember 19, 2019\n\n" + strings.Repeat(para+"\n\n", 3)
	a, err := Text(text)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "7 key questions heading into the council vote" {
		t.Errorf("title %q, want the headline above the writer's line", a.Title)
	}
	if a.Byline != "Steve Peoples" {
		t.Errorf("byline %q, want the name without its trade", a.Byline)
	}
}

func TestHeaderAfterLongMenus(t *testing.T) {
	para := "The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring."
	menu := strings.Repeat("Latest News Applications Cloud Channel Programs Security Storage Networking ", 4)
	text := menu + "\n\n" + menu + "\n\nSections\n\nCouncil shuts the old bridge to lorries\n\nThe council says the bridge has a year left, and engineers agree it will not last much longer without repair.\n\nBy Jane Smith November 19, 2019, 07:47 PM EST\n\nShare to Facebook\n\n" + strings.Repeat(para+"\n\n", 3)
	a, err := Text(text)
	if err != nil {
		t.Fatal(err)
	}
	if a.Blocks[0].Text != para || a.Byline != "Jane Smith" || a.Published != "2019-11-19" {
		t.Errorf("first block %.40q, byline %q, published %q: the header above the byline is not the body", a.Blocks[0].Text, a.Byline, a.Published)
	}
}

// TestDateLineEndingInATime: a date line that ends in a time of day
// ("… 1:35 a.m.") is the date, not the dek, though it ends in a full stop;
// nor are the title, repeated below it, and a photo's caption.
func TestDateLineEndingInATime(t *testing.T) {
	text := "Home\nNews\nSports\nBusiness\nOpinion\nNews\n" +
		"PG&E begins new mass power shutoff over fire danger\n" +
		"JANIE HAR\n" +
		"Nov. 20, 2019Updated: Nov. 20, 2019 1:35\u00a0a.m.\n" +
		"Facebook Twitter Email LinkedIn Reddit Pinterest\nBack to Gallery\n" +
		"PG&E begins new mass power shutoff over fire danger\n" +
		"Facebook Twitter Email LinkedIn Reddit Pinterest\n4\n" +
		"1of4Grass Valley's Dionicio Torres looks at the gas can selection before taking the last 5-gallon gas can on the shelves at B&C Ace Home & Garden Center, in Grass Valley, Calif., Tuesday, Nov. 19, 2019, in preparation of Wednesday's planned public safety power shutdown. (Elias Funez/The Union via AP)\n" +
		"2of4A shopper looks at extension cords at B&C Ace hardware store, Tuesday, Nov. 19, 2019, in Grass Valley, Calif., in preparation of the planned Pacific Gas & Electric power shutdown scheduled for Wednesday and Thursday. (Elias Funez/The Union via AP)\n" +
		"SURVEY\n\n" +
		"SAN FRANCISCO (AP) — Pacific Gas & Electric Co. was set to begin shutting off power Wednesday to some 375,000 people in Northern California as dry, windy weather created a high risk of wildfires.\n\n" +
		"A virtually rainless fall has left brush bone-dry and forecasters said winds could gust to more than 60 mph in the mountains north of San Francisco, where wildfires burned last month.\n\n" +
		"The utility said it would restore power as soon as crews had inspected every line that was switched off, which could take several days in the hardest-hit counties.\n"
	a, err := Text(text)
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2019-11-20" || a.Dek != "" {
		t.Errorf("published %q, dek %q; want 2019-11-20 and no dek", a.Published, a.Dek)
	}
	for _, c := range []struct {
		s    string
		want bool
	}{{"Nov. 20, 2019 1:35 a.m.", true}, {"Updated 11:05 PM", false}, {"We left at 9:30 p.m.", true}, {"He said it was 135 a.m.", false}, {"at 123:45 a.m.", false}} {
		if got := endsInClockTime(c.s); got != c.want {
			t.Errorf("endsInClockTime(%q) = %v", c.s, got)
		}
	}
	// A sentence of the body that holds a date and ends in a time is
	// still a sentence.
	if l := newLine("On Nov. 20, 2019 it closed 9:30 p.m."); l.kind == lineDate {
		t.Errorf("%q read as a date line", l.text)
	}
}

// TestBylineInCapitals: a writer's name set in capitals, between the
// title and the date or after "By", is the byline, written as a name; a
// section's label is not (the article writes its words in lower case).
func TestBylineInCapitals(t *testing.T) {
	body := "\n\nSAN FRANCISCO (AP) — Pacific Gas & Electric Co. was set to begin shutting off power Wednesday to some 375,000 people in Northern California as dry, windy weather created a high risk of wildfires.\n\n" +
		"A virtually rainless fall has left brush bone-dry and forecasters said winds could gust to more than 60 mph in the mountains north of San Francisco, where wildfires burned last month.\n\n" +
		"The utility said it would restore power as soon as crews had inspected every line that was switched off, which could take several days in the hardest-hit counties, and the news reached the auto shops first.\n"
	for head, want := range map[string]string{
		"News\nPG&E begins new mass power shutoff over fire danger\nJANIE HAR\nNov. 20, 2019":          "Janie Har",
		"News\nPG&E begins new mass power shutoff over fire danger\nBy FEDERICA LUSIARDI - 2019-11-20": "Federica Lusiardi",
		"News\nPG&E begins new mass power shutoff over fire danger\nAUTO NEWS\nNov. 20, 2019":          "",
	} {
		a, err := Text(head + body)
		if err != nil {
			t.Fatal(err)
		}
		if a.Byline != want {
			t.Errorf("%q: byline %q, want %q", head, a.Byline, want)
		}
	}
	if got := unshout("JOSÉ DE LA CRUZ"); got != "José De La Cruz" {
		t.Errorf("unshout = %q", got)
	}
}

// TestSectionsAreNoTimesOrAddresses: a section is a word or two of the
// site's, not a time ("Updated 14 hours ago", "9:32pm"), nor the last
// part of a web address (its slashes are no breadcrumb).
func TestSectionsAreNoTimesOrAddresses(t *testing.T) {
	for crumbs, want := range map[string]string{
		"News › Local News › 19 6:38 AM":  "Local News",
		"November 19, 2019 / 12:21 AM / ": "",
		"Home / World / Europe":           "Europe",
	} {
		if got := sectionFromCrumbs(crumbs); got != want {
			t.Errorf("sectionFromCrumbs(%q) = %q, want %q", crumbs, got, want)
		}
	}
	if l := newLine("https://www.sfgate.com/news/crime/article/The-Latest-Man-stabbed-14848218.php"); l.kind == lineBreadcrumb {
		t.Errorf("a web address read as a breadcrumb")
	}
}

// TestCaptionWithCreditAfterItsLastSentence: a photo's caption whose
// credit follows its last sentence ("… 2019. REUTERS/Brendan McDermid")
// is no paragraph of the article.
func TestCaptionWithCreditAfterItsLastSentence(t *testing.T) {
	caption := "FILE PHOTO: Traders work on the floor at the New York Stock Exchange (NYSE) in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid"
	text := "Oversupply angst drags oil lower, stocks drift near highs\n\n" +
		"NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of stocks across the globe rose for a seventh straight session after large overnight gains in Asia.\n\n" +
		caption + "\n\n" +
		"The U.S. benchmark S&P 500 index was little changed, while the blue-chip Dow Jones Industrial Average fell slightly as retailers reported mixed results for the quarter.\n\n" +
		"Brent crude futures fell more than 2% after a report that Russia was unlikely to deepen its output cuts at a meeting of producers next month.\n"
	a, err := Text(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range a.Blocks {
		if b.Text == caption {
			t.Errorf("the caption is a paragraph")
		}
	}
	if len(a.Blocks) != 3 {
		t.Errorf("%d blocks, want 3", len(a.Blocks))
	}
}

// TestBylineAfterANoBreakSpace and clock times: "By\u00a0Eric Song" is a
// byline; a line with a time of day is no headline.
func TestBylineAfterANoBreakSpace(t *testing.T) {
	if l := newLine("By\u00a0Eric Song, IGN Staff"); l.kind != lineByline {
		t.Errorf("%q is no byline line", l.text)
	}
	for s, want := range map[string]bool{"Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM": true, "Aimee LevittFriday 2:05PM": true, "Score 3:2 at half time": false, "Ratio 1:1000 in the test": false, "UEFA Euro 2020 qualifying": false} {
		if got := hasClockTime(s); got != want {
			t.Errorf("hasClockTime(%q) = %v", s, got)
		}
	}
}
