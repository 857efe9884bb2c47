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
// A removed check is refused; a database from before the check is checked
// against its sealed values of the old format.
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
			refused := func(r *vault.Keyring, want string) {
				t.Helper()
				if err := db.CheckKeyring(ctx, r); err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("ring %v: %v, want a refusal saying %q", r.IDs(), err, want)
				}
			}
			exec := func(query string, args ...any) {
				t.Helper()
				if _, err := db.SQL.ExecContext(ctx, testenv.Rebind(b.Name, query), args...); err != nil {
					t.Fatal(err)
				}
			}
			if err := db.CheckKeyring(ctx, ring(oldKey)); err != nil {
				t.Fatalf("the first start: %v", err)
			}
			// A platform app's secret sealed with the old key.
			exec(`INSERT INTO environments (id, created_time, updated_time, name, slug) VALUES ('env_k', ?, ?, 'K', 'k')`, time.Now(), time.Now())
			exec(`INSERT INTO platform_apps (id, created_time, updated_time, name, client_id, client_secret, environment_id, source_id)
				VALUES ('app_k', ?, ?, 'App', 'client', ?, 'env_k', (SELECT id FROM sources WHERE key = 'xero'))`,
				time.Now(), time.Now(), ring(oldKey).Seal(vault.AppSecret, []byte("secret"), []byte("platform_apps/x")))

			if err := db.CheckKeyring(ctx, ring(oldKey)); err != nil {
				t.Errorf("the same key again: %v", err)
			}
			if err := db.CheckKeyring(ctx, ring(newKey, oldKey)); err != nil {
				t.Errorf("a rotated ring, the new key first: %v", err)
			}
			refused(ring(newKey), vault.KeyID(oldKey))

			// Removing the check does not make the database accept anything.
			exec(`DELETE FROM key_checks`)
			refused(ring(newKey, oldKey), "the check was removed")

			// A database from before the check: its values of the old
			// format decide.
			exec(`UPDATE platform_apps SET client_secret = ?`, testenv.SealLegacy(t, oldKey, "secret", "latchkey/platform_app/env_k/app_k"))
			refused(ring(newKey), vault.KeyID(oldKey))
			r := ring(newKey, oldKey)
			if err := db.CheckKeyring(ctx, r); err != nil {
				t.Errorf("a rotated ring on a database from before the check: %v", err)
			}
			if _, err := r.OpenLegacy(testenv.SealLegacy(t, oldKey, "x", "aad"), []byte("aad")); err != nil {
				t.Errorf("values of the old format are refused while the database holds some: %v", err)
			}
			// The check was sealed with the key the values need, not the
			// primary: dropping the old key is still refused.
			refused(ring(newKey), vault.KeyID(oldKey))
		})
	}
}
