package corpus

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extractMeta reads a page's own metadata: title, authors, publication
// date, language and canonical link. Sources are tried from the most to the
// least explicit: JSON-LD (schema.org Article), Open Graph / article:* and
// citation / Dublin Core <meta> tags, <time datetime>, bylines, <title>.
// It must run before cleaning, which removes headers and bylines.
func extractMeta(doc *goquery.Document) Meta {
	var m Meta
	ld := findJSONLD(doc)
	metas := metaTags(doc)
	h1 := headline(doc)

	// Title.
	siteName := metas.first("og:site_name", "application-name")
	for _, t := range []string{ld.headline, metas.first("og:title", "twitter:title", "citation_title", "dc.title", "headline")} {
		if t = CollapseSpace(t); t != "" {
			m.Title = stripSiteName(t, siteName, h1)
			break
		}
	}
	if m.Title == "" {
		if t := CollapseSpace(doc.Find("title").First().Text()); t != "" {
			m.Title = stripSiteName(t, siteName, h1)
		} else {
			m.Title = h1
		}
	}

	// Authors.
	m.Authors = ld.authors
	if len(m.Authors) == 0 {
		m.Authors = cleanAuthors(metas.all("citation_author", "author", "article:author", "dc.creator",
			"dcterms.creator", "parsely-author", "sailthru.author", "byl"), false)
	}
	if len(m.Authors) == 0 {
		m.Authors = bylineAuthors(doc)
	}
	if len(m.Authors) == 0 {
		m.Authors = bylineNearHeadline(doc)
	}

	// Language.
	lang, _ := doc.Find("html").Attr("lang")
	if lang == "" {
		lang, _ = doc.Find("html").Attr("xml:lang")
	}
	if lang == "" {
		lang = metas.first("content-language", "og:locale", "dc.language", "language")
	}
	if lang == "" {
		lang = ld.language
	}
	m.Language = primaryLanguage(lang)

	// Publication date.
	for _, d := range append([]string{ld.published}, metas.all("article:published_time",
		"datepublished", "citation_publication_date", "dc.date.created", "dcterms.created", "citation_date", "dc.date.issued",
		"dcterms.issued", "dc.date", "dcterms.date", "date", "pubdate", "publishdate",
		"publish-date", "published_time", "og:published_time", "parsely-pub-date",
		"sailthru.date", "article.published", "release_date")...) {
		if iso, ok := ParsePageDate(d); ok {
			m.Published = iso
			break
		}
	}
	if m.Published == "" {
		// Outside English, an all-numeric 06/05/2025 is day first.
		m.Published = timeElementDate(doc, m.Language != "" && m.Language != "en")
	}

	// Canonical link (may be relative: the fetcher resolves it).
	if href, ok := doc.Find(`link[rel~="canonical"]`).First().Attr("href"); ok && strings.TrimSpace(href) != "" {
		m.SourceURL = strings.TrimSpace(href)
	} else if u := metas.first("og:url"); u != "" {
		m.SourceURL = u
	}
	return m
}

// metaMap holds <meta> contents by lower-cased name/property, in page order.
type metaMap map[string][]string

func metaTags(doc *goquery.Document) metaMap {
	m := metaMap{}
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		content, ok := s.Attr("content")
		if !ok {
			return
		}
		content = strings.TrimSpace(content)
		if content == "" {
			return
		}
		for _, k := range []string{"name", "property", "itemprop", "http-equiv"} {
			if v, ok := s.Attr(k); ok {
				key := strings.ToLower(strings.TrimSpace(v))
				m[key] = append(m[key], content)
			}
		}
	})
	return m
}

func (m metaMap) first(keys ...string) string {
	for _, k := range keys {
		if v := m[k]; len(v) > 0 {
			return v[0]
		}
	}
	return ""
}

func (m metaMap) all(keys ...string) []string {
	var out []string
	for _, k := range keys {
		out = append(out, m[k]...)
	}
	return out
}

