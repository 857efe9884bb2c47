package server_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// oauthApps registers a platform app of each OAuth source in the admin's
// environment, and with the fake's consent pages and token endpoints.
// It returns their IDs by source.
func oauthApps(t *testing.T, s *testenv.Server, admin string) map[string]string {
	t.Helper()
	apps := map[string]string{}
	for _, a := range []struct{ source, id, secret string }{
		{"xero", "xero-client", "xero-secret"},
		{"stripe", "ca_platform", "sk_test_platform"},
		{"shopify", "shopify-client", "shopify-secret"},
	} {
		var out struct {
			CreatePlatformApp struct{ PlatformApp struct{ ID string } }
		}
		s.Must(t, admin, `mutation($in: CreatePlatformAppInput!) { createPlatformApp(input: $in) { platformApp { id } } }`,
			map[string]any{"in": map[string]any{"source": a.source, "name": "oauth", "clientId": a.id, "clientSecret": a.secret}}, &out)
		s.Sources.AddApp(a.id, a.secret)
		apps[a.source] = out.CreatePlatformApp.PlatformApp.ID
	}
	return apps
}

// connectSession returns the secret key of a new connect session for
// person.
func connectSession(t *testing.T, s *testenv.Server, admin, person string, extra string) string {
	t.Helper()
	var out struct{ CreateConnectSession struct{ SecretKey string } }
	s.Must(t, admin, fmt.Sprintf(`mutation { createConnectSession(input: {personId: %q%s}) { secretKey } }`, person, extra), nil, &out)
	return out.CreateConnectSession.SecretKey
}

// startedConnect is startOAuthConnect's payload.
type startedConnect struct {
	ID         string
	ConnectURL string
}

const startOAuthConnect = `mutation($in: StartOAuthConnectInput!) { startOAuthConnect(input: $in) { connectUrl oauthConnect { id status source expiresTime } } }`

// startConnect starts a hosted OAuth connect with the key and input.
func startConnect(t *testing.T, s *testenv.Server, secret string, input map[string]any) startedConnect {
	t.Helper()
	var out struct {
		StartOAuthConnect struct {
			ConnectURL   string
			OAuthConnect struct{ ID, Status string } `json:"oauthConnect"`
		}
	}
	s.Must(t, secret, startOAuthConnect, map[string]any{"in": input}, &out)
	if got := out.StartOAuthConnect.OAuthConnect.Status; got != "WAITING" {
		t.Fatalf("a new connect is %s, not WAITING", got)
	}
	return startedConnect{ID: out.StartOAuthConnect.OAuthConnect.ID, ConnectURL: out.StartOAuthConnect.ConnectURL}
}

// browser is an end user's browser: it keeps cookies and follows
// redirects between Latchkey and the fake source, and stops at any other
// host (the customer's success and error pages) or where told.
type browser struct {
	*http.Client
	// requests counts the requests it made.
	requests atomic.Int64
	// stopAt, when set, stops following redirects to a URL with this path.
	stopAt string
}

func newBrowser(t *testing.T) *browser {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	b := &browser{}
	b.Client = &http.Client{Jar: jar, Transport: countingTransport{&b.requests}, CheckRedirect: func(req *http.Request, _ []*http.Request) error {
		if req.URL.Hostname() != "127.0.0.1" || (b.stopAt != "" && req.URL.Path == b.stopAt) {
			return http.ErrUseLastResponse
		}
		return nil
	}}
	return b
}

type countingTransport struct{ n *atomic.Int64 }

func (c countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return http.DefaultTransport.RoundTrip(r)
}

// visit is where a browser's navigation ended.
type visit struct {
	status int
	// location is the redirect it stopped at, if any.
	location *url.URL
	body     string
}

// open navigates to u and follows redirects as far as the browser does.
func (b *browser) open(t *testing.T, u string) visit {
	t.Helper()
	resp, err := b.Get(u)
	if err != nil {
		t.Fatalf("opening %s: %v", u, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	v := visit{status: resp.StatusCode, body: string(body)}
	if loc, err := resp.Location(); err == nil {
		v.location = loc
	}
	return v
}

// connect opens a connect URL as an end user does: its page, then its
// button, which posts the token, and follows the redirects from there.
func (b *browser) connect(t *testing.T, connectURL string) visit {
	t.Helper()
	page := b.open(t, connectURL)
	if page.status != http.StatusOK || !strings.Contains(page.body, `<form method="post" action="start">`) {
		return page
	}
	u, _ := url.Parse(connectURL)
	resp, err := b.PostForm(u.Scheme+"://"+u.Host+u.Path, url.Values{"token": {u.Query().Get("token")}})
	if err != nil {
		t.Fatalf("posting the connect's token: %v", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	v := visit{status: resp.StatusCode, body: string(body)}
	if loc, err := resp.Location(); err == nil {
		v.location = loc
	}
	return v
}

// result returns the latchkey_* parameters of the customer page the
// browser stopped at.
func (v visit) result(t *testing.T) url.Values {
	t.Helper()
	if v.location == nil || v.location.Host != "app.example" {
		t.Fatalf("the browser did not come to the customer's page: %d %s", v.status, v.body)
	}
	return v.location.Query()
}

// oauthAdmin is a server's admin key, an app of each OAuth source and the
// return URLs of the customer's app.
type oauthAdmin struct {
	key  testenv.Key
	apps map[string]string
}

func setUpOAuth(t *testing.T, s *testenv.Server) oauthAdmin {
	t.Helper()
	admin := s.NewKey(t, "production", auth.FullAccess)
	return oauthAdmin{key: admin, apps: oauthApps(t, s, admin.Secret)}
}

// returning adds the customer's success and error URLs to input.
func returning(input map[string]any) map[string]any {
	input["successUrl"] = "https://app.example/connected?tab=accounts"
	input["errorUrl"] = "https://app.example/failed"
	return input
}

// containsAny reports whether s holds any of the secrets.
func containsAny(s string, secrets ...string) string {
	for _, x := range secrets {
		if x != "" && strings.Contains(s, x) {
			return x
		}
	}
	return ""
}
