package corpus

import (
	"fmt"
	"io"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// HTMLToText extracts the main text and metadata of an HTML page.
// (Basic version: paragraphs of the body, title from <title>.)
func HTMLToText(r io.Reader) (string, Meta, error) {
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return "", Meta{}, fmt.Errorf("parsing html: %w", err)
	}
	var meta Meta
	meta.Title = strings.TrimSpace(doc.Find("title").First().Text())
	doc.Find("script, style, nav, header, footer, aside, form, noscript").Remove()
	var paras []string
	doc.Find("h1, h2, h3, h4, h5, h6, p, li, blockquote, td, th").Each(func(_ int, s *goquery.Selection) {
		if s.Find("p, li, blockquote").Length() > 0 {
			return
		}
		if t := strings.Join(strings.Fields(s.Text()), " "); t != "" {
			paras = append(paras, t)
		}
	})
	return strings.Join(paras, "\n\n"), meta, nil
}
