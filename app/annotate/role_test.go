package annotate

import "testing"

// TestMentionRole: a name's place in its clause, read from the words
// around it: the subject before its verb, the object after a preposition,
// a title's words skipped.
func TestMentionRole(t *testing.T) {
	d := taggedDoc(t, "Charleston\n\nDonald Trump launched an attack against Barack Obama, calling him weak. Police Commissioner Richard Ross said the march was peaceful, and Hillary Clinton's campaign agreed.")
	want := map[string]string{
		"Donald Trump":    "start|word",
		"Barack Obama":    "prep|comma",
		"Richard Ross":    "start|say",
		"Hillary Clinton": "clause|poss",
	}
	for b, idx := range d.blockSpans {
		for _, si := range idx {
			e := d.spanEntity[si]
			if e == nil {
				continue
			}
			w, ok := want[e.Name]
			if !ok {
				continue
			}
			delete(want, e.Name)
			s := d.spans[si]
			m := mentionAt{entity: e, block: b, first: s.first, end: s.end, start: s.start, stop: s.stop}
			if got := mentionRole(d.blocks[b], d.toks[b], m); got != w {
				t.Errorf("mentionRole(%q) = %q, want %q", e.Name, got, w)
			}
		}
	}
	for name := range want {
		t.Errorf("no mention of %q", name)
	}
	for role, subject := range map[string]bool{"start|word": true, "comma|say": true, "prep|comma": false, "start|poss": false} {
		if got := subjectRole(role); got != subject {
			t.Errorf("subjectRole(%q) = %v, want %v", role, got, subject)
		}
	}
}
