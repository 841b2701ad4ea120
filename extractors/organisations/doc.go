// Package organisations finds mentions of organisations in policy texts and
// resolves each to one stable entity id ("org:nato").
//
// Three sources feed it, in order of trust:
//
//   - a curated gazetteer (data/organisations.txt, embedded and validated at
//     start-up) of international bodies, alliances and dialogues, government
//     departments, armed forces, think tanks, NGOs, parties and companies,
//     matched with the shared trie (extractors/gazetteer) in one pass;
//   - name patterns for organisations not in the list: runs of capitalised
//     words ending in a head noun ("X Institute", "X Party", "X Inc.") or
//     starting with one and a complement ("Ministry of Y", "Armed Forces of
//     Y"), with a possessor kept out of the span ("Japan's Ministry of
//     Foreign Affairs");
//   - acronyms defined in the text ("Syrian Democratic Forces (SDF)", or the
//     reverse), which link every later use of the acronym to the long form.
//     A long form nothing else found is an organisation when it ends in a
//     head noun ("Quad Investors Network (QUIN)"), or begins with a known
//     organisation, names no plan or document, and its acronym is used
//     again ("NATO Security Assistance and Training for Ukraine (NSATU)").
//
// Case matters: short all-capital acronyms ("UN", "AU", "EU") match exactly
// and not in all-capital headlines; "Quad" matches "Quad" and "QUAD" but not
// "quad". Weak aliases ("IS", "the Alliance") count only where the document
// names their organisation by a strong name; "the Alliance" (or a
// capitalised "Alliance" after a common word) refers to the alliance named
// last before it, and "the Council", "the Commission", "the Agency" to the
// last organisation named whose name ends in that word.
package organisations
