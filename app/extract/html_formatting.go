package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// formattingElements are HTML's "formatting elements" other than <a>. The
// HTML parser keeps a list of those left open and re-creates every one of
// them at each new paragraph (the "reconstruct the active formatting
// elements" step): a page that opens a few hundred <b id=…> and then has
// 5 MiB of "<p>x" makes hundreds of millions of nodes (1 MiB took 37 s and
// 1.6 GB). The extractor never looks at these elements' names, only at
// their text and their class and id, so they are read as <span>, which the
// parser never re-creates. <a> stays: links count (link density), and the
// parser keeps at most one open <a> per table cell.
var formattingElements = map[atom.Atom]bool{
	atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true, atom.Font: true, atom.I: true,
	atom.Nobr: true, atom.S: true, atom.Small: true, atom.Strike: true, atom.Strong: true,
	atom.Tt: true, atom.U: true,
}

// boldMark is the attribute a <b> or <strong> read as <span> carries, so
// that a bold line standing for a heading is still seen as bold.
const boldMark = "data-readwell-bold"

// formattingAsSpans rewrites the formatting elements of doc (but <a>) as
// <span>, keeping their attributes; everything else is copied byte for byte.
// A page without them is returned as it is.
func formattingAsSpans(doc string) string {
	z := html.NewTokenizer(strings.NewReader(doc))
	var out strings.Builder
	changed := false
	offset := 0  // bytes of doc read before the current token
	foreign := 0 // inside <svg> or <math>, where <style> and <title> are not raw text
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start := offset
		offset += len(raw)
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken && tt != html.EndTagToken {
			if changed {
				out.Write(raw)
			}
			continue
		}
		tok := z.Token()
		if !formattingElements[tok.DataAtom] {
			switch {
			case tok.DataAtom == atom.Svg || tok.DataAtom == atom.Math:
				if tt == html.StartTagToken {
					foreign++
				} else if tt == html.EndTagToken && foreign > 0 {
					foreign--
				}
			case tt == html.StartTagToken && foreign > 0:
				z.NextIsNotRawText()
			}
			if changed {
				out.Write(raw)
			}
			continue
		}
		if !changed {
			out.Grow(len(doc) + len(doc)/8)
			out.WriteString(doc[:start])
			changed = true
		}
		if tt == html.StartTagToken && (tok.DataAtom == atom.B || tok.DataAtom == atom.Strong) {
			tok.Attr = append(tok.Attr, html.Attribute{Key: boldMark, Val: "1"})
		}
		tok.Data, tok.DataAtom = "span", atom.Span
		if tt == html.SelfClosingTagToken {
			tok.Type = html.StartTagToken
		}
		out.WriteString(tok.String())
	}
	if !changed {
		return doc
	}
	out.WriteString(doc[min(offset, len(doc)):])
	return out.String()
}
