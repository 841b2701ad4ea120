package extractors

import "github.com/polexhq/polex/extractors/gazetteer"

// Span is a half-open byte range of Doc.Text.
type Span struct{ Start, End int }

// Token is one word or punctuation mark with its byte offsets into Doc.Text.
// Text is the token as the tagger saw it (curly quotes straightened), so use
// Doc.Text[Start:End] for the text as written.
type Token struct {
	Start, End int
	Text       string
	Tag        string // Penn Treebank POS tag, empty unless NeedPOS was declared
}

// Annotator computes token-level annotation on demand, so that only the
// sentences an extractor looks at are tokenised and tagged.
type Annotator interface {
	// Tokens returns the tokens of text[s.Start:s.End] with offsets into text,
	// POS-tagged when tag is true.
	Tokens(text string, s Span, tag bool) []Token
}

// Entity is a resolved entity of the document, as built by the pipeline from
// the mentions of earlier stages.
type Entity struct {
	ID    string
	Type  string
	Name  string
	Count int
	Forms []string
}

// Doc is an annotated document as extractors see it.
type Doc struct {
	ID   string
	Text string
	// RefDate is the date relative expressions resolve against (YYYY-MM-DD),
	// or "" when none is known.
	RefDate string
	// Title is the document's title, when known (it is not part of Text).
	Title string
	// Sentences are the sentence spans, in order, covering every non-space
	// character of Text.
	Sentences []Span
	// Mentions and Entities hold the resolved results of the extractors this
	// one Requires (and of all earlier stages), sorted by Start.
	Mentions []Mention
	Entities []Entity

	// Annotator computes tokens; Needs decides whether tags are filled.
	Annotator Annotator
	TagPOS    bool

	tokens map[int][]Token
	words  []gazetteer.Token
}

// Words returns the gazetteer tokenisation of the whole text (words and
// punctuation with matching keys), computed once and shared by every
// gazetteer extractor of the document. Callers must not modify it.
func (d *Doc) Words() []gazetteer.Token {
	if d.words == nil {
		d.words = gazetteer.Tokenize(d.Text)
	}
	return d.words
}

// Tokens returns the tokens of sentence i, computed once per document.
func (d *Doc) Tokens(i int) []Token {
	if toks, ok := d.tokens[i]; ok {
		return toks
	}
	if d.tokens == nil {
		d.tokens = make(map[int][]Token)
	}
	var toks []Token
	if d.Annotator != nil && i >= 0 && i < len(d.Sentences) {
		toks = d.Annotator.Tokens(d.Text, d.Sentences[i], d.TagPOS)
	}
	d.tokens[i] = toks
	return toks
}

// SentenceAt returns the index of the sentence containing byte offset off, or
// -1 if off lies between sentences.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m]; {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}
