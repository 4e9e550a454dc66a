package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"testing"
	"time"
)

// TestLoad (make load) sends a bounded load to the real handler on
// loopback: 2,000 GETs of / and /web/app.wasm from 50 clients, then 200
// POST /api/extract with an HTML page, twice, and reports latency,
// throughput, errors and the heap after each run. Measurements only.
func TestLoad(t *testing.T) {
	if os.Getenv("READWELL_LOAD") == "" {
		t.Skip("set READWELL_LOAD=1 (make load)")
	}
	web, _ := filepath.Abs("../web")
	srv := mustTestServer(t, web)
	page, err := os.ReadFile("../app/extract/testdata/html/structured-article.html")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]string{"html": string(page)})
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64, DisableCompression: true}}

	for run := 1; run <= 2; run++ {
		gets := make([]func() (*http.Request, error), 0, 2000)
		for i := 0; i < 2000; i++ {
			path := "/"
			if i%2 == 1 {
				path = "/web/app.wasm"
			}
			gets = append(gets, func() (*http.Request, error) {
				req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
				if err == nil {
					req.Header.Set("Accept-Encoding", "br, gzip")
				}
				return req, err
			})
		}
		report(t, fmt.Sprintf("run %d: 2,000 GET / and /web/app.wasm", run), client, 50, gets)
		posts := make([]func() (*http.Request, error), 200)
		for i := range posts {
			posts[i] = func() (*http.Request, error) {
				req, err := http.NewRequest(http.MethodPost, srv.URL+"/api/extract", bytes.NewReader(body))
				if err == nil {
					req.Header.Set("Content-Type", "application/json")
				}
				return req, err
			}
		}
		report(t, fmt.Sprintf("run %d: 200 POST /api/extract (HTML)", run), client, 50, posts)
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		t.Logf("run %d: heap in use after GC %.1f MB", run, float64(m.HeapInuse)/(1<<20))
	}
}

func report(t *testing.T, what string, client *http.Client, workers int, reqs []func() (*http.Request, error)) {
	t.Helper()
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	next := make(chan func() (*http.Request, error))
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for mk := range next {
				req, err := mk()
				t0 := time.Now()
				var resp *http.Response
				if err == nil {
					resp, err = client.Do(req)
				}
				ok := err == nil && resp.StatusCode == http.StatusOK
				if resp != nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				mu.Lock()
				lat = append(lat, time.Since(t0))
				if !ok {
					errs++
				}
				mu.Unlock()
			}
		}()
	}
	for _, r := range reqs {
		next <- r
	}
	close(next)
	wg.Wait()
	total := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))] }
	t.Logf("%s: %d errors, p50 %v, p99 %v, %.0f req/s", what, errs, p(0.5).Round(time.Microsecond), p(0.99).Round(time.Microsecond), float64(len(lat))/total.Seconds())
	if errs > 0 {
		t.Errorf("%s: %d requests failed", what, errs)
	}
}
