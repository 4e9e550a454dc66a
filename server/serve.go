package main

import (
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"readwell/app/seed"
	"readwell/components"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

//go:embed worker.js
var workerJS string

// pipelineFiles are the pipeline worker's (app/worker, built by make wasm):
// its script and the wasm it runs, served precompressed like app.wasm.
var pipelineFiles = []string{"/web/pipeline-worker.js", "/web/pipeline.wasm"}

// serveConfig is what `serve` needs to build its handler.
type serveConfig struct {
	webDir  string
	fetcher *Fetcher
	// domain is the public host name readers reach Readwell at: link
	// previews (og:url, og:image) name it. go-app writes them as https.
	domain string
	// readTimeout bounds reading a whole request, body included
	// (defaultReadTimeout); writeTimeout, answering it
	// (defaultWriteTimeout). Tests shorten them.
	readTimeout, writeTimeout time.Duration
	// connsPerClient caps the open connections of one client address
	// (defaultConnsPerClient; negative: no cap).
	connsPerClient int
	// extractSlots bounds the extractions running at once (nil: one per
	// core, at least two; see extract_slots.go).
	extractSlots *extractSlots
}

// Limits against slow clients. A request body is at most 10 MiB (5 MiB of
// page, JSON-escaped): 50 s is 1.7 Mbit/s for the worst case, 5 MiB of
// plain text on 0.9 Mbit/s, and a body trickled in a byte at a time is cut
// well within a minute of its first byte, the answer included. Writing
// gets longer: the reply to an extraction comes after its body, its fetch
// (10 s) and the pipeline, and the wasms (UI and pipeline worker) go to slow phones.
const (
	defaultReadTimeout    = 50 * time.Second
	defaultWriteTimeout   = 3 * time.Minute
	defaultConnsPerClient = 64
)

// newServer is the http.Server for handler, with cfg's limits.
func newServer(cfg serveConfig, handler http.Handler) *http.Server {
	if cfg.readTimeout == 0 {
		cfg.readTimeout = defaultReadTimeout
	}
	if cfg.writeTimeout == 0 {
		cfg.writeTimeout = defaultWriteTimeout
	}
	return &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: min(10*time.Second, cfg.readTimeout),
		ReadTimeout:       cfg.readTimeout,
		WriteTimeout:      cfg.writeTimeout,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		// Over TLS one connection carries many requests (HTTP/2 streams,
		// 250 by default): the cap per client address counts connections,
		// so the streams of each are capped too.
		HTTP2: &http.HTTP2Config{MaxConcurrentStreams: maxStreamsPerConn},
	}
}

// maxStreamsPerConn bounds the requests one HTTP/2 connection runs at once.
const maxStreamsPerConn = 16

// listen opens addr, capped at cfg.connsPerClient connections per client.
func listen(cfg serveConfig, addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("serve: unable to listen: %w", err)
	}
	n := cfg.connsPerClient
	if n == 0 {
		n = defaultConnsPerClient
	}
	return limitConnsPerClient(ln, n), nil
}

// runServe is `server serve [-addr 127.0.0.1:8080] [-web DIR]`. It serves
// until ctx is cancelled, then shuts down gracefully.
func runServe(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	webDir := fs.String("web", "web", "directory of static assets (app.wasm, styles, scripts)")
	tlsCert := fs.String("tls-cert", "", "TLS certificate file: serve HTTPS (and HTTP/2)")
	tlsKey := fs.String("tls-key", "", "TLS key file, with -tls-cert")
	fetchAllow := fs.String("fetch-allow", "", "comma-separated CIDRs the URL fetcher may reach although they are not public (tests, intranets); empty in production")
	fetchNoLookup := fs.Bool("fetch-no-lookup", false, "fetch only addresses given as IP literals, never asking DNS (tests: no query leaves the machine)")
	domain := fs.String("domain", "", "public host name readers reach Readwell at over HTTPS (read.example.com): link previews name it")
	connsPerClient := fs.Int("conns-per-client", defaultConnsPerClient, "open connections one client address (IPv4, or IPv6 /64) may hold; behind a reverse proxy raise it, -1 for no cap")
	extractions := fs.Int("extractions", defaultExtractions(), "extractions run at once; others wait a few seconds, then get 503")
	memoryLimit := fs.String("memory-limit", defaultMemoryLimit, "soft limit of the Go heap (GiB, MiB, KiB or bytes; off for none); unset, GOMEMLIMIT wins")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	memoryLimitSet := false
	fs.Visit(func(f *flag.Flag) { memoryLimitSet = memoryLimitSet || f.Name == "memory-limit" })
	if err := applyMemoryLimit(*memoryLimit, memoryLimitSet); err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	fetcher, err := newFetcher(*fetchAllow, *fetchNoLookup)
	if err != nil {
		return err
	}
	cfg := serveConfig{webDir: *webDir, fetcher: fetcher, domain: *domain, connsPerClient: *connsPerClient,
		extractSlots: newExtractSlots(*extractions, 0)}
	handler, err := newHandler(cfg, logger)
	if err != nil {
		return err
	}
	ln, err := listen(cfg, *addr)
	if err != nil {
		return err
	}
	srv := newServer(cfg, handler)
	scheme := "http"
	if *tlsCert != "" || *tlsKey != "" {
		scheme = "https"
	}
	logger.Info("serving", slog.String("url", scheme+"://"+ln.Addr().String()+"/"))
	errc := make(chan error, 1)
	go func() {
		if scheme == "https" {
			// net/http negotiates HTTP/2 over TLS by itself.
			errc <- srv.ServeTLS(ln, *tlsCert, *tlsKey)
			return
		}
		errc <- srv.Serve(ln)
	}()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	return nil
}

