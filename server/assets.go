package main

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// precompressed lists the encodings served from files made at build time,
// in the order the server prefers them.
var precompressed = []struct{ encoding, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// assets serves the files of the web directory under /web/, choosing a
// precompressed twin (FILE.br, FILE.gz) by Accept-Encoding. It writes the
// exact Content-Length itself: go-app's loader reads it for its progress.
type assets struct {
	dir     string
	version string
}

func (a assets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rel := strings.TrimPrefix(path.Clean("/"+strings.TrimPrefix(r.URL.Path, "/web/")), "/")
	a.serveFile(w, r, rel)
}

func (a assets) serveFile(w http.ResponseWriter, r *http.Request, rel string) {
	if rel == "" || strings.HasSuffix(rel, ".br") || strings.HasSuffix(rel, ".gz") || strings.HasSuffix(rel, ".tmp") {
		http.NotFound(w, r)
		return
	}
	name := filepath.Join(a.dir, filepath.FromSlash(rel))
	info, err := os.Stat(name)
	if err != nil || info.IsDir() {
		http.NotFound(w, r)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(rel))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	encoding, file := "", name
	accepted := r.Header.Get("Accept-Encoding")
	for _, p := range precompressed {
		if acceptsEncoding(accepted, p.encoding) {
			// A twin older than its source is left from an earlier build:
			// sending it would run old code under the new version.
			if twin, err := os.Stat(name + p.ext); err == nil && !twin.ModTime().Before(info.ModTime()) {
				encoding, file = p.encoding, name+p.ext
				break
			}
		}
	}
	etag := `"` + a.version + "-" + encoding + `"`
	h := w.Header()
	h.Set("Vary", "Accept-Encoding")
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	// Streamed from disk: the wasm is megabytes, and reading it whole for
	// every request held it in memory once per download in flight.
	f, err := os.Open(file)
	if err != nil {
		http.Error(w, "unable to read asset", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		http.Error(w, "unable to read asset", http.StatusInternalServerError)
		return
	}
	h.Set("Content-Type", ctype)
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
	}
	h.Set("Content-Length", strconv.FormatInt(fi.Size(), 10))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		io.Copy(w, f)
	}
}

// acceptsEncoding reports whether an Accept-Encoding header allows enc
// (present and not q=0).
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		params = strings.ReplaceAll(params, " ", "")
		return params != "q=0" && params != "q=0.0" && params != "q=0.00" && params != "q=0.000"
	}
	return false
}

// webVersion is the app version: a hash of the web directory's files (the
// built wasm among them). The same build always gets the same version, so
// restarting the server does not make clients update; a new build does.
func webVersion(dir string) (string, error) {
	var names []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz") || strings.HasSuffix(p, ".tmp") {
			return nil
		}
		names = append(names, p)
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			return "", err
		}
		rel, _ := filepath.Rel(dir, n)
		h.Write([]byte(filepath.ToSlash(rel) + "\x00"))
		h.Write(data)
	}
	h.Write([]byte(workerJS))
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
