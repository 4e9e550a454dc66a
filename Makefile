# Readwell. `make run` serves the app; `make test` runs every check.
# The two wasms and their precompressed twins are file targets: rebuilt only
# when their sources change (brotli at quality 11 takes ~35 s). app.wasm is
# the UI (go-app); pipeline.wasm is extraction and annotation, run in a Web
# Worker when a page is pasted (app/worker, web/pipeline-worker.js).

PORT ?= 8080
GO ?= go
GOFLAGS_WASM := -trimpath -ldflags "-s -w"
# The UI wasm's go-app: the patched copy (out/wasm.mod, below), and the
# build tag that picks components' code for it.
UI_MOD := -modfile out/wasm.mod -tags goapp_patched
CLIENT_SOURCES := $(shell find app components -name '*.go' -o -name 'seed.json') go.mod go.sum
WORKER_SOURCES := $(shell find app -name '*.go' -o -name '*.txt' -o -name '*.rwlm') go.mod go.sum
SERVER_SOURCES := $(shell find app components server -name '*.go' -o -name '*.txt' -o -name '*.js' -o -name '*.rwlm' -o -name 'seed.json') go.mod go.sum

.PHONY: run test wasm e2e bench fuzz load audit screenshots clean check-core chromium engines model

run: wasm bin/readwell
	bin/readwell serve -addr 127.0.0.1:$(PORT) -web web

wasm: web/app.wasm web/app.wasm.br web/pipeline.wasm web/pipeline.wasm.br

# Each wasm's data segments are joined after the build (server/wasmdata:
# Go writes one per stretch between runs of zeros, 78,016 in the UI wasm;
# joined, it instantiates faster and compresses better).
web/app.wasm: $(CLIENT_SOURCES) out/wasm.mod | bin/readwell
	GOOS=js GOARCH=wasm $(GO) build $(UI_MOD) $(GOFLAGS_WASM) -o $@ ./app
	bin/readwell packdata $@

# The UI wasm builds against go-app without its server half: a copy of the
# module patched by app/goapp-wasm.patch (its Handler and resource resolvers
# are left out of wasm builds, and its first mount adopts the prerendered
# page: adopt.go, with server/adopt.js), named by out/wasm.mod. They link net/http,
# and with it crypto/tls, crypto/x509 and their curves, none of which the
# client runs: 1,579,923 -> 1,237,399 B brotli. The server, the tests and
# the pipeline wasm build against go-app as it is. The copy also routes by a
# func, not a regular expression, and has no encryption or uuid (regexp,
# crypto/aes and crypto/rand were 490 KB of the client's 4.4 MB of code):
# the build tag goapp_patched picks components' routing for it. A go-app
# upgrade that the patch no longer fits fails here, loudly.
GOAPP := github.com/maxence-charriere/go-app/v10
out/wasm.mod: go.mod go.sum app/goapp-wasm.patch
	command -v patch >/dev/null || { apt-get update && apt-get install -y patch; }
	$(GO) mod download $(GOAPP)
	rm -rf out/goapp-wasm && mkdir -p out
	cp -R "$$($(GO) list -m -f '{{.Dir}}' $(GOAPP))" out/goapp-wasm && chmod -R u+w out/goapp-wasm
	patch -s -d out/goapp-wasm -p1 < app/goapp-wasm.patch
	gofmt -w out/goapp-wasm # upstream ships one file unformatted; a tree-wide gofmt check should not trip on our copy
	cp go.sum out/wasm.sum
	{ cat go.mod; echo 'replace $(GOAPP) => ./out/goapp-wasm'; } > $@

web/pipeline.wasm: $(WORKER_SOURCES) | bin/readwell
	GOOS=js GOARCH=wasm $(GO) build $(GOFLAGS_WASM) -o $@ ./app/worker
	bin/readwell packdata $@

# Every served text asset gets .br and .gz twins; a twin older than its
# source is ignored by the server, so an edit never serves stale bytes.
TEXT_ASSETS := web/readwell.css web/boot.js web/app-compile.js web/icon.svg
web/app.wasm.br: web/app.wasm $(TEXT_ASSETS) | bin/readwell
	bin/readwell precompress web/app.wasm $(TEXT_ASSETS)

web/pipeline.wasm.br: web/pipeline.wasm web/pipeline-worker.js | bin/readwell
	bin/readwell precompress web/pipeline.wasm web/pipeline-worker.js

bin/readwell: $(SERVER_SOURCES)
	$(GO) build -o $@ ./server

