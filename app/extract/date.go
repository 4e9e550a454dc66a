package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
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
	reMonthDayYear = regexp.MustCompile(`\b` + monthPattern + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// 4 May 2025 · 4. Mai 2025 · 4 de mayo de 2025 · 1er mai 2025
	reDayMonthYear = regexp.MustCompile(`\b(\d{1,2})(?:er|st|nd|rd|th|º)?\.?\s+(?:de\s+)?` + monthPattern + `\s+(?:de\s+|del\s+)?(\d{4})\b`)
	// 2025-05-04 · 2025/05/04
	reISO = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	// 04.05.2025 (day first) · 05/04/2025 (month first, unless the first is over 12)
	reNumeric = regexp.MustCompile(`\b(\d{1,2})([./])(\d{1,2})[./](\d{4})\b`)
)

// findDate returns the first date in s as YYYY-MM-DD, or "".
func findDate(s string) string {
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
		if sep == "." || a > 12 {
			consider(g[0], y, b, a)
		} else {
			consider(g[0], y, a, b)
		}
	}
	return best.date
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
