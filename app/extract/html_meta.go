package extract

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/PuerkitoBio/goquery"
)

// pageMeta is what a page says about itself: meta tags, JSON-LD, <title>.
type pageMeta struct {
	title, description, byline, section, siteName string
	lang, dir, published, canonical               string
	tags                                          []string
	articleBody                                   string // JSON-LD articleBody, a guide to the body
}

func readMeta(doc *goquery.Document, base *url.URL) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	var articleTags []string
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		key := strings.ToLower(firstNonEmpty(s.AttrOr("property", ""), s.AttrOr("name", ""), s.AttrOr("itemprop", "")))
		val := strings.TrimSpace(s.AttrOr("content", ""))
		if key == "" || val == "" {
			return
		}
		if key == "article:tag" {
			articleTags = append(articleTags, val)
		}
		if _, seen := metas[key]; !seen {
			metas[key] = val
		}
	})
	ld := readJSONLD(doc)

	m.siteName = collapseSpace(firstNonEmpty(metas["og:site_name"], ld.publisher, metas["application-name"]))
	m.title = chooseTitle(doc, metas, ld, m.siteName)
	m.description = collapseSpace(firstNonEmpty(metas["og:description"], metas["description"], metas["twitter:description"], ld.description))
	machine := ""
	for _, d := range []string{ld.published, metas["article:published_time"], metas["datepublished"],
		metas["pubdate"], metas["publishdate"], metas["date"], metas["dc.date.issued"], metas["dc.date"],
		metas["sailthru.date"], metas["parsely-pub-date"],
		doc.Find("time[itemprop~=datePublished][datetime], time[pubdate][datetime]").First().AttrOr("datetime", ""),
		doc.Find("time[datetime]").First().AttrOr("datetime", "")} {
		if machine = plausibleDate(normalizeDate(d)); machine != "" {
			break
		}
	}
	htmlEl := doc.Find("html").First()
	var contentLanguage string
	doc.Find("meta[http-equiv]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if strings.EqualFold(s.AttrOr("http-equiv", ""), "content-language") {
			contentLanguage = s.AttrOr("content", "")
			return false
		}
		return true
	})
	rawLang := firstNonEmpty(htmlEl.AttrOr("lang", ""), htmlEl.AttrOr("xml:lang", ""), metas["og:locale"], contentLanguage)

	// What the page shows around its headline comes first: metadata often
	// names the site or a department, or holds the UTC day.
	var shown visibleHeader
	if body := doc.Find("body").First(); body.Length() > 0 {
		shown = readVisibleHeader(body.Nodes[0], m.title, headerHints{siteName: m.siteName, dayFirst: dayFirstLang(rawLang), machine: machine})
	}
	m.byline = shown.byline
	for _, b := range []string{ld.author, metas["author"], metas["byl"], metas["parsely-author"], metas["sailthru.author"], nonURL(metas["article:author"])} {
		if m.byline != "" {
			break
		}
		m.byline = cleanByline(b, m.siteName)
	}
	if m.byline == "" {
		m.byline = shown.elsewhere
	}
	m.section = collapseSpace(firstNonEmpty(metas["article:section"], ld.section, metas["parsely-section"]))
	m.published = choosePublished(machine, shown.published, shown.updated)
	m.tags = cleanTags(firstNonEmptyList(articleTags, ld.keywords, splitKeywords(metas["news_keywords"])))
	m.articleBody = ld.articleBody

	m.lang = normalizeLang(rawLang)
	if d := strings.ToLower(strings.TrimSpace(firstNonEmpty(htmlEl.AttrOr("dir", ""), doc.Find("body").AttrOr("dir", "")))); d == "rtl" || d == "ltr" {
		m.dir = d
	}
	canonical := firstNonEmpty(doc.Find(`link[rel="canonical"]`).AttrOr("href", ""), metas["og:url"])
	m.canonical = resolveURL(base, canonical)
	return m
}

