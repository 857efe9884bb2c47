package server

import (
	"net/http"
	"net/netip"
	"testing"
)

// TestClientAddr: the per-address budgets count the peer's address, or,
// from a trusted proxy, the last forwarded address that is not a trusted
// proxy's; IPv6 clients by their /64, which one client usually holds whole
// (rotating addresses within it no longer escapes the budgets).
func TestClientAddr(t *testing.T) {
	trusted := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}
	for _, c := range []struct {
		remote, forwarded, want string
	}{
		{"192.0.2.7:5000", "", "192.0.2.7"},
		{"192.0.2.7:5000", "198.51.100.1", "192.0.2.7"}, // not a trusted proxy: its header is the client's word
		{"10.1.2.3:5000", "198.51.100.1", "198.51.100.1"},
		{"10.1.2.3:5000", "203.0.113.9, 198.51.100.1, 10.9.9.9", "198.51.100.1"},
		{"10.1.2.3:5000", "", "10.1.2.3"},
		{"10.1.2.3:5000", "garbage", "10.1.2.3"},
		{"[2001:db8:1:2:3:4:5:6]:5000", "", "2001:db8:1:2::/64"},
		{"[2001:db8:1:2:ffff::1]:5000", "", "2001:db8:1:2::/64"},
		{"[::ffff:192.0.2.7]:5000", "", "192.0.2.7"},
	} {
		r := &http.Request{RemoteAddr: c.remote, Header: http.Header{}}
		if c.forwarded != "" {
			r.Header.Set("X-Forwarded-For", c.forwarded)
		}
		if got := clientAddr(r, trusted); got != c.want {
			t.Errorf("%s forwarding %q: %s, want %s", c.remote, c.forwarded, got, c.want)
		}
	}
}
