package annotate

import "testing"

// TestPersonGenders: a person's gender is what the article says of them,
// a title before a name or the pronoun after it, not who was named last.
func TestPersonGenders(t *testing.T) {
	d := taggedDoc(t, "Charleston\n\nFelicia Sanders lost her son in the shooting. John Roof is accused of killing nine people, and he faces trial.\n\nMs. Moore and Mr. Clark met on Monday.")
	want := map[string]string{"Felicia Sanders": "f", "John Roof": "m", "Moore": "f", "Clark": "m"}
	got := d.personGenders()
	for _, e := range d.entities {
		w, ok := want[e.Name]
		if !ok {
			continue
		}
		delete(want, e.Name)
		if got[e] != w {
			t.Errorf("personGenders()[%q] = %q, want %q", e.Name, got[e], w)
		}
	}
	for name := range want {
		t.Errorf("no person %q among %v", name, d.entities)
	}
}

func TestGenderAgreement(t *testing.T) {
	for _, c := range []struct{ word, person, want string }{
		{"she", "f", "agree"},
		{"He", "m", "agree"},
		{"her", "m", "clash"},
		{"he", "", "?"},
		{"they", "f", "?"},
	} {
		if got := genderAgreement(pronounGender(c.word), c.person); got != c.want {
			t.Errorf("genderAgreement(pronounGender(%q), %q) = %q, want %q", c.word, c.person, got, c.want)
		}
	}
}
