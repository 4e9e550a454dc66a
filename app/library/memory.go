package library

import (
	"context"
	"encoding/json"
	"sync"
)

// Memory is a Store in memory. Entries are kept as JSON, so a caller's
// later changes to an Article never reach the stored copy — as in a real
// database.
type Memory struct {
	mu      sync.Mutex
	entries map[string][]byte
}

// NewMemory returns an empty in-memory store.
func NewMemory() *Memory { return &Memory{entries: map[string][]byte{}} }

// Put saves e, replacing an entry with the same article ID.
func (m *Memory) Put(ctx context.Context, e Entry) error {
	data, err := json.Marshal(e)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.entries[e.Article.ID] = data
	return nil
}

// Get returns the entry for id.
func (m *Memory) Get(ctx context.Context, id string) (Entry, error) {
	m.mu.Lock()
	data, ok := m.entries[id]
	m.mu.Unlock()
	if !ok {
		return Entry{}, ErrNotFound
	}
	var e Entry
	err := json.Unmarshal(data, &e)
	return e, err
}

// List returns every entry's summary, newest first.
func (m *Memory) List(ctx context.Context) ([]Summary, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]Summary, 0, len(m.entries))
	for _, data := range m.entries {
		var e Entry
		if err := json.Unmarshal(data, &e); err != nil {
			return nil, err
		}
		out = append(out, Summarize(e))
	}
	SortNewestFirst(out)
	return out, nil
}

// SearchTexts answers every entry's search text by id.
func (m *Memory) SearchTexts(ctx context.Context) (map[string]string, error) {
	list, err := m.List(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(list))
	for _, s := range list {
		out[s.ID] = s.Search
	}
	return out, nil
}

// Delete removes id; deleting what is not there is no error.
func (m *Memory) Delete(ctx context.Context, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.entries, id)
	return nil
}

// Update changes the entry id under the store's lock.
func (m *Memory) Update(ctx context.Context, id string, change func(e *Entry) error) (Entry, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var e Entry
	if data, ok := m.entries[id]; ok {
		if err := json.Unmarshal(data, &e); err != nil {
			return Entry{}, err
		}
	}
	if err := change(&e); err != nil {
		return Entry{}, err
	}
	if e.Article.ID == "" {
		return Entry{}, ErrNotFound
	}
	if e.Article.ID != id {
		return Entry{}, errChangedID
	}
	data, err := json.Marshal(e)
	if err != nil {
		return Entry{}, err
	}
	m.entries[id] = data
	return e, nil
}
