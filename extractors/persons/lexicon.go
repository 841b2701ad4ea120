package persons

import (
	"bufio"
	"embed"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/polexhq/polex/extractors"
)

//go:embed data/given-names.txt data/countries.tsv data/known-surnames.txt data/people.tsv
var dataFS embed.FS

// lexicon holds the word lists the extractor reads. It is built once and
// read-only afterwards.
type lexicon struct {
	given         map[string]bool      // folded given names
	knownSurnames map[string]bool      // folded surnames that name a person alone
	people        map[string][]*person // folded surname -> the well-known people it names
	countries     map[string]string    // folded name (words joined by spaces) -> alpha-2
	// countryFirst holds the first word of every country name, so that
	// most words are ruled out with one lookup.
	countryFirst map[string]bool
	// countryPrefix holds every name of countries and each run of its
	// first words ("united", "united states"): the code of the country so
	// named, or "" for a run that only begins names.
	countryPrefix   map[string]string
	maxCountryWords int
	// flags says for each listed word which lists hold it, so the scan
	// looks a word up once and most tests on it cost no lookup.
	flags map[string]wordFlag
	// flagSlots holds flags again, hashed as a document's words are, so
	// that a word's hash serves both, with the key's bytes in the slot (see
	// keyWords): a lookup reads one slot, not an entry and a string.
	// Longer keys are in flags only. flagBits has bit keyHash>>16 set for
	// every key: most words no list holds are ruled out at once.
	flagSlots []flagSlot
	flagBits  [1 << 10]uint64
	// shortFlags holds the flags of the words of one to three small
	// letters, by shortIndex.
	shortFlags [shortWords]wordFlag
}

// flagSlot is a key of up to maxSlotKey bytes, as keyWords gives it, and
// its flags; n is 0 in an empty slot.
type flagSlot struct {
	a, b  uint64
	n     uint8
	flags wordFlag
}

const maxSlotKey = 16

// flagsOf returns the flags of key with hash h.
func (l *lexicon) flagsOf(key string, h uint32) wordFlag {
	a, b := keyWords(key)
	return l.flagsOfWords(key, a, b, h)
}

// flagsOfWords is flagsOf for a key whose keyWords are a, b.
func (l *lexicon) flagsOfWords(key string, a, b uint64, h uint32) wordFlag {
	if l.flagBits[h>>22]&(1<<(h>>16&63)) == 0 {
		return 0
	}
	if len(key) > maxSlotKey {
		return l.flags[key]
	}
	n := len(key)
	mask := len(l.flagSlots) - 1
	for i := slotOf(h, len(l.flagSlots)); ; i = (i + 1) & mask {
		sl := &l.flagSlots[i]
		if sl.n == 0 {
			return 0
		}
		if int(sl.n) == n && sl.a == a && sl.b == b {
			return sl.flags
		}
	}
}

// wordFlag marks the word lists a folded word belongs to.
type wordFlag uint16

const (
	fTitle wordFlag = 1 << iota
	fSkipBeforeTitle
	fParticle
	fStop
	fCalendar
	fPlacePrefix
	fCountryFirst
	fThe
	fGiven   // a given name
	fNotName // notName: never a word of a name
	fDot     // a dotWords word: takes the dot that follows it
)

