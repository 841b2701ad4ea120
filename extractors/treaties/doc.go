// Package treaties finds mentions of treaties and other legal and political
// instruments (conventions, agreements, charters, declarations, communiqués,
// memoranda, protocols, UN resolutions) and gives each a stable id,
// "treaty:<slug>".
//
// Three sources (and a resolution step, below), arbitrated inside the package (longest span first, then
// gazetteer over pattern):
//
//  1. treaties.tsv, a reviewed data file embedded in the binary and validated
//     when first used (an alias claimed by two instruments, an empty name or a
//     malformed slug is an error). Matched with the shared gazetteer trie,
//     Capitalised case; aliases written only in capitals ("NPT", "UNCLOS")
//     must appear exactly so. Priority 10.
//  2. Patterns for instruments the list lacks: a capitalised head word
//     (Treaty, Convention, Agreement, Accord, Protocol, Declaration, Charter,
//     Memorandum, Communiqué, Pact, Statute, Covenant, Act, Guidelines, and
//     plurals) with capitalised modifiers before it ("Reciprocal Access
//     Agreement") or an "of/on/for/between …" complement after it ("Treaty of
//     Amity and Cooperation"; a list of parties may run on with commas and
//     lower-case governments: "Accord … between the government of Japan and
//     Ukraine", "Agreement among the Government of A, the Government of B,
//     and the Government of C for …"), and UN resolutions ("UN Security
//     Council Resolution 2254", "UNSCR 2254", "Resolution 2254", and document
//     symbols alone or after these: "S/RES/2735", "UNSCR S/RES/2735", "UNGA
//     resolution A/RES/77/248", which take the id of the number: unscr-2735,
//     unga-resolution-77-248). Priority 5. Their id is the slug of the
//     fullest form in the document: "Mutual Defense Treaty" takes the id of
//     "U.S.-ROK Mutual Defense Treaty" when that also occurs. A law's year
//     joins its span but not its id ("Trade Expansion Act of 1962",
//     treaty:trade-expansion-act).
//  3. Acronyms the text defines after an instrument ("… Law of the Sea
//     (UNCLOS)"): the acronym in brackets and its later uses get the same id.
//
// A capitalised definite reference ("this Treaty", "the Convention", "the
// Charter") is resolved, like "the Alliance" for NATO, to the one instrument
// with that head word named earlier in the document (priority 1, span = the
// head word); with two candidates nothing is guessed, and lower-case "the
// treaty" is never a mention. In a treaty text this links the many "this
// Treaty" to the treaty itself.
//
// Span conventions: the span is the instrument's name, without a leading
// "the" and without a provision. "Article 5 of the North Atlantic Treaty"
// gives the span "North Atlantic Treaty" with Provision "Article 5" (also for
// "the Treaty's Article 5").
//
// What is deliberately not a treaty mention:
//   - a head word with nothing but generic words around it: "the Agreement",
//     "this Treaty", "a trade agreement" (lower case), "the Joint
//     Declaration", "a Memorandum of Cooperation", "the Charter of the
//     Parties";
//   - "Statement" headings such as "Joint Leaders' Statement on AUKUS" or
//     "Quad Leaders' Vision Statement": a statement is found only when the
//     gazetteer names it ("Phnom Penh Statement"), because a document's own
//     title line names the document, not an instrument it cites;
//   - a name followed by "Organization"/"Organisation" ("North Atlantic Treaty
//     Organization", "Collective Security Treaty Organization"): that is an
//     organisation, and this package does not emit the shorter span either;
//   - party conventions ("Democratic National Convention"), venues ("Los
//     Angeles Convention Center", "Convention in Chicago"), resolutions of a
//     legislature ("Senate Joint Resolution 115"), disaster and emergency
//     declarations ("Major Disaster Declaration for …"), a head right after a
//     connector ("Congress to Act"), and a class of instruments named by a
//     plural head after modifiers only ("Project Labor Agreements").
//
// Named legislation ("Defense Production Act", "CHIPS and Science Act") is a
// legal instrument and is found by the pattern with head "Act" (kind "act";
// no complement, so "an Act of Congress" is not a name).
package treaties