# Quick checks first, then the wasm build and the browser tests.
test:
	@echo "gofmt -l"; test -z "$$(gofmt -l app components server)" || { gofmt -l app components server; exit 1; }
	$(GO) vet ./...
	$(GO) vet -tags e2e ./server
	$(MAKE) check-core
	$(GO) test -race -count=1 ./...
	@echo "annotation in wasm (Node, V8) gives what the host gives:"
	PATH="$$PATH:$$($(GO) env GOROOT)/lib/wasm" GOOS=js GOARCH=wasm $(GO) test -count=1 -run TestSameOnHostAndBrowser ./app/annotate
	$(MAKE) e2e

# Core packages, and every non-standard package they use, never import
# syscall/js, even in the wasm build (STYLE §5). The standard library does.
check-core: out/wasm.mod
	@bad=$$(GOOS=js GOARCH=wasm $(GO) list -deps -f '{{if not .Standard}}{{.ImportPath}}: {{join .Imports " "}}{{end}}' \
		./app/article ./app/extract ./app/seed ./app/highlight ./app/annotate | grep -w 'syscall/js'); \
	if [ -n "$$bad" ]; then echo "core packages must not import syscall/js:"; echo "$$bad"; exit 1; fi; \
	echo "check-core: no syscall/js in the core"
	@bad=$$(GOOS=js GOARCH=wasm $(GO) list $(UI_MOD) -deps ./app | grep -E '^readwell/app/(extract|annotate|pipeline)$$|goquery|cascadia|golang.org/x/net/html'); \
	if [ -n "$$bad" ]; then echo "the UI wasm must not link the pipeline (it runs in app/worker):"; echo "$$bad"; exit 1; fi; \
	echo "check-core: no extraction or annotation in the UI wasm"
	@bad=$$(GOOS=js GOARCH=wasm $(GO) list $(UI_MOD) -deps ./app | grep -E '^(net/http|crypto/tls|crypto/x509|regexp|crypto/aes|crypto/rand|crypto/sha256|github.com/google/uuid)$$'); \
	if [ -n "$$bad" ]; then echo "the UI wasm must not link a server, TLS, regexp, encryption or a hash (app/goapp-wasm.patch, app/article/finish):"; echo "$$bad"; exit 1; fi; \
	echo "check-core: no net/http, regexp, encryption or hash in the UI wasm"

# Browser tests, against the real server on loopback: Chromium (chromedp)
# for everything, and the same reader's journey in Firefox ESR and WebKit
# (GTK and WPE ports), all from Debian. testdata/npm pins axe-core (the
# accessibility audit) and puppeteer-core (drives Firefox over WebDriver BiDi).
NPM_TOOLS := testdata/npm/node_modules/.installed
e2e: wasm engines $(NPM_TOOLS)
	$(GO) test -tags e2e -count=1 -run Browser -v ./server

$(NPM_TOOLS): testdata/npm/package.json testdata/npm/package-lock.json
	cd testdata/npm && npm ci --no-audit --no-fund
	touch $@

# Each engine: the command that shows it is there, and its Debian packages.
ENGINES := chromium:chromium firefox-esr:firefox-esr WebKitWebDriver:webkit2gtk-driver \
	xvfb-run:xvfb WPEWebDriver:wpewebkit-driver cog:cog
engines:
	@missing=""; for e in $(ENGINES); do command -v $${e%%:*} >/dev/null || missing="$$missing $${e#*:}"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; apt-get update && apt-get install -y $$missing; fi

chromium:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
		{ apt-get update && apt-get install -y chromium; }

# Extraction quality (P/R/F1 on ../shared/extract-bench) and speed, ours
# beside go-readability; the per-page table lists the worst pages. Who said
# what on PolNeAR's train split (../shared/annotate-bench), Readwell beside
# the nearest-name anchor, on the validation part and on the whole split.
bench: wasm
	@for w in app pipeline; do echo "$$w.wasm: raw $$(stat -c %s web/$$w.wasm) B, gzip $$(stat -c %s web/$$w.wasm.gz) B, brotli $$(stat -c %s web/$$w.wasm.br) B"; done
	@echo "budget: app.wasm brotli <= 1,550,000 B (DESIGN.md §7); pipeline.wasm loads only when a page is pasted"
	$(GO) test -tags trafilatura -run '^$$' -bench . -benchmem $$($(GO) list ./app/... | grep -v /pipeline)
	@echo "pathological inputs (issue 13) at 10 KB, 100 KB, 1 MB: ns/op and B/op grow about tenfold a step (linear)"
	$(GO) test -run '^$$' -bench Pathological -benchtime 3x -benchmem ./app/pipeline
	READWELL_BENCH_REPORT=1 $(GO) test -run TestHTMLDevReport -v ./app/extract | head -14
	READWELL_BENCH_REPORT=1 $(GO) test -run TestTextDevReport -v ./app/extract | head -12
	READWELL_BENCH_REPORT=1 $(GO) test -count=1 -run 'TestPolnearReport|TestNewsReport' -v ./app/annotate | grep -v -e '^=== RUN' -e '^--- PASS' -e '^PASS$$'
	@echo "the same benchmarks compiled to wasm, run by Node (V8, Chromium's engine):"
	PATH="$$PATH:$$($(GO) env GOROOT)/lib/wasm" GOOS=js GOARCH=wasm $(GO) test -run '^$$' -bench 'HTMLDev/readwell|Annotate' -benchtime 2x ./app/extract ./app/annotate

