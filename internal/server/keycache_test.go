package server_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestKeysAreCachedBriefly: a key read from the database authenticates the
// requests of the next second without another lookup; a change of the key
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
