package store_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/testenv"
	"github.com/latchkey/latchkey/internal/vault"
)

// TestKeyringMustOpenTheDatabase: a database remembers which master key
// its sealed values need. A ring with that key opens it, a rotated ring
// (a new key first, the old one after) too; a ring without it (a lost key
// file replaced by a new key, or the old key removed while values still
// need it) is refused with the missing key's id, on SQLite and PostgreSQL.
// A database from before the check is checked against its sealed values.
func TestKeyringMustOpenTheDatabase(t *testing.T) {
	for _, b := range testenv.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			ctx := context.Background()
			db, err := store.Open(ctx, b.Config(t))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			oldKey, newKey := vault.NewKey(), vault.NewKey()
			ring := func(keys ...[]byte) *vault.Keyring {
				r, err := vault.NewKeyring(keys...)
				if err != nil {
					t.Fatal(err)
				}
				return r
			}
			refused := func(r *vault.Keyring, missing []byte) {
				t.Helper()
				err := db.CheckKeyring(ctx, r)
				if err == nil || !strings.Contains(err.Error(), "do not open this database") || !strings.Contains(err.Error(), vault.KeyID(missing)) {
					t.Errorf("a ring without key %s: %v, want a refusal naming it", vault.KeyID(missing), err)
				}
			}
			if err := db.CheckKeyring(ctx, ring(oldKey)); err != nil {
				t.Fatalf("the first start: %v", err)
			}
			// A value sealed with the old key, as an account's credentials are.
			sealed := ring(oldKey).Seal(vault.AppSecret, []byte("secret"), []byte("platform_apps/x"))
			if _, err := db.SQL.ExecContext(ctx, rebind(b.Name, `INSERT INTO environments (id, created_time, updated_time, name, slug) VALUES ('env_k', ?, ?, 'K', 'k')`), time.Now(), time.Now()); err != nil {
				t.Fatal(err)
			}
			if _, err := db.SQL.ExecContext(ctx, rebind(b.Name, `INSERT INTO platform_apps (id, created_time, updated_time, name, client_id, client_secret, environment_id, source_id)
				VALUES ('app_k', ?, ?, 'App', 'client', ?, 'env_k', (SELECT id FROM sources WHERE key = 'xero'))`), time.Now(), time.Now(), sealed); err != nil {
				t.Fatal(err)
			}

			if err := db.CheckKeyring(ctx, ring(oldKey)); err != nil {
				t.Errorf("the same key again: %v", err)
			}
			if err := db.CheckKeyring(ctx, ring(newKey, oldKey)); err != nil {
				t.Errorf("a rotated ring, the new key first: %v", err)
			}
			refused(ring(newKey), oldKey)

			// A database from before the check: its sealed values decide.
			if _, err := db.SQL.ExecContext(ctx, `DELETE FROM key_checks`); err != nil {
				t.Fatal(err)
			}
			refused(ring(newKey), oldKey)
			if err := db.CheckKeyring(ctx, ring(newKey, oldKey)); err != nil {
				t.Errorf("a rotated ring on a database from before the check: %v", err)
			}
			// The check was sealed with the key the values need, not the
			// primary: dropping the old key is still refused.
			refused(ring(newKey), oldKey)
		})
	}
}

// rebind writes ? placeholders as $n on PostgreSQL.
func rebind(backend, query string) string {
	if backend != "postgres" {
		return query
	}
	for i := 1; strings.Contains(query, "?"); i++ {
		query = strings.Replace(query, "?", "$"+string(rune('0'+i)), 1)
	}
	return query
}
