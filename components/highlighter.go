package components

import (
	"context"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"readwell/app/article"
	"readwell/app/highlight"
	"readwell/app/library"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// highlighter is the reader's marking of an article: it follows the text
// selection, shows the toolbar near it (Highlight in three colours, Note),
// answers the h and n keys, and keeps the marks in the library with the
// article, saving the article first when it is not saved yet.
type highlighter struct {
	article func() *article.Article // the page's shown article, nil before it has one
	saved   func()                  // tells the page the article is now saved
	list    []highlight.Highlight
	placed  highlight.Placement
	tags    []string // the reader's own tags on the article
	known   []string // every tag in the library, suggested when adding one

	sel     highlight.Span // the selection in the article, when hasSel
	hasSel  bool
	active  string // the highlight whose toolbar is open
	editing bool   // the note editor is open for active
	status  string // announced to screen readers
	undo    *highlight.Highlight
	busy    bool

	gen      int // selection changes, for settling
	onSelect app.Func
	onKey    app.Func
	onClick  app.Func
	ctx      app.Context
}

// start listens to the selection and the keys, for the page's article.
func (hl *highlighter) start(ctx app.Context, a func() *article.Article, saved func()) {
	hl.ctx, hl.article, hl.saved = ctx, a, saved
	if hl.onSelect != nil {
		return
	}
	doc := app.Window().Get("document")
	hl.onSelect = app.FuncOf(func(this app.Value, args []app.Value) any {
		// The selection settles before the toolbar moves: a drag fires
		// this at every character.
		hl.gen++
		gen := hl.gen
		hl.ctx.After(150*time.Millisecond, func(ctx app.Context) {
			if gen == hl.gen {
				hl.follow(ctx)
			}
		})
		return nil
	})
	hl.onKey = app.FuncOf(hl.handleKey)
	hl.onClick = app.FuncOf(hl.handleClick)
	doc.Call("addEventListener", "selectionchange", hl.onSelect)
	doc.Call("addEventListener", "keydown", hl.onKey)
	doc.Call("addEventListener", "click", hl.onClick)
}

// shown is the page's article, nil before the page has one or before
// start.
func (hl *highlighter) shown() *article.Article {
	if hl.article == nil {
		return nil
	}
	return hl.article()
}

// stop removes the listeners and releases their callbacks.
func (hl *highlighter) stop() {
	doc := app.Window().Get("document")
	if hl.onSelect != nil {
		doc.Call("removeEventListener", "selectionchange", hl.onSelect)
		hl.onSelect.Release()
		hl.onSelect = nil
	}
	if hl.onKey != nil {
		doc.Call("removeEventListener", "keydown", hl.onKey)
		doc.Call("removeEventListener", "click", hl.onClick)
		hl.onKey.Release()
		hl.onClick.Release()
		hl.onKey, hl.onClick = nil, nil
	}
}

// load shows the marks and tags of a saved entry (none for an unsaved
// article).
func (hl *highlighter) load(list []highlight.Highlight, tags []string) {
	hl.list, hl.tags = list, tags
	hl.hasSel, hl.active, hl.editing, hl.undo = false, "", false, nil
	hl.place()
}

func (hl *highlighter) place() {
	a := hl.shown()
	if a == nil {
		hl.placed = highlight.Placement{}
		return
	}
	hl.placed = highlight.Place(a.Blocks, hl.list)
}

// reveal brings the highlight the address names (#hl-…) into view, once
// the article is drawn: the browser looked for it before.
func (hl *highlighter) reveal(ctx app.Context) {
	frag := ctx.Page().URL().Fragment
	id, ok := strings.CutPrefix(frag, "hl-")
	if !ok || id == "" || strings.Trim(id, "0123456789abcdefghijklmnopqrstuvwxyz") != "" {
		return // not an id of ours: never a selector
	}
	focusFirst(app.Window().Get("document"), "#"+frag)
}

// follow shows or hides the selection's toolbar.
func (hl *highlighter) follow(ctx app.Context) {
	sp, ok := selectionSpan()
	switch {
	case ok && (!hl.hasSel || sp != hl.sel):
		hl.sel, hl.hasSel, hl.active, hl.editing = sp, true, "", false
		hl.status = "Text selected: press h to highlight, n to add a note."
		hl.ctx.Defer(func(app.Context) { placeToolbar(selectionRect()) })
	case !ok && hl.hasSel && !toolbarFocused():
		hl.hasSel = false
	}
}

// handleKey: h highlights the selection, n highlights it and opens its
// note, Enter on a highlight opens its toolbar, Escape closes it.
func (hl *highlighter) handleKey(this app.Value, args []app.Value) any {
	e := args[0]
	if e.Get("ctrlKey").Truthy() || e.Get("metaKey").Truthy() || e.Get("altKey").Truthy() {
		return nil
	}
	target := e.Get("target")
	tag := strings.ToLower(target.Get("tagName").String())
	key := e.Get("key").String()
	if key == "Escape" && (hl.active != "" || hl.hasSel) {
		hl.ctx.Dispatch(func(ctx app.Context) { hl.close(ctx) })
		return nil
	}
	if tag == "input" || tag == "textarea" || tag == "select" || target.Get("isContentEditable").Truthy() {
		return nil
	}
	switch {
	case key == "h" || key == "n":
		sp, ok := selectionSpan()
		if !ok {
			return nil
		}
		e.Call("preventDefault")
		note := key == "n"
		hl.ctx.Dispatch(func(ctx app.Context) { hl.add(ctx, sp, highlight.Colors[0], note) })
	case key == "Enter" && tag == "mark" && target.Get("dataset").Get("highlight").Truthy():
		id := target.Get("dataset").Get("highlight").String()
		e.Call("preventDefault")
		hl.ctx.Dispatch(func(ctx app.Context) { hl.open(ctx, id) })
	}
	return nil
}

// open shows the toolbar of highlight id.
func (hl *highlighter) open(ctx app.Context, id string) {
	hl.active, hl.hasSel, hl.editing = id, false, false
	hl.status = "Highlight: change its colour, add a note or delete it."
	hl.ctx.Defer(func(app.Context) {
		placeToolbar(markRect(id))
		focusFirst(app.Window().Get("document"), "[data-hl-toolbar] button")
	})
}

// close hides the toolbar, back to the highlight it was for.
func (hl *highlighter) close(ctx app.Context) {
	id := hl.active
	hl.active, hl.hasSel, hl.editing = "", false, false
	if id != "" {
		hl.ctx.Defer(func(app.Context) { focusFirst(app.Window().Get("document"), "#hl-"+id) })
	}
}

// add highlights sp in color; note: and opens its note editor.
func (hl *highlighter) add(ctx app.Context, sp highlight.Span, color string, note bool) {
	a := hl.shown()
	if a == nil || hl.busy {
		return
	}
	h, ok := highlight.New(*a, sp, color, time.Now())
	if !ok {
		return
	}
	if s, found := highlight.Resolve(a.Blocks, h); found {
		for id, o := range hl.placed.Spans {
			if s.Overlaps(o) {
				hl.status = "That text is already highlighted."
				hl.open(ctx, id)
				return
			}
		}
	}
	clearSelection()
	hl.hasSel = false
	hl.change(ctx, func(list []highlight.Highlight) []highlight.Highlight {
		return append(list, h)
	}, func(ctx app.Context) {
		hl.status = "Highlighted in " + color + "."
		hl.open(ctx, h.ID)
		hl.editing = note
		if note {
			hl.ctx.Defer(func(app.Context) { focusFirst(app.Window().Get("document"), "#hl-note") })
		}
	})
}

// change applies edit to the article's highlights in the library; see
// update.
func (hl *highlighter) change(ctx app.Context, edit func([]highlight.Highlight) []highlight.Highlight, done func(ctx app.Context)) {
	hl.update(func(e *library.Entry) { e.Highlights = edit(e.Highlights) }, done)
}

// update changes the article's entry in the library in one step (another
// tab's marks stay), saving the article if it is not; then shows the
// stored marks and tags and runs done.
func (hl *highlighter) update(edit func(e *library.Entry), done func(ctx app.Context)) {
	shown := hl.shown()
	if sources.Library == nil || shown == nil {
		return
	}
	a := *shown
	hl.busy = true
	// The page's context: an event's dies with its element, and the
	// toolbar that was clicked is gone by the time this is done.
	ctx := hl.ctx
	ctx.Async(func() {
		now := time.Now().UTC()
		e, err := sources.Library.Update(context.Background(), a.ID, func(e *library.Entry) error {
			if e.Article.ID == "" {
				e.Article, e.SavedAt = a, now
			}
			edit(e)
			e.UpdatedAt = now
			return nil
		})
		ctx.Dispatch(func(ctx app.Context) {
			hl.busy = false
			if err != nil {
				hl.status = "Not saved: " + errorText(err)
				return
			}
			hl.list, hl.tags = e.Highlights, e.Tags
			hl.place()
			if hl.saved != nil {
				hl.saved()
			}
			done(ctx)
		})
	})
}

func (hl *highlighter) find(id string) (highlight.Highlight, bool) {
	for _, h := range hl.list {
		if h.ID == id {
			return h, true
		}
	}
	return highlight.Highlight{}, false
}

// edit changes highlight id with f.
func (hl *highlighter) edit(ctx app.Context, id string, f func(h *highlight.Highlight), done func(ctx app.Context)) {
	hl.change(ctx, func(list []highlight.Highlight) []highlight.Highlight {
		for i := range list {
			if list[i].ID == id {
				f(&list[i])
			}
		}
		return list
	}, done)
}

func (hl *highlighter) onColor(color string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if hl.hasSel {
			hl.add(ctx, hl.sel, color, false)
			return
		}
		id := hl.active
		hl.edit(ctx, id, func(h *highlight.Highlight) { h.Color = color }, func(ctx app.Context) {
			hl.status = "Colour: " + color + "."
		})
	}
}

