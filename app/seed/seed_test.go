package seed

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"readwell/app/pipeline"
)

var update = flag.Bool("update", false, "rewrite seed.json from mexico-sovereignty.txt")

// TestSeedIsThePipelines: seed.json is what the pipeline makes of the
// scraped page today, byte for byte, so the embedded seed can never go
// stale: a change to extraction, annotation or their models that changes
// the seed fails here until `go test ./app/seed -update` rewrites it.
func TestSeedIsThePipelines(t *testing.T) {
	text, err := os.ReadFile("mexico-sovereignty.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := pipeline.Text(string(text))
	if err != nil {
		t.Fatalf("pipeline.Text(seed) = %v", err)
	}
	want, err := json.MarshalIndent(a, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *update {
		if err := os.WriteFile("seed.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile("seed.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("seed.json is not what pipeline.Text makes of mexico-sovereignty.txt today; run go test ./app/seed -update and review the diff")
	}
	// What the client and the server show is that article.
	seeded, err := Article()
	if err != nil {
		t.Fatal(err)
	}
	again, _ := json.MarshalIndent(seeded, "", "\t")
	if !bytes.Equal(append(again, '\n'), want) {
		t.Errorf("Article() differs from the pipeline's article")
	}
}
