package extract

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"readwell/app/article"
)

func mustPageFile(tb testing.TB, name string) (article.Article, error) {
	tb.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return Page(data, "", "")
}

// TestHTMLFixtures checks each hand-written HTML page against what a reader
// must see of it, written from the page source.
func TestHTMLFixtures(t *testing.T) {
	t.Run("structured-article", func(t *testing.T) {
		a, err := mustPageFile(t, "testdata/html/structured-article.html")
		if err != nil {
			t.Fatal(err)
		}
		want := map[string][2]string{
			"title":     {a.Title, "Tidal power returns to the Severn"},
			"url":       {a.URL, "https://coastal.example/energy/tidal-severn"},
			"byline":    {a.Byline, "Rhiannon Hughes"},
			"section":   {a.Section, "Energy"},
			"siteName":  {a.SiteName, "The Coastal Review"},
			"lang":      {a.Lang, "en"},
			"published": {a.Published, "2024-06-03T08:30:00+01:00"},
			"dek":       {a.Dek, "Engineers revive a plan that was shelved twice."},
		}
		for field, gw := range want {
			if gw[0] != gw[1] {
				t.Errorf("%s = %q, want %q", field, gw[0], gw[1])
			}
		}
		if !reflect.DeepEqual(a.Tags, []string{"tidal power", "Severn"}) {
			t.Errorf("tags = %q", a.Tags)
		}
		var kinds []string
		for _, b := range a.Blocks {
			kinds = append(kinds, b.Kind)
		}
		wantKinds := []string{"p", "p", "figure", "h2", "p", "figure", "p", "blockquote", "p", "li", "li", "li", "p", "pre", "p"}
		if !reflect.DeepEqual(kinds, wantKinds) {
			t.Fatalf("block kinds = %q, want %q", kinds, wantKinds)
		}
		fig := a.Blocks[2]
		if fig.Src != "https://coastal.example/images/lagoon.jpg" || fig.Alt != "An artist's impression of the lagoon" || fig.Caption != "The lagoon would enclose eleven square kilometres of water." {
			t.Errorf("figure = %+v: want the lazy data-src resolved against the canonical URL, alt and caption", fig)
		}
		if ns := a.Blocks[5]; ns.Src != "https://coastal.example/images/turbine.jpg" || ns.Alt != "A turbine hall" {
			t.Errorf("noscript fallback image = %+v, want the real source from <noscript>", ns)
		}
		if pre := a.Blocks[13].Text; pre != "Output: 0.5 TWh a year\nHomes: 155,000" {
			t.Errorf("pre keeps its lines: got %q", pre)
		}
		body := bodyTextOf(a.Blocks)
		for _, junk := range []string{"cookies", "Share on", "Sign up to our", "Related stories", "Offshore wind breaks", "fantastic idea", "All rights reserved", "By Rhiannon"} {
			if strings.Contains(body, junk) {
				t.Errorf("body keeps furniture %q", junk)
			}
		}
	})
	t.Run("rtl-arabic", func(t *testing.T) {
		a, err := mustPageFile(t, "testdata/html/rtl-arabic.html")
		if err != nil {
			t.Fatal(err)
		}
		if a.Dir != "rtl" || a.Lang != "ar" || len(a.Blocks) != 3 || a.Title != "افتتاح مكتبة جديدة في عمّان" {
			t.Errorf("dir %q lang %q title %q, %d blocks; want rtl, ar, the h1, 3", a.Dir, a.Lang, a.Title, len(a.Blocks))
		}
	})
	t.Run("cjk-chinese keeps short paragraphs", func(t *testing.T) {
		a, err := mustPageFile(t, "testdata/html/cjk-chinese.html")
		if err != nil {
			t.Fatal(err)
		}
		if a.Lang != "zh" || len(a.Blocks) != 4 || a.Blocks[3].Text != "市民普遍认为，骑车上班既省钱又健康。" {
			t.Errorf("lang %q, %d blocks %q; want zh and all 4 paragraphs", a.Lang, len(a.Blocks), a.Blocks)
		}
	})
	t.Run("latin1 decoded from its meta charset", func(t *testing.T) {
		a, err := mustPageFile(t, "testdata/html/latin1.html")
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Café et crêpes à Rennes" || !strings.Contains(a.Blocks[1].Text, "goûter") {
			t.Errorf("title %q, block %q: want ISO-8859-1 decoded", a.Title, a.Blocks)
		}
	})
	t.Run("UTF-8 bytes under a stale windows-1252 meta stay UTF-8", func(t *testing.T) {
		page := []byte(`<html><head><meta charset="windows-1252"></head><body><article><h1>Café’s menu</h1><p>The café’s new menu, served from Monday, has twelve dishes and costs less than last year’s.</p></article></body></html>`)
		a, err := Page(page, "", "")
		if err != nil || a.Title != "Café’s menu" {
			t.Errorf("title %q (%v), want the UTF-8 text unmangled", a.Title, err)
		}
	})
	t.Run("home page is not an article", func(t *testing.T) {
		_, err := mustPageFile(t, "testdata/html/home-page.html")
		if !errors.Is(err, ErrNoArticle) {
			t.Errorf("home page: error %v, want ErrNoArticle", err)
		}
	})
}

