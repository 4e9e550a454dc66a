package highlight

import (
	"strconv"
	"unicode/utf8"

	"readwell/app/article"
)

// Check sorts an imported article's highlights into those it keeps and
// the reasons for the others ("highlight 3: overlaps highlight 1"). It
// keeps one whose text is gone but whose place is in the article (listed
// later as not found); it skips one with no id or text, another article's,
// one that points outside the text and is not found either, and one that
// overlaps a highlight kept before it.
func Check(a article.Article, hs []Highlight) (kept []Highlight, skipped []string) {
	ids := map[string]int{}
	var spans []Span
	var owners []int
	for i, h := range hs {
		n := i + 1
		reason := ""
		sp, found := Resolve(a.Blocks, h)
		switch {
		case h.ID == "" || len(h.ID) > 64 || !utf8.ValidString(h.ID):
			reason = "no valid id"
		case ids[h.ID] > 0:
			reason = "the same id as highlight " + strconv.Itoa(ids[h.ID])
		case h.Article != "" && h.Article != a.ID:
			reason = "belongs to another article"
		case normalize(h.Text) == "" || !utf8.ValidString(h.Text+h.Note+h.Prefix+h.Suffix+h.Speaker):
			reason = "no text"
		case utf8.RuneCountInString(h.Note) > MaxNote:
			reason = "note too long"
		case !found && !inRange(a.Blocks, Span{h.Block, h.Start, h.EndBlock, h.End}):
			reason = "points outside the text"
		}
		if reason == "" && found {
			for k, o := range spans {
				if sp.Overlaps(o) {
					reason = "overlaps highlight " + strconv.Itoa(owners[k])
					break
				}
			}
		}
		if reason != "" {
			skipped = append(skipped, "highlight "+strconv.Itoa(n)+": "+reason)
			continue
		}
		ids[h.ID] = n
		if found {
			spans, owners = append(spans, sp), append(owners, n)
		}
		if !ValidColor(h.Color) {
			h.Color = Colors[0]
		}
		kept = append(kept, h)
	}
	return kept, skipped
}