func (hl *highlighter) onNote(ctx app.Context, e app.Event) {
	if hl.hasSel {
		hl.add(ctx, hl.sel, highlight.Colors[0], true)
		return
	}
	hl.editing = true
	hl.ctx.Defer(func(app.Context) { focusFirst(app.Window().Get("document"), "#hl-note") })
}

func (hl *highlighter) onSaveNote(ctx app.Context, e app.Event) {
	e.PreventDefault()
	note := app.Window().Get("document").Call("getElementById", "hl-note").Get("value").String()
	if utf8.RuneCountInString(note) > highlight.MaxNote {
		note = string([]rune(note)[:highlight.MaxNote])
	}
	id := hl.active
	hl.edit(ctx, id, func(h *highlight.Highlight) { h.Note = strings.TrimSpace(note) }, func(ctx app.Context) {
		hl.status = "Note saved."
		hl.editing = false
		hl.ctx.Defer(func(app.Context) { focusFirst(app.Window().Get("document"), "#hl-"+id) })
	})
}

func (hl *highlighter) onCancelNote(ctx app.Context, e app.Event) { hl.editing = false }

func (hl *highlighter) onClose(ctx app.Context, e app.Event) { hl.close(ctx) }

//go:noinline
func (hl *highlighter) onDelete(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		h, ok := hl.find(id)
		if !ok {
			return
		}
		hl.change(ctx, func(list []highlight.Highlight) []highlight.Highlight {
			out := list[:0]
			for _, x := range list {
				if x.ID != id {
					out = append(out, x)
				}
			}
			return out
		}, func(ctx app.Context) {
			hl.active, hl.editing, hl.undo = "", false, &h
			hl.status = "Highlight deleted."
		})
	}
}