// discardSlog is a logger that writes nothing (export runs the handler in
// process and reports on its own).
func discardSlog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// newHandler builds the whole HTTP surface: our routes first, go-app's
// handler (prerendered pages, app.js, the worker) for the rest, every
// response with the security headers.
func newHandler(cfg serveConfig, logger *slog.Logger) (http.Handler, error) {
	if cfg.fetcher == nil {
		cfg.fetcher = &Fetcher{}
	}
	components.Register(components.Sources{Default: seed.Article})

	version, err := webVersion(cfg.webDir)
	if err != nil {
		return nil, fmt.Errorf("serve: unable to read web directory: %w", err)
	}
	wasmLength := ""
	if info, err := os.Stat(filepath.Join(cfg.webDir, "app.wasm")); err == nil {
		wasmLength = strconv.FormatInt(info.Size(), 10)
	} else {
		logger.Warn("no app.wasm: pages are served prerendered only; run make wasm", slog.String("web", cfg.webDir))
	}
	cacheable := []string{"/web/icon.svg", "/web/icon-512.png", components.ShellPath}
	// Files make wasm may not have built are precached only when there:
	// one missing file fails the whole precache, and offline reading with it.
	built := func(path string) bool {
		_, err := os.Stat(filepath.Join(cfg.webDir, strings.TrimPrefix(path, "/web/")))
		return err == nil
	}
	// The loader's compile worker, kept for offline starts; a web
	// directory without it still starts (the loader falls back).
	if built(compileWorkerFile) {
		cacheable = append(cacheable, compileWorkerFile)
	}
	// The pipeline worker reads pasted pages, offline too: the service
	// worker keeps its script and wasm with the shell.
	if built("/web/pipeline.wasm") {
		cacheable = append(cacheable, pipelineFiles...)
	} else {
		logger.Warn("no pipeline.wasm: pasted pages cannot be read; run make wasm", slog.String("web", cfg.webDir))
	}
	goapp := &app.Handler{
		Name:        "Readwell",
		ShortName:   "Readwell",
		Domain:      cfg.domain,
		Title:       "Readwell",
		Description: manifest.Description,
		Lang:        "en",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
		BackgroundColor:       backgroundColor,
		ThemeColor:            themeColor,
		LoadingLabel:          "Loading the reader…",
		Styles:                []string{"/web/readwell.css"},
		Scripts:               []string{"/web/boot.js"},
		CacheableResources:    cacheable,
		Version:               version,
		WasmContentLength:     wasmLength,
		ServiceWorkerTemplate: workerJS,
	}
	appJS, err := newAppScript(goapp)
	if err != nil {
		return nil, err
	}
	static := assets{dir: cfg.webDir, version: version}
	iconFiles := iconHandler()

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok")
	})
	mux.HandleFunc("POST /api/extract", handleExtract(cfg.fetcher, cfg.extractSlots, logger))
	mux.HandleFunc("GET /api/image", handleImage(cfg.fetcher, logger))
	mux.HandleFunc("GET /manifest.webmanifest", handleManifest)
	mux.HandleFunc("GET /manifest.json", handleManifest)
	for _, ic := range icons {
		mux.Handle("GET "+ic.path, iconFiles)
	}
	mux.Handle("GET /web/", static)
	// go-app answers these by fetching them from the request's own Host
	// header, which would let a client point the server anywhere: serve
	// them from the web directory instead (and goAppGate keeps every
	// other method and prefix of them away from go-app).
	for _, name := range []string{"robots.txt", "sitemap.xml", "ads.txt"} {
		mux.HandleFunc("GET /"+name, func(w http.ResponseWriter, r *http.Request) {
			static.serveFile(w, r, name)
		})
	}
	mux.Handle("/", goAppGate{goApp: goapp, ours: mux, appJS: appJS})
	return withSecurityHeaders(withCompression(mux)), nil
}
