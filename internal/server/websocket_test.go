package server_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

const (
	closeUnauthorized    = websocket.StatusCode(4401)
	closeForbidden       = websocket.StatusCode(4403)
	closeTooManyRequests = websocket.StatusCode(4429)
)

// TestSocketsCloseWhenTheirKeyStops opens a socket, with a subscription,
// for keys that then stop: disabled, rotated with no grace, rotated with a
// grace that ends, deleted straight from the database, or expired (a
// connect session). The same socket answers no operation after the key
// stopped, and closes with 4403 within a second; the key opens no new one.
// Before, the key was checked only at connection_init and the socket lived
// on with its full power.
func TestSocketsCloseWhenTheirKeyStops(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		newKey := func() testenv.Key { return s.NewKey(t, "production", auth.FullAccess) }
		cases := []struct {
			name string
			// stop stops the key and returns when the socket may still live
			// until (its grace period's end), or the zero time.
			key  func() testenv.Key
			stop func(k testenv.Key) time.Time
		}{
			{"disabled", newKey, func(k testenv.Key) time.Time {
				s.Must(t, admin.Secret, `mutation($id: ID!) { disableAuthAccess(id: $id) { authAccess { id } } }`, map[string]any{"id": k.ID}, &map[string]any{})
				return time.Time{}
			}},
			{"rotated with no grace", newKey, func(k testenv.Key) time.Time {
				s.Must(t, admin.Secret, `mutation($id: ID!) { rotateAuthAccessSecret(id: $id) { secretKey } }`, map[string]any{"id": k.ID}, &map[string]any{})
				return time.Time{}
			}},
			{"rotated, at the end of its grace", newKey, func(k testenv.Key) time.Time {
				s.Must(t, admin.Secret, `mutation($id: ID!) { rotateAuthAccessSecret(id: $id, gracePeriod: 1) { secretKey } }`, map[string]any{"id": k.ID}, &map[string]any{})
				return time.Now().Add(time.Second)
			}},
			{"deleted", newKey, func(k testenv.Key) time.Time {
				if _, err := s.DB.SQL.Exec(testenv.Rebind(s.Backend, `DELETE FROM auth_accesses WHERE id = ?`), k.ID); err != nil {
					t.Fatal(err)
				}
				return time.Time{}
			}},
			{"expired", func() testenv.Key {
				var got struct {
					CreateConnectSession struct {
						SecretKey  string
						AuthAccess struct{ ID string }
					}
				}
				s.Must(t, admin.Secret, `mutation { createConnectSession(input: {personId: "p-1", expiresIn: 1}) { secretKey authAccess { id } } }`, nil, &got)
				return testenv.Key{ID: got.CreateConnectSession.AuthAccess.ID, Secret: got.CreateConnectSession.SecretKey}
			}, func(testenv.Key) time.Time { return time.Now().Add(time.Second) }},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				k := c.key()
				so := s.Connect(t, k.Secret)
				events := so.Subscribe(`subscription { events { type } }`, nil)
				if r := so.Do(`{ viewer { permission } }`, nil); r.Code() != "" {
					t.Fatalf("before: %s", r.Body)
				}
				grace := c.stop(k)
				stopped := time.Now()
				if grace.IsZero() {
					// Right after the key stopped, the socket runs nothing.
					if r := so.Do(`mutation { createAuthAccess(input: {name: "escalate", permission: FULL_ACCESS}) { secretKey } }`, nil); len(r.Data) > 0 && string(r.Data) != "null" {
						t.Errorf("the socket still ran a mutation: %s", r.Body)
					}
				} else if r := so.Do(`{ viewer { permission } }`, nil); r.Code() != "" {
					t.Errorf("during the grace period: %s", r.Body)
				}
				wait := 2 * time.Second
				if !grace.IsZero() {
					wait += time.Until(grace)
				}
				code, reason, closed := so.WaitClosed(wait)
				took := time.Since(stopped)
				if !closed || code != closeForbidden {
					t.Fatalf("the socket was not closed with 4403: %v %d %q", closed, code, reason)
				}
				if !grace.IsZero() && time.Now().Before(grace.Add(-100*time.Millisecond)) {
					t.Errorf("the socket closed %v before its grace ended", time.Until(grace))
				}
				if late := time.Since(grace); grace.IsZero() && took > time.Second || !grace.IsZero() && late > time.Second {
					t.Errorf("the socket closed %v after the key stopped (%q)", took, reason)
				}
				if _, ok := <-events; ok {
					for range events {
					}
				}
				again, _, err := s.Dial(t, testenv.DialOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if err := again.Init(map[string]any{"Authorization": "Bearer " + k.Secret}); err == nil || !strings.Contains(err.Error(), "4401") {
					t.Errorf("the stopped key opened a socket: %v", err)
				}
			})
		}
	})
}