// chooseTitle prefers the page's own headline (an h1 that the <title> or
// og:title also carries), then og:title, JSON-LD headline and <title>, each
// without a " | Site name" part.
func chooseTitle(doc *goquery.Document, metas map[string]string, ld jsonLDArticle, siteName string) string {
	docTitle := collapseSpace(doc.Find("title").First().Text())
	declared := []string{metas["og:title"], ld.headline, metas["twitter:title"], docTitle}
	var h1 string
	var h1s []string
	doc.Find("h1").EachWithBreak(func(i int, s *goquery.Selection) bool {
		t := collapseSpace(s.Text())
		if countWords(t) < 2 || isSiteName(t, siteName, docTitle) {
			return i < 3
		}
		h1s = append(h1s, t)
		lower := strings.ToLower(t)
		for _, d := range declared {
			if d != "" && strings.Contains(strings.ToLower(d), lower) {
				h1 = t
				return false
			}
			// A shortened headline in <title> ("Harbour reopens | Site"
			// for the h1 "Harbour reopens after a month of repairs").
			// Only a title visibly cut at a separator counts: a bare
			// site name in <title> is not a shortened headline.
			if head := titleHead(d); head != collapseSpace(d) && countWords(head) >= 2 && strings.HasPrefix(lower, strings.ToLower(head)) {
				h1 = t
				return false
			}
		}
		return i < 3
	})
	if h1 == "" {
		h1 = rewordedHeadline(h1s, declared)
	}
	if h1 != "" {
		return h1
	}
	for _, d := range declared {
		if t := stripSiteName(collapseSpace(d), siteName); t != "" {
			return t
		}
	}
	return ""
}

// isSiteName: an h1 that is the site's name (a blog's masthead), told by
// og:site_name or by being the part of <title> after a separator.
func isSiteName(h1, siteName, docTitle string) bool {
	if siteName != "" && strings.EqualFold(h1, siteName) {
		return true
	}
	for _, sep := range titleSeparators {
		parts := strings.Split(docTitle, sep)
		for _, p := range parts[1:] {
			if strings.EqualFold(strings.TrimSpace(p), h1) {
				return true
			}
		}
	}
	return false
}

// rewordedHeadline is the first of the first h1s that shares most of its
// words with a declared title: sites reword the headline for search and
// social cards ("HS Roundup: …" for "High School Roundup: …"), and the
// reader sees the h1.
func rewordedHeadline(h1s, declared []string) string {
	for i, h := range h1s {
		if i == 3 {
			break
		}
		hw := titleWords(h)
		if len(hw) < 3 {
			continue
		}
		for _, d := range declared {
			dw := titleWords(d)
			shared := 0
			for w := range hw {
				if dw[w] {
					shared++
				}
			}
			if shared >= 3 && shared*2 >= min(len(hw), len(dw)) {
				return h
			}
		}
	}
	return ""
}

// titleWords are a title's words, lower-case, without punctuation.
func titleWords(s string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words[w] = true
	}
	return words
}

// titleHead is a declared title up to its first separator.
func titleHead(title string) string {
	title = collapseSpace(title)
	for _, sep := range titleSeparators {
		if i := strings.Index(title, sep); i > 0 {
			title = title[:i]
		}
	}
	return strings.TrimSpace(title)
}

var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " // "}

// stripSiteName removes a site name joined to a title by a separator:
// "Headline | Site" → "Headline", "Site - Headline" → "Headline".
func stripSiteName(title, siteName string) string {
	for _, sep := range titleSeparators {
		parts := strings.Split(title, sep)
		if len(parts) < 2 {
			continue
		}
		first, last := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[len(parts)-1])
		restAfterFirst := strings.TrimSpace(strings.Join(parts[1:], sep))
		restBeforeLast := strings.TrimSpace(strings.Join(parts[:len(parts)-1], sep))
		switch {
		case siteName != "" && strings.EqualFold(last, siteName):
			return restBeforeLast
		case siteName != "" && strings.EqualFold(first, siteName):
			return restAfterFirst
		case countWords(last) <= 4 && countWords(restBeforeLast) >= 3:
			return restBeforeLast
		}
	}
	return title
}

// jsonLDArticle holds the fields Readwell reads from a page's JSON-LD.
type jsonLDArticle struct {
	headline, description, author, section, published, publisher, articleBody string
	keywords                                                                  []string
}

var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "scholarlyarticle": true, "techarticle": true, "report": true,
	"liveblogposting": true, "webpage": false,
}

