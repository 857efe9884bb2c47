package outbound

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"syscall"

	"code.dny.dev/ssrf"
)

// guardian decides which addresses are public: not in the IANA IPv4 and
// IPv6 special-purpose registries (loopback, private, link-local, CGNAT,
// multicast, unspecified, broadcast, documentation, benchmarking, 6to4,
// Teredo…), IPv6 only inside global unicast 2000::/3 (so no ULA such as
// fd00:ec2::254, no NAT64 64:ff9b::/96, no IPv4-translated form), and not
// Azure's platform address 168.63.129.16, which is public but answers only
// from inside Azure.
//
// Any port is allowed: the library allows only 80 and 443 by default, but
// the guard's job is to keep calls off networks that are not the public
// internet; on the public internet, what listens on which port is the
// destination owner's choice, APIs do serve on 8443 and the like, and with
// https every connection starts with a TLS handshake, which other protocols
// refuse.
var guardian = ssrf.New(ssrf.WithAnyPort(), ssrf.WithDeniedV4Prefixes(netip.MustParsePrefix("168.63.129.16/32")))

// Public reports whether calls to tenant-chosen destinations may reach
// addr. An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the
// IPv4 address it carries; an address with a zone is never public.
func Public(addr netip.Addr) bool {
	return guardian.SafeAddr(addr.Unmap()) == nil
}

// control is the dialer's last word before connecting a socket: it runs
// after name resolution, for each address tried, so neither a name that
// resolves to a private address nor a DNS answer that changes between
// lookups gets around it. It refuses anything but TCP and any address
// that is not Public.
func control(network, address string, _ syscall.RawConn) error {
	if network != "tcp4" && network != "tcp6" {
		return fmt.Errorf("%w: %s over %s", ErrNotPublic, address, network)
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrNotPublic, address, err)
	}
	if err := guardian.SafeAddr(ap.Addr().Unmap()); err != nil {
		return fmt.Errorf("%w: %w", ErrNotPublic, err)
	}
	return nil
}

// PublicHost reports whether host, a URL's host without brackets, may name
// a public address. It is false for localhost and names under .localhost,
// and for an IP address that is not Public in any spelling a resolver
// accepts: 127.0.0.1, 2130706433, 0x7f000001, 0177.0.0.1, 127.1,
// ::ffff:127.0.0.1. A host that ends in a number but is no valid IPv4
// address (999.1.1.1) is false too. Any other name is true: what it
// resolves to is for the check when dialing to judge.
func PublicHost(host string) bool {
	h := strings.ToLower(strings.TrimSuffix(host, "."))
	if h == "" || h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return false
	}
	if addr, err := netip.ParseAddr(h); err == nil {
		return Public(addr)
	}
	labels := strings.Split(h, ".")
	if !endsInNumber(labels[len(labels)-1]) {
		return true // a name
	}
	addr, ok := inetAton(labels)
	return ok && Public(addr)
}

// endsInNumber reports whether the last label of a lower-case host makes
// it an IPv4 address, valid or not, as URL parsers decide: all digits, or
// 0x and hexadecimal digits, whatever their value.
func endsInNumber(last string) bool {
	if hex, ok := strings.CutPrefix(last, "0x"); ok {
		return strings.Trim(hex, "0123456789abcdef") == ""
	}
	return strings.Trim(last, "0123456789") == ""
}

// inetAton parses the dotted parts of an IPv4 address the way inet_aton
// and browsers do: one to four numbers, each decimal, 0x-hexadecimal or
// 0-octal, the last filling the bytes that remain (127.1 is 127.0.0.1).
func inetAton(parts []string) (netip.Addr, bool) {
	if len(parts) > 4 {
		return netip.Addr{}, false
	}
	var ip uint64
	for i, p := range parts {
		n, ok := number(p)
		last := i == len(parts)-1
		if !ok || !last && n > 0xff || last && n >= 1<<(8*(5-len(parts))) {
			return netip.Addr{}, false
		}
		if last {
			ip = ip<<(8*(5-len(parts))) | n
		} else {
			ip = ip<<8 | n
		}
	}
	return netip.AddrFrom4([4]byte{byte(ip >> 24), byte(ip >> 16), byte(ip >> 8), byte(ip)}), true
}

// number parses one part of an IPv4 address: decimal, 0x-hexadecimal
// ("0x" alone is 0) or, with a leading 0, octal.
func number(s string) (uint64, bool) {
	base := 10
	switch {
	case strings.HasPrefix(s, "0x"):
		if s = s[2:]; s == "" {
			return 0, true
		}
		base = 16
	case len(s) > 1 && s[0] == '0':
		s, base = s[1:], 8
	}
	if s == "" || s[0] == '+' || s[0] == '-' {
		return 0, false
	}
	n, err := strconv.ParseUint(s, base, 32)
	return n, err == nil
}
