package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"net/http"
	"strconv"
)

// The app icon is drawn in code, so no binary file is committed and every
// size comes from one design: two open quote marks over three text lines,
// cream on teal. web/icon.svg is the same drawing as a vector.

var (
	iconBackground = color.NRGBA{0x1f, 0x4e, 0x5f, 0xff}
	iconInk        = color.NRGBA{0xf7, 0xf4, 0xee, 0xff}
	iconAccent     = color.NRGBA{0xe8, 0xb0, 0x4b, 0xff}
)

// icon is one PNG the server renders at start-up.
type icon struct {
	path     string
	size     int
	maskable bool
}

var icons = []icon{
	{"/web/icon-192.png", 192, false},
	{"/web/icon-512.png", 512, false},
	{"/web/icon-maskable-512.png", 512, true},
}

// renderIcon draws the icon at size px. A maskable icon fills the square
// and keeps its drawing inside the central 80% safe zone; a plain one is a
// rounded square on transparency.
func renderIcon(size int, maskable bool) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const samples = 4
	scale := 1.0
	if maskable {
		scale = 0.8
	}
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var bg, ink, accent int
			for sy := 0; sy < samples; sy++ {
				for sx := 0; sx < samples; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/samples) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/samples) / float64(size)
					if !maskable && !inRoundedSquare(x, y, 0.18) {
						continue
					}
					bg++
					// Map into the drawing's own unit square.
					dx, dy := (x-0.5)/scale+0.5, (y-0.5)/scale+0.5
					switch {
					case inQuoteMarks(dx, dy):
						accent++
					case inTextLines(dx, dy):
						ink++
					}
				}
			}
			total := float64(samples * samples)
			if bg == 0 {
				continue
			}
			c := blend(iconBackground, iconInk, float64(ink)/float64(bg))
			c = blend(c, iconAccent, float64(accent)/float64(bg))
			c.A = uint8(math.Round(255 * float64(bg) / total))
			img.SetNRGBA(px, py, c)
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	return buf.Bytes()
}

func blend(a, b color.NRGBA, t float64) color.NRGBA {
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-t) + float64(y)*t)) }
	return color.NRGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 0xff}
}

func inRoundedSquare(x, y, r float64) bool {
	cx := math.Max(r, math.Min(1-r, x))
	cy := math.Max(r, math.Min(1-r, y))
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
}

// inQuoteMarks: two "6"-shaped marks, a disc with a tail curling up.
func inQuoteMarks(x, y float64) bool {
	for _, cx := range []float64{0.36, 0.60} {
		const cy, r = 0.36, 0.085
		if (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r {
			return true
		}
		// The tail: a ring segment on the disc's upper left.
		tx, ty := cx+0.06, cy+0.01
		d := math.Hypot(x-tx, y-ty)
		if d >= 0.105 && d <= 0.145 && x < cx+0.02 && y < cy && y > cy-0.15 {
			return true
		}
	}
	return false
}

func inTextLines(x, y float64) bool {
	lines := []struct{ y, from, to float64 }{
		{0.58, 0.22, 0.78},
		{0.68, 0.22, 0.78},
		{0.78, 0.22, 0.58},
	}
	const half = 0.025
	for _, l := range lines {
		if y >= l.y-half && y <= l.y+half && x >= l.from && x <= l.to {
			return true
		}
	}
	return false
}

// iconHandler serves the rendered icons from memory.
func iconHandler() http.Handler {
	pngs := map[string][]byte{}
	for _, ic := range icons {
		pngs[ic.path] = renderIcon(ic.size, ic.maskable)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		data, ok := pngs[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "image/png")
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Content-Length", strconv.Itoa(len(data)))
		w.Write(data)
	})
}
