// Package highlight owns a reader's marks on an article: the Highlight (a
// span of the text with its colour and note), how one is anchored (block,
// rune offsets and the text itself with some context, so it survives a
// re-annotation, an app update or an import) and how the anchored marks
// lie over the blocks for rendering. It imports only app/article and the
// standard library: never syscall/js, so all of it is tested on the host.
package highlight

import (
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"readwell/app/article"
)

// Highlight is one highlighted passage. It may run over several blocks:
// from rune Start of Block to rune End of EndBlock (exclusive).
type Highlight struct {
	ID string `json:"id"`
	// Article is the ID of the article it belongs to.
	Article  string `json:"article,omitempty"`
	Block    int    `json:"block"`
	Start    int    `json:"start"`
	EndBlock int    `json:"endBlock"`
	End      int    `json:"end"`
	// Text is the highlighted text, the blocks' parts joined by "\n";
	// Prefix and Suffix are the text just before and after it. Together
	// they find the passage again when the offsets no longer fit.
	Text   string `json:"text"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Color  string `json:"color"`
	// Note is the reader's plain text: shown as text, never as markup.
	Note string `json:"note,omitempty"`
	// Speaker is who said the quotation the passage lies in; Entities the
	// names mentioned in it. Both are kept from when it was made, so the
	// highlights page needs no article bodies.
	Speaker  string    `json:"speaker,omitempty"`
	Entities []string  `json:"entities,omitempty"`
	Created  time.Time `json:"created"`
}

// Colours a highlight may take. Each has a name and its own underline
// style in the stylesheet: colour is never the only cue.
const (
	Yellow = "yellow"
	Green  = "green"
	Pink   = "pink"
)

// Colors lists the colours in the toolbar's order; the first is the default.
var Colors = []string{Yellow, Green, Pink}

// ValidColor reports whether c is one of Colors.
func ValidColor(c string) bool {
	for _, k := range Colors {
		if c == k {
			return true
		}
	}
	return false
}

// contextRunes is how much text around a highlight is kept to find it again.
const contextRunes = 32

// MaxNote bounds a note, in runes.
const MaxNote = 10000

// Span is where a highlight lies: rune Start of Block to rune End of
// EndBlock, exclusive.
type Span struct {
	Block, Start, EndBlock, End int
}

// Overlaps reports whether two spans share any text.
func (s Span) Overlaps(o Span) bool {
	return before(s.Block, s.Start, o.EndBlock, o.End) && before(o.Block, o.Start, s.EndBlock, s.End)
}

// before: position (b1, o1) comes strictly before (b2, o2).
func before(b1, o1, b2, o2 int) bool { return b1 < b2 || b1 == b2 && o1 < o2 }

var seq atomic.Uint32

// newID is unique enough for one reader's marks: the time in nanoseconds
// and a counter, in base 36.
func newID(now time.Time) string {
	return strconv.FormatInt(now.UnixNano(), 36) + strconv.FormatUint(uint64(seq.Add(1)%1296), 36)
}

// New makes a highlight of a's text from rune start of block to rune end
// of endBlock, trimmed of the spaces at its edges. ok is false when the
// span holds no text.
func New(a article.Article, sp Span, color string, now time.Time) (h Highlight, ok bool) {
	sp, ok = trim(a.Blocks, sp)
	if !ok {
		return Highlight{}, false
	}
	if !ValidColor(color) {
		color = Colors[0]
	}
	h = Highlight{
		ID: newID(now), Article: a.ID, Color: color, Created: now.UTC(),
		Block: sp.Block, Start: sp.Start, EndBlock: sp.EndBlock, End: sp.End,
		Text: spanText(a.Blocks, sp),
	}
	h.Prefix, h.Suffix = context(a.Blocks, sp)
	h.Speaker, h.Entities = Who(a, sp)
	return h, true
}

// trim clamps sp into the text and moves its edges past spaces; false
// when nothing is left.
func trim(blocks []article.Block, sp Span) (Span, bool) {
	if len(blocks) == 0 || sp.Block > sp.EndBlock {
		return sp, false
	}
	sp.Block, sp.EndBlock = max(0, sp.Block), min(len(blocks)-1, sp.EndBlock)
	if sp.Block > sp.EndBlock {
		return sp, false
	}
	first, last := []rune(blocks[sp.Block].Text), []rune(blocks[sp.EndBlock].Text)
	sp.Start = min(max(0, sp.Start), len(first))
	sp.End = min(max(0, sp.End), len(last))
	// The start moves forward past spaces and ends of blocks.
	for {
		rs := []rune(blocks[sp.Block].Text)
		for sp.Start < len(rs) && unicode.IsSpace(rs[sp.Start]) {
			sp.Start++
		}
		if sp.Start < len(rs) || sp.Block >= sp.EndBlock {
			break
		}
		sp.Block, sp.Start = sp.Block+1, 0
	}
	// The end moves back.
	for {
		rs := []rune(blocks[sp.EndBlock].Text)
		sp.End = min(sp.End, len(rs))
		for sp.End > 0 && unicode.IsSpace(rs[sp.End-1]) {
			sp.End--
		}
		if sp.End > 0 || sp.EndBlock <= sp.Block {
			break
		}
		sp.EndBlock--
		sp.End = utf8.RuneCountInString(blocks[sp.EndBlock].Text)
	}
	return sp, before(sp.Block, sp.Start, sp.EndBlock, sp.End)
}

// spanText is the text of sp, the blocks' parts joined by "\n".
func spanText(blocks []article.Block, sp Span) string {
	var b strings.Builder
	for i := sp.Block; i <= sp.EndBlock; i++ {
		rs := []rune(blocks[i].Text)
		from, to := 0, len(rs)
		if i == sp.Block {
			from = min(sp.Start, len(rs))
		}
		if i == sp.EndBlock {
			to = min(sp.End, len(rs))
		}
		if i > sp.Block {
			b.WriteByte('\n')
		}
		if from < to {
			b.WriteString(string(rs[from:to]))
		}
	}
	return b.String()
}

// context is up to contextRunes of the text before and after sp, within
// its first and last blocks.
func context(blocks []article.Block, sp Span) (prefix, suffix string) {
	first, last := []rune(blocks[sp.Block].Text), []rune(blocks[sp.EndBlock].Text)
	prefix = string(first[max(0, sp.Start-contextRunes):sp.Start])
	suffix = string(last[sp.End:min(len(last), sp.End+contextRunes)])
	return prefix, suffix
}

// Who names the speaker of the quotation sp lies in ("" when none, or when
// it touches several speakers' words) and the entities mentioned within it.
func Who(a article.Article, sp Span) (speaker string, entities []string) {
	names := map[string]string{}
	for _, e := range a.Entities {
		names[e.ID] = e.Name
	}
	for _, q := range a.Quotes {
		if q.Kind == "term" || !sp.Overlaps(Span{q.Block, q.Start, q.Block, q.End}) {
			continue
		}
		name := names[q.Speaker]
		if speaker != "" && name != speaker {
			speaker = ""
			break
		}
		speaker = name
	}
	seen := map[string]bool{}
	for _, m := range a.Mentions {
		name := names[m.Entity]
		if name != "" && !seen[name] && sp.Overlaps(Span{m.Block, m.Start, m.Block, m.End}) {
			seen[name] = true
			entities = append(entities, name)
		}
	}
	return speaker, entities
}
