// Package outbound builds the HTTP client of every call Latchkey makes to
// an address a tenant chose (custom sources, a shop's domain, later
// webhooks): it reaches public addresses only, checked when dialing, after
// name resolution; it speaks https only; and it follows no redirect, so a
// credential never travels to a host other than the one named.
package outbound

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Errors of refused calls, in the chain of the error a client returns.
var (
	// ErrNotPublic is a destination address that is not public.
	ErrNotPublic = errors.New("outbound: not a public address")
	// ErrNotHTTPS is a plain http:// call where only https is allowed.
	ErrNotHTTPS = errors.New("outbound: plain http is not allowed")
)

// Config says what a client may reach beyond public https destinations.
type Config struct {
	// AllowHTTP allows plain http:// calls. For development only.
	AllowHTTP bool
	// AllowPrivate allows every address: loopback, private networks,
	// link-local, metadata services. For development only.
	AllowPrivate bool
	// Destinations are base URLs the operator named: their host and port
	// are dialed even when not public, and over plain http if the URL says
	// so. Give them to a client used for the operator's URLs only: a
	// tenant naming the same host must not share its connections.
	// Unparsable URLs are ignored.
	Destinations []string
	// Resolver resolves host names; nil uses the system's.
	Resolver *net.Resolver
}

// NewClient returns a client that dials only what cfg allows and returns
// redirects as they are, unfollowed. Proxies from the environment are not
// used: a proxy would dial in the client's stead, out of the check's reach.
func NewClient(cfg Config) *http.Client {
	destinations := map[string]bool{}
	for _, raw := range cfg.Destinations {
		if u, err := url.Parse(raw); err == nil && u.Host != "" {
			destinations[hostPort(u.Scheme, u.Host)] = true
		}
	}
	guarded := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second, Resolver: cfg.Resolver, Control: control}
	if cfg.AllowPrivate {
		guarded.Control = nil
	}
	open := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second, Resolver: cfg.Resolver}
	base := &http.Transport{
		Proxy: nil,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			if destinations[hostPort("", addr)] {
				return open.DialContext(ctx, network, addr)
			}
			return guarded.DialContext(ctx, network, addr)
		},
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	return &http.Client{
		Transport: &transport{base: base, allowHTTP: cfg.AllowHTTP, destinations: destinations},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

// transport refuses plain http before anything is dialed.
type transport struct {
	base         *http.Transport
	allowHTTP    bool
	destinations map[string]bool
}

// RoundTrip sends req unless it is plain http where only https is allowed.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Scheme != "https" && !t.allowHTTP && !t.destinations[hostPort(req.URL.Scheme, req.URL.Host)] {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, fmt.Errorf("%w: %s://%s", ErrNotHTTPS, req.URL.Scheme, req.URL.Host)
	}
	return t.base.RoundTrip(req)
}

// hostPort returns host (a URL's host, or a dialed address) as
// lower-case host:port, the port taken from scheme when host has none.
func hostPort(scheme, host string) string {
	h, port, err := net.SplitHostPort(host)
	if err != nil {
		h = strings.Trim(host, "[]")
	}
	if port == "" {
		port = map[string]string{"https": "443", "http": "80"}[scheme]
	}
	return net.JoinHostPort(strings.ToLower(h), port)
}

// CheckURL returns what is wrong with raw as the address of calls to a
// destination a tenant chose, in plain words, or "" when nothing is: it
// must be an absolute https URL (http too when allowHTTP), hold no user
// name or password and no fragment, a query only when query is true, and
// name no address that is not public (PublicHost) unless allowPrivate.
// The guard when dialing is what protects; this check refuses the obvious
// early, with a clear word.
func CheckURL(raw string, allowHTTP, allowPrivate, query bool) string {
	u, err := url.Parse(raw)
	switch {
	case err != nil || u.Host == "" || u.Opaque != "" || (u.Scheme != "https" && u.Scheme != "http"):
		return "must be an absolute http(s) URL"
	case u.Scheme == "http" && !allowHTTP:
		return "must use https"
	case u.User != nil || u.Fragment != "" || strings.Contains(raw, "#"):
		return "must not hold credentials or a fragment"
	case u.RawQuery != "" && !query:
		return "must not hold a query"
	case !allowPrivate && !PublicHost(u.Hostname()):
		return "must be a public address"
	}
	return ""
}
