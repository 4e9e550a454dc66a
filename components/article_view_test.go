package components

import (
	"testing"

	"readwell/app/article"
	"readwell/app/article/finish"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Hostile strings must reach the DOM as text nodes, never as markup.
func TestArticleViewRendersTextNotHTML(t *testing.T) {
	const hostile = `<img src=x onerror="alert(1)">`
	a := article.Article{
		Title:     hostile,
		Published: "2025-05-04",
		Blocks: []article.Block{
			{Kind: article.KindParagraph, Text: "First " + hostile},
			{Kind: article.KindHeading2, Text: "A heading"},
		},
	}
	finish.Article(&a)
	view := &ArticleView{Article: &a}
	e := app.NewTestEngine()
	if err := e.Load(view); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()

	// ArticleView → article → [header, articleBody → div.body → [blockView
	// → p, blockView → h2, …]]; header → [kicker, h1, meta].
	checks := []struct {
		name     string
		path     []int
		expected app.UI
	}{
		{"title is a text node", []int{0, 0, 1, 0}, app.Text(hostile)},
		{"date shown as a reader reads it", []int{0, 0, 0, 1, 0}, app.Text("May 4, 2025")},
		{"paragraph block", []int{0, 1, 0, 0, 0}, app.P().DataSet("block", 0)},
		{"paragraph text is a text node", []int{0, 1, 0, 0, 0, 0}, app.Text("First " + hostile)},
		{"heading block", []int{0, 1, 0, 1, 0}, app.H2().DataSet("block", 1)},
	}
	for _, c := range checks {
		if err := app.TestMatch(view, app.TestUIDescriptor{Path: c.path, Expected: c.expected}); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func TestDisplayDate(t *testing.T) {
	testCases := []struct{ in, want string }{
		{"2025-05-04", "May 4, 2025"},
		{"2019-11-19T17:50:00Z", "November 19, 2019"},
		{"sometime", "sometime"},
	}
	for _, tc := range testCases {
		if got := displayDate(tc.in); got != tc.want {
			t.Errorf("displayDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestImageURL(t *testing.T) {
	testCases := []struct{ src, want string }{
		{"https://example.com/a.jpg", "/api/image?url=https%3A%2F%2Fexample.com%2Fa.jpg"},
		{"http://example.com/a b.png?x=1&y=2", "/api/image?url=http%3A%2F%2Fexample.com%2Fa+b.png%3Fx%3D1%26y%3D2"},
		{"javascript:alert(1)", ""},
		{"data:image/png;base64,AAAA", ""},
		{"/relative.png", ""},
		{"", ""},
	}
	for _, tc := range testCases {
		if got := ImageURL(tc.src); got != tc.want {
			t.Errorf("ImageURL(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestArticleSource(t *testing.T) {
	testCases := []struct{ url, site, wantHref, wantSite string }{
		{"https://www.example.com/story?id=1", "", "https://www.example.com/story?id=1", "example.com"},
		{"http://news.example.org/a", "The Example", "http://news.example.org/a", "The Example"},
		{" https://example.com/a ", "", "https://example.com/a", "example.com"},
		{"javascript:alert(1)", "Evil", "", ""},
		{"data:text/html,<script>alert(1)</script>", "", "", ""},
		{"//example.com/a", "", "", ""},
		{"/relative", "", "", ""},
		{"", "Site", "", ""},
	}
	for _, tc := range testCases {
		href, site := articleSource(article.Article{URL: tc.url, SiteName: tc.site})
		if href != tc.wantHref || site != tc.wantSite {
			t.Errorf("articleSource(%q, %q) = %q, %q; want %q, %q", tc.url, tc.site, href, site, tc.wantHref, tc.wantSite)
		}
	}
}
