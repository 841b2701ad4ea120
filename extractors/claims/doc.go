// Package claims finds claims in policy texts: who asserts, warns, proposes,
// supports, opposes or commits to what, with the speaker resolved to an
// entity where possible, and the check-worthy statements of fact the text
// makes in its own voice.
//
// Cues come from a reviewed lexicon (cues.tsv: reporting verbs in every
// inflection, reporting nouns, commitment phrases), speakers from the
// grammatical subject, "according to X", the attribution around a quotation,
// a noun's "from X" or possessive, and pronouns resolved to the most recent
// compatible mention. Treaty texts speak as their Parties (treaty.go);
// resolutions and declarations as the body or the "WE" their opening names,
// in clauses that open with their cue ("Recalling ...", "REAFFIRMING ...",
// and after "WE HEREBY COMMIT TO:" the numbered "EXPAND ..."; declaration.go).
// The extractor reads the resolved mentions of the entity and date
// extractors and needs no part-of-speech tags.
package claims
