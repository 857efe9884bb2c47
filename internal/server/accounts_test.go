package server_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

const createAccount = `mutation($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account { id identifier identifierKind displayName metadata foreignId isEnabled disabledReason verificationStatus
              source { key } creator { kind authAccess { id } } environment { slug } }
  }
}`

type accountFields struct {
	ID                 string
	Identifier         string
	IdentifierKind     string
	DisplayName        *string
	Metadata           map[string]any
	ForeignID          *string
	IsEnabled          bool
	DisabledReason     *string
	VerificationStatus string
	Source             struct{ Key string }
	Creator            struct {
		Kind       string
		AuthAccess *struct{ ID string }
	}
	Environment struct{ Slug string }
}

func shopify(identifier string) map[string]any {
	return map[string]any{
		"source": "shopify", "credentialType": "access_token", "identifier": identifier,
		"credentials": map[string]any{"myShopifyDomain": "acme.myshopify.com", "accessToken": "shpat_0123456789abcdef"},
	}
}

func TestCreateAccount(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		in := shopify("acme")
		in["displayName"], in["metadata"], in["foreignId"] = "Acme", map[string]any{"plan": "gold"}, "user-42"
		var got struct {
			CreateAccount struct {
				AlreadyExists bool
				Account       accountFields
			}
		}
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": in}, &got)
		acc := got.CreateAccount.Account
		want := accountFields{
			ID: acc.ID, Identifier: "acme", IdentifierKind: "CUSTOM", DisplayName: ptr("Acme"),
			Metadata: map[string]any{"plan": "gold"}, ForeignID: ptr("user-42"), IsEnabled: true,
			VerificationStatus: "VERIFIED", Source: struct{ Key string }{"shopify"},
			Environment: struct{ Slug string }{"production"},
		}
		want.Creator.Kind, want.Creator.AuthAccess = "API", &struct{ ID string }{admin.ID}
		if diff := cmp.Diff(want, acc); diff != "" || got.CreateAccount.AlreadyExists {
			t.Errorf("createAccount mismatch (-want +got):\n%s", diff)
		}
		// The same identifier for another shop is a conflict naming it.
		other := shopify("acme")
		other["credentials"] = map[string]any{"myShopifyDomain": "other.myshopify.com", "accessToken": "shpat_another_shop"}
		r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": other})
		if r.Code() != "CONFLICT" || !contains(r.Errors[0].Message, `"acme"`, "custom identifier") {
			t.Errorf("duplicate identifier: got %s", r.Body)
		}
		// Both lookups find it.
		for _, q := range []string{
			`query($id: ID) { account(id: $id) { id } }`,
			`{ account(source: "shopify", identifier: "acme") { id } }`,
		} {
			var found struct{ Account struct{ ID string } }
			s.Must(t, admin.Secret, q, map[string]any{"id": acc.ID}, &found)
			if found.Account.ID != acc.ID {
				t.Errorf("%s found %q, want %q", q, found.Account.ID, acc.ID)
			}
		}
		if r := s.Do(t, admin.Secret, `{ account(source: "shopify") { id } }`, nil); r.Code() != "BAD_USER_INPUT" {
			t.Errorf("account(source:) alone: got %s", r.Body)
		}
	})
}

func TestCreateAccountRejectsBadCredentials(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		cases := []struct {
			name       string
			input      map[string]any
			wantFields []string
		}{
			{"unknown source", map[string]any{"source": "myspace", "credentialType": "x", "credentials": map[string]any{}, "identifier": "a"}, []string{"source"}},
			{"unknown credential type", map[string]any{"source": "stripe", "credentialType": "password", "credentials": map[string]any{}, "identifier": "a"}, []string{"credentialType"}},
			{"missing, unknown and malformed fields", map[string]any{"source": "shopify", "credentialType": "access_token", "identifier": "a",
				"credentials": map[string]any{"myShopifyDomain": "not a domain", "password": "hunter2"}},
				[]string{"credentials.accessToken", "credentials.myShopifyDomain", "credentials.password"}},
			{"a field of the wrong type", map[string]any{"source": "stripe", "credentialType": "secret_key", "identifier": "a",
				"credentials": map[string]any{"secretKey": 42}}, []string{"credentials.secretKey"}},
			{"blank identifier", map[string]any{"source": "stripe", "credentialType": "secret_key", "identifier": "  ",
				"credentials": map[string]any{"secretKey": "sk_test_1"}}, []string{"identifier"}},
		}
		for _, c := range cases {
			r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": c.input})
			if r.Code() != "BAD_USER_INPUT" {
				t.Errorf("%s: got %s, want BAD_USER_INPUT", c.name, r.Body)
				continue
			}
			var fields []string
			for _, f := range r.Errors[0].Extensions.Fields {
				fields = append(fields, f.Field)
			}
			if diff := cmp.Diff(c.wantFields, fields); diff != "" {
				t.Errorf("%s: fields mismatch (-want +got):\n%s", c.name, diff)
			}
			if contains(r.Body, "hunter2") {
				t.Errorf("%s: the error repeats a credential value: %s", c.name, r.Body)
			}
		}
		var count struct{ Accounts struct{ TotalCount int } }
		s.Must(t, admin.Secret, `{ accounts { totalCount } }`, nil, &count)
		if count.Accounts.TotalCount != 0 {
			t.Errorf("%d accounts stored after failures, want 0", count.Accounts.TotalCount)
		}
	})
}

