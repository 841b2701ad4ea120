package claims

import (
	"maps"
	"slices"
	"strings"
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
	cImperative
	cVerbCue // the first word of a reporting-verb form (wordInfo.verbs)
	cNounCue // the first word of a reporting-noun form (wordInfo.nouns)
)

var vocab = buildVocab()

// vocabTab is vocab as an open-addressing hash table, cheaper to probe than
// the map for the short words of a sentence, and small enough to stay in
// cache: a slot holds 1 + the index of its entry in vocabEntries in its low
// vocabIndexBits bits and more bits of the word's hash above them, so most
// probes of a word of no list end without reading an entry; 0 is an empty
// slot.
var vocabTab, vocabEntries = buildVocabTab()

const (
	vocabBits      = 12 // log2 of the table's size, three slots or more per word
	vocabIndexBits = 11
	vocabIndex     = 1<<vocabIndexBits - 1
)

type vocabEntry struct {
	word string // a slice of one string holding all the words, for locality
	info *wordInfo
	cls  uint64 // info.cls
}

// vocabHash hashes a non-empty word from its length and four of its bytes.
func vocabHash(w string) uint64 {
	n := len(w)
	x := uint64(n) | uint64(w[0])<<8 | uint64(w[n-1])<<16 | uint64(w[n>>1])<<24 | uint64(w[(n-1)>>2])<<32 |
		uint64(w[n-1-(n-1)>>2])<<40
	return x * 0x9E3779B97F4A7C15
}

// vocabHashFolded is vocabHash of w with its ASCII capitals lowered.
func vocabHashFolded(w string) uint64 {
	n := len(w)
	x := uint64(n) | uint64(lowerByte[w[0]])<<8 | uint64(lowerByte[w[n-1]])<<16 | uint64(lowerByte[w[n>>1]])<<24 |
		uint64(lowerByte[w[(n-1)>>2]])<<32 | uint64(lowerByte[w[n-1-(n-1)>>2]])<<40
	return x * 0x9E3779B97F4A7C15
}

// lookupFolded returns the entry of w with its ASCII capitals lowered, or
// nil: the entry's word is then the lower case of w, with no lowering of
// its own.
func lookupFolded(w string) *vocabEntry {
	if w == "" {
		return nil
	}
	h, check := vocabSlot(vocabHashFolded(w))
	for ; ; h = (h + 1) & (1<<vocabBits - 1) {
		k := vocabTab[h]
		if k == 0 {
			return nil
		}
		if k&^vocabIndex != check {
			continue
		}
		if e := &vocabEntries[k&vocabIndex-1]; len(e.word) == len(w) && foldedEqual(w, e.word) {
			return e
		}
	}
}

// vocabSlot splits a hash into its slot (the top bits) and the check kept
// in the slot (the bits below them, in the place they take in a slot).
func vocabSlot(x uint64) (slot uint, check uint16) {
	return uint(x >> (64 - vocabBits)), uint16(x>>(64-vocabBits-16)) &^ vocabIndex
}

func buildVocabTab() (tab []uint16, entries []vocabEntry) {
	tab = make([]uint16, 1<<vocabBits)
	words := slices.Sorted(maps.Keys(vocab)) // the same table on every run
	if len(words) >= vocabIndex {
		panic("claims: vocabulary too large for its table")
	}
	all := strings.Join(words, "")
	for _, w := range words {
		entries = append(entries, vocabEntry{all[:len(w)], vocab[w], vocab[w].cls})
		all = all[len(w):]
		h, check := vocabSlot(vocabHash(w))
		for tab[h] != 0 {
			h = (h + 1) & (1<<vocabBits - 1)
		}
		tab[h] = check | uint16(len(entries))
	}
	return tab, entries
}

// lookup returns vocab[w].
func lookup(w string) *wordInfo {
	inf, _ := lookupClasses(w)
	return inf
}

// lookupClasses returns vocab[w] and its classes.
func lookupClasses(w string) (*wordInfo, uint64) {
	if w == "" {
		return nil, 0
	}
	h, check := vocabSlot(vocabHash(w))
	for ; ; h = (h + 1) & (1<<vocabBits - 1) {
		k := vocabTab[h]
		if k == 0 {
			return nil, 0
		}
		if k&^vocabIndex != check {
			continue
		}
		if e := &vocabEntries[k&vocabIndex-1]; e.word == w {
			return e.info, e.cls
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
		{opinionWords, cOpinion}, {numberWords, cNumber}, {commitWords, cCommit}, {imperatives, cImperative},
	} {
		for w := range l.set {
			get(w).cls |= l.c
		}
	}
	for w, fs := range lex.verbs {
		get(w).verbs = fs
		get(w).cls |= cVerbCue
	}
	for w, fs := range lex.nouns {
		get(w).nouns = fs
		get(w).cls |= cNounCue
	}
	return m
}

// classes returns inf.cls, 0 for a word of no list.
func (inf *wordInfo) classes() uint64 {
	if inf == nil {
		return 0
	}
	return inf.cls
}

// is reports whether the word belongs to all the lists of c.
func (w *word) is(c uint64) bool {
	return w.cls&c == c
}
