package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/account"
	"github.com/latchkey/latchkey/ent/platformapp"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/vault"
)

// keyCheckID names the row of the key check.
const keyCheckID = "master"

// keyCheckValue is what the key check seals.
var keyCheckValue = []byte("latchkey: these master keys open this database")

// keyCheckData binds the key check's sealed value to its row.
var keyCheckData = []byte("key_checks/" + keyCheckID)

// sealedColumns are the columns whose values the master keys seal.
var sealedColumns = []struct{ table, column string }{
	{account.Table, account.FieldCredentials},
	{platformapp.Table, platformapp.FieldClientSecret},
}

// CheckKeyring makes sure that ring holds the master keys this database's
// sealed values need, so that a server given other keys (a lost key file
// replaced by a new one, another deployment's key) refuses to start rather
// than failing on every credential later.
//
// The first time, on a new database or one from before the check, every
// sealed value must name a key of the ring; the check is then sealed with
// a key they need, an older one rather than the primary, so that a start
// whose ring lacks it refuses. A ring that no longer holds the key of the
// check is refused with an error that says which key is missing.
func (db *DB) CheckKeyring(ctx context.Context, ring *vault.Keyring) error {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	check, err := db.Client.KeyCheck.Get(sys, keyCheckID)
	if ent.IsNotFound(err) {
		if err := db.createKeyCheck(sys, ring); err != nil {
			return err
		}
		check, err = db.Client.KeyCheck.Get(sys, keyCheckID)
	}
	if err != nil {
		return fmt.Errorf("store: reading the key check: %w", err)
	}
	if _, err := ring.Open(check.Sealed, keyCheckData); err != nil {
		return missingKey(vault.SealedBy(check.Sealed), ring)
	}
	return nil
}

// createKeyCheck seals the check with the key the stored values need,
// unless another process wrote one first.
func (db *DB) createKeyCheck(ctx context.Context, ring *vault.Keyring) error {
	needed, err := db.sealingKeys(ctx)
	if err != nil {
		return err
	}
	sealWith := ring.Primary()
	for _, id := range needed {
		if !ring.Has(id) {
			return missingKey(id, ring)
		}
		if id != ring.Primary() {
			sealWith = id
		}
	}
	sealed, err := ring.SealWith(sealWith, keyCheckValue, keyCheckData)
	if err != nil {
		return fmt.Errorf("store: sealing the key check: %w", err)
	}
	err = db.Client.KeyCheck.Create().SetID(keyCheckID).SetSealed(sealed).Exec(ctx)
	if err != nil && !ent.IsConstraintError(err) {
		return fmt.Errorf("store: writing the key check: %w", err)
	}
	return nil
}

// sealingKeys returns the ids of the keys that sealed the stored values.
func (db *DB) sealingKeys(ctx context.Context) ([]string, error) {
	var ids []string
	for _, c := range sealedColumns {
		// A sealed value is version | key id (8 bytes) | nonce | ciphertext;
		// what is not one (none opens) names no key.
		rows, err := db.SQL.QueryContext(ctx, fmt.Sprintf(`SELECT DISTINCT substr(%s, 1, 9) FROM %s WHERE %[1]s IS NOT NULL`, c.column, c.table))
		if err != nil {
			return nil, fmt.Errorf("store: reading the keys of %s: %w", c.table, err)
		}
		for rows.Next() {
			var head []byte
			if err := rows.Scan(&head); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: reading the keys of %s: %w", c.table, err)
			}
			if id := vault.SealedBy(head); id != "" && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: reading the keys of %s: %w", c.table, err)
		}
	}
	slices.Sort(ids)
	return ids, nil
}

// missingKey is the refusal of a key ring that lacks the key with id.
func missingKey(id string, ring *vault.Keyring) error {
	if id == "" {
		id = "unknown"
	}
	return fmt.Errorf("the master keys do not open this database: its credentials were sealed with the key %s, and the keys given are %s. "+
		"Set LATCHKEY_MASTER_KEY (or the data folder's master.key) to this database's keys, a new key first and the old ones after it",
		id, strings.Join(ring.IDs(), ", "))
}
