package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// evalTokens splits text into comparison tokens: words of letters and
// digits, and single characters for scripts written without spaces.
func evalTokens(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai):
			flush()
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// tokenPRF is the bag-of-tokens precision, recall and F1 of got against
// want.
func tokenPRF(got, want string) (p, r, f float64) {
	g, w := evalTokens(got), evalTokens(want)
	bag := map[string]int{}
	for _, t := range w {
		bag[t]++
	}
	common := 0
	for _, t := range g {
		if bag[t] > 0 {
			bag[t]--
			common++
		}
	}
	if len(g) == 0 || len(w) == 0 || common == 0 {
		return 0, 0, 0
	}
	p = float64(common) / float64(len(g))
	r = float64(common) / float64(len(w))
	return p, r, 2 * p * r / (p + r)
}

type sitePage struct {
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	Published string   `json:"published"`
	Language  string   `json:"language"`
}

func loadSite(t testing.TB) map[string]sitePage {
	raw, err := os.ReadFile("testdata/site/site.json")
	if err != nil {
		t.Fatal(err)
	}
	var site map[string]sitePage
	if err := json.Unmarshal(raw, &site); err != nil {
		t.Fatal(err)
	}
	return site
}

// TestSiteExtraction is the acceptance test of the HTML extractor: every page
// of the test site (layouts modelled on ministry, think-tank and news sites)
// must give its main text with token F1 >= 0.90 and the right metadata.
func TestSiteExtraction(t *testing.T) {
	site := loadSite(t)
	if len(site) < 8 {
		t.Fatalf("site has %d pages", len(site))
	}
	var sumF float64
	names := make([]string, 0, len(site))
	for n := range site {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		want := site[name]
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata/site", name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			text, meta, err := HTMLToText(f)
			if err != nil {
				t.Fatal(err)
			}
			exp, err := os.ReadFile(filepath.Join("testdata/site", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			p, r, f1 := tokenPRF(text, string(exp))
			sumF += f1
			t.Logf("P=%.3f R=%.3f F1=%.3f", p, r, f1)
			if f1 < 0.90 {
				t.Errorf("F1 %.3f < 0.90; got text:\n%s", f1, text)
			}
			if meta.Title != want.Title {
				t.Errorf("title %q, want %q", meta.Title, want.Title)
			}
			if want.Authors == nil {
				want.Authors = []string{}
			}
			if meta.Authors == nil {
				meta.Authors = []string{}
			}
			if !reflect.DeepEqual(meta.Authors, want.Authors) {
				t.Errorf("authors %q, want %q", meta.Authors, want.Authors)
			}
			if meta.Published != want.Published {
				t.Errorf("published %q, want %q", meta.Published, want.Published)
			}
			if meta.Language != want.Language {
				t.Errorf("language %q, want %q", meta.Language, want.Language)
			}
		})
	}
	t.Logf("mean F1 over %d pages: %.3f", len(site), sumF/float64(len(site)))
}

func FuzzHTMLToText(f *testing.F) {
	for _, s := range []string{"", "<html>", articleHTML, "<table><tr><td>a<td><p>b</table>",
		"<body><article><header><h1>T</h1></header><p>" + strings.Repeat("word, ", 40) + "</p></article>",
		`<meta charset="iso-8859-1"><p>caf\xe9</p>`, `<script type="application/ld+json">{"@graph":[{"@type":"Article","author":[{"name":1}]}]}</script>`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, _, err := HTMLBytesToText(raw, "")
		if err == nil && NormalizeText(text) != text {
			t.Errorf("text not normalised: %q", text)
		}
	})
}

func FuzzParseRobots(f *testing.F) {
	f.Add("User-agent: *\nDisallow: /a*b$\nAllow: /a\nCrawl-delay: 1e9", "/a/xb")
	f.Add("user-agent: polex\ndisallow: *", "/")
	f.Fuzz(func(t *testing.T, txt, path string) {
		ParseRobots(strings.NewReader(txt), "polex").Allowed(path)
	})
}

