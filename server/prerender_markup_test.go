package main

import (
	"bytes"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// hostileValues try to leave an attribute (go-app writes attribute values
// with strconv.Quote: `"` becomes `\"`, which HTML does not honour), a
// text element, or the page.
var hostileValues = []string{
	`"`,
	`x"><img src=x onerror=alert(1)>`,
	`x"></textarea><img src=x onerror=alert(1)>`,
	`"><meta http-equiv=refresh content="0;url=https://evil.example/">`,
	`<meta http-equiv=refresh content="0;url=https://evil.example/">`,
	`</textarea><script>alert(1)</script>`,
	`</title><script src=/robots.txt></script>`,
	`' onmouseover='alert(1)`,
	`\" autofocus onfocus=alert(1) x=\"`,
	`https://example.com/"><base href="//evil.example/">`,
	`https://example.com/?a="><form action=//evil.example><input name=p>`,
	`&quot;><svg onload=alert(1)>`,
	`<!--`,
	`javascript:alert(1)`,
}

// TestNoRequestValueBecomesMarkup sends hostile values to every page, in
// every query value and path segment a page reads, and compares the
// prerendered HTML's elements and attributes with the same page given a
// plain value: any element or attribute more is markup from the request.
func TestNoRequestValueBecomesMarkup(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	testCases := []struct {
		name, plain string
		path        func(v string) string
	}{
		{"add text", "plain", func(v string) string { return "/add?text=" + url.QueryEscape(v) }},
		{"add url", "https://example.com/plain", func(v string) string { return "/add?url=" + url.QueryEscape(v) }},
		{"add title", "plain", func(v string) string { return "/add?title=" + url.QueryEscape(v) }},
		{"add text as URL", "https://example.com/plain", func(v string) string {
			return "/add?text=" + url.QueryEscape("https://example.com/"+v)
		}},
		{"add everything", "plain", func(v string) string {
			q := url.Values{"url": {v}, "text": {v}, "title": {v}}
			return "/add/?" + q.Encode()
		}},
		{"read id", "0123456789abcdef", func(v string) string { return "/read/" + url.PathEscape(v) }},
		{"read id slash", "0123456789abcdef", func(v string) string { return "/read/" + url.PathEscape(v) + "/" }},
		{"reader query", "plain", func(v string) string { return "/?q=" + url.QueryEscape(v) }},
		{"library query", "plain", func(v string) string { return "/library?q=" + url.QueryEscape(v) }},
		{"settings query", "plain", func(v string) string { return "/settings?theme=" + url.QueryEscape(v) }},
		{"shell query", "plain", func(v string) string { return "/shell.html?u=" + url.QueryEscape(v) }},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			_, plainBody := mustGet(t, srv, tc.path(tc.plain), nil)
			want := markupOf(t, plainBody)
			for _, v := range hostileValues {
				path := tc.path(v)
				_, body := mustGet(t, srv, path, nil)
				got := markupOf(t, body)
				var extra []string
				for k, n := range got {
					if n > want[k] {
						extra = append(extra, k)
					}
				}
				sort.Strings(extra)
				if len(extra) > 0 {
					t.Errorf("GET %s: markup not in the plain page: %s", path, strings.Join(extra, ", "))
				}
			}
		})
	}
}

// markupOf counts a document's elements and element attributes:
// "img", "img[onerror]".
func markupOf(tb testing.TB, page []byte) map[string]int {
	tb.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]int{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			out[n.Data]++
			for _, a := range n.Attr {
				out[n.Data+"["+a.Key+"]"]++
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// TestPrerenderedBooleansAreOff: HTML reads a boolean attribute by its
// presence, so disabled="false" is a disabled button. go-app writes a
// component's Disabled(false) that way; every page's prerender is read for
// boolean attributes given "false" and for the chips' counts in words.
func TestPrerenderedBooleansAreOff(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	booleans := []string{"disabled", "hidden", "checked", "readonly", "required", "autofocus", "multiple", "selected", "open", "inert", "novalidate", "formnovalidate"}
	for _, path := range []string{"/", "/add", "/library", "/settings", "/highlights"} {
		_, body := mustGet(t, srv, path, nil)
		doc, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			for _, a := range n.Attr {
				if a.Val == "false" && slices.Contains(booleans, a.Key) {
					t.Errorf("%s: <%s %s=%q>: HTML reads it as on", path, n.Data, a.Key, a.Val)
				}
				if strings.Contains(a.Val, " 1 mentions") {
					t.Errorf("%s: <%s %s=%q>: one mention, in the plural", path, n.Data, a.Key, a.Val)
				}
			}
		}
	}
}
