package server_test

import (
	"fmt"
	"hash/crc32"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/latchkey/latchkey/examples/go/latchkey"
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

func shopify(identifier string) map[string]any {
	return map[string]any{
		"source": "shopify", "credentialType": "access_token", "identifier": identifier,
		"credentials": map[string]any{"myShopifyDomain": "acme.myshopify.com", "accessToken": shopifyToken(identifier)},
	}
}

// shopifyToken is the access token of the test account with identifier:
// one of its own, since deleting an account revokes its token at the fake
// source.
func shopifyToken(identifier string) string {
	return fmt.Sprintf("shpat_0123456789abcdef%08x", crc32.ChecksumIEEE([]byte(identifier)))
}

// shopifyInput is shopify as the typed client's input.
func shopifyInput(identifier string) latchkey.CreateAccountInput {
	return latchkey.CreateAccountInput{
		Source: "shopify", CredentialType: "access_token", Identifier: &identifier,
		Credentials: map[string]any{"myShopifyDomain": "acme.myshopify.com", "accessToken": shopifyToken(identifier)},
	}
}

func TestCreateAccount(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		ctx := t.Context()
		admin := s.NewKey(t, "production", auth.FullAccess)
		c := s.Client(admin.Secret)
		in := shopifyInput("acme")
		in.DisplayName, in.Metadata, in.ForeignId = ptr("Acme"), map[string]any{"plan": "gold"}, ptr("user-42")
		got, err := latchkey.CreateAccount(ctx, c, in)
		if err != nil {
			t.Fatal(err)
		}
		acc := got.CreateAccount.Account.AccountFields
		want := latchkey.AccountFields{
			Id: acc.Id, Identifier: "acme", IdentifierKind: latchkey.IdentifierKindCustom, DisplayName: ptr("Acme"),
			Metadata: map[string]any{"plan": "gold"}, ForeignId: ptr("user-42"), IsEnabled: true,
			VerificationStatus: latchkey.VerificationStatusVerified,
			Source:             latchkey.AccountFieldsSource{Key: "shopify"},
			Creator:            latchkey.AccountFieldsCreator{Kind: latchkey.CreatorKindApi, AuthAccess: &latchkey.AccountFieldsCreatorAuthAccess{Id: admin.ID}},
			Environment:        latchkey.AccountFieldsEnvironment{Slug: "production"},
		}
		if diff := cmp.Diff(want, acc); diff != "" || got.CreateAccount.AlreadyExists {
			t.Errorf("createAccount mismatch (-want +got):\n%s", diff)
		}
		// The same identifier for another shop is a conflict naming it.
		other := shopifyInput("acme")
		other.Credentials = map[string]any{"myShopifyDomain": "other.myshopify.com", "accessToken": "shpat_another_shop"}
		_, err = latchkey.CreateAccount(ctx, c, other)
		if latchkey.ErrorCode(err) != "CONFLICT" || !contains(err.Error(), `"acme"`, "custom identifier") {
			t.Errorf("duplicate identifier: got %v", err)
		}
		// Both lookups find it.
		byID, err := latchkey.AccountByID(ctx, c, acc.Id)
		if err != nil || byID.Account == nil || byID.Account.Id != acc.Id {
			t.Errorf("account(id:) found %+v, %v", byID, err)
		}
		byIdentifier, err := latchkey.AccountByIdentifier(ctx, c, "shopify", "acme")
		if err != nil || byIdentifier.Account == nil || byIdentifier.Account.Id != acc.Id {
			t.Errorf("account(source:, identifier:) found %+v, %v", byIdentifier, err)
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
		c := s.Client(admin.Secret)
		const n = 50
		var mu sync.Mutex
		existed, failures := 0, []string{}
		var wg sync.WaitGroup
		for range n {
			wg.Go(func() {
				r, err := latchkey.CreateAccount(t.Context(), c, shopifyInput("same"))
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					failures = append(failures, err.Error())
				} else if r.CreateAccount.AlreadyExists {
					existed++
				}
			})
		}
		wg.Wait()
		if len(failures) > 0 {
			t.Errorf("%d of %d calls failed, want none (one creation, the rest alreadyExists): %s", len(failures), n, failures[0])
		}
		if created := n - len(failures) - existed; created != 1 {
			t.Errorf("%d calls created the account, want 1", created)
		}
		all, err := latchkey.Accounts(t.Context(), c, nil, nil, nil, nil)
		if err != nil || all.Accounts.TotalCount != 1 {
			t.Errorf("%+v accounts (%v), want 1", all.Accounts.TotalCount, err)
		}
	})
}

