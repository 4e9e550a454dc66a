//go:build !js

package annotate

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestTrainDeterministic: the same data give the same model files, byte
// for byte, so a committed model can be checked against its program.
func TestTrainDeterministic(t *testing.T) {
	train := mustTrainPart(t)
	cfg := DefaultTrainConfig
	cfg.TaggerEpochs, cfg.SpeakerEpochs, cfg.Folds = 2, 2, 2
	a, err := Train(train[:40], mustCases(t)[:10], cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(train[:40], mustCases(t)[:10], cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Tagger, b.Tagger) || !bytes.Equal(a.Speaker, b.Speaker) {
		t.Errorf("two trainings on the same data differ: tagger %d/%d B, speaker %d/%d B", len(a.Tagger), len(b.Tagger), len(a.Speaker), len(b.Speaker))
	}
	if _, err := decodeModels(a.Tagger, a.Speaker); err != nil {
		t.Errorf("trained models do not decode: %v", err)
	}
}

// TestEmbeddedModels: the committed model files decode.
func TestEmbeddedModels(t *testing.T) {
	if _, err := defaultModels(); err != nil {
		t.Fatal(err)
	}
	if _, err := decodeModel([]byte("RWLM\x01\x07")); err == nil {
		t.Error("a truncated model file decodes")
	}
}

// TestIndefiniteWords: the list of words that open an unnamed source is
// lower case and holds each word once; training (unnamedSource) and the
// ranker (unnamedSubject) read the same words.
func TestIndefiniteWords(t *testing.T) {
	seen := map[string]bool{}
	for _, w := range indefiniteWordList {
		if w != strings.ToLower(w) || strings.TrimSpace(w) != w || w == "" {
			t.Errorf("indefinite word %q is not a lower-case word", w)
		}
		if seen[w] {
			t.Errorf("indefinite word %q is listed twice", w)
		}
		seen[w] = true
		toks := tokenize([]rune(w + " aide said"))
		if !unnamedSubject(toks, 0, 2) {
			t.Errorf("unnamedSubject(%q) = false, want true", w+" aide said")
		}
		if !unnamedSource(w + " aide") {
			t.Errorf("unnamedSource(%q) = false, want true", w+" aide")
		}
	}
	if unnamedSource("the aide") || unnamedSource("Sanders") {
		t.Error("unnamedSource takes a definite or named source for nobody")
	}
}

// TestWordListsHoldEachWordOnce: no word list (titles, organisation
// suffixes, function words, verbs of saying…) names a word twice, and no
// verb is both regular and irregular: a list that repeats itself was grown
// by hand without being read.
func TestWordListsHoldEachWordOnce(t *testing.T) {
	if len(wordLists) < 10 {
		t.Fatalf("%d word lists recorded, want every setOf and verb list", len(wordLists))
	}
	for _, list := range append(wordLists, irregularVerbs) {
		seen := map[string]bool{}
		for _, w := range list {
			if seen[w] {
				t.Errorf("%q is listed twice in the list that starts %q", w, list[:min(3, len(list))])
			}
			seen[w] = true
		}
	}
	regular := map[string]bool{}
	for _, list := range wordLists {
		if slices.Contains(list, "announce") {
			for _, v := range list {
				regular[v] = true
			}
		}
	}
	for _, v := range irregularVerbs {
		if regular[v] {
			t.Errorf("verb %q is listed as regular and irregular", v)
		}
	}
}

// TestSourceHead: the name at the head of an attribution's source, which
// the ranker learns to prefer over the other names in it.
func TestSourceHead(t *testing.T) {
	for _, c := range []struct{ source, want string }{
		{"DFA spokesman Neil Sroka", "Sroka"},
		{"Jeff Weaver, Sanders’ campaign manager,", "Weaver"},
		{"Paris, who used to work on Capitol Hill", "Paris"},
		{"Kevin Brady, chairman of the House Ways and Means Committee,", "Brady"},
		{"nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's Institute", "Kelleher-Vergantini"},
		{"Ohio Gov. John Kasich", "Kasich"},
		{"the designer, who works for another brand at G-III", ""},
		{"Clinton’s campaign", ""},
		{"he", ""},
		{"President Obama", "Obama"},
	} {
		if got := sourceHead(c.source); got != c.want {
			t.Errorf("sourceHead(%q) = %q, want %q", c.source, got, c.want)
		}
	}
}
