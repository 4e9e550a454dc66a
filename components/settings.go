package components

import (
	"encoding/json"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Reading settings live in localStorage as one JSON object, and on <html>
// as data-theme, data-size, data-family, data-width and data-spacing;
// web/boot.js applies them before the first paint.
const settingsKey = "readwell.settings"

// settingChoices are the values each setting takes, in order.
var settingChoices = map[string][]string{
	"theme":   {"light", "sepia", "dark"},
	"size":    {"0", "1", "2", "3", "4", "5", "6"},
	"family":  {"serif", "sans"},
	"width":   {"narrow", "normal", "wide"},
	"spacing": {"tight", "normal", "loose"},
}

// settingDefaults are used when nothing is saved (theme: boot.js follows
// prefers-color-scheme).
var settingDefaults = map[string]string{"theme": "light", "size": "2", "family": "serif", "width": "normal", "spacing": "normal"}

// currentSetting reads a setting from <html>.
func currentSetting(key string) string {
	v := app.Window().Get("document").Get("documentElement").Call("getAttribute", "data-"+key)
	if v.Truthy() {
		return v.String()
	}
	return settingDefaults[key]
}

// setSetting applies a setting now and saves it.
func setSetting(key, value string) {
	ok := false
	for _, c := range settingChoices[key] {
		ok = ok || c == value
	}
	if !ok {
		return
	}
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-"+key, value)
	saved := map[string]string{}
	ls := app.Window().Get("localStorage")
	if raw := ls.Call("getItem", settingsKey); raw.Truthy() {
		json.Unmarshal([]byte(raw.String()), &saved)
	}
	saved[key] = value
	data, _ := json.Marshal(saved)
	ls.Call("setItem", settingsKey, string(data))
}

// stepSetting moves a setting to the next (or previous) choice, wrapping
// for the theme and stopping at the ends for sizes.
func stepSetting(key string, delta int) string {
	choices := settingChoices[key]
	cur := currentSetting(key)
	i := 0
	for j, c := range choices {
		if c == cur {
			i = j
		}
	}
	i += delta
	if key == "theme" {
		i = (i + len(choices)) % len(choices)
	} else {
		i = max(0, min(len(choices)-1, i))
	}
	setSetting(key, choices[i])
	return choices[i]
}

// SettingsPage lets the reader choose theme, text size, font, width and
// line spacing; every change applies at once and is remembered.
type SettingsPage struct {
	app.Compo

	values map[string]string
}

// OnNav reads the current settings.
func (p *SettingsPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Settings · Readwell")
	p.values = map[string]string{}
	for key := range settingChoices {
		p.values[key] = currentSetting(key)
	}
	ctx.Defer(markAppReady)
}

func (p *SettingsPage) onChoose(key, value string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		setSetting(key, value)
		p.values[key] = value
	}
}

var settingLabels = map[string]map[string]string{
	"theme":   {"light": "Light", "sepia": "Sepia", "dark": "Dark"},
	"family":  {"serif": "Serif", "sans": "Sans-serif"},
	"width":   {"narrow": "Narrow", "normal": "Medium", "wide": "Wide"},
	"spacing": {"tight": "Tight", "normal": "Normal", "loose": "Loose"},
}

// Render draws one group of choices per setting and a sample paragraph.
func (p *SettingsPage) Render() app.UI {
	groups := []struct{ key, title string }{
		{"theme", "Theme"}, {"size", "Text size"}, {"family", "Font"}, {"width", "Column width"}, {"spacing", "Line spacing"},
	}
	return &Shell{Page: "settings", Content: []app.UI{
		app.Div().Class("settings").Body(
			app.H1().Text("Reading settings"),
			app.Range(groups).Slice(func(i int) app.UI {
				g := groups[i]
				return app.Section().Class("setting").Aria("labelledby", "setting-"+g.key).Body(
					app.H2().ID("setting-"+g.key).Text(g.title),
					app.Div().Class("choices").Attr("role", "group").Aria("labelledby", "setting-"+g.key).Body(
						app.Range(settingChoices[g.key]).Slice(func(j int) app.UI {
							v := settingChoices[g.key][j]
							label := settingLabels[g.key][v]
							if g.key == "size" {
								n, _ := strconv.Atoi(v)
								label = strconv.Itoa(n + 1)
							}
							return app.Button().Type("button").Class("choice").
								Attr("data-setting", g.key).Attr("data-value", v).
								Aria("pressed", p.values[g.key] == v).
								OnClick(p.onChoose(g.key, v)).Text(label)
						}),
					),
				)
			}),
			app.Div().Class("reader sample").Body(
				app.Div().Class("body").Body(
					app.P().Text("A sample paragraph shows the choice: the quick brown fox jumps over the lazy dog while the reader decides how reading should feel."),
				),
			),
			&InstallPanel{},
		),
	}}
}
