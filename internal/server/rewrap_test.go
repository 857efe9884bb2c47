package server_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	svix "github.com/svix/svix-webhooks/go"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog/fakesource"
	"github.com/latchkey/latchkey/internal/outbound"
	"github.com/latchkey/latchkey/internal/rewrap"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
	"github.com/latchkey/latchkey/internal/vault"
)

const reveal = `mutation($id: ID!) { revealAccountCredentials(id: $id) { credentials } }`

// TestRewrapUnderLoad upgrades a database whose credentials were sealed
// with an old master key in the format before purposes and bindings: a
// server with the new key first and the old one after serves reads and
// writes while the rewrap runs, and none fails (a server still on the old
// key alone had added accounts in the current format too); then a server
// with the new key alone reads every credential back, and a value of the
// old format put back into a row no longer opens.
func TestRewrapUnderLoad(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		ctx := context.Background()
		oldKey := s.MasterKeys()[0]
		admin := s.NewKey(t, "production", auth.FullAccess)
		want := map[string]string{} // account ID → its secret key
		for i := range 40 {
			secret := fmt.Sprintf("sk_test_rewrap%02d", i)
			var out struct {
				CreateAccount struct{ Account struct{ ID string } }
			}
			s.Must(t, admin.Secret, `mutation($c: Map!, $id: String!) { createAccount(input: {source: "stripe", credentialType: "secret_key", credentials: $c, identifier: $id}) { account { id } } }`,
				map[string]any{"c": map[string]any{"secretKey": secret}, "id": fmt.Sprintf("rewrap-%02d", i)}, &out)
			want[out.CreateAccount.Account.ID] = secret
		}
		// As a Latchkey before purposes sealed them, in a database from
		// before the key check.
		for id, secret := range want {
			var env string
			if err := s.DB.SQL.QueryRowContext(ctx, testenv.Rebind(s.Backend, `SELECT environment_id FROM accounts WHERE id = ?`), id).Scan(&env); err != nil {
				t.Fatal(err)
			}
			old := testenv.SealLegacy(t, oldKey, `{"secretKey":"`+secret+`"}`, "latchkey/account/"+env+"/"+id)
			if _, err := s.DB.SQL.ExecContext(ctx, testenv.Rebind(s.Backend, `UPDATE accounts SET credentials = ? WHERE id = ?`), old, id); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.DB.SQL.ExecContext(ctx, `DELETE FROM key_checks`); err != nil {
			t.Fatal(err)
		}

		newKey := vault.NewKey()
		if _, err := s.TwinWithKeys(t, newKey); err == nil || !strings.Contains(err.Error(), vault.KeyID(oldKey)) {
			t.Fatalf("a server with the new key alone before the rewrap: %v, want a refusal naming the old key", err)
		}
		rotated, err := s.TwinWithKeys(t, newKey, oldKey)
		if err != nil {
			t.Fatal(err)
		}
		// The server still on the old key alone adds accounts meanwhile.
		for i := range 5 {
			secret := fmt.Sprintf("sk_test_oldserver%d", i)
			var out struct {
				CreateAccount struct{ Account struct{ ID string } }
			}
			s.Must(t, admin.Secret, `mutation($c: Map!, $id: String!) { createAccount(input: {source: "stripe", credentialType: "secret_key", credentials: $c, identifier: $id}) { account { id } } }`,
				map[string]any{"c": map[string]any{"secretKey": secret}, "id": fmt.Sprintf("oldserver-%d", i)}, &out)
			want[out.CreateAccount.Account.ID] = secret
		}
		// The rewrap needs a new first key: with the old one first, values
		// of the old format would stay openable by the key that sealed them.
		sameKey, _ := vault.NewKeyring(oldKey)
		if _, err := rewrap.Run(ctx, rotated.DB, sameKey, 5, nil); err == nil || !strings.Contains(err.Error(), "put a new key first") {
			t.Errorf("a rewrap with the old key first: %v, want a refusal", err)
		}
		ids := make([]string, 0, len(want))
		for id := range want {
			ids = append(ids, id)
		}

		// Load: reveals of every account and new accounts, until the rewrap
		// has finished.
		var failures, requests atomic.Int64
		var failed sync.Map
		stop := make(chan struct{})
		var wg sync.WaitGroup
		for w := range 4 {
			wg.Go(func() {
				for i := 0; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					requests.Add(1)
					var r *testenv.Result
					if w == 0 && i%4 == 0 {
						r = rotated.Do(t, admin.Secret, `mutation($id: String!) { createAccount(input: {source: "stripe", credentialType: "secret_key", credentials: {secretKey: "sk_test_during"}, identifier: $id}) { account { id } } }`,
							map[string]any{"id": fmt.Sprintf("during-%d", i)})
					} else {
						id := ids[(w*7+i)%len(ids)]
						r = rotated.Do(t, admin.Secret, reveal, map[string]any{"id": id})
						if len(r.Errors) == 0 && !strings.Contains(r.Body, want[id]) {
							failed.Store(id, r.Body)
							failures.Add(1)
						}
					}
					if len(r.Errors) > 0 {
						failed.Store(fmt.Sprint(w, i), r.Body)
						failures.Add(1)
					}
				}
			})
		}
		time.Sleep(100 * time.Millisecond)
		ring, err := vault.NewKeyring(newKey, oldKey)
		if err != nil {
			t.Fatal(err)
		}
		if err := rotated.DB.CheckKeyring(ctx, ring); err != nil {
			t.Fatal(err)
		}
		done, err := rewrap.Run(ctx, rotated.DB, ring, 5, nil)
		time.Sleep(100 * time.Millisecond)
		close(stop)
		wg.Wait()
		if err != nil {
			t.Fatalf("rewrap: %v", err)
		}
		if done[0].Resealed != len(want) || len(done[0].Unopened) != 0 {
			t.Errorf("rewrap of accounts: %+v, want the %d old values sealed again", done[0], len(want))
		}
		if n := failures.Load(); n > 0 || requests.Load() < 20 {
			failed.Range(func(k, v any) bool { t.Logf("%v: %v", k, v); return true })
			t.Fatalf("%d of %d requests failed during the rewrap", n, requests.Load())
		}
		// Again: nothing left to do.
		if again, err := rewrap.Run(ctx, rotated.DB, ring, 5, nil); err != nil || again[0].Resealed != 0 {
			t.Errorf("a second rewrap: %+v, %v; want nothing sealed again", again, err)
		}

		fresh, err := s.TwinWithKeys(t, newKey)
		if err != nil {
			t.Fatalf("a server with the new key alone after the rewrap: %v", err)
		}
		for id, secret := range want {
			var out struct {
				RevealAccountCredentials struct{ Credentials map[string]string }
			}
			fresh.Must(t, admin.Secret, reveal, map[string]any{"id": id}, &out)
			if got := out.RevealAccountCredentials.Credentials["secretKey"]; got != secret {
				t.Errorf("%s: %q after the rewrap, want %q", id, got, secret)
			}
		}
		// A value of the old format, sealed with the new key and put back
		// from elsewhere, is refused: no such value is left.
		for id, secret := range want {
			var env string
			if err := s.DB.SQL.QueryRowContext(ctx, testenv.Rebind(s.Backend, `SELECT environment_id FROM accounts WHERE id = ?`), id).Scan(&env); err != nil {
				t.Fatal(err)
			}
			old := testenv.SealLegacy(t, newKey, `{"secretKey":"`+secret+`"}`, "latchkey/account/"+env+"/"+id)
			if _, err := s.DB.SQL.ExecContext(ctx, testenv.Rebind(s.Backend, `UPDATE accounts SET credentials = ? WHERE id = ?`), old, id); err != nil {
				t.Fatal(err)
			}
			r := fresh.Do(t, admin.Secret, reveal, map[string]any{"id": id})
			if len(r.Errors) == 0 || strings.Contains(r.Body, secret) {
				t.Errorf("a value of the old format put back opened: %s", r.Body)
			}
			break
		}
	})
}

