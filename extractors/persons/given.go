package persons

// GivenName reports whether w is a given name of the extractor's lexicon
// ("Shalanda", "José"), in any case. Other extractors ask it to tell a
// person's name from the words of a longer name: "Office of Management and
// Budget Shalanda Young" is an office and a person.
func GivenName(w string) bool {
	l, err := getLexicon()
	return err == nil && l.given[foldKey(w)]
}
