package claims

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
)

var vocab = buildVocab()

// vocabKeys has a bit for each (first byte, last byte, length) of the
// vocabulary's words, folded to five bits each: a word whose bit is clear is
// not in the vocabulary, which spares most words the map lookup.
var vocabKeys = func() (b [1 << 15 / 64]uint64) {
	for w := range vocab {
		k := vocabKey(w)
		b[k/64] |= 1 << (k % 64)
	}
	return b
}()

func vocabKey(w string) uint {
	return uint(w[0]&31)<<10 | uint(w[len(w)-1]&31)<<5 | uint(min(len(w), 31))
}

// lookup returns vocab[w].
func lookup(w string) *wordInfo {
	if w == "" {
		return nil
	}
	if k := vocabKey(w); vocabKeys[k/64]&(1<<(k%64)) == 0 {
		return nil
	}
	return vocab[w]
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
		{opinionWords, cOpinion}, {numberWords, cNumber},
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
