package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

// longAgo is a time every flow expired by.
var longAgo = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// callbackOf starts a connect and follows it as far as the callback,
// which it does not open: it returns the callback URL the source sent
// the browser to.
func callbackOf(t *testing.T, s *testenv.Server, b *browser, started startedConnect) string {
	t.Helper()
	b.stopAt = "/oauth/callback"
	defer func() { b.stopAt = "" }()
	v := b.connect(t, started.ConnectURL)
	if v.location == nil || v.location.Path != "/oauth/callback" {
		t.Fatalf("the consent page did not send the browser back: %d %s", v.status, v.body)
	}
	return v.location.String()
}

// TestHostedOAuthRefusals attacks the two doors and the mutation the way
// an outsider, a confused user or a slow one would: each refusal is a
// clear code, no account is added, and no code is exchanged where the
// flow should stop before.
func TestHostedOAuthRefusals(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		o := setUpOAuth(t, s)
		session := connectSession(t, s, o.key.Secret, "user-r", "")
		stripe := func() startedConnect {
			return startConnect(t, s, session, returning(map[string]any{"source": "stripe"}))
		}

		t.Run("denied consent", func(t *testing.T) {
			s.Sources.DenyConsent(true)
			defer s.Sources.DenyConsent(false)
			before, exchanges := countAccounts(t, s, o.key.Secret), s.Sources.Exchanges()
			got := newBrowser(t).connect(t, stripe().ConnectURL).result(t)
			if got.Get("latchkey_status") != "error" || got.Get("latchkey_error") != "ACCESS_DENIED" {
				t.Errorf("a declined consent came back with %v", got)
			}
			if countAccounts(t, s, o.key.Secret) != before || s.Sources.Exchanges() != exchanges {
				t.Error("a declined consent added an account or exchanged a code")
			}
		})

		t.Run("replayed callback", func(t *testing.T) {
			b := newBrowser(t)
			callback := callbackOf(t, s, b, stripe())
			if got := b.open(t, callback).result(t); got.Get("latchkey_status") != "success" {
				t.Fatalf("the first callback came back with %v", got)
			}
			before, exchanges := countAccounts(t, s, o.key.Secret), s.Sources.Exchanges()
			if got := b.open(t, callback).result(t); got.Get("latchkey_error") != "FLOW_USED" {
				t.Errorf("a replayed callback came back with %v", got)
			}
			if countAccounts(t, s, o.key.Secret) != before || s.Sources.Exchanges() != exchanges {
				t.Error("a replayed callback added an account or exchanged its code again")
			}
		})

		t.Run("code exchanged twice", func(t *testing.T) {
			// A callback of another flow, with this browser's cookie and
			// state, bringing a code the source gave (and took) already.
			b := newBrowser(t)
			first := callbackOf(t, s, b, stripe())
			b.open(t, first)
			used, _ := url.Parse(first)
			second, _ := url.Parse(callbackOf(t, s, b, stripe()))
			q := second.Query()
			q.Set("code", used.Query().Get("code"))
			second.RawQuery = q.Encode()
			exchanges := s.Sources.Exchanges()
			if got := b.open(t, second.String()).result(t); got.Get("latchkey_error") != "VERIFICATION_FAILED" {
				t.Errorf("a used code came back with %v", got)
			}
			if s.Sources.Exchanges() != exchanges+1 {
				t.Errorf("%d exchanges, want the one the source refused", s.Sources.Exchanges()-exchanges)
			}
		})

		t.Run("forged state", func(t *testing.T) {
			v := newBrowser(t).open(t, s.URL+"/oauth/callback?code=x&state=forged")
			if v.status != http.StatusBadRequest || !strings.Contains(v.body, "INVALID_LINK") {
				t.Errorf("a forged state got %d %s", v.status, v.body)
			}
		})

		t.Run("another browser", func(t *testing.T) {
			// The callback reaches a browser without the starting one's
			// cookie (a link sent to a victim, to connect the attacker's
			// account as theirs): refused, and the flow stays the
			// starting browser's to finish.
			mine := newBrowser(t)
			callback := callbackOf(t, s, mine, stripe())
			if got := newBrowser(t).open(t, callback).result(t); got.Get("latchkey_error") != "WRONG_BROWSER" {
				t.Errorf("another browser's callback came back with %v", got)
			}
			if got := mine.open(t, callback).result(t); got.Get("latchkey_status") != "success" {
				t.Errorf("the starting browser then came back with %v", got)
			}
		})

		t.Run("connect URL opened twice", func(t *testing.T) {
			// Opening the page (a link preview, a scanner, HEAD) uses
			// nothing up; its button's POST does, once.
			started := stripe()
			for _, method := range []string{http.MethodHead, http.MethodGet, http.MethodGet} {
				req, _ := http.NewRequest(method, started.ConnectURL, nil)
				resp, err := newBrowser(t).Do(req)
				if err != nil || resp.StatusCode != http.StatusOK {
					t.Fatalf("%s of the connect URL: %v %v", method, resp, err)
				}
				resp.Body.Close()
			}
			if got := newBrowser(t).connect(t, started.ConnectURL).result(t); got.Get("latchkey_status") != "success" {
				t.Errorf("the connect URL, opened after previews, came back with %v", got)
			}
			if got := newBrowser(t).connect(t, started.ConnectURL).result(t); got.Get("latchkey_error") != "FLOW_USED" {
				t.Errorf("a used connect URL came back with %v", got)
			}
		})

		t.Run("session ended", func(t *testing.T) {
			ending := connectSession(t, s, o.key.Secret, "user-e", "")
			var v struct {
				Viewer struct{ AuthAccess struct{ ID string } }
			}
			s.Must(t, ending, `{ viewer { authAccess { id } } }`, nil, &v)
			b := newBrowser(t)
			callback := callbackOf(t, s, b, startConnect(t, s, ending, returning(map[string]any{"source": "stripe"})))
			s.Must(t, o.key.Secret, `mutation($id: ID!) { disableAuthAccess(id: $id) { authAccess { id } } }`, map[string]any{"id": v.Viewer.AuthAccess.ID}, &struct{}{})
			exchanges := s.Sources.Exchanges()
			if got := b.open(t, callback).result(t); got.Get("latchkey_error") != "SESSION_ENDED" {
				t.Errorf("a disabled session's callback came back with %v", got)
			}
			if s.Sources.Exchanges() != exchanges {
				t.Error("a disabled session's code was exchanged")
			}
		})

		t.Run("session expired", func(t *testing.T) {
			// The connect session's own lifetime ran out at the consent
			// page.
			expiring := connectSession(t, s, o.key.Secret, "user-x", ", expiresIn: 60")
			var v struct {
				Viewer struct{ AuthAccess struct{ ID string } }
			}
			s.Must(t, expiring, `{ viewer { authAccess { id } } }`, nil, &v)
			b := newBrowser(t)
			started := startConnect(t, s, expiring, returning(map[string]any{"source": "stripe"}))
			callback := callbackOf(t, s, b, started)
			s.Exec(t, `UPDATE auth_accesses SET expires_time = ? WHERE id = ?`, longAgo, v.Viewer.AuthAccess.ID)
			exchanges := s.Sources.Exchanges()
			if got := b.open(t, callback).result(t); got.Get("latchkey_error") != "SESSION_ENDED" {
				t.Errorf("an expired session's callback came back with %v", got)
			}
			if s.Sources.Exchanges() != exchanges {
				t.Error("an expired session's code was exchanged")
			}
			if status, code := connectStatus(t, s, o.key.Secret, started.ID); status != "FAILED" || code != "SESSION_ENDED" {
				t.Errorf("the connect is %s %s", status, code)
			}
		})

		t.Run("expired", func(t *testing.T) {
			started := stripe()
			s.Exec(t, `UPDATE oauth_flows SET expires_time = ? WHERE id = ?`, longAgo, started.ID)
			if got := newBrowser(t).connect(t, started.ConnectURL).result(t); got.Get("latchkey_error") != "FLOW_EXPIRED" {
				t.Errorf("an expired connect URL came back with %v", got)
			}
			b := newBrowser(t)
			started = stripe()
			callback := callbackOf(t, s, b, started)
			s.Exec(t, `UPDATE oauth_flows SET expires_time = ? WHERE id = ?`, longAgo, started.ID)
			if got := b.open(t, callback).result(t); got.Get("latchkey_error") != "FLOW_EXPIRED" {
				t.Errorf("a late callback came back with %v", got)
			}
		})

		t.Run("another shop's answer", func(t *testing.T) {
			s.Sources.SetShop("other.myshopify.com")
			defer s.Sources.SetShop("fake.myshopify.com")
			started := startConnect(t, s, session, returning(map[string]any{"source": "shopify", "values": map[string]any{"myShopifyDomain": "fake.myshopify.com"}}))
			if got := newBrowser(t).connect(t, started.ConnectURL).result(t); got.Get("latchkey_error") != "SOURCE_ERROR" {
				t.Errorf("another shop's answer came back with %v", got)
			}
		})

		t.Run("unsigned shop answer", func(t *testing.T) {
			b := newBrowser(t)
			started := startConnect(t, s, session, returning(map[string]any{"source": "shopify", "values": map[string]any{"myShopifyDomain": "fake.myshopify.com"}}))
			callback, _ := url.Parse(callbackOf(t, s, b, started))
			q := callback.Query()
			q.Set("hmac", strings.Repeat("0", 64))
			callback.RawQuery = q.Encode()
			if got := b.open(t, callback.String()).result(t); got.Get("latchkey_error") != "SOURCE_ERROR" {
				t.Errorf("an unsigned shop answer came back with %v", got)
			}
		})

		t.Run("another site's post", func(t *testing.T) {
			// A page elsewhere posting a connect's token would skip the
			// page that names the source: refused, and nothing spent.
			started := stripe()
			token, _ := url.Parse(started.ConnectURL)
			for _, h := range []map[string]string{{"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site", "Origin": s.URL}} {
				req, _ := http.NewRequest(http.MethodPost, s.URL+"/oauth/start", strings.NewReader(url.Values{"token": {token.Query().Get("token")}}.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				for k, v := range h {
					req.Header.Set(k, v)
				}
				resp, err := newBrowser(t).Do(req)
				if err != nil || resp.StatusCode != http.StatusForbidden {
					t.Errorf("a post with %v got %v %v", h, resp.StatusCode, err)
				}
				resp.Body.Close()
			}
			if status, _ := connectStatus(t, s, o.key.Secret, started.ID); status != "WAITING" {
				t.Errorf("after other sites' posts the connect is %s", status)
			}
		})

		t.Run("huge query", func(t *testing.T) {
			v := newBrowser(t).open(t, s.URL+"/oauth/callback?state="+strings.Repeat("a", 10000))
			if v.status != http.StatusRequestURITooLong {
				t.Errorf("a huge callback got %d", v.status)
			}
		})
	})
}

