// Package prosener is an opt-in extractor, "prose-ner", that adds the
// organisations and persons found by prose's statistical entity classifier
// (github.com/jdkato/prose/v2) to those of the gazetteer and pattern
// extractors. It trades speed for recall, so it is not in the default set:
// name it, `polex run --extractors
// countries,regions,organisations,treaties,persons,dates,claims,prose-ner`.
//
// It Requires countries, regions, organisations, treaties and persons, so it
// runs in a later stage and sees their resolved mentions and entities. prose's
// model (tagger and entity classifier) is loaded once per process. prose is
// run per sentence, on the sentence with curly quotes straightened; its
// entities carry text and label but no offsets, so they are located by
// finding their tokens, in order, among prose's own tokens, which are aligned
// back to the text. Sentences with no capitalised word that a kept mention
// could start with (outside earlier mentions, not a dropped first word) are
// not classified at all; that gate changes no output (a test runs both ways).
//
// Labels: ORG and ORGANIZATION → organisation, PERSON → person; GPE and the
// rest are ignored (countries own places). Every candidate is filtered:
//   - trimmed of surrounding punctuation, a leading "the", a possessive 's,
//     a person's leading titles ("President"), and a sentence-initial stop
//     word or word the document also writes in lower case;
//   - dropped when it overlaps any earlier mention; has a lower-case word
//     (but "of", "and", ...), fewer than two letters, a number; is a month,
//     weekday, pronoun, title alone or stop words alone; is a country,
//     demonym or region the countries and regions extractors know; ends in
//     a place, facility, event or document word ("Dam", "Summit",
//     "Statement", "Railway") or starts with one ("Camp", "Fort", "USS");
//   - an organisation of one word must be an acronym ("MIT"; "Parties",
//     "Applause" go), and one whose words the document all writes in lower
//     case too ("Climate Change") goes;
//   - a person goes when a word is written in lower case elsewhere in the
//     document, is an organisation word, or ends like a common noun
//     ("-tion"), when it is in capitals only (headings, speaker labels),
//     follows "the"/"a" or a place preposition ("near Tal Afar"); a PERSON
//     span ending in an institution word ("Oxfam International") is taken
//     as an organisation; a single word is kept only as a given name or as
//     the short form of a person of the document, whose id it takes.
//
// One text has one type in a document (majority of prose's labels). Ids are
// org:<slug> and person:<slug> (extractors.Slug), or the id of the
// document's entity of the same form; priority 1, so any gazetteer or
// pattern span wins ties.
//
// Measured (polex eval, relaxed P/R/F1; default = the seven default
// extractors, +ner = default plus prose-ner):
//
//	                 organisation              person
//	re3d      def    0.848 0.814 0.831         0.989 0.844 0.911
//	          +ner   0.842 0.821 0.832         0.939 0.844 0.889
//	wikigold  def    0.934 0.268 0.417         0.947 0.676 0.789
//	          +ner   0.929 0.307 0.462         0.872 0.837 0.854
//	policy    def    1.000 0.997 0.998         1.000 1.000 1.000
//	          +ner   0.997 0.997 0.997         0.989 1.000 0.994
//
// So: on encyclopaedic text (wikigold) it adds 16 points of person recall
// and 4 of organisation recall for 7 and 1 points of precision; on policy
// texts, where the gazetteers already find nearly everything, it adds
// nothing and costs a few false positives.
//
// Speed, White House corpus (3.6M words), --workers 2, on a shared machine
// under load (load average 6-11 on 2 cores; CPU seconds, user+sys, are the
// steadier figure). Default extractors: 10.6, 21.8 and 14.5 s wall (median
// 248k words/s), 5.8-8.3 CPU s (≈520k words per CPU second). With
// prose-ner: 1100 and 332 s wall (3.3k and 10.9k words/s), 331 and 258 CPU
// s (≈12k words per CPU second, ~40 times the default CPU); 436 CPU s
// before the sentence gate. Most of it is prose's maximum-entropy
// classifier (map-heavy feature encoding, ~65% of a profile), then its
// tagger (~10%) and loading the model (~0.6 s, once).
package prosener
