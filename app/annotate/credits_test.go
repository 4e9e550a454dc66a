package annotate

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBlankCredits: a credit line is blanked whole, a credit in brackets
// inside a paragraph in place; prose that opens like one stays.
func TestBlankCredits(t *testing.T) {
	const credit = "(Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)"
	for _, c := range []struct{ in, want string }{
		{"(Reporting by Will Dunham; Editing by Tom Brown)", ""},
		{"Reporting by Greg Roumeliotis and Joshua Franklin in New York; editing by Martin Howell", ""},
		{"SOURCE: News agencies", ""},
		{"Image Source: Neil Godwin / Future Publishing/Shutterstock", ""},
		{"© Lucy Nicholson Detainees at Otay Mesa immigration detention center in San Diego, Calif., on May 18, 2018.", ""},
		{"Braun’s Ithaca Holdings acquired Big Machine Label Group. " + credit,
			"Braun’s Ithaca Holdings acquired Big Machine Label Group. " + strings.Repeat(" ", utf8.RuneCountInString(credit))},
		{"Copyright 2019 The Associated Press. All rights reserved.", ""},
		{"Copyright © 2019 Jane Doe", ""},
		// Prose stays.
		{"Copyright law protects Taylor Swift's masters, Scott Borchetta said.", "Copyright law protects Taylor Swift's masters, Scott Borchetta said."},
		{"Written by Aaron Sorkin, the play opened on Broadway in 2018.", "Written by Aaron Sorkin, the play opened on Broadway in 2018."},
		{"Reporting on the merger, Reed said the deal was done.", "Reporting on the merger, Reed said the deal was done."},
		{"The source said (without giving a name) that it was over.", "The source said (without giving a name) that it was over."},
		{"Photo by photo, the album " + strings.Repeat("goes on and on ", 20), "Photo by photo, the album " + strings.Repeat("goes on and on ", 20)},
		{"(Photo by", "(Photo by"},
	} {
		out, changed := blankCredits([]rune(c.in))
		if got := string(out); got != c.want || changed != (c.want != c.in) {
			t.Errorf("blankCredits(%q) = %q, %v; want %q, %v", c.in, got, changed, c.want, c.want != c.in)
		}
	}
}

// TestCreditsGiveNoNames: a wire story's credit line and a caption's
// photo credit give no entity.
func TestCreditsGiveNoNames(t *testing.T) {
	a := annotated("John Smith resigned on Monday, the ministry said. Smith gave no reason.",
		"© Lucy Nicholson Detainees at a detention center in San Diego.",
		"(Reporting by Will Dunham; Editing by Tom Brown)")
	for _, e := range a.Entities {
		for _, bad := range []string{"Nicholson", "Dunham", "Brown"} {
			if strings.Contains(e.Name, bad) {
				t.Errorf("entity %q from a credit line", e.Name)
			}
		}
	}
}

// FuzzBlankCredits: any text — no panic; the result is nil (a credit
// line) or as long as the text, each rune kept or made a space, and the
// text itself when blankCredits says nothing changed.
func FuzzBlankCredits(f *testing.F) {
	f.Add("(Reporting by Will Dunham; Editing by Tom Brown)")
	f.Add("He said (Photos by A, left, and B/AP) and (photo: x")
	f.Add("©")
	f.Add("(")
	f.Fuzz(func(t *testing.T, s string) {
		in := []rune(s)
		out, changed := blankCredits(in)
		if changed && out == nil {
			return
		}
		if !changed && string(out) != string(in) {
			t.Fatalf("blankCredits(%q) = %q, said unchanged", s, string(out))
		}
		if len(out) != len(in) {
			t.Fatalf("blankCredits(%q): %d runes, want %d", s, len(out), len(in))
		}
		for i := range in {
			if out[i] != in[i] && out[i] != ' ' {
				t.Fatalf("blankCredits(%q): rune %d is %q, want %q or a space", s, i, out[i], in[i])
			}
		}
	})
}
