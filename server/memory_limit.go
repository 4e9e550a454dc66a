package main

import (
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// defaultMemoryLimit is the Go heap's soft limit for `serve`: the garbage
// collector works harder as the heap nears it, instead of letting a few
// large extractions (a few hundred MB each on a 5 MiB page) take the
// machine's memory. A soft limit, not a cap: the bound on concurrent
// extractions (extractSlots) and the pipeline's caps keep the heap under it.
const defaultMemoryLimit = "1GiB"

// applyMemoryLimit sets the heap's soft limit from the -memory-limit flag
// ("1GiB", "512MiB", bytes; "0" or "off" for none). An unset flag leaves a
// GOMEMLIMIT from the environment in force.
func applyMemoryLimit(flagValue string, flagSet bool) error {
	if !flagSet && os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	n, err := parseBytes(flagValue)
	if err != nil {
		return fmt.Errorf("serve: -memory-limit: %w", err)
	}
	if n == 0 {
		n = math.MaxInt64
	}
	debug.SetMemoryLimit(n)
	return nil
}

// parseBytes reads a size: an integer with an optional unit B, KiB, MiB or
// GiB (as GOMEMLIMIT spells them); "off" is 0.
func parseBytes(s string) (int64, error) {
	orig := s
	s = strings.TrimSpace(s)
	if s == "off" {
		return 0, nil
	}
	units := []struct {
		suffix string
		size   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"B", 1}}
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSuffix(s, u.suffix), u.size
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64/mult {
		return 0, fmt.Errorf("unreadable size %q (want 1GiB, 512MiB, bytes or off)", orig)
	}
	return n * mult, nil
}