// TestMovedCredentialsDoNotOpen plays someone who can write the database
// but lacks the master key: they point a Stripe account at their own
// custom source, and change a custom source's call (its base URL and
// path), hoping the server
// sends the credentials there. The credentials no longer open, and the
// attacker's API receives nothing.
func TestMovedCredentialsDoNotOpen(t *testing.T) {
	var mu sync.Mutex
	var received []string
	api := customAPI()
	defer api.Close()
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		received = append(received, r.URL.Path+" "+r.Header.Get("Authorization"))
		mu.Unlock()
		api.Config.Handler.ServeHTTP(w, r)
	}))
	defer evil.Close()
	overrides := func(c *server.Config) { c.Verify.BaseURLs["crm-evil"] = evil.URL }
	testenv.RunWith(t, overrides, func(t *testing.T, s *testenv.Server) {
		ctx := context.Background()
		admin := s.NewKey(t, "production", auth.FullAccess)
		s.Must(t, admin.Secret, createCustom, map[string]any{"in": customSource("crm-evil", customBase, "BEARER")}, &struct{}{})
		var stripe, custom struct {
			CreateAccount struct{ Account struct{ ID string } }
		}
		s.Must(t, admin.Secret, `mutation { createAccount(input: {source: "stripe", credentialType: "secret_key", credentials: {secretKey: "sk_test_victim"}}) { account { id } } }`, nil, &stripe)
		s.Must(t, admin.Secret, `mutation { createAccount(input: {source: "crm-evil", credentialType: "default", credentials: {token: "good-token"}}) { account { id } } }`, nil, &custom)
		mu.Lock()
		received = nil
		mu.Unlock()

		exec := func(query string, args ...any) {
			t.Helper()
			if _, err := s.DB.SQL.ExecContext(ctx, testenv.Rebind(s.Backend, query), args...); err != nil {
				t.Fatal(err)
			}
		}
		var evilID string
		if err := s.DB.SQL.QueryRowContext(ctx, `SELECT id FROM sources WHERE key = 'crm-evil'`).Scan(&evilID); err != nil {
			t.Fatal(err)
		}
		exec(`UPDATE accounts SET source_id = ?, credential_type = 'default' WHERE id = ?`, evilID, stripe.CreateAccount.Account.ID)
		changed := `replace(replace(CAST(http AS TEXT), '/bearer', '/steal'), 'crm.example', 'evil.example')`
		if s.Backend == "postgres" {
			changed = "CAST(" + changed + " AS jsonb)"
		}
		exec(`UPDATE sources SET http = `+changed+` WHERE id = ?`, evilID)

		for name, id := range map[string]string{"moved account": stripe.CreateAccount.Account.ID, "changed call": custom.CreateAccount.Account.ID} {
			for _, q := range []string{`mutation($id: ID!) { verifyAccount(id: $id) { account { id } } }`, reveal} {
				r := s.Do(t, admin.Secret, q, map[string]any{"id": id})
				if len(r.Errors) == 0 || strings.Contains(r.Body, "sk_test_victim") || strings.Contains(r.Body, "good-token") {
					t.Errorf("%s: %s", name, r.Body)
				}
			}
		}
		mu.Lock()
		defer mu.Unlock()
		if len(received) > 0 {
			t.Errorf("the attacker's API received %q", received)
		}
	})
}

