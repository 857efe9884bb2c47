package server_test

import (
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog/fakesource"
	"github.com/latchkey/latchkey/internal/testenv"
)

const xeroTenant = "0b2f6c9e-51a4-4c66-a8f1-3d3f5e9a7b10"

// newApp registers a platform app of source and returns its ID.
func newApp(t *testing.T, s *testenv.Server, secret, source, clientSecret string) string {
	clientID := "client-" + source
	if source == "stripe" {
		clientID = "ca_platform" // a Connect client ID
	}
	var out struct {
		CreatePlatformApp struct{ PlatformApp struct{ ID string } }
	}
	s.Must(t, secret, `mutation($in: CreatePlatformAppInput!) { createPlatformApp(input: $in) { platformApp { id } } }`,
		map[string]any{"in": map[string]any{"source": source, "name": source + " app", "clientId": clientID, "clientSecret": clientSecret}}, &out)
	return out.CreatePlatformApp.PlatformApp.ID
}

// builtins returns a valid createAccount input for each built-in credential
// type, made valid at the fake, and the identifier verification must find.
func builtins(t *testing.T, s *testenv.Server, secret string) map[string]struct {
	input      map[string]any
	identifier string
} {
	s.Sources.AcceptAny(false)
	s.Sources.Allow("shpat_verify", "548380009")
	s.Sources.Allow("sk_test_verify", "acct_1Direct")
	s.Sources.Allow("sk_live_platform", "acct_platform")
	s.Sources.Allow("acct_1Connected", "acct_1Connected")
	s.Sources.Allow("access-sandbox-0a1b2c", "item_42")
	s.Sources.AllowRefresh("rt-verify", xeroTenant)
	stripeApp := newApp(t, s, secret, "stripe", "sk_live_platform")
	xeroApp := newApp(t, s, secret, "xero", "xero-client-secret")
	plaidApp := newApp(t, s, secret, "plaid", "plaid-client-secret")
	return map[string]struct {
		input      map[string]any
		identifier string
	}{
		"shopify": {map[string]any{"source": "shopify", "credentialType": "access_token",
			"credentials": map[string]any{"myShopifyDomain": "acme.myshopify.com", "accessToken": "shpat_verify"}}, "548380009"},
		"stripe secret key": {map[string]any{"source": "stripe", "credentialType": "secret_key",
			"credentials": map[string]any{"secretKey": "sk_test_verify"}}, "acct_1Direct"},
		"stripe connected account": {map[string]any{"source": "stripe", "credentialType": "connected_account", "platformApp": stripeApp,
			"credentials": map[string]any{"accountId": "acct_1Connected"}}, "acct_1Connected"},
		"xero": {map[string]any{"source": "xero", "credentialType": "refresh_token", "platformApp": xeroApp,
			"credentials": map[string]any{"refreshToken": "rt-verify", "tenantId": xeroTenant}}, xeroTenant},
		"plaid": {map[string]any{"source": "plaid", "credentialType": "access_token", "platformApp": plaidApp,
			"credentials": map[string]any{"accessToken": "access-sandbox-0a1b2c"}}, "item_42"},
	}
}

func countAccounts(t *testing.T, s *testenv.Server, secret string) int {
	var out struct{ Accounts struct{ TotalCount int } }
	s.Must(t, secret, `{ accounts { totalCount } }`, nil, &out)
	return out.Accounts.TotalCount
}

func eventTypes(t *testing.T, s *testenv.Server, secret string) []string {
	var out struct {
		Events struct {
			Edges []struct{ Node struct{ Type string } }
		}
	}
	s.Must(t, secret, `{ events(first: 100, orderBy: [{field: CREATED_TIME}]) { edges { node { type } } } }`, nil, &out)
	var types []string
	for _, e := range out.Events.Edges {
		types = append(types, e.Node.Type)
	}
	return types
}

