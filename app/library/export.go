package library

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"readwell/app/article"
	"readwell/app/highlight"
)

// Format names Readwell's export files; FormatVersion is their version.
const (
	Format        = "readwell-library"
	FormatVersion = 1
)

// MaxImportBytes bounds an import file.
const MaxImportBytes = 256 << 20

// ErrNotExport means the file is not a Readwell library export.
var ErrNotExport = errors.New("library: this file is not a Readwell library export")

// exportFile is the JSON of an export: the Article schema of DESIGN.md §2
// plus reading state, with a format version.
type exportFile struct {
	Format     string    `json:"format"`
	Version    int       `json:"version"`
	ExportedAt time.Time `json:"exportedAt"`
	Entries    []Entry   `json:"entries"`
}

// Export writes every entry of s, oldest first, as one JSON document.
func Export(ctx context.Context, s Store, now time.Time) ([]byte, error) {
	list, err := s.List(ctx)
	if err != nil {
		return nil, err
	}
	f := exportFile{Format: Format, Version: FormatVersion, ExportedAt: now.UTC(), Entries: []Entry{}}
	for i := len(list) - 1; i >= 0; i-- {
		e, err := s.Get(ctx, list[i].ID)
		if err != nil {
			return nil, fmt.Errorf("library: export %s: %w", list[i].ID, err)
		}
		f.Entries = append(f.Entries, e)
	}
	return json.MarshalIndent(f, "", " ")
}

// ImportReport says what an import did.
type ImportReport struct {
	Added, Updated, Kept int
	// Skipped lists entries left out, each with the reason.
	Skipped []string
}

func (r ImportReport) String() string {
	s := fmt.Sprintf("%d added, %d updated, %d kept (newer here)", r.Added, r.Updated, r.Kept)
	if n := len(r.Skipped); n > 0 {
		shown := r.Skipped[:min(n, 3)]
		s += fmt.Sprintf(", %d skipped: %s", n, strings.Join(shown, "; "))
		if n > len(shown) {
			s += fmt.Sprintf("; and %d more", n-len(shown))
		}
	}
	return s
}

// Import merges an export file into s by article ID. It validates the file
// first and changes nothing when the file is not an export; a broken entry
// is skipped with its reason, and so is a broken highlight (the entry is
// kept with the valid ones); a saved article is never replaced by an
// older copy.
func Import(ctx context.Context, s Store, data []byte) (ImportReport, error) {
	var r ImportReport
	if len(data) > MaxImportBytes {
		return r, fmt.Errorf("%w (over %d MiB)", ErrNotExport, MaxImportBytes>>20)
	}
	var head struct {
		Format  string            `json:"format"`
		Version int               `json:"version"`
		Entries []json.RawMessage `json:"entries"`
	}
	if err := json.Unmarshal(data, &head); err != nil || head.Format != Format {
		return r, ErrNotExport
	}
	if head.Version < 1 || head.Version > FormatVersion {
		return r, fmt.Errorf("%w: version %d is not one this app reads (1 to %d)", ErrNotExport, head.Version, FormatVersion)
	}
	for i, raw := range head.Entries {
		var e Entry
		if err := json.Unmarshal(raw, &e); err != nil {
			r.Skipped = append(r.Skipped, fmt.Sprintf("entry %d: unreadable", i+1))
			continue
		}
		if reason := invalid(e.Article); reason != "" {
			r.Skipped = append(r.Skipped, fmt.Sprintf("entry %d%s: %s", i+1, quotedTitle(e.Article.Title), reason))
			continue
		}
		var skipped []string
		e.Highlights, skipped = highlight.Check(e.Article, e.Highlights)
		for _, why := range skipped {
			r.Skipped = append(r.Skipped, fmt.Sprintf("entry %d%s: %s", i+1, quotedTitle(e.Article.Title), why))
		}
		e.Tags = CleanTags(e.Tags)
		outcome := 0
		_, err := s.Update(ctx, e.Article.ID, func(have *Entry) error {
			switch {
			case have.Article.ID == "":
				outcome = added
			case !e.UpdatedAt.After(have.UpdatedAt):
				outcome = kept
				return errKept
			default:
				outcome = updated
			}
			*have = e
			return nil
		})
		switch {
		case outcome == kept:
			r.Kept++
		case err != nil:
			return r, err
		case outcome == added:
			r.Added++
		default:
			r.Updated++
		}
	}
	return r, nil
}

// What Import did with one entry.
const (
	added = iota + 1
	updated
	kept
)

var errKept = errors.New("library: the saved copy is newer")

// invalid says why an article cannot be imported, or "".
func invalid(a article.Article) string {
	switch {
	case a.ID == "":
		return "no valid id"
	case !article.ValidID(a.ID):
		// IDs become /read/{id} links and reach pages: only the shape
		// Readwell gives them is taken.
		return "not a Readwell article id"
	case len(a.Blocks) == 0:
		return "no text"
	case !utf8.ValidString(a.Title):
		return "broken title"
	}
	for _, q := range a.Quotes {
		if q.Block < 0 || q.Block >= len(a.Blocks) || q.Start < 0 || q.End > utf8.RuneCountInString(a.Blocks[q.Block].Text) || q.Start > q.End {
			return "a quotation points outside the text"
		}
	}
	for _, m := range a.Mentions {
		if m.Block < 0 || m.Block >= len(a.Blocks) || m.Start < 0 || m.End > utf8.RuneCountInString(a.Blocks[m.Block].Text) || m.Start > m.End {
			return "a mention points outside the text"
		}
	}
	return ""
}

// quotedTitle names a skipped entry by its title, shortened: ` "Title"`,
// or nothing when it has none.
func quotedTitle(title string) string {
	title = strings.Join(strings.Fields(title), " ")
	if title == "" || !utf8.ValidString(title) {
		return ""
	}
	if r := []rune(title); len(r) > 40 {
		title = string(r[:40]) + "…"
	}
	return fmt.Sprintf(" %q", title)
}
