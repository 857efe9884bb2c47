package server_test

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/testenv"
)

// TestNoSecretLeaks runs a scenario with keys, accounts and rotations, then
// looks for every secret in every response that is not meant to carry it, in
// the server's logs and in the whole database.
func TestNoSecretLeaks(t *testing.T) {
	testenv.Run(t, func(t *testing.T, s *testenv.Server) {
		admin := s.NewKey(t, "production", auth.FullAccess)
		secrets := []string{admin.Secret, secretPart(admin.Secret)}
		var bodies []string
		do := func(query string, vars map[string]any) *testenv.Result {
			r := s.Do(t, admin.Secret, query, vars)
			bodies = append(bodies, r.Body)
			return r
		}

		var made createdKey
		s.Must(t, admin.Secret, createKey, map[string]any{"input": map[string]any{"name": "worker", "permission": "READ_ONLY"}}, &made)
		secrets = append(secrets, made.CreateAuthAccess.SecretKey, secretPart(made.CreateAuthAccess.SecretKey))
		var rot struct{ RotateAuthAccessSecret struct{ SecretKey string } }
		s.Must(t, admin.Secret, `mutation($id: ID!) { rotateAuthAccessSecret(id: $id, gracePeriod: 60) { secretKey } }`,
			map[string]any{"id": made.CreateAuthAccess.AuthAccess.ID}, &rot)
		secrets = append(secrets, rot.RotateAuthAccessSecret.SecretKey, secretPart(rot.RotateAuthAccessSecret.SecretKey))

		xeroApp := newApp(t, s, admin.Secret, "xero", "SECRET-xero-client-secret")
		plaidApp := newApp(t, s, admin.Secret, "plaid", "SECRET-plaid-client-secret")
		s.Sources.AllowRefresh("SECRET-xero-refresh", xeroTenant)
		credentials := []map[string]any{
			{"source": "shopify", "credentialType": "access_token", "credentials": map[string]any{"myShopifyDomain": "leak.myshopify.com", "accessToken": "shpat_SECRET_shopify_token"}},
			{"source": "stripe", "credentialType": "secret_key", "credentials": map[string]any{"secretKey": "sk_live_SECRETstripekey"}},
			{"source": "xero", "credentialType": "refresh_token", "platformApp": xeroApp, "credentials": map[string]any{"refreshToken": "SECRET-xero-refresh", "tenantId": xeroTenant}},
			{"source": "plaid", "credentialType": "access_token", "platformApp": plaidApp, "credentials": map[string]any{"accessToken": "access-sandbox-5ec2e7a1-0000-4d8e-9c1e-5ec2e7a1ffff"}},
		}
		secrets = append(secrets, "shpat_SECRET_shopify_token", "sk_live_SECRETstripekey", "SECRET-xero-refresh", "access-sandbox-5ec2e7a1-0000-4d8e-9c1e-5ec2e7a1ffff",
			"SECRET-xero-client-secret", "SECRET-plaid-client-secret")
		var ids []string
		for i, in := range credentials {
			in["identifier"] = fmt.Sprintf("leak-%d", i)
			r := do(createAccount, map[string]any{"input": in})
			if r.Code() != "" {
				t.Fatalf("creating a %s account: %s", in["source"], r.Body)
			}
			var out struct {
				CreateAccount struct{ Account struct{ ID string } }
			}
			r.Decode(t, &out)
			ids = append(ids, out.CreateAccount.Account.ID)
		}
		// Verifications, one of them failing, and a rotation of Xero's token.
		for _, id := range ids {
			do(`mutation($id: ID!) { verifyAccount(id: $id) { account { verificationStatus verificationError } } }`, map[string]any{"id": id})
		}
		s.Sources.Revoke("sk_live_SECRETstripekey")
		do(`mutation($id: ID!) { verifyAccount(id: $id) { account { verificationStatus verificationError } } }`, map[string]any{"id": ids[1]})
		// Reveal is meant to carry credentials: its answer is not scanned.
		var revealed struct {
			RevealAccountCredentials struct{ Credentials map[string]any }
		}
		s.Must(t, admin.Secret, `mutation($id: ID!) { revealAccountCredentials(id: $id) { credentials } }`, map[string]any{"id": ids[2]}, &revealed)
		if rotated, _ := revealed.RevealAccountCredentials.Credentials["refreshToken"].(string); rotated == "" {
			t.Fatal("no rotated Xero refresh token revealed")
		} else {
			secrets = append(secrets, rotated)
		}
		// Failed input that carries a secret in a wrong field.
		do(createAccount, map[string]any{"input": map[string]any{"source": "stripe", "credentialType": "secret_key", "identifier": "x",
			"credentials": map[string]any{"secretKey": "sk_live_SECRETstripekey", "extra": "sk_live_SECRETstripekey"}}})
		do(`{ accounts(first: 100) { edges { node { id identifier metadata source { key } creator { kind } } } } }`, nil)
		do(`{ events(first: 100) { edges { node { type data } } } }`, nil)
		do(`{ authAccesses(first: 100) { edges { node { id token name } } } }`, nil)
		s.Do(t, "lksk_"+strings.Repeat("a", 80), `{ viewer { permission } }`, nil)

		for _, secret := range secrets {
			for _, b := range bodies {
				if strings.Contains(b, secret) {
					t.Errorf("a response carries the secret %q: %s", secret, b)
				}
			}
			if strings.Contains(s.Logs(), secret) {
				t.Errorf("the logs carry the secret %q", secret)
			}
		}
		dump := dumpDatabase(t, s.DB.SQL, s.Backend)
		for _, secret := range secrets {
			if strings.Contains(dump, secret) {
				t.Errorf("the database holds the secret %q in plain text", secret)
			}
		}
		if !strings.Contains(dump, "leak-0") {
			t.Fatal("the dump does not contain the accounts; the scan proves nothing")
		}
	})
}

// secretPart returns the secret inside a secret key, without the token.
func secretPart(secretKey string) string {
	_, secret, err := auth.ParseSecretKey(secretKey)
	if err != nil {
		panic(err)
	}
	return secret
}

// dumpDatabase returns every value of every table as text.
func dumpDatabase(t *testing.T, db *sql.DB, backend string) string {
	q := `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`
	if backend == "sqlite" {
		q = `SELECT name FROM sqlite_master WHERE type = 'table'`
	}
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	rows.Close()
	var b strings.Builder
	for _, table := range tables {
		rows, err := db.Query(`SELECT * FROM "` + table + `"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				if raw, ok := v.([]byte); ok {
					v = string(raw)
				}
				fmt.Fprintf(&b, "%v\t", v)
			}
			b.WriteString("\n")
		}
		rows.Close()
	}
	return b.String()
}
