package server_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog/fakesource"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestRevocationNeedsTheSourcesProof: a source that refuses the platform
// app's own credentials (Stripe's and Xero's 401, Plaid's 400
// INVALID_API_KEYS) revoked nothing, and the deletion says FAILED, not
// REVOKED; the account is gone all the same.
func TestRevocationNeedsTheSourcesProof(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		cases := builtins(t, s, admin.Secret)
		for name, status := range map[string]int{"plaid": 400, "stripe connected account": 401, "xero": 401} {
			id := addAccount(t, s, admin.Secret, cases[name].input)
			s.Sources.SetMode(fakesource.Mode{Status: status})
			var out deleted
			s.Must(t, admin.Secret, deleteAccount, map[string]any{"id": id}, &out)
			s.Sources.SetMode(fakesource.Mode{})
			if d := out.DeleteAccount; d.Revocation != "FAILED" || d.RevocationError == nil {
				t.Errorf("%s answering %d: %+v, want FAILED with a reason", name, status, d)
			}
		}
		if got := s.Sources.Revokes(); len(got) != 0 {
			t.Errorf("the fake revoked %v", got)
		}
		if n := countAccounts(t, s, admin.Secret); n != 0 {
			t.Errorf("%d accounts left", n)
		}
		// An item Plaid no longer knows is revoked already.
		id := addAccount(t, s, admin.Secret, cases["plaid"].input)
		s.Sources.Revoke("access-sandbox-0a1b2c")
		var out deleted
		s.Must(t, admin.Secret, deleteAccount, map[string]any{"id": id}, &out)
		if out.DeleteAccount.Revocation != "REVOKED" {
			t.Errorf("an item Plaid no longer knows: %+v, want REVOKED", out.DeleteAccount)
		}
	})
}

// TestMovedCredentialsAreNotRevoked plays a database writer without the
// master key who copies a live account's sealed credentials into the
// revocations table, hoping the retries revoke the live account: the
// value does not open there, nothing is revoked, and the account stays.
func TestMovedCredentialsAreNotRevoked(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		id := addAccount(t, s, admin.Secret, builtins(t, s, admin.Secret)["plaid"].input)
		past := time.Now().Add(-time.Hour).UTC()
		q := `INSERT INTO revocations (id, environment_id, account_id, source_id, source_key, credential_type, platform_app_id, credentials, attempt_count, next_attempt_time, created_time)
			SELECT 'rvk_moved', a.environment_id, a.id, a.source_id, 'plaid', a.credential_type, a.platform_app_id, a.credentials, 1, ?, ? FROM accounts a WHERE a.id = ?`
		if _, err := s.DB.SQL.Exec(testenv.Rebind(s.Backend, q), past, past, id); err != nil {
			t.Fatal(err)
		}
		if n := s.RetryRevocations(t); n != 1 {
			t.Errorf("retried %d, want 1", n)
		}
		if got := s.Sources.Revokes(); len(got) != 0 {
			t.Errorf("moved credentials opened and revoked %v upstream", got)
		}
		if countAccounts(t, s, admin.Secret) != 1 {
			t.Error("the live account is gone")
		}
		if types := eventTypesOf(t, s, admin.Secret, id); !slices.Contains(types, "ACCOUNT_REVOCATION_FAILED") {
			t.Errorf("events about the account: %v, want the failed revocation reported", types)
		}
	})
}

// TestRevocationIsRetriedOnceAtATime: a process with a stale list of due
// revocations does not take one that another process retried meanwhile.
func TestRevocationIsRetriedOnceAtATime(t *testing.T) {
	testenv.RunWith(t, func(c *server.Config) {
		c.RevocationRetries = []time.Duration{time.Nanosecond, time.Hour, time.Hour, time.Hour}
	}, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		cases := builtins(t, s, admin.Secret)
		for _, name := range []string{"plaid", "shopify"} {
			id := addAccount(t, s, admin.Secret, cases[name].input)
			s.Sources.SetMode(fakesource.Mode{Status: 503})
			s.Must(t, admin.Secret, deleteAccount, map[string]any{"id": id}, new(any))
			s.Sources.SetMode(fakesource.Mode{})
			time.Sleep(5 * time.Millisecond)
		}
		before := s.Sources.Calls()
		s.Sources.SetMode(fakesource.Mode{Status: 503, Delay: 700 * time.Millisecond})
		var wg sync.WaitGroup
		wg.Go(func() { s.RetryRevocations(t) }) // takes the first, waits on the source
		time.Sleep(200 * time.Millisecond)
		s.Sources.SetMode(fakesource.Mode{Status: 503})
		s.RetryRevocations(t) // takes the second, fails at once
		wg.Wait()
		if calls := s.Sources.Calls() - before; calls != 2 {
			t.Errorf("%d upstream calls, want 2: a row retried meanwhile was taken again", calls)
		}
	})
}

// TestDeleteHoldsTheVerificationLease: a verification that would rotate a
// Xero refresh token waits for a deletion in progress, so the token the
// deletion revokes is the newest; no rotated token is left valid.
func TestDeleteHoldsTheVerificationLease(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		id := addAccount(t, s, admin.Secret, builtins(t, s, admin.Secret)["xero"].input)
		s.Sources.SetMode(fakesource.Mode{Delay: 300 * time.Millisecond})
		var out deleted
		done := make(chan struct{})
		go func() {
			defer close(done)
			s.Must(t, admin.Secret, deleteAccount, map[string]any{"id": id}, &out)
		}()
		time.Sleep(100 * time.Millisecond)
		s.Sources.SetMode(fakesource.Mode{})
		verify := s.Do(t, admin.Secret, `mutation($id: ID!) { verifyAccount(id: $id) { account { id } } }`, map[string]any{"id": id})
		<-done
		if out.DeleteAccount.Revocation != "REVOKED" {
			t.Fatalf("deletion: %+v", out.DeleteAccount)
		}
		if verify.Code() != "NOT_FOUND" {
			t.Errorf("the verification during the deletion: %s, want NOT_FOUND once the deletion ended", verify.Body)
		}
		revoked := s.Sources.Revokes()
		if len(revoked) != 1 {
			t.Fatalf("revoked %v", revoked)
		}
		// The token revoked is the one stored: refreshing with it fails.
		req, _ := http.NewRequest(http.MethodPost, s.Sources.URL+"/connect/token", strings.NewReader(url.Values{"refresh_token": {revoked[0]}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.SetBasicAuth("client-xero", "x")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			t.Errorf("the revoked refresh token %s still refreshes", revoked[0])
		}
	})
}

// TestConcurrentDeletesRevokeOnce: two deletions of one account at once
// make one upstream call; the second finds the account gone.
func TestConcurrentDeletesRevokeOnce(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		id := addAccount(t, s, admin.Secret, builtins(t, s, admin.Secret)["shopify"].input)
		s.Sources.SetMode(fakesource.Mode{Delay: 200 * time.Millisecond})
		var wg sync.WaitGroup
		codes := make([]string, 2)
		for i := range 2 {
			wg.Go(func() { codes[i] = s.Do(t, admin.Secret, deleteAccount, map[string]any{"id": id}).Code() })
		}
		wg.Wait()
		s.Sources.SetMode(fakesource.Mode{})
		slices.Sort(codes)
		if got := s.Sources.Revokes(); len(got) != 1 || codes[0] != "" || codes[1] != "NOT_FOUND" {
			t.Errorf("revoked %v; answers %v, want one revocation, one deletion and one NOT_FOUND", got, codes)
		}
	})
}
