package annotate

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
)

// A linear model scores labels by summing the weights of hashed features.
// Features are strings hashed (FNV-1a) into a fixed space, so the model
// file holds numbers only: no vocabulary to ship, and a feature costs no
// allocation at run time. Both of annotate's models (the entity tagger and
// the speaker ranker) are linear models; train.go learns them.

// featureBits is the size of the hashed feature space: 2^18 slots.
const featureBits = 18

const featureMask = 1<<featureBits - 1

// feature is a hashed feature: its slot in the model.
type feature uint32

// hashFeature hashes a template name and a value without allocating.
func hashFeature(name, value string) feature { return tmpl(name).of(value) }

// hashFeature2 is hashFeature(name, a+"|"+b) without the string.
func hashFeature2(name, a, b string) feature { return tmpl(name).of2(a, b) }

// hashFeature3 is hashFeature2 with a third part.
func hashFeature3(name, a, b, c string) feature { return tmpl(name).of3(a, b, c) }

// template is a feature template's name hashed once (tmpl("w")), for the
// hot loops: t.of(v) is hashFeature(name, v), t.of2 hashFeature2 and t.of3
// hashFeature3, without hashing the name again.
type template uint32

func tmpl(name string) template { return template(hashMore(2166136261, name)) }

func (t template) of(value string) feature {
	return feature(hashMore(uint32(t), value) & featureMask)
}

func (t template) of2(a, b string) feature {
	h := hashMore(uint32(t), a)
	h ^= '|'
	h *= 16777619
	for i := 0; i < len(b); i++ {
		h ^= uint32(b[i])
		h *= 16777619
	}
	return feature(h & featureMask)
}

func (t template) of3(a, b, c string) feature {
	return t.of2(a, b) ^ feature(hashMore(0x9e3779b9, c)&featureMask)
}

// hashMore goes on hashing (FNV-1a) s after h, then a separator.
func hashMore(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	h ^= 0xff
	h *= 16777619
	return h
}

// linearModel holds, for each feature slot in use, one weight per label.
//
// Which slots are in use is a bitset, and a slot's row is the number of
// slots in use before it (a rank: the count before its 64-slot word plus
// a popcount inside it). Scoring is the hot loop, and most features it
// looks up are in no model: 48 KB of index stay in the cache where an
// array of 2^18 row numbers (1 MB) missed it on every lookup.
type linearModel struct {
	labels int
	used   [1 << featureBits / 64]uint64
	// before holds, per word of used, how many slots are in use before it.
	before  [1 << featureBits / 64]int32
	weights []float32
}

// row returns slot f's weights, or nil when the model has none.
func (m *linearModel) row(f feature) []float32 {
	word := m.used[f>>6]
	bit := uint64(1) << (f & 63)
	if word&bit == 0 {
		return nil
	}
	at := (int(m.before[f>>6]) + bits.OnesCount64(word&(bit-1))) * m.labels
	return m.weights[at : at+m.labels]
}

// score adds the weights of feats into out (len(out) == labels).
func (m *linearModel) score(feats []feature, out []float32) {
	for _, f := range feats {
		w := m.row(f)
		if w == nil {
			continue
		}
		for l := range out {
			out[l] += w[l]
		}
	}
}

// The model file: "RWLM", version 1, labels (uvarint), rows (uvarint),
// scale (float32 bits, uvarint); then per row the slot as a delta from
// the previous one (uvarint) and one zigzag varint per label, the weight
// divided by scale and rounded. Small and exact to read in any build.
var modelMagic = []byte("RWLM\x01")

// errModel is returned for a model file that does not parse.
var errModel = errors.New("annotate: malformed model file")

// decodeModel reads a model file.
func decodeModel(data []byte) (*linearModel, error) {
	if len(data) < len(modelMagic) || string(data[:len(modelMagic)]) != string(modelMagic) {
		return nil, errModel
	}
	p := data[len(modelMagic):]
	next := func() (uint64, bool) {
		v, n := binary.Uvarint(p)
		if n <= 0 {
			return 0, false
		}
		p = p[n:]
		return v, true
	}
	labels, ok1 := next()
	rows, ok2 := next()
	scaleBits, ok3 := next()
	if !ok1 || !ok2 || !ok3 || labels == 0 || labels > 64 || rows > 1<<featureBits {
		return nil, errModel
	}
	scale := math.Float32frombits(uint32(scaleBits))
	m := &linearModel{labels: int(labels), weights: make([]float32, 0, rows*labels)}
	slot := uint64(0)
	for r := uint64(0); r < rows; r++ {
		delta, ok := next()
		// Slots come in rising order: a slot twice would put two rows
		// where the index counts one.
		if !ok || (r > 0 && delta == 0) {
			return nil, errModel
		}
		slot += delta
		if slot > featureMask {
			return nil, errModel
		}
		m.used[slot>>6] |= 1 << (slot & 63)
		for l := uint64(0); l < labels; l++ {
			v, n := binary.Varint(p)
			if n <= 0 {
				return nil, errModel
			}
			p = p[n:]
			m.weights = append(m.weights, float32(v)*scale)
		}
	}
	if len(p) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", errModel, len(p))
	}
	n := int32(0)
	for k, word := range m.used {
		m.before[k] = n
		n += int32(bits.OnesCount64(word))
	}
	return m, nil
}

// encodeModel writes dense weights (slot-major: slot*labels+label) as a
// model file, keeping rows whose largest weight is at least prune, with
// weights quantised to steps of scale.
func encodeModel(dense []float32, labels int, scale, prune float32) []byte {
	out := append([]byte(nil), modelMagic...)
	var kept []int
	for slot := 0; slot < len(dense)/labels; slot++ {
		row := dense[slot*labels : (slot+1)*labels]
		big := false
		for _, w := range row {
			if w >= prune || -w >= prune {
				if int64(math.Round(float64(w/scale))) != 0 {
					big = true
				}
			}
		}
		if big {
			kept = append(kept, slot)
		}
	}
	out = binary.AppendUvarint(out, uint64(labels))
	out = binary.AppendUvarint(out, uint64(len(kept)))
	out = binary.AppendUvarint(out, uint64(math.Float32bits(scale)))
	prev := 0
	for _, slot := range kept {
		out = binary.AppendUvarint(out, uint64(slot-prev))
		prev = slot
		for _, w := range dense[slot*labels : (slot+1)*labels] {
			out = binary.AppendVarint(out, int64(math.Round(float64(w/scale))))
		}
	}
	return out
}