// buildFlags fills l.flags from the word lists.
func (l *lexicon) buildFlags() {
	l.flags = map[string]wordFlag{"the": fThe}
	for k := range titles {
		l.flags[k] |= fTitle
	}
	for f, m := range map[wordFlag]map[string]bool{fSkipBeforeTitle: skipBeforeTitle, fParticle: particles,
		fStop: stopWords, fCalendar: calendar, fPlacePrefix: placePrefixes, fCountryFirst: l.countryFirst} {
		for k := range m {
			l.flags[k] |= f
		}
	}
	for k := range l.given {
		l.flags[k] |= fGiven
	}
	for k := range dotWords {
		l.flags[k] |= fDot
	}
	// Every word notName rules out is in one of these lists.
	for _, m := range []map[string]bool{stopWords, calendar, nameBreakers, commonWords, postNominals} {
		for k := range m {
			l.flags[k] |= fNotName
		}
	}
	for k := range l.countries {
		if !l.given[k] {
			l.flags[k] |= fNotName
		}
	}
	size := 512
	for size < 2*len(l.flags) {
		size <<= 1
	}
	l.flagSlots = make([]flagSlot, size)
	for k, f := range l.flags {
		h := keyHash(k)
		l.flagBits[h>>22] |= 1 << (h >> 16 & 63)
		if ix, ok := shortIndex(k); ok {
			l.shortFlags[ix] = f
		}
		if len(k) > maxSlotKey || f == 0 {
			continue
		}
		a, b := keyWords(k)
		i := slotOf(h, size)
		for l.flagSlots[i].n != 0 {
			i = (i + 1) & (size - 1)
		}
		l.flagSlots[i] = flagSlot{a: a, b: b, n: uint8(len(k)), flags: f}
	}
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

func getLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lex, lexErr = loadLexicon() })
	return lex, lexErr
}

var alpha2RE = regexp.MustCompile(`^[A-Z]{2}$`)

// person is a well-known person of data/people.tsv.
type person struct {
	name    string     // canonical name; the id is its slug
	gender  string     // "m" or "f"
	country string     // alpha-2 of the person's office, or ""
	forms   []nameForm // the canonical name and the other written forms
	alone   bool       // the bare surname names the person whatever the title
	roles   map[string]bool
}

// nameForm is one written form of a well-known person's full name.
type nameForm struct {
	givenFirst  string // key of the first given name ("joseph"), or ""
	given       string // keys of all given names, joined without spaces or hyphens ("sukyeol")
	initials    string // keys of the initials, joined ("r", "jd")
	suffix      string // key of the suffix ("jr"), or ""
	familyFirst bool   // the surname comes before the given names ("Xi Jinping")
}

// parseNameForm splits a written full name into given names, initials and
// suffix; the surname is whichever word is one of surnames.
func parseNameForm(name string, surnames map[string]bool) (nameForm, bool) {
	var f nameForm
	found := false
	toks := scan(name, nil)
	for k, t := range toks {
		if !t.word {
			continue
		}
		next := k+1 < len(toks) && toks[k+1].word && toks[k+1].shape == shapeTitle
		switch key := stripParticle(t.key); {
		case suffixes[t.key]:
			f.suffix = t.key
		case particles[t.key]:
		case t.shape == shapeInitial || t.acronym || t.shape == shapeUpper && len(t.key) == 2 && next:
			f.initials += t.key
		case surnames[key] && !found:
			found = true
			f.familyFirst = f.givenFirst == "" && f.initials == ""
		default:
			if f.givenFirst == "" {
				f.givenFirst = t.key
			}
			f.given += strings.ReplaceAll(t.key, "-", "")
		}
	}
	return f, found
}

// loadPeople reads data/people.tsv into l.people.
func (l *lexicon) loadPeople() error {
	rows, err := readLines("data/people.tsv")
	if err != nil {
		return err
	}
	return l.addPeople(rows)
}

