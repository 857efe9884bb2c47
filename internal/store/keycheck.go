package store

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/account"
	"github.com/latchkey/latchkey/ent/keycheck"
	"github.com/latchkey/latchkey/ent/platformapp"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/revocation"
	"github.com/latchkey/latchkey/ent/webhookendpoint"
	"github.com/latchkey/latchkey/internal/vault"
)

// keyCheckID names the row of the key check.
const keyCheckID = "master"

// The values the key check seals: whether the database may still hold
// values sealed in the format before purposes.
var (
	keyCheckLegacy = []byte("latchkey: these master keys open this database; legacy values remain")
	keyCheckBound  = []byte("latchkey: these master keys open this database; every value is bound")
)

// keyCheckData binds the key check's sealed value to its row.
var keyCheckData = []byte("key_checks/" + keyCheckID)

// sealedColumns are the columns whose values the master keys seal.
var sealedColumns = []struct{ table, column string }{
	{account.Table, account.FieldCredentials},
	{platformapp.Table, platformapp.FieldClientSecret},
	{webhookendpoint.Table, webhookendpoint.FieldSecret},
	{webhookendpoint.Table, webhookendpoint.FieldPreviousSecret},
	{revocation.Table, revocation.FieldCredentials},
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
// check is refused with an error that says which key is missing. A missing
// check on a database that holds values of the current format was removed:
// that is refused too, as it would let values of the old format open.
//
// When the check says that no value of the format before purposes remains
// (a new database, or after Rewrap), the ring refuses that format from then
// on: such a value in the database was put back from elsewhere.
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
	plain, err := ring.Open(vault.Check, check.Sealed, keyCheckData)
	if err != nil {
		return missingKey(vault.SealedBy(check.Sealed), ring)
	}
	if bytes.Equal(plain, keyCheckBound) {
		ring.RefuseLegacy()
	}
	return nil
}

// createKeyCheck seals the check with the key the stored values need,
// unless another process wrote one first.
func (db *DB) createKeyCheck(ctx context.Context, ring *vault.Keyring) error {
	sealed, err := db.Sealed(ctx)
	if err != nil {
		return err
	}
	if len(sealed.Current) > 0 {
		return fmt.Errorf("the database has no master key check although it holds values sealed by this version of Latchkey: " +
			"the check was removed. Restore the key_checks table from a backup of this database")
	}
	sealWith := ring.Primary()
	for _, id := range sealed.Legacy {
		if !ring.Has(id) {
			return missingKey(id, ring)
		}
		if id != ring.Primary() {
			sealWith = id
		}
	}
	value := keyCheckBound
	if len(sealed.Legacy) > 0 {
		value = keyCheckLegacy
	}
	check, err := ring.SealWith(sealWith, vault.Check, value, keyCheckData)
	if err != nil {
		return fmt.Errorf("store: sealing the key check: %w", err)
	}
	err = db.Client.KeyCheck.Create().SetID(keyCheckID).SetSealed(check).Exec(ctx)
	if err != nil && !ent.IsConstraintError(err) {
		return fmt.Errorf("store: writing the key check: %w", err)
	}
	return nil
}

// SealedKeys names the master keys that sealed the stored values, by format.
type SealedKeys struct {
	// Current are the keys of values of the current format.
	Current []string
	// Legacy are the keys of values of the format before purposes.
	Legacy []string
}

// Sealed returns the keys that sealed the stored values.
func (db *DB) Sealed(ctx context.Context) (SealedKeys, error) {
	var keys SealedKeys
	for _, c := range sealedColumns {
		// A sealed value starts with its head (format and key id); what is
		// not one (none opens) names no key.
		rows, err := db.SQL.QueryContext(ctx, fmt.Sprintf(`SELECT DISTINCT substr(%s, 1, %d) FROM %s WHERE %[1]s IS NOT NULL`, c.column, vault.HeadSize, c.table))
		if err != nil {
			return keys, fmt.Errorf("store: reading the keys of %s: %w", c.table, err)
		}
		for rows.Next() {
			var head []byte
			if err := rows.Scan(&head); err != nil {
				rows.Close()
				return keys, fmt.Errorf("store: reading the keys of %s: %w", c.table, err)
			}
			id := vault.SealedBy(head)
			switch {
			case id == "":
			case vault.IsLegacy(head):
				keys.Legacy = appendNew(keys.Legacy, id)
			default:
				keys.Current = appendNew(keys.Current, id)
			}
		}
		if err := rows.Close(); err != nil {
			return keys, err
		}
		if err := rows.Err(); err != nil {
			return keys, fmt.Errorf("store: reading the keys of %s: %w", c.table, err)
		}
	}
	slices.Sort(keys.Current)
	slices.Sort(keys.Legacy)
	return keys, nil
}

func appendNew(ids []string, id string) []string {
	if slices.Contains(ids, id) {
		return ids
	}
	return append(ids, id)
}

// SealKeyCheck seals the key check again with ring's primary key, once
// every stored value is sealed with it in the current format, as Rewrap
// leaves them: the older keys may then leave the ring, and the ring
// refuses values of the format before purposes from then on. It fails,
// changing nothing, while any value still needs another key or the old
// format.
func (db *DB) SealKeyCheck(ctx context.Context, ring *vault.Keyring) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	sealed, err := db.Sealed(ctx)
	if err != nil {
		return err
	}
	if len(sealed.Legacy) > 0 || slices.ContainsFunc(sealed.Current, func(id string) bool { return id != ring.Primary() }) {
		return fmt.Errorf("store: some values are still sealed with other keys (%s) or in the old format (%s); run the rewrap again",
			strings.Join(sealed.Current, ", "), strings.Join(sealed.Legacy, ", "))
	}
	check := ring.Seal(vault.Check, keyCheckBound, keyCheckData)
	err = db.Client.KeyCheck.Create().SetID(keyCheckID).SetSealed(check).OnConflictColumns(keycheck.FieldID).UpdateNewValues().Exec(ctx)
	if err != nil {
		return fmt.Errorf("store: writing the key check: %w", err)
	}
	ring.RefuseLegacy()
	return nil
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