// TestVerificationOnCreate runs createAccount for every built-in credential
// type against fake sources answering each way: success stores the account
// with its default identifier; every failure is VERIFICATION_FAILED with
// the reason, records an event, and stores nothing.
func TestVerificationOnCreate(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		failures := []struct {
			mode   fakesource.Mode
			reason string
		}{
			{fakesource.Mode{Status: http.StatusUnauthorized}, "unauthorized"},
			{fakesource.Mode{Status: http.StatusForbidden}, "forbidden"},
			{fakesource.Mode{Status: http.StatusNotFound}, "not found"},
			{fakesource.Mode{Status: http.StatusTooManyRequests}, "rate limited"},
			{fakesource.Mode{Status: http.StatusInternalServerError}, "unavailable"},
			{fakesource.Mode{Delay: time.Second}, "no answer within"},
			{fakesource.Mode{Malformed: true}, "malformed answer"},
		}
		for name, c := range builtins(t, s, admin.Secret) {
			for _, f := range failures {
				s.Sources.SetMode(f.mode)
				r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": c.input})
				if r.Code() != "VERIFICATION_FAILED" || !strings.Contains(r.Errors[0].Message, f.reason) {
					t.Errorf("%s, %s: got %s", name, f.reason, r.Body)
				}
			}
			s.Sources.SetMode(fakesource.Mode{})
			if n := countAccounts(t, s, admin.Secret); n != 0 {
				t.Fatalf("%s: %d accounts stored after failed verifications", name, n)
			}
			var got struct {
				CreateAccount struct {
					AlreadyExists bool
					Account       struct {
						ID, Identifier, IdentifierKind, VerificationStatus string
						DisplayName                                        *string
					}
				}
			}
			s.Must(t, admin.Secret, createAccount, map[string]any{"input": c.input}, &got)
			acc := got.CreateAccount.Account
			if acc.Identifier != c.identifier || acc.IdentifierKind != "DEFAULT" || acc.VerificationStatus != "VERIFIED" || acc.DisplayName == nil {
				t.Errorf("%s: created %+v, want identifier %s (DEFAULT, VERIFIED, with a display name)", name, acc, c.identifier)
			}
			s.Must(t, admin.Secret, `mutation($id: ID!) { deleteAccount(id: $id) { deletedId } }`, map[string]any{"id": acc.ID}, &struct{}{})
		}
		types := eventTypes(t, s, admin.Secret)
		var failed, added int
		for _, typ := range types {
			switch typ {
			case "ACCOUNT_VERIFICATION_FAILED":
				failed++
			case "ACCOUNT_ADDED":
				added++
			}
		}
		if failed != 5*7 || added != 5 {
			t.Errorf("%d verification failures and %d additions recorded, want 35 and 5", failed, added)
		}
	})
}

func TestReconnectingIsAlreadyExists(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		widget := s.NewKey(t, "production", auth.CredentialsInOnly)
		s.Sources.Allow("shpat_first", "1001")
		s.Sources.Allow("shpat_second", "1001") // a new token for the same shop
		s.Sources.Allow("shpat_other", "2002")
		in := func(token string) map[string]any {
			return map[string]any{"source": "shopify", "credentialType": "access_token",
				"credentials": map[string]any{"myShopifyDomain": "acme.myshopify.com", "accessToken": token}}
		}
		type created struct {
			CreateAccount struct {
				AlreadyExists bool
				Account       struct{ ID string }
			}
		}
		var first, again created
		// The end user connects a shop through the widget's key.
		s.Must(t, widget.Secret, `mutation($in: CreateAccountInput!) { createAccount(input: $in) { alreadyExists account { id } } }`, map[string]any{"in": in("shpat_first")}, &first)
		id := first.CreateAccount.Account.ID

		// The token is revoked: verification disables the account.
		s.Sources.Revoke("shpat_first")
		var v struct {
			VerifyAccount struct {
				Account struct {
					IsEnabled          bool
					DisabledReason     *string
					VerificationStatus string
				}
			}
		}
		s.Must(t, admin.Secret, `mutation($id: ID!) { verifyAccount(id: $id) { account { isEnabled disabledReason verificationStatus } } }`, map[string]any{"id": id}, &v)
		if a := v.VerifyAccount.Account; a.IsEnabled || a.DisabledReason == nil || *a.DisabledReason != "CREDENTIALS_REVOKED" || a.VerificationStatus != "FAILED" {
			t.Fatalf("after revocation: %+v", a)
		}
		// The end user connects the same shop again, through the widget's key.
		s.Must(t, widget.Secret, `mutation($in: CreateAccountInput!) { createAccount(input: $in) { alreadyExists account { id } } }`, map[string]any{"in": in("shpat_second")}, &again)
		if !again.CreateAccount.AlreadyExists || again.CreateAccount.Account.ID != id {
			t.Errorf("reconnecting: %+v, want alreadyExists for %s", again.CreateAccount, id)
		}
		var acc struct {
			Account struct {
				IsEnabled      bool
				DisabledReason *string
			}
		}
		s.Must(t, admin.Secret, `query($id: ID) { account(id: $id) { isEnabled disabledReason } }`, map[string]any{"id": id}, &acc)
		if !acc.Account.IsEnabled || acc.Account.DisabledReason != nil {
			t.Errorf("reconnected account: %+v, want enabled", acc.Account)
		}
		var revealed struct {
			RevealAccountCredentials struct{ Credentials map[string]any }
		}
		s.Must(t, admin.Secret, `mutation($id: ID!) { revealAccountCredentials(id: $id) { credentials } }`, map[string]any{"id": id}, &revealed)
		if got := revealed.RevealAccountCredentials.Credentials["accessToken"]; got != "shpat_second" {
			t.Errorf("stored token = %v, want the new one", got)
		}
		// Another shop that claims the same identifier is a conflict.
		other := in("shpat_other")
		other["identifier"] = "1001"
		if r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": other}); r.Code() != "CONFLICT" || !strings.Contains(r.Errors[0].Message, "custom identifier") {
			t.Errorf("another shop with the same identifier: %s", r.Body)
		}
	})
}

