package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"readwell/app/article"
)

const seedFile = "../app/seed/mexico-sovereignty.txt"

func TestExtractCommand(t *testing.T) {
	t.Run("json", func(t *testing.T) {
		var out bytes.Buffer
		if err := runExtract(context.Background(), []string{"-format", "json", seedFile}, nil, &out); err != nil {
			t.Fatal(err)
		}
		var a article.Article
		if err := json.Unmarshal(out.Bytes(), &a); err != nil {
			t.Fatalf("output is not Article JSON: %v", err)
		}
		if a.Title != "Mexico Rejects US Military Aid to Fight Cartels: Sovereignty" || len(a.Blocks) != 12 || a.Published != "2025-05-04" {
			t.Errorf("extract json: title %q, %d blocks, published %q", a.Title, len(a.Blocks), a.Published)
		}
		// Every field of DESIGN.md §2 is present, arrays as arrays.
		var fields map[string]any
		json.Unmarshal(out.Bytes(), &fields)
		for _, k := range []string{"id", "url", "title", "dek", "byline", "section", "dateline", "siteName", "lang", "dir", "published", "tags", "blocks", "quotes", "entities", "mentions", "words", "readingMinutes"} {
			if _, ok := fields[k]; !ok {
				t.Errorf("extract json lacks field %q", k)
			}
		}
		for _, k := range []string{"tags", "blocks", "quotes", "entities", "mentions"} {
			if _, ok := fields[k].([]any); !ok {
				t.Errorf("extract json field %q = %v, want an array", k, fields[k])
			}
		}
	})
	t.Run("text from stdin", func(t *testing.T) {
		seed, err := os.ReadFile(seedFile)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := runExtract(context.Background(), []string{"-format", "text", "-"}, bytes.NewReader(seed), &out); err != nil {
			t.Fatal(err)
		}
		paras := strings.Split(strings.TrimSpace(out.String()), "\n\n")
		if len(paras) != 12 || !strings.HasPrefix(paras[0], "Mexico City – Newly elected") {
			t.Errorf("extract text: %d paragraphs, first %.40q", len(paras), paras[0])
		}
		if strings.Contains(out.String(), "Mexico Rejects US Military Aid") {
			t.Errorf("extract text carries the title; it must be the body only")
		}
	})
	t.Run("html page sniffed", func(t *testing.T) {
		var out bytes.Buffer
		if err := runExtract(context.Background(), []string{"-format", "text", "../app/extract/testdata/html/structured-article.html"}, nil, &out); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(out.String(), "Engineers in Cardiff") || strings.Contains(out.String(), "cookies") {
			t.Errorf("extract text of an HTML page = %.80q…", out.String())
		}
	})
	t.Run("html escapes text", func(t *testing.T) {
		in := filepath.Join(t.TempDir(), "page.txt")
		mustWriteFile(t, in, []byte("A <script>alert(1)</script> headline here\n\nThis paragraph mentions <b>tags</b> and & signs and is long enough to count as prose."))
		var out bytes.Buffer
		if err := runExtract(context.Background(), []string{"-format", "html", in}, nil, &out); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out.String(), "<script>") || strings.Contains(out.String(), "<b>") {
			t.Errorf("extract html inserted input as markup:\n%s", out.String())
		}
	})
}

func TestExtractCommandErrors(t *testing.T) {
	dir := t.TempDir()
	binary := filepath.Join(dir, "image.png")
	mustWriteFile(t, binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	html := filepath.Join(dir, "page.html")
	mustWriteFile(t, html, []byte("<!doctype html><html><body><p>hello</p></body></html>"))
	empty := filepath.Join(dir, "empty.txt")
	mustWriteFile(t, empty, nil)
	testCases := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, "unable to open"},
		{"binary", []string{binary}, "not text"},
		{"html without prose", []string{html}, "no article text"},
		{"empty", []string{empty}, "no article text"},
		{"unknown format", []string{"-format", "pdf", seedFile}, "unknown format"},
		{"two files", []string{seedFile, seedFile}, "one FILE"},
		{"url to a private address", []string{"-url", "http://10.0.0.1/"}, "not public"},
		{"url with a bad scheme", []string{"-url", "file:///etc/passwd"}, "only http and https"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			err := runExtract(context.Background(), tc.args, strings.NewReader(""), &out)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("extract %v error = %v, want one containing %q", tc.args, err, tc.wantErr)
			}
			if out.Len() != 0 {
				t.Errorf("extract %v wrote %d bytes to stdout on error", tc.args, out.Len())
			}
		})
	}
}

func TestRunExitCodes(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), nil, nil, &out, &errOut); code != 2 {
		t.Errorf("run() = %d, want 2 (usage)", code)
	}
	if code := run(context.Background(), []string{"frobnicate"}, nil, &out, &errOut); code != 2 {
		t.Errorf("run(frobnicate) = %d, want 2", code)
	}
	errOut.Reset()
	if code := run(context.Background(), []string{"extract", "/nonexistent/file"}, nil, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "extract:") {
		t.Errorf("run(extract missing) = %d, stderr %q; want 1 and an extract: message", code, errOut.String())
	}
	// Asking for help gets the usage on stderr, nothing on stdout (which
	// holds only a whole document), and success.
	for _, flagName := range []string{"-h", "-help", "--help"} {
		out.Reset()
		errOut.Reset()
		if code := run(context.Background(), []string{"extract", flagName}, nil, &out, &errOut); code != 0 || out.Len() != 0 || !strings.Contains(errOut.String(), "-format json") {
			t.Errorf("run(extract %s) = %d, stdout %q, stderr %q; want 0, nothing, the usage", flagName, code, out.String(), errOut.String())
		}
	}
}
