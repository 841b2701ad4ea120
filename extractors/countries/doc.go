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
// The module's facts are read from iso3166.tsv, a table generated from it
// (`go generate ./extractors/countries`; internal/isodata) and checked
// against it by a test: querying the module itself parses its YAML for
// every country and subdivision, about 0.2 s that every run used to pay
// before its first document.
//
// # Ambiguity
//
// The rules in context.go keep out forms that name something else: "us" and
// "turkey" in lower case (case rules), a shouted "US" and "US$";
// "Jordan Peterson" and "Michael Jordan" (person-like names beside a
// capitalised word); "Lake Chad", "Gulf of Guinea", "Jordan Valley",
// "Mexico City", "Indian Ocean" (place names); "West Timor", "New Guinea",
// "East Germany" (compass words; "eastern Ukraine" keeps Ukraine); "French
// Sudan", "Russian Empire" (former states); "al-Kuwaiti" (a name); "a
// unified Korea" (the peninsula); "WWF-US". "Georgia" is read first from its
// sentence ("Atlanta, Georgia", "Georgia's governor", "states like Georgia"
// against "Georgia's sovereignty", "Georgia and Armenia"), then from the
// document (US states or Georgian places named elsewhere), and a lone
// "Georgia" in a text that names no foreign country is the US state.
// Forms that serve several countries without a customary reading are left
// out ("Congo" alone, "Congolese", "Dominican", "Korean"); pinned ones are
// American (US), British (GB), Dutch (NL), French (FR), Indian (IN).
// Regions ("Asia", "the Middle East") are never countries.
package countries
