// Package origin writes web origins as browsers serialize them
// (scheme://host[:port]: lower case, no default port, international names
// in punycode, canonical IP addresses), so that origins from settings,
// URLs and requests compare equal when browsers would treat them as one.
package origin

import (
	"net/netip"
	"net/url"
	"strings"

	"golang.org/x/net/idna"
)

// Parse returns entry as an origin, if it is exactly one: http or https,
// with no user, path (but "/"), query or fragment.
func Parse(entry string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(entry))
	if err != nil || u.Opaque != "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
		return "", false
	}
	return Of(u)
}

// Of returns the origin of the http or https URL u, whatever its path,
// query and fragment; not for a URL with a user or password.
func Of(u *url.URL) (string, bool) {
	if (u.Scheme != "http" && u.Scheme != "https") || u.User != nil || u.Opaque != "" {
		return "", false
	}
	host := u.Hostname()
	if ip, err := netip.ParseAddr(host); err == nil {
		host = ip.String()
		if ip.Is6() {
			host = "[" + host + "]"
		}
	} else if host, err = idna.Lookup.ToASCII(host); err != nil || host == "" {
		return "", false
	}
	if port := u.Port(); port != "" && !(u.Scheme == "https" && port == "443") && !(u.Scheme == "http" && port == "80") {
		host += ":" + port
	}
	if !PlainHost(host) {
		return "", false
	}
	return u.Scheme + "://" + host, true
}

// PlainHost reports whether host is a plain host name or address, with
// an optional port: nothing that could add to a header it is written in.
func PlainHost(host string) bool {
	if host == "" || len(host) > 255 {
		return false
	}
	for _, c := range host {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.ContainsRune(".-:[]", c):
		default:
			return false
		}
	}
	return true
}