// addPeople adds the rows of a people table to l.people.
func (l *lexicon) addPeople(rows []line) error {
	names := map[string]bool{}
	for _, ln := range rows {
		f := strings.Split(ln.text, "\t")
		if len(f) != 6 || f[0] == "" || (f[1] != "m" && f[1] != "f") || f[2] == "" || f[3] == "" || f[4] == "" || f[5] == "" {
			return fmt.Errorf("people.tsv:%d: want name, m or f, surnames, other forms or -, * or - or titles, country or -: %q", ln.no, ln.text)
		}
		if names[f[0]] || extractors.Slug(f[0]) == "" {
			return fmt.Errorf("people.tsv:%d: %q listed twice or has no slug", ln.no, f[0])
		}
		names[f[0]] = true
		p := &person{name: f[0], gender: f[1], alone: f[4] == "*", roles: map[string]bool{}}
		if f[5] != "-" {
			if !alpha2RE.MatchString(f[5]) {
				return fmt.Errorf("people.tsv:%d: country %q is not an alpha-2 code", ln.no, f[5])
			}
			p.country = f[5]
		}
		if f[4] != "*" && f[4] != "-" {
			for _, r := range strings.Split(f[4], "|") {
				if r == "" {
					return fmt.Errorf("people.tsv:%d: empty title", ln.no)
				}
				p.roles[strings.ToLower(r)] = true
			}
		}
		surnames := map[string]bool{}
		for _, sn := range strings.Split(f[2], "|") {
			k := stripParticle(foldKey(sn))
			if k == "" || strings.ContainsAny(k, " \t") {
				return fmt.Errorf("people.tsv:%d: surname %q is not one word", ln.no, sn)
			}
			surnames[k] = true
		}
		written := []string{f[0]}
		if f[3] != "-" {
			written = append(written, strings.Split(f[3], "|")...)
		}
		for _, w := range written {
			nf, ok := parseNameForm(w, surnames)
			if !ok || nf.givenFirst == "" && nf.initials == "" {
				return fmt.Errorf("people.tsv:%d: %q has no surname of column 3 or no given name", ln.no, w)
			}
			p.forms = append(p.forms, nf)
		}
		for k := range surnames {
			// Two people may share a surname only if titles tell them
			// apart: at most one is named by it alone, and no title
			// names both.
			for _, o := range l.people[k] {
				if o.alone && p.alone {
					return fmt.Errorf("people.tsv:%d: surname %q alone already names %s", ln.no, k, o.name)
				}
				for r := range p.roles {
					if o.roles[r] {
						return fmt.Errorf("people.tsv:%d: %q with title %q already names %s", ln.no, k, r, o.name)
					}
				}
			}
			l.people[k] = append(l.people[k], p)
		}
	}
	return nil
}

func loadLexicon() (*lexicon, error) {
	l := &lexicon{given: map[string]bool{}, knownSurnames: map[string]bool{}, people: map[string][]*person{}, countries: map[string]string{}, countryFirst: map[string]bool{}}
	if err := l.loadPeople(); err != nil {
		return nil, err
	}
	names, err := readLines("data/given-names.txt")
	if err != nil {
		return nil, err
	}
	for _, ln := range names {
		k := foldKey(ln.text)
		if strings.ContainsAny(k, " \t") || k == "" {
			return nil, fmt.Errorf("given-names.txt:%d: %q is not one word", ln.no, ln.text)
		}
		if l.given[k] {
			return nil, fmt.Errorf("given-names.txt:%d: %q listed twice", ln.no, ln.text)
		}
		l.given[k] = true
	}
	surnames, err := readLines("data/known-surnames.txt")
	if err != nil {
		return nil, err
	}
	// Spellings with and without diacritics ("Orbán", "Orban") fold to
	// one key; only a name written twice the same way is an error.
	written := map[string]bool{}
	for _, ln := range surnames {
		k := foldKey(ln.text)
		if strings.ContainsAny(k, " \t") || k == "" {
			return nil, fmt.Errorf("known-surnames.txt:%d: %q is not one word", ln.no, ln.text)
		}
		if written[ln.text] {
			return nil, fmt.Errorf("known-surnames.txt:%d: %q listed twice", ln.no, ln.text)
		}
		written[ln.text] = true
		l.knownSurnames[k] = true
	}
	rows, err := readLines("data/countries.tsv")
	if err != nil {
		return nil, err
	}
	for _, ln := range rows {
		name, code, ok := strings.Cut(ln.text, "\t")
		if !ok || name == "" || !alpha2RE.MatchString(code) {
			return nil, fmt.Errorf("countries.tsv:%d: want NAME<TAB>ALPHA2, got %q", ln.no, ln.text)
		}
		k := foldPhrase(name)
		if prev, dup := l.countries[k]; dup {
			return nil, fmt.Errorf("countries.tsv:%d: %q listed twice (%s, %s)", ln.no, name, prev, code)
		}
		l.countries[k] = code
		first, _, _ := strings.Cut(k, " ")
		l.countryFirst[first] = true
		l.maxCountryWords = max(l.maxCountryWords, strings.Count(k, " ")+1)
	}
	l.countryPrefix = map[string]string{}
	for k := range l.countries {
		words := strings.Split(k, " ")
		for m := 1; m < len(words); m++ {
			if p := strings.Join(words[:m], " "); l.countryPrefix[p] == "" {
				l.countryPrefix[p] = ""
			}
		}
	}
	for k, code := range l.countries {
		l.countryPrefix[k] = code
	}
	l.buildFlags()
	return l, nil
}

