// Command server is Readwell's server: `serve` runs the app, `extract` turns
// one page into an Article on stdout, `precompress` writes the .br and .gz
// twins of a built asset, `packdata` joins a built wasm's data segments.
// main only dispatches; each subcommand lives in its own file with a run
// function that tests call directly.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `usage: server <command> [flags]

commands:
  serve        serve the app (default article: the embedded seed)
  extract      extract one page (file, - for stdin) to an Article on stdout
  export       write the app and the default article as a static site (-out DIR)
  precompress  write FILE.br and FILE.gz next to each FILE
  packdata     join the data segments of each Go-built wasm FILE (before precompress)
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the process exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "serve":
		err = runServe(ctx, args[1:], stderr)
	case "extract":
		err = runExtract(ctx, args[1:], stdin, stdout)
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stderr, extractUsage)
			return 0
		}
	case "export":
		err = runExport(ctx, args[1:], stderr)
	case "precompress":
		err = runPrecompress(args[1:])
	case "packdata":
		err = runPackData(args[1:], stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "server: unknown command %q\n%s", args[0], usage)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "%v\n", err)
		return 1
	}
	return 0
}
