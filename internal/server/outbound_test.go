package server_test

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

// listener is a local HTTP service that counts the requests it receives,
// standing for an internal service or another host.
type listener struct {
	*httptest.Server
	requests atomic.Int64
}

// listen starts a listener answering every request with handler.
func listen(t *testing.T, handler http.HandlerFunc) *listener {
	l := &listener{}
	l.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.requests.Add(1)
		handler(w, r)
	}))
	t.Cleanup(l.Close)
	return l
}

// answer returns a handler answering status with the JSON body.
func answer(status int, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		fmt.Fprint(w, body)
	}
}

// port returns the port of a local server's URL.
func port(t *testing.T, rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	return u.Port()
}

// loopbackName returns a host name other than localhost that this machine
// resolves to loopback addresses only, as an attacker's public-looking name
// would; it skips the test when there is none.
func loopbackName(t *testing.T) string {
	host, _ := os.Hostname()
	for _, name := range []string{host, "vm", "runsc", "localhost.localdomain", "ip6-localhost", "ip6-loopback"} {
		addrs, err := net.LookupIP(name)
		if name == "" || strings.HasSuffix(name, "localhost") || err != nil || len(addrs) == 0 {
			continue
		}
		loopback := true
		for _, a := range addrs {
			loopback = loopback && a.IsLoopback()
		}
		if loopback {
			return name
		}
	}
	t.Skip("no host name other than localhost resolves to loopback here")
	return ""
}

// verifyCustom creates an account of the custom source key with a good
// token and returns the response.
func verifyCustom(t *testing.T, s *testenv.Server, secret, key string) *testenv.Result {
	return s.Do(t, secret, createAccount, map[string]any{"input": map[string]any{
		"source": key, "credentialType": "default", "credentials": map[string]any{"token": "good-token", "password": "pw"},
	}})
}

// wantFailure checks that r is VERIFICATION_FAILED with exactly the
// message of source key failing with text.
func wantFailure(t *testing.T, r *testenv.Result, key, text string) {
	t.Helper()
	want := key + " did not verify the credentials: " + text
	if r.Code() != "VERIFICATION_FAILED" || r.Errors[0].Message != want {
		t.Errorf("%s: got %s, want VERIFICATION_FAILED %q", key, r.Body, want)
	}
}

// TestOutboundRefusesNamesResolvingToLoopback points a custom source at a
// name that resolves to 127.0.0.1, where an internal service answers with
// an identifier: the call is refused when dialing, the service sees no
// request, and nothing is stored. Plain http is allowed here so that only
// the address guard stands in the way.
func TestOutboundRefusesNamesResolvingToLoopback(t *testing.T) {
	name := loopbackName(t)
	internal := listen(t, answer(http.StatusOK, `{"data": {"account": {"id": "internal-secret-id"}}}`))
	testenv.RunWith(t, func(c *server.Config) { c.AllowHTTPSources = true }, func(t *testing.T, s *testenv.Server) {
		internal.requests.Store(0)
		admin := s.NewKey(t, "production", auth.FullAccess)
		s.Must(t, admin.Secret, createCustom, map[string]any{"in": customSource("crm-internal", "http://"+name+":"+port(t, internal.URL), "BEARER")}, &struct{}{})
		r := verifyCustom(t, s, admin.Secret, "crm-internal")
		wantFailure(t, r, "crm-internal", "refused: not a public address")
		if strings.Contains(r.Body, "internal-secret-id") {
			t.Errorf("the response holds what the internal service answered: %s", r.Body)
		}
		if n := internal.requests.Load(); n != 0 {
			t.Errorf("the internal service received %d requests, want 0", n)
		}
		if n := countAccounts(t, s, admin.Secret); n != 0 {
			t.Errorf("%d accounts stored, want 0", n)
		}
	})
}