// stripSiteName removes a site name joined to a headline ("Headline | Site",
// "Site – Headline").
func stripSiteName(t, site, h1 string) string {
	if h1 != "" && strings.EqualFold(t, h1) {
		return t
	}
	for _, sep := range []string{" | ", "｜", " – ", " — ", " - ", " :: ", " · ", " » "} {
		i := strings.Index(t, sep)
		j := strings.LastIndex(t, sep)
		if i < 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:j]), strings.TrimSpace(t[j+len(sep):])
		first, rest := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		switch {
		case h1 != "" && strings.EqualFold(head, h1):
			return head
		case h1 != "" && strings.EqualFold(rest, h1):
			return rest
		case site != "" && strings.EqualFold(tail, site):
			return head
		case site != "" && strings.EqualFold(first, site):
			return rest
		case sep == " | " && len(strings.Fields(tail)) <= 5 && len(strings.Fields(head)) > len(strings.Fields(tail)):
			return head
		case len(strings.Fields(tail)) <= 3 && len(strings.Fields(head)) >= 2*len(strings.Fields(tail))+2 && h1 != "" && strings.Contains(strings.ToLower(h1), strings.ToLower(head)):
			return head
		}
	}
	return t
}

// ---- JSON-LD ----

type ldInfo struct {
	headline, published, language string
	authors                       []string
}

var articleTypes = map[string]int{
	"newsarticle": 3, "article": 3, "blogposting": 3, "reportagenewsarticle": 3,
	"analysisnewsarticle": 3, "opinionnewsarticle": 3, "backgroundnewsarticle": 3,
	"reviewnewsarticle": 3, "scholarlyarticle": 3, "report": 3, "techarticle": 3,
	"socialmediaposting": 2, "liveblogposting": 2, "creativework": 1, "webpage": 1,
	"speech": 3, "pressrelease": 3, "legislation": 2,
}

func findJSONLD(doc *goquery.Document) ldInfo {
	var best map[string]any
	bestRank := 0
	byID := map[string]map[string]any{}
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		if err := json.Unmarshal([]byte(s.Text()), &v); err != nil {
			return
		}
		walkLD(v, 0, func(o map[string]any) {
			if id, ok := o["@id"].(string); ok && len(o) > 1 {
				if _, seen := byID[id]; !seen {
					byID[id] = o
				}
			}
			r := 0
			for _, t := range ldTypes(o) {
				r = max(r, articleTypes[strings.ToLower(t)])
			}
			if r > bestRank {
				best, bestRank = o, r
			}
		})
	})
	var info ldInfo
	if best == nil {
		return info
	}
	info.headline = ldString(best["headline"])
	if info.headline == "" && bestRank > 1 {
		info.headline = ldString(best["name"])
	}
	info.published = ldString(best["datePublished"])
	if info.published == "" {
		info.published = ldString(best["dateCreated"])
	}
	info.language = ldString(best["inLanguage"])
	var names []string
	for _, key := range []string{"author", "creator"} {
		names = append(names, ldNames(resolveLD(best[key], byID, 0))...)
		if len(names) > 0 {
			break
		}
	}
	info.authors = cleanAuthors(names, true)
	return info
}

// resolveLD replaces {"@id": …} references (as SEO plugins write them,
// pointing into the @graph) with the objects they name.
func resolveLD(v any, byID map[string]map[string]any, depth int) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = resolveLD(e, byID, depth)
		}
		return out
	case map[string]any:
		if id, ok := x["@id"].(string); ok && len(x) == 1 && depth < 3 {
			if o, ok := byID[id]; ok {
				return o
			}
		}
	}
	return v
}

func walkLD(v any, depth int, f func(map[string]any)) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walkLD(e, depth+1, f)
		}
	case map[string]any:
		f(x)
		if g, ok := x["@graph"]; ok {
			walkLD(g, depth+1, f)
		}
		if me, ok := x["mainEntity"]; ok {
			walkLD(me, depth+1, f)
		}
	}
}

func ldTypes(o map[string]any) []string {
	switch t := o["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		if s := ldString(x["@value"]); s != "" {
			return s
		}
		return ldString(x["name"])
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return ""
}

func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	case map[string]any:
		if n := ldString(x["name"]); n != "" {
			return []string{n}
		}
		g, f := ldString(x["givenName"]), ldString(x["familyName"])
		if n := strings.TrimSpace(g + " " + f); n != "" {
			return []string{n}
		}
	}
	return nil
}

// ---- authors ----