// TestHTMLGolden compares whole Articles with testdata/html/<case>.golden.json.
func TestHTMLGolden(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if len(inputs) == 0 {
		t.Fatal("no HTML fixtures")
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".html")
		t.Run(name, func(t *testing.T) {
			got, err := mustPageFile(t, in)
			if err != nil {
				if errors.Is(err, ErrNoArticle) {
					return // checked by TestHTMLFixtures
				}
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "html", name+".golden.json"), got)
		})
	}
}

// TestHTMLHostile: pathological pages finish quickly with an article or a
// clear error, never a panic.
func TestHTMLHostile(t *testing.T) {
	prose := "<p>" + strings.Repeat("A sentence of ordinary prose, with a comma, ends here. ", 4) + "</p>"
	testCases := []struct {
		name string
		page string
	}{
		{"deep nesting", strings.Repeat("<div>", 100000) + prose + strings.Repeat("</div>", 100000)},
		{"deep inline nesting", strings.Repeat("<span>", 50000) + prose},
		{"huge attribute", `<div class="` + strings.Repeat("x", 2<<20) + `">` + prose + `</div>`},
		{"unclosed everything", "<html><body><article><p>" + strings.Repeat("<b><i><u>word ", 20000)},
		{"many paragraphs", "<body>" + strings.Repeat(prose, 8000) + "</body>"},
		{"broken json-ld", `<script type="application/ld+json">{"@type": "NewsArticle", "headline": [}</script>` + prose},
		{"binary in body", "<html><body><p>\x01\x02\x03\xff\xfe" + strings.Repeat("\x00", 10) + "</p></body></html>"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			a, err := Page([]byte(tc.page), "", "")
			if err == nil && len(a.Blocks) == 0 {
				t.Errorf("no error and no blocks")
			}
			if err != nil && !errors.Is(err, ErrNoArticle) && !errors.Is(err, ErrNotText) && !errors.Is(err, ErrTooLarge) {
				t.Errorf("unexpected error kind: %v", err)
			}
			t.Logf("%s: %v, %d blocks, %v", tc.name, err, len(a.Blocks), time.Since(start).Round(time.Millisecond))
		})
	}
}

