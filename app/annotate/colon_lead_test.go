package annotate

import "testing"

// TestColonLeadIn: a paragraph that ends in a colon announces the
// quotation that opens the next one ("Cruz called them on it:" ¶ “…”),
// as "X said:" does within a paragraph.
func TestColonLeadIn(t *testing.T) {
	checkOneSpeaker(t, []oneSpeakerCase{
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
	})
}
