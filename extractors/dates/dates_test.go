package dates

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/polexhq/polex/extractors"
	"github.com/polexhq/polex/extractors/gazetteer"
	"github.com/polexhq/polex/internal/randtext"
)

// m is an expected mention: its text, value, type and mod.
type m struct{ text, val, typ, mod string }

func (x m) String() string { return fmt.Sprintf("%q=%s/%s/%s", x.text, x.val, x.typ, x.mod) }

func found(text, ref string) []m {
	var out []m
	for _, x := range Find(text, ref) {
		out = append(out, m{text[x.Start:x.End], x.Value, x.TimexType, x.Mod})
	}
	return out
}

// ref is a Wednesday.
const ref = "2024-09-25"

var golden = []struct {
	name, text, ref string
	want            []m
}{
	// Full dates.
	{"month day year", "On September 25, 2024, he wrote an essay.", ref, []m{{"September 25, 2024", "2024-09-25", "DATE", ""}}},
	{"day month year", "The visit began on 25 September 2024 in Tokyo.", ref, []m{{"25 September 2024", "2024-09-25", "DATE", ""}}},
	{"abbreviated month", "The deadline passed on Sept. 20.", ref, []m{{"Sept. 20", "2024-09-20", "DATE", ""}}},
	{"ordinal of month", "It was signed on the 4th of July.", ref, []m{{"the 4th of July", "2024-07-04", "DATE", ""}}},
	{"ordinal day month", "It was signed on 4th July 1776.", ref, []m{{"4th July 1776", "1776-07-04", "DATE", ""}}},
	{"iso", "The file is dated 2024-09-25.", ref, []m{{"2024-09-25", "2024-09-25", "DATE", ""}}},
	{"numeric us", "Filed 9/25/2024 by the clerk.", ref, []m{{"9/25/2024", "2024-09-25", "DATE", ""}}},
	{"weekday and date", "The summit opened on Monday, September 23, 2024.", ref, []m{{"Monday, September 23, 2024", "2024-09-23", "DATE", ""}}},
	{"day range", "Talks ran September 25–27, 2024 in Geneva.", ref, []m{{"September 25", "2024-09-25", "DATE", ""}, {"27, 2024", "2024-09-27", "DATE", ""}}},
	// Months and years.
	{"month year", "Inflation peaked in June 2022.", ref, []m{{"June 2022", "2022-06", "DATE", ""}}},
	{"month alone", "Elections are held in November.", ref, []m{{"November", "2024-11", "DATE", ""}}},
	{"month last year", "The accord lapsed in July last year.", ref, []m{{"July last year", "2023-07", "DATE", ""}}},
	{"year", "AUKUS was established in 2021.", ref, []m{{"2021", "2021", "DATE", ""}}},
	{"spoken year", "It began in nineteen ninety-six.", ref, []m{{"nineteen ninety-six", "1996", "DATE", ""}}},
	{"year range", "Budgets rose over 2019–2021.", ref, []m{{"2019", "2019", "DATE", ""}, {"2021", "2021", "DATE", ""}}},
	{"day range months", "Flooding lasted from October 30 to November 2, 2021.", ref, []m{{"October 30", "2021-10-30", "DATE", ""}, {"November 2, 2021", "2021-11-02", "DATE", ""}}},
	{"month range", "The trial ran from March to May 2024.", ref, []m{{"March", "2024-03", "DATE", ""}, {"May 2024", "2024-05", "DATE", ""}}},
	// Decades, centuries, quarters, halves, seasons, fiscal years.
	{"decade", "Growth was slow in the 1990s.", ref, []m{{"the 1990s", "199", "DATE", ""}}},
	{"early decade", "It started in the early 2000s.", ref, []m{{"the early 2000s", "200", "DATE", "START"}}},
	{"century words", "This is a challenge of the twenty-first century.", ref, []m{{"the twenty-first century", "20", "DATE", ""}}},
	{"century digits", "a 19th-century treaty", ref, []m{{"19th-century", "18", "DATE", ""}}},
	{"quarter code", "Exports fell in Q3 2024.", ref, []m{{"Q3 2024", "2024-Q3", "DATE", ""}}},
	{"quarter words", "Exports fell in the third quarter of 2023.", ref, []m{{"the third quarter of 2023", "2023-Q3", "DATE", ""}}},
	{"quarter no year", "Output data for the fourth quarter.", ref, []m{{"the fourth quarter", "2024-Q4", "DATE", ""}}},
	{"quarter no year past", "Output rose in the fourth quarter.", ref, []m{{"the fourth quarter", "2023-Q4", "DATE", ""}}},
	{"half", "Deliveries start in the first half of 2025.", ref, []m{{"the first half of 2025", "2025-H1", "DATE", ""}}},
	{"mid year", "The base opens by mid-2025.", ref, []m{{"mid-2025", "2025", "DATE", "MID"}}},
	{"early year", "Talks resume in early 2025.", ref, []m{{"early 2025", "2025", "DATE", "START"}}},
	{"late month", "The storm hit in late August.", ref, []m{{"late August", "2024-08", "DATE", "END"}}},
	{"end of year", "Troops leave by the end of 2024.", ref, []m{{"the end of 2024", "2024", "DATE", "END"}}},
	{"season year", "The offensive came in the summer of 2023.", ref, []m{{"the summer of 2023", "2023-SU", "DATE", ""}}},
	{"season relative", "Prices rose last winter.", ref, []m{{"last winter", "2023-WI", "DATE", ""}}},
	{"fiscal", "The FY2025 budget and fiscal year 2026 plans.", ref, []m{{"FY2025", "2025", "DATE", ""}, {"fiscal year 2026", "2026", "DATE", ""}}},
	// Weekdays, times, named days.
	{"weekday past", "The minister resigned on Monday.", ref, []m{{"Monday", "2024-09-23", "DATE", ""}}},
	{"weekday future", "The minister will resign on Friday.", ref, []m{{"Friday", "2024-09-27", "DATE", ""}}},
	{"next weekday", "They meet next Tuesday.", ref, []m{{"next Tuesday", "2024-10-01", "DATE", ""}}},
	{"clock time", "The statement came at 5:01 P.M. EDT.", ref, []m{{"5:01 P.M. EDT", "2024-09-25T17:01", "TIME", ""}}},
	{"time and day", "The ceasefire will start at noon Thursday.", ref, []m{{"noon Thursday", "2024-09-26T12:00", "TIME", ""}}},
	{"approx time", "Shots rang out around 7:15 p.m. yesterday.", ref, []m{{"around 7:15 p.m. yesterday", "2024-09-24T19:15", "TIME", "APPROX"}}},
	{"part of day", "He spoke this morning and will fly tonight.", ref, []m{{"this morning", "2024-09-25TMO", "TIME", ""}, {"tonight", "2024-09-25TNI", "TIME", ""}}},
	{"holiday", "Troops should be home by Christmas.", ref, []m{{"Christmas", "2024-12-25", "DATE", ""}}},
	// Durations.
	{"duration words", "just six days before his inauguration", ref, []m{{"six days", "P6D", "DURATION", ""}}},
	{"duration digits", "a deal valid for 18 months", ref, []m{{"18 months", "P18M", "DURATION", ""}}},
	{"duration more than", "an alliance of more than 70 years", ref, []m{{"more than 70 years", "P70Y", "DURATION", "MORE_THAN"}}},
	{"duration about", "It took about two weeks.", ref, []m{{"two weeks", "P2W", "DURATION", "APPROX"}}},
	{"duration nearly", "It took nearly two weeks.", ref, []m{{"nearly two weeks", "P2W", "DURATION", "LESS_THAN"}}},
	{"the year spoken", "by the year two thousand", ref, []m{{"the year two thousand", "2000", "DATE", ""}}},
	{"quarter a year ago", "Profit rose in the third quarter from a year ago.", ref, []m{{"the third quarter", "2024-Q3", "DATE", ""}, {"a year ago", "2023-Q3", "DATE", ""}}},
	{"said weekday", "The minister said Friday that he will resign.", ref, []m{{"Friday", "2024-09-20", "DATE", ""}}},
	{"is to weekday", "Trading is to resume Friday.", ref, []m{{"Friday", "2024-09-27", "DATE", ""}}},
	{"adjectival quarter", "It posted the third-quarter loss.", ref, []m{{"third-quarter", "2024-Q3", "DATE", ""}}},
	{"that year", "He left Cuba in June 1998 and returned later that year.", ref, []m{{"June 1998", "1998-06", "DATE", ""}, {"later that year", "1998", "DATE", ""}}},
	{"the year", "Sales for the year rose; in the year ended March 31 they fell.", ref, []m{{"the year", "2024", "DATE", ""}, {"the year", "P1Y", "DURATION", ""}, {"March 31", "2024-03-31", "DATE", ""}}},
	{"that quarter", "Losses in Q2 2023 were high; results for that quarter included charges.", ref, []m{{"Q2 2023", "2023-Q2", "DATE", ""}, {"that quarter", "2023-Q2", "DATE", ""}}},
	{"early summer", "Demand rose from the low levels of the early summer.", ref, []m{{"the early summer", "2024-SU", "DATE", "START"}}},
	{"fourth day of", "Done at Washington, the fourth day of April, 1949.", ref, []m{{"the fourth day of April, 1949", "1949-04-04", "DATE", ""}}},
	{"duration bare plural", "The conflict has lasted for decades.", ref, []m{{"decades", "PXDE", "DURATION", ""}}},
	{"duration past", "Prices doubled over the past two months.", ref, []m{{"the past two months", "P2M", "DURATION", ""}}},
	{"duration hyphen", "a five-year plan", ref, []m{{"five-year", "P5Y", "DURATION", ""}}},
	{"duration thousands", "a city older than 1,000 years", ref, []m{{"1,000 years", "P1000Y", "DURATION", ""}}},
	{"duration fraction", "They waited 2 1/2 years.", ref, []m{{"2 1/2 years", "P2Y6M", "DURATION", ""}}},
	{"duration hours", "within the last 24 hours", ref, []m{{"the last 24 hours", "PT24H", "DURATION", ""}}},
	{"age is no duration", "a 52-year-old diplomat, 40 years old", ref, nil},
	// Sets.
	{"every year", "The summit is held every year.", ref, []m{{"every year", "P1Y", "SET", ""}}},
	{"annually", "Leaders meet annually.", ref, []m{{"annually", "P1Y", "SET", ""}}},
	{"twice a year", "The council meets twice a year.", ref, []m{{"twice a year", "P1Y", "SET", ""}}},
	{"each weekday", "Flights leave each Thursday.", ref, []m{{"each Thursday", "XXXX-WXX-4", "SET", ""}}},
	{"rate a day", "Thousands of people a day cross the border.", ref, []m{{"a day", "P1D", "SET", ""}}},
	{"amount a year", "It costs $5 billion a year.", ref, []m{{"a year", "P1Y", "SET", ""}}},
	// Relative expressions.
	{"yesterday today tomorrow", "Yesterday was calm, today is tense, tomorrow is unknown.", ref,
		[]m{{"Yesterday", "2024-09-24", "DATE", ""}, {"today", "2024-09-25", "DATE", ""}, {"tomorrow", "2024-09-26", "DATE", ""}}},
	{"last next", "Sales fell last year and will rise next month.", ref, []m{{"last year", "2023", "DATE", ""}, {"next month", "2024-10", "DATE", ""}}},
	{"this week", "The envoy arrives this week.", ref, []m{{"this week", "2024-W39", "DATE", ""}}},
	{"last weekend", "Protests spread last weekend.", ref, []m{{"last weekend", "2024-W38-WE", "DATE", ""}}},
	{"weeks ago", "The law passed two weeks ago.", ref, []m{{"two weeks ago", "2024-W37", "DATE", ""}}},
	{"years ago", "It collapsed more than three years ago.", ref, []m{{"more than three years ago", "2021", "DATE", "BEFORE"}}},
	{"year earlier", "Profit rose from a year earlier.", ref, []m{{"a year earlier", "2023", "DATE", ""}}},
	{"earlier this year", "He visited earlier this year.", ref, []m{{"earlier this year", "2024", "DATE", ""}}},
	{"early next year", "Talks resume early next year.", ref, []m{{"early next year", "2025", "DATE", "START"}}},
	{"previous day", "He had arrived the previous day.", ref, []m{{"the previous day", "2024-09-24", "DATE", ""}}},
	{"year end", "The deal closes by year-end.", ref, []m{{"year-end", "2024", "DATE", "END"}}},
	// Vague references.
	{"now", "The question now is which partners join.", ref, []m{{"now", "PRESENT_REF", "DATE", ""}}},
	{"currently recently", "Talks are currently stalled and recently broke down.", ref, []m{{"currently", "PRESENT_REF", "DATE", ""}, {"recently", "PAST_REF", "DATE", ""}}},
	{"future", "Similar crises may come in the future.", ref, []m{{"the future", "FUTURE_REF", "DATE", ""}}},
	{"past", "Such pacts failed in the past.", ref, []m{{"the past", "PAST_REF", "DATE", ""}}},
	// Without a reference date, unknown parts stay X.
	{"no ref day", "It ended on September 25.", "", []m{{"September 25", "XXXX-09-25", "DATE", ""}}},
	{"no ref relative", "Yesterday and last year and on Monday.", "",
		[]m{{"Yesterday", "XXXX-XX-XX", "DATE", ""}, {"last year", "XXXX", "DATE", ""}, {"Monday", "XXXX-WXX-1", "DATE", ""}}},
	{"no ref absolute", "It began on 1 March 2022.", "", []m{{"1 March 2022", "2022-03-01", "DATE", ""}}},
	// A clock time takes the day named just before it.
	{"day then time", "The ministers met on Monday at 5:01 P.M. EDT.", ref,
		[]m{{"Monday", "2024-09-23", "DATE", ""}, {"5:01 P.M. EDT", "2024-09-23T17:01", "TIME", ""}}},
	{"date comma time", "It opened on September 3, 2024, at 9 a.m.", ref,
		[]m{{"September 3, 2024", "2024-09-03", "DATE", ""}, {"9 a.m.", "2024-09-03T09:00", "TIME", ""}}},
	{"bare decades after lasted", "The dispute has lasted decades.", ref, []m{{"decades", "PXDE", "DURATION", ""}}},
	// Offsets from an event in the text are durations; "later" stays outside.
	{"days later", "The talks collapsed; three days later the envoy left.", ref, []m{{"three days", "P3D", "DURATION", ""}}},
	{"week before", "The plan had been drafted a week before.", ref, []m{{"a week", "P1W", "DURATION", ""}}},
	// "The following year", "the previous Friday": counted from the last date named.
	{"following year", "The pact was signed on May 4, 2015, and the following year it was ratified.", ref,
		[]m{{"May 4, 2015", "2015-05-04", "DATE", ""}, {"the following year", "2016", "DATE", ""}}},
	{"previous weekday", "Shares fell on Friday, down 3% from the previous Friday.", ref,
		[]m{{"Friday", "2024-09-20", "DATE", ""}, {"the previous Friday", "2024-09-13", "DATE", ""}}},
	{"next morning past", "The envoy arrived on March 3, 2024 and left the next morning.", ref,
		[]m{{"March 3, 2024", "2024-03-03", "DATE", ""}, {"the next morning", "2024-03-04", "DATE", ""}}},
	{"following month no date", "The following month, the board resigned.", ref, []m{{"The following month", "2024-10", "DATE", ""}}},
	// Tense cues around weekdays.
	{"had been scheduled", "The offer had been scheduled to expire Friday.", ref, []m{{"Friday", "2024-09-20", "DATE", ""}}},
	{"is scheduled", "The council is scheduled to meet Friday.", ref, []m{{"Friday", "2024-09-27", "DATE", ""}}},
	{"plans noun", "On Friday, she set aside her vacation plans.", ref, []m{{"Friday", "2024-09-20", "DATE", ""}}},
	{"until past perfect", "Until Monday, the police had not named a suspect.", ref, []m{{"Monday", "2024-09-23", "DATE", ""}}},
	{"quoted title", `Speaking on ABC's "This Week," the minister said "this week" mattered.`, ref, []m{{"this week", "2024-W39", "DATE", ""}}},
	{"quoted sentence", `He said: "This Week will decide it."`, ref, []m{{"This Week", "2024-W39", "DATE", ""}}},
	{"holiday in a name", "They praised the Good Friday Agreement and met on Good Friday.", ref, []m{{"Good Friday", "2024-03-29", "DATE", ""}}},
	{"clock tomorrow morning", "The text is embargoed for 5:00 a.m. tomorrow morning.", ref, []m{{"5:00 a.m. tomorrow morning", "2024-09-26T05:00", "TIME", ""}}},
	{"march event", "They joined the March on Washington in March.", ref, []m{{"March", "2024-03", "DATE", ""}}},
	{"is weekday", "The vote, I am told, is Friday.", ref, []m{{"Friday", "2024-09-27", "DATE", ""}}},
	{"possessive weekday", "He chaired the council's Monday meeting.", ref, []m{{"Monday", "2024-09-23", "DATE", ""}}},
	{"year in a name", "Project 2025 and Agenda 2063 were debated in 2024.", ref, []m{{"2024", "2024", "DATE", ""}}},
	{"year after preposition", "Since 2020, exports rose.", ref, []m{{"2020", "2020", "DATE", ""}}},
	{"name then range", "He served at the Department of Defense 2005 to 2008.", ref, []m{{"2005", "2005", "DATE", ""}, {"2008", "2008", "DATE", ""}}},
	{"one day vague", "A child from Scranton could one day lead the country; the talks lasted one day.", ref,
		[]m{{"one day", "FUTURE_REF", "DATE", ""}, {"one day", "P1D", "DURATION", ""}}},
	{"weekday tomorrow", "On Thursday, the committee hears the ministers.", ref, []m{{"Thursday", "2024-09-26", "DATE", ""}}},
	{"until clock", "The relatives have until 9 a.m. EDT Thursday to reply.", ref, []m{{"9 a.m. EDT Thursday", "2024-09-26T09:00", "TIME", ""}}},
	// Closed periods and reported quarters.
	{"ended day", "For the year ended Oct. 31, the firm lost money.", "2024-10-28",
		[]m{{"the year", "P1Y", "DURATION", ""}, {"Oct. 31", "2023-10-31", "DATE", ""}}},
	{"year-earlier", "It earned $5 million in the third quarter, against a year-earlier loss.", ref,
		[]m{{"the third quarter", "2024-Q3", "DATE", ""}, {"year-earlier", "2023-Q3", "DATE", ""}}},
	{"quarter past clause", "The company earned $5 million in the first quarter.", "2024-11-20", []m{{"the first quarter", "2024-Q1", "DATE", ""}}},
	{"quarter future clause", "The company expects a profit in the first quarter.", "2024-11-20", []m{{"the first quarter", "2025-Q1", "DATE", ""}}},
	{"fiscal quarter", "Profit rose in the fiscal second quarter.", ref, []m{{"the fiscal second quarter", "2024-Q2", "DATE", ""}}},
	{"latest period", "Sales in the latest period rose 5%.", "2024-11-02", []m{{"the latest period", "2024-Q3", "DATE", ""}}},
	{"week of", "A hearing is set for the week of March 3, 2025.", ref, []m{{"the week of March 3, 2025", "2025-W10", "DATE", ""}}},
}

