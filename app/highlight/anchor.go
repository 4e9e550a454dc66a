package highlight

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"readwell/app/article"
)

// Resolve finds where h lies in blocks: at its offsets when the text there
// is still its text, else where its text is found, the occurrence whose
// context matches best (nearest the old place on a tie). Spaces, line and
// block breaks all count as one space, so a paragraph split or joined
// around a highlight does not lose it. ok is false when the text is gone.
func Resolve(blocks []article.Block, h Highlight) (Span, bool) {
	want := normalize(h.Text)
	if want == "" {
		return Span{}, false
	}
	sp := Span{h.Block, h.Start, h.EndBlock, h.End}
	if inRange(blocks, sp) && normalize(spanText(blocks, sp)) == want {
		return sp, true
	}
	return search(blocks, h, want)
}

// inRange reports whether sp lies within blocks and is not empty.
func inRange(blocks []article.Block, sp Span) bool {
	if sp.Block < 0 || sp.EndBlock >= len(blocks) || sp.Start < 0 || sp.End < 0 || !before(sp.Block, sp.Start, sp.EndBlock, sp.End) {
		return false
	}
	return sp.Start <= utf8.RuneCountInString(blocks[sp.Block].Text) && sp.End <= utf8.RuneCountInString(blocks[sp.EndBlock].Text)
}

// normalize collapses every run of spaces to one and trims the ends.
func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

// collapse turns every run of spaces into one space, keeping the ends:
// context touches the highlight.
func collapse(s string) []rune {
	var out []rune
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				out = append(out, ' ')
			}
			space = true
			continue
		}
		out = append(out, r)
		space = false
	}
	return out
}

// flatText is the article's text as one string with spaces collapsed, and
// the way back from it to blocks.
type flatText struct {
	text string
	// at[i] is where the i-th rune of text comes from.
	at []position
}

type position struct{ block, offset int }

func flatten(blocks []article.Block) flatText {
	var b strings.Builder
	var at []position
	space := true // no space at the start
	for bi, blk := range blocks {
		off := 0
		for _, r := range blk.Text {
			if unicode.IsSpace(r) {
				if !space {
					b.WriteByte(' ')
					at = append(at, position{bi, off})
					space = true
				}
			} else {
				b.WriteRune(r)
				at = append(at, position{bi, off})
				space = false
			}
			off++
		}
		if !space { // a block break is a space
			b.WriteByte(' ')
			at = append(at, position{bi, off})
			space = true
		}
	}
	return flatText{text: b.String(), at: at}
}

// maxCandidates bounds the occurrences of a highlight's text weighed.
const maxCandidates = 1000

func search(blocks []article.Block, h Highlight, want string) (Span, bool) {
	ft := flatten(blocks)
	pre, suf := collapse(h.Prefix), collapse(h.Suffix)
	flat := []rune(ft.text)
	n := utf8.RuneCountInString(want)
	best, bestScore, bestDist := -1, -1, 0
	byteAt, runeAt := 0, 0
	for k := 0; k < maxCandidates; k++ {
		i := strings.Index(ft.text[byteAt:], want)
		if i < 0 {
			break
		}
		runeAt += utf8.RuneCountInString(ft.text[byteAt : byteAt+i])
		byteAt += i
		score := matchBefore(flat, runeAt, pre) + matchAfter(flat, runeAt+n, suf)
		dist := distance(ft.at[runeAt], h)
		if score > bestScore || score == bestScore && dist < bestDist {
			best, bestScore, bestDist = runeAt, score, dist
		}
		_, size := utf8.DecodeRuneInString(ft.text[byteAt:])
		byteAt += size
		runeAt++
	}
	if best < 0 {
		return Span{}, false
	}
	from, to := ft.at[best], ft.at[best+n-1]
	return Span{from.block, from.offset, to.block, to.offset + 1}, true
}

// matchBefore counts the runes of pre that end right at i.
func matchBefore(flat []rune, i int, pre []rune) int {
	n := 0
	for n < len(pre) && i-n-1 >= 0 && flat[i-n-1] == pre[len(pre)-n-1] {
		n++
	}
	return n
}

// matchAfter counts the runes of suf that start right at i.
func matchAfter(flat []rune, i int, suf []rune) int {
	n := 0
	for n < len(suf) && i+n < len(flat) && flat[i+n] == suf[n] {
		n++
	}
	return n
}

// distance is how far p is from where h was: blocks first, then runes.
func distance(p position, h Highlight) int {
	d := abs(p.block-h.Block) << 20
	if p.block == h.Block {
		d += abs(p.offset - h.Start)
	}
	return d
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Mark is the part of one highlight within one block: runes Start to End.
// First is true for the highlight's first part (the one links jump to).
type Mark struct {
	ID, Color  string
	Start, End int
	First      bool
}

// Placement is where an article's highlights lie.
type Placement struct {
	// Marks are each block's marks, in text order, never overlapping.
	Marks map[int][]Mark
	// Spans is where each shown highlight lies.
	Spans map[string]Span
	// Lost are the highlights whose text is not in the article (or lies
	// under another highlight), in the order given: kept, listed, not shown.
	Lost []string
}

// Place anchors hs in blocks. A highlight found where an earlier one
// already lies is lost too: marks never overlap.
func Place(blocks []article.Block, hs []Highlight) Placement {
	p := Placement{Marks: map[int][]Mark{}, Spans: map[string]Span{}}
	var placed []Span
	for _, h := range hs {
		sp, ok := Resolve(blocks, h)
		for _, o := range placed {
			if ok && sp.Overlaps(o) {
				ok = false
			}
		}
		if !ok {
			p.Lost = append(p.Lost, h.ID)
			continue
		}
		placed = append(placed, sp)
		p.Spans[h.ID] = sp
		for b := sp.Block; b <= sp.EndBlock; b++ {
			m := Mark{ID: h.ID, Color: h.Color, Start: 0, End: utf8.RuneCountInString(blocks[b].Text), First: b == sp.Block}
			if b == sp.Block {
				m.Start = sp.Start
			}
			if b == sp.EndBlock {
				m.End = sp.End
			}
			if m.Start < m.End {
				p.Marks[b] = append(p.Marks[b], m)
			}
		}
	}
	for _, ms := range p.Marks {
		sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	}
	return p
}

// Cut splits a run of text that starts at rune from of its block at the
// block's marks: each piece is its text and the mark it lies in (nil for
// none). The pieces always spell the run.
func Cut(text string, from int, marks []Mark) []Piece {
	if len(marks) == 0 {
		return []Piece{{Text: text}}
	}
	rs := []rune(text)
	to := from + len(rs)
	var out []Piece
	pos := from
	for i := range marks {
		m := &marks[i]
		if m.End <= pos || m.Start >= to {
			continue
		}
		if s := max(m.Start, pos); s > pos {
			out = append(out, Piece{Text: string(rs[pos-from : s-from])})
			pos = s
		}
		e := min(m.End, to)
		out = append(out, Piece{Text: string(rs[pos-from : e-from]), Mark: m, First: m.First && pos == m.Start})
		pos = e
	}
	if pos < to {
		out = append(out, Piece{Text: string(rs[pos-from:])})
	}
	return out
}

// Piece is a run of text and the mark it lies in, if any. First is true
// for the very start of a highlight.
type Piece struct {
	Text  string
	Mark  *Mark
	First bool
}
