package catalog_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/catalog/fakesource"
)

const tenant = "0b2f6c9e-51a4-4c66-a8f1-3d3f5e9a7b10"

// requests returns one valid request per built-in credential type, with what
// a successful verification must find.
func requests(fake *fakesource.Server) map[string]struct {
	req  catalog.Request
	want catalog.Result
} {
	app := &catalog.App{ClientID: "client", ClientSecret: "sk_live_platform"}
	fake.Allow("shpat_ok", "548380009")
	fake.Allow("sk_test_ok", "acct_1Direct")
	fake.Allow("sk_live_platform", "acct_platform")
	fake.Allow("acct_1Connected", "acct_1Connected")
	fake.Allow("access-sandbox-ok", "item_42")
	fake.AllowRefresh("rt-1", tenant)
	return map[string]struct {
		req  catalog.Request
		want catalog.Result
	}{
		"shopify": {
			catalog.Request{Source: "shopify", CredentialType: "access_token", Credentials: map[string]string{"myShopifyDomain": "a.myshopify.com", "accessToken": "shpat_ok"}},
			catalog.Result{ExternalID: "548380009", Identifier: "548380009", DisplayName: "Shop 548380009"},
		},
		"stripe secret key": {
			catalog.Request{Source: "stripe", CredentialType: "secret_key", Credentials: map[string]string{"secretKey": "sk_test_ok"}},
			catalog.Result{ExternalID: "acct_1Direct", Identifier: "acct_1Direct", DisplayName: "Account acct_1Direct"},
		},
		"stripe connected account": {
			catalog.Request{Source: "stripe", CredentialType: "connected_account", Credentials: map[string]string{"accountId": "acct_1Connected"}, App: app},
			catalog.Result{ExternalID: "acct_1Connected", Identifier: "acct_1Connected", DisplayName: "Account acct_1Connected"},
		},
		"xero": {
			catalog.Request{Source: "xero", CredentialType: "refresh_token", Credentials: map[string]string{"refreshToken": "rt-1", "tenantId": tenant}, App: app},
			catalog.Result{ExternalID: tenant, Identifier: tenant, DisplayName: "Org " + tenant[:8], Credentials: map[string]string{"refreshToken": "rt-1.r1", "tenantId": tenant}},
		},
		"plaid": {
			catalog.Request{Source: "plaid", CredentialType: "access_token", Credentials: map[string]string{"accessToken": "access-sandbox-ok"}, App: app},
			catalog.Result{ExternalID: "item_42", Identifier: "item_42", DisplayName: "ins_109508"},
		},
	}
}

func newVerifier(fake *fakesource.Server) *catalog.Verifier {
	return catalog.NewVerifier(catalog.Config{
		BaseURLs:        map[string]string{"shopify": fake.URL, "stripe": fake.URL, "xero": fake.URL, "plaid": fake.URL},
		XeroIdentityURL: fake.URL,
		Timeout:         300 * time.Millisecond,
	})
}

func TestVerifySuccess(t *testing.T) {
	fake := fakesource.Start()
	defer fake.Close()
	v := newVerifier(fake)
	for name, c := range requests(fake) {
		got, err := v.Verify(context.Background(), c.req)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if diff := cmp.Diff(c.want, *got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", name, diff)
		}
	}
}

func TestVerifyFailures(t *testing.T) {
	modes := []struct {
		name      string
		mode      fakesource.Mode
		reason    catalog.Reason
		revoked   bool
		transient bool
	}{
		{"401", fakesource.Mode{Status: http.StatusUnauthorized}, catalog.Unauthorized, true, false},
		{"403", fakesource.Mode{Status: http.StatusForbidden}, catalog.Forbidden, true, false},
		{"404", fakesource.Mode{Status: http.StatusNotFound}, catalog.NotFound, false, false},
		{"429", fakesource.Mode{Status: http.StatusTooManyRequests}, catalog.RateLimited, false, true},
		{"500", fakesource.Mode{Status: http.StatusInternalServerError}, catalog.Unavailable, false, true},
		{"slow", fakesource.Mode{Delay: time.Second}, catalog.Unavailable, false, true},
		{"malformed", fakesource.Mode{Malformed: true}, catalog.Malformed, false, true},
	}
	fake := fakesource.Start()
	defer fake.Close()
	v := newVerifier(fake)
	for name, c := range requests(fake) {
		for _, m := range modes {
			fake.SetMode(m.mode)
			start := time.Now()
			_, err := v.Verify(context.Background(), c.req)
			f := catalog.AsFailure(err)
			if f == nil {
				t.Errorf("%s, %s: err = %v, want a failure", name, m.name, err)
				continue
			}
			if f.Reason != m.reason || f.Revoked() != m.revoked || f.Transient() != m.transient {
				t.Errorf("%s, %s: %v (revoked %v, transient %v), want %s", name, m.name, f, f.Revoked(), f.Transient(), m.reason)
			}
			if elapsed := time.Since(start); elapsed > 2*time.Second {
				t.Errorf("%s, %s: took %v despite the timeout", name, m.name, elapsed)
			}
		}
	}
}