func TestAccountLifecycle(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		ctx := t.Context()
		admin := s.NewKey(t, "production", auth.FullAccess)
		c := s.Client(admin.Secret)
		in := shopifyInput("acme")
		in.DisplayName = ptr("Acme")
		created, err := latchkey.CreateAccount(ctx, c, in)
		if err != nil {
			t.Fatal(err)
		}
		id := created.CreateAccount.Account.Id
		if _, err := latchkey.CreateAccount(ctx, c, shopifyInput("taken")); err != nil {
			t.Fatal(err)
		}

		up, err := latchkey.UpdateAccount(ctx, c, id,
			&latchkey.AccountChange{Identifier: ptr("acme-2"), Metadata: map[string]any{"a": 1.0}, ForeignId: ptr("f")},
			[]latchkey.AccountField{latchkey.AccountFieldDisplayName})
		if err != nil {
			t.Fatal(err)
		}
		a := up.UpdateAccount.Account
		if a.Identifier != "acme-2" || a.IdentifierKind != latchkey.IdentifierKindCustom || a.DisplayName != nil || a.ForeignId == nil || a.Metadata["a"] != 1.0 {
			t.Errorf("after update: %+v", a.AccountFields)
		}
		for name, change := range map[string]struct {
			change *latchkey.AccountChange
			remove []latchkey.AccountField
		}{
			"changed and removed": {&latchkey.AccountChange{DisplayName: ptr("x")}, []latchkey.AccountField{latchkey.AccountFieldDisplayName}},
			"blank identifier":    {&latchkey.AccountChange{Identifier: ptr("")}, nil},
		} {
			if _, err := latchkey.UpdateAccount(ctx, c, id, change.change, change.remove); latchkey.ErrorCode(err) != "BAD_USER_INPUT" {
				t.Errorf("%s: got %v", name, err)
			}
		}
		if _, err := latchkey.UpdateAccount(ctx, c, id, &latchkey.AccountChange{Identifier: ptr("taken")}, nil); latchkey.ErrorCode(err) != "CONFLICT" || !contains(err.Error(), `"taken"`) {
			t.Errorf("identifier in use: got %v", err)
		}

		off, err := latchkey.DisableAccount(ctx, c, id)
		if err != nil {
			t.Fatal(err)
		}
		if acc := off.DisableAccount.Account; acc.IsEnabled || acc.DisabledReason == nil || *acc.DisabledReason != latchkey.DisabledReasonManual {
			t.Errorf("after disable: %+v", acc.AccountFields)
		}
		on, err := latchkey.EnableAccount(ctx, c, id)
		if err != nil {
			t.Fatal(err)
		}
		if acc := on.EnableAccount.Account; !acc.IsEnabled || acc.DisabledReason != nil {
			t.Errorf("after enable: %+v", acc.AccountFields)
		}
		del, err := latchkey.DeleteAccount(ctx, c, id, nil)
		if err != nil || del.DeleteAccount.DeletedId != id {
			t.Fatalf("deleteAccount: %+v, %v", del, err)
		}
		if _, err := latchkey.AccountByID(ctx, c, id); latchkey.ErrorCode(err) != "NOT_FOUND" {
			t.Errorf("deleted account: got %v", err)
		}
		if _, err := latchkey.DeleteAccount(ctx, c, id, nil); latchkey.ErrorCode(err) != "NOT_FOUND" {
			t.Errorf("deleting twice: got %v", err)
		}

		// Every mutation left an event, in order, naming the key.
		ev, err := latchkey.EventsAbout(ctx, c, id)
		if err != nil {
			t.Fatal(err)
		}
		var types []string
		for _, e := range ev.Events.Edges {
			types = append(types, string(e.Node.Type))
			if e.Node.AuthAccess == nil || e.Node.AuthAccess.Id != admin.ID {
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
