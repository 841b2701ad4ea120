package output

import "github.com/polexhq/polex/corpus"

// Schema strings of the two record kinds.
const (
	DocSchema   = "polex.doc/v1"
	ErrorSchema = "polex.error/v1"
)

// Record is one document's result. Field order here is the order in the
// JSON output; every field is documented in docs/schema.md.
type Record struct {
	Schema string `json:"schema"`
	ID     string `json:"id"`
	// Seq is the input's index in the run's enumeration of its inputs, the
	// same in every shard of a sharded run, so shard outputs merge back into
	// exactly the single-run order.
	Seq       int           `json:"seq"`
	Source    corpus.Source `json:"source"`
	Meta      corpus.Meta   `json:"meta"`
	RefDate   RefDate       `json:"ref_date"`
	Flags     []string      `json:"flags,omitempty"`
	Text      string        `json:"text,omitempty"`
	Sentences []Sentence    `json:"sentences,omitempty"`
	Mentions  []Mention     `json:"mentions"`
	Entities  []Entity      `json:"entities"`
	Claims    []Claim       `json:"claims"`
	Pipeline  Pipeline      `json:"pipeline"`
	// Gold marks a hand-written gold record (never set by the pipeline).
	Gold bool `json:"gold,omitempty"`
}

// RefDate is the date relative expressions were resolved against.
type RefDate struct {
	Value string `json:"value,omitempty"`
	From  string `json:"from"` // input, meta, flag, none
}

// Sentence is a sentence span in code points.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Mention is a typed span. Start/End are code-point offsets into Text.
type Mention struct {
	Start       int    `json:"start"`
	End         int    `json:"end"`
	StartByte   int    `json:"start_byte"`
	EndByte     int    `json:"end_byte"`
	Text        string `json:"text"`
	Type        string `json:"type"`
	Entity      string `json:"entity,omitempty"`
	Value       string `json:"value,omitempty"`
	TimexType   string `json:"timex_type,omitempty"`
	Mod         string `json:"mod,omitempty"`
	Role        string `json:"role,omitempty"`
	RoleCountry string `json:"role_country,omitempty"`
	Provision   string `json:"provision,omitempty"`
	Extractor   string `json:"extractor,omitempty"`
	// Optional is used by gold records only.
	Optional bool `json:"optional,omitempty"`
}

// Entity is one distinct entity of the document.
type Entity struct {
	ID    string            `json:"id"`
	Type  string            `json:"type"`
	Name  string            `json:"name"`
	Kind  string            `json:"kind,omitempty"`
	Count int               `json:"count"`
	Codes map[string]string `json:"codes,omitempty"`
	Forms []string          `json:"forms,omitempty"`
}

// Claim is a claim made or reported by the text.
type Claim struct {
	ID          string   `json:"id"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Text        string   `json:"text"`
	Speaker     Speaker  `json:"speaker"`
	Cue         *Cue     `json:"cue,omitempty"`
	Kind        string   `json:"kind"`
	Hedged      bool     `json:"hedged"`
	Negated     bool     `json:"negated"`
	Conditional bool     `json:"conditional"`
	Confidence  float64  `json:"confidence"`
	Entities    []string `json:"entities"`
	Dates       []string `json:"dates"`
}

// Speaker is who makes a claim.
type Speaker struct {
	Entity  string   `json:"entity,omitempty"`
	Text    string   `json:"text,omitempty"`
	Name    string   `json:"name,omitempty"`
	Role    string   `json:"role,omitempty"`
	Start   *int     `json:"start,omitempty"`
	End     *int     `json:"end,omitempty"`
	Members []string `json:"members,omitempty"`
}

// Cue is a claim's reporting expression.
type Cue struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Pipeline says what produced the record.
type Pipeline struct {
	Version    string   `json:"version"`
	Extractors []string `json:"extractors"`
	// Errors lists extractors that failed on this document; their spans are
	// missing from the record.
	Errors []ExtractorError `json:"errors,omitempty"`
}

// ExtractorError is an extractor's failure on one document.
type ExtractorError struct {
	Extractor string `json:"extractor"`
	Error     string `json:"error"`
}

// ErrorRecord accounts for an input that did not become a document.
type ErrorRecord struct {
	Schema string        `json:"schema"`
	ID     string        `json:"id,omitempty"`
	Seq    int           `json:"seq"`
	Source corpus.Source `json:"source"`
	Stage  string        `json:"stage"`
	Error  string        `json:"error"`
}