func TestVerifyAccountAndEnable(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		s.Sources.Allow("sk_test_life", "acct_life")
		var created struct {
			CreateAccount struct{ Account struct{ ID string } }
		}
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": map[string]any{"source": "stripe", "credentialType": "secret_key",
			"credentials": map[string]any{"secretKey": "sk_test_life"}}}, &created)
		id := created.CreateAccount.Account.ID
		const verifyQ = `mutation($id: ID!) { verifyAccount(id: $id) { account { isEnabled disabledReason verificationStatus } } }`
		type state struct {
			IsEnabled          bool
			DisabledReason     *string
			VerificationStatus string
		}
		verifyNow := func() state {
			var v struct{ VerifyAccount struct{ Account state } }
			s.Must(t, admin.Secret, verifyQ, map[string]any{"id": id}, &v)
			return v.VerifyAccount.Account
		}
		for _, m := range []fakesource.Mode{{Status: 503}, {Status: 429}, {Delay: time.Second}, {Malformed: true}} {
			s.Sources.SetMode(m)
			if st := verifyNow(); !st.IsEnabled || st.VerificationStatus != "VERIFIED" {
				t.Errorf("a transient failure (%+v) changed the account: %+v", m, st)
			}
		}
		s.Sources.SetMode(fakesource.Mode{})
		s.Sources.Revoke("sk_test_life")
		if st := verifyNow(); st.IsEnabled || *st.DisabledReason != "CREDENTIALS_REVOKED" {
			t.Fatalf("after revocation: %+v", st)
		}
		const enable = `mutation($id: ID!) { enableAccount(id: $id) { account { isEnabled } } }`
		if r := s.Do(t, admin.Secret, enable, map[string]any{"id": id}); r.Code() != "VERIFICATION_FAILED" {
			t.Errorf("enabling with revoked credentials: %s", r.Body)
		}
		s.Sources.Allow("sk_test_life", "acct_life")
		var on struct {
			EnableAccount struct{ Account struct{ IsEnabled bool } }
		}
		s.Must(t, admin.Secret, enable, map[string]any{"id": id}, &on)
		if !on.EnableAccount.Account.IsEnabled {
			t.Error("enableAccount did not enable an account whose credentials verify again")
		}
		if got := eventTypesOf(t, s, admin.Secret, id); !slices.Contains(got, "ACCOUNT_RECOVERED") {
			t.Errorf("events %v: no ACCOUNT_RECOVERED once revoked credentials verified again", got)
		}
	})
}

// eventTypesOf returns the types of the events about subject, oldest
// first.
func eventTypesOf(t *testing.T, s *testenv.Server, secret, subject string) []string {
	t.Helper()
	var out struct {
		Events struct {
			Edges []struct{ Node struct{ Type string } }
		}
	}
	s.Must(t, secret, `query($f: String) { events(first: 100, filter: $f, sortBy: "createdTime") { edges { node { type } } } }`,
		map[string]any{"f": "subjectId = '" + subject + "'"}, &out)
	var types []string
	for _, e := range out.Events.Edges {
		types = append(types, e.Node.Type)
	}
	return types
}

