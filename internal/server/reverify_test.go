package server_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog/fakesource"
	"github.com/latchkey/latchkey/internal/reverify"
	"github.com/latchkey/latchkey/internal/testenv"
)

// addStripeAccounts adds n verified Stripe accounts with tokens sk_test_rvN.
func addStripeAccounts(t *testing.T, s *testenv.Server, secret string, n int) map[string]string {
	ids := map[string]string{}
	for i := range n {
		token := fmt.Sprintf("sk_test_rv%d", i)
		s.Sources.Allow(token, fmt.Sprintf("acct_rv%d", i))
		var out struct {
			CreateAccount struct{ Account struct{ ID string } }
		}
		s.Must(t, secret, createAccount, map[string]any{"input": map[string]any{"source": "stripe", "credentialType": "secret_key",
			"credentials": map[string]any{"secretKey": token}}}, &out)
		ids[token] = out.CreateAccount.Account.ID
	}
	return ids
}

// makeDue makes every account due for re-verification.
func makeDue(t *testing.T, s *testenv.Server) {
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	if err := s.DB.Client.Account.Update().SetNextVerifyTime(time.Now().Add(-time.Minute)).Exec(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestReverifierDisablesRevokedAccountsOnly(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		ids := addStripeAccounts(t, s, admin.Secret, 6)
		w := s.Reverifier(t, false, reverify.Config{Concurrency: 3})

		// Nothing is due yet.
		if st, err := w.Round(context.Background()); err != nil || st.Checked != 0 {
			t.Fatalf("a round before anything is due: %+v, %v", st, err)
		}
		// The source is down: nothing is disabled.
		makeDue(t, s)
		s.Sources.SetMode(fakesource.Mode{Status: 503})
		st, err := w.Round(context.Background())
		if err != nil || st.Checked != 6 || st.Transient != 6 {
			t.Fatalf("a round against a failing source: %+v, %v", st, err)
		}
		// Two tokens are revoked: one round disables exactly their accounts.
		makeDue(t, s)
		s.Sources.SetMode(fakesource.Mode{})
		s.Sources.Revoke("sk_test_rv0")
		s.Sources.Revoke("sk_test_rv1")
		st, err = w.Round(context.Background())
		if err != nil || st.Checked != 6 || st.Disabled != 2 || st.Verified != 4 {
			t.Fatalf("a round after revocations: %+v, %v", st, err)
		}
		for token, id := range ids {
			var out struct {
				Account struct {
					IsEnabled      bool
					DisabledReason *string
				}
			}
			s.Must(t, admin.Secret, `query($id: ID) { account(id: $id) { isEnabled disabledReason } }`, map[string]any{"id": id}, &out)
			revoked := token == "sk_test_rv0" || token == "sk_test_rv1"
			if out.Account.IsEnabled == revoked || (revoked && *out.Account.DisabledReason != "CREDENTIALS_REVOKED") {
				t.Errorf("%s: %+v (revoked %v)", token, out.Account, revoked)
			}
		}
		// Disabled accounts are not checked again; the rest are not due.
		if st, err := w.Round(context.Background()); err != nil || st.Checked != 0 {
			t.Errorf("a round right after: %+v, %v", st, err)
		}
	})
}

// TestReverifiersShareTheWork runs rounds in two processes' worth of
// database connections at once: every due account is checked exactly once.
func TestReverifiersShareTheWork(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		const n = 40
		ids := addStripeAccounts(t, s, admin.Secret, n)
		before := map[string]int{}
		for token := range ids {
			before[token] = s.Sources.CallsWith(token)
		}
		makeDue(t, s)
		s.Sources.SetMode(fakesource.Mode{Delay: 20 * time.Millisecond})
		cfg := reverify.Config{Concurrency: 4, Batch: 5}
		workers := []*reverify.Worker{s.Reverifier(t, true, cfg), s.Reverifier(t, true, cfg)}
		stats := make([]reverify.Stats, len(workers))
		var wg sync.WaitGroup
		for i, w := range workers {
			wg.Go(func() {
				st, err := w.Round(context.Background())
				if err != nil {
					t.Errorf("worker %d: %v", i, err)
				}
				stats[i] = st
			})
		}
		wg.Wait()
		for token := range ids {
			if calls := s.Sources.CallsWith(token) - before[token]; calls != 1 {
				t.Errorf("%s was checked %d times, want once", token, calls)
			}
		}
		if stats[0].Checked+stats[1].Checked != n || stats[0].Checked == 0 || stats[1].Checked == 0 {
			t.Errorf("the work was split %d + %d, want %d in all with both taking part", stats[0].Checked, stats[1].Checked, n)
		}
		t.Logf("%s: split %d + %d", s.Backend, stats[0].Checked, stats[1].Checked)
	})
}
