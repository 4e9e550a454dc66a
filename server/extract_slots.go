package main

import (
	"context"
	"errors"
	"runtime"
	"time"
)

// ErrBusy means every extraction slot stayed taken while the request
// waited: the client may try again shortly (503 with Retry-After).
var ErrBusy = errors.New("api: the server is busy; try again in a few seconds")

// extractSlots bounds the extractions (pipeline runs) the server does at
// once. Each can take a few hundred MB and a core for a second on a 5 MiB
// page, so without a bound a handful of clients could exhaust the machine;
// a request waits up to wait for a slot, then gets ErrBusy. Fetching a URL
// is not counted: a slow site costs a connection, not a core.
type extractSlots struct {
	slots chan struct{}
	wait  time.Duration
}

// Defaults: one extraction per core, at least two; a few seconds of queue.
const defaultExtractWait = 5 * time.Second

func defaultExtractions() int { return max(2, runtime.GOMAXPROCS(0)) }

// newExtractSlots allows n extractions at once (n < 1: the default), each
// waiting at most wait (0: the default) for its turn.
func newExtractSlots(n int, wait time.Duration) *extractSlots {
	if n < 1 {
		n = defaultExtractions()
	}
	if wait <= 0 {
		wait = defaultExtractWait
	}
	return &extractSlots{slots: make(chan struct{}, n), wait: wait}
}

// acquire takes a slot, or fails with ErrBusy after s.wait or with
// ctx.Err() when the client goes away first. A slot taken is given back
// with release.
func (s *extractSlots) acquire(ctx context.Context) error {
	select {
	case s.slots <- struct{}{}:
		return nil
	default:
	}
	t := time.NewTimer(s.wait)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
		return nil
	case <-t.C:
		return ErrBusy
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *extractSlots) release() { <-s.slots }