type line struct {
	no   int
	text string
}

// readLines returns the non-empty, non-comment lines of an embedded file.
func readLines(name string) ([]line, error) {
	f, err := dataFS.Open(name)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", name, err)
	}
	defer f.Close()
	var out []line
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		out = append(out, line{n, t})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return out, nil
}

// foldPhrase folds a multi-word name the way scan folds words, joining the
// word keys with single spaces.
func foldPhrase(s string) string {
	toks := scan(s, nil)
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.word {
			keys = append(keys, t.key)
		}
	}
	return strings.Join(keys, " ")
}

// set builds a lookup set from space-separated words (folded).
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[foldKey(w)] = true
	}
	return m
}

// titleWord describes a word that can be part of a title before a name.
type titleWord struct {
	canon string // as written in a role ("Minister", "General" for "Gen.")
	head  bool   // the word can end a title ("Minister"); otherwise it only modifies one ("Prime")
	lower bool   // the word is a title cue even when written in lower case
	abbr  bool   // an abbreviation: a title only when capitalised
}

// titles are the words of titles and honorifics. A title is a run of these
// words ending in a head: "Prime Minister", "Lt. Gen.", "Secretary General".
var titles = func() map[string]titleWord {
	m := map[string]titleWord{}
	// A word listed twice keeps the first canonical form; it is a head
	// if either listing says so.
	add := func(head, lower bool, words ...string) {
		for _, w := range words {
			k := foldKey(w)
			tw, ok := m[k]
			if !ok {
				tw = titleWord{canon: w}
			}
			tw.head = tw.head || head
			tw.lower = tw.lower || lower
			m[k] = tw
		}
	}
	// Heads that also cue a name when written in lower case ("former
	// prime minister Shinzo Abe").
	add(true, true, "General", "Admiral", "Colonel", "Captain", "Lieutenant", "Sergeant",
		"Commander", "Commodore", "Corporal", "Marshal", "Brigadier", "Chairman", "Chairwoman",
		"King", "Queen", "Prince", "Princess", "Emperor", "Pope", "Sheikh", "Mayor", "Rabbi",
		"Imam", "Bishop", "Cardinal", "Archbishop", "Pastor", "Ensign", "Airman", "Seaman")
	add(true, true, "President", "Minister", "Secretary", "Secretary-General", "Chancellor",
		"Premier", "Senator", "Ambassador", "Governor", "Congressman", "Congresswoman",
		"Spokesman", "Spokeswoman", "Spokesperson", "Envoy", "Adviser", "Advisor",
		"Commissioner", "Director-General", "Undersecretary", "Vice-President")
	// Plural titles before a list of names ("Senators Schumer and
	// McConnell"): the role is kept plural, as written.
	add(true, false, "Presidents", "Ministers", "Senators", "Representatives", "Governors",
		"Secretaries", "Ambassadors", "Generals", "Judges", "Justices", "Drs", "Messrs")
	// Heads that cue a name only when capitalised ("General Assembly" is
	// caught by the keyword lists, "a general Idea" never is).
	add(true, false, "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Pope",
		"Representative", "Speaker", "Mayor", "General", "Admiral", "Colonel", "Captain",
		"Lieutenant", "Sergeant", "Corporal", "Commander", "Marshal", "Brigadier",
		"Chairman", "Chairwoman", "Chairperson", "Chair", "Director", "Administrator",
		"Justice", "Judge", "Sheikh", "Sheik", "Emir", "Sultan", "Ayatollah", "Imam",
		"Cardinal", "Bishop", "Archbishop", "Reverend", "Sir", "Dame", "Lord", "Baroness",
		"Baron", "Professor", "Madam", "Madame", "Monsieur", "Leader", "Chief", "Officer",
		"Delegate", "Attorney", "Councillor", "Councilor", "Councilmember", "Superintendent",
		"Inspector", "Sergeant-Major", "Lady", "Gentleman", "Doctor", "Coach", "Excellency",
		"Majesty", "Highness", "Father", "Mother", "Brother", "Sister",
		"Coordinator", "Counselor", "Counsellor", "Minister-President", "Deputy")
	// Modifiers: part of a title only before a head.
	add(false, true, "Prime", "Vice", "Foreign", "Defense", "Defence", "Home", "Finance",
		"Trade", "Interior", "Acting", "Assistant", "Principal", "Permanent",
		"Senior", "Special", "National", "Security", "Press", "Executive", "Economy",
		"Commerce", "Treasury", "Energy", "Health", "Education", "Justice", "Agriculture",
		"Transport", "Transportation", "Labor", "Labour", "Environment", "Cabinet",
		"Homeland", "State", "Army", "Navy", "Air", "Force", "Majority", "Minority",
		"Opposition", "Party", "First", "Field", "Rear", "Major", "Staff", "High",
		"Supreme", "Grand", "Surgeon", "Managing", "Intelligence", "Climate", "Crown", "Warrant", "Second",
		"Petty", "Flight", "Wing", "Squadron", "Group", "Master", "Command", "Staff")
	// Abbreviations, canonical in full; a dot may follow.
	abbr := func(short, canon string, head bool) {
		m[foldKey(short)] = titleWord{canon: canon, head: head, abbr: true}
	}
	for _, a := range [][2]string{
		{"Mr", "Mr."}, {"Mrs", "Mrs."}, {"Ms", "Ms."}, {"Mx", "Mx."}, {"Dr", "Dr."},
		{"Prof", "Professor"}, {"Gen", "General"}, {"Col", "Colonel"}, {"Capt", "Captain"},
		{"Cpt", "Captain"}, {"Sgt", "Sergeant"}, {"Adm", "Admiral"}, {"Sen", "Senator"},
		{"Rep", "Representative"}, {"Gov", "Governor"}, {"Amb", "Ambassador"},
		{"Cmdr", "Commander"}, {"Cdr", "Commander"}, {"Pres", "President"},
		{"Rev", "Reverend"}, {"Hon", "Honourable"}, {"Supt", "Superintendent"},
		{"Insp", "Inspector"}, {"Cpl", "Corporal"}, {"Pvt", "Private"}, {"Spc", "Specialist"},
		{"Sec", "Secretary"}, {"Fr", "Father"}, {"Messrs", "Messrs."}, {"Mme", "Mme"}, {"Sheik", "Sheikh"},
	} {
		abbr(a[0], a[1], true)
	}
	for _, a := range [][2]string{{"Lt", "Lieutenant"}, {"Maj", "Major"}, {"Brig", "Brigadier"}, {"Lieut", "Lieutenant"}} {
		abbr(a[0], a[1], false)
	}
	// "Lt. Gen." ends at Gen; "Maj." alone is a head too ("Maj. Smith").
	m["maj"] = titleWord{canon: "Major", head: true, abbr: true}
	m["lt"] = titleWord{canon: "Lieutenant", head: true, abbr: true}
	return m
}()