// TestOutboundErrorsRevealNothing points custom sources at an open port
// that answers, one that refuses the credentials, a closed port (all on a
// name resolving to loopback), a name that does not resolve and an
// operator's override with nothing behind it: the errors are two plain
// phrases that tell an open port from a closed one nowhere.
func TestOutboundErrorsRevealNothing(t *testing.T) {
	name := loopbackName(t)
	open := listen(t, answer(http.StatusOK, `{"status": "internal service up"}`))
	refusing := listen(t, answer(http.StatusUnauthorized, `{"error": "internal auth"}`))
	closed := closedPort(t)
	configure := func(c *server.Config) {
		c.AllowHTTPSources = true
		c.Verify.BaseURLs["crm-override-closed"] = "http://127.0.0.1:" + closed
	}
	cases := []struct{ key, base, text string }{
		{"crm-open", "http://" + name + ":" + port(t, open.URL), "refused: not a public address"},
		{"crm-refusing", "http://" + name + ":" + port(t, refusing.URL), "refused: not a public address"},
		{"crm-closed", "http://" + name + ":" + closed, "refused: not a public address"},
		{"crm-nowhere", "https://nowhere.invalid", "unavailable: the source could not be reached"},
		{"crm-override-closed", "https://crm.example", "unavailable: the source could not be reached"},
	}
	testenv.RunWith(t, configure, func(t *testing.T, s *testenv.Server) {
		open.requests.Store(0)
		refusing.requests.Store(0)
		admin := s.NewKey(t, "production", auth.FullAccess)
		for _, c := range cases {
			s.Must(t, admin.Secret, createCustom, map[string]any{"in": customSource(c.key, c.base, "BEARER")}, &struct{}{})
			wantFailure(t, verifyCustom(t, s, admin.Secret, c.key), c.key, c.text)
		}
		if n := open.requests.Load() + refusing.requests.Load(); n != 0 {
			t.Errorf("the internal services received %d requests, want 0", n)
		}
	})
}

// TestOutboundFollowsNoRedirect points custom sources, through the
// operator's override, at a host that redirects elsewhere with every
// redirect status, the query string kept: no redirect is followed, so the
// credential (in a header, the query or basic auth) never reaches the
// second host.
func TestOutboundFollowsNoRedirect(t *testing.T) {
	thief := listen(t, answer(http.StatusOK, `{"data": {"account": {"id": "stolen"}}}`))
	statuses := map[string]int{"BEARER": http.StatusFound, "HEADER": http.StatusTemporaryRedirect, "QUERY": http.StatusMovedPermanently, "BASIC": http.StatusPermanentRedirect}
	redirector := listen(t, func(w http.ResponseWriter, r *http.Request) {
		to := *r.URL
		to.Scheme, to.Host = "http", strings.TrimPrefix(thief.URL, "http://")
		http.Redirect(w, r, to.String(), statuses[strings.ToUpper(strings.TrimPrefix(r.URL.Path, "/"))])
	})
	testenv.RunWith(t, func(c *server.Config) {
		for placement := range statuses {
			c.Verify.BaseURLs["crm-"+strings.ToLower(placement)] = redirector.URL
		}
	}, func(t *testing.T, s *testenv.Server) {
		redirector.requests.Store(0)
		thief.requests.Store(0)
		admin := s.NewKey(t, "production", auth.FullAccess)
		for placement, status := range statuses {
			key := "crm-" + strings.ToLower(placement)
			s.Must(t, admin.Secret, createCustom, map[string]any{"in": customSource(key, "https://crm.example", placement)}, &struct{}{})
			wantFailure(t, verifyCustom(t, s, admin.Secret, key), key,
				fmt.Sprintf("rejected (HTTP %d): the source answered with a redirect, which is not followed", status))
		}
		if n := redirector.requests.Load(); n != int64(len(statuses)) {
			t.Errorf("the redirecting host received %d requests, want %d", n, len(statuses))
		}
		if n := thief.requests.Load(); n != 0 {
			t.Errorf("the second host received %d requests, want 0", n)
		}
		if n := countAccounts(t, s, admin.Secret); n != 0 {
			t.Errorf("%d accounts stored, want 0", n)
		}
	})
}

// TestAllowPrivateAddresses turns the development settings on: a custom
// source may then name 127.0.0.1 over plain http, and reach it.
func TestAllowPrivateAddresses(t *testing.T) {
	api := customAPI()
	defer api.Close()
	testenv.RunWith(t, func(c *server.Config) { c.AllowHTTPSources, c.AllowPrivateAddresses = true, true }, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		s.Must(t, admin.Secret, createCustom, map[string]any{"in": customSource("crm-bearer", api.URL, "BEARER")}, &struct{}{})
		var out struct {
			CreateAccount struct{ Account struct{ Identifier string } }
		}
		s.Must(t, admin.Secret, `mutation($in: CreateAccountInput!) { createAccount(input: $in) { account { identifier } } }`,
			map[string]any{"in": map[string]any{"source": "crm-bearer", "credentialType": "default", "credentials": map[string]any{"token": "good-token"}}}, &out)
		if out.CreateAccount.Account.Identifier != "123456789012345678" {
			t.Errorf("identifier %q, want the local API's", out.CreateAccount.Account.Identifier)
		}
	})
}
