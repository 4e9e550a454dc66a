package annotate

import "testing"

// TestColonLeadIn: a paragraph that ends in a colon announces the
// quotation that opens the next one ("Cruz called them on it:" ¶ “…”),
// as "X said:" does within a paragraph.
func TestColonLeadIn(t *testing.T) {
	for _, c := range []struct {
		paras []string
		want  string
	}{
		{[]string{
			"The moderators at the CNBC debate leaned on snark all night, and Jeb Bush let it pass. When the questions turned to fantasy football, Ted Cruz called them on it:",
			"\"The questions asked in this debate illustrate why the American people don't trust the media.\"",
		}, "Ted Cruz"},
		{[]string{
			"Hillary Clinton's campaign had no comment. In a statement released on Friday, Senator Mark Warner of Virginia wrote:",
			"\"The committee will get to the bottom of this, however long it takes.\"",
		}, "Mark Warner"},
		{[]string{
			"The FBI left the apartment in San Bernardino unguarded for days. As the Daily Signal's Joel Pollak reported after reporters walked through it:",
			"\"For example, the government has done almost nothing with the evidence it found there.\"",
		}, "Joel Pollak"},
	} {
		a := annotated(c.paras...)
		if len(a.Quotes) != 1 {
			t.Fatalf("%q: %d quotes, want 1", c.paras[1], len(a.Quotes))
		}
		e, _ := EntityByID(a, a.Quotes[0].Speaker)
		if e.Name != c.want {
			t.Errorf("%q: speaker %q, want %q", c.paras[0], e.Name, c.want)
		}
	}
}