// titleDomains may follow "of"/"for" inside a title: "Secretary of State",
// "Minister for Foreign Affairs", "Chief of Staff".
var titleDomains = set(`State Defense Defence Foreign Affairs Treasury Staff Commerce Energy
	Homeland Security Health Education Trade Finance Justice Interior Agriculture Labor Labour
	Transportation Transport Veterans Housing Environment Home External National Economy Industry
	Army Navy Air Force Naval Operations Defence Intelligence Development Culture Science
	Technology Information Communications Immigration Climate Change Public Works Social
	International Economic Cooperation Planning Internal Human Services Urban Resources
	Natural Mines Fisheries Tourism Infrastructure Digital Women Youth Sport Sports Legal
	Policy Management Budget Office Joint Chiefs Mission`)

// skipBeforeTitle are words before a title that are not part of the role.
var skipBeforeTitle = set(`former then late incoming outgoing current new sitting acting`)

// particles are lower-case words inside names ("Ursula von der Leyen").
var particles = set(`al el bin ibn bint de del della der den di da dos das du la le van von ter ten y`)

// suffixes end a name and are part of it; postNominals end it and are not.
var (
	suffixes     = set(`Jr Sr II III IV`)
	postNominals = set(`KC QC MP MEP OBE CBE KBE MBE DBE PhD MD Esq CMG KCMG GCMG AO AC`)
)

