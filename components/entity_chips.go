package components

import (
	"fmt"

	"readwell/app/article"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// entityKinds orders the chip groups and names them.
var entityKinds = []struct{ kind, label string }{
	{"person", "People"},
	{"org", "Organisations"},
	{"place", "Places"},
}

// renderEntityChips draws the people, organisations and places of an
// article as toggle buttons grouped by kind, each with its mention count.
func renderEntityChips(entities []article.Entity, active string, onToggle func(id string) app.EventHandler) app.UI {
	if len(entities) == 0 {
		return nil
	}
	return app.Nav().Class("entities").Aria("label", "People, organisations and places").Body(
		app.Range(entityKinds).Slice(func(k int) app.UI {
			kind := entityKinds[k]
			var group []article.Entity
			for _, e := range entities {
				if e.Kind == kind.kind {
					group = append(group, e)
				}
			}
			if len(group) == 0 {
				return nil
			}
			return app.Div().Class("chip-group").Body(
				app.Span().Class("chip-group-label").Text(kind.label),
				app.Range(group).Slice(func(i int) app.UI {
					e := group[i]
					cls := "chip chip-" + e.Kind
					if e.ID == active {
						cls += " active"
					}
					return app.Button().Type("button").Class(cls).
						Attr("data-entity-chip", e.Name).DataSet("kind", e.Kind).
						Aria("pressed", e.ID == active).
						Title("Mark "+mentionsOf(e.Mentions, e.Name)).
						OnClick(onToggle(e.ID)).
						Body(
							app.Span().Class("chip-name").Text(e.Name),
							app.Span().Class("chip-count").Aria("label", mentionCount(e.Mentions)).Text(e.Mentions),
						)
				}),
			)
		}),
	)
}

// mentionCount is a chip's count as words: "1 mention", "3 mentions".
func mentionCount(n int) string {
	if n == 1 {
		return "1 mention"
	}
	return fmt.Sprintf("%d mentions", n)
}

// mentionsOf is what a chip marks: "the mention of CIA" (an entity that
// speaks may be named once), "the 3 mentions of CIA".
func mentionsOf(n int, name string) string {
	if n == 1 {
		return "the mention of " + name
	}
	return "the " + mentionCount(n) + " of " + name
}
