// Package countries finds mentions of the ISO 3166-1 countries in a text: by
// common or official name, abbreviation ("U.S.", "UK", "DPRK"), old or new
// name (Burma, Türkiye), or demonym used for the state ("Japanese Prime
// Minister", "Iraqi forces").
//
// Each mention has the entity id "country:<alpha-2>", the common English
// name, and both ISO codes. Spans never include a leading "the" or a
// possessive "'s"; a country name inside a longer name (an organisation, a
// treaty) is still reported, and the pipeline lets the longer mention win.
//
// # Sources
//
// Country names (common and official) and codes come from the Go module
// github.com/pariz/gountries (MIT licence, data derived from the
// mledoze/countries dataset); ISO 3166-2 subdivision names from the same
// module are used as context (US states, regions of Georgia) and to shadow
// subdivisions that contain a country name ("New Mexico", "Western
// Australia"). Abbreviations, alternative, old and new names, demonyms and
// the phrases that are not countries ("Indian Ocean", "Latin America") are
// this package's own, in aliases.tsv, each exercised by a test. See
// CREDITS.md.
//
// # Ambiguity
//
// The rules in context.go keep out forms that name something else: "us" and
// "turkey" in lower case (case rules), "Jordan Peterson" and "Michael
// Jordan" (person-like names beside a capitalised word), "Atlanta, Georgia"
// and "Georgia's governor" (the US state, also document-wide), "Lake Chad",
// "Gulf of Guinea", "Jordan Valley", "Mexico City" (place names), "West
// Timor", "New Guinea" (compass words), "a unified Korea" (the peninsula).
// Forms that serve several countries without a customary reading are left
// out ("Congo" alone, "Congolese", "Dominican", "Korean"); pinned ones are
// American (US), British (GB), Dutch (NL), French (FR), Indian (IN).
// Regions ("Asia", "the Middle East") are never countries.
package countries
