//go:build !js

// Command trainperson learns annotate's person evidence model from the
// train part of ../shared/annotate-bench and writes
// app/annotate/model/person.rwlm and, beside it, common-words.txt and
// person-names.txt. Deterministic: the same data give the
// same bytes. Run from the repository root: go run ./app/annotate/trainperson.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"readwell/app/annotate"
	"readwell/app/annotate/polnear"
)

func main() {
	data := flag.String("data", polnear.DefaultPath(), "annotate-bench set (.json.gz)")
	out := flag.String("out", "app/annotate/model/person.rwlm", "the model file")
	flag.Parse()
	set, err := polnear.Load(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	train, _ := set.Parts() // the validation part is never read here
	m, words, names := annotate.TrainPersonEvidence(train, os.Stderr)
	for _, f := range []struct {
		path string
		data []byte
	}{{*out, m}, {filepath.Join(filepath.Dir(*out), "common-words.txt"), []byte(words)}, {filepath.Join(filepath.Dir(*out), "person-names.txt"), []byte(names)}} {
		if err := os.WriteFile(f.path, f.data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	fmt.Fprintf(os.Stderr, "person evidence: %d bytes, %d bytes of common words, %d bytes of names\n", len(m), len(words), len(names))
}