func (hl *highlighter) onUndo(ctx app.Context, e app.Event) {
	h := hl.undo
	if h == nil {
		return
	}
	hl.change(ctx, func(list []highlight.Highlight) []highlight.Highlight {
		for _, x := range list {
			if x.ID == h.ID {
				return list
			}
		}
		return append(list, *h)
	}, func(ctx app.Context) {
		hl.undo = nil
		hl.status = "Highlight restored."
	})
}

// handleClick opens the toolbar of a highlight clicked (not one a
// selection merely starts on).
func (hl *highlighter) handleClick(this app.Value, args []app.Value) any {
	m := args[0].Get("target")
	if m.Get("nodeType").Int() != 1 {
		return nil
	}
	m = m.Call("closest", "article mark[data-highlight]")
	if !m.Truthy() {
		return nil
	}
	if _, selecting := selectionSpan(); selecting {
		return nil
	}
	id := m.Get("dataset").Get("highlight").String()
	hl.ctx.Dispatch(func(ctx app.Context) { hl.open(ctx, id) })
	return nil
}

// keepSelection: pressing a toolbar button must not clear the selection
// (nor, in Safari, lose it before the click).
func keepSelection(ctx app.Context, e app.Event) { e.PreventDefault() }

// renderToolbar is the toolbar for the selection or the open highlight,
// and the announcements.
func (hl *highlighter) renderToolbar() app.UI {
	if app.IsServer {
		return nil
	}
	h, open := hl.find(hl.active)
	status := app.P().Class("visually-hidden").Attr("role", "status").Attr("aria-live", "polite").Text(hl.status)
	if !hl.hasSel && !open {
		return status
	}
	buttons := make([]app.UI, 0, 6)
	for _, c := range highlight.Colors {
		label := "Highlight " + c
		if open {
			label = "Colour " + c
		}
		buttons = append(buttons, app.Button().Type("button").Class("hl-color").DataSet("color", c).
			Aria("label", label).Aria("pressed", strconv.FormatBool(c == h.Color)).OnClick(hl.onColor(c)).
			Body(app.Span().Class("hl-swatch"), app.Text(c)))
	}
	buttons = append(buttons, toolButton("data-hl-note", "Note", hl.onNote))
	if open {
		buttons = append(buttons, toolButton("data-hl-delete", "Delete", hl.onDelete(h.ID)))
	}
	buttons = append(buttons, toolButton("data-hl-close", "Close", hl.onClose))
	var note app.UI
	if hl.editing && open {
		note = app.Form().Class("hl-note-form").OnSubmit(hl.onSaveNote).Body(
			app.Label().For("hl-note").Text("Note"),
			app.Textarea().ID("hl-note").Rows(3).MaxLength(highlight.MaxNote).Text(h.Note),
			app.Button().Type("submit").Attr("data-hl-save-note", true).Text("Save note"),
			toolButton("data-hl-cancel", "Cancel", hl.onCancelNote),
		)
	}
	return app.Div().Body(status, app.Div().ID("hl-toolbar").Class("hl-toolbar").Attr("role", "toolbar").
		Aria("label", "Highlight").Attr("data-hl-toolbar", true).Body(
		app.Div().Class("hl-buttons").OnMouseDown(keepSelection).Body(buttons...),
		note,
	))
}