// surnameWords are words that rule a run out in general but end a name
// right after a given name ("Kanye West", "Buddy Rich").
var surnameWords = set(`West North South East Little Young Rich Strong Love Long Black White Brown
	Green Gray Grey Price Marsh Moore More Bush Rice Wise Hunt Cook Power Powers Day Booth`)

// saidVerbs after a capitalised run are evidence for a person ("Jane Doe said").
var saidVerbs = set(`said says told added explained argued noted wrote stated warned insisted
	replied recalled claimed declared stressed urged tweeted acknowledged remarked commented
	emphasized emphasised asserted observed suggested conceded admitted`)

// stopWords are never part of a name: function words, pronouns, auxiliaries,
// and words that open sentences or headings.
var stopWords = set(`I Me My Mine We Us Our Ours You Your He Him His She Her Hers It Its They Them
	Their Theirs Myself Himself Herself Itself Ourselves Themselves Yourself
	The A An This That These Those And Or But Nor Of For In On At By With From To Into Onto Upon
	About Above Across After Against Along Amid Amidst Among Amongst Around As Before Behind Below
	Beneath Beside Besides Between Beyond During Except Inside Near Off Over Since Through
	Throughout Toward Towards Under Until Unlike Via Within Without Per Despite Regarding
	If When Where While Whereas Although Though Because So Yet Also Furthermore Moreover However
	Additionally Meanwhile Therefore Thus Hence Indeed Instead Otherwise Still Even Just Only
	Today Tonight Tomorrow Yesterday Here There Now Then Not No Yes All Any Each Every Some Many
	Much Most More Less Other Another Such Both Either Neither Few Several Who Whom Whose What
	Which Why How Whatever Whoever Is Are Was Were Be Been Being Am Has Have Had Do Does Did
	Will Would Shall Should Can Could May Might Must Let Please Thank Thanks Dear Hello Hi Well
	Okay OK Oh Q A Re Cc Note Please Sincerely Respectfully Whereas Hereby Whereof Ladies Gentlemen
	Everyone Everybody Nobody Someone Somebody Anyone Folks Friends Together Again Always Never
	First Second Third Fourth Fifth Last Next Final Finally One Two Three Four Five Six Seven
	Eight Nine Ten Hundred Thousand Million Billion Trillion Once Twice Ago Like Likewise
	Although According Including Following Regarding Concerning Excluding Given Whether`)

// calendar words.
var calendar = set(`January February March April May June July August September October November
	December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday
	Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Spring Summer Autumn Fall
	Winter Christmas Easter Ramadan Eid Diwali Hanukkah Thanksgiving Passover`)