// TestRewrapResealsWebhookSecrets: an endpoint's signing secret and its
// previous secret, still signing during an overlap, are sealed again by
// the rewrap, and once the old key is gone both still sign.
func TestRewrapResealsWebhookSecrets(t *testing.T) {
	testenv.RunWith(t, localWebhooks, func(t *testing.T, s *testenv.Server) {
		ctx := context.Background()
		oldKey := s.MasterKeys()[0]
		admin := s.NewKey(t, "production", auth.FullAccess)
		r := newReceiver(t, nil)
		id, first := addEndpoint(t, s, admin.Secret, r.URL, "ACCOUNT_ADDED")
		var rotated struct{ RotateWebhookEndpointSecret struct{ Secret string } }
		s.Must(t, admin.Secret, `mutation($id: ID!) { rotateWebhookEndpointSecret(id: $id, overlap: 3600) { secret } }`, map[string]any{"id": id}, &rotated)
		second := rotated.RotateWebhookEndpointSecret.Secret

		newKey := vault.NewKey()
		ring, err := vault.NewKeyring(newKey, oldKey)
		if err != nil {
			t.Fatal(err)
		}
		done, err := rewrap.Run(ctx, s.DB, ring, 5, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(done) != 4 || done[2].Table != "webhook_endpoints" || done[2].Resealed != 2 {
			t.Fatalf("rewrap: %+v, want the endpoint's two secrets sealed again", done)
		}
		fresh, err := s.TwinWithKeys(t, newKey)
		if err != nil {
			t.Fatalf("a server with the new key alone after the rewrap: %v", err)
		}
		cfg := fastWorker()
		cfg.Client = outbound.NewClient(outbound.Config{AllowHTTP: true, AllowPrivate: true})
		runWorker(t, fresh.WebhookWorker(t, false, cfg))
		fresh.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("after-rewrap")}, new(any))
		all := waitSettled(t, fresh, admin.Secret, 10*time.Second)
		r.mu.Lock()
		defer r.mu.Unlock()
		if len(all) != 1 || all[0].Status != "DELIVERED" || len(r.got) != 1 {
			t.Fatalf("deliveries %+v, %d received; want one DELIVERED", all, len(r.got))
		}
		for _, secret := range []string{first, second} {
			wh, _ := svix.NewWebhook(secret)
			if err := wh.Verify([]byte(r.got[0].body), r.got[0].header); err != nil {
				t.Errorf("after the rewrap, a secret does not sign: %v", err)
			}
		}
	})
}

// TestRewrapResealsKeptCredentials: credentials kept for a pending
// revocation are sealed again by the rewrap, and the retry made by a
// server with the new key alone opens them and revokes them.
func TestRewrapResealsKeptCredentials(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		oldKey := s.MasterKeys()[0]
		admin := s.NewKey(t, "production", auth.FullAccess)
		id := addAccount(t, s, admin.Secret, builtins(t, s, admin.Secret)["plaid"].input)
		s.Sources.SetMode(fakesource.Mode{Status: 503})
		s.Must(t, admin.Secret, deleteAccount, map[string]any{"id": id}, new(any))
		s.Sources.SetMode(fakesource.Mode{})
		newKey := vault.NewKey()
		ring, err := vault.NewKeyring(newKey, oldKey)
		if err != nil {
			t.Fatal(err)
		}
		done, err := rewrap.Run(context.Background(), s.DB, ring, 5, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(done) != 4 || done[3].Table != "revocations" || done[3].Resealed != 1 {
			t.Fatalf("rewrap: %+v, want the kept credentials sealed again", done)
		}
		fresh, err := s.TwinWithKeys(t, newKey)
		if err != nil {
			t.Fatal(err)
		}
		if n := fresh.RetryRevocations(t); n != 1 || !slices.Contains(s.Sources.Revokes(), "access-sandbox-0a1b2c") {
			t.Errorf("retried %d; revoked %v; want the kept credentials revoked with the new key alone", n, s.Sources.Revokes())
		}
	})
}