// TestSocketsCloseWhenAnotherProcessStopsTheirKey disables a key through
// another server process on the same PostgreSQL database: the socket on
// the first closes with 4403 within a second.
func TestSocketsCloseWhenAnotherProcessStopsTheirKey(t *testing.T) {
	for _, b := range testenv.Backends() {
		if b.Name != "postgres" {
			continue
		}
		s := testenv.Start(t, b)
		other := s.Twin(t)
		admin := s.NewKey(t, "production", auth.FullAccess)
		k := s.NewKey(t, "production", auth.ReadOnly)
		so := s.Connect(t, k.Secret)
		so.Subscribe(`subscription { events { type } }`, nil)
		time.Sleep(100 * time.Millisecond)
		start := time.Now()
		other.Must(t, admin.Secret, `mutation($id: ID!) { disableAuthAccess(id: $id) { authAccess { id } } }`, map[string]any{"id": k.ID}, &map[string]any{})
		code, reason, closed := so.WaitClosed(3 * time.Second)
		if !closed || code != closeForbidden || time.Since(start) > time.Second {
			t.Errorf("after another process disabled the key: closed %v with %d %q after %v", closed, code, reason, time.Since(start))
		}
	}
}

// TestSocketAuthentication: a socket without a key, with a malformed or
// wrong key is closed with 4401, which ends graphql-ws clients' retries
// (1000 made them reconnect in a loop); wrong keys from one address spend
// its budget of failures, and then are refused with 4429 before any
// lookup, while a key that authenticated from there before is not
// affected. Opening sockets is not charged to the address, but only a few
// may wait for their connection_init at once.
func TestSocketAuthentication(t *testing.T) {
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) {
		c.RateLimits = &ratelimit.Config{Anonymous: ratelimit.Rate{PerSecond: 0.1, Burst: 3}}
	})
	k := s.NewKey(t, "production", auth.ReadOnly)
	for i := 0; i < 14; i++ {
		so := s.Connect(t, k.Secret) // more than the anonymous burst
		so.Subscribe(`subscription { events { type } }`, nil)
		defer so.Close()
	}
	wrong, _ := auth.NewSecretKey(k.Token) // well formed, so looked up
	for _, c := range []struct {
		name    string
		payload map[string]any
		want    string
	}{
		{"no key", map[string]any{}, "4401"},
		{"malformed", map[string]any{"Authorization": "Bearer nope"}, "4401"},
		{"wrong", map[string]any{"Authorization": "Bearer " + wrong}, "4401"},
	} {
		so, _, err := s.Dial(t, testenv.DialOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := so.Init(c.payload); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want a close with %s", c.name, err, c.want)
		}
	}
	// The address spent its budget of failures: a wrong key is refused
	// before any lookup, while the key that authenticated from it before
	// still opens sockets. (The subscriptions of the sockets above read
	// events now and then: count only statements about keys.)
	unknown, _ := auth.NewSecretKey(auth.NewToken())
	so, _, err := s.Dial(t, testenv.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s.Statements.Reset()
	if err := so.Init(map[string]any{"Authorization": "Bearer " + unknown}); err == nil || !strings.Contains(err.Error(), "4429") {
		t.Errorf("a wrong key once the address spent its budget: %v, want a close with 4429", err)
	}
	if _, q := s.Statements.Count(); slices.ContainsFunc(q, func(q string) bool { return strings.Contains(q, "auth_accesses") }) {
		t.Errorf("a refused connection_init looked a key up: %v", q)
	}
	s.Connect(t, k.Secret).Close()
	// Sockets that never send their connection_init hold few places each.
	var waiting []*testenv.Socket
	for range 8 {
		so, _, err := s.Dial(t, testenv.DialOptions{})
		if err != nil {
			t.Fatalf("a socket waiting for its connection_init: %v", err)
		}
		waiting = append(waiting, so)
	}
	if _, resp, err := s.Dial(t, testenv.DialOptions{}); err == nil || resp == nil || resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("a ninth socket of one address waiting for its connection_init: %v", err)
	}
	for _, so := range waiting {
		so.Close()
	}
}

