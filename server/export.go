package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"html"
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
	pages := []string{"/", "/add", "/library", "/highlights", "/read/" + a.ID}
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
		body := rec.Body.Bytes()
		if strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			var err error
			if body, err = withCSPMeta(body); err != nil {
				return fmt.Errorf("export: %s: %w", urlPath, err)
			}
		}
		return writeFile(*out, file, body)
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
	if err := writeFile(*out, "/_headers", headersFile()); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "export: wrote %d pages and %d files to %s\n", len(pages), len(files)+1, *out)
	return nil
}

func writeFile(out, file string, data []byte) error {
	dst := filepath.Join(out, filepath.FromSlash(file))
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// withCSPMeta puts the Content-Security-Policy into a page as the first
// element of its head, before any script or style it governs: a static
// host may send no header at all.
func withCSPMeta(page []byte) ([]byte, error) {
	i := bytes.Index(page, []byte("<head>"))
	if i < 0 {
		return nil, errors.New("no <head> to put the Content-Security-Policy in")
	}
	i += len("<head>")
	meta := `<meta http-equiv="Content-Security-Policy" content="` + html.EscapeString(metaContentSecurityPolicy()) + `">`
	out := make([]byte, 0, len(page)+len(meta))
	out = append(out, page[:i]...)
	out = append(out, meta...)
	return append(out, page[i:]...), nil
}

// headersFile is _headers for hosts that read one (Netlify, Cloudflare
// Pages): every path gets the server's security headers, frame-ancestors
// and X-Frame-Options among them, which a <meta> cannot carry.
func headersFile() []byte {
	var b bytes.Buffer
	b.WriteString("/*\n")
	for _, kv := range securityHeaders {
		fmt.Fprintf(&b, "  %s: %s\n", kv[0], kv[1])
	}
	b.WriteString("  X-Frame-Options: DENY\n")
	return b.Bytes()
}
