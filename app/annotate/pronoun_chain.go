package annotate

import "readwell/app/article"

// Pronoun chains: "Carlineo faces ten years. … He was arrested in
// April. … During the call, he asked about the Muslim Brotherhood and
// said, “…”": the "he" of the quote's sentence stands for whom the
// sentences before are about, through the pronouns that carry it on. The
// ranker reads where the chain leads as one more feature of a candidate
// (pron-chain), and weighs it as it learns to.

// chainSentences bounds how many sentences back a chain is followed.
const chainSentences = 6

// chainMentions bounds the names read in one sentence of a chain (a
// paragraph of thousands of names costs no more than a normal one).
const chainMentions = 16

// pronounChain is who a person pronoun of gender g ("m" or "f"; "org"
// for "it" and "the company", which stand for an organisation) in the
// sentence that starts at token sentTok of block b stands for, read back
// through the sentences before it: the nearest whose subject is a named
// person of that gender (or of none the article tells), passing over the
// sentences whose subject is no person, a pronoun of that gender, or
// someone of the other. nil when none is found within chainSentences.
func (d *ldoc) pronounChain(b, sentTok int, g string) *article.Entity {
	genders := d.genders()
	for n := 0; n < chainSentences; n++ {
		pb, from, to := d.sentenceBefore(b, sentTok)
		if pb < 0 {
			return nil
		}
		if e := d.sentenceSubject(pb, from, to, g); e != nil && (genders[e] == "" || genders[e] == g) {
			return e
		}
		b, sentTok = pb, from
	}
	return nil
}

// sentenceSubject is the named person (an organisation for g "org") who
// is the subject of the sentence [from, to) of block b, outside
// quotations, unless a pronoun of gender g stands as its subject first
// (nil then, and when there is none).
func (d *ldoc) sentenceSubject(b, from, to int, g string) *article.Entity {
	toks := d.toks[b]
	pron := to // the first pronoun of gender g near the sentence's start
	kind := "person"
	if g == "org" {
		kind = "org"
	}
	for i := from; i < to && i < from+6; i++ {
		if k := pronounKind(toks, i); k != "" && (pronounGender(toks[i].text) == g || g == "org" && k == "org") && !d.inQuote(b, toks[i].start) {
			pron = i
			break
		}
	}
	idx := d.blockSpans[b]
	for k, n := searchSpans(d.spans, idx, from), 0; k < len(idx) && n < chainMentions; k, n = k+1, n+1 {
		s := d.spans[idx[k]]
		if s.first >= min(to, pron) {
			break
		}
		e := d.spanEntity[idx[k]]
		if e == nil || e.Kind != kind || d.inQuote(b, s.start) {
			continue
		}
		if d.subjectOfSentence(mentionAt{entity: e, block: b, first: s.first, end: s.end, start: s.start, stop: s.stop}) {
			return e
		}
	}
	return nil
}
