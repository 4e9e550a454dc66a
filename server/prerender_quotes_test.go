package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"readwell/app/seed"

	"golang.org/x/net/html"
)

// TestPrerenderCarriesQuotes reads the seed's prerendered pages: every
// quotation and mention is in place, with its speaker label, and every
// block's text is exactly the article's (no spaces between elements).
func TestPrerenderCarriesQuotes(t *testing.T) {
	srv := mustTestServer(t, mustWebDir(t))
	a, err := seed.Article()
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/", "/read/" + a.ID, "/read/" + a.ID + "/"} {
		t.Run(path, func(t *testing.T) {
			_, body := mustGet(t, srv, path, nil)
			doc, err := html.Parse(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			blocks := map[int]string{}
			var quotes, labelled, unattributed, mentions int
			var walk func(n *html.Node)
			walk = func(n *html.Node) {
				if n.Type == html.ElementNode {
					attrs := map[string]string{}
					for _, at := range n.Attr {
						attrs[at.Key] = at.Val
					}
					if v, ok := attrs["data-block"]; ok {
						i, _ := strconv.Atoi(v)
						blocks[i] = textOf(n)
					}
					if n.Data == "q" {
						if _, ok := attrs["data-speaker"]; ok {
							quotes++
						}
						if attrs["data-label"] != "" {
							labelled++
						}
						if _, ok := attrs["data-unattributed"]; ok && attrs["data-speaker"] == "" {
							unattributed++
						}
					}
					if n.Data == "span" && attrs["class"] == "mention" && attrs["data-entity"] != "" && attrs["data-kind"] != "" {
						mentions++
					}
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(doc)
			for i, b := range a.Blocks {
				if got := blocks[i]; got != b.Text {
					t.Errorf("block %d text = %q, want %q", i, got, b.Text)
				}
			}
			var wantUnattributed int
			for _, q := range a.Quotes {
				if q.Speaker == "" {
					wantUnattributed++
				}
			}
			if quotes != len(a.Quotes) || labelled != len(a.Quotes)-wantUnattributed || unattributed != wantUnattributed {
				t.Errorf("quotes = %d (%d labelled, %d unattributed), want %d (%d unattributed)", quotes, labelled, unattributed, len(a.Quotes), wantUnattributed)
			}
			if mentions != len(a.Mentions) {
				t.Errorf("mentions = %d, want %d", mentions, len(a.Mentions))
			}
		})
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
