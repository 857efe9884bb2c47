package server_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// Outcomes of the permission matrix.
const (
	ok        = "ok"        // allowed
	own       = "own"       // allowed, but shows only what the caller created (or itself)
	forbidden = "FORBIDDEN" // refused
	notFound  = "NOT_FOUND" // the caller cannot see the object at all
)

// fixture holds the objects one matrix cell acts on, made by a FULL_ACCESS key.
type fixture struct {
	account, readOnlyKey, fullKey string
}

// operation is one query or mutation of the API with its variables.
type operation struct {
	name  string
	query string
	vars  func(f fixture) map[string]any
	// list, when set, is the path to a connection whose edges count as the
	// result: "own" expects none of the fixture's objects in it.
	list string
}

var operations = []operation{
	{name: "viewer", query: `{ viewer { permission authAccess { id } environment { slug } } }`},
	{name: "sources", query: `{ sources { edges { node { key credentialTypes { key } } } } }`},
	{name: "source", query: `{ source(key: "stripe") { name } }`},
	{name: "accounts", query: `{ accounts(orderBy: [{field: CREATED_TIME, direction: DESC}]) { totalCount edges { node { id } } } }`, list: "accounts"},
	{name: "account", query: `query($id: ID) { account(id: $id) { id } }`, vars: func(f fixture) map[string]any { return map[string]any{"id": f.account} }},
	{name: "node(account)", query: `query($id: ID!) { node(id: $id) { id } }`, vars: func(f fixture) map[string]any { return map[string]any{"id": f.account} }},
	{name: "authAccesses", query: `{ authAccesses(orderBy: [{field: CREATED_TIME, direction: DESC}]) { edges { node { id } } } }`, list: "authAccesses"},
	{name: "authAccess", query: `query($id: ID) { authAccess(id: $id) { id } }`, vars: func(f fixture) map[string]any { return map[string]any{"id": f.readOnlyKey} }},
	{name: "events", query: `{ events { edges { node { type } } } }`},
	{name: "createAccount", query: `mutation($id: String!) { createAccount(input: {source: "stripe", credentialType: "secret_key", credentials: {secretKey: "sk_test_abc"}, identifier: $id}) { account { id } } }`,
		vars: func(f fixture) map[string]any { return map[string]any{"id": "new-" + f.account} }},
	{name: "updateAccount", query: `mutation($id: ID!) { updateAccount(id: $id, change: {displayName: "x"}) { account { id } } }`, vars: accountVar},
	{name: "disableAccount", query: `mutation($id: ID!) { disableAccount(id: $id) { account { id } } }`, vars: accountVar},
	{name: "enableAccount", query: `mutation($id: ID!) { enableAccount(id: $id) { account { id } } }`, vars: accountVar},
	{name: "verifyAccount", query: `mutation($id: ID!) { verifyAccount(id: $id) { account { id } } }`, vars: accountVar},
	{name: "revealAccountCredentials", query: `mutation($id: ID!) { revealAccountCredentials(id: $id) { credentials } }`, vars: accountVar},
	{name: "platformApps", query: `{ platformApps { edges { node { id } } } }`},
	{name: "createPlatformApp", query: `mutation($name: String!) { createPlatformApp(input: {source: "plaid", name: $name, clientId: "c", clientSecret: "s"}) { platformApp { id } } }`,
		vars: func(f fixture) map[string]any { return map[string]any{"name": "app-" + f.account} }},
	{name: "createCustomSource", query: `mutation($key: String!) { createCustomSource(input: {key: $key, name: "n", baseUrl: "https://api.example.com", path: "/me",
		placement: "BEARER", field: "token", identifierPath: "id", fields: [{name: "token", label: "Token"}]}) { source { id } } }`,
		vars: func(f fixture) map[string]any {
			return map[string]any{"key": "c" + strings.ToLower(f.account[len(f.account)-10:])}
		}},
	{name: "deleteAccount", query: `mutation($id: ID!) { deleteAccount(id: $id) { deletedId } }`, vars: accountVar},
	{name: "createAuthAccess(READ_ONLY)", query: `mutation { createAuthAccess(input: {name: "n", permission: READ_ONLY}) { secretKey } }`},
	{name: "createAuthAccess(READ_WRITE_NO_CREDENTIALS_OUT)", query: `mutation { createAuthAccess(input: {name: "n", permission: READ_WRITE_NO_CREDENTIALS_OUT}) { secretKey } }`},
	{name: "createAuthAccess(FULL_ACCESS)", query: `mutation { createAuthAccess(input: {name: "n", permission: FULL_ACCESS}) { secretKey } }`},
	{name: "updateAuthAccess(READ_ONLY key)", query: `mutation($id: ID) { updateAuthAccess(id: $id, change: {description: "x"}) { authAccess { id } } }`, vars: readOnlyKeyVar},
	{name: "disableAuthAccess(READ_ONLY key)", query: `mutation($id: ID!) { disableAuthAccess(id: $id) { authAccess { id } } }`, vars: readOnlyKeyVar},
	{name: "enableAuthAccess(READ_ONLY key)", query: `mutation($id: ID!) { enableAuthAccess(id: $id) { authAccess { id } } }`, vars: readOnlyKeyVar},
	{name: "rotateAuthAccessSecret(READ_ONLY key)", query: `mutation($id: ID!) { rotateAuthAccessSecret(id: $id) { secretKey } }`, vars: readOnlyKeyVar},
	{name: "disableAuthAccess(FULL_ACCESS key)", query: `mutation($id: ID!) { disableAuthAccess(id: $id) { authAccess { id } } }`, vars: fullKeyVar},
	{name: "rotateAuthAccessSecret(FULL_ACCESS key)", query: `mutation($id: ID!) { rotateAuthAccessSecret(id: $id) { secretKey } }`, vars: fullKeyVar},
}

