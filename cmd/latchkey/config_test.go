package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestPublicURL takes LATCHKEY_PUBLIC_URL when set and checks it, and
// otherwise names the listening address as browsers would reach it.
func TestPublicURL(t *testing.T) {
	for _, c := range []struct{ value, addr, want string }{
		{"", "127.0.0.1:8080", "http://127.0.0.1:8080"},
		{"", "0.0.0.0:8080", "http://localhost:8080"},
		{"", ":9000", "http://localhost:9000"},
		{"", "[::]:9000", "http://localhost:9000"},
		{"https://latchkey.example.com/", "0.0.0.0:8080", "https://latchkey.example.com"},
		{"https://latchkey.example.com/prefix", "", "https://latchkey.example.com/prefix"},
	} {
		got, err := publicURL(c.value, c.addr)
		if err != nil || got != c.want {
			t.Errorf("publicURL(%q, %q) = %q, %v; want %q", c.value, c.addr, got, err, c.want)
		}
	}
	for _, bad := range []string{"latchkey.example.com", "ftp://x", "https://user:pw@x", "https://x/?q=1", "https://x/#f"} {
		if _, err := publicURL(bad, "127.0.0.1:8080"); err == nil {
			t.Errorf("publicURL(%q) was taken", bad)
		}
	}
}

// TestTuneMemory applies the collector's defaults where GOGC and
// GOMEMLIMIT are unset and leaves the runtime's reading of them alone where
// they are set.
func TestTuneMemory(t *testing.T) {
	gcBefore, limitBefore := debug.SetGCPercent(100), debug.SetMemoryLimit(math.MaxInt64)
	t.Cleanup(func() { debug.SetGCPercent(gcBefore); debug.SetMemoryLimit(limitBefore) })

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	gogc, limit := tuneMemory()
	if got := debug.SetGCPercent(100); gogc != "400" || got != defaultGCPercent {
		t.Errorf("with neither set: GOGC %q and %d in force, want 400", gogc, got)
	}
	if limit != defaultMemoryLimit {
		t.Errorf("with neither set: limit %d, want %d", limit, defaultMemoryLimit)
	}

	// What the runtime read from the environment at start stays.
	debug.SetGCPercent(50)
	debug.SetMemoryLimit(512 << 20)
	t.Setenv("GOGC", "50")
	t.Setenv("GOMEMLIMIT", "512MiB")
	gogc, limit = tuneMemory()
	if got := debug.SetGCPercent(100); gogc != "50" || got != 50 {
		t.Errorf("with GOGC=50: %q and %d in force, want 50", gogc, got)
	}
	if limit != 512<<20 {
		t.Errorf("with GOMEMLIMIT=512MiB: limit %d", limit)
	}
}