// BenchmarkHTMLToText extracts a generated long news page (navigation,
// sidebars, comments around 200 paragraphs).
func BenchmarkHTMLToText(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<html lang="en"><head><title>Bench | Site</title></head><body><nav>`)
	for i := 0; i < 50; i++ {
		sb.WriteString(`<a href="/s">Section link</a> `)
	}
	sb.WriteString(`</nav><article><h1>Bench</h1>`)
	for i := 0; i < 200; i++ {
		sb.WriteString(`<p>Ministers from the region met on Tuesday to discuss maritime security, trade and the climate, and agreed to meet again next year in Jakarta.</p>`)
	}
	sb.WriteString(`</article><aside><ul>`)
	for i := 0; i < 50; i++ {
		sb.WriteString(`<li><a href="/r">Related story headline</a></li>`)
	}
	sb.WriteString(`</ul></aside><div id="comments">`)
	for i := 0; i < 50; i++ {
		sb.WriteString(`<div class="comment"><p>I disagree with this analysis entirely.</p></div>`)
	}
	sb.WriteString(`</div></body></html>`)
	page := []byte(sb.String())
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, _, err := HTMLBytesToText(page, ""); err != nil {
			b.Fatal(err)
		}
	}
}
func TestLogoH1(t *testing.T) {
	page := `<html><head><title>Quad leaders meet in Delaware | Example Times</title></head><body>
<header><h1 class="logo"><a href="https://times.example/">Example Times</a></h1></header>
<div class="main"><h2 class="headline">Quad leaders meet in Delaware</h2>
<p>Leaders of Australia, India, Japan and the United States met in Wilmington on Saturday for what was billed as the last Quad summit of the current US administration, and agreed on a coast guard initiative.</p>
<p>The four leaders also announced a cancer initiative and new funding for undersea cables in the Pacific, officials said after the meeting.</p></div></body></html>`
	text, meta, err := HTMLToText(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if meta.Title != "Quad leaders meet in Delaware" || strings.Contains(text, "Example Times") ||
		!strings.HasPrefix(text, "Quad leaders meet in Delaware\n\nLeaders of Australia") {
		t.Errorf("title %q text %q", meta.Title, text)
	}
}

func TestHTMLSmallCases(t *testing.T) {
	long := "The delegations reviewed cooperation in trade, energy and culture, and agreed to meet again next year in the capital."
	cases := []struct {
		name, page string
		want       []string // paragraphs, in order
		not        []string
	}{
		{"pre keeps paragraphs", `<body><pre>PRESS RELEASE

` + long + `
It continued on this line.

Second paragraph of the release, which also has enough words to count as prose.</pre></body>`,
			[]string{"PRESS RELEASE", long + " It continued on this line.", "Second paragraph of the release, which also has enough words to count as prose."}, nil},
		{"short dated sentence kept", `<body><article><h1>Vote</h1><p>` + long + `</p><p>The vote is set for 5 May 2025.</p><p>Posted 4 May 2025</p></article></body>`,
			[]string{"Vote", long, "The vote is set for 5 May 2025."}, []string{"Posted"}},
		{"table rows", `<body><article><p>` + long + `</p><table><tr><th>Country</th><th>Troops</th></tr><tr><td>Chad</td><td>1,200</td></tr></table></article></body>`,
			[]string{long, "Country | Troops", "Chad | 1,200"}, nil},
		{"br separated", `<body><div id="x">` + long + `<br><br>Another paragraph written straight into the container, as old sites do.</div></body>`,
			[]string{long, "Another paragraph written straight into the container, as old sites do."}, nil},
		{"hidden and comments", `<body><article><p>` + long + `</p><p style="display: none">Hidden text.</p><!-- a comment --><div class="sr-only">Skip links</div></article></body>`,
			[]string{long}, []string{"Hidden", "comment", "Skip"}},
	}
	for _, c := range cases {
		text, _, err := HTMLToText(strings.NewReader(c.page))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := strings.Split(text, "\n\n"); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		for _, n := range c.not {
			if strings.Contains(text, n) {
				t.Errorf("%s: %q in text", c.name, n)
			}
		}
	}
}

// TestHTMLCharsetSniffing: a windows-1252 page without any declaration is
// still decoded (bytes that are not UTF-8 fall back to windows-1252), and a
// <meta charset> is honoured.
func TestHTMLCharsetSniffing(t *testing.T) {
	body := "<html><body><p>Le ministère a publié une déclaration sur la coopération régionale « dès aujourd’hui ».</p></body></html>"
	enc, _ := charmap.Windows1252.NewEncoder().String(body)
	text, _, err := HTMLToText(strings.NewReader(enc))
	if err != nil || !strings.Contains(text, "ministère a publié") || !strings.Contains(text, "aujourd’hui") {
		t.Errorf("undeclared windows-1252: %q %v", text, err)
	}
	iso, _ := charmap.ISO8859_1.NewEncoder().String(strings.Replace(strings.Replace(body, "’", "'", 1), "<html>", `<html><head><meta charset="iso-8859-1"></head>`, 1))
	text, _, err = HTMLToText(strings.NewReader(iso))
	if err != nil || !strings.Contains(text, "coopération régionale") {
		t.Errorf("declared iso-8859-1: %q %v", text, err)
	}
}

// TestHTMLSections: a text in unnamed <section>s of uneven length, with no
// <article> around them, comes out whole.
func TestHTMLSections(t *testing.T) {
	p := func(i int) string {
		return fmt.Sprintf("<p>Regional ministers met again on day %d, and they agreed, after long talks, to extend the maritime patrols, share radar data, and fund new coastguard training.</p>", i)
	}
	page := `<html><body><div class="nav"><a href="/">Home</a></div><div id="body"><section><h2>First</h2>` +
		p(1) + p(2) + p(3) + p(4) + p(5) + `</section><section><h2>Second</h2>` + p(6) + `</section></div>
<div class="box"><p>Short note about the site and its editors, kept apart from the text.</p></div></body></html>`
	text, _, err := HTMLToText(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "Second") || strings.Count(text, "Regional ministers") != 6 || strings.Contains(text, "Short note") {
		t.Errorf("got %q", text)
	}
}

func TestCleanAuthors(t *testing.T) {
	for in, want := range map[string]string{
		"By Jane Doe and John Roe":         "Jane Doe|John Roe",
		"Jane Doe, Senior Fellow":          "Jane Doe",
		"Ministry of Foreign Affairs":      "",
		"GOV.UK":                           "",
		"AFP":                              "",
		"https://www.facebook.com/example": "",
		"Ursula von der Leyen":             "Ursula von der Leyen",
		"von Katrin Vogel":                 "Katrin Vogel",
		"Por Lucía Fernández y Juan Pérez": "Lucía Fernández|Juan Pérez",
		"Staff reporter":                   "",
		"Updated 12 March 2025":            "",
	} {
		if got := strings.Join(cleanAuthors([]string{in}, false), "|"); got != want {
			t.Errorf("cleanAuthors(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSiteWithoutClassNames runs the site again with every class and id
// removed: the choice of the main text must rest on structure, text and
// link density, not on the names these pages happen to use.
func TestSiteWithoutClassNames(t *testing.T) {
	strip := regexp.MustCompile(`\s(class|id)="[^"]*"`)
	names := make([]string, 0)
	for n := range loadSite(t) {
		names = append(names, n)
	}
	sort.Strings(names)
	sum := 0.0
	for _, name := range names {
		raw, err := os.ReadFile(filepath.Join("testdata/site", name+".html"))
		if err != nil {
			t.Fatal(err)
		}
		text, _, err := HTMLBytesToText(strip.ReplaceAll(raw, nil), "")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		exp, _ := os.ReadFile(filepath.Join("testdata/site", name+".txt"))
		_, _, f1 := tokenPRF(text, string(exp))
		if f1 < 0.85 {
			t.Errorf("%s without class names: F1 %.3f < 0.85", name, f1)
		}
		sum += f1
	}
	t.Logf("mean F1 without class names over %d pages: %.3f", len(names), sum/float64(len(names)))
}

