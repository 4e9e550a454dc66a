package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestExportSecurity: every exported page carries the Content-Security-
// Policy in a <meta> ahead of any script or style (without frame-
// ancestors, which a <meta> cannot hold), and _headers gives hosts that
// read it the whole set.
func TestExportSecurity(t *testing.T) {
	out := t.TempDir()
	var log bytes.Buffer
	if err := runExport(context.Background(), []string{"-out", out, "-web", mustWebDir(t)}, &log); err != nil {
		t.Fatalf("export: %v (%s)", err, log.String())
	}
	wantMeta := metaContentSecurityPolicy()
	if strings.Contains(wantMeta, "frame-ancestors") || !strings.Contains(wantMeta, "script-src 'self' 'wasm-unsafe-eval'") || !strings.Contains(wantMeta, "base-uri 'none'") {
		t.Errorf("metaContentSecurityPolicy() = %q, want the policy without frame-ancestors", wantMeta)
	}
	pages := 0
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		pages++
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		if got := firstHeadElement(t, data); got != wantMeta {
			t.Errorf("%s: the head's first element is not the CSP meta (got policy %q, want %q)", rel, got, wantMeta)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < 5 {
		t.Errorf("export wrote %d HTML pages, want the 4 pages and the shell", pages)
	}
	headers, err := os.ReadFile(filepath.Join(out, "_headers"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"/*\n",
		"  Content-Security-Policy: " + contentSecurityPolicy + "\n",
		"frame-ancestors 'none'",
		"  X-Content-Type-Options: nosniff\n",
		"  Referrer-Policy: no-referrer\n",
		"  X-Frame-Options: DENY\n",
	} {
		if !strings.Contains(string(headers), want) {
			t.Errorf("_headers lacks %q:\n%s", want, headers)
		}
	}
}

// firstHeadElement returns the policy of the head's first element when it
// is a CSP meta, else "".
func firstHeadElement(tb testing.TB, page []byte) string {
	tb.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		tb.Fatal(err)
	}
	var head *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "head" && head == nil {
			head = n
		}
		for c := n.FirstChild; c != nil && head == nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	if head == nil {
		return ""
	}
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		attr := map[string]string{}
		for _, a := range c.Attr {
			attr[a.Key] = a.Val
		}
		if c.Data == "meta" && strings.EqualFold(attr["http-equiv"], "Content-Security-Policy") {
			return attr["content"]
		}
		return ""
	}
	return ""
}
