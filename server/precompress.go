package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"

	"github.com/andybalholm/brotli"
)

// runPrecompress is `server precompress FILE…`: it writes FILE.br (brotli,
// quality 11) and FILE.gz (gzip, best) beside each FILE, at build time, so
// the server sends compressed bytes without compressing per request. There
// is no brotli CLI on Debian's base image; this is the build's compressor.
func runPrecompress(files []string) error {
	if len(files) == 0 {
		return errors.New("precompress: give the files to compress")
	}
	for _, name := range files {
		raw, err := os.ReadFile(name)
		if err != nil {
			return fmt.Errorf("precompress: %w", err)
		}
		var br bytes.Buffer
		bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
		if _, err := bw.Write(raw); err != nil {
			return fmt.Errorf("precompress: brotli %s: %w", name, err)
		}
		if err := bw.Close(); err != nil {
			return fmt.Errorf("precompress: brotli %s: %w", name, err)
		}
		var gz bytes.Buffer
		gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		if _, err := gw.Write(raw); err != nil {
			return fmt.Errorf("precompress: gzip %s: %w", name, err)
		}
		if err := gw.Close(); err != nil {
			return fmt.Errorf("precompress: gzip %s: %w", name, err)
		}
		if err := writeFileAtomic(name+".br", br.Bytes()); err != nil {
			return err
		}
		if err := writeFileAtomic(name+".gz", gz.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// writeFileAtomic writes through a temporary file and a rename, so a build
// stopped halfway never leaves a truncated asset that looks finished.
func writeFileAtomic(name string, data []byte) error {
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("precompress: %w", err)
	}
	if err := os.Rename(tmp, name); err != nil {
		return fmt.Errorf("precompress: %w", err)
	}
	return nil
}