// toolButton is a plain button marked by attr.
func toolButton(attr, label string, onClick app.EventHandler) app.UI {
	return app.Button().Type("button").Attr(attr, true).OnClick(onClick).Text(label)
}

// renderList is the article's "Highlights" section: each in text order
// with its note and speaker, then those not found in the article.
func (hl *highlighter) renderList() app.UI {
	if app.IsServer || len(hl.list) == 0 && hl.undo == nil {
		return nil
	}
	all := make([]highlight.Highlight, len(hl.list))
	copy(all, hl.list)
	sortBySpan(all, hl.placed.Spans)
	items := make([]app.UI, len(all))
	for i, h := range all {
		_, found := hl.placed.Spans[h.ID]
		items[i] = app.Li().DataSet("hl-item", h.ID).Body(
			renderHighlightQuote(h, found, "#hl-"+h.ID),
			app.Button().Type("button").Class("link").Attr("data-hl-remove", h.ID).OnClick(hl.onDelete(h.ID)).Text("Delete"),
		)
	}
	var undo app.UI
	if hl.undo != nil {
		undo = app.P().Class("toast").Body(
			app.Text("Highlight deleted. "),
			toolButton("data-hl-undo", "Undo", hl.onUndo),
		)
	}
	return app.Section().Class("hl-list").Attr("data-highlights-section", true).Aria("label", "Highlights").Body(
		app.H2().Body(app.Text("Highlights · "), app.A().Href("/highlights").Text("all")),
		undo,
		app.Ol().Body(items...),
	)
}

