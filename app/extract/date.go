package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// monthNames maps month names and their usual abbreviations, in English,
// Spanish, French, German, Italian and Portuguese, to 1–12.
var monthNames = map[string]int{}

func init() {
	lists := [][]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
	}
	for _, list := range lists {
		for i, name := range list {
			monthNames[name] = i + 1
		}
	}
	for _, abbr := range [][]string{
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
		{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
		{"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"},
	} {
		for i, name := range abbr {
			if _, taken := monthNames[name]; !taken {
				monthNames[name] = i + 1
			}
		}
	}
	monthNames["sept"] = 9
}

const monthPattern = `([a-zà-ü]{3,10})\.?`

var (
	// May 4, 2025 · Nov. 19 2019
	// The year may be glued to what follows ("Nov. 20, 2019Updated:").
	reMonthDayYear = regexp.MustCompile(`\b` + monthPattern + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\D|$)`)
	// 4 May 2025 · 4. Mai 2025 · 4 de mayo de 2025 · 1er mai 2025
	reDayMonthYear = regexp.MustCompile(`\b(\d{1,2})(?:er|st|nd|rd|th|º)?\.?\s+(?:de\s+)?` + monthPattern + `\s+(?:de\s+|del\s+)?(\d{4})(?:\D|$)`)
	// 2025-05-04 · 2025/05/04 · 2019-11-18T20:51:19Z
	reISO = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\D|$)`)
	// 04.05.2025 (day first) · 05/04/2025 (month first, unless the first is over 12)
	reNumeric = regexp.MustCompile(`\b(\d{1,2})([./])(\d{1,2})[./](\d{4})(?:\D|$)`)
)

// findDate returns the first date in s as YYYY-MM-DD, or "". A numeric
// date with slashes is read month first ("05/04/2025" is May 4) unless
// its first number is over 12.
func findDate(s string) string {
	return findDateOrder(s, false)
}

// findDateOrder is findDate reading slashed numeric dates day first when
// dayFirst is set, as outside the United States ("05/10/2018" is 5 October).
func findDateOrder(s string, dayFirst bool) string {
	lower := strings.ToLower(s)
	type match struct {
		at   int
		date string
	}
	best := match{at: -1}
	consider := func(at int, y, m, d int) {
		if !validDate(y, m, d) {
			return
		}
		if best.at < 0 || at < best.at {
			best = match{at, fmt.Sprintf("%04d-%02d-%02d", y, m, d)}
		}
	}
	for _, g := range reMonthDayYear.FindAllStringSubmatchIndex(lower, -1) {
		if m, ok := monthNames[lower[g[2]:g[3]]]; ok {
			consider(g[0], atoi(lower[g[6]:g[7]]), m, atoi(lower[g[4]:g[5]]))
		}
	}
	for _, g := range reDayMonthYear.FindAllStringSubmatchIndex(lower, -1) {
		if m, ok := monthNames[lower[g[4]:g[5]]]; ok {
			consider(g[0], atoi(lower[g[6]:g[7]]), m, atoi(lower[g[2]:g[3]]))
		}
	}
	for _, g := range reISO.FindAllStringSubmatchIndex(lower, -1) {
		consider(g[0], atoi(lower[g[2]:g[3]]), atoi(lower[g[4]:g[5]]), atoi(lower[g[6]:g[7]]))
	}
	for _, g := range reNumeric.FindAllStringSubmatchIndex(lower, -1) {
		a, sep, b, y := atoi(lower[g[2]:g[3]]), lower[g[4]:g[5]], atoi(lower[g[6]:g[7]]), atoi(lower[g[8]:g[9]])
		if sep == "." && b > 12 && a <= 12 {
			consider(g[0], y, a, b) // "11.14.2019": the month first after all
		} else if sep == "." || a > 12 || dayFirst && b <= 12 {
			consider(g[0], y, b, a)
		} else {
			consider(g[0], y, a, b)
		}
	}
	return best.date
}

// reMonthDay is a day without its year: "Nov 18", "November 18th".
var reMonthDay = regexp.MustCompile(`\b` + monthPattern + `\s+(\d{1,2})(?:st|nd|rd|th)?\b`)

// findMonthDay reads a day shown without its year ("Posted Nov 18, 8:19
// PM") in the year of near, a date from the page's metadata, when it falls
// within two days of it; "" otherwise.
func findMonthDay(s, near string) string {
	t, err := time.Parse("2006-01-02", prefix(near, 10))
	if err != nil {
		return ""
	}
	lower := strings.ToLower(s)
	g := reMonthDay.FindStringSubmatchIndex(lower)
	if g == nil {
		return ""
	}
	m, ok := monthNames[lower[g[2]:g[3]]]
	if !ok || !validDate(t.Year(), m, atoi(lower[g[4]:g[5]])) {
		return ""
	}
	day := fmt.Sprintf("%04d-%02d-%02d", t.Year(), m, atoi(lower[g[4]:g[5]]))
	if d := daysApart(day, t.Format("2006-01-02")); d < 0 || d > 2 {
		return ""
	}
	return day
}

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func validDate(y, m, d int) bool {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if d > days[m] {
		return false
	}
	return m != 2 || d < 29 || y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// isDateLine reports whether a short line is a date stamp ("Sunday, May 4,
// 2025", "Published 19/11/2019 12:21") rather than a sentence that names a date.
func isDateLine(s string) bool {
	return findDate(s) != ""
}

// now is the clock plausible dates are judged by; tests may set it.
var now = time.Now

// earliestDate is the first day a published date may name: older dates in
// a news page's metadata are placeholders (a zero time prints as "January
// 1, 0001"), not a publication day.
var earliestDate = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)

// plausibleDate returns a normalized date (RFC 3339 or YYYY-MM-DD) when it
// lies between 1990 and a day from now, and "" otherwise.
func plausibleDate(s string) string {
	var t time.Time
	var err error
	if len(s) == len("2006-01-02") {
		t, err = time.Parse("2006-01-02", s)
	} else {
		t, err = time.Parse(time.RFC3339, s)
	}
	if err != nil || t.Before(earliestDate) || t.After(now().Add(24*time.Hour)) {
		return ""
	}
	return s
}

// plausibleDay is plausibleDate for a YYYY-MM-DD day.
func plausibleDay(s string) string {
	if s == "" {
		return ""
	}
	return plausibleDate(s)
}

// choosePublished picks the date a reader should see. A date the page
// shows as published wins: metadata often holds the UTC day or a later
// edit. The metadata date keeps its time when both name the same day, and
// fills in when the page shows only an update, unless it is a UTC time a
// day off the update the page shows (the same moment, seen from the page's
// time zone).
func choosePublished(machine, shownPublished, shownUpdated string) string {
	switch {
	case shownPublished != "":
		if strings.HasPrefix(machine, shownPublished) {
			return machine
		}
		return shownPublished
	case machine != "":
		if shownUpdated != "" && isUTC(machine) && !strings.HasPrefix(machine, shownUpdated) && daysApart(machine[:10], shownUpdated) == 1 {
			return shownUpdated
		}
		return machine
	}
	return shownUpdated
}

func isUTC(s string) bool {
	return strings.HasSuffix(s, "Z") || strings.HasSuffix(s, "+00:00")
}

// daysApart is the number of days between two YYYY-MM-DD days, or -1.
func daysApart(a, b string) int {
	ta, errA := time.Parse("2006-01-02", a)
	tb, errB := time.Parse("2006-01-02", b)
	if errA != nil || errB != nil {
		return -1
	}
	d := ta.Sub(tb)
	if d < 0 {
		d = -d
	}
	return int(d.Hours() / 24)
}
