// Package regions finds mentions of continents, geopolitical regions, oceans,
// seas and straits ("Asia", "the Indo-Pacific", "the Sahel", "South China
// Sea") and gives each a stable id, "region:<slug>".
//
// The names come from regions.tsv, a reviewed data file embedded in the
// binary and validated when first used: an alias claimed by two regions, an
// empty name or a malformed slug is an error, never a silent guess. Matching
// uses the shared gazetteer trie, case sensitive in the Capitalised sense, so
// "the Arctic" is a region and "arctic conditions" is not.
//
// A capitalised compass word right before a region names a part of it, with
// an id from that fuller form: "Southwest Asia" (listed), "North Arabian
// Sea" → region:north-arabian-sea. "South Africa" is a country and is left
// alone.
//
// What is deliberately not a region:
//   - countries, even inside a region's name ("Korean Peninsula" is one
//     region mention; "Korea" alone is left to the countries extractor);
//   - demonym adjectives such as "Asian" or "European" ("Asian NATO",
//     "European Union");
//   - a region word glued to a prefix by a hyphen ("trans-Atlantic");
//   - a region word that starts a longer proper name ending in an
//     institutional word ("Atlantic City", "Pacific Deterrence Initiative",
//     "Asia Society"): the name is a place or body of its own.
//
// A region name inside a longer organisation or treaty name ("Southeast Asia"
// in "Treaty of Amity and Cooperation in Southeast Asia") is still reported
// here; the pipeline gives the span to the longer mention.
package regions