// Words that mark a title or an institution rather than a person's name.
var roleWords = wordSet("fellow director professor prof editor editors correspondent reporter " +
	"reporters staff writer writers analyst minister secretary ambassador head chief senior " +
	"researcher president chair chairman department ministry office press team desk " +
	"contributor contributors associate program programme institute university center centre " +
	"updated published posted am pm gmt utc read minutes min share follow email " +
	"agency agencies news newsroom service bureau " +
	// press offices and newsrooms in other languages
	"ufficio stampa redazione rédaction redaktion redacción redação presse prensa imprensa " +
	"servicio servizio oficina gabinete gabinetto ministero ministère ministerium ministerio " +
	"ministério équipe equipo")

var bylinePrefix = regexp.MustCompile(`(?i)^\s*(written\s+by|posted\s+by|words\s+by|by|von|par|por|di|door|av|af|autor(?:in)?:?|author(?:s)?:?)\s+`)

// cleanAuthors turns author strings ("By Jane Doe and John Roe") into
// names. Without trust, parts that do not look like personal names (roles,
// dates, institutions, URLs) are dropped.
func cleanAuthors(raw []string, trusted bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range raw {
		r = CollapseSpace(r)
		if r == "" || strings.HasPrefix(r, "http://") || strings.HasPrefix(r, "https://") {
			continue
		}
		r = bylinePrefix.ReplaceAllString(r, "")
		for _, part := range splitNames(r) {
			part = strings.Trim(part, " .,;:|·•-–—()")
			part = bylinePrefix.ReplaceAllString(part, "")
			if part == "" || (!trusted && !looksLikeName(part)) {
				continue
			}
			k := strings.ToLower(part)
			if !seen[k] {
				seen[k] = true
				out = append(out, part)
			}
		}
	}
	return out
}

var nameSplit = regexp.MustCompile(`\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*`)

func splitNames(s string) []string {
	return nameSplit.Split(s, -1)
}

// looksLikeName accepts 1–5 words, each capitalised (or a particle such as
// "van", "de", "bin"), with no digits and no role word.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	caps := 0
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, "."))
		if roleWords[lw] {
			return false
		}
		for _, r := range w {
			if unicode.IsDigit(r) || r == '@' || r == '/' {
				return false
			}
		}
		r := []rune(w)[0]
		switch {
		case unicode.IsUpper(r) || unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) ||
			unicode.Is(unicode.Arabic, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
			unicode.Is(unicode.Devanagari, r) || unicode.Is(unicode.Hebrew, r) || unicode.Is(unicode.Thai, r):
			caps++
		case particles[lw]:
		default:
			return false
		}
	}
	if len(words) == 1 {
		// One word: a surname-only byline ("Reuters" is let through), but
		// not an acronym or a domain ("AFP", "GOV.UK", "Example.com").
		if strings.ToUpper(s) == s || domainLike.MatchString(s) {
			return false
		}
	}
	return caps > 0 && (len(words) > 1 || len([]rune(s)) > 2)
}

var domainLike = regexp.MustCompile(`\p{L}\.\p{L}{2,}`)

var particles = wordSet("van von der den de del della di da du la le bin binti al el ibn dos das y")

// bylineAuthors looks for authors in the page body: rel=author links,
// itemprop=author, and elements whose class or id says byline or author.
func bylineAuthors(doc *goquery.Document) []string {
	var raw []string
	doc.Find(`[itemprop~="author"]`).Each(func(_ int, s *goquery.Selection) {
		if n := s.Find(`[itemprop="name"]`); n.Length() > 0 {
			raw = append(raw, n.First().Text())
		} else if c, ok := s.Attr("content"); ok {
			raw = append(raw, c)
		} else {
			raw = append(raw, s.Text())
		}
	})
	if a := cleanAuthors(raw, false); len(a) > 0 {
		return a
	}
	raw = raw[:0]
	doc.Find(`a[rel~="author"]`).Each(func(_ int, s *goquery.Selection) {
		raw = append(raw, s.Text())
	})
	if a := cleanAuthors(raw, false); len(a) > 0 {
		return a
	}
	raw = raw[:0]
	doc.Find("body *").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		words, _ := attrWords(s.Get(0))
		for _, w := range words {
			if w == "byline" || w == "author" || w == "authors" || w == "autor" || w == "auteur" {
				t := CollapseSpace(s.Text())
				if t != "" && len(t) < 200 {
					// A byline link list ("Jane Doe, John Roe") or a
					// sentence ("By Jane Doe | 3 May 2025").
					if links := s.Find("a"); links.Length() > 0 {
						links.Each(func(_ int, a *goquery.Selection) { raw = append(raw, a.Text()) })
					} else {
						raw = append(raw, strings.Split(t, "|")[0])
					}
					return len(raw) == 0
				}
			}
		}
		return true
	})
	return cleanAuthors(raw, false)
}

