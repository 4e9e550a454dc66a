//go:build !js

package annotate

import (
	"bytes"
	"testing"
)

// TestPersonModelFile: the committed person evidence model and its word lists are what
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
	got, words, names := TrainPersonEvidence(mustTrainPart(t), nil)
	if !bytes.Equal(got, personFile) || words != commonWordsFile || names != personNamesFile {
		t.Errorf("model/person.rwlm, common-words.txt or person-names.txt is not what trainperson makes (%d bytes, want %d): go run ./app/annotate/trainperson", len(personFile), len(got))
	}
}