func TestVerifyRevokedAndExpired(t *testing.T) {
	fake := fakesource.Start()
	defer fake.Close()
	v := newVerifier(fake)
	cases := requests(fake)
	fake.Revoke("shpat_ok")
	if f := catalog.AsFailure(firstErr(v.Verify(context.Background(), cases["shopify"].req))); f == nil || f.Reason != catalog.Unauthorized {
		t.Errorf("revoked shopify token: %v", f)
	}
	fake.Revoke("access-sandbox-ok")
	if f := catalog.AsFailure(firstErr(v.Verify(context.Background(), cases["plaid"].req))); f == nil || f.Reason != catalog.Unauthorized {
		t.Errorf("revoked plaid token: %v", f)
	}
	x := cases["xero"].req
	if _, err := v.Verify(context.Background(), x); err != nil {
		t.Fatal(err)
	}
	// rt-1 was rotated by that call: using it again is an invalid grant.
	if f := catalog.AsFailure(firstErr(v.Verify(context.Background(), x))); f == nil || f.Reason != catalog.Expired || f.Revoked() || f.Transient() {
		t.Errorf("used refresh token: %v", f)
	}
}

func firstErr(_ *catalog.Result, err error) error { return err }

// TestGuardedByDefault verifies through a custom source and Shopify whose
// addresses a tenant or user chose, with no base URL from the operator:
// a local address is refused, plain http is refused, and the local fake
// hears nothing, while the operator's base URL still reaches it.
func TestGuardedByDefault(t *testing.T) {
	fake := fakesource.Start()
	defer fake.Close()
	fake.Allow("tok", "42")
	spec := &catalog.HTTPSpec{BaseURL: fake.URL, Method: http.MethodGet, Path: "/v1/account", Placement: "BEARER", Field: "token", IdentifierPath: "id"}
	custom := catalog.Request{Source: "crm-api", CredentialType: "default", Credentials: map[string]string{"token": "tok"}, Spec: spec}
	shop := catalog.Request{Source: "shopify", CredentialType: "access_token", Credentials: map[string]string{"myShopifyDomain": strings.TrimPrefix(fake.URL, "http://"), "accessToken": "tok"}}
	cases := []struct {
		name string
		cfg  catalog.Config
		req  catalog.Request
		want string
	}{
		{"custom, local address", catalog.Config{AllowHTTP: true}, custom, "refused: not a public address"},
		{"custom, plain http", catalog.Config{}, custom, "refused: plain http is not allowed"},
		{"shopify, local domain", catalog.Config{AllowHTTP: true}, shop, "refused: not a public address"},
		{"custom, another key's base URL", catalog.Config{AllowHTTP: true, BaseURLs: map[string]string{"shopify": fake.URL}}, custom, "refused: not a public address"},
	}
	for _, c := range cases {
		_, err := catalog.NewVerifier(c.cfg).Verify(context.Background(), c.req)
		if f := catalog.AsFailure(err); f == nil || f.Error() != c.want || f.Transient() || f.Revoked() {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
	if n := fake.Calls(); n != 0 {
		t.Errorf("the local fake received %d calls, want 0", n)
	}
	v := catalog.NewVerifier(catalog.Config{BaseURLs: map[string]string{"crm_api": fake.URL}})
	if got, err := v.Verify(context.Background(), custom); err != nil || got.Identifier != "42" {
		t.Errorf("through the operator's base URL (key spelled with _): %+v, %v", got, err)
	}
}
