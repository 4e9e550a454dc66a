package library

import (
	"context"
	"fmt"
	"strings"

	"readwell/app/highlight"
)

// Markdown writes entries as one Markdown document: for each article its
// title, link, dates and tags, then each highlight as a blockquote with its
// speaker and note, in the order of the text; those not found in the
// article come last, said so. One entry makes a document of its own (a
// level-1 title); several are sections under "Readwell highlights".
func Markdown(entries []Entry) []byte {
	var b strings.Builder
	level := "# "
	if len(entries) != 1 {
		b.WriteString("# Readwell highlights\n")
		level = "## "
	}
	for i, e := range entries {
		if i > 0 || len(entries) != 1 {
			b.WriteString("\n")
		}
		writeEntry(&b, e, level)
	}
	return []byte(b.String())
}

func writeEntry(b *strings.Builder, e Entry, level string) {
	a := e.Article
	title := oneLine(a.Title)
	if title == "" {
		title = "Untitled article"
	}
	b.WriteString(level + escapeMarkdown(title) + "\n\n")
	if u := oneLine(a.URL); strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		b.WriteString("<" + strings.ReplaceAll(strings.ReplaceAll(u, "<", "%3C"), ">", "%3E") + ">\n\n")
	}
	var dates []string
	if p := oneLine(a.Published); p != "" {
		dates = append(dates, "Published "+escapeMarkdown(p))
	}
	if !e.SavedAt.IsZero() {
		dates = append(dates, "saved "+e.SavedAt.UTC().Format("2006-01-02"))
	}
	if len(dates) > 0 {
		b.WriteString(strings.Join(dates, " · ") + "\n\n")
	}
	if len(e.Tags) > 0 {
		tags := make([]string, len(e.Tags))
		for i, t := range e.Tags {
			tags[i] = "#" + escapeMarkdown(strings.ReplaceAll(oneLine(t), " ", "-"))
		}
		b.WriteString("Tags: " + strings.Join(tags, " ") + "\n\n")
	}
	placed := highlight.Place(a.Blocks, e.Highlights)
	shown := make([]highlight.Highlight, 0, len(e.Highlights))
	var lost []highlight.Highlight
	for _, h := range e.Highlights {
		if _, ok := placed.Spans[h.ID]; ok {
			shown = append(shown, h)
		} else {
			lost = append(lost, h)
		}
	}
	for i := 1; i < len(shown); i++ { // text order; few highlights
		for j := i; j > 0 && after(placed.Spans[shown[j-1].ID], placed.Spans[shown[j].ID]); j-- {
			shown[j-1], shown[j] = shown[j], shown[j-1]
		}
	}
	if len(e.Highlights) == 0 {
		b.WriteString("No highlights.\n")
		return
	}
	for i, h := range append(shown, lost...) {
		if i > 0 {
			b.WriteString("\n")
		}
		for _, line := range strings.Split(h.Text, "\n") {
			b.WriteString(strings.TrimRight("> "+escapeMarkdown(strings.TrimSpace(line)), " ") + "\n")
		}
		if h.Speaker != "" {
			b.WriteString(">\n> — " + escapeMarkdown(oneLine(h.Speaker)) + "\n")
		}
		if i >= len(shown) {
			b.WriteString("\n*Not found in the article.*\n")
		}
		if note := strings.TrimSpace(h.Note); note != "" {
			b.WriteString("\n")
			for j, line := range strings.Split(note, "\n") {
				prefix := "Note: "
				if j > 0 {
					prefix = ""
				}
				b.WriteString(strings.TrimRight(prefix+escapeMarkdown(line), " ") + "  \n")
			}
		}
	}
}

// after: x starts after y.
func after(x, y highlight.Span) bool {
	return x.Block > y.Block || x.Block == y.Block && x.Start > y.Start
}

// oneLine collapses s onto one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// escapeMarkdown keeps the reader's and the article's text as text:
// nothing in it becomes a link, an emphasis, a heading, a list or HTML.
// (A loop, not a strings.Replacer: this is linked into the UI wasm.)
func escapeMarkdown(s string) string {
	var b strings.Builder
	digits := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte("\\`*_[]<>#|!", c) >= 0,
			i == 0 && (c == '-' || c == '+'),
			digits && i > 0 && (c == '.' || c == ')'):
			b.WriteByte('\\')
		}
		digits = digits && c >= '0' && c <= '9'
		b.WriteByte(c)
	}
	return b.String()
}

// ExportMarkdown writes, as Markdown, every entry of s that has highlights
// or tags, newest first; n is how many.
func ExportMarkdown(ctx context.Context, s Store) (data []byte, n int, err error) {
	list, err := s.List(ctx)
	if err != nil {
		return nil, 0, err
	}
	var entries []Entry
	for _, sum := range list {
		if len(sum.Highlights) == 0 && len(sum.Tags) == 0 {
			continue
		}
		e, err := s.Get(ctx, sum.ID)
		if err != nil {
			return nil, 0, fmt.Errorf("library: export %s: %w", sum.ID, err)
		}
		entries = append(entries, e)
	}
	return Markdown(entries), len(entries), nil
}
