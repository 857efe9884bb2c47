package server_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/keys"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestKeysAreCachedBriefly: a key read from the database authenticates the
// requests of the next second without another lookup, whatever else is
// written meanwhile; a change of the key
// made by this process takes effect at the next request, one made by
// another process on the same database (a key disabled, a secret rotated
// out) within a second, and one written straight into the database (no
// event) within a second too.
func TestKeysAreCachedBriefly(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		k := s.NewKey(t, "production", auth.ReadOnly)
		s.Do(t, k.Secret, `{ viewer { permission } }`, nil)
		s.Statements.Reset()
		for range 10 {
			if r := s.Do(t, k.Secret, `{ viewer { permission } }`, nil); r.Code() != "" {
				t.Fatal(r.Body)
			}
		}
		if n, q := s.Statements.Count(); n > 1 {
			t.Errorf("10 requests in a row made %d statements: %v", n, q)
		}

		// Writes of other objects leave cached keys alone: five accounts
		// added, each followed by a request of k, read keys again only as
		// often as they turn a second old (before, every event made every
		// key stale: ten reads). A key's event makes them stale at once.
		s.Statements.Reset()
		start := time.Now()
		for i := range 5 {
			s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify(fmt.Sprintf("cached-%d", i))}, &struct{}{})
			if r := s.Do(t, k.Secret, `{ viewer { permission } }`, nil); r.Code() != "" {
				t.Fatal(r.Body)
			}
		}
		if reads, most := keyReads(s), 2*(int(time.Since(start)/keys.Freshness)+1); reads > most {
			t.Errorf("5 accounts added, each followed by a request of another key: %d reads of keys, want at most %d", reads, most)
		}
		s.Must(t, admin.Secret, `mutation { createAuthAccess(input: {name: "another", permission: READ_ONLY}) { secretKey } }`, nil, &struct{}{})
		s.Statements.Reset()
		s.Do(t, k.Secret, `{ viewer { permission } }`, nil)
		if keyReads(s) == 0 {
			// (More than once is right too: the notification of the same
			// event, back from PostgreSQL, may come in the request.)
			t.Error("the request after a key's event read no key")
		}

		s.Must(t, admin.Secret, `mutation($id: ID!) { disableAuthAccess(id: $id) { authAccess { id } } }`, map[string]any{"id": k.ID}, &map[string]any{})
		if r := s.Do(t, k.Secret, `{ viewer { permission } }`, nil); r.Status != http.StatusUnauthorized {
			t.Errorf("right after this process disabled the key: %d %s", r.Status, r.Body)
		}

		straight := s.NewKey(t, "production", auth.ReadOnly)
		s.Do(t, straight.Secret, `{ viewer { permission } }`, nil)
		if _, err := s.DB.SQL.Exec(testenv.Rebind(s.Backend, `UPDATE auth_accesses SET is_enabled = false WHERE id = ?`), straight.ID); err != nil {
			t.Fatal(err)
		}
		if took := untilRefused(t, s, straight.Secret); took > 1200*time.Millisecond {
			t.Errorf("a key disabled straight in the database authenticated for %v", took)
		}

		// Another process over the same database disables one key and
		// rotates another's secret out: this process refuses each within
		// the bound (through the change feed on PostgreSQL; on SQLite, whose
		// processes share no feed, when its copy turns a second old).
		bound := time.Second
		if s.Backend != "postgres" {
			bound = 1200 * time.Millisecond
		}
		other := s.Twin(t)
		// Its accounts added leave this process's keys alone too (on
		// PostgreSQL, its notification says no key changed).
		fresh := s.NewKey(t, "production", auth.ReadOnly)
		time.Sleep(150 * time.Millisecond) // its own event's notification, back here
		read := time.Now()
		s.Do(t, fresh.Secret, `{ viewer { permission } }`, nil)
		other.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("cached-remote")}, &struct{}{})
		time.Sleep(100 * time.Millisecond) // the notification's way here
		s.Statements.Reset()
		s.Do(t, fresh.Secret, `{ viewer { permission } }`, nil)
		if n := keyReads(s); n != 0 && time.Since(read) < keys.Freshness {
			t.Errorf("an account added by another process made this process read keys again (%d)", n)
		}
		remote := s.NewKey(t, "production", auth.ReadOnly)
		s.Do(t, remote.Secret, `{ viewer { permission } }`, nil)
		other.Must(t, admin.Secret, `mutation($id: ID!) { disableAuthAccess(id: $id) { authAccess { id } } }`, map[string]any{"id": remote.ID}, &map[string]any{})
		if took := untilRefused(t, s, remote.Secret); took > bound {
			t.Errorf("a key disabled by another process authenticated here for %v", took)
		}
		rotated := s.NewKey(t, "production", auth.ReadOnly)
		s.Do(t, rotated.Secret, `{ viewer { permission } }`, nil)
		other.Must(t, admin.Secret, `mutation($id: ID!) { rotateAuthAccessSecret(id: $id) { secretKey } }`, map[string]any{"id": rotated.ID}, &map[string]any{})
		if took := untilRefused(t, s, rotated.Secret); took > bound {
			t.Errorf("a secret rotated out by another process authenticated here for %v", took)
		}
	})
}

// keyReads returns how many statements counted since the last reset read
// keys by token.
func keyReads(s *testenv.Server) int {
	_, queries := s.Statements.Count()
	n := 0
	for _, q := range queries {
		if strings.Contains(q, `FROM "auth_accesses"`) && strings.Contains(q, `"token" =`) || strings.Contains(q, "FROM `auth_accesses`") && strings.Contains(q, "`token` =") {
			n++
		}
	}
	return n
}

// untilRefused sends requests with secret every 20 ms until one is
// refused, and returns how long that took (failing after 3 s).
func untilRefused(t *testing.T, s *testenv.Server, secret string) time.Duration {
	t.Helper()
	start := time.Now()
	for time.Since(start) < 3*time.Second {
		if r := s.Do(t, secret, `{ viewer { permission } }`, nil); r.Status == http.StatusUnauthorized {
			return time.Since(start)
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the key still authenticates after 3s")
	return 0
}