func accountVar(f fixture) map[string]any     { return map[string]any{"id": f.account} }
func readOnlyKeyVar(f fixture) map[string]any { return map[string]any{"id": f.readOnlyKey} }
func fullKeyVar(f fixture) map[string]any     { return map[string]any{"id": f.fullKey} }

// matrix is the expected outcome of each operation for each level, in the
// order CREDENTIALS_IN_ONLY, READ_ONLY, READ_CREDENTIALS_IN,
// READ_WRITE_NO_CREDENTIALS_OUT, FULL_ACCESS.
var matrix = map[string][5]string{
	"viewer":                      {ok, ok, ok, ok, ok},
	"sources":                     {ok, ok, ok, ok, ok},
	"source":                      {ok, ok, ok, ok, ok},
	"accounts":                    {own, ok, ok, ok, ok},
	"account":                     {notFound, ok, ok, ok, ok},
	"node(account)":               {notFound, ok, ok, ok, ok},
	"authAccesses":                {own, ok, ok, ok, ok},
	"authAccess":                  {notFound, ok, ok, ok, ok},
	"events":                      {forbidden, ok, ok, ok, ok},
	"createAccount":               {ok, forbidden, ok, ok, ok},
	"updateAccount":               {notFound, forbidden, forbidden, ok, ok},
	"disableAccount":              {notFound, forbidden, forbidden, ok, ok},
	"enableAccount":               {notFound, forbidden, forbidden, ok, ok},
	"deleteAccount":               {notFound, forbidden, forbidden, ok, ok},
	"createCustomSource":          {forbidden, forbidden, forbidden, ok, ok},
	"verifyAccount":               {forbidden, forbidden, forbidden, ok, ok},
	"revealAccountCredentials":    {forbidden, forbidden, forbidden, forbidden, ok},
	"platformApps":                {ok, ok, ok, ok, ok},
	"createPlatformApp":           {forbidden, forbidden, forbidden, ok, ok},
	"createAuthAccess(READ_ONLY)": {forbidden, forbidden, forbidden, ok, ok},
	"createAuthAccess(READ_WRITE_NO_CREDENTIALS_OUT)": {forbidden, forbidden, forbidden, ok, ok},
	"createAuthAccess(FULL_ACCESS)":                   {forbidden, forbidden, forbidden, forbidden, ok},
	"updateAuthAccess(READ_ONLY key)":                 {notFound, forbidden, forbidden, ok, ok},
	"disableAuthAccess(READ_ONLY key)":                {notFound, forbidden, forbidden, ok, ok},
	"enableAuthAccess(READ_ONLY key)":                 {notFound, forbidden, forbidden, ok, ok},
	"rotateAuthAccessSecret(READ_ONLY key)":           {notFound, forbidden, forbidden, ok, ok},
	"disableAuthAccess(FULL_ACCESS key)":              {notFound, forbidden, forbidden, forbidden, ok},
	"rotateAuthAccessSecret(FULL_ACCESS key)":         {notFound, forbidden, forbidden, forbidden, ok},
}

func TestPermissionMatrix(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		n := 0
		newFixture := func() fixture {
			n++
			var acc struct {
				CreateAccount struct{ Account struct{ ID string } }
			}
			// A token of its own: deleting a fixture revokes its token at
			// the fake source.
			s.Must(t, admin.Secret, `mutation($id: String!, $token: String!) { createAccount(input: {source: "shopify", credentialType: "access_token",
				credentials: {myShopifyDomain: "shop.myshopify.com", accessToken: $token}, identifier: $id}) { account { id } } }`,
				map[string]any{"id": fmt.Sprintf("fixture-%d", n), "token": fmt.Sprintf("shpat_x%d", n)}, &acc)
			return fixture{
				account:     acc.CreateAccount.Account.ID,
				readOnlyKey: s.NewKey(t, "production", auth.ReadOnly).ID,
				fullKey:     s.NewKey(t, "production", auth.FullAccess).ID,
			}
		}
		for i, level := range auth.Permissions() {
			caller := s.NewKey(t, "production", level)
			for _, op := range operations {
				want := matrix[op.name][i]
				f := newFixture()
				var vars map[string]any
				if op.vars != nil {
					vars = op.vars(f)
				}
				r := s.Do(t, caller.Secret, op.query, vars)
				if got := outcome(t, r, op, f); got != want {
					t.Errorf("%s × %s = %s, want %s\n%s", level, op.name, got, want, r.Body)
				}
			}
		}
	})
}

// outcome classifies a response: an error code, or ok/own for a success.
func outcome(t *testing.T, r *testenv.Result, op operation, f fixture) string {
	if code := r.Code(); code != "" {
		return code
	}
	if op.list == "" {
		return ok
	}
	var data map[string]struct {
		Edges []struct{ Node struct{ ID string } }
	}
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.Fatal(err)
	}
	for _, e := range data[op.list].Edges {
		if e.Node.ID == f.account || e.Node.ID == f.readOnlyKey || e.Node.ID == f.fullKey {
			return ok
		}
	}
	return own
}
