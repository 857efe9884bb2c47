package server_test

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/graph"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/server"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestTextThatCannotBeStored: a NUL character in any text argument, or a
// document that is not valid UTF-8, is BAD_USER_INPUT on both databases,
// and nothing is written. Before, PostgreSQL answered INTERNAL and SQLite
// stored the NUL.
func TestTextThatCannotBeStored(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		for name, in := range map[string]map[string]any{
			"identifier":     withField(shopify("nul\x00id"), "", nil),
			"display name":   withField(shopify("nul-name"), "displayName", "a\x00b"),
			"metadata value": withField(shopify("nul-meta"), "metadata", map[string]any{"k": "v\x00"}),
			"metadata key":   withField(shopify("nul-key"), "metadata", map[string]any{"k\x00": "v"}),
		} {
			r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": in})
			if r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, "NUL") {
				t.Errorf("%s with a NUL: %.300s", name, r.Body)
			}
		}
		var n int
		if err := s.DB.SQL.QueryRow(`SELECT count(*) FROM accounts`).Scan(&n); err != nil || n != 0 {
			t.Errorf("%d accounts were written (%v)", n, err)
		}
		q := url.Values{"query": {"{ account(source: \"shopify\", identifier: \"\xff\") { id } }"}}
		req := s.URL + "/graphql?" + q.Encode()
		if status, body, _ := getWithKey(t, req, admin.Secret); status >= 500 || !strings.Contains(body, "not valid UTF-8") {
			t.Errorf("a document that is not UTF-8: %d %s", status, body)
		}
	})
}

// withField returns in with field set to v (when field is not empty).
func withField(in map[string]any, field string, v any) map[string]any {
	if field != "" {
		in[field] = v
	}
	return in
}

// TestIdentifiersAreNormalized: an identifier is stored without surrounding
// spaces and in Unicode form C, and looked up the same way, so that the same
// text typed differently names the same account; one with invisible
// characters is refused. Before, spaces were trimmed at creation but not at
// lookup, and NFC and NFD spellings made two accounts.
func TestIdentifiersAreNormalized(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		nfd := "Cafe\u0301" // "Café", with a combining accent
		var got struct {
			CreateAccount struct {
				Account struct{ ID, Identifier string }
			}
		}
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("  " + nfd + " ")}, &got)
		if got.CreateAccount.Account.Identifier != "Café" {
			t.Errorf("stored as %q, want %q", got.CreateAccount.Account.Identifier, "Café")
		}
		for _, spelling := range []string{"Café", nfd, " Café  "} {
			var found struct{ Account *struct{ ID string } }
			s.Must(t, admin.Secret, `query($i: String) { account(source: "shopify", identifier: $i) { id } }`, map[string]any{"i": spelling}, &found)
			if found.Account == nil || found.Account.ID != got.CreateAccount.Account.ID {
				t.Errorf("looking up %q found %+v", spelling, found.Account)
			}
		}
		other := shopify("Café")
		other["credentials"] = map[string]any{"myShopifyDomain": "other.myshopify.com", "accessToken": "shpat_another"}
		if r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": other}); r.Code() != "CONFLICT" {
			t.Errorf("the same identifier in form C, for another shop: %s", r.Body)
		}
		for _, hidden := range []string{"Ca\u200bfé", "Caf\u200dé", "\u202eCafé"} {
			if r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": shopify(hidden)}); r.Code() != "BAD_USER_INPUT" {
				t.Errorf("an identifier with an invisible character %q: %s", hidden, r.Body)
			}
		}
	})
}