// TestConcurrentCreatesOfOneIdentifier connects one third-party account 50
// times at once: exactly one account results; the other calls find it.
func TestConcurrentCreatesOfOneIdentifier(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.ReadWriteNoCredentialsOut)
		const n = 50
		codes := make([]string, n)
		var mu sync.Mutex
		existed := 0
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				r := s.Do(t, admin.Secret, createAccount, map[string]any{"input": shopify("same")})
				codes[i] = r.Code()
				if strings.Contains(r.Body, `"alreadyExists":true`) {
					mu.Lock()
					existed++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		tally := map[string]int{}
		for _, c := range codes {
			tally[c]++
		}
		if tally[""] != n {
			t.Errorf("outcomes %v, want %d successes (one creation, the rest alreadyExists)", tally, n)
		}
		if created := n - existed; created != 1 {
			t.Errorf("%d calls created the account, want 1", created)
		}
		var count struct{ Accounts struct{ TotalCount int } }
		s.Must(t, admin.Secret, `{ accounts { totalCount } }`, nil, &count)
		if count.Accounts.TotalCount != 1 {
			t.Errorf("%d accounts, want 1", count.Accounts.TotalCount)
		}
	})
}

func TestAccountLifecycle(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		var created struct {
			CreateAccount struct{ Account accountFields }
		}
		in := shopify("acme")
		in["displayName"] = "Acme"
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": in}, &created)
		id := created.CreateAccount.Account.ID
		s.Must(t, admin.Secret, createAccount, map[string]any{"input": shopify("taken")}, &struct{}{})

		const update = `mutation($id: ID!, $change: AccountChange, $remove: [AccountField!]) {
		  updateAccount(id: $id, change: $change, remove: $remove) { account { identifier identifierKind displayName metadata foreignId } } }`
		var up struct {
			UpdateAccount struct {
				Account struct {
					Identifier, IdentifierKind string
					DisplayName, ForeignID     *string
					Metadata                   map[string]any
				}
			}
		}
		s.Must(t, admin.Secret, update, map[string]any{"id": id, "change": map[string]any{"identifier": "acme-2", "metadata": map[string]any{"a": 1.0}, "foreignId": "f"}, "remove": []string{"DISPLAY_NAME"}}, &up)
		a := up.UpdateAccount.Account
		if a.Identifier != "acme-2" || a.IdentifierKind != "CUSTOM" || a.DisplayName != nil || a.ForeignID == nil || a.Metadata["a"] != 1.0 {
			t.Errorf("after update: %+v", a)
		}
		for name, vars := range map[string]map[string]any{
			"changed and removed": {"id": id, "change": map[string]any{"displayName": "x"}, "remove": []string{"DISPLAY_NAME"}},
			"blank identifier":    {"id": id, "change": map[string]any{"identifier": ""}},
		} {
			if r := s.Do(t, admin.Secret, update, vars); r.Code() != "BAD_USER_INPUT" {
				t.Errorf("%s: got %s", name, r.Body)
			}
		}
		if r := s.Do(t, admin.Secret, update, map[string]any{"id": id, "change": map[string]any{"identifier": "taken"}}); r.Code() != "CONFLICT" || !contains(r.Body, `\"taken\"`) {
			t.Errorf("identifier in use: got %s", r.Body)
		}

		type state struct {
			IsEnabled      bool
			DisabledReason *string
		}
		var off struct{ DisableAccount struct{ Account state } }
		s.Must(t, admin.Secret, `mutation($id: ID!) { disableAccount(id: $id) { account { isEnabled disabledReason } } }`, map[string]any{"id": id}, &off)
		if off.DisableAccount.Account.IsEnabled || off.DisableAccount.Account.DisabledReason == nil || *off.DisableAccount.Account.DisabledReason != "MANUAL" {
			t.Errorf("after disable: %+v", off.DisableAccount.Account)
		}
		var on struct{ EnableAccount struct{ Account state } }
		s.Must(t, admin.Secret, `mutation($id: ID!) { enableAccount(id: $id) { account { isEnabled disabledReason } } }`, map[string]any{"id": id}, &on)
		if !on.EnableAccount.Account.IsEnabled || on.EnableAccount.Account.DisabledReason != nil {
			t.Errorf("after enable: %+v", on.EnableAccount.Account)
		}
		var del struct{ DeleteAccount struct{ DeletedID string } }
		s.Must(t, admin.Secret, `mutation($id: ID!) { deleteAccount(id: $id) { deletedId } }`, map[string]any{"id": id}, &del)
		if r := s.Do(t, admin.Secret, `query($id: ID) { account(id: $id) { id } }`, map[string]any{"id": id}); r.Code() != "NOT_FOUND" {
			t.Errorf("deleted account: got %s", r.Body)
		}
		if r := s.Do(t, admin.Secret, `mutation($id: ID!) { deleteAccount(id: $id) { deletedId } }`, map[string]any{"id": id}); r.Code() != "NOT_FOUND" {
			t.Errorf("deleting twice: got %s", r.Body)
		}

		// Every mutation left an event, in order, naming the key.
		var ev struct {
			Events struct {
				Edges []struct {
					Node struct {
						Type, SubjectID string
						AuthAccess      *struct{ ID string }
					}
				}
			}
		}
		s.Must(t, admin.Secret, `query($id: String) { events(where: {subjectId: $id}, orderBy: [{field: CREATED_TIME}]) { edges { node { type subjectId authAccess { id } } } } }`, map[string]any{"id": id}, &ev)
		var types []string
		for _, e := range ev.Events.Edges {
			types = append(types, e.Node.Type)
			if e.Node.AuthAccess == nil || e.Node.AuthAccess.ID != admin.ID {
				t.Errorf("event %s does not name the key", e.Node.Type)
			}
		}
		want := []string{"ACCOUNT_ADDED", "ACCOUNT_UPDATED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED", "ACCOUNT_DELETED"}
		if diff := cmp.Diff(want, types); diff != "" {
			t.Errorf("events mismatch (-want +got):\n%s", diff)
		}
	})
}

func ptr[T any](v T) *T { return &v }

func contains(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}
