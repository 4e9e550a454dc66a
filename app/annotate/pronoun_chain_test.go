package annotate

import "testing"

// TestPronounChain: a pronoun stands for the subject of the sentences
// before it, through the pronouns that carry it on, past sentences about
// no one and people of the other gender; "it" for an organisation.
func TestPronounChain(t *testing.T) {
	for _, c := range []struct {
		text, gender, want string
	}{
		{"Case\n\nPatrick Carlineo faces ten years in prison. Sentencing is set for February.\n\nHe was arrested in April for the call.\n\nDuring the call, he said, \"something.\"\n", "m", "Patrick Carlineo"},
		// Maria Lopez is a woman (she): "he" goes past her to Ruiz.
		{"Case\n\nMr. Ruiz spoke first. Maria Lopez said she disagreed.\n\n\"Not so,\" he said.\n", "m", "Ruiz"},
		{"Case\n\nMr. Ruiz spoke first. Maria Lopez said she disagreed.\n\n\"Not so,\" she said.\n", "f", "Maria Lopez"},
		// A name that is no subject ("about Smith") is passed over.
		{"Case\n\nThe report was about John Smith and his firm.\n\n\"Not so,\" he said.\n", "m", ""},
		{"Case\n\nAcme Corporation denied the report on Monday.\n\n\"We did nothing wrong,\" it said.\n", "org", "Acme Corporation"},
	} {
		d := taggedDoc(t, c.text)
		b := len(d.blocks) - 1
		if len(d.quotes[b]) != 1 {
			t.Fatalf("%q: %d quotes in the last paragraph", c.text, len(d.quotes[b]))
		}
		s := d.quotes[b][0]
		sentTok := tokenIndexAt(d.toks[b], sentenceFrom(d.blocks[b], s.open))
		got := ""
		if e := d.pronounChain(b, sentTok, c.gender); e != nil {
			got = e.Name
		}
		if got != c.want {
			t.Errorf("%q: chain of %q leads to %q, want %q", c.text, c.gender, got, c.want)
		}
	}
}
