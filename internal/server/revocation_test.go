package server_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog/fakesource"
	"github.com/latchkey/latchkey/internal/testenv"
)

const deleteAccount = `mutation($id: ID!, $revoke: Boolean) { deleteAccount(id: $id, revoke: $revoke) { deletedId revocation revocationError } }`

// deleted is deleteAccount's payload.
type deleted struct {
	DeleteAccount struct {
		DeletedID       string
		Revocation      string
		RevocationError *string
	}
}

// addAccount creates an account from input and returns its ID.
func addAccount(t *testing.T, s *testenv.Server, secret string, input map[string]any) string {
	t.Helper()
	var out struct {
		CreateAccount struct{ Account struct{ ID string } }
	}
	s.Must(t, secret, createAccount, map[string]any{"input": input}, &out)
	return out.CreateAccount.Account.ID
}

// deletedEvent returns the data of the ACCOUNT_DELETED event about id.
func deletedEvent(t *testing.T, s *testenv.Server, secret, id string) map[string]any {
	t.Helper()
	var out struct {
		Events struct {
			Edges []struct{ Node struct{ Data map[string]any } }
		}
	}
	s.Must(t, secret, `query($f: String) { events(first: 1, filter: $f) { edges { node { data } } } }`,
		map[string]any{"f": "type = ACCOUNT_DELETED and subjectId = '" + id + "'"}, &out)
	if len(out.Events.Edges) != 1 {
		t.Fatalf("no ACCOUNT_DELETED event about %s", id)
	}
	return out.Events.Edges[0].Node.Data
}

// TestDeleteRevokesAtTheSource deletes an account of each built-in
// credential type: the source's revoke call is made where it has one
// (Shopify's app uninstall, Stripe Connect's deauthorization, Xero's token
// revocation, Plaid's item removal) with the stored credentials, the
// account is gone, and the deletion's event says how it went.
func TestDeleteRevokesAtTheSource(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		want := map[string]struct{ outcome, revoked string }{
			"shopify":                  {"REVOKED", "shpat_verify"},
			"stripe secret key":        {"NOT_SUPPORTED", ""},
			"stripe connected account": {"REVOKED", "acct_1Connected"},
			"xero":                     {"REVOKED", "rt-verify.r"}, // rotated at creation
			"plaid":                    {"REVOKED", "access-sandbox-0a1b2c"},
		}
		for name, c := range builtins(t, s, admin.Secret) {
			t.Run(name, func(t *testing.T) {
				before := len(s.Sources.Revokes())
				id := addAccount(t, s, admin.Secret, c.input)
				var out deleted
				s.Must(t, admin.Secret, deleteAccount, map[string]any{"id": id}, &out)
				w := want[name]
				if out.DeleteAccount.DeletedID != id || out.DeleteAccount.Revocation != w.outcome || out.DeleteAccount.RevocationError != nil {
					t.Errorf("deleteAccount: %+v, want %s", out.DeleteAccount, w.outcome)
				}
				revokes := s.Sources.Revokes()[before:]
				switch {
				case w.revoked == "" && len(revokes) != 0:
					t.Errorf("revoked %v at a source that offers no revocation", revokes)
				case w.revoked != "" && (len(revokes) != 1 || !strings.HasPrefix(revokes[0], w.revoked)):
					t.Errorf("the source revoked %v, want %s", revokes, w.revoked)
				}
				if r := s.Do(t, admin.Secret, `query($id: ID!) { account(id: $id) { id } }`, map[string]any{"id": id}); !holds(r.Body, `"account":null`) && r.Code() != "NOT_FOUND" {
					t.Errorf("the deleted account: %s", r.Body)
				}
				if data := deletedEvent(t, s, admin.Secret, id); data["revocation"] != w.outcome {
					t.Errorf("the event's data: %v, want revocation %s", data, w.outcome)
				}
			})
		}
	})
}

