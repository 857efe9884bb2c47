package server_test

import (
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestTenantIsolation checks that a key of one environment never sees or
// touches another environment's objects: by node id, by lookups, through
// connections or through filters.
func TestTenantIsolation(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		a := s.NewKey(t, "tenant-a", auth.FullAccess)
		b := s.NewKey(t, "tenant-b", auth.FullAccess)
		var accA struct {
			CreateAccount struct{ Account struct{ ID string } }
		}
		s.Must(t, a.Secret, `mutation { createAccount(input: {source: "stripe", credentialType: "secret_key",
			credentials: {secretKey: "sk_test_tenantA"}, identifier: "shared-id", foreignId: "f-a"}) { account { id } } }`, nil, &accA)
		idA := accA.CreateAccount.Account.ID
		// B may use the same identifier: uniqueness is per environment.
		s.Must(t, b.Secret, `mutation { createAccount(input: {source: "stripe", credentialType: "secret_key",
			credentials: {secretKey: "sk_test_tenantB"}, identifier: "shared-id"}) { account { id } } }`, nil, &struct{}{})

		reads := []struct {
			name, query string
			vars        map[string]any
		}{
			{"node", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": idA}},
			{"nodes", `query($id: ID!) { nodes(ids: [$id]) { id } }`, map[string]any{"id": idA}},
			{"account by id", `query($id: ID) { account(id: $id) { id } }`, map[string]any{"id": idA}},
			{"key by id", `query($id: ID) { authAccess(id: $id) { id } }`, map[string]any{"id": a.ID}},
			{"key by token", `query($t: String) { authAccess(token: $t) { id } }`, map[string]any{"t": a.Token}},
			{"node of a key", `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": a.ID}},
		}
		for _, r := range reads {
			res := s.Do(t, b.Secret, r.query, r.vars)
			if strings.Contains(res.Body, idA) || strings.Contains(res.Body, a.ID) {
				t.Errorf("%s: tenant B saw tenant A's object: %s", r.name, res.Body)
			}
			if res.Code() != "NOT_FOUND" && !strings.Contains(res.Body, `"nodes":[null]`) {
				t.Errorf("%s: got %s, want NOT_FOUND", r.name, res.Body)
			}
		}
		lists := []string{
			`{ accounts(where: {identifier: "shared-id"}) { totalCount edges { node { id } } } }`,
			`{ accounts(where: {foreignId: "f-a"}) { totalCount edges { node { id } } } }`,
			`{ authAccesses { totalCount edges { node { id } } } }`,
			`{ events { totalCount edges { node { subjectId } } } }`,
		}
		for _, q := range lists {
			res := s.Do(t, b.Secret, q, nil)
			if res.Code() != "" || strings.Contains(res.Body, idA) || strings.Contains(res.Body, a.ID) {
				t.Errorf("%s: tenant B saw tenant A's objects: %s", q, res.Body)
			}
		}
		writes := []string{
			`mutation($id: ID!) { updateAccount(id: $id, change: {displayName: "pwned"}) { account { id } } }`,
			`mutation($id: ID!) { disableAccount(id: $id) { account { id } } }`,
			`mutation($id: ID!) { deleteAccount(id: $id) { deletedId } }`,
		}
		for _, q := range writes {
			if res := s.Do(t, b.Secret, q, map[string]any{"id": idA}); res.Code() != "NOT_FOUND" {
				t.Errorf("%s: got %s, want NOT_FOUND", q, res.Body)
			}
		}
		for _, q := range []string{
			`mutation($id: ID!) { disableAuthAccess(id: $id) { authAccess { id } } }`,
			`mutation($id: ID!) { rotateAuthAccessSecret(id: $id) { secretKey } }`,
		} {
			if res := s.Do(t, b.Secret, q, map[string]any{"id": a.ID}); res.Code() != "NOT_FOUND" {
				t.Errorf("%s: got %s, want NOT_FOUND", q, res.Body)
			}
		}
		// A's account is untouched.
		var still struct {
			Account struct {
				DisplayName *string
				IsEnabled   bool
			}
		}
		s.Must(t, a.Secret, `query($id: ID) { account(id: $id) { displayName isEnabled } }`, map[string]any{"id": idA}, &still)
		if still.Account.DisplayName == nil || *still.Account.DisplayName == "pwned" || !still.Account.IsEnabled {
			t.Errorf("tenant A's account was changed: %+v", still.Account)
		}
		if res := s.Do(t, a.Secret, `{ viewer { permission } }`, nil); res.Code() != "" {
			t.Errorf("tenant A's key stopped working: %s", res.Body)
		}
	})
}
