package article

import (
	"reflect"
	"testing"
)

func TestChips(t *testing.T) {
	a := Article{
		Entities: []Entity{
			{ID: "a", Name: "Anna Kelly", Mentions: 3},
			{ID: "b", Name: "Blue Moon", Mentions: 1},
			{ID: "c", Name: "Carla Ruiz", Mentions: 1},
		},
		Quotes: []Quote{{ID: "q1", Speaker: "c"}, {ID: "q2", Speaker: ""}},
	}
	var got []string
	for _, e := range a.Chips() {
		got = append(got, e.Name)
	}
	if want := []string{"Anna Kelly", "Carla Ruiz"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Chips() = %q, want %q", got, want)
	}
}