// nameBreakers are capitalised words that are never a person's name and
// mark a capitalised run as an organisation, place, document, event or
// group: a run that touches one is not a name ("George Washington
// University", "Camp David", "Ishiba Cabinet").
var nameBreakers = set(`Institute Institution University College School Academy Council Committee
	Commission Ministry Department Agency Bureau Office Administration Authority Board Bank Fund
	Foundation Trust Corporation Company Group Association Organization Organisation Union League
	Party Alliance Forum Dialogue Summit Conference Assembly Parliament Congress Senate House Court
	Tribunal Army Navy Force Forces Corps Guard Guards Command Police Service Services Center
	Centre Initiative Partnership Partnerships Program Programme Project Network Coalition
	Federation Society Club Times Post News Journal Media Inc Ltd Corp Co LLC PLC GmbH Airlines
	Airways Motors Technologies Systems Holdings Industries Group Capital Partners Labs Cabinet
	Government Ministry Embassy Consulate Mission Delegation Secretariat Directorate Division
	Brigade Battalion Regiment Fleet Squadron Wing Unit Team Staff Quartet Caucus Council
	Street Avenue Road Boulevard Lane Highway River Lake Sea Ocean Bay Gulf Strait Straits
	Channel Island Islands Mountain Mountains Mount Mt Valley Hill Hills Harbor Harbour Port
	Airport Station Bridge Park Square Palace Hall Castle Tower Building Plaza City County
	Province Prefecture State States Region District Territory Territories Republic Kingdom
	Empire Emirate Emirates Peninsula Basin Desert Plain Plains Coast Cape Canal Camp Fort Base
	Camp Village Town Capitol Garden Gardens Zone Corridor Pass Heights Falls Springs Beach
	Shoal Shoals Reef Reefs Atoll Archipelago Sound Creek Ridge Canyon Plateau Delta Lagoon Glacier
	Hotel Hotels Casino Resort Dock Docks Pier Playfield Cups Trophy Radio Television TV Channel
	Sentinel Herald Tribune Gazette Chronicle Telegraph Guardian Observer Daily Magazine Records
	Studios Pictures Productions Band Orchestra Choir Ensemble Foods Pharmaceuticals Airlines
	Petroleum Oil Pharma Electric Steel Chemical Chemicals Mining Ventures Strategies Consulting
	Solutions Insurance Logistics Shipping Semiconductor Motor Automotive Tract Neighborhood
	Neighbourhood Residence Residences Estate Estates Farm Farms Ranch Mill Mills Works
	Parkway Expressway Freeway Turnpike Drive Ballpark Field Fields Survey Laboratory Laboratories
	Treaty Treaties Convention Agreement Agreements Accord Accords Declaration Protocol Charter
	Act Law Resolution Statement Statements Strategy Plan Doctrine Framework Mechanism Compact
	Pact Communique Memorandum Guidelines Principles Code Rules Regulation Directive Order
	Proclamation Report Review Outlook Vision Roadmap Agenda Budget Bill Amendment Constitution
	Award Awards Prize Medal Cup Championship Championships Olympics Games Open Festival Expo
	War Wars Revolution Crisis Conflict Operation Campaign Offensive Battle Massacre Uprising
	Church Cathedral Temple Mosque Synagogue Shrine Hospital Clinic Museum Library Stadium
	Arena Theatre Theater Gallery Prison Cemetery Memorial Monument Square Market Exchange
	Index Dollar Dollars Euro Yen Act Day Week Month Year Era Age Century Decade Month
	Declaration Summit Session Meeting Talks Forum Event Conference Symposium Workshop Seminar
	Remarks Readout Briefing Call Address Speech Statement Interview Transcript Release
	Sheet Fact Factsheet Update Notice Announcement Bulletin Letter Message Proclamation
	Excellency Excellencies Majesty Highness Honor Honour Eminence Holiness
	Democrats Republicans Democrat Republican Conservatives Liberals Labour Tories Greens
	Islands Affairs Relations Studies Sciences Research Policy Security Defense Defence
	Cooperation Development Economic Economy Trade Energy Climate Health Nuclear Maritime
	Strategic International National Global Regional Joint Federal Royal Imperial Supreme
	Central Northern Southern Eastern Western North South East West Upper Lower Greater
	Middle Far Near New Old Great Little Grand Saint St San Santa Sao Los Las Del Lake
	Muslim Muslims Islamic Islam Jewish Jews Catholic Catholics Protestant Orthodox Sunni
	Shia Shiite Kurd Kurds Kurdish Arab Arabs Arabic Asian Asians European Europeans African
	Africans Latin Hispanic Pacific Atlantic Arctic Antarctic Baltic Nordic Slavic Persian
	Western Eastern Asia Europe Africa Americas Oceania Indo-Pacific Eurasia Caribbean Balkans
	Sahel Mideast Gaza Crimea Donbas Kashmir Tibet Xinjiang Hong Kong Macau Taiwan
	English Internet Web Covid COVID-19 Coronavirus God Allah Christ
	Kuala Lumpur Buenos Aires Phnom Penh Dhabi Tel Aviv Hong Kong Ho Chi Minh Rio Janeiro Sao Paulo Bible Koran
	Quran Gospel Heaven Earth Moon Sun Mars Space Ukraine Russia Europe America Americans`)