func TestStripSiteName(t *testing.T) {
	testCases := []struct{ title, site, want string }{
		{"Tidal power returns | The Coastal Review", "The Coastal Review", "Tidal power returns"},
		{"The Coastal Review - Tidal power returns to the Severn", "The Coastal Review", "Tidal power returns to the Severn"},
		{"Tidal power returns to the Severn - BBC News", "", "Tidal power returns to the Severn"},
		{"Spider-Man - the review that matters most", "", "Spider-Man - the review that matters most"},
		{"No separator here", "Site", "No separator here"},
	}
	for _, tc := range testCases {
		if got := stripSiteName(tc.title, tc.site); got != tc.want {
			t.Errorf("stripSiteName(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}

// FuzzHTML: any bytes through the HTML path — no panic, a sound Article.
func FuzzHTML(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, in := range inputs {
		data, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("<p>" + strings.Repeat("Prose, with commas, that ends. ", 5) + "</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		defer func() {
			if d := time.Since(start); d > fuzzBudget {
				t.Errorf("Page(%d bytes of HTML) took %v, want at most %v", len(data), d, fuzzBudget)
			}
		}()
		a, err := Page(append([]byte("<html>"), data...), "https://example.com/a", "")
		if err != nil {
			return
		}
		if len(a.Blocks) == 0 || a.ID == "" {
			t.Fatalf("article without blocks or id")
		}
		for i, b := range a.Blocks {
			if b.Kind == article.KindFigure {
				if !strings.HasPrefix(b.Src, "http://") && !strings.HasPrefix(b.Src, "https://") {
					t.Fatalf("figure %d has a non-http source %q", i, b.Src)
				}
				continue
			}
			if strings.TrimSpace(b.Text) == "" {
				t.Fatalf("block %d is empty", i)
			}
		}
		if _, err := json.Marshal(a); err != nil {
			t.Fatal(err)
		}
	})
}

func TestHTMLTitle(t *testing.T) {
	const body = `<p>The harbour reopened on Monday after a month of repairs, and the first ferry left at dawn with a full load of passengers.</p>
<p>Fishermen said they were glad to be home, and that the new wall looked strong enough for the winter storms ahead of them.</p>`
	testCases := []struct{ name, head, h1, want string }{
		{"the h1 that <title> shortens", `<title>Harbour reopens | Test Times</title>`, "Harbour reopens after a month of repairs", "Harbour reopens after a month of repairs"},
		{"the h1 inside <title>", `<title>Harbour reopens after a month of repairs - Test Times</title>`, "Harbour reopens after a month of repairs", "Harbour reopens after a month of repairs"},
		{"og:title over an unrelated h1", `<meta property="og:title" content="Harbour reopens after repairs"><title>Test Times</title>`, "Test Times newsroom", "Harbour reopens after repairs"},
	}
	for _, tc := range testCases {
		doc := `<!doctype html><html><head>` + tc.head + `</head><body><article><h1>` + tc.h1 + `</h1>` + body + `</article></body></html>`
		a, err := HTML(doc, "https://example.com/story")
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if a.Title != tc.want {
			t.Errorf("%s: title %q, want %q", tc.name, a.Title, tc.want)
		}
		if len(a.Blocks) > 0 && a.Blocks[0].Text == a.Title {
			t.Errorf("%s: the title is repeated as the first block", tc.name)
		}
	}
}

func TestEmbeddedPostStaysInTheArticle(t *testing.T) {
	para := "<p>The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring.</p>"
	doc := "<html><body><article>" + para + para +
		`<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The old bridge is closing and nobody asked us, say the people who cross it every day.</p>— Jo Resident (@jo) November 18, 2019</blockquote></div>` +
		para + `<div class="share-bar">Share this on Facebook</div></article></body></html>`
	a, err := HTML(doc, "https://example.com/a")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, b := range a.Blocks {
		texts = append(texts, b.Text)
	}
	all := strings.Join(texts, "\n")
	if !strings.Contains(all, "nobody asked us") {
		t.Errorf("the embedded post is gone: %q", texts)
	}
	if strings.Contains(all, "Share this") {
		t.Errorf("the share bar is kept: %q", texts)
	}
}

func TestDropRepeats(t *testing.T) {
	p := func(s string) article.Block { return article.Block{Kind: article.KindParagraph, Text: s} }
	caption := "Brock Nelson puts the winning goal behind the Penguins goaltender during overtime on Tuesday night."
	body := "The council said on Tuesday that the old bridge would close to lorries from Monday, and that repairs would start in spring."
	portion := "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp."
	blocks := []article.Block{
		p(body), {Kind: article.KindBlockquote, Text: "“the old bridge would close to lorries from Monday”"},
		p(caption), {Kind: article.KindFigure, Src: "https://example.com/a.jpg"}, p(caption),
		p(portion), p("Second meal"), p("one"), p("two"), p("three"), p(portion),
	}
	got := dropRepeats(blocks)
	var texts []string
	for _, b := range got {
		texts = append(texts, b.Text)
	}
	want := []string{body, caption, "", portion, "Second meal", "one", "two", "three", portion}
	if !reflect.DeepEqual(texts, want) {
		t.Errorf("dropRepeats:\n got %q\nwant %q", texts, want)
	}
}

func TestOpeningCaptionDropped(t *testing.T) {
	p := func(s string) article.Block { return article.Block{Kind: article.KindParagraph, Text: s} }
	lead := "DUBAI, United Arab Emirates — Emirates Airline finalized a deal to buy 30 Boeing jets, executives said on Wednesday."
	blocks := []article.Block{
		p("Sheikh Mohammed passes a Boeing 787-10 at the Dubai Air Show on Monday."),
		p("Natalie Naccache | Bloomberg | Getty Images"),
		p(lead), p("The deal cuts a prior order."),
	}
	got := dropOpeningCaption(blocks)
	if len(got) != 2 || got[0].Text != lead {
		t.Errorf("dropOpeningCaption kept %d blocks, first %.40q; want the lead first", len(got), got[0].Text)
	}
	for s, want := range map[string]bool{"Jaafar ASHTIYEH / AFP": true, "Photo: AP": false, "News | Sport | Weather": false, "An Alibaba spokesperson declined to comment to Reuters.": false} {
		if creditLine(s) != want {
			t.Errorf("creditLine(%q) = %v, want %v", s, !want, want)
		}
	}
}

func TestBoldLineIsAHeading(t *testing.T) {
	para := "<p>The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring.</p>"
	doc := "<html><body><article>" + para + "<p><strong>Status Quo</strong></p>" + para + "<p><b>Bold but a sentence of its own.</b></p>" + para + "<p>Some <b>bold</b> words.</p></article></body></html>"
	a, err := HTML(doc, "")
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, b := range a.Blocks {
		kinds[b.Text] = b.Kind
	}
	for text, want := range map[string]string{"Status Quo": article.KindHeading3, "Bold but a sentence of its own.": article.KindParagraph, "Some bold words.": article.KindParagraph} {
		if kinds[text] != want {
			t.Errorf("%q is kind %q, want %q", text, kinds[text], want)
		}
	}
}

func TestDataTableRowsAreLines(t *testing.T) {
	para := "<p>The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring.</p>"
	doc := "<html><body><article>" + para + `<table><tr><th>Pos</th><th>Player</th><th>Plays</th></tr><tr><td>DL</td><td>Larry Ogunjobi</td><td>63</td></tr></table>` +
		strings.Replace(para, "Tuesday", "Monday", 1) + `<table><tr><td><p>A layout cell holding a paragraph of its own, long enough to read as prose.</p></td><td>x</td></tr></table></article></body></html>`
	a, err := HTML(doc, "")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, b := range a.Blocks {
		texts = append(texts, b.Text)
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"Pos Player Plays", "DL Larry Ogunjobi 63", "A layout cell holding a paragraph of its own, long enough to read as prose."} {
		if !strings.Contains(all, want) {
			t.Errorf("no block %q in %q", want, texts)
		}
	}
}

func TestImagesWithoutAPicture(t *testing.T) {
	para := func(s string) string {
		return "<p>The council voted on " + s + " to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring.</p>"
	}
	doc := "<html><body><article>" + para("Monday") +
		`<img src="https://example.com/photo.jpg" width="600" height="400">` +
		`<img src="https://example.com/photo.jpg" width="600" height="400">` +
		`<img src="https://example.com/img/spacer.gif">` +
		`<img src="https://thespacereview.com/archive/3834a.jpg">` +
		`<img data-src="data:image/gif;base64,R0lGOD" src="https://example.com/real.jpg">` +
		`<img src="https://example.com/share.gif" width="125" height="16">` +
		para("Tuesday") + "</article></body></html>"
	a, err := HTML(doc, "https://example.com/a")
	if err != nil {
		t.Fatal(err)
	}
	var srcs []string
	for _, b := range a.Blocks {
		if b.Kind == article.KindFigure {
			srcs = append(srcs, b.Src)
		}
	}
	want := []string{"https://example.com/photo.jpg", "https://thespacereview.com/archive/3834a.jpg", "https://example.com/real.jpg"}
	if !reflect.DeepEqual(srcs, want) {
		t.Errorf("figures %q, want %q", srcs, want)
	}
}

func TestHeaderLeaksAndNotices(t *testing.T) {
	p := func(s string) article.Block { return article.Block{Kind: article.KindParagraph, Text: s} }
	lead := "SANTA FE, N.M. (AP) — A cat who has been missing for five years in Portland, Oregon, has been found in Santa Fe."
	got := dropHeaderLeaks([]article.Block{
		p("https://example.com/news/cat-found/"),
		p("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad"),
		p(lead), p("Usov says the family thought they'd never see the cat again, 12/10/2018, by the river."),
	}, "https://example.com/news/cat-found")
	if len(got) != 2 || got[0].Text != lead {
		t.Errorf("dropHeaderLeaks kept %d blocks, first %.40q", len(got), got[0].Text)
	}
	if !scriptNotice("This slideshow requires JavaScript.") || scriptNotice("The site's JavaScript code was rewritten last year, and the engineers who did it said the change took them most of the spring.") {
		t.Error("scriptNotice misreads")
	}
	a, err := HTML("<html><body><article><p>The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers.</p><p>[button link=”/x” type=”big”] Send us YOUR review[/button]</p></article></body></html>", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) != 1 {
		t.Errorf("a shortcode left as text is kept: %d blocks", len(a.Blocks))
	}
}

func TestCaptionStaysWithItsFigure(t *testing.T) {
	p := func(s string) article.Block { return article.Block{Kind: article.KindParagraph, Text: s} }
	fig := article.Block{Kind: article.KindFigure, Src: "https://example.com/a.jpg"}
	got := captionsToFigures([]article.Block{
		p("The council voted on Tuesday to close the old bridge."), fig,
		p("China has warned they will cease control of Hong Kong (Image: GETTY )"),
		p("The protests kicked off in June."),
	})
	if len(got) != 3 || got[1].Caption != "China has warned they will cease control of Hong Kong (Image: GETTY )" {
		t.Errorf("captionsToFigures = %+v", got)
	}
	if captionLine("The protests kicked off in June and have grown since.") {
		t.Error("a sentence of the text read as a caption")
	}
}

func TestAuthorBio(t *testing.T) {
	for s, want := range map[string]bool{
		"Julius is an LA Entertainment Reporter for Fox News.":                                    true,
		"Dallas Robinson is a freelance writer living in Minneapolis":                             true,
		"Meg James is a corporate media reporter for the Los Angeles Times, covering television.": true,
		"The bridge is a landmark that writers have loved for a century.":                         false,
		"Smith is a member of the council's transport committee.":                                 false,
	} {
		if got := isAuthorBio(newLine(s)); got != want {
			t.Errorf("isAuthorBio(%q) = %v, want %v", s, got, want)
		}
	}
	p := func(s string) article.Block { return article.Block{Kind: article.KindParagraph, Text: s} }
	if got := dropClosingBio([]article.Block{p("The council voted."), p("Julius is an LA Entertainment Reporter for Fox News.")}); len(got) != 1 {
		t.Errorf("the closing author's note is kept: %+v", got)
	}
}

// TestPullQuoteLeftOut: a pull quote repeats a line of the article out of
// its place (often reworded, so dropRepeats misses it); read where it
// stands, it put a second speaker between a quotation and its "he
// continued". Every spelling of its class is left out.
func TestPullQuoteLeftOut(t *testing.T) {
	paras := []string{
		"<p>The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring.</p>",
		"<p>Engineers had warned for years that the piers were wearing away faster than the budget for the bridge could keep up with, the council's minutes show.</p>",
		"<p>“It has to be done before the floods,” Cooke said at the meeting, adding that the town could not wait for another winter of heavy traffic on it.</p>",
	}
	for _, pull := range []string{
		`<table align="right"><tbody><tr><td class="pullquote">“Close it now,” Cooke said.</td></tr></tbody></table>`,
		`<div class="pull-quote">“Close it now,” Cooke said.</div>`,
		`<blockquote class="article__pullQuote">“Close it now,” Cooke said.</blockquote>`,
	} {
		doc := "<html><body><article>" + paras[0] + paras[1] + pull + paras[2] + "</article></body></html>"
		a, err := HTML(doc, "https://example.com/a")
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range a.Blocks {
			if strings.Contains(b.Text, "Close it now") {
				t.Errorf("%s: the pull quote is kept: %q", pull, b.Text)
			}
		}
		if len(a.Blocks) != 3 {
			t.Errorf("%s: %d blocks, want the 3 paragraphs", pull, len(a.Blocks))
		}
	}
}

// TestDekRepeatsBodyAfterDateline: a description that repeats the lead
// paragraph after its dateline is no dek (Reuters' cut-off og:description,
// CNN's "Hong Kong (CNN Business)A muddled view…").
func TestDekRepeatsBodyAfterDateline(t *testing.T) {
	lead := []article.Block{{Kind: article.KindParagraph, Text: "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of stocks across the globe rose."}}
	for dek, want := range map[string]bool{
		"Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of stoc...": true,
		"Oil prices fell sharply on Tuesday on oversupply concerns.":                          true,
		"Markets shrug off the glut as Asian gains carry over.":                               false,
	} {
		if got := dekRepeatsBody(dek, lead); got != want {
			t.Errorf("dekRepeatsBody(%q) = %v, want %v", dek, got, want)
		}
	}
}

// TestLinkedNamesSentenceStays: a sentence whose names are links is
// text; a line that is mostly links is not ("Read more", a link list).
func TestLinkedNamesSentenceStays(t *testing.T) {
	para := "<p>The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and said repairs would start in spring.</p>"
	lead := `<p><a href="/a">James Van Der Beek</a> has been eliminated from “<a href="/b">Dancing with the Stars</a>.”</p>`
	links := `<p><a href="/c">Politics</a> | <a href="/d">World News Today</a> | <a href="/e">Business and Markets</a></p>`
	more := `<p>Read more: <a href="/f">Council to close the bridge over the river</a></p>`
	para2 := "<p>Engineers said the piers had been weakened by years of heavy traffic and by the floods of last winter, which scoured the river bed around them.</p>"
	a, err := HTML("<html><body><article>"+lead+para+links+para2+more+"</article></body></html>", "")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, b := range a.Blocks {
		texts = append(texts, b.Text)
	}
	if len(texts) != 3 || texts[0] != "James Van Der Beek has been eliminated from “Dancing with the Stars.”" {
		t.Errorf("blocks %q, want the linked sentence and the two paragraphs", texts)
	}
}
