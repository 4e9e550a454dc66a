package polnear

import (
	"reflect"
	"testing"
)

// The expectations below are score.py's own answers (toks, last_tok,
// norm_name), printed by Python 3 for the same inputs.

func TestTokens(t *testing.T) {
	testCases := []struct {
		name string
		in   string
		want []string
	}{
		{"punctuation", "Hello, World!", []string{"hello", "world"}},
		{"ligature and curly quotes", "ﬁnance “deal”", []string{"finance", "deal"}},
		{"dotted capital I lowers to i and a mark", "İstanbul", []string{"i", "stanbul"}},
		{"accents", "café naïve", []string{"café", "naïve"}},
		{"combining accent composed by NFKC", "cafe\u0301", []string{"café"}},
		{"underscore digits superscript", "snake_case 42 x²", []string{"snake_case", "42", "x2"}},
		{"no-break space", "a\u00a0b", []string{"a", "b"}},
		{"curly apostrophe splits", "Trump’s plan", []string{"trump", "s", "plan"}},
		{"han", "中国 人", []string{"中国", "人"}},
		{"empty", "", nil},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tokens(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("tokens(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLastToken(t *testing.T) {
	testCases := []struct {
		name, in, want string
	}{
		{"full name", "Donald Trump", "trump"},
		{"straight possessive", "Trump's", "trump"},
		{"curly possessive leaves s", "Trump’s", "s"},
		{"capital S is kept", "TRUMP'S", "trump's"},
		{"hyphen", "Jean-Luc Picard", "picard"},
		{"apostrophe inside", "O'Brien", "o'brien"},
		{"empty", "", ""},
		{"spaces only", "  ", ""},
		{"suffix", "Mr. Smith Jr.", "jr"},
		{"trailing comma", "Ted Cruz,", "cruz"},
		{"ligature", "ﬁeld", "field"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := lastToken(tc.in); got != tc.want {
				t.Errorf("lastToken(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestNormName(t *testing.T) {
	testCases := []struct {
		name, in, want string
	}{
		{"leading the", "The White House", "white house"},
		{"white space", "the  New\tYork  Times", "new york times"},
		{"curly possessive", "Trump’s", "trump"},
		{"the as a prefix of a word", "Theodore", "theodore"},
		{"padded capital THE", " THE Times ", "times"},
		{"capital S after lowering", "Clinton'S", "clinton"},
		{"no-break space", "a\u00a0b", "a b"},
		{"python space U+001C", "x\x1cy", "x y"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := normName(tc.in); got != tc.want {
				t.Errorf("normName(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