// TestStartOAuthConnectChecksItsInput refuses starts that name what the
// caller may not use or return URLs that lead elsewhere, and bounds a
// key's open connects.
func TestStartOAuthConnectChecksItsInput(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		o := setUpOAuth(t, s)
		session := connectSession(t, s, o.key.Secret, "user-i", "")
		start := func(secret string, in map[string]any) *testenv.Result {
			return s.Do(t, secret, startOAuthConnect, map[string]any{"in": in})
		}
		for _, c := range []struct {
			name  string
			in    map[string]any
			field string
		}{
			{"another origin", map[string]any{"source": "stripe", "successUrl": "https://evil.example/x"}, "successUrl"},
			{"script URL", map[string]any{"source": "stripe", "errorUrl": "javascript:alert(1)"}, "errorUrl"},
			{"user in URL", map[string]any{"source": "stripe", "successUrl": "https://user:pw@app.example/"}, "successUrl"},
			{"host after a user", map[string]any{"source": "stripe", "successUrl": "https://app.example@evil.example/"}, "successUrl"},
			{"relative URL", map[string]any{"source": "stripe", "successUrl": "/done"}, "successUrl"},
			{"long URL", map[string]any{"source": "stripe", "successUrl": "https://app.example/" + strings.Repeat("a", 3000)}, "successUrl"},
			{"no shop", map[string]any{"source": "shopify"}, "values.myShopifyDomain"},
			{"not a shop", map[string]any{"source": "shopify", "values": map[string]any{"myShopifyDomain": "127.0.0.1"}}, "values.myShopifyDomain"},
			{"form-only source", map[string]any{"source": "plaid"}, "source"},
			{"unknown source", map[string]any{"source": "nope"}, "source"},
		} {
			r := start(session, c.in)
			if r.Code() != "BAD_USER_INPUT" || len(r.Errors[0].Extensions.Fields) == 0 || r.Errors[0].Extensions.Fields[0].Field != c.field {
				t.Errorf("%s: got %s", c.name, r.Body)
			}
		}
		if r := start(s.NewKey(t, "production", auth.ReadOnly).Secret, map[string]any{"source": "stripe"}); r.Code() != "FORBIDDEN" {
			t.Errorf("a READ_ONLY key started a connect: %s", r.Body)
		}
		shopOnly := connectSession(t, s, o.key.Secret, "user-s", `, sources: ["shopify"]`)
		if r := start(shopOnly, map[string]any{"source": "stripe"}); r.Code() != "FORBIDDEN" {
			t.Errorf("a session for Shopify started a Stripe connect: %s", r.Body)
		}
		other := s.NewKey(t, "staging", auth.FullAccess)
		if r := start(other.Secret, map[string]any{"source": "stripe", "platformApp": o.apps["stripe"]}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("another environment's app was used: %s", r.Body)
		}
		mine := startConnect(t, s, session, map[string]any{"source": "stripe"})
		var seen struct {
			OAuthConnect *struct{ ID string } `json:"oauthConnect"`
		}
		s.Must(t, other.Secret, `query($id: ID!) { oauthConnect(id: $id) { id } }`, map[string]any{"id": mine.ID}, &seen)
		if seen.OAuthConnect != nil {
			t.Error("another environment's key sees the connect")
		}
		s.Must(t, connectSession(t, s, o.key.Secret, "user-j", ""), `query($id: ID!) { oauthConnect(id: $id) { id } }`, map[string]any{"id": mine.ID}, &seen)
		if seen.OAuthConnect != nil {
			t.Error("another session sees the connect")
		}
		for i := 1; i < 20; i++ {
			startConnect(t, s, session, map[string]any{"source": "stripe"})
		}
		if r := start(session, map[string]any{"source": "stripe"}); r.Code() != "RATE_LIMITED" {
			t.Errorf("a 21st open connect started: %s", r.Body)
		}
	})
}

// TestOAuthDoorsThrottleUnknownLinks charges each unknown link to its
// address, as a bad key is: once they are spent, the doors refuse before
// looking anything up.
func TestOAuthDoorsThrottleUnknownLinks(t *testing.T) {
	rates := ratelimit.Config{Anonymous: ratelimit.Rate{PerSecond: 0.001, Burst: 3}}
	testenv.RunWith(t, func(c *server.Config) { c.RateLimits = &rates }, func(t *testing.T, s *testenv.Server) {
		b := newBrowser(t)
		statuses := []int{}
		for range 5 {
			statuses = append(statuses, b.open(t, s.URL+"/oauth/start?token=guess").status)
		}
		if statuses[0] != http.StatusBadRequest || statuses[4] != http.StatusTooManyRequests {
			t.Errorf("unknown links got %v", statuses)
		}
		if v := b.open(t, s.URL+"/oauth/callback?state=guess&code=x"); v.status != http.StatusTooManyRequests {
			t.Errorf("the callback then got %d", v.status)
		}
	})
}