// TestStoredAndReturnedSizes: metadata is bounded when written, credential
// values too, and an answer larger than the response bound is replaced by
// an error asking for less. Before, 100 accounts with 950 KB of metadata
// made one page of 90 MB, and 12 at once took the server to 5.9 GB.
func TestStoredAndReturnedSizes(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		big := map[string]any{"blob": strings.Repeat("x", 17<<10)}
		if r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": withField(shopify("big"), "metadata", big)}); r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, `"field":"metadata"`) {
			t.Errorf("17 KiB of metadata: %.300s", r.Body)
		}
		var got struct {
			CreateAccount struct{ Account struct{ ID string } }
		}
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("small")}, &got)
		if r := s.Do(t, admin.Secret, `mutation($id: ID!, $m: Map) { updateAccount(id: $id, change: {metadata: $m}) { account { id } } }`, map[string]any{"id": got.CreateAccount.Account.ID, "m": big}); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("17 KiB of metadata in an update: %.300s", r.Body)
		}
		long := shopify("long-token")
		long["credentials"] = map[string]any{"myShopifyDomain": "acme.myshopify.com", "accessToken": "shpat_" + strings.Repeat("a", 5000)}
		if r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": long}); r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, "longer than 4096 bytes") {
			t.Errorf("a credential of 5 KB: %.300s", r.Body)
		}
		for field, value := range map[string]string{"displayName": strings.Repeat("n", 256), "foreignId": strings.Repeat("f", 256)} {
			r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": withField(shopify("long-"+field), field, value)})
			if r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, `"field":"`+field+`"`) {
				t.Errorf("a %s of 256 bytes: %.300s", field, r.Body)
			}
		}
	})
	s := testenv.StartWith(t, testenv.Backends()[0], func(c *server.Config) { c.Limits = graph.Limits{ResponseBytes: 4096} })
	admin := s.NewKey(t, "production", auth.FullAccess)
	for i := range 5 {
		in := withField(shopify(fmt.Sprintf("meta-%d", i)), "metadata", map[string]any{"notes": strings.Repeat("m", 1000)})
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": in}, &map[string]any{})
	}
	if r := s.Do(t, admin.Secret, `{ accounts { edges { node { metadata } } } }`, nil); r.Code() != "BAD_USER_INPUT" || !strings.Contains(r.Body, "over the limit of 4096") || strings.Contains(r.Body, "mmmm") {
		t.Errorf("an answer over the response bound: %.300s", r.Body)
	}
}

// TestMetricsLabelsAreBounded: operation names from requests without a
// key (refused before they are read), or that are not GraphQL names, make
// no series, and custom sources,
// whose keys are their tenants', are all labelled "custom". Before, 200
// anonymous names of 20 KB made /metrics 71 MB, and every environment's
// custom source keys showed.
func TestMetricsLabelsAreBounded(t *testing.T) {
	api := customAPI()
	defer api.Close()
	testenv.RunWith(t, func(c *server.Config) { c.Verify.BaseURLs["secret-crm"] = api.URL }, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		for i := range 50 {
			name := fmt.Sprintf("Op%d%s", i, strings.Repeat("x", 2000))
			s.Post(t, "", map[string]any{"query": "query " + name + " { __typename }", "operationName": name})
		}
		s.Post(t, admin.Secret, map[string]any{"query": "query " + strings.Repeat("Long", 30) + " { __typename }"})
		s.Must(t, admin.Secret, createCustom, map[string]any{"in": customSource("secret-crm", "https://crm.example", "BEARER")}, &map[string]any{})
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": map[string]any{"source": "secret-crm", "credentialType": "default", "identifier": "c1",
			"credentials": map[string]any{"token": "good-token"}}}, &map[string]any{})
		_, body, _ := get(t, s.URL+"/metrics")
		if strings.Contains(body, "xxxx") || strings.Contains(body, "LongLong") || strings.Contains(body, "secret-crm") {
			t.Errorf("/metrics holds caller-chosen names or a tenant's source key: %d bytes", len(body))
		}
		if !strings.Contains(body, `source="custom"`) {
			t.Errorf("/metrics lacks the bounded labels:\n%s", grepLatchkey(body))
		}
	})
}

// getWithKey sends a GET request with secret as its bearer key.
func getWithKey(t *testing.T, url, secret string) (int, string, http.Header) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), resp.Header
}