func TestGolden(t *testing.T) {
	for _, c := range golden {
		t.Run(c.name, func(t *testing.T) {
			got := found(c.text, c.ref)
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("%q\n got %v\nwant %v", c.text, got, c.want)
			}
			for _, x := range got {
				if err := Validate(x.val, x.typ, x.mod); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

// TestNotDates holds the bad input of issue 4: impossible dates, phone,
// resolution and article numbers, amounts, coordinates and versions.
func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"The order is dated February 30, 2024.",
		"The order is dated 32 September.",
		"Feb. 29, 2023 never happened.",
		"The 2024-02-30 entry is corrupt.",
		"Some 2,021 troops were deployed.",
		"Resolution 2254 calls for talks.",
		"See Article 2019 of the code and No. 2021 of the register.",
		"Call +1 202 456 1414 or 202-456-2020 for details.",
		"The fund holds $2024 million and 2024 tonnes of grain.",
		"The base lies at 38.8977, -77.0365.",
		"Upgrade to version 2.0.24 or Go 1.21 first.",
		"Version 2.1.2024 shipped, and v 3.4.2021 before it.",
		"Room 1999 is on the left.",
		"ISBN 978-3-16-148410-0 is listed.",
		"They won 2:1 after extra time.",
		"A second group of three firms joined.",
		"The academy has twelve hundred students.",
		"We share a 2000-mile border and a 1500-strong force.",
		"See 8 U.S.C. 1101(a)(42) and section 1225(b).",
		"It acts under 50 U.S.C. 1701-1706.",
		`<img width="3000" height="2000">`,
		"He wrote for The Daily Mail.",
		"The board raised its quarterly dividend.",
	} {
		if got := found(text, ref); len(got) > 0 {
			t.Errorf("%q: found %v", text, got)
		}
	}
}

// TestSeed checks the three required dates of the project's seed essay.
func TestSeed(t *testing.T) {
	b, err := os.ReadFile("../../examples/asian-nato.txt")
	if err != nil {
		t.Skip("seed essay not present:", err)
	}
	text := string(b)
	got := map[string]string{}
	for _, x := range Find(text, "") {
		got[text[x.Start:x.End]] = x.Value
	}
	for span, val := range map[string]string{"September 25, 2024": "2024-09-25", "2021": "2021", "October 10, 2024": "2024-10-10", "six days": "P6D"} {
		if got[span] != val {
			t.Errorf("%q: got %q, want %q (all: %v)", span, got[span], val, got)
		}
	}
}

func TestExtractor(t *testing.T) {
	d := &extractors.Doc{Text: "Signed on 1 March 2022, a year ago.", RefDate: "2023-03-01"}
	res, err := Extractor.Run(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Mentions) != 2 {
		t.Fatalf("got %+v", res.Mentions)
	}
	for _, x := range res.Mentions {
		if x.Type != "date" || x.Priority != Priority || x.Entity != "" {
			t.Errorf("bad mention %+v", x)
		}
	}
	if err := extractors.Validate([]*extractors.Extractor{Extractor}); err != nil {
		t.Error(err)
	}
}

func TestValidate(t *testing.T) {
	good := [][3]string{
		{"2024-09-25", "DATE", ""}, {"2024", "DATE", "END"}, {"199", "DATE", ""}, {"20", "DATE", ""},
		{"2024-Q3", "DATE", ""}, {"2025-H1", "DATE", ""}, {"2023-SU", "DATE", ""}, {"2024-W39", "DATE", ""},
		{"2024-W38-WE", "DATE", ""}, {"XXXX-09-25", "DATE", ""}, {"XXXX-WXX-1", "DATE", ""}, {"PRESENT_REF", "DATE", ""},
		{"2024-09-25T17:01", "TIME", ""}, {"2024-09-25TMO", "TIME", ""}, {"P6D", "DURATION", ""}, {"PXDE", "DURATION", ""},
		{"P2Y6M", "DURATION", ""}, {"PT24H", "DURATION", ""}, {"PT1M30S", "DURATION", ""}, {"P1Y", "SET", ""},
		{"XXXX-WXX-4", "SET", ""}, {"2024-09-25T24:00", "TIME", ""},
	}
	for _, g := range good {
		if err := Validate(g[0], g[1], g[2]); err != nil {
			t.Error(err)
		}
	}
	bad := [][3]string{
		{"2024-02-30", "DATE", ""}, {"2024-13", "DATE", ""}, {"2024-Q5", "DATE", ""}, {"P", "DURATION", ""},
		{"P6", "DURATION", ""}, {"2024-09-25", "DURATION", ""}, {"P6D", "DATE", ""}, {"2024", "TIME", ""},
		{"2024", "DATE", "SOON"}, {"PAST_REF", "SET", ""}, {"2024-09-25T25:00", "TIME", ""}, {"", "DATE", ""},
		{"24-09-25", "DATE", ""}, {"PT1D", "DURATION", ""},
	}
	for _, b := range bad {
		if Validate(b[0], b[1], b[2]) == nil {
			t.Errorf("%v accepted", b)
		}
	}
}

// FuzzFind checks that any input is handled without panicking and that
// every mention has in-range offsets and a well-formed TIMEX3 value.
func FuzzFind(f *testing.F) {
	for _, c := range golden {
		f.Add(c.text, c.ref)
	}
	f.Add("February 30, 2024 and 32 September", "")
	f.Add("mid-", "2024-02-29")
	f.Add("the ", "bad")
	f.Add("Q4 '", "2024-12-31")
	f.Add("5 1/2 hours", "0001-01-01")
	f.Add("nineteen", "9999-12-31")
	for _, w := range []string{"late", "early", "Later", "earlier", "this", "the", "last", "every", "that", "mid", "year"} {
		f.Add("It happened "+w, "2024-09-25") // a pattern word at the very end
	}
	f.Fuzz(func(t *testing.T, text, ref string) {
		ms := find(text, ref, false, nil) // unchecked: the patterns themselves must write valid values
		last := -1
		for _, x := range ms {
			if x.Start < 0 || x.End > len(text) || x.Start >= x.End || x.Start < last {
				t.Fatalf("bad span %d-%d in %q", x.Start, x.End, text)
			}
			last = x.Start
			if err := Validate(x.Value, x.TimexType, x.Mod); err != nil {
				t.Fatalf("%q: %v", text[x.Start:x.End], err)
			}
		}
	})
}

// BenchmarkFind measures throughput on generated news-like text with a mix
// of dated and undated sentences.
func BenchmarkFind(b *testing.B) {
	parts := []string{
		"The minister said on Monday that the talks, which began on September 25, 2024, would resume next week.",
		"Officials from both countries met for six days in Geneva to discuss the framework.",
		"Exports fell 3.2% in the third quarter compared with a year earlier, the ministry said.",
		"The alliance, founded in 1949, has been the cornerstone of European security for more than 70 years.",
		"Critics argue the proposal lacks support among member states and would face resistance in parliament.",
		"Some 2,021 troops remain deployed under Resolution 2254, and the mission is reviewed annually.",
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, p := range parts {
			sb.WriteString(p)
			sb.WriteByte(' ')
		}
	}
	text := sb.String()
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Find(text, ref)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestWordClass checks the signature table against the word-class map.
func TestWordClass(t *testing.T) {
	for w, c := range wordClass {
		if got := classOf(w); got != c {
			t.Errorf("classOf(%q) = %d, want %d", w, got, c)
		}
	}
	// The matchers skip map lookups for tokens without cLex or cNumWord:
	// those tables must hold only words the tokenizer makes, with the
	// class.
	tables := map[uint8][][]string{cLex: lexTables, cNumWord: {keysOf(smallNums), keysOf(tens)}}
	for c, tabs := range tables {
		for _, keys := range tabs {
			for _, w := range keys {
				if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || classOf(w)&c == 0 {
					t.Errorf("table word %q: not a lower-case word of class %d", w, c)
				}
			}
		}
	}
	for _, w := range []string{"tha", "thee", "minister", "x", "years-old", "ñandú", "thisx"} {
		if got := classOf(w); got != wordClass[w] {
			t.Errorf("classOf(%q) = %d, want %d", w, got, wordClass[w])
		}
	}
}

// TestPlainDate checks that the shapes Validate accepts without the regular
// expression are ones the grammar accepts.
func TestPlainDate(t *testing.T) {
	for _, v := range []string{"2024", "0001", "2024-09", "2024-13", "2024-09-25", "2024-02-30", "9999-99-99"} {
		if !plainDate(v) || !dateRE.MatchString(v) {
			t.Errorf("%q: plainDate %v, grammar %v", v, plainDate(v), dateRE.MatchString(v))
		}
	}
	for _, v := range []string{"202", "2024-W39", "XXXX", "2024-Q3", "2024-09-2a", "P1Y", "2024/09/25"} {
		if plainDate(v) {
			t.Errorf("%q: plainDate", v)
		}
	}
}

// TestFormat checks the digit-by-digit date writers against the library's.
func TestFormat(t *testing.T) {
	for _, y := range []int{-5, 0, 7, 99, 999, 1000, 1899, 1999, 2025, 9999, 10000, 12345} {
		if got, want := fmtYear(y), fmt.Sprintf("%04d", y); got != want {
			t.Errorf("fmtYear(%d) = %q, want %q", y, got, want)
		}
		for _, d := range []time.Time{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(y, 9, 9, 0, 0, 0, 0, time.UTC), time.Date(y, 10, 15, 0, 0, 0, 0, time.UTC)} {
			if got, want := fmtDate(d), d.Format("2006-01-02"); got != want {
				t.Errorf("fmtDate(%v) = %q, want %q", d, got, want)
			}
			if got, want := fmtMonth(d), d.Format("2006-01"); got != want {
				t.Errorf("fmtMonth(%v) = %q, want %q", d, got, want)
			}
		}
	}
}

// TestNonWordMatchers checks that the matchers best skips at numbers and
// marks find nothing there.
func TestNonWordMatchers(t *testing.T) {
	text := `On 9/25/2024 at 5:01 p.m., 2,021 troops left; the '90s, Q3 2025, FY2025, 1990s, 25th, 3.2% and 2-3 weeks. "Today" – 12 noon – 7 days, 2024's end, 1 1/2 years ago, '98 (30) now.`
	p := parser{t: tokenizeX(text), a: parseAnchor("2025-03-01")}
	in := map[uintptr]bool{}
	for _, f := range nonWordMatchers {
		in[reflect.ValueOf(f).Pointer()] = true
	}
	for i, tk := range p.t {
		if tk.k == kWord {
			continue
		}
		for _, f := range matchers {
			if in[reflect.ValueOf(f).Pointer()] {
				continue
			}
			if h, ok := f(&p, i); ok {
				t.Errorf("token %q: a word matcher found %+v", tk.w, h)
			}
		}
	}
}

func tokenizeX(text string) []tok {
	t, _ := tokenizeInto(nil, nil, text)
	return t
}

// TestTokenizeWords checks that the tokens made from the gazetteer tokens
// are those tokenizeInto makes from the text, and the mentions the same, on
// the golden texts and on random texts of numbers, separators, marks,
// non-ASCII letters, combining marks and non-ASCII digits.
func TestTokenizeWords(t *testing.T) {
	var texts []string
	for _, c := range golden {
		texts = append(texts, c.text)
	}
	pieces := []string{"On ", "Monday", "september ", "25", ", ", "2024", ".", ":", "/", "5:01 ", "p.m. ", "2,021",
		"1.5", "9/25/2024", "FY2025 ", "Q3", "'", "’", "‘", "`", "´", "“", "”", "\"", "—", "–", "-", "‐", "(", ")",
		"café", "Éte ", "e\u0301", "\u0301", "٣", "²", "abc", "ABC", "The ", "the ", "last ", "year", "YEAR ", " ",
		"\n", "\t", "\u00a0", "\u2003", "x", "7", "1990s", "mid-", "2024-2025 ", "Ǆ", "ǅ", "\x01", "\x7f", "«", "»"}
	texts = append(texts, randtext.Texts(9, 10, 30000, 16, pieces)...)
	for _, text := range texts {
		want, _ := tokenizeInto(nil, nil, text)
		got, _ := tokenizeWords(nil, nil, text, gazetteer.Tokenize(text))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("tokens of %q:\n%+v\nwant\n%+v", text, got, want)
		}
		if g, w := find(text, "2024-09-25", false, gazetteer.Tokenize(text)), find(text, "2024-09-25", false, nil); !reflect.DeepEqual(g, w) {
			t.Fatalf("mentions of %q:\n%v\nwant\n%v", text, g, w)
		}
	}
}

// TestPlainDurationAgreesWithGrammar checks Validate's fast path for
// durations against the regexp it stands in for.
func TestPlainDurationAgreesWithGrammar(t *testing.T) {
	for _, v := range []string{"P1Y", "P10M", "PXW", "P3D", "P2Q", "P007Y", "PXXY", "P1DE", "PY", "P", "P1", "P1.5Y",
		"PT2H", "P1Y2M", "P-1Y", "Q1Y", "P1y", "PX", "P1H", "P1S", "P12D"} {
		if plainDuration(v) && !durRE.MatchString(v) {
			t.Errorf("plainDuration(%q) accepts what durRE rejects", v)
		}
	}
}
