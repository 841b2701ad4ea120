// Package persons finds people's names in policy texts: "Japanese Prime
// Minister Shigeru Ishiba", later "Ishiba", and transcript speaker labels
// such as "PRIME MINISTER MORRISON:".
//
// It works without a statistical model, so that it keeps up with the rest of
// the pipeline: a capitalised run of words is a name when a title or
// honorific stands before it ("President", "Lt. Gen.", "Mr."), when it opens
// with a common given name (data/given-names.txt), when a reporting verb
// follows it ("... said"), or when it is a speaker label at the start of a
// line. Two or three unknown capitalised words in mid-sentence are a
// low-priority guess. Words the document also writes in lower case, and
// lists of function words, calendar words, countries and the words that make
// a run an organisation, place or document ("Institute", "Camp", "Treaty"),
// keep other capitalised phrases out.
//
// Titles are not part of the span but are recorded as the mention's Role,
// and a demonym or country before the title ("Japanese", "Japan's", "U.S.")
// or after the name ("of Australia") as its RoleCountry. All mentions of one
// person share the id "person:<slug>" of the fullest name in the document:
// full names with the same surname and compatible first names ("Joe",
// "Joseph R.") are one person, and a one-word name joins the one full name
// it is the surname (or, failing that, another word) of.
package persons
