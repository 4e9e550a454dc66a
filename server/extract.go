package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"os"
	"strings"

	"readwell/app/article"
	"readwell/app/extract"
	"readwell/app/pipeline"
)

// extractUsage answers `server extract -h`.
const extractUsage = `usage: server extract [-format json|text|html] [-url URL] [FILE|-]
  Runs the reader's pipeline (extraction, then annotation) over one page and
  prints the Article: FILE or standard input ("-") holds HTML or plain text;
  with -url and no FILE the page is fetched (public addresses only).
  -format json   the Article as JSON (the default)
  -format text   the body's text only, blocks separated by blank lines
  -format html   the article as a standalone HTML page
  -url URL       the page's address (resolves its links; fetched when no FILE)
`

// runExtract is `server extract [-format json|text|html] [-url URL] [FILE|-]`:
// the reader's whole pipeline over one page. Output is written only once it
// is complete, so a failure never leaves a partial document on stdout.
func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	return runExtractWith(ctx, &Fetcher{}, args, stdin, stdout)
}

// runExtractWith is runExtract with the fetcher given (tests open its
// guard to their loopback server).
func runExtractWith(ctx context.Context, fetcher *Fetcher, args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "json", "output: json (Article), text (body only) or html")
	pageURL := fs.String("url", "", "the page's address: fetched when no FILE is given")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if fs.NArg() > 1 {
		return errors.New("extract: give one FILE, or - for standard input")
	}
	var out bytes.Buffer
	switch *format {
	case "json", "text", "html":
	default:
		return fmt.Errorf("extract: unknown format %q (want json, text or html)", *format)
	}
	name := fs.Arg(0)
	var a article.Article
	var err error
	if name == "" && *pageURL != "" {
		// No file: fetch the page, behind the same guard as the server.
		var page fetchedPage
		page, err = fetcher.Fetch(ctx, *pageURL)
		if err == nil {
			a, err = extractPage(ctx, page.body, page.url, page.contentType, false)
		}
	} else {
		if name == "" {
			name = "-"
		}
		var data []byte
		if data, err = readInput(name, stdin); err == nil {
			a, err = pipeline.PageContext(ctx, data, *pageURL, "")
		}
	}
	if err != nil {
		return err
	}
	switch *format {
	case "json":
		err = writeJSON(&out, a)
	case "text":
		out.WriteString(bodyText(a))
		out.WriteString("\n")
	case "html":
		err = articleTemplate.Execute(&out, a)
	}
	if err != nil {
		return fmt.Errorf("extract: unable to write %s: %w", *format, err)
	}
	_, err = stdout.Write(out.Bytes())
	return err
}

func readInput(name string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("extract: unable to open input: %w", err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, extract.MaxInputBytes+1))
	if err != nil {
		return nil, fmt.Errorf("extract: unable to read input: %w", err)
	}
	if len(data) > extract.MaxInputBytes {
		return nil, extract.ErrTooLarge
	}
	return data, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// bodyText is the body only: blocks' text joined by blank lines (DESIGN §3).
func bodyText(a article.Article) string {
	parts := make([]string, len(a.Blocks))
	for i, b := range a.Blocks {
		parts[i] = b.Text
	}
	return strings.Join(parts, "\n\n")
}

var articleTemplate = template.Must(template.New("article").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}" dir="{{.Dir}}">
<head><meta charset="utf-8"><title>{{.Title}}</title></head>
<body>
<article>
<h1>{{.Title}}</h1>
{{if .Dek}}<p class="dek">{{.Dek}}</p>
{{end}}{{range .Blocks}}{{if eq .Kind "h2"}}<h2>{{.Text}}</h2>{{else if eq .Kind "h3"}}<h3>{{.Text}}</h3>{{else if eq .Kind "blockquote"}}<blockquote>{{.Text}}</blockquote>{{else if eq .Kind "li"}}<ul><li>{{.Text}}</li></ul>{{else if eq .Kind "pre"}}<pre>{{.Text}}</pre>{{else if eq .Kind "figure"}}<figure><img src="{{.Src}}" alt="{{.Alt}}"><figcaption>{{.Caption}}</figcaption></figure>{{else}}<p>{{.Text}}</p>{{end}}
{{end}}</article>
</body>
</html>
`))
