package wasmdata

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// module builds a module of the given sections around a data section.
func module(segs ...segment) []byte {
	out := append([]byte(nil), magic...)
	out = appendSection(out, 5, []byte{1, 0, 1}) // memory: one of one page
	return appendSection(out, sectionData, writeSegments(segs))
}

// image is the memory a module's data segments make, as a map of the
// bytes they set (zeros included).
func image(t testing.TB, m []byte) (map[int64]byte, int) {
	t.Helper()
	secs, err := sections(m)
	if err != nil {
		t.Fatal(err)
	}
	img := map[int64]byte{}
	count := 0
	for _, sec := range secs {
		if sec.id != sectionData {
			continue
		}
		segs, ok, err := readSegments(sec.body)
		if err != nil || !ok {
			t.Fatalf("data section unreadable: ok %v, %v", ok, err)
		}
		count += len(segs)
		for _, s := range segs {
			for i, c := range s.data {
				img[s.offset+int64(i)] = c
			}
		}
	}
	return img, count
}

// sameMemory: both modules start with the same memory (a byte a segment
// sets to zero reads as one none sets).
func sameMemory(t testing.TB, a, b []byte) {
	t.Helper()
	ia, _ := image(t, a)
	ib, _ := image(t, b)
	for k, v := range ia {
		if ib[k] != v {
			t.Fatalf("byte %d: %d before, %d after", k, v, ib[k])
		}
	}
	for k, v := range ib {
		if ia[k] != v {
			t.Fatalf("byte %d: %d before, %d after", k, ia[k], v)
		}
	}
}

func TestPackJoinsNearSegments(t *testing.T) {
	in := module(
		segment{0, []byte("ab")},
		segment{10, []byte("cd")},   // 8 zeros after "ab": joined
		segment{5000, []byte("ef")}, // 4,988 zeros: a segment of its own
		segment{5002, []byte("gh")}, // right after: joined
		segment{4000, []byte("ij")}, // before the one it follows: kept apart
		segment{5010, []byte("kl")}, // its zeros would write over "efgh": kept apart
	)
	kept := bytes.Clone(in)
	out, stats, err := Pack(in, MaxGap)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(in, kept) {
		t.Error("Pack wrote over the module it read")
	}
	if stats.Before != 6 || stats.After != 4 {
		t.Errorf("segments %d -> %d, want 6 -> 4", stats.Before, stats.After)
	}
	sameMemory(t, in, out)
	again, stats2, err := Pack(out, MaxGap)
	if err != nil || !bytes.Equal(again, out) || stats2.After != 4 {
		t.Errorf("packing twice changes the module (%v, %+v)", err, stats2)
	}
}

// TestPackCountsInDataCount: a data count section, which comes before the
// data, is rewritten to the segments Pack leaves.
func TestPackCountsInDataCount(t *testing.T) {
	in := appendSection(append([]byte(nil), magic...), sectionDataCount, []byte{2})
	in = appendSection(in, sectionData, writeSegments([]segment{{0, []byte("ab")}, {4, []byte("cd")}}))
	out, _, err := Pack(in, MaxGap)
	if err != nil {
		t.Fatal(err)
	}
	secs, err := sections(out)
	if err != nil || len(secs) != 2 || secs[0].id != sectionDataCount || !bytes.Equal(secs[0].body, []byte{1}) {
		t.Errorf("sections after packing %+v (%v), want a data count of 1 first", secs, err)
	}
	sameMemory(t, in, out)
}

func TestPackLeavesOtherDataAlone(t *testing.T) {
	// A passive segment (flag 1), which Go never writes: the module comes
	// back as it was.
	body := []byte{1, 1, 2, 'x', 'y'}
	in := appendSection(append([]byte(nil), magic...), sectionData, body)
	out, stats, err := Pack(in, MaxGap)
	if err != nil || !bytes.Equal(out, in) || stats.Before != 0 {
		t.Errorf("Pack(passive segment) = %x, %+v, %v; want it unchanged", out, stats, err)
	}
	for _, bad := range [][]byte{nil, []byte("\x00asm\x02\x00\x00\x00"), append(append([]byte(nil), magic...), sectionData, 9, 1)} {
		if _, _, err := Pack(bad, MaxGap); err == nil {
			t.Errorf("Pack(%x) = nil error, want one", bad)
		}
	}
}

// TestPackGoModule builds a Go program for the browser, packs it, and runs
// it under Node with Go's own wasm_exec: the packed module has fewer
// segments, the same memory, and prints what the unpacked one prints.
func TestPackGoModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a wasm")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	dir := t.TempDir()
	wasm := filepath.Join(dir, "hello.wasm")
	build := exec.Command("go", "build", "-trimpath", "-ldflags", "-s -w", "-o", wasm, "./testdata/hello")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	in, err := os.ReadFile(wasm)
	if err != nil {
		t.Fatal(err)
	}
	out, stats, err := Pack(in, MaxGap)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("hello.wasm: %d data segments -> %d, %d -> %d bytes", stats.Before, stats.After, len(in), len(out))
	if stats.After >= stats.Before || stats.After > 20 {
		t.Errorf("segments %d -> %d, want a handful", stats.Before, stats.After)
	}
	sameMemory(t, in, out)
	packed := filepath.Join(dir, "packed.wasm")
	if err := os.WriteFile(packed, out, 0o644); err != nil {
		t.Fatal(err)
	}
	execJS := filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec_node.js")
	run := func(file string) string {
		out, err := exec.Command(node, execJS, file).CombinedOutput()
		if err != nil {
			t.Fatalf("node %s: %v\n%s", file, err, out)
		}
		return string(out)
	}
	if a, b := run(wasm), run(packed); a != b || a == "" {
		t.Errorf("the packed module prints %q, the built one %q", b, a)
	}
}

// FuzzPack: Pack reads any bytes without panicking, and what it packs
// starts with the same memory.
func FuzzPack(f *testing.F) {
	f.Add(module(segment{0, []byte("ab")}, segment{10, []byte("cd")}))
	f.Add(module(segment{3, []byte("a")}, segment{1, []byte("b")}))
	f.Add([]byte("\x00asm\x01\x00\x00\x00\x0b\x03\x01\x00\x41"))
	f.Fuzz(func(t *testing.T, in []byte) {
		out, stats, err := Pack(in, 16)
		if err != nil || stats.Before == 0 {
			return
		}
		sameMemory(t, in, out)
	})
}
