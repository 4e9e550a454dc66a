// Package library keeps saved articles: the Store interface, an in-memory
// store (host tests, the server) and an IndexedDB store (the browser, in
// the one js/wasm file of this package), plus export and import of the
// whole library as one JSON file. Nothing here may lose a saved article.
package library

import (
	"context"
	"errors"
	"sort"
	"strings"
	"time"

	"readwell/app/article"
	"readwell/app/highlight"
)

// Errors callers branch on.
var (
	ErrNotFound    = errors.New("library: no such article")
	ErrQuota       = errors.New("library: the device is out of storage space; delete some articles or export the library")
	ErrUnavailable = errors.New("library: storage is not available in this browser (private mode?); articles cannot be saved")
	// ErrReplaced: this page let go of the library so that a newer Readwell
	// in another tab could upgrade it.
	ErrReplaced = errors.New("library: Readwell was updated in another tab; reload this page to go on")
)

// Entry is a saved article with its reading state.
type Entry struct {
	Article article.Article `json:"article"`
	// SavedAt is when it was first saved; UpdatedAt when anything changed
	// (import keeps the newer of two copies).
	SavedAt   time.Time `json:"savedAt"`
	UpdatedAt time.Time `json:"updatedAt"`
	// Progress is how far it was read, 0 to 1; Read marks it finished.
	Progress float64 `json:"progress"`
	Read     bool    `json:"read"`
	// Highlights are the reader's marks on the article, oldest first;
	// Tags the reader's own tags (the publisher's stay in Article.Tags).
	Highlights []highlight.Highlight `json:"highlights,omitempty"`
	Tags       []string              `json:"tags,omitempty"`
}

// Summary is what the library page lists and searches: no body blocks.
type Summary struct {
	ID             string    `json:"id"`
	Title          string    `json:"title"`
	SiteName       string    `json:"siteName"`
	URL            string    `json:"url"`
	Published      string    `json:"published"`
	ReadingMinutes int       `json:"readingMinutes"`
	SavedAt        time.Time `json:"savedAt"`
	Progress       float64   `json:"progress"`
	Read           bool      `json:"read"`
	// Search is the lowercased title and body, for instant search. List
	// may leave it empty (see Store.SearchTexts).
	Search string `json:"search"`
	// Tags, Highlights: the entry's, so /library and /highlights need no
	// article bodies; Lost names the highlights not found in the text.
	Tags       []string              `json:"tags,omitempty"`
	Highlights []highlight.Highlight `json:"highlights,omitempty"`
	Lost       []string              `json:"lost,omitempty"`
}

// Store is where saved articles live.
type Store interface {
	Put(ctx context.Context, e Entry) error
	Get(ctx context.Context, id string) (Entry, error)
	// List answers every summary, newest first. It may leave each one's
	// Search empty: the texts are most of what a library weighs, so the
	// browser's store lists without them; SearchTexts answers them.
	List(ctx context.Context) ([]Summary, error)
	// SearchTexts answers every article's Summary.Search, by id.
	SearchTexts(ctx context.Context) (map[string]string, error)
	Delete(ctx context.Context, id string) error
	// Update reads, changes and writes the entry id as one step, so two
	// tabs changing the same entry never lose each other's changes.
	// change gets the stored entry, or a zero Entry when there is none,
	// which it may fill in to create it; left without an article ID,
	// nothing is written and Update answers ErrNotFound. An error from
	// change writes nothing and is returned.
	Update(ctx context.Context, id string, change func(e *Entry) error) (Entry, error)
}

// Summarize derives an entry's summary.
func Summarize(e Entry) Summary {
	var b strings.Builder
	b.WriteString(strings.ToLower(e.Article.Title))
	for _, blk := range e.Article.Blocks {
		b.WriteByte('\n')
		b.WriteString(strings.ToLower(blk.Text))
	}
	var lost []string
	if len(e.Highlights) > 0 {
		lost = highlight.Place(e.Article.Blocks, e.Highlights).Lost
	}
	return Summary{
		ID: e.Article.ID, Title: e.Article.Title, SiteName: e.Article.SiteName, URL: e.Article.URL,
		Published: e.Article.Published, ReadingMinutes: e.Article.ReadingMinutes,
		SavedAt: e.SavedAt, Progress: e.Progress, Read: e.Read, Search: b.String(),
		Tags: e.Tags, Highlights: e.Highlights, Lost: lost,
	}
}

// WithSearchTexts fills in the Search of each summary in list that has
// none from texts, and says whether every one has it then.
func WithSearchTexts(list []Summary, texts map[string]string) bool {
	all := true
	for i := range list {
		if list[i].Search != "" {
			continue
		}
		if t, ok := texts[list[i].ID]; ok {
			list[i].Search = t
		} else {
			all = false
		}
	}
	return all
}

// Search returns the summaries whose title or text holds every word of
// query, newest first. An empty query returns all. A summary whose search
// text is not read yet (the list comes first, the texts after it) is
// searched by its title: a reader typing at once sees those matches, and
// the rest when the texts come (WithSearchTexts).
func Search(list []Summary, query string) []Summary {
	words := strings.Fields(strings.ToLower(query))
	out := make([]Summary, 0, len(list))
	for _, s := range list {
		text := s.Search
		if text == "" && len(words) > 0 {
			text = strings.ToLower(s.Title)
		}
		ok := true
		for _, w := range words {
			if !strings.Contains(text, w) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, s)
		}
	}
	SortNewestFirst(out)
	return out
}

// SortNewestFirst orders summaries by save time, newest first.
func SortNewestFirst(list []Summary) {
	sort.SliceStable(list, func(i, j int) bool { return list[i].SavedAt.After(list[j].SavedAt) })
}

var errChangedID = errors.New("library: an update changed the article's id")