// TestXeroRotationUnderConcurrentVerification verifies one Xero account from
// many requests at once: each refresh rotates the token, so a verification
// that used a stale token would fail with an invalid grant.
func TestXeroRotationUnderConcurrentVerification(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		app := newApp(t, s, admin.Secret, "xero", "xero-secret")
		s.Sources.AllowRefresh("rt-rotate", xeroTenant)
		var created struct {
			CreateAccount struct{ Account struct{ ID string } }
		}
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": map[string]any{"source": "xero", "credentialType": "refresh_token", "platformApp": app,
			"credentials": map[string]any{"refreshToken": "rt-rotate", "tenantId": xeroTenant}}}, &created)
		id := created.CreateAccount.Account.ID
		const n = 8
		var wg sync.WaitGroup
		errs := make([]string, n)
		for i := range n {
			wg.Go(func() {
				r := s.Do(t, admin.Secret, `mutation($id: ID!) { verifyAccount(id: $id) { account { verificationStatus isEnabled } } }`, map[string]any{"id": id})
				if r.Code() != "" || !strings.Contains(r.Body, `"verificationStatus":"VERIFIED","isEnabled":true`) {
					errs[i] = r.Body
				}
			})
		}
		wg.Wait()
		for _, e := range errs {
			if e != "" {
				t.Errorf("a concurrent verification failed: %s", e)
			}
		}
		var revealed struct {
			RevealAccountCredentials struct{ Credentials map[string]any }
		}
		s.Must(t, admin.Secret, `mutation($id: ID!) { revealAccountCredentials(id: $id) { credentials } }`, map[string]any{"id": id}, &revealed)
		if got, want := revealed.RevealAccountCredentials.Credentials["refreshToken"], "rt-rotate.r9"; got != want {
			t.Errorf("stored refresh token = %v, want the newest, %s (1 creation + %d verifications)", got, want, n)
		}
		refreshed := 0
		for _, typ := range eventTypesOf(t, s, admin.Secret, id) {
			if typ == "ACCOUNT_CREDENTIALS_REFRESHED" {
				refreshed++
			}
		}
		if refreshed != n {
			t.Errorf("%d ACCOUNT_CREDENTIALS_REFRESHED events, want one per verification that rotated the token (%d)", refreshed, n)
		}
	})
}

func TestPlatformAppsAndSkipVerification(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		widget := s.NewKey(t, "production", auth.CredentialsInOnly)
		stripeApp := newApp(t, s, admin.Secret, "stripe", "sk_live_platform_x")
		// A Stripe platform app is named by its Connect client ID, which
		// deauthorizing a connected account sends.
		if r := s.Do(t, admin.Secret, `mutation { createPlatformApp(input: {source: "stripe", name: "n", clientId: "client-stripe", clientSecret: "sk_x"}) { platformApp { id } } }`, nil); r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, "ca_") {
			t.Errorf("a Stripe app without a Connect client ID: %s", r.Body)
		}
		xeroIn := map[string]any{"source": "xero", "credentialType": "refresh_token",
			"credentials": map[string]any{"refreshToken": "rt-x", "tenantId": xeroTenant}}
		if r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": xeroIn}); r.Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions.Fields[0].Field != "platformApp" {
			t.Errorf("xero without a platform app: %s", r.Body)
		}
		xeroIn["platformApp"] = stripeApp
		if r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": xeroIn}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("xero through a stripe app: %s", r.Body)
		}
		unverified := map[string]any{"source": "stripe", "credentialType": "secret_key", "identifier": "manual-1", "skipVerification": true,
			"credentials": map[string]any{"secretKey": "sk_test_neverchecked"}}
		if r := s.Do(t, widget.Secret, createAccount, map[string]any{"input": unverified}); r.Code() != "FORBIDDEN" {
			t.Errorf("a widget key storing an unverified account: %s", r.Body)
		}
		calls := s.Sources.Calls()
		var out struct {
			CreateAccount struct {
				Account struct{ VerificationStatus string }
			}
		}
		s.Must(t, admin.Secret, `mutation($in: CreateAccountInput!) { createAccount(input: $in) { account { verificationStatus } } }`, map[string]any{"in": unverified}, &out)
		if out.CreateAccount.Account.VerificationStatus != "UNVERIFIED" || s.Sources.Calls() != calls {
			t.Errorf("skipVerification: status %s, %d calls to the source", out.CreateAccount.Account.VerificationStatus, s.Sources.Calls()-calls)
		}
		var apps struct {
			PlatformApps struct {
				Edges []struct {
					Node struct{ Name, ClientID string }
				}
			}
		}
		s.Must(t, widget.Secret, `{ platformApps { edges { node { name clientId } } } }`, nil, &apps)
		if len(apps.PlatformApps.Edges) != 1 {
			t.Errorf("a widget key lists %d platform apps, want 1", len(apps.PlatformApps.Edges))
		}
	})
}
