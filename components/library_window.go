package components

import (
	"fmt"
	"math"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The library renders only the rows near the viewport (a windowed list):
// with 1,000 articles, rendering every row made each search keystroke
// render 1,000 rows. Rows above and below the window are stood in for
// by the list's padding, estimated from the measured height of the rows
// that are rendered, so the scrollbar keeps the length of the whole list.
const (
	// rowEstimate is a row's height in CSS pixels before any is measured.
	rowEstimate = 96.0
	// windowOverscan rows are rendered beyond each edge of the viewport, so
	// that Tab always has a next row to move to and fast scrolling shows no
	// gap before the next frame.
	windowOverscan = 8
	// windowStep aligns the window's edges, so small scrolls re-render
	// nothing.
	windowStep = 4
	// windowInitial rows are rendered before the viewport is measured:
	// more than a tall screen shows.
	windowInitial = 30
)

// rowWindow is the part [first, last) of a list of n rows that is rendered.
type rowWindow struct {
	first, last int
}

// windowFor returns the rows of a list of n rows, each about rowH tall,
// that are near a viewport of height viewH, when the list's first row
// starts at listTop (relative to the viewport's top: negative once
// scrolled past).
func windowFor(n int, rowH, listTop, viewH float64) rowWindow {
	if n <= 0 {
		return rowWindow{}
	}
	if rowH <= 0 || math.IsNaN(rowH) {
		rowH = rowEstimate
	}
	first := int(math.Floor(-listTop/rowH)) - windowOverscan
	last := int(math.Ceil((viewH-listTop)/rowH)) + windowOverscan
	first = max(0, first/windowStep*windowStep)
	last = min(n, (last+windowStep-1)/windowStep*windowStep)
	if first >= last {
		// The list is wholly above or below the viewport: keep its nearest
		// end rendered, so the page stays as long as it is.
		if first >= n {
			first = max(0, n-windowOverscan)
			last = n
		} else {
			first, last = 0, min(n, windowOverscan)
		}
	}
	return rowWindow{first: first, last: last}
}

// listMeasure sets the list's padding, above and below the rendered rows
// (through the CSSOM: the CSP forbids style attributes), then reads where
// the list is and how tall its rows are. ok is false when no row is
// rendered.
func listMeasure(above, below float64) (listTop, rowH, viewH float64, ok bool) {
	doc := app.Window().Get("document")
	list := doc.Call("querySelector", ".library-list")
	if !list.Truthy() {
		return 0, 0, 0, false
	}
	style := list.Get("style")
	style.Set("paddingTop", fmt.Sprintf("%.0fpx", above))
	style.Set("paddingBottom", fmt.Sprintf("%.0fpx", below))
	rows := list.Call("querySelectorAll", ".library-item")
	count := rows.Get("length").Int()
	if count == 0 {
		return 0, 0, 0, false
	}
	top := rows.Call("item", 0).Call("getBoundingClientRect").Get("top").Float()
	bottom := rows.Call("item", count-1).Call("getBoundingClientRect").Get("bottom").Float()
	rowH = (bottom - top) / float64(count)
	// The list's top padding stands in for the rows above the window, so
	// its border box starts where the first row of the whole list would.
	listTop = list.Call("getBoundingClientRect").Get("top").Float()
	return listTop, rowH, app.Window().Get("innerHeight").Float(), true
}

// focusedRow tells which row, and which of its controls, has the focus:
// go-app reuses a row's elements for another article when the window
// moves, so the focus is put back on the same article's control after.
func focusedRow() (id string, control int) {
	active := app.Window().Get("document").Get("activeElement")
	if !active.Truthy() || active.Get("closest").IsUndefined() {
		return "", 0
	}
	row := active.Call("closest", ".library-item")
	if !row.Truthy() {
		return "", 0
	}
	controls := row.Call("querySelectorAll", "a, button")
	for i := 0; i < controls.Get("length").Int(); i++ {
		if controls.Call("item", i).Equal(active) {
			return row.Get("dataset").Get("id").String(), i
		}
	}
	return row.Get("dataset").Get("id").String(), 0
}

// refocusRow puts the focus back on control of the row of article id, or
// takes it away when that row is no longer rendered (its element now shows
// another article).
func refocusRow(id string, control int) {
	doc := app.Window().Get("document")
	row := doc.Call("querySelector", `.library-item[data-id="`+id+`"]`)
	if !row.Truthy() {
		if active := doc.Get("activeElement"); active.Truthy() && !active.Get("blur").IsUndefined() {
			active.Call("blur")
		}
		return
	}
	controls := row.Call("querySelectorAll", "a, button")
	if control >= controls.Get("length").Int() {
		control = 0
	}
	el := controls.Call("item", control)
	if el.Truthy() && !el.Equal(doc.Get("activeElement")) {
		el.Call("focus", map[string]any{"preventScroll": true})
	}
}
