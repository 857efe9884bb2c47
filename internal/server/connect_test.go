package server_test

import (
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestConnectSession follows an end user through a connect widget: the
// backend creates a session for the person, the widget adds an account with
// it and can do nothing else, the account names the person, and the session
// expires.
func TestConnectSession(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.ReadWriteNoCredentialsOut)
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("someone-else")}, &struct{}{})
		var session struct {
			CreateConnectSession struct {
				SecretKey   string
				ExpiresTime time.Time
				AuthAccess  struct {
					Permission string
					PersonID   *string
					Sources    []string
				}
			}
		}
		s.Must(t, admin.Secret, `mutation { createConnectSession(input: {personId: "user-7", sources: ["shopify", "stripe"], expiresIn: 2}) {
			secretKey expiresTime authAccess { permission personId sources } } }`, nil, &session)
		cs := session.CreateConnectSession
		if cs.AuthAccess.Permission != "CREDENTIALS_IN_ONLY" || cs.AuthAccess.PersonID == nil || *cs.AuthAccess.PersonID != "user-7" || len(cs.AuthAccess.Sources) != 2 {
			t.Fatalf("session: %+v", cs.AuthAccess)
		}
		widget := cs.SecretKey

		// The widget reads the catalog and adds an account.
		var cat struct {
			Sources struct {
				Edges []struct{ Node struct{ Key string } }
			}
		}
		s.Must(t, widget, `{ sources { edges { node { key } } } }`, nil, &cat)
		if len(cat.Sources.Edges) != 4 {
			t.Errorf("the widget sees %d sources, want the 4 of the catalog", len(cat.Sources.Edges))
		}
		var added struct {
			CreateAccount struct {
				Account struct {
					ID      string
					Creator struct {
						Kind     string
						PersonID *string
					}
				}
			}
		}
		s.Must(t, widget, `mutation($in: CreateAccountInput!) { createAccount(input: $in) { account { id creator { kind personId } } } }`,
			map[string]any{"in": map[string]any{"source": "stripe", "credentialType": "secret_key", "credentials": map[string]any{"secretKey": "sk_test_user7"}}}, &added)
		cr := added.CreateAccount.Account.Creator
		if cr.Kind != "UI" || cr.PersonID == nil || *cr.PersonID != "user-7" {
			t.Errorf("creator of the widget's account: %+v, want UI user-7", cr)
		}

		// It can read nothing else, and add nothing outside its sources.
		for _, q := range []string{
			`{ events { edges { node { id } } } }`,
			`mutation { createAuthAccess(input: {name: "x", permission: CREDENTIALS_IN_ONLY}) { secretKey } }`,
			`mutation { createConnectSession(input: {personId: "user-8"}) { secretKey } }`,
		} {
			if r := s.Do(t, widget, q, nil); r.Code() != "FORBIDDEN" {
				t.Errorf("%s: got %s, want FORBIDDEN", q, r.Body)
			}
		}
		var seen struct{ Accounts struct{ TotalCount int } }
		s.Must(t, widget, `{ accounts { totalCount } }`, nil, &seen)
		if seen.Accounts.TotalCount != 1 {
			t.Errorf("the widget sees %d accounts, want only its own", seen.Accounts.TotalCount)
		}
		if r := s.Do(t, widget, `mutation($in: CreateAccountInput!) { createAccount(input: $in) { account { id } } }`,
			map[string]any{"in": map[string]any{"source": "plaid", "credentialType": "access_token", "credentials": map[string]any{"accessToken": "access-sandbox-1"}}}); r.Code() != "FORBIDDEN" {
			t.Errorf("a source outside the session: got %s", r.Body)
		}

		// The backend lists the person's accounts.
		var mine struct {
			Accounts struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		s.Must(t, admin.Secret, `{ accounts(where: {hasCreatorWith: {personId: "user-7"}}) { edges { node { id } } } }`, nil, &mine)
		if len(mine.Accounts.Edges) != 1 || mine.Accounts.Edges[0].Node.ID != added.CreateAccount.Account.ID {
			t.Errorf("accounts of user-7: %+v", mine.Accounts.Edges)
		}

		// The session expires.
		time.Sleep(time.Until(cs.ExpiresTime.Add(50 * time.Millisecond)))
		if r := s.Do(t, widget, `{ sources { edges { node { key } } } }`, nil); r.Code() != "UNAUTHENTICATED" {
			t.Errorf("an expired session: got %s", r.Body)
		}
		for _, in := range []string{`{personId: ""}`, `{personId: "p", expiresIn: 0}`, `{personId: "p", sources: ["myspace"]}`,
			`{personId: "Latchkey-Webhooks"}`, `{personId: "p", expiresIn: 18446744074}`} {
			if r := s.Do(t, admin.Secret, `mutation { createConnectSession(input: `+in+`) { secretKey } }`, nil); r.Code() != "BAD_USER_INPUT" {
				t.Errorf("%s: got %s, want BAD_USER_INPUT", in, r.Body)
			}
		}
	})
}
