//go:build !js

package annotate

import (
	"bytes"
	"testing"
)

// TestPersonModelFile: the committed person evidence model is what
// TrainPersonEvidence makes from the train part (go run
// ./app/annotate/trainperson), with its four labels.
func TestPersonModelFile(t *testing.T) {
	m, err := defaultPersonModel()
	if err != nil || m.labels != len(personLabels) {
		t.Fatalf("person model: %v", err)
	}
	if testing.Short() {
		t.Skip("retraining skipped in -short")
	}
	got, words := TrainPersonEvidence(mustTrainPart(t), nil)
	if !bytes.Equal(got, personFile) || words != commonWordsFile {
		t.Errorf("model/person.rwlm or common-words.txt is not what trainperson makes (%d bytes, want %d): go run ./app/annotate/trainperson", len(personFile), len(got))
	}
}
