package library

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"readwell/app/article"
	"readwell/app/article/finish"
	"readwell/app/highlight"
)

func mustEntry(id, title, body string, saved time.Time) Entry {
	a := article.Article{ID: id, Title: title, Blocks: []article.Block{{Kind: "p", Text: body}}}
	finish.Article(&a)
	return Entry{Article: a, SavedAt: saved, UpdatedAt: saved}
}

// idA is an ID of the shape Import takes.
var idA = finish.NewID("https://example.com/a", "")

var t0 = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// storeContract is what every Store must do.
func storeContract(t *testing.T, s Store) {
	ctx := context.Background()
	if _, err := s.Get(ctx, "missing"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get(missing) = %v, want ErrNotFound", err)
	}
	a := mustEntry("a", "Tidal power returns", "Engineers in Cardiff revive a plan.", t0)
	b := mustEntry("b", "Harbour reopens", "The harbour reopened on Monday.", t0.Add(time.Hour))
	for _, e := range []Entry{a, b} {
		if err := s.Put(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Get(ctx, "a")
	if err != nil || got.Article.Title != a.Article.Title || !got.SavedAt.Equal(a.SavedAt) {
		t.Fatalf("Get(a) = %+v, %v", got, err)
	}
	list, err := s.List(ctx)
	if err != nil || len(list) != 2 || list[0].ID != "b" {
		t.Fatalf("List = %+v, %v; want b then a", list, err)
	}
	a.Progress, a.UpdatedAt = 0.5, t0.Add(2*time.Hour)
	if err := s.Put(ctx, a); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Get(ctx, "a"); got.Progress != 0.5 {
		t.Errorf("Put did not replace: progress %v", got.Progress)
	}
	if list, _ := s.List(ctx); len(list) != 2 {
		t.Errorf("Put of an existing id duplicated it: %d entries", len(list))
	}
	// Update: changes in place, keeps what it does not touch, writes
	// nothing on an error, creates only when asked.
	got, err = s.Update(ctx, "a", func(e *Entry) error {
		e.Tags = append(e.Tags, "energy")
		return nil
	})
	if err != nil || got.Progress != 0.5 || len(got.Tags) != 1 {
		t.Fatalf("Update(a) = %+v, %v", got, err)
	}
	// The list follows every write: tags, progress and the search text.
	if list, err := s.List(ctx); err != nil || len(list) != 2 || list[1].ID != "a" || len(list[1].Tags) != 1 || list[1].Progress != 0.5 {
		t.Errorf("List after Update(a) = %+v, %v; want a with its tag and progress", list, err)
	}
	if texts, err := s.SearchTexts(ctx); err != nil || len(texts) != 2 || texts["a"] != "tidal power returns\nengineers in cardiff revive a plan." {
		t.Errorf("SearchTexts = %q, %v; want a's and b's lowercased title and text", texts, err)
	}
	boom := errors.New("boom")
	if _, err := s.Update(ctx, "a", func(e *Entry) error { e.Progress = 0.9; return boom }); !errors.Is(err, boom) {
		t.Errorf("Update with a failing change = %v, want its error", err)
	}
	if got, _ := s.Get(ctx, "a"); got.Progress != 0.5 || len(got.Tags) != 1 || got.Tags[0] != "energy" {
		t.Errorf("after a failed Update: %+v", got)
	}
	if _, err := s.Update(ctx, "c", func(e *Entry) error { return nil }); !errors.Is(err, ErrNotFound) {
		t.Errorf("Update(missing) = %v, want ErrNotFound", err)
	}
	c := mustEntry("c", "Created", "Made by an update.", t0)
	if _, err := s.Update(ctx, "c", func(e *Entry) error { *e = c; return nil }); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Get(ctx, "c"); err != nil || got.Article.Title != "Created" {
		t.Errorf("Get(c) after a creating Update = %+v, %v", got, err)
	}
	s.Delete(ctx, "c")
	if err := s.Delete(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, "a"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get after Delete = %v", err)
	}
	if list, err := s.List(ctx); err != nil || len(list) != 1 || list[0].ID != "b" {
		t.Errorf("List after Delete(a) = %+v, %v; want b alone", list, err)
	}
	if texts, err := s.SearchTexts(ctx); err != nil || len(texts) != 1 || texts["b"] == "" {
		t.Errorf("SearchTexts after Delete(a) = %q, %v; want b's alone", texts, err)
	}
	if err := s.Delete(ctx, "a"); err != nil {
		t.Errorf("Delete twice = %v, want nil", err)
	}
}

func TestMemoryStore(t *testing.T) { storeContract(t, NewMemory()) }

// TestMemoryStoreConcurrentUpdates: writers adding marks at once keep
// every mark (what a Get-then-Put would lose).
func TestMemoryStoreConcurrentUpdates(t *testing.T) { concurrentUpdates(t, NewMemory()) }

// concurrentUpdates: 20 updates of one entry at once, each adding a tag:
// all 20 are kept.
func concurrentUpdates(t *testing.T, s Store) {
	ctx := context.Background()
	if err := s.Put(ctx, mustEntry("a", "Title", "Body text.", t0)); err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	for i := 0; i < 20; i++ {
		go func() {
			_, err := s.Update(ctx, "a", func(e *Entry) error {
				e.Tags = append(e.Tags, "t"+strconv.Itoa(i))
				return nil
			})
			done <- err
		}()
	}
	for i := 0; i < 20; i++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
	if got, _ := s.Get(ctx, "a"); len(got.Tags) != 20 {
		t.Errorf("%d tags kept of 20 written at once", len(got.Tags))
	}
	s.Delete(ctx, "a")
}

func TestMemoryStoreCopies(t *testing.T) {
	s := NewMemory()
	e := mustEntry("a", "Title", "Body text.", t0)
	s.Put(context.Background(), e)
	e.Article.Blocks[0].Text = "changed by the caller"
	got, _ := s.Get(context.Background(), "a")
	if got.Article.Blocks[0].Text != "Body text." {
		t.Errorf("the store shares memory with the caller")
	}
}

func TestSearch(t *testing.T) {
	list := []Summary{
		Summarize(mustEntry("a", "Tidal power returns", "Engineers in Cardiff revive a plan.", t0)),
		Summarize(mustEntry("b", "Harbour reopens", "The harbour reopened on Monday in Cardiff.", t0.Add(time.Hour))),
	}
	testCases := []struct {
		query string
		want  []string
	}{
		{"", []string{"b", "a"}},
		{"cardiff", []string{"b", "a"}},
		{"TIDAL", []string{"a"}},
		{"harbour monday", []string{"b"}},
		{"harbour tidal", nil},
	}
	for _, tc := range testCases {
		var ids []string
		for _, s := range Search(list, tc.query) {
			ids = append(ids, s.ID)
		}
		if strings.Join(ids, ",") != strings.Join(tc.want, ",") {
			t.Errorf("Search(%q) = %v, want %v", tc.query, ids, tc.want)
		}
	}

	// Before the texts are read, the titles are searched.
	for i := range list {
		list[i].Search = ""
	}
	for query, want := range map[string]string{"harbour": "b", "TIDAL": "a", "cardiff": "", "": "b,a"} {
		var ids []string
		for _, s := range Search(list, query) {
			ids = append(ids, s.ID)
		}
		if strings.Join(ids, ",") != want {
			t.Errorf("without texts, Search(%q) = %v, want %v", query, ids, want)
		}
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := NewMemory()
	for i, title := range []string{"One", "Two", "Three"} {
		e := mustEntry(finish.NewID("", title), title, "Body of "+title+".", t0.Add(time.Duration(i)*time.Hour))
		e.Progress = 0.25 * float64(i)
		if i == 1 {
			h, _ := highlight.New(e.Article, highlight.Span{Block: 0, Start: 8, EndBlock: 0, End: 11}, highlight.Pink, t0)
			h.Note = "A note <b>with</b> markup-like text & “quotes”"
			e.Highlights = []highlight.Highlight{h}
			e.Tags = []string{"energy", "Wales"}
		}
		src.Put(ctx, e)
	}
	data, err := Export(ctx, src, t0)
	if err != nil {
		t.Fatal(err)
	}
	dst := NewMemory()
	r, err := Import(ctx, dst, data)
	if err != nil || r.Added != 3 || len(r.Skipped) != 0 {
		t.Fatalf("Import = %+v, %v", r, err)
	}
	again, _ := Export(ctx, dst, t0)
	if string(again) != string(data) {
		t.Errorf("export → import → export is not byte-for-byte the same")
	}
	two, _ := dst.Get(ctx, finish.NewID("", "Two"))
	if len(two.Highlights) != 1 || two.Highlights[0].Text != "Two" || two.Highlights[0].Note == "" || strings.Join(two.Tags, ",") != "energy,Wales" {
		t.Errorf("imported entry lost its marks: highlights %+v, tags %v", two.Highlights, two.Tags)
	}
	// A second import changes nothing.
	if r, _ := Import(ctx, dst, data); r.Kept != 3 || r.Added+r.Updated != 0 {
		t.Errorf("re-import = %+v, want 3 kept", r)
	}
}

func TestImportNeverOverwritesNewer(t *testing.T) {
	ctx := context.Background()
	old := NewMemory()
	e := mustEntry(idA, "Title", "Body.", t0)
	old.Put(ctx, e)
	data, _ := Export(ctx, old, t0)

	s := NewMemory()
	newer := e
	newer.Progress, newer.UpdatedAt = 0.9, t0.Add(time.Hour)
	s.Put(ctx, newer)
	r, err := Import(ctx, s, data)
	if err != nil || r.Kept != 1 {
		t.Fatalf("Import = %+v, %v; want 1 kept", r, err)
	}
	if got, _ := s.Get(ctx, idA); got.Progress != 0.9 {
		t.Errorf("an older copy replaced the newer one")
	}
}

func TestImportRejectsBrokenFiles(t *testing.T) {
	ctx := context.Background()
	s := NewMemory()
	s.Put(ctx, mustEntry("keep", "Kept", "Body.", t0))
	testCases := []struct {
		name, data string
	}{
		{"not json", "hello"},
		{"other json", `{"articles": []}`},
		{"future version", `{"format":"readwell-library","version":99,"entries":[]}`},
		{"empty", ``},
	}
	for _, tc := range testCases {
		if _, err := Import(ctx, s, []byte(tc.data)); !errors.Is(err, ErrNotExport) {
			t.Errorf("Import(%s) = %v, want ErrNotExport", tc.name, err)
		}
	}
	mixed := `{"format":"readwell-library","version":1,"entries":[
		{"article":{"id":"0123456789abcdef","title":"Fine","blocks":[{"kind":"p","text":"Body."}]},"updatedAt":"2026-01-01T00:00:00Z"},
		{"article":{"id":"","title":"No id","blocks":[{"kind":"p","text":"x"}]}},
		{"article":{"id":"fedcba9876543210","title":"Bad quote","blocks":[{"kind":"p","text":"ab"}],"quotes":[{"block":0,"start":0,"end":99}]}},
		{"article":{"id":"x\"><img src=x onerror=alert(1)>","title":"Hostile id","blocks":[{"kind":"p","text":"x"}]}},
		{"article":{"id":"../../library","title":"Path id","blocks":[{"kind":"p","text":"x"}]}},
		"not an entry"]}`
	r, err := Import(ctx, s, []byte(mixed))
	if err != nil || r.Added != 1 || len(r.Skipped) != 5 {
		t.Fatalf("Import(mixed) = %+v, %v; want 1 added, 5 skipped with reasons", r, err)
	}
	for _, want := range []string{`entry 4 "Hostile id": not a Readwell article id`, `entry 5 "Path id": not a Readwell article id`} {
		if !strings.Contains(strings.Join(r.Skipped, "\n"), want) {
			t.Errorf("Import(mixed).Skipped = %q, want one %q", r.Skipped, want)
		}
	}
	if list, _ := s.List(ctx); len(list) != 2 {
		t.Errorf("library has %d entries, want the kept one and the added one", len(list))
	}
}

// TestImportHighlights: an entry keeps its valid highlights; the broken
// ones are skipped and named.
func TestImportHighlights(t *testing.T) {
	ctx := context.Background()
	e := mustEntry(idA, "Harbour", "The harbour reopened on Monday.", t0)
	mk := func(start, end int) highlight.Highlight {
		h, _ := highlight.New(e.Article, highlight.Span{Block: 0, Start: start, EndBlock: 0, End: end}, highlight.Yellow, t0)
		return h
	}
	good, over, out, foreign := mk(4, 11), mk(8, 20), mk(24, 30), mk(24, 30)
	out.Text, out.Block, out.EndBlock = "never there", 3, 3
	foreign.Article = "fedcba9876543210"
	e.Highlights = []highlight.Highlight{good, over, out, foreign}
	e.Tags = []string{" energy ", "Energy", ""}
	src := NewMemory()
	src.Put(ctx, e)
	data, _ := Export(ctx, src, t0)
	dst := NewMemory()
	r, err := Import(ctx, dst, data)
	if err != nil || r.Added != 1 || len(r.Skipped) != 3 {
		t.Fatalf("Import = %+v, %v; want 1 added, 3 highlights skipped", r, err)
	}
	for i, want := range []string{"highlight 2: overlaps highlight 1", "highlight 3: points outside the text", "highlight 4: belongs to another article"} {
		if !strings.HasSuffix(r.Skipped[i], want) || !strings.Contains(r.Skipped[i], `"Harbour"`) {
			t.Errorf("Skipped[%d] = %q, want the entry and %q", i, r.Skipped[i], want)
		}
	}
	got, _ := dst.Get(ctx, idA)
	if len(got.Highlights) != 1 || got.Highlights[0].ID != good.ID || strings.Join(got.Tags, ",") != "energy" {
		t.Errorf("imported: highlights %+v, tags %q", got.Highlights, got.Tags)
	}
}

// FuzzImport: any file — no panic, and nothing already saved disappears.
func FuzzImport(f *testing.F) {
	ctx := context.Background()
	src := NewMemory()
	src.Put(ctx, mustEntry(idA, "One", "Body.", t0))
	data, _ := Export(ctx, src, t0)
	f.Add(data)
	f.Add([]byte(`{"format":"readwell-library","version":1,"entries":[{}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := NewMemory()
		s.Put(ctx, mustEntry("keep", "Kept", "Body.", t0))
		Import(ctx, s, data)
		if _, err := s.Get(ctx, "keep"); err != nil {
			t.Fatalf("import lost a saved article: %v", err)
		}
	})
}
