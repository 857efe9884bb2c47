package main

import "testing"

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
