package claims

import (
	"maps"
	"slices"
)

// The word lists and the cue lexicon, folded into one table looked up once
// per word when a sentence is tokenised: the analysis then tests bits
// instead of looking words up in a dozen maps.

// wordInfo is what the extractor knows about a lower-case word.
type wordInfo struct {
	cls   uint64     // the word lists it belongs to (c* bits)
	verbs []*cueForm // reporting-verb forms starting with it, longest first
	nouns []*cueForm // reporting-noun forms starting with it, longest first
}

// Word-list bits.
const (
	cAdverb uint64 = 1 << iota
	cBe
	cModal
	cChain
	cNounContext
	cPronPlural
	cPronSingular
	cBoundary
	cLead
	cPreposition
	cDeterminer
	cSubjectPron
	cLightVerb
	cNounMod
	cDiscourse
	cActorHead
	cPartyWord
	cSubordinator
	cRelative
	cSpeakerHead
	cDocumentHead
	cNonSubject
	cHedge
	cHedgeVerb
	cNeg
	cCond
	cGreeting
	cOpinion
	cNumber
	cCommit
)

var vocab = buildVocab()

// vocabTab is vocab as an open-addressing hash table, cheaper to probe than
// the map for the short words of a sentence: a slot holds 1 + the index of
// its entry in vocabEntries, 0 for an empty slot.
var vocabTab, vocabEntries = buildVocabTab()

// vocabBits is log2 of the table's size, eight slots or more per word.
const vocabBits = 13

type vocabEntry struct {
	word string
	info *wordInfo
}

// vocabHash hashes a non-empty word from its length and four of its bytes.
func vocabHash(w string) uint {
	n := len(w)
	x := uint64(n) | uint64(w[0])<<8 | uint64(w[n-1])<<16 | uint64(w[n>>1])<<24 | uint64(w[(n-1)>>2])<<32 |
		uint64(w[n-1-(n-1)>>2])<<40
	return uint((x * 0x9E3779B97F4A7C15) >> (64 - vocabBits))
}

func buildVocabTab() (tab []uint16, entries []vocabEntry) {
	tab = make([]uint16, 1<<vocabBits)
	for _, w := range slices.Sorted(maps.Keys(vocab)) { // the same table on every run
		entries = append(entries, vocabEntry{w, vocab[w]})
		h := vocabHash(w)
		for tab[h] != 0 {
			h = (h + 1) & (1<<vocabBits - 1)
		}
		tab[h] = uint16(len(entries))
	}
	return tab, entries
}

// lookup returns vocab[w].
func lookup(w string) *wordInfo {
	if w == "" {
		return nil
	}
	for h := vocabHash(w); ; h = (h + 1) & (1<<vocabBits - 1) {
		k := vocabTab[h]
		if k == 0 {
			return nil
		}
		if e := &vocabEntries[k-1]; e.word == w {
			return e.info
		}
	}
}

func buildVocab() map[string]*wordInfo {
	m := map[string]*wordInfo{}
	get := func(w string) *wordInfo {
		inf := m[w]
		if inf == nil {
			inf = &wordInfo{}
			m[w] = inf
		}
		return inf
	}
	for _, l := range []struct {
		set map[string]bool
		c   uint64
	}{
		{adverbs, cAdverb}, {beForms, cBe}, {modals, cModal}, {chainWords, cChain}, {nounContext, cNounContext},
		{pronounsPlural, cPronPlural}, {pronounsSingular, cPronSingular}, {boundaryWords, cBoundary},
		{leadWords, cLead}, {prepositions, cPreposition}, {determiners, cDeterminer},
		{subjectPronouns, cSubjectPron}, {lightVerbs, cLightVerb}, {nounMods, cNounMod},
		{discourseVerbs, cDiscourse}, {actorHeads, cActorHead}, {partyWords, cPartyWord},
		{subordinators, cSubordinator}, {relatives, cRelative}, {speakerHeads, cSpeakerHead},
		{documentHeads, cDocumentHead}, {nonSubjects, cNonSubject}, {hedgeWords, cHedge},
		{hedgeVerbs, cHedgeVerb}, {negWords, cNeg}, {condWords, cCond}, {greetings, cGreeting},
		{opinionWords, cOpinion}, {numberWords, cNumber}, {commitWords, cCommit},
	} {
		for w := range l.set {
			get(w).cls |= l.c
		}
	}
	for w, fs := range lex.verbs {
		get(w).verbs = fs
	}
	for w, fs := range lex.nouns {
		get(w).nouns = fs
	}
	return m
}

// is reports whether the word belongs to all the lists of c.
func (w *word) is(c uint64) bool {
	return w.info != nil && w.info.cls&c == c
}
