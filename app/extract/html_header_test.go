package extract

import (
	"testing"
	"time"
)

// fixedNow sets the clock plausible dates are judged by for one test.
func fixedNow(t *testing.T, at time.Time) {
	t.Helper()
	saved := now
	now = func() time.Time { return at }
	t.Cleanup(func() { now = saved })
}

func TestPlausibleDate(t *testing.T) {
	fixedNow(t, time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC))
	testCases := []struct{ name, in, want string }{
		{"zero time", "0001-01-01T00:00:00Z", ""},
		{"before 1990", "1989-12-31", ""},
		{"1990", "1990-01-01", "1990-01-01"},
		{"an ordinary day", "2019-11-19T23:34:00-05:00", "2019-11-19T23:34:00-05:00"},
		{"within a day ahead", "2026-12-01T11:00:00Z", "2026-12-01T11:00:00Z"},
		{"more than a day ahead", "2026-12-01T13:00:00Z", ""},
		{"years ahead", "2099-01-01", ""},
		{"not a date", "yesterday", ""},
		{"empty", "", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := plausibleDate(tc.in); got != tc.want {
				t.Errorf("plausibleDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestChoosePublished(t *testing.T) {
	testCases := []struct {
		name, machine, published, updated, want string
	}{
		{"shown day keeps the metadata time", "2019-11-19T08:03:00-05:00", "2019-11-19", "", "2019-11-19T08:03:00-05:00"},
		{"shown day beats a UTC day", "2019-11-20T01:50:59Z", "2019-11-19", "", "2019-11-19"},
		{"metadata when nothing is shown", "2019-11-18T15:30:00-05:00", "", "", "2019-11-18T15:30:00-05:00"},
		{"metadata over a shown update", "2019-11-08T15:30:00-05:00", "", "2019-11-13", "2019-11-08T15:30:00-05:00"},
		{"a UTC time a day off the shown update", "2019-11-20T05:57:50Z", "", "2019-11-19", "2019-11-19"},
		{"the update when nothing else", "", "", "2019-11-13", "2019-11-13"},
		{"none", "", "", "", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := choosePublished(tc.machine, tc.published, tc.updated); got != tc.want {
				t.Errorf("choosePublished(%q, %q, %q) = %q, want %q", tc.machine, tc.published, tc.updated, got, tc.want)
			}
		})
	}
}

func TestLineDates(t *testing.T) {
	testCases := []struct {
		name, in           string
		hints              headerHints
		published, updated string
	}{
		{"plain", "Nov. 19, 2019 8:03 am ET", headerHints{}, "2019-11-19", ""},
		{"published then updated", "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 20, 2019 at 10:16 pm", headerHints{}, "2019-11-19", "2019-11-20"},
		{"updated then original", "By Al Root Updated Nov. 20, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET", headerHints{}, "2019-11-19", "2019-11-20"},
		{"date before the update", "November 19, 2019 | 4:20am | Updated November 20, 2019 | 9:32pm", headerHints{}, "2019-11-19", "2019-11-20"},
		{"only updated", "Updated 10:01 pm PST, Tuesday, November 19, 2019", headerHints{}, "", "2019-11-19"},
		{"date before the label", "05/10/2018 - Publicado por: Jo Doe", headerHints{dayFirst: true}, "2018-10-05", ""},
		{"month first in the US", "05/10/2018", headerHints{}, "2018-05-10", ""},
		{"a day without its year", "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM", headerHints{machine: "2019-11-19T01:19:34Z"}, "2019-11-18", "2019-11-19"},
		{"a year-less day far from the metadata", "Posted Mar 3", headerHints{machine: "2019-11-19T01:19:34Z"}, "", ""},
		{"a zero year", "January 1, 0001", headerHints{}, "", ""},
		{"a sentence is not a date line", "The council met on November 19, 2019 to discuss the budget for the coming year and agreed to raise the rates again", headerHints{}, "", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			pub, upd := lineDates(tc.in, tc.hints)
			if pub != tc.published || upd != tc.updated {
				t.Errorf("lineDates(%q) = %q, %q, want %q, %q", tc.in, pub, upd, tc.published, tc.updated)
			}
		})
	}
}

func TestCleanByline(t *testing.T) {
	testCases := []struct{ name, in, site, want string }{
		{"by", "By Sarah E. Needleman", "", "Sarah E. Needleman"},
		{"lower-case by", "by Bryan DeArdo", "", "Bryan DeArdo"},
		{"shouted", "By BILL HOPPE | Special to the Pioneer Press", "", "BILL HOPPE"},
		{"outlet after a comma", "By Troy L. Smith, Cleveland.com", "", "Troy L. Smith"},
		{"job after a comma", "STEVE PEOPLES, AP National Political Writer", "", "STEVE PEOPLES"},
		{"wire names", "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER", "", "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER"},
		{"german", "Von Moritz Bachmann", "", "Moritz Bachmann"},
		{"analysis by", "Analysis by Chris Cillizza, CNN Editor-at-large", "", "Chris Cillizza"},
		{"job glued to the name", "By Meg JamesStaff Writer", "", "Meg James"},
		{"two authors", "By Mike Wuerthele and Malcolm Owen", "", "Mike Wuerthele and Malcolm Owen"},
		{"three authors", "By Stefan Becket, Kathryn Watson, Grace Segers", "", "Stefan Becket, Kathryn Watson and Grace Segers"},
		{"date after the name", "By Joseph Tsidulko November 19, 2019, 07:47 PM EST", "", "Joseph Tsidulko"},
		{"date before the label", "Monday November 18, 2019 7:45 am PST by Joe Rossignol", "", "Joe Rossignol"},
		{"time stamp after the name", "By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", "", "Mike Wall"},
		{"handle", "By Chris Pokorny@DawgsByNature Nov 18, 2019", "", "Chris Pokorny"},
		{"email and phone", "By Megan Rowe meganr@spokesman.com(509) 459-5382", "", "Megan Rowe"},
		{"degrees", "Written by Rachael Link, MS, RD on November 14, 2019", "", "Rachael Link"},
		{"label with a colon", "Текст: Венера Ерофеева·24 сентября 2018", "", "Венера Ерофеева"},
		{"spanish", "Publicado por: Clarissa Borba - Categoria: Saúde", "", "Clarissa Borba"},
		{"site name after a comma", "Jo Doe, The Coastal Review", "The Coastal Review", "Jo Doe"},
		{"an account, not a name", "Posted on Maret 30, 2015 by Admin", "", ""},
		{"a label alone", "By", "", ""},
		{"a sentence", "Click here to read more about our writers!", "", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := cleanByline(tc.in, tc.site); got != tc.want {
				t.Errorf("cleanByline(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestHTMLMetadata reads byline, date and title from small pages, one
// source at a time, and falls back when a source is empty or impossible.
func TestHTMLMetadata(t *testing.T) {
	fixedNow(t, time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC))
	const body = `<p>The harbour reopened on Tuesday after a month of repairs to the sea wall, the port authority said, and the first ferries docked before noon.</p>
<p>Engineers replaced two hundred metres of stone and raised the wall by half a metre against the winter storms that broke it last year.</p>`
	page := func(head, header string) string {
		return `<!doctype html><html lang="en"><head><title>Harbour reopens after repairs | The Coastal Review</title>` + head +
			`</head><body><nav><a href="/">Home</a></nav><article><h1>Harbour reopens after repairs</h1>` + header + body + `</article></body></html>`
	}
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	testCases := []struct {
		name, html, byline, published, title string
	}{
		{"zero JSON-LD date falls back to meta",
			page(ld(`{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}`)+`<meta property="article:published_time" content="2019-11-19T23:34:00-05:00">`, ""),
			"", "2019-11-19T23:34:00-05:00", "Harbour reopens after repairs"},
		{"zero JSON-LD date falls back to <time>",
			page(ld(`{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}`), `<time datetime="2019-11-19T23:34:00-05:00">Nov 19</time>`),
			"", "2019-11-19T23:34:00-05:00", "Harbour reopens after repairs"},
		{"zero JSON-LD date falls back to a Published line",
			page(ld(`{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}`), `<div class="publish-date">Published 11:34 PM EST Nov 19, 2019</div>`),
			"", "2019-11-19", "Harbour reopens after repairs"},
		{"future date is no date",
			page(`<meta property="article:published_time" content="2031-01-01T00:00:00Z">`, ""),
			"", "", "Harbour reopens after repairs"},
		{"shown day beats the UTC day",
			page(`<meta property="article:published_time" content="2019-11-20T04:34:00Z">`, `<p>Nov. 19, 2019 11:34 pm ET</p>`),
			"", "2019-11-19", "Harbour reopens after repairs"},
		{"rel=author",
			page("", `<p>By <a rel="author" href="/jo">Jo Doe</a></p>`),
			"Jo Doe", "", "Harbour reopens after repairs"},
		{"itemprop=author with a name",
			page("", `<div itemprop="author" itemscope><span itemprop="name">Ann Lee</span></div>`),
			"Ann Lee", "", "Harbour reopens after repairs"},
		{"byline class with the date in it",
			page("", `<div class="entry-byline"><time datetime="2019-11-20">November 20, 2019</time> <span class="entry-author"><a href="/a/bo">Bo Kim</a></span></div>`),
			"Bo Kim", "2019-11-20", "Harbour reopens after repairs"},
		{"several authors in links",
			page("", `<p class="byline">By <a href="/a">Ann Lee</a>, <a href="/b">Jo Doe</a> and <a href="/c">Bo Kim</a></p>`),
			"Ann Lee, Jo Doe and Bo Kim", "", "Harbour reopens after repairs"},
		{"a By line without markup",
			page("", `<p>By Jo Doe, Staff Writer</p>`),
			"Jo Doe", "", "Harbour reopens after repairs"},
		{"JSON-LD author list",
			page(ld(`{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Jo Doe"}]}`), ""),
			"Ann Lee and Jo Doe", "", "Harbour reopens after repairs"},
		{"JSON-LD author object",
			page(ld(`{"@type":"NewsArticle","author":{"@type":"Person","name":"Ann Lee"}}`), ""),
			"Ann Lee", "", "Harbour reopens after repairs"},
		{"the page's byline beats the metadata's",
			page(`<meta name="author" content="The Coastal Review">`, `<p>By Jo Doe</p>`),
			"Jo Doe", "", "Harbour reopens after repairs"},
		{"a biography is not a byline",
			page("", `<div class="author-bio">Jo Doe writes about the sea for the paper and has done since 2009.</div>`),
			"", "", "Harbour reopens after repairs"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := HTML(tc.html, "")
			if err != nil {
				t.Fatalf("HTML(%s) error: %v", tc.name, err)
			}
			if a.Byline != tc.byline {
				t.Errorf("HTML(%s).Byline = %q, want %q", tc.name, a.Byline, tc.byline)
			}
			if a.Published != tc.published {
				t.Errorf("HTML(%s).Published = %q, want %q", tc.name, a.Published, tc.published)
			}
			if a.Title != tc.title {
				t.Errorf("HTML(%s).Title = %q, want %q", tc.name, a.Title, tc.title)
			}
		})
	}
}

func TestChooseTitleHeadline(t *testing.T) {
	const body = `<p>The harbour reopened on Tuesday after a month of repairs to the sea wall, the port authority said, and the first ferries docked before noon.</p>`
	testCases := []struct{ name, head, h1s, want string }{
		{"the blog's name in an h1 is not the headline",
			`<title>September open thread - The Harbour Blog</title>`,
			`<h1>The Harbour Blog</h1><h1>September open thread</h1>`, "September open thread"},
		{"a reworded social title gives way to the h1",
			`<title>HS Roundup: Viera defeats Rockledge to remain undefeated</title>`,
			`<h1>High School Roundup: Viera defeats Rockledge to remain undefeated</h1>`, "High School Roundup: Viera defeats Rockledge to remain undefeated"},
		{"an unrelated h1 is not the headline",
			`<title>The early reviews for the new console are here - Digg</title>`,
			`<h1>Why don't you go fight for the reindeer?</h1>`, "The early reviews for the new console are here"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := HTML(`<html><head>`+tc.head+`</head><body>`+tc.h1s+body+`</body></html>`, "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.want {
				t.Errorf("HTML(%s).Title = %q, want %q", tc.name, a.Title, tc.want)
			}
		})
	}
}

// TestHeaderOffsets: lines whose lower case is longer or shorter in UTF-8,
// or that hold invalid bytes, are read without slicing out of range.
func TestHeaderOffsets(t *testing.T) {
	for _, in := range []string{
		"İİİİ Updated Nov 19, 2019 Published Nov 18, 2019",
		"ȺȺȺȺȺȺ Published \xff\xfe Nov 18, 2019 Updated",
		"By İlker Ȧ Updated \xff November 19, 2019",
	} {
		t.Run(in, func(t *testing.T) {
			if got := lowerSameLen(in); len(got) != len(in) {
				t.Errorf("lowerSameLen(%q) = %q, want %d bytes", in, got, len(in))
			}
			lineDates(in, headerHints{})
			cleanByline(in, "")
		})
	}
}

func TestShownBylineText(t *testing.T) {
	testCases := []struct{ name, in, want string }{
		{"by line", "By Jo Doe", "Jo Doe"},
		{"an account", "by admin", ""},
		{"a control, not a label", "Text size", ""},
		{"a picture credit", "Photo by Jo Doe/Reuters", ""},
		{"a caption", "Cover image: the installation by Peter Koros Design", ""},
		{"no label", "Jo Doe", ""},
		{"a long sentence", "The report was written by Jo Doe and published by the council after months of delay and dispute", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := shownBylineText(tc.in, ""); got != tc.want {
				t.Errorf("shownBylineText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
