package annotate

import "testing"

func TestModelRoundTrip(t *testing.T) {
	dense := make([]float32, (1<<featureBits)*2)
	dense[hashFeature("w", "said")*2+1] = 1.5
	dense[hashFeature("w", "the")*2] = -0.75
	m, err := decodeModel(encodeModel(dense, 2, 0.01, 0.1))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		f    feature
		want [2]float32
	}{
		{"said", hashFeature("w", "said"), [2]float32{0, 1.5}},
		{"the", hashFeature("w", "the"), [2]float32{-0.75, 0}},
		{"unseen", hashFeature("w", "moon"), [2]float32{0, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got [2]float32
			m.score([]feature{tc.f}, got[:])
			for l := range got {
				if d := got[l] - tc.want[l]; d > 0.01 || d < -0.01 {
					t.Errorf("score(%s) = %v, want %v", tc.name, got, tc.want)
				}
			}
		})
	}
}

// FuzzDecodeModel: any bytes — an error or a model, never a panic, and a
// model's rows point inside its weights.
func FuzzDecodeModel(f *testing.F) {
	dense := make([]float32, 1<<featureBits)
	dense[7], dense[9000] = 0.5, -2
	f.Add(encodeModel(dense, 1, 0.01, 0.1))
	f.Add(speakerFile[:64])
	f.Add([]byte("RWLM\x01\x01\x01\x00\x05\x02"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := decodeModel(data)
		if err != nil {
			return
		}
		rows := 0
		for slot := feature(0); slot <= featureMask; slot++ {
			if w := m.row(slot); w != nil {
				rows++
				if len(w) != m.labels {
					t.Fatalf("slot %d: %d weights for %d labels", slot, len(w), m.labels)
				}
			}
		}
		if rows*m.labels != len(m.weights) {
			t.Fatalf("%d rows of %d labels in %d weights", rows, m.labels, len(m.weights))
		}
	})
}

// TestTemplateHashes: a template hashed once gives the features
// hashFeature, hashFeature2 and hashFeature3 give.
func TestTemplateHashes(t *testing.T) {
	for _, c := range []struct{ name, a, b, c string }{{"w", "trump", "", ""}, {"sh-1shsh+1", "Xx", "x", "X.X."}, {"bias", "", "", ""}} {
		tp := tmpl(c.name)
		if tp.of(c.a) != hashFeature(c.name, c.a) || tp.of2(c.a, c.b) != hashFeature2(c.name, c.a, c.b) || tp.of3(c.a, c.b, c.c) != hashFeature3(c.name, c.a, c.b, c.c) {
			t.Errorf("template %q hashes otherwise than hashFeature", c.name)
		}
	}
}
