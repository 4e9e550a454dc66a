// Package article owns Readwell's vocabulary: the Article a page becomes, its
// body Blocks, the Quotes and Entities found in it, and their Mentions. It is
// the JSON contract of DESIGN.md §2 and imports nothing of ours, so every other
// package (extract, annotate, library, components, server) speaks its types.
package article

// Article is one readable page: metadata, body blocks and annotations.
type Article struct {
	ID             string    `json:"id"`
	URL            string    `json:"url"`
	Title          string    `json:"title"`
	Dek            string    `json:"dek"`
	Byline         string    `json:"byline"`
	Section        string    `json:"section"`
	Dateline       string    `json:"dateline"`
	SiteName       string    `json:"siteName"`
	Lang           string    `json:"lang"`
	Dir            string    `json:"dir"`
	Published      string    `json:"published"`
	Tags           []string  `json:"tags"`
	Blocks         []Block   `json:"blocks"`
	Quotes         []Quote   `json:"quotes"`
	Entities       []Entity  `json:"entities"`
	Mentions       []Mention `json:"mentions"`
	Words          int       `json:"words"`
	ReadingMinutes int       `json:"readingMinutes"`
}

// Block kinds: the only values Block.Kind takes.
const (
	KindParagraph  = "p"
	KindHeading2   = "h2"
	KindHeading3   = "h3"
	KindBlockquote = "blockquote"
	KindListItem   = "li"
	KindFigure     = "figure"
	KindPre        = "pre"
)

// Block is one body element, in reading order. Text is plain text, never HTML.
type Block struct {
	Kind    string `json:"kind"`
	Text    string `json:"text"`
	Src     string `json:"src,omitempty"`
	Alt     string `json:"alt,omitempty"`
	Caption string `json:"caption,omitempty"`
}

// Quote is one quotation within one block; a quotation spanning paragraphs is
// one Quote per block sharing the speaker. Start and End are rune offsets into
// the block's text.
type Quote struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
	Block   int    `json:"block"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Entity is a person, organisation or place named in the article.
type Entity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
}

// Mention is one occurrence of an entity in a block, in rune offsets.
type Mention struct {
	Entity string `json:"entity"`
	Block  int    `json:"block"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}
