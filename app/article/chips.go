package article

// Chips are the entities a reader gets a chip for: those named twice or
// more, and those who speak. Named once and silent, a capitalised name is
// as often a headline word, a product or a film as a person; it stays in
// Entities (and its mention in the text) but earns no chip.
func (a Article) Chips() []Entity {
	speaks := map[string]bool{}
	for _, q := range a.Quotes {
		speaks[q.Speaker] = true
	}
	var out []Entity
	for _, e := range a.Entities {
		if e.Mentions >= 2 || speaks[e.ID] {
			out = append(out, e)
		}
	}
	return out
}
