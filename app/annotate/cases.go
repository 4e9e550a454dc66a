package annotate

import (
	"encoding/json"
	"fmt"
	"os"

	"readwell/app/article"
)

// Case is a hand-written example of how articles attribute quotations
// (testdata/cases.json): paragraphs and, for each quotation, who said it
// ("" for nobody) and its kind. The ranker learns from them beside
// annotate-bench, and the tests check them.
type Case struct {
	Name  string      `json:"name"`
	Paras []string    `json:"paras"`
	Want  []CaseQuote `json:"want"`
}

// CaseQuote is one quotation of a Case.
type CaseQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
}

// Article is the case as an article, one block per paragraph.
func (c Case) Article() article.Article {
	a := article.Article{}
	for _, p := range c.Paras {
		a.Blocks = append(a.Blocks, article.Block{Kind: article.KindParagraph, Text: p})
	}
	return a
}

// LoadCases reads a cases file.
func LoadCases(path string) ([]Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("annotate: unable to read cases: %w", err)
	}
	var cases []Case
	if err := json.Unmarshal(data, &cases); err != nil {
		return nil, fmt.Errorf("annotate: cases %s: %w", path, err)
	}
	return cases, nil
}
