package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPackDataCommand: `server packdata FILE` rewrites a wasm with its near
// data segments joined and says so; a file that is no wasm is an error
// and stays as it was.
func TestPackDataCommand(t *testing.T) {
	dir := t.TempDir()
	// A module with one data section: "ab" at 0 and "cd" at 10.
	wasm := []byte("\x00asm\x01\x00\x00\x00" + "\x0b\x0f" + "\x02" +
		"\x00\x41\x00\x0b\x02ab" + "\x00\x41\x0a\x0b\x02cd")
	name := filepath.Join(dir, "m.wasm")
	if err := os.WriteFile(name, wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"packdata", name}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("run(packdata) = %d, stderr %q", code, stderr.String())
	}
	got, _ := os.ReadFile(name)
	want := "\x00asm\x01\x00\x00\x00" + "\x0b\x12" + "\x01" + "\x00\x41\x00\x0b\x0cab\x00\x00\x00\x00\x00\x00\x00\x00cd"
	if string(got) != want {
		t.Errorf("packed module %q, want %q", got, want)
	}
	if !strings.Contains(stderr.String(), "2 data segments -> 1") {
		t.Errorf("stderr %q, want the segments counted", stderr.String())
	}

	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("not a module"), 0o644)
	stderr.Reset()
	if code := run(context.Background(), []string{"packdata", text}, nil, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "not a WebAssembly module") {
		t.Errorf("run(packdata notes.txt) = %d, stderr %q; want 1 and why", code, stderr.String())
	}
	if b, _ := os.ReadFile(text); string(b) != "not a module" {
		t.Errorf("the text file was rewritten: %q", b)
	}
}
