package article

import (
	"testing"
)

func TestValidID(t *testing.T) {
	testCases := []struct {
		id   string
		want bool
	}{
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
