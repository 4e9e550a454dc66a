//go:build !js

// Command train learns annotate's models (the entity tagger and the
// speaker ranker) from the train part of ../shared/annotate-bench and
// writes them to app/annotate/model/. Deterministic: the same data give
// the same bytes. Run from the repository root: go run ./app/annotate/train.
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
	cases := flag.String("cases", "app/annotate/testdata/cases.json", "hand-written attribution cases")
	out := flag.String("out", "app/annotate/model", "folder for the model files")
	cfg := annotate.DefaultTrainConfig
	flag.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "seed of the training order (another seed shows how much the models move by chance)")
	flag.IntVar(&cfg.TaggerRuns, "tagger-runs", cfg.TaggerRuns, "taggers averaged")
	flag.Parse()
	if err := run(*data, *cases, *out, cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(data, casesPath, out string, cfg annotate.TrainConfig) error {
	set, err := polnear.Load(data)
	if err != nil {
		return err
	}
	cases, err := annotate.LoadCases(casesPath)
	if err != nil {
		return err
	}
	train, _ := set.Parts() // the validation part is never read here
	cfg.Log = os.Stderr
	m, err := annotate.Train(train, cases, cfg)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "tagger.rwlm"), m.Tagger, 0o644); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if err := os.WriteFile(filepath.Join(out, "speaker.rwlm"), m.Speaker, 0o644); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	return nil
}
