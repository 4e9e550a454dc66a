package library

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Bounds on a reader's tags.
const (
	maxTags    = 32
	maxTagLen  = 40
	tagBreaker = ","
)

// CleanTags tidies a reader's tags: spaces collapsed, commas and empty
// tags dropped, at most maxTags of at most maxTagLen runes, each once
// (ignoring case), in the order given.
func CleanTags(tags []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		t = strings.Join(strings.Fields(strings.ReplaceAll(t, tagBreaker, " ")), " ")
		if !utf8.ValidString(t) || t == "" {
			continue
		}
		if utf8.RuneCountInString(t) > maxTagLen {
			t = string([]rune(t)[:maxTagLen])
		}
		if k := strings.ToLower(t); !seen[k] && len(out) < maxTags {
			seen[k] = true
			out = append(out, t)
		}
	}
	return out
}

// AllTags lists every tag of the library once, sorted, for suggestions
// and the library's filter.
func AllTags(list []Summary) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range list {
		for _, t := range s.Tags {
			if k := strings.ToLower(t); !seen[k] {
				seen[k] = true
				out = append(out, t)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i]) < strings.ToLower(out[j]) })
	return out
}

// HasTag reports whether s carries tag (ignoring case); every summary has
// the empty tag.
func HasTag(s Summary, tag string) bool {
	if tag == "" {
		return true
	}
	for _, t := range s.Tags {
		if strings.EqualFold(t, tag) {
			return true
		}
	}
	return false
}
