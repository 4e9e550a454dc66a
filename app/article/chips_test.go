package article

import (
	"reflect"
	"testing"
)

func TestChips(t *testing.T) {
	a := Article{
		Entities: []Entity{
			{ID: "a", Name: "Anna Kelly", Kind: "person", Mentions: 3},
			{ID: "b", Name: "Blue Moon", Kind: "person", Mentions: 1},
			{ID: "c", Name: "Carla Ruiz", Kind: "person", Mentions: 1},
			{ID: "d", Name: "CIA", Kind: "org", Mentions: 1},
			{ID: "e", Name: "Ministry", Kind: "org", Mentions: 1},
			{ID: "f", Name: "Paris", Kind: "place", Mentions: 1},
		},
		Quotes: []Quote{{ID: "q1", Speaker: "c"}, {ID: "q2", Speaker: ""}},
	}
	var got []string
	for _, e := range a.Chips() {
		got = append(got, e.Name)
	}
	if want := []string{"Anna Kelly", "Carla Ruiz", "CIA", "Paris"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Chips() = %q, want %q", got, want)
	}
}
