package server_test

import (
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestConnectedAccountsNeedConsent refuses a Stripe connected account
// added by its ID alone from a key that may only add accounts: the ID
// proves no one's consent, so anyone who learnt one could claim another
// platform customer's account. Hosted OAuth, whose code proves consent,
// and keys that may write still add them.
func TestConnectedAccountsNeedConsent(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		o := setUpOAuth(t, s)
		in := map[string]any{"source": "stripe", "credentialType": "connected_account", "platformApp": o.apps["stripe"],
			"credentials": map[string]any{"accountId": "acct_someoneelse"}}
		for _, secret := range []string{connectSession(t, s, o.key.Secret, "user-claim", ""), s.NewKey(t, "production", auth.CredentialsInOnly).Secret} {
			if r := s.Do(t, secret, createAccount, map[string]any{"input": in}); r.Code() != "FORBIDDEN" {
				t.Errorf("a connected account was added by its ID: %s", r.Body)
			}
		}
		if r := s.Do(t, o.key.Secret, createAccount, map[string]any{"input": in}); r.Code() != "" {
			t.Errorf("a FULL_ACCESS key could not add a connected account: %s", r.Body)
		}
		session := connectSession(t, s, o.key.Secret, "user-consent", "")
		if got := newBrowser(t).connect(t, startConnect(t, s, session, returning(map[string]any{"source": "stripe"})).ConnectURL).result(t); got.Get("latchkey_status") != "success" {
			t.Errorf("hosted OAuth could not add a connected account: %v", got)
		}
	})
}

// connectStatus returns how the admin sees a connect.
func connectStatus(t *testing.T, s *testenv.Server, admin, id string) (status, code string) {
	t.Helper()
	var out struct {
		OAuthConnect struct {
			Status    string
			ErrorCode *string
		} `json:"oauthConnect"`
	}
	s.Must(t, admin, `query($id: ID!) { oauthConnect(id: $id) { status errorCode } }`, map[string]any{"id": id}, &out)
	return out.OAuthConnect.Status, deref(out.OAuthConnect.ErrorCode)
}

// TestConnectEndsWithTheSecretThatStartedIt ends a connect started with
// a key's previous secret when that secret's grace period ends, as a
// request with it would be refused; the connect is FAILED with
// SESSION_ENDED, and an OAUTH_CONNECT_FAILED event says so.
func TestConnectEndsWithTheSecretThatStartedIt(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		o := setUpOAuth(t, s)
		key := s.NewKey(t, "production", auth.CredentialsInOnly)
		s.Must(t, o.key.Secret, `mutation($id: ID!) { rotateAuthAccessSecret(id: $id, gracePeriod: 600) { secretKey } }`, map[string]any{"id": key.ID}, &struct{}{})
		b := newBrowser(t)
		started := startConnect(t, s, key.Secret, returning(map[string]any{"source": "stripe"}))
		callback := callbackOf(t, s, b, started)
		s.Exec(t, `UPDATE auth_accesses SET previous_secret_expires_time = ? WHERE id = ?`, longAgo, key.ID)
		if got := b.open(t, callback).result(t); got.Get("latchkey_error") != "SESSION_ENDED" {
			t.Errorf("a connect of a rotated-out secret came back with %v", got)
		}
		if status, code := connectStatus(t, s, o.key.Secret, started.ID); status != "FAILED" || code != "SESSION_ENDED" {
			t.Errorf("the connect is %s %s, want FAILED SESSION_ENDED", status, code)
		}
		if types := eventTypesOf(t, s, o.key.Secret, started.ID); len(types) != 2 || types[0] != "OAUTH_CONNECT_STARTED" || types[1] != "OAUTH_CONNECT_FAILED" {
			t.Errorf("events about the connect: %v", types)
		}
	})
}

// TestConnectsPerKeyAreBounded refuses a key's connects beyond those it
// may start within an hour, however they ended, so that a key cycling
// connects through declined consents cannot grow the table.
func TestConnectsPerKeyAreBounded(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		o := setUpOAuth(t, s)
		session := connectSession(t, s, o.key.Secret, "user-bound", "")
		for i := range 100 {
			if i%20 == 0 {
				s.Exec(t, `UPDATE oauth_flows SET stage = 'FAILED'`)
			}
			startConnect(t, s, session, map[string]any{"source": "stripe"})
		}
		s.Exec(t, `UPDATE oauth_flows SET stage = 'FAILED'`)
		if r := s.Do(t, session, startOAuthConnect, map[string]any{"in": map[string]any{"source": "stripe"}}); r.Code() != "RATE_LIMITED" {
			t.Errorf("a 101st connect within the hour started: %s", r.Body)
		}
	})
}
