package server_test

import (
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestConnectSessionsCannotTakeOverAccounts: the Stripe account one person
// connected, presented again by another person's connect session (or by a
// CREDENTIALS_IN_ONLY key that did not add it), is CONFLICT with no field of
// the account, and neither its credentials nor its state change. The same
// person, through a new session, refreshes it; so does a key that may read
// every account. Before, the other person got the account's metadata,
// foreignId and display name back, and replaced its credentials.
func TestConnectSessionsCannotTakeOverAccounts(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		for _, credential := range []string{"sk_test_owner", "sk_test_thief", "sk_test_ownerAgain", "sk_test_widget", "sk_test_reader"} {
			s.Sources.Allow(credential, "acct_shared")
		}
		session := func(person string) string {
			var got struct{ CreateConnectSession struct{ SecretKey string } }
			s.Must(t, admin.Secret, `mutation($p: String!) { createConnectSession(input: {personId: $p}) { secretKey } }`, map[string]any{"p": person}, &got)
			return got.CreateConnectSession.SecretKey
		}
		connect := func(secret, credential string) *testenv.Result {
			return s.Do(t, secret, `mutation($in: CreateAccountInput!) { createAccount(input: $in) { alreadyExists account { id metadata foreignId displayName } } }`,
				map[string]any{"in": map[string]any{"source": "stripe", "credentialType": "secret_key", "credentials": map[string]any{"secretKey": credential},
					"metadata": map[string]any{"plan": "gold"}, "foreignId": "crm-42", "displayName": "Owner's shop"}})
		}
		if r := connect(session("owner"), "sk_test_owner"); r.Code() != "" {
			t.Fatalf("the owner connects: %s", r.Body)
		}
		reveal := func() string {
			var got struct {
				Accounts struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			s.Must(t, admin.Secret, `{ accounts { edges { node { id } } } }`, nil, &got)
			var creds struct {
				RevealAccountCredentials struct{ Credentials map[string]any }
			}
			s.Must(t, admin.Secret, `mutation($id: ID!) { revealAccountCredentials(id: $id) { credentials } }`, map[string]any{"id": got.Accounts.Edges[0].Node.ID}, &creds)
			return creds.RevealAccountCredentials.Credentials["secretKey"].(string)
		}
		widget := s.NewKey(t, "production", auth.CredentialsInOnly)
		for name, secret := range map[string]string{"another person's session": session("thief"), "a widget key that did not add it": widget.Secret} {
			credential := map[string]string{"another person's session": "sk_test_thief", "a widget key that did not add it": "sk_test_widget"}[name]
			r := connect(secret, credential)
			if r.Code() != "CONFLICT" {
				t.Errorf("%s: %s", name, r.Body)
			}
			for _, leak := range []string{"gold", "crm-42", "Owner", "acc_"} {
				if strings.Contains(r.Body, leak) {
					t.Errorf("%s: the answer shows %q: %s", name, leak, r.Body)
				}
			}
			if got := reveal(); got != "sk_test_owner" {
				t.Errorf("%s replaced the credentials with %s", name, got)
			}
		}
		if r := connect(session("owner"), "sk_test_ownerAgain"); !strings.Contains(r.Body, `"alreadyExists":true`) {
			t.Errorf("the owner, through a new session: %s", r.Body)
		}
		reader := s.NewKey(t, "production", auth.ReadCredentialsIn)
		if r := connect(reader.Secret, "sk_test_reader"); !strings.Contains(r.Body, `"alreadyExists":true`) || reveal() != "sk_test_reader" {
			t.Errorf("a READ_CREDENTIALS_IN key: %s", r.Body)
		}
	})
}