// TestDeleteWithoutRevoking: revoke: false deletes the account and calls
// nothing upstream; keys that may not delete cause no upstream call
// either.
func TestDeleteWithoutRevoking(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		reader := s.NewKey(t, "production", auth.ReadOnly)
		connector := s.NewKey(t, "production", auth.CredentialsInOnly)
		input := builtins(t, s, admin.Secret)["shopify"].input
		id := addAccount(t, s, admin.Secret, input)
		if r := s.Do(t, reader.Secret, deleteAccount, map[string]any{"id": id}); r.Code() != "FORBIDDEN" {
			t.Errorf("READ_ONLY deleting: %s", r.Body)
		}
		if r := s.Do(t, connector.Secret, deleteAccount, map[string]any{"id": id}); r.Code() != "NOT_FOUND" {
			t.Errorf("CREDENTIALS_IN_ONLY deleting: %s", r.Body)
		}
		if got := s.Sources.Revokes(); len(got) != 0 {
			t.Errorf("refused deletions revoked %v upstream", got)
		}
		var out deleted
		s.Must(t, admin.Secret, deleteAccount, map[string]any{"id": id, "revoke": false}, &out)
		if out.DeleteAccount.Revocation != "SKIPPED" || len(s.Sources.Revokes()) != 0 {
			t.Errorf("revoke: false: %+v, revoked %v", out.DeleteAccount, s.Sources.Revokes())
		}
		if countAccounts(t, s, admin.Secret) != 0 {
			t.Error("the account is still there")
		}
	})
}

// TestFailedRevocationIsRetried: a source that cannot revoke at deletion
// time does not keep the account; the revocation is retried in the
// background until the source takes it (ACCOUNT_REVOKED), or, failing to
// the end, dropped (ACCOUNT_REVOCATION_FAILED); either way the kept
// credentials go.
func TestFailedRevocationIsRetried(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		cases := builtins(t, s, admin.Secret)
		kept := func() int {
			var n int
			if err := s.DB.SQL.QueryRow(`SELECT count(*) FROM revocations`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}

		id := addAccount(t, s, admin.Secret, cases["plaid"].input)
		s.Sources.SetMode(fakesource.Mode{Status: 503})
		var out deleted
		s.Must(t, admin.Secret, deleteAccount, map[string]any{"id": id}, &out)
		if d := out.DeleteAccount; d.Revocation != "PENDING" || d.RevocationError == nil || !holds(*d.RevocationError, "unavailable (HTTP 503)") {
			t.Errorf("deleting while the source fails: %+v", d)
		}
		if countAccounts(t, s, admin.Secret) != 0 || kept() != 1 {
			t.Fatalf("after a failed revocation: %d accounts, %d kept for revocation; want 0 and 1", countAccounts(t, s, admin.Secret), kept())
		}
		if data := deletedEvent(t, s, admin.Secret, id); data["revocation"] != "PENDING" || holds(data["revocationError"].(string), "access-sandbox") {
			t.Errorf("the event's data: %v", data)
		}
		s.Sources.SetMode(fakesource.Mode{})
		if n := s.RetryRevocations(t); n != 1 {
			t.Errorf("retried %d revocations, want 1", n)
		}
		if got := s.Sources.Revokes(); !slices.Contains(got, "access-sandbox-0a1b2c") || kept() != 0 {
			t.Errorf("after the retry: revoked %v, %d kept", got, kept())
		}
		if types := eventTypesOf(t, s, admin.Secret, id); !slices.Contains(types, "ACCOUNT_REVOKED") {
			t.Errorf("events about the account: %v, want ACCOUNT_REVOKED", types)
		}

		id = addAccount(t, s, admin.Secret, cases["shopify"].input)
		s.Sources.SetMode(fakesource.Mode{Status: 500})
		s.Must(t, admin.Secret, deleteAccount, map[string]any{"id": id}, &out)
		for range 3 { // the two retries the test server allows, and one more
			s.RetryRevocations(t)
		}
		s.Sources.SetMode(fakesource.Mode{})
		if kept() != 0 {
			t.Errorf("%d credentials kept after the retries ran out", kept())
		}
		if types := eventTypesOf(t, s, admin.Secret, id); !slices.Contains(types, "ACCOUNT_REVOCATION_FAILED") {
			t.Errorf("events about the account: %v, want ACCOUNT_REVOCATION_FAILED", types)
		}
	})
}