// renderHighlightQuote shows a highlight's text, speaker, entities and
// note, all as text; one that is found links to its place, href.
func renderHighlightQuote(h highlight.Highlight, found bool, href string) app.UI {
	var parts []app.UI
	text := app.Blockquote().Class("hl-text").Text(h.Text)
	if found {
		parts = append(parts, app.A().Href(href).Class("hl-jump").Body(text))
	} else {
		parts = append(parts, text, hlLine("hl-lost", "not found in the article"))
	}
	if h.Speaker != "" {
		parts = append(parts, hlLine("hl-speaker", "— "+h.Speaker))
	}
	if len(h.Entities) > 0 {
		parts = append(parts, hlLine("hl-entities", "Names: "+strings.Join(h.Entities, ", ")))
	}
	if h.Note != "" {
		parts = append(parts, hlLine("hl-note", h.Note))
	}
	return app.Div().Class("hl-quote").DataSet("color", h.Color).Body(parts...)
}

func hlLine(class, text string) app.UI { return app.P().Class(class).Text(text) }

// sortBySpan puts highlights in text order, those not shown last.
func sortBySpan(list []highlight.Highlight, spans map[string]highlight.Span) {
	key := func(h highlight.Highlight) (int, int) {
		sp, ok := spans[h.ID]
		if !ok {
			return 1 << 30, 0
		}
		return sp.Block, sp.Start
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0; j-- {
			ab, as := key(list[j-1])
			bb, bs := key(list[j])
			if ab < bb || ab == bb && as <= bs {
				break
			}
			list[j-1], list[j] = list[j], list[j-1]
		}
	}
}

// markedText is a run of a block's text, starting at rune from, cut at the
// reader's highlights: text nodes, and mark elements holding text.
func markedText(text string, from int, marks []highlight.Mark) []app.UI {
	if len(marks) == 0 {
		return []app.UI{app.Text(text)}
	}
	pieces := highlight.Cut(text, from, marks)
	out := make([]app.UI, len(pieces))
	for i, pc := range pieces {
		if pc.Mark == nil {
			out[i] = app.Text(pc.Text)
			continue
		}
		m := app.Mark().Class("hl").DataSet("highlight", pc.Mark.ID).DataSet("color", pc.Mark.Color)
		if pc.First {
			m = m.ID("hl-" + pc.Mark.ID).TabIndex(0)
		}
		out[i] = m.Text(pc.Text)
	}
	return out
}