// commonWords are capitalised words of headings and sentence openings that
// are not names; a run stops before them ("President Trump Secures ...").
var commonWords = set(`Announces Announcing Announced Welcomes Welcoming Secures Securing Signs Signing
	Meets Meeting Hosts Hosting Visits Visiting Delivers Delivering Launches Launching Calls
	Calling Holds Holding Speaks Speaking Travels Traveling Celebrates Honors Honoring Marks
	Marking Commemorates Nominates Nominating Appoints Names Approves Declares Declaring
	Releases Issues Unveils Urges Takes Taking Continues Makes Builds Building Advances
	Advancing Strengthens Strengthening Protects Protecting Expands Expanding Lowers Lowering
	Delivers Invests Investing Creates Creating Ends Ending Restores Restoring Supports
	Supporting Condemns Discusses Reaffirms Joins Returns Statement Remarks Readout Background
	Press Briefing Release Announcement Historic Historical Executive Memorandum Fact Sheet
	Joint Leaders Leaders’ Vision Commitment Commitments Outlook Working Senior Officials
	Official Moderator Operator Audience Member Members Participant Participants Question
	Questions Answer Answers Update Subject Section Article Articles Chapter Part Annex
	Appendix Table Figure Page Vol Volume Number Keynote Opening Closing Welcome Introduction
	Conclusion Summary Overview Highlights Key Additional Further General Other Related
	Full Text Transcript Video Photo Watch Read Listen Live Breaking Latest Exclusive Special
	Analysis Opinion Editorial Commentary Comment Comments Response Responses Reaction
	Our Your Their Toward Towards Building Ensuring Promoting Enhancing Deepening Improving
	Reducing Increasing Addressing Combating Countering Preventing Responding Achieving
	Accelerating Fostering Harnessing Investing Leveraging Mobilizing Modernizing Unleashing
	Making Keeping Lowering Protecting Bringing Putting Getting Helping Giving Fighting
	Defending Standing Growing Rebuilding Restoring Revitalizing Holding Investment
	Infrastructure Technology Technologies Critical Emerging Cyber Humanitarian Democracy
	Human Rights Freedom Peace Prosperity Stability Future Resilience Innovation Supply
	Chain Chains Clean Free Open Secure Safe Stable Sustainable Inclusive Resilient Prosperous
	Peaceful Indo Bilateral Trilateral Multilateral Quadrilateral Partners Partner Allies
	Ally Nations Countries Country People Peoples Citizens Americans Workers Families Women
	Men Children Youth Students Veterans Troops Soldiers Forces Military Defense Public
	Private Sector Industry Industrial Manufacturing Economic Financial Fiscal Monetary
	Federal Local Tribal Rural Urban Medical Health Care Insurance Tax Taxes Jobs Job Wages
	Costs Prices Energy Oil Gas Power Water Food Climate Environmental Ocean Oceans Land Air
	Sea Space Digital Data Artificial Intelligence Quantum Semiconductor Semiconductors
	Vaccine Vaccines Pandemic Disease Diseases Education Training Research Science Sciences
	Provisions Definitions Purpose Purposes Findings Authorization Authorizations Appropriations
	Amendments Effective Subtitle Title Sec Monitor Monitors Inspector Inspectors Auditor
	Extraordinary Plenipotentiary Implementation Diversity Inclusion Revenue Internal
	Nominee Nominees Appointee Designate Candidate Candidates Felony Crimes Criminal Civil
	Prosecuting Prosecutor Prosecutors Defender Defenders Appeals Circuit Magistrate Bankruptcy
	United Unified Combined Allied Associated Affiliated Acting Interim Emeritus
	Domestic Political Equity Diplomacy Diplomatic Founding Founders Founder Counsel Counselor
	Mr Mrs Ms Madam Sir Excellency Majesty Aide Aides Narrator Interpreter Translator Host
	Panelist Panelists Reporter Reporters Journalist Voice Voices Crowd Attendee Student Teacher
	Speaker Spokesperson Unidentified Unknown Inaudible Crosstalk Laughter Applause
	Schedule Schedules Aboard En Route`)
