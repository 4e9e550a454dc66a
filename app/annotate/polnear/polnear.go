// Package polnear owns the who-said-what yardstick on the PolNeAR train
// split in ../shared/annotate-bench: loading the set, the validation part kept
// aside from training, the naive nearest-name anchor and a faithful Go port of
// score.py's metric. It imports only the standard library, golang.org/x/text
// and readwell/app/article; it must not import readwell/app/annotate or
// readwell/app/pipeline, so the annotator's own tests can use it without an
// import cycle.
package polnear

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Set is the annotate-bench file: one split of PolNeAR's articles.
type Set struct {
	Split    string    `json:"split"`
	Articles []Article `json:"articles"`
}

// Article is one news article with its human quotations and silver entities.
// Text's first line is the headline; paragraphs are separated by newlines.
type Article struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Quotes   []Quote  `json:"quotes"`
	Entities []Entity `json:"entities"`
}

// Quote is one quoted span and PolNeAR's attribution of it. Start and End
// are offsets into Article.Text; Names are the proper names that may stand
// for Source (empty when the source has none).
type Quote struct {
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Text       string   `json:"text"`
	Attributed bool     `json:"attributed"`
	Source     string   `json:"source"`
	Names      []string `json:"names"`
}

// Entity is CoreNLP's silver entity, grouped by surface form: Kind is
// "person", "org" or "place".
type Entity struct {
	Name  string `json:"name"`
	Kind  string `json:"kind"`
	Count int    `json:"count"`
}

// Load reads a set from a .json or .json.gz file.
func Load(path string) (*Set, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("polnear: unable to open set: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("polnear: unable to read %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	var s Set
	if err := json.NewDecoder(r).Decode(&s); err != nil {
		return nil, fmt.Errorf("polnear: unable to decode %s: %w", path, err)
	}
	return &s, nil
}

// trainFile is the train split, relative to the directory that holds the
// module (../shared beside the repository, in a checkout and in CI).
var trainFile = filepath.Join("..", "shared", "annotate-bench", "polnear-train.json.gz")

// DefaultPath is where the train split lives: ../shared/annotate-bench beside
// the module root, found by walking up from the working directory to go.mod.
// Without a go.mod it is that path relative to the working directory.
func DefaultPath() string {
	dir, err := os.Getwd()
	if err != nil {
		return trainFile
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, trainFile)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return trainFile
		}
		dir = parent
	}
}

// Validation reports whether the article with this id belongs to the part of
// the train split kept aside for validation: the FNV-1a 32-bit hash of the id
// is divisible by 5, about one article in five. Splitting by article, not by
// quote, keeps every quotation of an article on one side, and hashing the id
// keeps the split stable when the set is reordered or grows.
func Validation(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%5 == 0
}

// Parts splits the set into training and validation articles (see
// Validation), each in the set's order.
func (s *Set) Parts() (train, val []Article) {
	for _, a := range s.Articles {
		if Validation(a.ID) {
			val = append(val, a)
		} else {
			train = append(train, a)
		}
	}
	return train, val
}
