package keys

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/authaccess"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/store"
)

// Field names a key field that Update can clear.
type Field string

// The fields Update can clear (the `remove` list).
const (
	FieldDescription Field = "DESCRIPTION"
	FieldForeignData Field = "FOREIGN_DATA"
)

// Change holds new values for a key's changeable fields (the `change`
// object); nil leaves a field as it is.
type Change struct {
	Description *string
	ForeignData *string
}

// Update sets the fields in change and clears those in remove, on the key
// ref names. A field both changed and removed is BAD_USER_INPUT.
func Update(ctx context.Context, c *ent.Client, ref Ref, change Change, remove []Field) (*ent.AuthAccess, error) {
	clearDescription := slices.Contains(remove, FieldDescription)
	clearForeignData := slices.Contains(remove, FieldForeignData)
	var fields []errs.FieldError
	if clearDescription && change.Description != nil {
		fields = append(fields, errs.FieldError{Field: "description", Message: "is both in change and in remove"})
	}
	if clearForeignData && change.ForeignData != nil {
		fields = append(fields, errs.FieldError{Field: "foreignData", Message: "is both in change and in remove"})
	}
	if len(fields) > 0 {
		return nil, errs.Invalid("a field cannot be changed and removed at once", fields...)
	}
	var changed []string
	if change.Description != nil || clearDescription {
		changed = append(changed, "description")
	}
	if change.ForeignData != nil || clearForeignData {
		changed = append(changed, "foreignData")
	}
	return store.InTx(ctx, c, func(tx *ent.Client) (*ent.AuthAccess, error) {
		key, err := Get(ctx, tx, ref)
		if err != nil {
			return nil, err
		}
		update := tx.AuthAccess.UpdateOne(key).SetNillableDescription(change.Description).SetNillableForeignData(change.ForeignData)
		if clearDescription {
			update.ClearDescription()
		}
		if clearForeignData {
			update.ClearForeignData()
		}
		if key, err = update.Save(ctx); err != nil {
			return nil, fmt.Errorf("keys.Update: %w", err)
		}
		return key, audit.Record(ctx, tx, event.TypeAUTH_ACCESS_UPDATED, key.ID, map[string]any{"fields": changed})
	})
}

// SetEnabled enables or disables the key with this id. A disabled key
// authenticates nothing.
func SetEnabled(ctx context.Context, c *ent.Client, id string, enabled bool) (*ent.AuthAccess, error) {
	typ := event.TypeAUTH_ACCESS_DISABLED
	if enabled {
		typ = event.TypeAUTH_ACCESS_ENABLED
	}
	return store.InTx(ctx, c, func(tx *ent.Client) (*ent.AuthAccess, error) {
		key, err := Get(ctx, tx, Ref{ID: &id})
		if err != nil {
			return nil, err
		}
		key, err = tx.AuthAccess.UpdateOne(key).SetIsEnabled(enabled).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("keys.SetEnabled(%q): %w", id, err)
		}
		return key, audit.Record(ctx, tx, typ, key.ID, nil)
	})
}

// Rotate gives the key with this id a new secret key and returns it. The
// previous secret key keeps working for grace (at most MaxGracePeriod), then
// never again; a secret from an earlier rotation stops at once.
func Rotate(ctx context.Context, c *ent.Client, id string, grace time.Duration) (*ent.AuthAccess, string, error) {
	if grace < 0 || grace > MaxGracePeriod {
		return nil, "", errs.Invalid("gracePeriod is out of range",
			errs.FieldError{Field: "gracePeriod", Message: fmt.Sprintf("must be between 0 and %d seconds", int(MaxGracePeriod.Seconds()))})
	}
	// Rotations of one key that overlap in time do not stack up: the first
	// to commit wins and the others are told, so that every secret key a
	// rotation reports works. A rotation loses when the key changed after
	// it began (its secret, or anything else: updatedTime), whether it saw
	// that change or, on a database that runs one writer at a time, waited
	// for it.
	began := clock.Now()
	seen, err := Get(ctx, c, Ref{ID: &id})
	if err != nil {
		return nil, "", err
	}
	secretKey, hash := auth.NewSecretKey(seen.Token)
	key, err := store.InTx(ctx, c, func(tx *ent.Client) (*ent.AuthAccess, error) {
		update := tx.AuthAccess.UpdateOne(seen).
			Where(authaccess.SecretHash(seen.SecretHash), authaccess.UpdatedTimeLTE(began)).
			SetSecretHash(hash)
		if grace > 0 {
			update.SetPreviousSecretHash(seen.SecretHash).SetPreviousSecretExpiresTime(clock.Now().Add(grace))
		} else {
			update.ClearPreviousSecretHash().ClearPreviousSecretExpiresTime()
		}
		key, err := update.Save(ctx)
		if ent.IsNotFound(err) {
			return nil, errs.New(errs.Conflict, "the AuthAccess changed while this rotation ran (another rotation, most likely); read it again and retry")
		}
		if err != nil {
			return nil, fmt.Errorf("keys.Rotate(%q): %w", id, err)
		}
		return key, audit.Record(ctx, tx, event.TypeAUTH_ACCESS_SECRET_ROTATED, key.ID, map[string]any{"gracePeriodSeconds": int(grace.Seconds())})
	})
	if err != nil {
		return nil, "", err
	}
	return key, secretKey, nil
}
