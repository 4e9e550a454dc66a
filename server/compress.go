package main

import (
	"compress/gzip"
	"io"
	"net/http"
	"strings"
	"sync"
)

// compressibleTypes are the response types worth gzipping on the fly:
// go-app's pages and scripts (app.js, wasm_exec.js, the worker) are built
// per server, so they have no precompressed twins like web/ assets do.
var compressibleTypes = []string{"text/html", "application/javascript", "text/javascript", "text/css", "application/json", "application/manifest+json", "image/svg+xml", "text/plain"}

var gzipWriters = sync.Pool{New: func() any { w, _ := gzip.NewWriterLevel(io.Discard, gzip.DefaultCompression); return w }}

// withCompression gzips text responses for clients that accept it, unless
// the handler already chose an encoding (precompressed assets).
func withCompression(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodHead || !acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
			next.ServeHTTP(w, r)
			return
		}
		cw := &compressWriter{ResponseWriter: w}
		defer cw.close()
		next.ServeHTTP(cw, r)
	})
}

type compressWriter struct {
	http.ResponseWriter
	gz      *gzip.Writer
	decided bool
}

func (c *compressWriter) WriteHeader(status int) {
	if !c.decided {
		c.decided = true
		h := c.Header()
		if status == http.StatusOK && h.Get("Content-Encoding") == "" && compressible(h.Get("Content-Type")) {
			h.Del("Content-Length")
			h.Set("Content-Encoding", "gzip")
			h.Add("Vary", "Accept-Encoding")
			c.gz = gzipWriters.Get().(*gzip.Writer)
			c.gz.Reset(c.ResponseWriter)
		}
	}
	c.ResponseWriter.WriteHeader(status)
}

func (c *compressWriter) Write(b []byte) (int, error) {
	if !c.decided {
		if c.Header().Get("Content-Type") == "" {
			c.Header().Set("Content-Type", http.DetectContentType(b))
		}
		c.WriteHeader(http.StatusOK)
	}
	if c.gz != nil {
		return c.gz.Write(b)
	}
	return c.ResponseWriter.Write(b)
}

func (c *compressWriter) close() {
	if c.gz != nil {
		c.gz.Close()
		gzipWriters.Put(c.gz)
		c.gz = nil
	}
}

func compressible(ctype string) bool {
	ctype = strings.ToLower(ctype)
	for _, t := range compressibleTypes {
		if strings.HasPrefix(ctype, t) {
			return true
		}
	}
	return false
}