# annotate's models (name tagger, speaker ranker) from the train part of
# ../shared/annotate-bench and the hand-written cases; deterministic (~1 min).
# Then: go test ./app/annotate ./app/seed -update, and read the golden diffs
# (app/seed/seed.json is the seed, annotated; seed_gen.go, the same as the
# Go literal the binaries carry).
model:
	$(GO) run ./app/annotate/train
	$(GO) run ./app/annotate/trainperson

# Lighthouse (npm, pinned in testdata/audit) under mobile emulation, against
# Debian's Chromium, AUDIT_RUNS times on each page: / and a saved article's
# /read/{id} (the seed's, prerendered by the server like any read page).
# Timings on a shared machine are noisy: scores.js prints every run, its
# longest main-thread tasks, and each page's medians (a failed run is left
# out). The reports stay in out/lighthouse.
AUDIT_PORT ?= 8199
AUDIT_RUNS ?= 3
LIGHTHOUSE := testdata/audit/node_modules/.bin/lighthouse
audit: wasm bin/readwell chromium $(LIGHTHOUSE)
	rm -rf out/lighthouse && mkdir -p out/lighthouse
	bin/readwell serve -addr 127.0.0.1:$(AUDIT_PORT) -web web & pid=$$!; sleep 1; \
	id=$$(grep -o -m1 '"id": *"[0-9a-f]\{16\}"' app/seed/seed.json | grep -o '[0-9a-f]\{16\}'); \
	for run in $$(seq $(AUDIT_RUNS)); do for page in / /read/$$id; do \
		name=page$$(echo "$$page" | tr -c 'a-z0-9\n' '-')$$run; \
		CHROME_PATH=$$(command -v chromium) $(LIGHTHOUSE) http://127.0.0.1:$(AUDIT_PORT)$$page --quiet \
			--chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run" \
			--output json --output html --output-path out/lighthouse/$$name || echo "lighthouse: run $$name failed"; \
	done; done; kill $$pid
	node testdata/audit/scores.js out/lighthouse/*.report.json

$(LIGHTHOUSE): testdata/audit/package.json testdata/audit/package-lock.json
	cd testdata/audit && npm ci --no-audit --no-fund
	touch $@

# A bounded load on loopback: latency, throughput, errors, heap (see TestLoad).
load: wasm
	READWELL_LOAD=1 $(GO) test -count=1 -run TestLoad -v ./server

# Fuzz the parsers for a while (FUZZTIME=5m for longer). Minimisation of a
# large finding is capped, or one finding can stall the run for minutes.
FUZZTIME ?= 60s
fuzz:
	$(GO) test ./app/extract -run '^$$' -fuzz FuzzText -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
	$(GO) test ./app/extract -run '^$$' -fuzz FuzzHTML -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
	$(GO) test ./server/wasmdata -run '^$$' -fuzz FuzzPack -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
	$(GO) test ./app/annotate -run '^$$' -fuzz FuzzBlankCredits -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
	$(GO) test ./app/annotate -run '^$$' -fuzz FuzzDecodeModel -fuzztime $(FUZZTIME) -fuzzminimizetime 5s

# The seed article in each theme at phone (390x844) and desktop (1280x900) size.
screenshots: wasm engines $(NPM_TOOLS)
	mkdir -p docs
	READWELL_SCREENSHOTS=$(CURDIR)/docs $(GO) test -tags e2e -count=1 -run 'BrowserWalkingSkeleton|BrowserEngines' -v ./server

clean:
	rm -rf bin out/goapp-wasm out/wasm.mod out/wasm.sum web/app.wasm web/pipeline.wasm web/*.br web/*.gz
