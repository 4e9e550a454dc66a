package polnear

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestValidation(t *testing.T) {
	// FNV-1a 32 of "" is 0x811c9dc5 = 2166136261, which 5 does not divide;
	// of "a" it is 0xe40c292c = 3826002220, which it does.
	testCases := []struct {
		name string
		id   string
		want bool
	}{
		{"empty", "", false},
		{"a", "a", true},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Validation(tc.id); got != tc.want {
				t.Errorf("Validation(%q) = %v, want %v", tc.id, got, tc.want)
			}
		})
	}
}

func TestLoadAndParts(t *testing.T) {
	const data = `{"split":"hand","source":"x","articles":[
		{"id":"a","text":"H\nbody","quotes":[{"start":1,"end":2,"text":"q","attributed":true,"source":"he","names":["Ann Lee"]}],
		 "entities":[{"name":"Ann Lee","kind":"person","count":2}]},
		{"id":"b","text":"H","quotes":[],"entities":[]}]}`
	dir := t.TempDir()
	plain := filepath.Join(dir, "set.json")
	if err := os.WriteFile(plain, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	zipped := filepath.Join(dir, "set.json.gz")
	f, err := os.Create(zipped)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte(data))
	zw.Close()
	f.Close()
	want := &Set{Split: "hand", Articles: []Article{
		{ID: "a", Text: "H\nbody", Quotes: []Quote{{1, 2, "q", true, "he", []string{"Ann Lee"}}}, Entities: []Entity{{"Ann Lee", "person", 2}}},
		{ID: "b", Text: "H", Quotes: []Quote{}, Entities: []Entity{}},
	}}
	for _, path := range []string{plain, zipped} {
		got, err := Load(path)
		if err != nil {
			t.Fatalf("Load(%s): %v", path, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Load(%s) = %+v, want %+v", path, got, want)
		}
		train, val := got.Parts()
		if len(train) != 1 || train[0].ID != "b" || len(val) != 1 || val[0].ID != "a" {
			t.Errorf("Parts() = %v, %v; want [b], [a]", train, val)
		}
	}
	if _, err := Load(filepath.Join(dir, "missing.json")); err == nil {
		t.Errorf("Load(missing) = nil error")
	}
}

func TestDefaultPath(t *testing.T) {
	// The tests run in app/annotate/polnear: three levels below go.mod.
	want, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "shared", "annotate-bench", "polnear-train.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if got := DefaultPath(); got != want {
		t.Errorf("DefaultPath() = %q, want %q", got, want)
	}
}

// TestTrainParts pins the validation part of the train split (169 of 837
// articles, 1,467 of 7,115 quoted spans), so a change to the rule shows.
func TestTrainParts(t *testing.T) {
	s := mustTrain(t)
	train, val := s.Parts()
	quotes := 0
	for _, a := range val {
		quotes += len(a.Quotes)
	}
	if len(train) != 668 || len(val) != 169 || quotes != 1467 {
		t.Errorf("Parts() = %d train, %d validation articles with %d quoted spans; want 668, 169 with 1467",
			len(train), len(val), quotes)
	}
}