// bylineNearHeadline reads an unmarked byline ("Written by Jane Doe on
// 3 May 2024") from the few elements after the <h1>.
func bylineNearHeadline(doc *goquery.Document) []string {
	h1 := doc.Find("h1").First()
	if h1.Length() == 0 {
		return nil
	}
	var out []string
	seen := 0
	var walk func(n *html.Node) bool
	started := false
	walk = func(n *html.Node) bool {
		if n == h1.Get(0) {
			started = true
			return true
		}
		if started && n.Type == html.ElementNode {
			seen++
			if seen > 12 {
				return false
			}
			s := goquery.NewDocumentFromNode(n).Selection
			t := CollapseSpace(s.Text())
			if t != "" && len(t) < 160 && bylinePrefix.MatchString(t) {
				var raw []string
				if links := s.Find("a"); links.Length() > 0 {
					links.Each(func(_ int, a *goquery.Selection) { raw = append(raw, a.Text()) })
				} else {
					rest := bylinePrefix.ReplaceAllString(t, "")
					rest = bylineTail.Split(rest, 2)[0]
					raw = append(raw, rest)
				}
				out = cleanAuthors(raw, false)
				return false
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(doc.Find("body").Get(0))
	return out
}

// bylineTail is where a byline's names end: a date, a place, a separator.
var bylineTail = regexp.MustCompile(`(?i)\s+(on|in|at|am|le|el|il|op|\|)\s+|\s*[|·•–—]\s*|\s+\d`)

// ---- dates ----

// timeElementDate reads the publication date from <time> elements and
// date-classed elements: first those marked as publication dates, then those
// in the article, then a lone <time> in the page.
func timeElementDate(doc *goquery.Document, dmy bool) string {
	for _, sel := range []string{"time[pubdate]", `[itemprop="datePublished"]`,
		"article time", "main time", "[role=main] time", "time"} {
		found := ""
		doc.Find(sel).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			for _, k := range []string{"datetime", "content"} {
				if v, ok := s.Attr(k); ok {
					if iso, ok := parseDate(v, dmy); ok {
						found = iso
						return false
					}
				}
			}
			if iso, ok := parseDate(s.Text(), dmy); ok {
				found = iso
				return false
			}
			return true
		})
		if found != "" {
			if sel == "time" && doc.Find("time").Length() > 1 {
				break // several dates in the page and none marked: too weak
			}
			return found
		}
	}
	found := ""
	doc.Find("body *").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		words, _ := attrWords(s.Get(0))
		for _, w := range words {
			switch w {
			case "date", "published", "pubdate", "dateline", "timestamp", "byline", "meta", "posted":
				t := CollapseSpace(s.Text())
				if len(t) < 160 {
					if iso, ok := parseDate(t, dmy); ok {
						found = iso
						return false
					}
				}
			}
		}
		return true
	})
	if found != "" {
		return found
	}
	return dateNearHeadline(doc, dmy)
}

// dateNearHeadline reads a date written as a short line just below (or
// just above) the <h1>, as many ministry pages do with no markup at all.
func dateNearHeadline(doc *goquery.Document, dmy bool) string {
	h1 := doc.Find("h1").First()
	if h1.Length() == 0 {
		return ""
	}
	var texts []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
			texts = append(texts, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc.Find("body").Get(0))
	at := -1
	for i, t := range texts {
		if isUnder(t, h1.Get(0)) {
			at = i
		} else if at >= 0 {
			break
		}
	}
	if at < 0 {
		return ""
	}
	for _, i := range []int{1, 2, 3, 4, 5, 6, -1, -2, -3} {
		j := at + i
		if j < 0 || j >= len(texts) {
			continue
		}
		t := CollapseSpace(texts[j].Data)
		if len(t) > 80 {
			continue
		}
		if iso, ok := parseDate(t, dmy); ok {
			return iso
		}
	}
	return ""
}

