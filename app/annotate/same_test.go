package annotate

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	"readwell/app/annotate/polnear"
	"readwell/app/article"
	"readwell/app/extract"
)

// sameFile holds, for the seed and 20 articles of annotate-bench's train
// part, a hash of the Article annotate makes of them. The host writes it
// (go test -update); the wasm build (make test runs this test under Node,
// V8) must find the same: the reader in the browser shows what the server
// shows.
const sameFile = "testdata/same-everywhere.txt"

func TestSameOnHostAndBrowser(t *testing.T) {
	train := mustTrainPart(t)
	seedText, err := os.ReadFile("../seed/mexico-sovereignty.txt")
	if err != nil {
		t.Fatal(err)
	}
	inputs := []struct{ id, text string }{{"seed", string(seedText)}}
	for _, a := range train[:20] {
		inputs = append(inputs, struct{ id, text string }{a.ID, a.Text})
	}
	var lines []string
	for _, in := range inputs {
		a, err := extract.Text(in.text)
		if err != nil {
			t.Fatalf("extract %s: %v", in.id, err)
		}
		Article(&a)
		lines = append(lines, in.id+" "+articleHash(a))
	}
	got := strings.Join(lines, "\n") + "\n"
	if *update && runtime.GOOS != "js" {
		if err := os.WriteFile(sameFile, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(sameFile)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("annotation on %s/%s differs from %s (made on the host):\n%s", runtime.GOOS, runtime.GOARCH, sameFile, got)
	}
}

// articleHash is a short hash of what annotate adds to an article.
func articleHash(a article.Article) string {
	data, _ := json.Marshal(struct {
		Q []article.Quote
		E []article.Entity
		M []article.Mention
	}{a.Quotes, a.Entities, a.Mentions})
	return fmt.Sprintf("%x", sha256.Sum256(data))[:16]
}

// mustTrainPart is the train part of annotate-bench; without the file the
// test is skipped, except in CI, where it fails.
func mustTrainPart(t *testing.T) []polnear.Article {
	t.Helper()
	set, err := polnear.Load(polnear.DefaultPath())
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	train, _ := set.Parts()
	return train
}
