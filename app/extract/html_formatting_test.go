package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestFormattingAsSpans(t *testing.T) {
	testCases := []struct {
		name, in, want string
	}{
		{"none", "<p>Plain <a href=/x>link</a> text.</p>", "<p>Plain <a href=/x>link</a> text.</p>"},
		{"bold", `<p>A <b class="x">bold</b> word.</p>`, `<p>A <span class="x" data-readwell-bold="1">bold</span> word.</p>`},
		{"every kind", "<i>1</i><em>2</em><strong>3</strong><font color=red>4</font><u>5</u><nobr>6</nobr>",
			"<span>1</span><span>2</span><span data-readwell-bold=\"1\">3</span><span color=\"red\">4</span><span>5</span><span>6</span>"},
		{"self-closing", "<p><b/>x</p>", "<p><span>x</p>"},
		{"script untouched", "<script>var s = '<b>';</script><b>x</b>", "<script>var s = '<b>';</script><span data-readwell-bold=\"1\">x</span>"},
		{"svg style is markup", "<svg><style><b>x</b></style></svg>", "<svg><style><span data-readwell-bold=\"1\">x</span></style></svg>"},
		{"html style is text", "<style>b::after{content:'<b>'}</style>", "<style>b::after{content:'<b>'}</style>"},
		{"bold line", "<p><strong>Status Quo</strong></p>", "<p><span data-readwell-bold=\"1\">Status Quo</span></p>"},
		{"unfinished tag", "<p><b>x</p><b", "<p><span data-readwell-bold=\"1\">x</p><b"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := formattingAsSpans(tc.in); got != tc.want {
				t.Errorf("formattingAsSpans(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestNestedFormattingNodes: a page that leaves hundreds of formatting
// elements open, then has many short paragraphs, parses to about as many
// nodes as it has tags, not hundreds of times that (1.7 million nodes for
// 256 KB before: the parser re-created the 300 open <b> in every <p>).
func TestNestedFormattingNodes(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><article><p>")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, "<b id=b%d>", i)
	}
	b.WriteString("</p>")
	for b.Len() < 64<<10 {
		b.WriteString("<p>The cat sat on the mat, he said.</p>")
	}
	doc := b.String()
	root, err := html.Parse(strings.NewReader(formattingAsSpans(doc)))
	if err != nil {
		t.Fatal(err)
	}
	nodes := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		nodes++
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if limit := len(doc) / 8; nodes > limit {
		t.Errorf("html.Parse(formattingAsSpans(%d-byte page)) = %d nodes, want at most %d", len(doc), nodes, limit)
	}
}
