package annotate

import (
	_ "embed"
	"fmt"
	"sync"
)

// The model files, written by `make model` (go run ./app/annotate/train)
// and committed: the server embeds them, and so does the pipeline worker
// (app/worker), not the UI wasm.
var (
	//go:embed model/tagger.rwlm
	taggerFile []byte
	//go:embed model/speaker.rwlm
	speakerFile []byte
)

// models are annotate's two learned models.
type models struct {
	tagger  *linearModel
	speaker *linearModel
}

var (
	loadOnce     sync.Once
	loadedModels *models
	loadErr      error
)

// defaultModels decodes the embedded models once.
func defaultModels() (*models, error) {
	loadOnce.Do(func() {
		loadedModels, loadErr = decodeModels(taggerFile, speakerFile)
	})
	return loadedModels, loadErr
}

func decodeModels(tagger, speaker []byte) (*models, error) {
	t, err := decodeModel(tagger)
	if err != nil {
		return nil, fmt.Errorf("annotate: tagger: %w", err)
	}
	s, err := decodeModel(speaker)
	if err != nil {
		return nil, fmt.Errorf("annotate: speaker ranker: %w", err)
	}
	if t.labels != tagCount || s.labels != 1 {
		return nil, fmt.Errorf("annotate: models with %d and %d labels, want %d and 1", t.labels, s.labels, tagCount)
	}
	return &models{tagger: t, speaker: s}, nil
}
