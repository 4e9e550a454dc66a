package article

import "testing"

// TestShortName: a speaker label's surname keeps its particles and drops
// a generational suffix; a one-word name, a first-name-and-particle pair
// and an organisation stay whole.
func TestShortName(t *testing.T) {
	for name, want := range map[string]string{
		"Claudia Sheinbaum":       "Sheinbaum",
		"James Van Der Beek":      "Van Der Beek",
		"Bill de Blasio":          "de Blasio",
		"Patrick W. Carlineo Jr.": "Carlineo",
		"Bozell III":              "Bozell",
		"Madonna":                 "Madonna",
		"Al Gore":                 "Gore",
		"Vincent van Gogh":        "van Gogh",
	} {
		if got := (Entity{Name: name, Kind: "person"}).ShortName(); got != want {
			t.Errorf("ShortName(%q) = %q, want %q", name, got, want)
		}
	}
	if got := (Entity{Name: "Big Machine Label Group", Kind: "org"}).ShortName(); got != "Big Machine Label Group" {
		t.Errorf("an organisation's ShortName = %q, want its whole name", got)
	}
}
