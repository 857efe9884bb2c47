package server_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

// customAPI is a third-party API that accepts the token "good-token" in the
// place each path names.
func customAPI() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var token string
		switch r.URL.Path {
		case "/bearer":
			token = strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		case "/basic":
			user, pass, _ := r.BasicAuth()
			token = user + ":" + pass
		case "/header":
			token = r.Header.Get("X-Api-Key")
		case "/query":
			token = r.URL.Query().Get("api_key")
		}
		if token != "good-token" && token != "good-token:pw" {
			http.Error(w, `{"error":"unauthorized"}`, http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"data": {"account": {"id": 123456789012345678, "name": "Acme via `+r.URL.Path+`"}}}`)
	}))
}

const createCustom = `mutation($in: CreateCustomSourceInput!) { createCustomSource(input: $in) { source { id key name verification { placement identifierPath } credentialTypes { key fields { name secret } } } } }`

func customSource(key, baseURL, placement string) map[string]any {
	in := map[string]any{
		"key": key, "name": "Custom " + placement, "baseUrl": baseURL, "path": "/" + strings.ToLower(placement),
		"placement": placement, "field": "token", "identifierPath": "data.account.id", "displayNamePath": "data.account.name",
		"fields": []map[string]any{{"name": "token", "label": "API token", "secret": true}, {"name": "password", "label": "Password", "required": false}},
	}
	switch placement {
	case "BASIC":
		in["passwordField"] = "password"
	case "HEADER":
		in["paramName"] = "X-Api-Key"
	case "QUERY":
		in["paramName"] = "api_key"
	}
	return in
}

// customBase is the public base URL of the custom sources of the tests;
// the operator's base URL of their key sends the calls to a local fake.
const customBase = "https://crm.example"

// placements lists where a custom source's credential can go.
var placements = []string{"BEARER", "BASIC", "HEADER", "QUERY"}

func TestCustomSources(t *testing.T) {
	api := customAPI()
	defer api.Close()
	overrides := func(c *server.Config) {
		for _, p := range placements {
			c.Verify.BaseURLs["crm-"+strings.ToLower(p)] = api.URL
		}
	}
	testenv.RunWith(t, overrides, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.ReadWriteNoCredentialsOut)
		reader := s.NewKey(t, "production", auth.ReadOnly)
		stranger := s.NewKey(t, "staging", auth.FullAccess)

		for _, placement := range placements {
			key := "crm-" + strings.ToLower(placement)
			s.Must(t, admin.Secret, createCustom, map[string]any{"in": customSource(key, customBase, placement)}, &struct{}{})
			creds := map[string]any{"token": "good-token"}
			if placement == "BASIC" {
				creds = map[string]any{"token": "good-token", "password": "pw"}
			}
			var out struct {
				CreateAccount struct {
					Account struct {
						Identifier, VerificationStatus string
						DisplayName                    *string
					}
				}
			}
			s.Must(t, admin.Secret, `mutation($in: CreateAccountInput!) { createAccount(input: $in) { account { identifier verificationStatus displayName } } }`,
				map[string]any{"in": map[string]any{"source": key, "credentialType": "default", "credentials": creds}}, &out)
			a := out.CreateAccount.Account
			if a.Identifier != "123456789012345678" || a.VerificationStatus != "VERIFIED" || a.DisplayName == nil || !strings.Contains(*a.DisplayName, "Acme") {
				t.Errorf("%s: account %+v", placement, a)
			}
			r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": map[string]any{"source": key, "credentialType": "default",
				"credentials": map[string]any{"token": "bad-token"}}})
			if r.Code() != "VERIFICATION_FAILED" || !strings.Contains(r.Errors[0].Message, "unauthorized") {
				t.Errorf("%s with a bad token: %s", placement, r.Body)
			}
		}

		// Only keys that may write describe sources; definitions are checked.
		if r := s.Do(t, reader.Secret, createCustom, map[string]any{"in": customSource("crm-x", customBase, "BEARER")}); r.Code() != "FORBIDDEN" {
			t.Errorf("a READ_ONLY key creating a source: %s", r.Body)
		}
		bad := customSource("shopify", "ftp://example.com", "CARRIER_PIGEON")
		bad["identifierPath"], bad["field"] = "data..id", "nope"
		r := s.Do(t, admin.Secret, createCustom, map[string]any{"in": bad})
		var fields []string
		for _, f := range r.Errors[0].Extensions.Fields {
			fields = append(fields, f.Field)
		}
		if r.Code() != "BAD_USER_INPUT" || strings.Join(fields, ",") != "key,baseUrl,placement,field,identifierPath" {
			t.Errorf("a bad definition: %s", r.Body)
		}
		if r := s.Do(t, admin.Secret, createCustom, map[string]any{"in": customSource("crm-bearer", customBase, "BEARER")}); r.Code() != "CONFLICT" {
			t.Errorf("a key in use: %s", r.Body)
		}

		// Another environment sees none of it, and may use the same key.
		var seen struct {
			Sources struct {
				Edges []struct{ Node struct{ Key string } }
			}
		}
		s.Must(t, stranger.Secret, `{ sources(first: 100) { edges { node { key } } } }`, nil, &seen)
		if len(seen.Sources.Edges) != 4 {
			t.Errorf("another environment sees %d sources, want the 4 built-in ones", len(seen.Sources.Edges))
		}
		if r := s.Do(t, stranger.Secret, `{ source(key: "crm-bearer") { id } }`, nil); r.Code() != "NOT_FOUND" {
			t.Errorf("another environment's custom source: %s", r.Body)
		}
		s.Must(t, stranger.Secret, createCustom, map[string]any{"in": customSource("crm-bearer", customBase, "BEARER")}, &struct{}{})
	})
}

// TestCustomSourceBaseURLMustBePublic creates custom sources whose base
// URL names a non-public address literally, in every spelling a resolver
// may accept: each is refused on baseUrl.
func TestCustomSourceBaseURLMustBePublic(t *testing.T) {
	bases := []string{
		"https://127.0.0.1", "https://127.0.0.1:8443", "https://localhost", "https://LOCALHOST.", "https://api.localhost",
		"https://[::1]", "https://0.0.0.0", "https://[::]", "https://2130706433", "https://0x7f000001", "https://0177.0.0.1",
		"https://127.1", "https://0x7f.1", "https://169.254.169.254", "https://[fd00:ec2::254]", "https://10.1.2.3",
		"https://172.16.0.1", "https://192.168.1.1", "https://100.64.0.1", "https://[fd00::1]", "https://[fe80::1]",
		"https://[::ffff:127.0.0.1]", "https://[::ffff:7f00:1]", "https://[64:ff9b::7f00:1]", "https://[2002:7f00:1::]",
		"https://224.0.0.1", "https://255.255.255.255", "https://192.0.2.1", "https://999.1.1.1",
	}
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.ReadWriteNoCredentialsOut)
		for i, base := range bases {
			r := s.Do(t, admin.Secret, createCustom, map[string]any{"in": customSource(fmt.Sprintf("crm-%d", i), base, "BEARER")})
			if r.Code() != "BAD_USER_INPUT" || len(r.Errors[0].Extensions.Fields) != 1 ||
				r.Errors[0].Extensions.Fields[0].Field != "baseUrl" || r.Errors[0].Extensions.Fields[0].Message != "must be a public address" {
				t.Errorf("%s: got %s, want BAD_USER_INPUT on baseUrl", base, r.Body)
			}
		}
		s.Must(t, admin.Secret, createCustom, map[string]any{"in": customSource("crm-public", "https://api.example.com:8443/v2", "BEARER")}, &struct{}{})
	})
}

// TestCustomSourceMayNotTakeABuiltinName creates custom sources named like
// built-in ones: each is refused on name.
func TestCustomSourceMayNotTakeABuiltinName(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.ReadWriteNoCredentialsOut)
		for i, name := range []string{"Stripe", " shopify ", "XERO", "plaid\t"} {
			in := customSource(fmt.Sprintf("crm-%d", i), "https://api.example.com", "BEARER")
			in["name"] = name
			r := s.Do(t, admin.Secret, createCustom, map[string]any{"in": in})
			if r.Code() != "BAD_USER_INPUT" || len(r.Errors[0].Extensions.Fields) != 1 || r.Errors[0].Extensions.Fields[0].Field != "name" {
				t.Errorf("%q: got %s, want BAD_USER_INPUT on name", name, r.Body)
			}
		}
	})
}