// selectionSpan is where the document's selection lies in the shown
// article (the reader's, or the one read on /add), in blocks and rune
// offsets; false when it is not there.
func selectionSpan() (highlight.Span, bool) {
	w := app.Window()
	sel := w.Call("getSelection")
	if !sel.Truthy() || sel.Get("isCollapsed").Bool() || sel.Get("rangeCount").Int() == 0 {
		return highlight.Span{}, false
	}
	doc := w.Get("document")
	art := doc.Call("querySelector", `[data-page="reader"] article, [data-page="add"] article`)
	r := sel.Call("getRangeAt", 0)
	if !art.Truthy() || !r.Call("intersectsNode", art).Bool() {
		return highlight.Span{}, false
	}
	startEl, startIn := blockOf(art, r.Get("startContainer"))
	endEl, endIn := blockOf(art, r.Get("endContainer"))
	if !startIn || !endIn {
		// The selection starts or ends between blocks: the first and last
		// blocks it takes in stand for them.
		var first, last app.Value
		blocks := art.Call("querySelectorAll", "[data-block]")
		for i, n := 0, blocks.Get("length").Int(); i < n; i++ {
			if b := blocks.Index(i); r.Call("intersectsNode", b).Bool() {
				if first == nil {
					first = b
				}
				last = b
			}
		}
		if first == nil {
			return highlight.Span{}, false
		}
		if !startIn {
			startEl = first
		}
		if !endIn {
			endEl = last
		}
	}
	sp := highlight.Span{Block: blockIndex(startEl), EndBlock: blockIndex(endEl)}
	if startIn {
		sp.Start = runesBefore(doc, startEl, r.Get("startContainer"), r.Get("startOffset"))
	}
	if endIn {
		sp.End = runesBefore(doc, endEl, r.Get("endContainer"), r.Get("endOffset"))
	} else {
		sp.End = utf8.RuneCountInString(endEl.Get("textContent").String())
	}
	return sp, sp.Block >= 0 && sp.EndBlock >= 0
}

// blockOf is the block element of the article that holds node.
func blockOf(art, node app.Value) (app.Value, bool) {
	el := node
	if node.Get("nodeType").Int() != 1 {
		el = node.Get("parentElement")
	}
	if !el.Truthy() {
		return nil, false
	}
	b := el.Call("closest", "[data-block]")
	if !b.Truthy() || !art.Call("contains", b).Bool() {
		return nil, false
	}
	return b, true
}

func blockIndex(el app.Value) int {
	n, err := strconv.Atoi(el.Call("getAttribute", "data-block").String())
	if err != nil {
		return -1
	}
	return n
}

// runesBefore counts the runes of block's text before (node, offset).
func runesBefore(doc, block, node, offset app.Value) int {
	r := doc.Call("createRange")
	r.Call("selectNodeContents", block)
	r.Call("setEnd", node, offset)
	return utf8.RuneCountInString(r.Call("toString").String())
}

func clearSelection() {
	if sel := app.Window().Call("getSelection"); sel.Truthy() {
		sel.Call("removeAllRanges")
	}
}

func selectionRect() app.Value {
	sel := app.Window().Call("getSelection")
	if !sel.Truthy() || sel.Get("rangeCount").Int() == 0 {
		return nil
	}
	return sel.Call("getRangeAt", 0).Call("getBoundingClientRect")
}

func markRect(id string) app.Value {
	el := app.Window().Get("document").Call("getElementById", "hl-"+id)
	if !el.Truthy() {
		return nil
	}
	return el.Call("getBoundingClientRect")
}

func toolbarFocused() bool {
	el := app.Window().Get("document").Get("activeElement")
	return el.Truthy() && el.Call("closest", "[data-hl-toolbar]").Truthy()
}

// placeToolbar puts the toolbar just below rect (a viewport rectangle),
// inside the window. The CSP forbids style attributes; the CSSOM is fine.
func placeToolbar(rect app.Value) {
	el := app.Window().Get("document").Call("getElementById", "hl-toolbar")
	if !el.Truthy() || rect == nil || !rect.Truthy() {
		return
	}
	parent := el.Get("offsetParent")
	if !parent.Truthy() {
		return
	}
	pr := parent.Call("getBoundingClientRect")
	width := app.Window().Get("innerWidth").Float()
	left := min(max(8, rect.Get("left").Float()), width-el.Get("offsetWidth").Float()-8)
	st := el.Get("style")
	st.Set("top", strconv.Itoa(int(rect.Get("bottom").Float()-pr.Get("top").Float()+8))+"px")
	st.Set("left", strconv.Itoa(int(max(0, left-pr.Get("left").Float())))+"px")
}
