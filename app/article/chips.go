package article

import (
	"strings"
	"unicode"
)

// Chips are the entities a reader gets a chip for: those named twice or
// more, those who speak, places, and organisations with a name of their
// own (two words or an acronym). A person named once and silent is as
// often a headline word, a product or a film ("Blue Moon", "MacBook Pro")
// as a person, and a lone capitalised word ("The Ministry was closed")
// rarely an organisation's name: they stay in Entities (and their mention
// in the text) but earn no chip.
func (a Article) Chips() []Entity {
	speaks := map[string]bool{}
	for _, q := range a.Quotes {
		speaks[q.Speaker] = true
	}
	var out []Entity
	for _, e := range a.Entities {
		if e.Mentions >= 2 || speaks[e.ID] || e.Kind == "place" || e.Kind == "org" && ownName(e.Name) {
			out = append(out, e)
		}
	}
	return out
}

// ownName: a name of two words or more, or an acronym (CIA, U.S.).
func ownName(name string) bool {
	if strings.Contains(name, " ") {
		return true
	}
	caps := 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			caps++
		case r != '.' && r != '&':
			return false
		}
	}
	return caps >= 2
}