func readJSONLD(doc *goquery.Document) jsonLDArticle {
	var best jsonLDArticle
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		raw := strings.TrimSpace(s.Text())
		if len(raw) > 1<<20 {
			return
		}
		var v any
		if err := json.Unmarshal([]byte(raw), &v); err != nil {
			return
		}
		for _, obj := range jsonLDObjects(v, 0) {
			if !isArticleType(obj["@type"]) {
				continue
			}
			a := jsonLDArticle{
				headline:    jsonString(obj["headline"]),
				description: jsonString(obj["description"]),
				author:      jsonNames(obj["author"]),
				section:     firstOf(jsonStrings(obj["articleSection"])),
				published:   jsonString(obj["datePublished"]),
				articleBody: jsonString(obj["articleBody"]),
				keywords:    jsonKeywords(obj["keywords"]),
			}
			if p, ok := obj["publisher"].(map[string]any); ok {
				a.publisher = jsonString(p["name"])
			}
			if best.headline == "" || len(a.articleBody) > len(best.articleBody) {
				best = a
			}
		}
	})
	return best
}

func jsonLDObjects(v any, depth int) []map[string]any {
	if depth > 8 {
		return nil
	}
	var out []map[string]any
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			out = append(out, jsonLDObjects(e, depth+1)...)
		}
	case map[string]any:
		out = append(out, x)
		if g, ok := x["@graph"]; ok {
			out = append(out, jsonLDObjects(g, depth+1)...)
		}
		if me, ok := x["mainEntity"]; ok {
			out = append(out, jsonLDObjects(me, depth+1)...)
		}
	}
	return out
}

func isArticleType(t any) bool {
	for _, s := range jsonStrings(t) {
		if articleTypes[strings.ToLower(s)] {
			return true
		}
	}
	return false
}

func jsonString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return jsonString(x[0])
		}
	}
	return ""
}

func jsonStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// jsonNames reads author values: a name, a Person, or a list of them.
func jsonNames(v any) string {
	var names []string
	switch x := v.(type) {
	case string:
		names = append(names, x)
	case map[string]any:
		names = append(names, jsonString(x["name"]))
	case []any:
		for _, e := range x {
			if n := jsonNames(e); n != "" {
				names = append(names, n)
			}
		}
	}
	var kept []string
	for _, n := range names {
		if n = collapseSpace(n); n != "" && !strings.HasPrefix(n, "http") {
			kept = append(kept, n)
		}
	}
	return strings.Join(kept, " and ")
}

func jsonKeywords(v any) []string {
	switch x := v.(type) {
	case string:
		return splitKeywords(x)
	case []any:
		return jsonStrings(x)
	}
	return nil
}

func splitKeywords(s string) []string {
	var out []string
	for _, k := range strings.Split(s, ",") {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// cleanTags drops machine tags ("tag:foo", "section/x", ids) and duplicates.
func cleanTags(tags []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, t := range tags {
		t = collapseSpace(t)
		if t == "" || len(t) > 60 || strings.ContainsAny(t, ":/=_{}<>") || seen[strings.ToLower(t)] {
			continue
		}
		seen[strings.ToLower(t)] = true
		out = append(out, t)
		if len(out) == 20 {
			break
		}
	}
	return out
}

// normalizeDate returns an RFC 3339 date-time, a YYYY-MM-DD date, or "".
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return findDate(s)
}

// dayFirstLang: whether a page in this language writes 05/10/2018 for 5
// October. English is read month first unless its region writes day first.
func dayFirstLang(lang string) bool {
	lang = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-"))
	base, region, _ := strings.Cut(lang, "-")
	if base == "" {
		return false
	}
	if base == "en" {
		switch region {
		case "gb", "uk", "au", "nz", "ie", "in", "za", "ng":
			return true
		}
		return false
	}
	return true
}

func normalizeLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "_", "-")))
	if i := strings.IndexByte(s, '-'); i > 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

func resolveURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

func nonURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func firstNonEmptyList(lists ...[]string) []string {
	for _, l := range lists {
		if len(l) > 0 {
			return l
		}
	}
	return nil
}

func firstOf(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[0]
}
