package article

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestNewID(t *testing.T) {
	byURL := NewID("https://example.com/a", "ignored text")
	if byURL != NewID("https://example.com/a", "other text") {
		t.Errorf("NewID with a URL depends on the text")
	}
	if byURL == NewID("https://example.com/b", "") {
		t.Errorf("NewID gives two URLs the same ID")
	}
	if NewID("", "Hello   world\n") != NewID("", "Hello world") {
		t.Errorf("NewID of text depends on white space")
	}
	if NewID("", "Hello world") == NewID("", "Hello moon") {
		t.Errorf("NewID gives two texts the same ID")
	}
	if got := len(byURL); got != idLength {
		t.Errorf("len(NewID) = %d, want %d", got, idLength)
	}
}

func TestValidID(t *testing.T) {
	testCases := []struct {
		id   string
		want bool
	}{
		{NewID("https://example.com/a", ""), true},
		{NewID("", "pasted text"), true},
		{"0123456789abcdef", true},
		{"0123456789ABCDEF", false},
		{"0123456789abcde", false},
		{"0123456789abcdef0", false},
		{"", false},
		{`x"><img src=x onerror=alert(1)>`, false},
		{"../../etc/passwd", false},
		{"0123456789abcdeg", false},
	}
	for _, tc := range testCases {
		if got := ValidID(tc.id); got != tc.want {
			t.Errorf("ValidID(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}

func TestCountWords(t *testing.T) {
	testCases := []struct {
		name string
		text string
		want int
	}{
		{"english", "Mexico City – Newly elected President", 5},
		{"punctuation only", "– — …", 0},
		{"contraction and number", "Sheinbaum’s 2025 plan", 3},
		{"chinese counts characters", "墨西哥拒绝", 5},
		{"mixed", "Readwell 阅读", 3},
		{"empty", "", 0},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := CountWords([]Block{{Kind: KindParagraph, Text: tc.text}}); got != tc.want {
				t.Errorf("CountWords(%q) = %d, want %d", tc.text, got, tc.want)
			}
		})
	}
}

func TestReadingMinutes(t *testing.T) {
	testCases := []struct{ words, want int }{{0, 0}, {1, 1}, {230, 1}, {231, 2}, {726, 4}}
	for _, tc := range testCases {
		if got := ReadingMinutes(tc.words); got != tc.want {
			t.Errorf("ReadingMinutes(%d) = %d, want %d", tc.words, got, tc.want)
		}
	}
}

func TestFinishAndJSON(t *testing.T) {
	a := Article{Title: "T", Blocks: []Block{{Kind: KindParagraph, Text: "one two three"}}}
	a.Finish()
	if a.ID == "" || a.Words != 3 || a.ReadingMinutes != 1 || a.Dir != "ltr" {
		t.Fatalf("Finish() = %+v", a)
	}
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	if err := json.Unmarshal(data, &fields); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"tags", "quotes", "entities", "mentions"} {
		if v, ok := fields[k].([]any); !ok || len(v) != 0 {
			t.Errorf("JSON %q = %v, want []", k, fields[k])
		}
	}
	var back Article
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, back) {
		t.Errorf("JSON round trip: got %+v, want %+v", back, a)
	}
}
