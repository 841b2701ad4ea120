package persons

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/pipeline"
)

func extract(t testing.TB, text string) []extractors.Mention {
	t.Helper()
	d := &extractors.Doc{Text: text, Sentences: pipeline.SplitSentences(text), Annotator: pipeline.NewAnnotator()}
	r, err := Extractor.Run(d)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return r.Mentions
}

// show renders mentions compactly: text=entity[role|country].
func show(text string, ms []extractors.Mention) string {
	parts := make([]string, 0, len(ms))
	for _, m := range ms {
		s := text[m.Start:m.End] + "=" + strings.TrimPrefix(m.Entity, "person:")
		if m.Role != "" || m.RoleCountry != "" {
			s += "[" + m.Role
			if m.RoleCountry != "" {
				s += "|" + strings.TrimPrefix(m.RoleCountry, "country:")
			}
			s += "]"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Titles and honorifics stay out of the span and become the role.
		{"title", "Yesterday Prime Minister Jane Okafor met the press.",
			"Jane Okafor=jane-okafor[Prime Minister]"},
		{"demonym and title", "On Monday, Japanese Prime Minister Shigeru Ishiba wrote an essay.",
			"Shigeru Ishiba=shigeru-ishiba[Prime Minister|JP]"},
		{"country possessive", "Australia's Foreign Minister Penny Wong arrived in Jakarta.",
			"Penny Wong=penny-wong[Foreign Minister|AU]"},
		{"dotted country", "The talks were led by U.S. Secretary of State Antony Blinken.",
			"Antony Blinken=antony-blinken[Secretary of State|US]"},
		{"of country after name", "We welcomed Prime Minister Morrison of Australia to the meeting.",
			"Morrison=scott-morrison[Prime Minister|AU]"},
		{"of country in title", "The Prime Minister of India Narendra Modi spoke first.",
			"Narendra Modi=narendra-modi[Prime Minister|IN]"},
		{"military abbreviations", "The briefing was given by Lt. Gen. Maria Cortez on Friday.",
			"Maria Cortez=maria-cortez[Lieutenant General]"},
		{"lower-case title", "The plan was drafted under former prime minister Shinzo Abe.",
			"Shinzo Abe=shinzo-abe[Prime Minister]"},
		{"honorific", "Mr. Tanaka declined to comment.", "Tanaka=tanaka[Mr.]"},
		{"diacritics", "Türkiye's President Recep Tayyip Erdoğan hosted the summit.",
			"Recep Tayyip Erdoğan=recep-tayyip-erdogan[President|TR]"},
		// Short forms and repeats resolve to the fullest name.
		{"surname later", "Japanese Prime Minister Shigeru Ishiba published an essay. Ishiba explains his view, and Mr. Ishiba's critics disagree.",
			"Shigeru Ishiba=shigeru-ishiba[Prime Minister|JP]; Ishiba=shigeru-ishiba; Ishiba=shigeru-ishiba[Mr.]"},
		{"fullest name wins", "President Jonathan Q. Adeyemi Jr. spoke. Later President Adeyemi left, and Jon Adeyemi's aides stayed. Adeyemi returned.",
			"Jonathan Q. Adeyemi Jr.=jonathan-q-adeyemi-jr[President]; Adeyemi=jonathan-q-adeyemi-jr[President]; Jon Adeyemi=jonathan-q-adeyemi-jr; Adeyemi=jonathan-q-adeyemi-jr"},
		// Well-known people keep one id whatever form a document uses.
		{"well-known full name", "President Joseph R. Biden Jr. spoke. Later President Biden left, and Joe Biden's aides stayed. Biden returned.",
			"Joseph R. Biden Jr.=joe-biden[President]; Biden=joe-biden[President]; Joe Biden=joe-biden; Biden=joe-biden"},
		{"reversed order", "Prime Minister Kishida Fumio met Prime Minister Fumio Kishida's staff; Kishida smiled.",
			"Kishida Fumio=fumio-kishida[Prime Minister]; Fumio Kishida=fumio-kishida[Prime Minister]; Kishida=fumio-kishida"},
		{"hyphenated given names", "President Yoon Suk-yeol met Secretary-General Ban Ki-moon and President Lai Ching-te.",
			"Yoon Suk-yeol=yoon-suk-yeol[President]; Ban Ki-moon=ban-ki-moon[Secretary-General]; Lai Ching-te=lai-ching-te[President]"},
		{"Japanese official style", "Prime Minister KISHIDA Fumio held talks with Foreign Minister HAYASHI Yoshimasa.",
			"KISHIDA Fumio=fumio-kishida[Prime Minister]; HAYASHI Yoshimasa=yoshimasa-hayashi[Foreign Minister]"},
		{"excellency", "We welcomed His Excellency Ferdinand Marcos and Her Majesty Queen Sirikit.",
			"Ferdinand Marcos=ferdinand-marcos[Excellency]; Sirikit=sirikit[Majesty Queen]"},
		{"surname-first name", "President Yoon Suk Yeol arrived. President Yoon then spoke.",
			"Yoon Suk Yeol=yoon-suk-yeol[President]; Yoon=yoon-suk-yeol[President]"},
		{"ambiguous surname", "Joe Biden and Jill Biden arrived. Biden spoke.",
			"Joe Biden=joe-biden; Jill Biden=jill-biden; Biden=biden"},
		{"given name and reporting verb", "Maria Santos told reporters the deal was done. Olusola Adeyemi said so too.",
			"Maria Santos=maria-santos; Olusola Adeyemi=olusola-adeyemi"},
		{"particles", "European Commission President Ursula von der Leyen spoke with Sheikh Tamim bin Hamad.",
			"Ursula von der Leyen=ursula-von-der-leyen[President]; Tamim bin Hamad=tamim-bin-hamad[Sheikh]"},
		{"different offices, one surname", "First Lady Jill Biden spoke after President Biden. Secretary Blinken thanked Secretary of State Antony Blinken.",
			"Jill Biden=jill-biden[First Lady]; Biden=joe-biden[President]; Blinken=antony-blinken[Secretary]; Antony Blinken=antony-blinken[Secretary of State]"},
		{"al- surname", "President Bashar al-Assad fled. Later, Assad was seen in Moscow.",
			"Bashar al-Assad=bashar-al-assad[President]; Assad=bashar-al-assad"},
		// "Jr." after a comma belongs to the name.
		{"comma suffix", "President Jonathan Q. Adeyemi, Jr. spoke, and Jonathan Q. Adeyemi, Jr. left.",
			"Jonathan Q. Adeyemi, Jr.=jonathan-q-adeyemi-jr[President]; Jonathan Q. Adeyemi, Jr.=jonathan-q-adeyemi-jr"},
		{"comma and a title after", "Tom Okafor, Sr. Advisor, spoke.", "Tom Okafor=tom-okafor"},
		// A first name alone for a well-known person the text names by
		// surname.
		{"first name of a known person", "Prime Minister Johnson spoke.\n\nPRESIDENT BIDEN:  Thank you, Boris. Over to you.",
			"Johnson=boris-johnson[Prime Minister]; BIDEN=joe-biden[President]; Boris=boris-johnson"},
		{"first name in a sentence", "Prime Minister Morrison spoke; later, Scott said the plan would work.",
			"Morrison=scott-morrison[Prime Minister]; Scott=scott-morrison"},
		{"first name of two people", "Prime Minister Johnson met Boris Petrov. Thanks, Boris.",
			"Johnson=boris-johnson[Prime Minister]; Boris Petrov=boris-petrov; Boris=boris-petrov"},
		// A title tells apart two people of one surname.
		{"shared surname and title", "President Kofi Osei and Minister Ama Osei arrived. President Osei spoke, then Osei left.",
			"Kofi Osei=kofi-osei[President]; Ama Osei=ama-osei[Minister]; Osei=kofi-osei[President]; Osei=osei"},
		{"shared surname of a known person", "Joe Biden and First Lady Jill Biden arrived. President Biden spoke.",
			"Joe Biden=joe-biden; Jill Biden=jill-biden[First Lady]; Biden=joe-biden[President]"},
		{"first name before an initial", "Judge James Okafor spoke at the James A. Rogers Post Office.",
			"James Okafor=james-okafor[Judge]"},
		// Family name first: the id is given name first.
		{"family name in capitals", "Minister TANABE Haruki met the press.", "TANABE Haruki=haruki-tanabe[Minister]"},
		{"both orders", "Minister Tanabe Haruki arrived; later, Minister Haruki Tanabe spoke.",
			"Tanabe Haruki=haruki-tanabe[Minister]; Haruki Tanabe=haruki-tanabe[Minister]"},
		{"two known people by title", "President Biden and Dr. Biden arrived. Biden spoke.",
			"Biden=joe-biden[President]; Biden=jill-biden[Dr.]; Biden=joe-biden"},
		{"family name first in a list", "Her Excellency Tanabe Haruki, Minister for Foreign Affairs of Japan\nHis Excellency Mr. Kofi Mensah, Ambassador\n",
			"Tanabe Haruki=tanabe-haruki[Excellency]; Kofi Mensah=kofi-mensah[Excellency Mr.]"},
		// Transcript speaker labels.
		{"speaker labels", "PRESIDENT BIDEN:  Thank you.\n\nPRIME MINISTER MORRISON:  Thanks, Joe.\n\nMS. PSAKI:  Next question.\n\nMORRISON:  One more thing.\n",
			"BIDEN=joe-biden[President]; MORRISON=scott-morrison[Prime Minister]; Joe=joe-biden; PSAKI=jen-psaki[Ms.]; MORRISON=scott-morrison"},
		{"markdown label", "**MR. KIRBY:** Good afternoon.\n", "KIRBY=kirby[Mr.]"},
		{"labels without a name", "THE PRESIDENT:  Hello.\n\nQ  Mr. President, a question.\n\nSENIOR ADMINISTRATION OFFICIAL:  Sure.\n\nMODERATOR:  Thanks.\n", ""},
		{"bare label of nobody known", "FACT SHEET: New steps.\n\nAIDE: Over here.\n\nFIELD REPORTER: Hi.\n", ""},
		{"label with given name", "JOHN SMITHERS:  Thanks.\n\nCOACH MONKEN:  Go Army.\n", "JOHN SMITHERS=john-smithers; MONKEN=monken[Coach]"},
		{"surname pair", "President Andrés Manuel López Obrador arrived. López Obrador spoke.",
			"Andrés Manuel López Obrador=andres-manuel-lopez-obrador[President]; López Obrador=andres-manuel-lopez-obrador"},
		// Pronouns and titles alone are not mentions.
		{"pronouns", "He said she would go. They told us. His reasoning is clear.", ""},
		{"title alone", "The Prime Minister said Madam Speaker and Mr. President agreed with the Secretary-General.", ""},
		// Capitalised phrases that are not people.
		{"heading", "Joint Communique of Canada, Mexico, and the United States on Border Cooperation", ""},
		{"heading with title", "Remarks by President Biden Before the Opening Session of the Pacific Islands Forum",
			"Biden=joe-biden[President]"},
		{"heading with full name", "Fact Sheet: President Donald J. Trump Announces New Shipbuilding Commitments from Allies",
			"Donald J. Trump=donald-trump[President]"},
		{"organisations and places", "Scholars at the Hudson Institute and George Washington University met at Camp David near Lake Victoria.", ""},
		{"treaty and months", "The North Atlantic Treaty was signed in April. On Monday, March 3, the Council met.", ""},
		{"countries", "Australia, Japan, India and the United States formed the Quad. Sri Lanka and Georgia watched.", ""},
		{"general assembly", "The General Assembly and the Secretary General met in New York.", ""},
		{"sentence-initial common word", "Will Australia join? Mark the date. Frank talks followed.", ""},
		{"country as given name", "Christian Democrats won in Germany.", ""},
		{"title words after a name", "He worked as Senator Kaine’s Chief Domestic Policy Advisor and as Minister Counselor for Public Diplomacy in Rome.",
			"Kaine=kaine[Senator]"},
		{"reporting verb after an organisation", "The chief executive of Meridian Petroleum said prices would fall. Our Founding Father, who wrote it, is honoured.", ""},
		{"unlisted occupation before a name", "He is the son of Boatswain Carl Hendricks, who sailed to Korea.",
			"Carl Hendricks=carl-hendricks"},
		{"long name", "Mexican President Andrés Manuel López Obrador met Foreign Secretary Alicia Bárcena.",
			"Andrés Manuel López Obrador=andres-manuel-lopez-obrador[President|MX]; Alicia Bárcena=alicia-barcena[Foreign Secretary]"},
		{"companies named like people", "Loans bought by Fannie Mae and Freddie Mac rose, said analysts at Morgan Stanley.", ""},
		{"contractions and lower-case compounds", "Thank you, Gov. I’ve seen it. He is a court-appointed Federal Monitor.", ""},
		{"title word as surname", "We met at the Martin Luther King, Jr. Memorial.", "Martin Luther King=martin-luther-king"},
		{"legal words after titles", "He was a Deputy Prosecuting Attorney and later Attorney Nominee for the district.", ""},
		{"plural title and a list", "Prime Ministers Albanese, Kishida, and Modi met Senators Schumer and McConnell and President Biden.",
			"Albanese=anthony-albanese[Prime Ministers]; Kishida=fumio-kishida[Prime Ministers]; Modi=narendra-modi[Prime Ministers]; Schumer=chuck-schumer[Senators]; McConnell=mitch-mcconnell[Senators]; Biden=joe-biden[President]"},
		{"plural title before countries", "Foreign Ministers of Japan and India met. Leaders Japan and India agreed.", ""},
		{"capitals headings", "SECTION 1. GENERAL PROVISIONS\n\nSEC. 2. DEFINITIONS\n\nPRESIDENT BIDEN ANNOUNCES NEW STEPS\n",
			"BIDEN=joe-biden[President]"},
		{"known surname alone", "Sanctions raised the cost of Putin’s war, as the Trump administration had warned. Putin did not reply.",
			"Putin=vladimir-putin; Trump=donald-trump; Putin=vladimir-putin"},
		{"known surname inside other names", "The Putin Doctrine and Obama-Biden years; Khan Younis.", ""},
		{"offices with of-phrases", "Jane Roe, of Ohio, to be Ambassador Extraordinary and Plenipotentiary; John Doe to be Director of the United States Geological Survey, Commissioner of Internal Revenue, and Deputy Director for Policy Implementation.",
			"Jane Roe=jane-roe; John Doe=john-doe"},
		{"offices without names", "They hired a Chief Diversity Officer and an Associate Director in the Office. The President Government-wide review began.", ""},
		{"places and buildings", "The post office at 301 Main Street in Crystal Lake, Illinois, and Hazel Park, Michigan, is named the Dr. C.T. Wright Post Office.",
			"C.T. Wright=ct-wright[Dr.]"},
		{"envoys", "U.S. Ambassador to Japan Rahm Emanuel met Ambassador to the United Nations Linda Thomas-Greenfield.",
			"Rahm Emanuel=rahm-emanuel[Ambassador|US]; Linda Thomas-Greenfield=linda-thomas-greenfield[Ambassador]"},
		{"quoted nickname", "Col. John “J.D.” Dorrian briefed reporters with Richard \"Tex\" Coe. Dorrian said more.",
			"John “J.D.” Dorrian=john-dorrian[Colonel]; Richard \"Tex\" Coe=richard-coe; Dorrian=john-dorrian"},
		{"signatures", "In witness whereof they signed.\n\nFor Belgium:\nP. H. SPAAK\n\nFor Japan:\nFumio KISHIDA\n\nARTICLE 5\n",
			"P. H. SPAAK=p-h-spaak; Fumio KISHIDA=fumio-kishida"},
		{"ships named after people", "The carrier USS George W. Bush sailed with HMS Queen Elizabeth.", ""},
		{"soft hyphen in title", "Pre\u00adsident Biden commended the team.", "Biden=joe-biden[President]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := show(tt.text, extract(t, tt.text))
			if got != tt.want {
				t.Errorf("text: %s\ngot:  %s\nwant: %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestNames checks the canonical name on every mention of an entity.
func TestNames(t *testing.T) {
	text := "PRIME MINISTER JEAN-PIERRE:  Hello.\n\nLater, Prime Minister Claire Jean-Pierre spoke. Jean-Pierre left."
	ms := extract(t, text)
	if len(ms) != 3 {
		t.Fatalf("got %d mentions: %s", len(ms), show(text, ms))
	}
	for _, m := range ms {
		if m.Entity != "person:claire-jean-pierre" || m.Name != "Claire Jean-Pierre" || m.Type != "person" || m.Priority != priorityPattern {
			t.Errorf("%q: entity %q name %q type %q priority %d", text[m.Start:m.End], m.Entity, m.Name, m.Type, m.Priority)
		}
	}
	text = "MS. O'BRIEN:  Thanks.\n\nMS. O'BRIEN:  Again.\n\nSecretary O'Brien smiled."
	ms = extract(t, text)
	if len(ms) != 3 || ms[0].Name != "O'Brien" || ms[0].Entity != "person:obrien" {
		t.Errorf("got %s, name %q", show(text, ms), ms[0].Name)
	}
}

// TestSeedEssayShape runs a text written like the seed essay: one person,
// named in full once with title and demonym, then by surname at sentence
// starts, mid-sentence and with a possessive, among organisations,
// countries and treaties that must not become people.
func TestSeedEssayShape(t *testing.T) {
	text := `## Pacific Security After the Election: Is a Regional Pact Coming?

On March 3, 2025, two weeks before taking office, Japanese Prime Minister Shigeru Ishiba wrote for the Hudson Institute, calling for an “Asian NATO.” Ishiba argues that the UN Security Council cannot act when Russia holds a veto. Ishiba’s proposal names the QUAD, AUKUS and ASEAN.

These countries, members of the Southeast Asian Nuclear-Weapon-Free Zone Treaty, objected. In the end, Ishiba dropped the phrase while visiting Jakarta on April 10, 2025. Critics said Ishiba had moved too fast.`
	ms := extract(t, text)
	if len(ms) != 5 {
		t.Fatalf("want 5 mentions, got %d: %s", len(ms), show(text, ms))
	}
	for _, m := range ms {
		if m.Entity != "person:shigeru-ishiba" {
			t.Errorf("%q: entity %q", text[m.Start:m.End], m.Entity)
		}
		if got := text[m.Start:m.End]; got != "Shigeru Ishiba" && got != "Ishiba" {
			t.Errorf("span %q", got)
		}
	}
	if ms[0].Role != "Prime Minister" || ms[0].RoleCountry != "country:JP" {
		t.Errorf("first mention role %q country %q", ms[0].Role, ms[0].RoleCountry)
	}
}

var slugRE = regexp.MustCompile(`^person:[a-z0-9]+(-[a-z0-9]+)*$`)

// checkMentions verifies the invariants every result must keep.
func checkMentions(t *testing.T, text string, ms []extractors.Mention) {
	t.Helper()
	prevEnd := -1
	for _, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("bad span %d-%d in %d bytes", m.Start, m.End, len(text))
		}
		if !utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
			t.Fatalf("span %d-%d splits a character", m.Start, m.End)
		}
		if m.Start < prevEnd {
			t.Fatalf("mentions overlap or are unsorted at %d", m.Start)
		}
		prevEnd = m.End
		if m.Type != "person" || !slugRE.MatchString(m.Entity) || m.Name == "" {
			t.Fatalf("bad mention %+v", m)
		}
		if m.RoleCountry != "" && !regexp.MustCompile(`^country:[A-Z]{2}$`).MatchString(m.RoleCountry) {
			t.Fatalf("bad role country %q", m.RoleCountry)
		}
	}
}

func TestDeterministic(t *testing.T) {
	text := benchText(3000)
	a := extract(t, text)
	checkMentions(t, text, a)
	for range 3 {
		b := extract(t, text)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Fatal("two runs over the same text differ")
		}
	}
	if len(a) == 0 {
		t.Fatal("no mentions in the generated text")
	}
}

func TestTitleNamesPeople(t *testing.T) {
	text := "MS. JEAN-PIERRE:  Good afternoon.\n\nQ  Thanks, Karine. A question for Admiral Kirby.\n\nMR. KIRBY:  Sure.\n"
	d := &extractors.Doc{
		Text:      text,
		Title:     "Press Briefing by Press Secretary Karine Jean-Pierre and Coordinator John Kirby",
		Sentences: pipeline.SplitSentences(text),
	}
	r, err := Extractor.Run(d)
	if err != nil {
		t.Fatal(err)
	}
	want := "JEAN-PIERRE=karine-jean-pierre[Ms.]; Karine=karine-jean-pierre; Kirby=john-kirby[Admiral]; KIRBY=john-kirby[Mr.]"
	if got := show(text, r.Mentions); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	checkMentions(t, text, r.Mentions)
}

func TestNoSentences(t *testing.T) {
	text := "President Biden met Prime Minister Jane Okafor."
	r, err := Extractor.Run(&extractors.Doc{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if got := show(text, r.Mentions); got != "Biden=joe-biden[President]; Jane Okafor=jane-okafor[Prime Minister]" {
		t.Errorf("got %s", got)
	}
}

func TestLexicon(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.given) < 900 {
		t.Errorf("only %d given names", len(l.given))
	}
	for name, code := range map[string]string{"japanese": "JP", "us": "US", "united kingdom": "GB", "south korean": "KR", "turkiye": "TR"} {
		if l.countries[name] != code {
			t.Errorf("country %q = %q, want %q", name, l.countries[name], code)
		}
	}
	if len(l.knownSurnames) < 100 || !l.knownSurnames["erdogan"] {
		t.Errorf("known surnames: %d, erdogan %v", len(l.knownSurnames), l.knownSurnames["erdogan"])
	}
	for k := range l.knownSurnames {
		if stopWords[k] || calendar[k] || commonWords[k] || nameBreakers[k] || l.countries[k] != "" {
			t.Errorf("known surname %q is also a word that is never a name", k)
		}
	}
	// A given name must not be a word the extractor treats as never a name,
	// or it could never open a name.
	for g := range l.given {
		if stopWords[g] || calendar[g] || commonWords[g] {
			t.Errorf("given name %q is also a stop, calendar or common word", g)
		}
	}
}

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Shigeru Ishiba":       "shigeru-ishiba",
		"Joseph R. Biden Jr.":  "joseph-r-biden-jr",
		"Recep Tayyip Erdoğan": "recep-tayyip-erdogan",
		"O'Brien":              "obrien",
		"Jean-Pierre":          "jean-pierre",
		"Владимир":             "",
	} {
		if got := slugify(in); got != want {
			t.Errorf("slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"Japanese Prime Minister Shigeru Ishiba said. Ishiba's view.",
		"PRESIDENT BIDEN:  Thanks.\n\nMS. PSAKI: Hi.\n",
		"Lt. Gen. J. D. Smith Jr. and U.S. Sen. O'Brien-Smith.",
		"Pre\u00adsident Biden, President of the United States Joe Biden of the",
		"**MR. KIRBY:** \u2019s Q: THE PRESIDENT: al- bin . Mr. Mr.",
		"Prime Minister", "", "J.", "U.S.A.B.", "\xff\xfeMr. \xc3",
	} {
		f.Add(s, "")
		f.Add(s, "Remarks by President Biden")
	}
	f.Fuzz(func(t *testing.T, text, title string) {
		d := &extractors.Doc{Text: text, Title: title, Sentences: pipeline.SplitSentences(text)}
		r, err := Extractor.Run(d)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(text) {
			return // spans may then split invalid bytes; only panics matter
		}
		checkMentions(t, text, r.Mentions)
	})
}

// benchText generates a policy-like text of about n words with titles,
// names, repeats, labels and capitalised non-names.
func benchText(n int) string {
	paras := []string{
		"Japanese Prime Minister Shigeru Ishiba met President Joseph R. Biden Jr. at the White House on Tuesday, where the leaders discussed the Quad, AUKUS and the North Atlantic Treaty.",
		"Ishiba said the Hudson Institute and the UN Security Council had been briefed, and Biden agreed that the Indo-Pacific Economic Framework needed new members.",
		"PRIME MINISTER ISHIBA:  Thank you. We are grateful to Secretary of State Antony Blinken and Foreign Minister Penny Wong of Australia.",
		"Q  Mr. President, what about Camp David?",
		"THE PRESIDENT:  The Camp David summit built on the work of Maria Santos, who led the Joint Statement of Japan, the Republic of Korea and the United States.",
		"Critics in Europe warned that the Strategy for Critical and Emerging Technologies would cost billions; Blinken told reporters it would not.",
	}
	var b strings.Builder
	words := 0
	for i := 0; words < n; i++ {
		p := paras[i%len(paras)]
		b.WriteString(p)
		b.WriteString("\n\n")
		words += strings.Count(p, " ") + 1
	}
	return b.String()
}

func BenchmarkRun(b *testing.B) {
	text := benchText(20000)
	d := &extractors.Doc{Text: text, Sentences: pipeline.SplitSentences(text)}
	words := strings.Count(text, " ") + 1
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Extractor.Run(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func TestWellKnownSurnamesTakeTheFullName(t *testing.T) {
	tests := []struct {
		text string
		want string // entity of the first person mention
	}{
		{"President Biden spoke with allies on Monday.", "person:joe-biden"},
		{"Putin's war has entered its third year.", "person:vladimir-putin"},
		{"Prime Minister Ishiba met the press.", "person:shigeru-ishiba"},
		// A fuller name in the document wins over the table.
		{"Jill Biden wrote to teachers. Biden later thanked them.", "person:jill-biden"},
		{"Joe Biden and Jill Biden arrived. Biden spoke.", "person:joe-biden"},
		// An honorific of the other gender is someone else of that name.
		{"Mrs. Trump visited the school.", "person:trump"},
		// A surname that names someone only under certain titles.
		{"Prime Minister Johnson arrived in Canberra.", "person:boris-johnson"},
		{"Speaker Johnson scheduled a vote.", "person:mike-johnson"},
		{"Mr. Johnson arrived late.", "person:johnson"},
		{"Australian Prime Minister Johnson arrived.", "person:johnson"},
		{"Vice President Harris chaired the session; Harris then left.", "person:kamala-harris"},
		{"Secretary Austin and Secretary of Defense Austin are one man.", "person:lloyd-austin"},
		{"President Marcos hosted the leaders.", "person:ferdinand-marcos-jr"},
		{"President Biden and First Lady Biden waved.", "person:joe-biden"},
		{"First Lady Melania Trump thanked President Trump.", "person:melania-trump"},
		{"President Trump thanked First Lady Melania Trump.", "person:donald-trump"},
		{"Mrs. Biden and First Lady Biden waved.", "person:biden"},
		{"Dr. Biden visited a school.", "person:jill-biden"},
		// Full names in other written forms.
		{"President Donald J. Trump signed the order.", "person:donald-trump"},
		{"Donald Trump Jr. spoke at the rally.", "person:donald-trump-jr"},
		{"Robert F. Kennedy was killed in 1968.", "person:robert-f-kennedy"},
		{"Secretary Robert F. Kennedy Jr. testified.", "person:robert-f-kennedy-jr"},
		{"President Ferdinand R. Marcos Jr. hosted the leaders.", "person:ferdinand-marcos-jr"},
		{"Ferdinand E. Marcos ruled until 1986.", "person:ferdinand-e-marcos"},
		{"Prime Minister Kishida Fumio arrived.", "person:fumio-kishida"},
		{"President Yoon Suk-yeol arrived.", "person:yoon-suk-yeol"},
		{"Senator J.D. Vance spoke.", "person:jd-vance"},
		{"Secretary of Defense Lloyd J. Austin III testified.", "person:lloyd-austin"},
		{"Tony Blinken met the press.", "person:antony-blinken"},
		{"Ms. Valerie Biden spoke.", "person:valerie-biden"},
		{"Foreign Minister Sergei Lavrov replied.", "person:sergey-lavrov"},
		{"First Lady Jill Biden spoke. Dr. Biden thanked the teachers.", "person:jill-biden"},
	}
	for _, tt := range tests {
		res, err := Extractor.Run(&extractors.Doc{Text: tt.text, Sentences: pipeline.SplitSentences(tt.text)})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Mentions) == 0 || res.Mentions[0].Entity != tt.want {
			t.Errorf("%q: got %+v, want first entity %s", tt.text, res.Mentions, tt.want)
		}
	}
}

// TestPeopleTable finds every well-known person in a sentence, by the
// canonical name, by each written form, and by the bare surname with an
// honorific or with one of the titles that name them.
func TestPeopleTable(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	rows, err := readLines("data/people.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 200 {
		t.Errorf("only %d well-known people", len(rows))
	}
	first := func(text string) string {
		t.Helper()
		ms := extract(t, text)
		if len(ms) == 0 {
			return ""
		}
		return ms[0].Entity
	}
	for _, ln := range rows {
		f := strings.Split(ln.text, "\t")
		want := "person:" + extractors.Slug(f[0])
		forms := []string{f[0]}
		if f[3] != "-" {
			forms = append(forms, strings.Split(f[3], "|")...)
		}
		honor := map[string]string{"m": "Mr.", "f": "Ms."}[f[1]]
		for _, form := range forms {
			if neverName(form) {
				continue // "Bill Clinton", "Gen Nakatani": found by other forms only
			}
			if got := first("On Monday, " + form + " said the talks went well."); got != want && !initialsOnly(form) {
				t.Errorf("%q: got %q, want %s", form, got, want)
			}
			if got := first("On Monday, " + honor + " " + form + " spoke to reporters."); got != want {
				t.Errorf("%q with an honorific: got %q, want %s", form, got, want)
			}
		}
		for _, sn := range strings.Split(f[2], "|") {
			var texts []string
			switch f[4] {
			case "*":
				texts = []string{"Later, " + honor + " " + sn + " spoke."}
			case "-":
			default:
				for _, role := range strings.Split(f[4], "|") {
					texts = append(texts, "Later, "+role+" "+sn+" spoke.")
				}
			}
			for _, text := range texts {
				got := first(text)
				if got != want && !(strings.Contains(text, "Excellency") && got == "") {
					t.Errorf("%q: got %q, want %s", text, got, want)
				}
			}
		}
	}
	_ = l
}

func TestPeopleTableErrors(t *testing.T) {
	l := &lexicon{people: map[string][]*person{}}
	for _, tt := range []struct{ row, want string }{
		{"Jane Roe\tf\tRoe\t-\t*", "want name"},
		{"Jane Roe\tx\tRoe\t-\t*\tUS", "want name"},
		{"Jane Roe\tf\tRoe\tJohn Smith\t*\tUS", "no surname"},
		{"Jane Roe\tf\tRoe\t-\t*\tUSA", "alpha-2"},
		{"Jane Roe\tf\tRoe Doe\t-\t*\tUS", "not one word"},
	} {
		rows := []line{{1, tt.row}}
		if err := l.addPeople(rows); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want an error with %q", tt.row, err, tt.want)
		}
	}
	rows := []line{{1, "Jane Roe\tf\tRoe\t-\t*\tUS"}, {2, "John Roe\tm\tRoe\t-\t*\tGB"}}
	if err := l.addPeople(rows); err == nil || !strings.Contains(err.Error(), "alone already names") {
		t.Errorf("two people named by one surname alone: got %v", err)
	}
	l = &lexicon{people: map[string][]*person{}}
	rows = []line{{1, "Jane Roe\tf\tRoe\t-\tMayor\tUS"}, {2, "John Roe\tm\tRoe\t-\tMayor|Senator\tGB"}}
	if err := l.addPeople(rows); err == nil || !strings.Contains(err.Error(), "already names") {
		t.Errorf("two people named by one surname and title: got %v", err)
	}
}

// neverName reports whether a name holds a word the extractor never takes
// as a name word ("Bill", "Gen", "Jun").
func neverName(name string) bool {
	for _, w := range strings.Fields(name) {
		k := foldKey(w)
		if _, title := titles[k]; title || stopWords[k] || calendar[k] || commonWords[k] || nameBreakers[k] {
			return true
		}
	}
	return false
}

// initialsOnly reports whether a name has initials for given names ("JD
// Vance"); without a title such a name is not found.
func initialsOnly(name string) bool {
	w := strings.Fields(name)
	return len(w) > 1 && (strings.Contains(w[0], ".") || strings.ToUpper(w[0]) == w[0])
}

func TestDashOrQuoteRangeHoldsNoWordOrSpaceRune(t *testing.T) {
	for r := rune(0x2010); r <= 0x2027; r++ {
		if !isDashOrQuote(r) || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			t.Errorf("%U: the fast path of scanInto and isWordRune would misread it", r)
		}
	}
}