// TestSocketOrigins lets browsers open sockets from the allowed origins
// and the server's own, and refuses the others; before, the allowed
// origins were ignored.
func TestSocketOrigins(t *testing.T) {
	s := testenv.Start(t, testenv.Backends()[0])
	for origin, allowed := range map[string]bool{
		"https://app.example":  true, // allowed by the test server's configuration
		s.URL:                  true, // the server's own
		"https://evil.example": false,
		"null":                 false,
	} {
		_, resp, err := s.Dial(t, testenv.DialOptions{Header: http.Header{"Origin": {origin}}})
		if allowed != (err == nil) {
			t.Errorf("origin %s: allowed %v, got %v", origin, allowed, err)
		}
		if !allowed && resp != nil && resp.StatusCode != http.StatusForbidden {
			t.Errorf("origin %s: status %d", origin, resp.StatusCode)
		}
	}
}

// TestSocketLimits: a socket's operations are charged to its key's rate
// (a CREDENTIALS_IN_ONLY key ran 300 queries in 66 ms before), a socket
// holds a bounded number of subscriptions, a key a bounded number of
// sockets, and every operation is bounded by the request timeout.
func TestSocketLimits(t *testing.T) {
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) {
		c.RateLimits = &ratelimit.Config{ByPermission: map[auth.Permission]ratelimit.Rate{auth.CredentialsInOnly: {PerSecond: 5, Burst: 20}}}
		c.MaxSockets, c.MaxSubscriptions = 2, 3
		c.RequestTimeout = 300 * time.Millisecond
	})
	widget := s.NewKey(t, "production", auth.CredentialsInOnly)
	so := s.Connect(t, widget.Secret)
	s.Statements.Reset()
	ran, limited := 0, 0
	for range 300 {
		switch r := so.Do(`{ sources { edges { node { key } } } }`, nil); r.Code() {
		case "":
			ran++
		case "RATE_LIMITED":
			limited++
		default:
			t.Fatalf("a query over the socket: %s", r.Body)
		}
	}
	if ran > 25 || limited < 270 {
		t.Errorf("300 queries on one socket: %d ran, %d rate limited; want about the burst of 20", ran, limited)
	}
	// Refused operations cost no key lookup; admitted ones use the keys the
	// server holds (at most a lookup a second).
	_, q := s.Statements.Count()
	if lookups, _ := splitKeyLookups(q); len(lookups) > 3 {
		t.Errorf("300 operations on one socket made %d key lookups", len(lookups))
	}

	reader := s.NewKey(t, "production", auth.ReadOnly)
	first := s.Connect(t, reader.Secret)
	// Four subscriptions start at once: one of them is refused.
	subs := make([]<-chan testenv.Message, 4)
	for i := range subs {
		subs[i] = first.Subscribe(`subscription { events { type } }`, nil)
	}
	refused := 0
	for _, sub := range subs {
		select {
		case m := <-sub:
			if !strings.Contains(string(m.Payload), "RATE_LIMITED") {
				t.Errorf("a subscription: %s", m.Payload)
			}
			refused++
		case <-time.After(300 * time.Millisecond):
		}
	}
	if refused != 1 {
		t.Errorf("%d of 4 subscriptions of a socket bounded to 3 were refused", refused)
	}
	s.Connect(t, reader.Secret)
	third, _, err := s.Dial(t, testenv.DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := third.Init(map[string]any{"Authorization": "Bearer " + reader.Secret}); err == nil || !strings.Contains(err.Error(), "4429") {
		t.Errorf("a third socket of a key bounded to 2: %v", err)
	}

	s.Faults.Delay(testenv.BeforeStatement, `FROM "accounts"`, 2*time.Second)
	start := time.Now()
	if r := first.Do(`{ accounts { edges { node { id } } } }`, nil); r.Code() != "UNAVAILABLE" || time.Since(start) > 1500*time.Millisecond {
		t.Errorf("a slow query over a socket with a timeout of 300ms: %s after %v", r.Body, time.Since(start))
	}
}
