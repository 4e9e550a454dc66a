package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"

	"readwell/app/seed"
	"readwell/components"
)

// runExport is `server export -out DIR [-web DIR]`: the app and the default
// article as a static site for any static host (GitHub Pages and the like).
// Each page is the server's own prerendered answer, so the site is the
// same app; what needs the server (fetching URLs) says so when used.
func runExport(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "directory to write the site into (created)")
	webDir := fs.String("web", "web", "directory of static assets (app.wasm, styles, scripts)")
	domain := fs.String("domain", "", "public host name the site is served at over HTTPS: link previews name it")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if *out == "" {
		return errors.New("export: give -out DIR")
	}
	if _, err := os.Stat(filepath.Join(*webDir, "app.wasm")); err != nil {
		return fmt.Errorf("export: %s has no app.wasm (run make wasm): %w", *webDir, err)
	}
	h, err := newHandler(serveConfig{webDir: *webDir, domain: *domain}, discardSlog())
	if err != nil {
		return err
	}
	a, err := seed.Article()
	if err != nil {
		return err
	}
	pages := []string{"/", "/add", "/library", "/read/" + a.ID}
	files := []string{components.ShellPath, "/app.js", "/app-worker.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest", "/robots.txt"}
	for _, ic := range icons {
		files = append(files, ic.path)
	}
	entries, err := os.ReadDir(*webDir)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") || strings.HasSuffix(name, ".tmp") {
			continue
		}
		files = append(files, "/web/"+name)
	}
	write := func(urlPath, file string) error {
		req := httptest.NewRequest(http.MethodGet, urlPath, nil)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			return fmt.Errorf("export: %s answered %d", urlPath, rec.Code)
		}
		dst := filepath.Join(*out, filepath.FromSlash(file))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := os.WriteFile(dst, rec.Body.Bytes(), 0o644); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return nil
	}
	for _, p := range pages {
		if err := write(p, path.Join(p, "index.html")); err != nil {
			return err
		}
	}
	for _, f := range files {
		if err := write(f, f); err != nil {
			return err
		}
	}
	fmt.Fprintf(stderr, "export: wrote %d pages and %d files to %s\n", len(pages), len(files), *out)
	return nil
}
