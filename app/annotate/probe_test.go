//go:build !js

package annotate

import (
	"fmt"
	"os"
	"testing"

	"readwell/app/article"
)

// TestProbe prints how annotate reads the plain-text article in the file
// READWELL_PROBE (a headline line, then paragraphs): each name the tagger
// found and its entity, and each quotation's candidates with the
// ranker's probabilities. A tool for reading one case, not a check:
//
//	READWELL_PROBE=/tmp/case.txt go test -count=1 -run TestProbe -v ./app/annotate
func TestProbe(t *testing.T) {
	path := os.Getenv("READWELL_PROBE")
	if path == "" {
		t.Skip()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := taggedDoc(t, string(data))
	mod, err := defaultModels()
	if err != nil {
		t.Fatal(err)
	}
	for si, s := range d.spans {
		if e := d.spanEntity[si]; e != nil {
			fmt.Printf("mention %q (%s) -> %s{%s}\n", string(d.blocks[s.block][s.start:s.stop]), s.kind, e.Name, e.Kind)
		}
	}
	d.eachQuote(func(ref quoteRef, set candidateSet) *article.Entity {
		probs := set.probabilities(mod.speaker)
		fmt.Printf("QUOTE %q\n", string(d.blocks[ref.block][ref.span.start:ref.span.end]))
		for i, e := range set.entities {
			fmt.Printf("   %.2f %s{%s}\n", probs[i+1], e.Name, e.Kind)
		}
		fmt.Printf("   %.2f nobody\n", probs[0])
		if i, p := set.choose(mod.speaker); i >= 0 && p >= abstainBelow {
			return set.entities[i]
		}
		return nil
	})
}
