package main

import (
	"encoding/json"
	"net/http"
)

// Colours of the app chrome: the manifest's, the theme-color meta's and
// the icons'.
const (
	themeColor      = "#1f4e5f"
	backgroundColor = "#f7f4ee"
)

type manifestIcon struct {
	Src     string `json:"src"`
	Sizes   string `json:"sizes"`
	Type    string `json:"type"`
	Purpose string `json:"purpose,omitempty"`
}

type webManifest struct {
	ID              string         `json:"id"`
	Name            string         `json:"name"`
	ShortName       string         `json:"short_name"`
	Description     string         `json:"description"`
	Lang            string         `json:"lang"`
	StartURL        string         `json:"start_url"`
	Scope           string         `json:"scope"`
	Display         string         `json:"display"`
	BackgroundColor string         `json:"background_color"`
	ThemeColor      string         `json:"theme_color"`
	Categories      []string       `json:"categories"`
	Icons           []manifestIcon `json:"icons"`
	ShareTarget     shareTarget    `json:"share_target"`
}

// shareTarget makes the installed app a target of the system share sheet:
// a shared page opens /add?title=&text=&url=.
type shareTarget struct {
	Action string            `json:"action"`
	Method string            `json:"method"`
	Params map[string]string `json:"params"`
}

// manifest is Readwell's own web app manifest: go-app's lacks an id and
// points at remote icons by default, which breaks installing offline.
var manifest = webManifest{
	ID:              "/",
	Name:            "Readwell",
	ShortName:       "Readwell",
	Description:     "Calm, offline reading that shows who said what.",
	Lang:            "en",
	StartURL:        "/",
	Scope:           "/",
	Display:         "standalone",
	BackgroundColor: backgroundColor,
	ThemeColor:      themeColor,
	Categories:      []string{"books", "news", "productivity"},
	Icons: []manifestIcon{
		{Src: "/web/icon-192.png", Sizes: "192x192", Type: "image/png", Purpose: "any"},
		{Src: "/web/icon-512.png", Sizes: "512x512", Type: "image/png", Purpose: "any"},
		{Src: "/web/icon-maskable-512.png", Sizes: "512x512", Type: "image/png", Purpose: "maskable"},
		{Src: "/web/icon.svg", Sizes: "any", Type: "image/svg+xml", Purpose: "any"},
	},
	ShareTarget: shareTarget{
		Action: "/add",
		Method: "GET",
		Params: map[string]string{"title": "title", "text": "text", "url": "url"},
	},
}

func handleManifest(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/manifest+json")
	w.Header().Set("Cache-Control", "no-cache")
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(manifest)
}
