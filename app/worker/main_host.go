//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main on the host only says where the worker runs: the package builds
// everywhere so that go vet and go test cover answer.
func main() {
	fmt.Fprintln(os.Stderr, "worker: build with GOOS=js GOARCH=wasm (make wasm); it runs in the browser's pipeline worker")
	os.Exit(2)
}
