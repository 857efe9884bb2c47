package outbound

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"golang.org/x/net/dns/dnsmessage"
)

// fakeDNS returns a resolver that answers every name with addrs, as a
// name server an attacker controls would; it never reaches the network.
func fakeDNS(addrs ...netip.Addr) *net.Resolver {
	return &net.Resolver{PreferGo: true, Dial: func(context.Context, string, string) (net.Conn, error) {
		client, server := net.Pipe()
		go answerDNS(server, addrs)
		return client, nil // not a PacketConn: queries come length-prefixed
	}}
}

// answerDNS answers the queries on c with the addresses of their type.
func answerDNS(c net.Conn, addrs []netip.Addr) {
	defer c.Close()
	for {
		var size uint16
		if binary.Read(c, binary.BigEndian, &size) != nil {
			return
		}
		msg := make([]byte, size)
		if _, err := io.ReadFull(c, msg); err != nil {
			return
		}
		var p dnsmessage.Parser
		h, err := p.Start(msg)
		if err != nil {
			return
		}
		q, err := p.Question()
		if err != nil {
			return
		}
		b := dnsmessage.NewBuilder(make([]byte, 2, 512), dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true, RecursionAvailable: true})
		_ = b.StartQuestions()
		_ = b.Question(q)
		_ = b.StartAnswers()
		rh := dnsmessage.ResourceHeader{Name: q.Name, Class: dnsmessage.ClassINET, TTL: 60}
		for _, a := range addrs {
			switch {
			case q.Type == dnsmessage.TypeA && a.Is4():
				_ = b.AResource(rh, dnsmessage.AResource{A: a.As4()})
			case q.Type == dnsmessage.TypeAAAA && a.Is6():
				_ = b.AAAAResource(rh, dnsmessage.AAAAResource{AAAA: a.As16()})
			}
		}
		out, err := b.Finish()
		if err != nil {
			return
		}
		binary.BigEndian.PutUint16(out, uint16(len(out)-2))
		if _, err := c.Write(out); err != nil {
			return
		}
	}
}

// counting starts a local server answering 200 and counting requests.
func counting(t *testing.T, tls bool, handler http.HandlerFunc) (*httptest.Server, *atomic.Int64) {
	n := &atomic.Int64{}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		if handler != nil {
			handler(w, r)
		}
	})
	srv := httptest.NewUnstartedServer(h)
	if tls {
		srv.StartTLS()
	} else {
		srv.Start()
	}
	t.Cleanup(srv.Close)
	return srv, n
}

// trust makes client trust the certificate of the TLS server srv.
func trust(client *http.Client, srv *httptest.Server) {
	pool := x509.NewCertPool()
	pool.AddCert(srv.Certificate())
	client.Transport.(*transport).base.TLSClientConfig = &tls.Config{RootCAs: pool}
}

// TestNamesResolvingToPrivateAddressesAreRefused resolves public-looking
// names to loopback and other non-public addresses, where a server
// listens: the dial is refused and the server sees nothing.
func TestNamesResolvingToPrivateAddressesAreRefused(t *testing.T) {
	srv, n := counting(t, false, nil)
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	answers := [][]netip.Addr{
		{netip.MustParseAddr("127.0.0.1")},
		{netip.MustParseAddr("::1")},
		{netip.MustParseAddr("::ffff:127.0.0.1")},
		{netip.MustParseAddr("169.254.169.254")},
		{netip.MustParseAddr("10.0.0.1"), netip.MustParseAddr("127.0.0.1")},
	}
	for _, addrs := range answers {
		client := NewClient(Config{AllowHTTP: true, Resolver: fakeDNS(addrs...)})
		resp, err := client.Get("http://api.example.com:" + itoa(port) + "/")
		if err == nil {
			resp.Body.Close()
		}
		if !errors.Is(err, ErrNotPublic) {
			t.Errorf("a name resolving to %v: %v, want ErrNotPublic", addrs, err)
		}
	}
	for _, literal := range []string{srv.URL, "http://[::ffff:127.0.0.1]:" + itoa(port)} {
		if _, err := NewClient(Config{AllowHTTP: true}).Get(literal); !errors.Is(err, ErrNotPublic) {
			t.Errorf("%s: %v, want ErrNotPublic", literal, err)
		}
	}
	if got := n.Load(); got != 0 {
		t.Errorf("the local server received %d requests, want 0", got)
	}
}

// TestAllowPrivate lets a development client reach a local server by name.
func TestAllowPrivate(t *testing.T) {
	srv, n := counting(t, false, nil)
	client := NewClient(Config{AllowHTTP: true, AllowPrivate: true, Resolver: fakeDNS(netip.MustParseAddr("127.0.0.1"))})
	resp, err := client.Get("http://api.example.com:" + itoa(srv.Listener.Addr().(*net.TCPAddr).Port) + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if n.Load() != 1 {
		t.Errorf("the local server received %d requests, want 1", n.Load())
	}
}

// TestDestinationsOnly lets a client reach the host and port the operator
// named, over plain http, and nothing else that is not public.
func TestDestinationsOnly(t *testing.T) {
	named, n := counting(t, false, nil)
	other, m := counting(t, false, nil)
	client := NewClient(Config{Destinations: []string{named.URL + "/prefix"}})
	resp, err := client.Get(named.URL + "/path")
	if err != nil {
		t.Fatalf("the named destination: %v", err)
	}
	resp.Body.Close()
	if _, err := client.Get(other.URL); !errors.Is(err, ErrNotHTTPS) {
		t.Errorf("another port over http: %v, want ErrNotHTTPS", err)
	}
	if _, err := client.Get(strings.Replace(other.URL, "http:", "https:", 1)); !errors.Is(err, ErrNotPublic) {
		t.Errorf("another port over https: %v, want ErrNotPublic", err)
	}
	if n.Load() != 1 || m.Load() != 0 {
		t.Errorf("requests: named %d, other %d; want 1 and 0", n.Load(), m.Load())
	}
}

// TestPlainHTTPIsRefused refuses http:// before resolving or dialing.
func TestPlainHTTPIsRefused(t *testing.T) {
	client := NewClient(Config{Resolver: fakeDNS(netip.MustParseAddr("8.8.8.8"))})
	if _, err := client.Get("http://api.example.com/"); !errors.Is(err, ErrNotHTTPS) {
		t.Errorf("plain http: %v, want ErrNotHTTPS", err)
	}
}

// TestRedirectsAreNotFollowed has a named https destination redirect to
// another host, over https and plain http, with a credential in a header:
// the client returns the redirect, and the other host sees nothing.
func TestRedirectsAreNotFollowed(t *testing.T) {
	thief, stolen := counting(t, false, nil)
	for _, to := range []string{thief.URL + "/x", strings.Replace(thief.URL, "http:", "https:", 1) + "/x", "/same-host"} {
		src, _ := counting(t, true, func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, to, http.StatusFound)
		})
		client := NewClient(Config{AllowHTTP: true, Destinations: []string{src.URL, thief.URL}})
		trust(client, src)
		req, _ := http.NewRequest(http.MethodGet, src.URL+"/verify", nil)
		req.Header.Set("X-Api-Key", "secret")
		resp, err := client.Do(req)
		if err != nil {
			t.Fatalf("redirect to %s: %v", to, err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusFound {
			t.Errorf("redirect to %s: status %d, want 302 returned as is", to, resp.StatusCode)
		}
	}
	if stolen.Load() != 0 {
		t.Errorf("the other host received %d requests, want 0", stolen.Load())
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
