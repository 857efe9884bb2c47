package outbound

import (
	"errors"
	"net/netip"
	"testing"
)

// refused lists addresses no tenant-chosen call may reach, by kind.
var refused = map[string][]string{
	"IPv4 loopback":           {"127.0.0.1", "127.255.255.254"},
	"IPv6 loopback":           {"::1"},
	"unspecified":             {"0.0.0.0", "0.1.2.3", "::"},
	"private":                 {"10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1"},
	"CGNAT":                   {"100.64.0.1", "100.127.255.254", "100.100.100.200"},
	"link-local":              {"169.254.0.1", "fe80::1"},
	"metadata":                {"169.254.169.254", "fd00:ec2::254", "168.63.129.16"},
	"unique local":            {"fd00::1", "fc00::1"},
	"multicast":               {"224.0.0.1", "239.255.255.250", "ff02::1", "ff05::2"},
	"broadcast and reserved":  {"255.255.255.255", "240.0.0.1"},
	"documentation":           {"192.0.2.1", "198.51.100.1", "203.0.113.1", "2001:db8::1", "3fff::1"},
	"benchmarking":            {"198.18.0.1"},
	"IPv4-mapped IPv6":        {"::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254"},
	"IPv4-translated IPv6":    {"::ffff:0:7f00:1"},
	"IPv4-compatible IPv6":    {"::127.0.0.1"},
	"NAT64":                   {"64:ff9b::7f00:1", "64:ff9b::808:808", "64:ff9b:1::1"},
	"6to4 and Teredo":         {"2002:7f00:1::", "2002:808:808::1", "2001::1"},
	"IETF protocol":           {"192.0.0.1", "2001:2::1"},
	"zoned IPv6 (link-local)": {"fe80::1%eth0", "2606:4700::1%eth0"},
}

// public lists addresses on the public internet.
var public = []string{"8.8.8.8", "1.1.1.1", "93.184.216.34", "100.63.255.255", "100.128.0.1", "2606:4700:4700::1111", "2a00:1450:4001::1", "::ffff:8.8.8.8"}

func TestPublic(t *testing.T) {
	for kind, addrs := range refused {
		for _, a := range addrs {
			if Public(netip.MustParseAddr(a)) {
				t.Errorf("%s %s is public, want refused", kind, a)
			}
		}
	}
	for _, a := range public {
		if !Public(netip.MustParseAddr(a)) {
			t.Errorf("%s is refused, want public", a)
		}
	}
}

// TestControl calls the dialer's hook as net.Dialer does, with the
// resolved address and any port.
func TestControl(t *testing.T) {
	for kind, addrs := range refused {
		for _, a := range addrs {
			addr := netip.MustParseAddr(a)
			network := "tcp6"
			if addr.Is4() {
				network = "tcp4"
			}
			for _, port := range []uint16{443, 80, 8443} {
				ap := netip.AddrPortFrom(addr, port).String()
				if err := control(network, ap, nil); !errors.Is(err, ErrNotPublic) {
					t.Errorf("%s %s: %v, want ErrNotPublic", kind, ap, err)
				}
			}
		}
	}
	for _, a := range []string{"8.8.8.8:443", "8.8.8.8:8443", "[2606:4700:4700::1111]:443", "1.1.1.1:80"} {
		network := "tcp4"
		if a[0] == '[' {
			network = "tcp6"
		}
		if err := control(network, a, nil); err != nil {
			t.Errorf("%s: %v, want allowed", a, err)
		}
	}
	for _, c := range [][2]string{{"udp4", "8.8.8.8:53"}, {"tcp4", "not an address"}} {
		if err := control(c[0], c[1], nil); !errors.Is(err, ErrNotPublic) {
			t.Errorf("%s %s: %v, want ErrNotPublic", c[0], c[1], err)
		}
	}
}

func TestPublicHost(t *testing.T) {
	notPublic := []string{
		"127.0.0.1", "127.0.0.1.", "2130706433", "0x7f000001", "0X7F000001", "0177.0.0.1", "0177.0.0.01", "127.1", "127.0.1",
		"0x7f.1", "0x7f.0.0.0x1", "017700000001", "0", "0.0.0.0", "::1", "::", "::ffff:127.0.0.1", "::ffff:7f00:1",
		"64:ff9b::7f00:1", "fd00::1", "fe80::1%eth0", "169.254.169.254", "2852039166", "0xa9fea9fe", "10.1", "100.64.0.1",
		"localhost", "LOCALHOST", "localhost.", "api.localhost", "a.b.LocalHost.",
		"999.1.1.1", "1.2.3.4.5", "256.0.0.1", "127.0.0.08", "4294967296", "0x100000000", "1..1", "",
	}
	for _, h := range notPublic {
		if PublicHost(h) {
			t.Errorf("PublicHost(%q) = true, want false", h)
		}
	}
	publicHosts := []string{
		"api.example.com", "8.8.8.8", "134744072", "0x8080808", "2606:4700:4700::1111", "localhost.example.com",
		"localhostx", "1e5.example", "0x.example.com", "api-127.0.0.1.example", "127.0.0.1.example.com",
	}
	for _, h := range publicHosts {
		if !PublicHost(h) {
			t.Errorf("PublicHost(%q) = false, want true", h)
		}
	}
}