var (
	reISODate     = regexp.MustCompile(`(\d{4})-(\d{1,2})-(\d{1,2})`)
	reSlashYMD    = regexp.MustCompile(`\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b`)
	reCompactDate = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:\D|$)`)
	reDotDMY      = regexp.MustCompile(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`)
	reSlashDMY    = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	reCJKDate     = regexp.MustCompile(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)
	reDayMonthY   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?([\p{L}]{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b`)
	reMonthDayY   = regexp.MustCompile(`(?i)\b([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
)

// Month names (and common abbreviations) in the languages policy pages are
// most often written in.
var monthNames = func() map[string]int {
	m := map[string]int{}
	lists := []string{
		"january february march april may june july august september october november december",
		"jan feb mar apr may jun jul aug sep oct nov dec",
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"januar februar märz april mai juni juli august september oktober november dezember",
		"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		"januari februari maart april mei juni juli augustus september oktober november december",
	}
	for _, l := range lists {
		for i, w := range strings.Fields(l) {
			m[w] = i + 1
		}
	}
	m["sept"] = 9
	m["jän"] = 1
	m["janv"] = 1
	m["févr"] = 2
	m["déc"] = 12
	m["dez"] = 12
	m["okt"] = 10
	m["mär"] = 3
	return m
}()

// ParsePageDate finds a calendar date in s (ISO 8601, RFC 1123, numeric
// day-month-year, "25 September 2024", "September 25, 2024", CJK
// 年月日, month names in several European languages) and returns it as
// YYYY-MM-DD. For ISO timestamps the date is the one written, not converted
// to UTC. A numeric date whose day and month cannot be told apart is
// refused.
func ParsePageDate(s string) (string, bool) { return parseDate(s, false) }

// parseDate is ParsePageDate; with dmy, an ambiguous numeric date is read
// day first (the convention nearly everywhere but the United States).
func parseDate(s string, dmy bool) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 300 {
		return "", false
	}
	try := func(y, mo, d string) (string, bool) {
		yi, _ := strconv.Atoi(y)
		mi, _ := strconv.Atoi(mo)
		di, _ := strconv.Atoi(d)
		return validDate(yi, mi, di)
	}
	if m := reISODate.FindStringSubmatch(s); m != nil {
		return try(m[1], m[2], m[3])
	}
	if m := reCompactDate.FindStringSubmatch(s); m != nil {
		return try(m[1], m[2], m[3])
	}
	if m := reSlashYMD.FindStringSubmatch(s); m != nil {
		return try(m[1], m[2], m[3])
	}
	if m := reCJKDate.FindStringSubmatch(s); m != nil {
		return try(m[1], m[2], m[3])
	}
	if m := reDayMonthY.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[strings.ToLower(m[2])]; ok {
			return try(m[3], strconv.Itoa(mo), m[1])
		}
	}
	for _, m := range reMonthDayY.FindAllStringSubmatch(s, -1) {
		if mo, ok := monthNames[strings.ToLower(m[1])]; ok {
			return try(m[3], strconv.Itoa(mo), m[2])
		}
	}
	if m := reDotDMY.FindStringSubmatch(s); m != nil {
		return try(m[3], m[2], m[1])
	}
	if m := reSlashDMY.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		switch {
		case a > 12 && b <= 12:
			return try(m[3], m[2], m[1])
		case b > 12 && a <= 12:
			return try(m[3], m[1], m[2])
		case dmy:
			return try(m[3], m[2], m[1])
		}
	}
	return "", false
}

func validDate(y, m, d int) (string, bool) {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 {
		return "", false
	}
	days := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if d > days[m] || (m == 2 && d == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0))) {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// primaryLanguage reduces a language tag ("en-GB", "pt_BR") to its
// lower-case primary subtag ("en", "pt").
func primaryLanguage(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_,; "); i >= 0 {
		tag = tag[:i]
	}
	tag = strings.ToLower(tag)
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, r := range tag {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return tag
}
