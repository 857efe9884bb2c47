package server_test

import (
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/testenv"
)

// TestHostedOAuthConnects connects an account of each OAuth source the
// way an end user does: the customer's app starts a connect with a
// connect session's key, the browser opens the connect URL, passes the
// fake source's consent page (Xero's with a PKCE challenge the fake
// checks against the verifier at the exchange; Shopify's signed) and
// comes back to the customer's success URL with the account, which was
// verified and is credited to the session's person.
func TestHostedOAuthConnects(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		o := setUpOAuth(t, s)
		for _, c := range []struct {
			source string
			values map[string]any
			// calls is how many calls the server makes to the source.
			calls int
		}{
			{"xero", nil, 4},
			{"stripe", nil, 2},
			{"shopify", map[string]any{"myShopifyDomain": "fake.myshopify.com"}, 2},
		} {
			t.Run(c.source, func(t *testing.T) {
				session := connectSession(t, s, o.key.Secret, "user-"+c.source, "")
				in := returning(map[string]any{"source": c.source})
				if c.values != nil {
					in["values"] = c.values
				}
				started := startConnect(t, s, session, in)
				exchanges, calls := s.Sources.Exchanges(), s.Sources.Calls()
				b := newBrowser(t)
				got := b.connect(t, started.ConnectURL).result(t)
				// The fake answers the consent page too: one of its calls.
				if n := s.Sources.Calls() - calls - 1; n != c.calls {
					t.Errorf("the server made %d calls to the source, want %d", n, c.calls)
				}
				if got.Get("latchkey_status") != "success" || got.Get("latchkey_flow") != started.ID || got.Get("tab") != "accounts" {
					t.Fatalf("the browser came back with %v", got)
				}
				if n := s.Sources.Exchanges() - exchanges; n != 1 {
					t.Errorf("%d code exchanges, want 1", n)
				}
				if n := b.requests.Load(); n != 4 {
					t.Errorf("the browser made %d requests (the connect URL's page, its POST, the consent page, the callback), want 4", n)
				}
				if c.source == "xero" && s.Sources.LastAuthorize().Get("code_challenge_method") != "S256" {
					t.Errorf("Xero's consent page got no S256 challenge: %v", s.Sources.LastAuthorize())
				}
				id := got.Get("latchkey_account")
				var acc struct {
					Account struct {
						Source             struct{ Key string }
						VerificationStatus string
						PlatformApp        *struct{ ID string }
						Creator            struct{ PersonID *string }
					}
				}
				s.Must(t, o.key.Secret, `query($id: ID!) { account(id: $id) { source { key } verificationStatus platformApp { id } creator { personId } } }`,
					map[string]any{"id": id}, &acc)
				a := acc.Account
				if a.Source.Key != c.source || a.VerificationStatus != "VERIFIED" || a.Creator.PersonID == nil || *a.Creator.PersonID != "user-"+c.source {
					t.Errorf("the account connected is %+v", a)
				}
				if a.PlatformApp == nil || a.PlatformApp.ID != o.apps[c.source] {
					t.Errorf("the account goes through %+v, not the app %s", a.PlatformApp, o.apps[c.source])
				}
				var status struct {
					OAuthConnect struct {
						Status  string
						Account struct{ ID string }
					} `json:"oauthConnect"`
				}
				s.Must(t, session, `query($id: ID!) { oauthConnect(id: $id) { status account { id } } }`, map[string]any{"id": started.ID}, &status)
				if status.OAuthConnect.Status != "DONE" || status.OAuthConnect.Account.ID != id {
					t.Errorf("the session sees its connect as %+v", status.OAuthConnect)
				}
			})
		}
		// Nothing a connect carries reaches the logs: its token, state,
		// code, cookie, nor the app's secret; a used callback is logged
		// as refused too.
		b := newBrowser(t)
		started := startConnect(t, s, connectSession(t, s, o.key.Secret, "user-logs", ""), returning(map[string]any{"source": "stripe"}))
		callback, _ := url.Parse(callbackOf(t, s, b, started))
		cookies := b.Jar.Cookies(callback)
		b.open(t, callback.String())
		b.open(t, callback.String())
		token, _ := url.Parse(started.ConnectURL)
		secrets := []string{token.Query().Get("token"), callback.Query().Get("state"), callback.Query().Get("code"), "sk_test_platform"}
		for _, c := range cookies {
			secrets = append(secrets, c.Value)
		}
		if len(cookies) != 1 || len(secrets) != 5 {
			t.Fatalf("the browser holds cookies %v for the callback", cookies)
		}
		if leaked := containsAny(s.Logs(), secrets...); leaked != "" {
			t.Errorf("the logs hold %q", leaked)
		}
	})
}

