// Package persons finds people's names in policy texts: "Japanese Prime
// Minister Shigeru Ishiba", later "Ishiba", and transcript speaker labels
// such as "PRIME MINISTER MORRISON:".
//
// It uses no statistical model, so that it keeps up with the rest of the
// pipeline (prose's entity model would cost about 225 ms per 3,000 words).
// A capitalised run of words is a name when
//   - a title or honorific stands before it ("President", "Lt. Gen.", "Mr.",
//     "Secretary of State"; plural titles cover a list: "Prime Ministers
//     Albanese, Kishida, and Modi");
//   - it opens with, or holds, a common given name (data/given-names.txt);
//   - a reporting verb follows it ("... said", "..., who");
//   - it is a speaker label at the start of a line ("MS. PSAKI:"); a bare
//     label ("MORRISON:") counts only if it names someone found otherwise;
//   - it is one of a short list of public figures' distinctive surnames,
//     standing alone ("Putin's war"; data/known-surnames.txt).
//
// Everything else stays out, even when capitalised: words the document
// also writes in lower case, function words, calendar words, countries and
// demonyms (data/countries.tsv), and the words that make a run an
// organisation, place, document or event ("Institute", "Camp", "Treaty",
// "Summit"). In a heading, a name grows past its first word only through
// given names and initials ("President Donald J. Trump Secures ...").
//
// Titles are not part of the span but are recorded as the mention's Role,
// and a demonym or country before the title ("Japanese", "Japan's", "U.S.")
// or after the name ("of Australia") as its RoleCountry.
//
// All mentions of one person share the id "person:<slug>" of the fullest
// name in the document: full names with the same surname and compatible
// first names ("Joe", "Joseph R.") or the same words in another order
// ("Kishida Fumio") are one person; a one-word name joins the one full name
// it is the surname (or, failing that, another word) of, and a surname that
// two full names share is an entity of its own. A document title kept apart
// from the text is read too, for the names it gives in full.
//
// Ids come from the fullest form of a person in the document, except for
// well-known people (data/people.tsv), whose id is the same in every
// document: a full name in another written form ("Joseph R. Biden, Jr.",
// "Donald J. Trump", "Kishida Fumio") when its given name, initials and
// suffix agree with the person's forms ("Donald Trump Jr." is someone
// else), and a bare surname ("Putin's war") when it nearly always means
// the person or when the entity's titles name them ("Prime Minister
// Johnson", but not "Speaker Johnson"). A full name in the same document
// sharing the surname, an honorific of the other gender, a spouse's title
// or a title of another country keeps the surname apart. The first name
// of a well-known person the document names by surname alone ("Thank
// you, Boris.") joins them if no other name of the document holds it.
// A suffix after a comma is part of the name ("Joseph R. Biden, Jr.").
package persons
