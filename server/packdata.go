package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"readwell/server/wasmdata"
)

// runPackData is `server packdata FILE…`: it rewrites each Go-built wasm
// with its data segments joined (wasmdata.Pack), at build time, before
// precompress. It says what it did on log.
func runPackData(files []string, log io.Writer) error {
	if len(files) == 0 {
		return errors.New("packdata: give the wasm files to pack")
	}
	for _, name := range files {
		raw, err := os.ReadFile(name)
		if err != nil {
			return fmt.Errorf("packdata: %w", err)
		}
		packed, stats, err := wasmdata.Pack(raw, wasmdata.MaxGap)
		if err != nil {
			return fmt.Errorf("packdata: %s: %w", name, err)
		}
		if err := writeFileAtomic(name, packed); err != nil {
			return err
		}
		fmt.Fprintf(log, "packdata: %s: %d data segments -> %d, %d -> %d bytes\n", name, stats.Before, stats.After, len(raw), len(packed))
	}
	return nil
}