// TestHostedOAuthEndsOnThePageForTheWidget connects without return URLs,
// as the widget does: the flow ends on Latchkey's page, which holds the
// outcome for the widget's window and says it in words.
func TestHostedOAuthEndsOnThePageForTheWidget(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		o := setUpOAuth(t, s)
		session := connectSession(t, s, o.key.Secret, "user-w", "")
		started := startConnect(t, s, session, map[string]any{"source": "stripe"})
		b := newBrowser(t)
		v := b.connect(t, started.ConnectURL)
		if v.status != 200 || !strings.Contains(v.body, "The account is connected") || !strings.Contains(v.body, `&#34;accountId&#34;:&#34;acc_`) ||
			!strings.Contains(v.body, started.ID) {
			t.Fatalf("the last page is %d: %s", v.status, v.body)
		}
		// Its script and stylesheet load from where the page names them.
		page, _ := url.Parse(s.URL + "/oauth/callback")
		for _, m := range regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(v.body, -1) {
			asset, _ := page.Parse(m[1])
			if got := b.open(t, asset.String()); got.status != 200 || len(got.body) == 0 {
				t.Errorf("the page's %s (%s) answers %d", m[1], asset, got.status)
			}
		}
	})
}

// TestPlatformAppScopesReachTheConsentPage asks the consent page for the
// app's oauthScopes, or the type's defaults, and refuses malformed ones.
func TestPlatformAppScopesReachTheConsentPage(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		o := setUpOAuth(t, s)
		session := connectSession(t, s, o.key.Secret, "user-scopes", "")
		newBrowser(t).connect(t, startConnect(t, s, session, map[string]any{"source": "stripe"}).ConnectURL)
		if got := s.Sources.LastAuthorize().Get("scope"); got != "read_write" {
			t.Errorf("the default scope asked for is %q", got)
		}
		var app struct {
			CreatePlatformApp struct {
				PlatformApp struct {
					ID          string
					OAuthScopes []string `json:"oauthScopes"`
				}
			}
		}
		// Shopify takes its scopes separated by commas.
		var shop struct {
			CreatePlatformApp struct{ PlatformApp struct{ ID string } }
		}
		s.Must(t, o.key.Secret, `mutation { createPlatformApp(input: {source: "shopify", name: "wide", clientId: "shopify-client", clientSecret: "shopify-secret",
			oauthScopes: ["read_products", "read_orders"]}) { platformApp { id } } }`, nil, &shop)
		newBrowser(t).connect(t, startConnect(t, s, session, map[string]any{"source": "shopify", "platformApp": shop.CreatePlatformApp.PlatformApp.ID,
			"values": map[string]any{"myShopifyDomain": "fake.myshopify.com"}}).ConnectURL)
		if got := s.Sources.LastAuthorize().Get("scope"); got != "read_products,read_orders" {
			t.Errorf("Shopify's scopes asked for are %q", got)
		}
		s.Must(t, o.key.Secret, `mutation { createPlatformApp(input: {source: "xero", name: "wide", clientId: "xero-client", clientSecret: "xero-secret",
			oauthScopes: ["offline_access", "accounting.transactions"]}) { platformApp { id oauthScopes } } }`, nil, &app)
		if got := app.CreatePlatformApp.PlatformApp.OAuthScopes; strings.Join(got, " ") != "offline_access accounting.transactions" {
			t.Errorf("the app's scopes read back as %v", got)
		}
		newBrowser(t).connect(t, startConnect(t, s, session, map[string]any{"source": "xero", "platformApp": app.CreatePlatformApp.PlatformApp.ID}).ConnectURL)
		if got := s.Sources.LastAuthorize().Get("scope"); got != "offline_access accounting.transactions" {
			t.Errorf("the app's scopes asked for are %q", got)
		}
		if r := s.Do(t, session, startOAuthConnect, map[string]any{"in": map[string]any{"source": "xero"}}); r.Code() != "BAD_USER_INPUT" ||
			r.Errors[0].Extensions.Fields[0].Field != "platformApp" {
			t.Errorf("a start without naming one of two apps got %s", r.Body)
		}
		for _, bad := range []string{`[""]`, `["two words"]`, `["` + strings.Repeat("s", 201) + `"]`} {
			r := s.Do(t, o.key.Secret, `mutation { createPlatformApp(input: {source: "xero", name: "bad", clientId: "c", clientSecret: "s", oauthScopes: `+bad+`}) { platformApp { id } } }`, nil)
			if r.Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions.Fields[0].Field != "oauthScopes" {
				t.Errorf("scopes %s: got %s", bad, r.Body)
			}
		}
	})
}