// TestJSONLDGraphReferences: authors given as @id references into the
// @graph (as SEO plugins write them) are resolved.
func TestJSONLDGraphReferences(t *testing.T) {
	page := `<html><head><title>x</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"Article","@id":"https://t.example/a/#article","headline":"Japan and the Philippines sign access pact","datePublished":"2024-07-08T09:00:00+09:00","author":{"@id":"https://t.example/#/schema/person/1"}},
{"@type":"Person","@id":"https://t.example/#/schema/person/1","name":"Kenji Sato"}]}</script></head>
<body><article><p>Japan and the Philippines signed a reciprocal access agreement in Manila on Monday, allowing their forces to train on each other's territory.</p></article></body></html>`
	_, m, err := HTMLToText(strings.NewReader(page))
	if err != nil || m.Title != "Japan and the Philippines sign access pact" || strings.Join(m.Authors, "|") != "Kenji Sato" || m.Published != "2024-07-08" {
		t.Errorf("meta %+v (%v)", m, err)
	}
}

// TestHTMLTextAboveHeadline: an unmarked block of prose above the headline
// (a site introduction) loses to a shorter article under the headline.
func TestHTMLTextAboveHeadline(t *testing.T) {
	intro := "<p>Our institute was founded to bring independent, rigorous and practical research on foreign policy, defence, trade and development to policymakers, journalists and the public, and it is funded by members, foundations and readers.</p>"
	art := func(i int) string {
		return fmt.Sprintf("<p>Paragraph %d of the statement: the two governments agreed, after talks in Canberra, to expand patrols and share data on illegal fishing.</p>", i)
	}
	page := `<html><head><title>Joint patrols agreed | Institute</title></head><body><div>` + intro + intro + intro + `</div>
<div><h1>Joint patrols agreed</h1><div>` + art(1) + art(2) + art(3) + `</div></div></body></html>`
	text, _, err := HTMLToText(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "Our institute") || !strings.Contains(text, "Paragraph 3") {
		t.Errorf("got %q", text)
	}
}

func TestIsMetaLine(t *testing.T) {
	for in, want := range map[string]bool{
		"Share this article":                   true,
		"Lesen Sie auch":                       true,
		"Lee también":                          true,
		"Publié le 4 février 2025":             true,
		"Home > News > Asia":                   true,
		"By Jane Doe":                          true,
		"Thu 12 Jun 2025 14.05 GMT":            true,
		"The vote is set for 5 May 2025.":      false,
		"By 2030 the fleet will have doubled.": false,
		"Share prices fell sharply in Tokyo on Monday after the announcement.": false,
	} {
		if got := isMetaLine(in); got != want {
			t.Errorf("isMetaLine(%q) = %v, want %v", in, got, want)
		}
	}
}
