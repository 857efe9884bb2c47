package accounts

import (
	"context"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/account"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/source"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/policy"
	"github.com/latchkey/latchkey/internal/store"
)

// Field names an account field that Update can clear.
type Field string

// The fields Update can clear.
const (
	FieldDisplayName Field = "DISPLAY_NAME"
	FieldMetadata    Field = "METADATA"
	FieldForeignID   Field = "FOREIGN_ID"
)

// Change holds new values for an account's changeable fields; nil leaves a
// field as it is.
type Change struct {
	Identifier  *string
	DisplayName *string
	Metadata    map[string]any
	ForeignID   *string
}

// Ref names one account: by its ID, or by its source's key and identifier.
type Ref struct {
	ID         *string
	Source     *string
	Identifier *string
}

// Find returns the account ref names. It returns BAD_USER_INPUT unless ref
// holds exactly an ID or a source and identifier, and NOT_FOUND when the
// viewer sees no such account.
func Find(ctx context.Context, c *ent.Client, ref Ref) (*ent.Account, error) {
	switch {
	case ref.ID != nil && ref.Source == nil && ref.Identifier == nil:
		return Get(ctx, c, *ref.ID)
	case ref.ID == nil && ref.Source != nil && ref.Identifier != nil:
		return GetByIdentifier(ctx, c, *ref.Source, *ref.Identifier)
	default:
		return nil, errs.Invalid("name the account by id, or by both source and identifier")
	}
}

// Get returns the account with this id, or NOT_FOUND when the viewer cannot
// see one.
func Get(ctx context.Context, c *ent.Client, id string) (*ent.Account, error) {
	acc, err := c.Account.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, errs.New(errs.NotFound, "no such account")
	}
	if err != nil {
		return nil, fmt.Errorf("accounts.Get(%q): %w", id, err)
	}
	return acc, nil
}

// GetByIdentifier returns the account of the source with this key and
// identifier, or NOT_FOUND.
func GetByIdentifier(ctx context.Context, c *ent.Client, sourceKey, identifier string) (*ent.Account, error) {
	acc, err := c.Account.Query().
		Where(account.Identifier(lookupIdentifier(identifier)), account.HasSourceWith(source.Key(sourceKey))).
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, errs.New(errs.NotFound, "no account of source %s has identifier %q", sourceKey, identifier)
	}
	if err != nil {
		return nil, fmt.Errorf("accounts.GetByIdentifier: %w", err)
	}
	return acc, nil
}

// Update sets the fields in change and clears those in remove. A changed
// identifier becomes a custom one. A field both changed and removed is
// BAD_USER_INPUT; an identifier in use is CONFLICT.
func (s *Service) Update(ctx context.Context, c *ent.Client, id string, change Change, remove []Field) (*ent.Account, error) {
	removed := map[Field]bool{}
	for _, f := range remove {
		removed[f] = true
	}
	var fields []errs.FieldError
	for _, both := range []struct {
		name string
		set  bool
	}{
		{"displayName", removed[FieldDisplayName] && change.DisplayName != nil},
		{"metadata", removed[FieldMetadata] && change.Metadata != nil},
		{"foreignId", removed[FieldForeignID] && change.ForeignID != nil},
	} {
		if both.set {
			fields = append(fields, errs.FieldError{Field: both.name, Message: "is both in change and in remove"})
		}
	}
	var identifier *string
	if change.Identifier != nil {
		id, err := NormalIdentifier(*change.Identifier)
		if e := errs.As(err); e != nil {
			fields = append(fields, e.Fields...)
		}
		identifier = &id
	}
	if len(fields) > 0 {
		return nil, errs.Invalid("the change is invalid", fields...)
	}
	return store.InTx(ctx, c, func(tx *ent.Client) (*ent.Account, error) {
		acc, err := Get(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		update := tx.Account.UpdateOne(acc).
			SetNillableDisplayName(change.DisplayName).
			SetNillableForeignID(change.ForeignID).
			SetNillableIdentifier(identifier)
		if change.Metadata != nil {
			update.SetMetadata(change.Metadata)
		}
		if removed[FieldDisplayName] {
			update.ClearDisplayName()
		}
		if removed[FieldMetadata] {
			update.ClearMetadata()
		}
		if removed[FieldForeignID] {
			update.ClearForeignID()
		}
		var sourceKey string
		if identifier != nil {
			update.SetIdentifierKind(account.IdentifierKindCUSTOM)
			// Read before writing: after a failed statement PostgreSQL refuses
			// every other statement of the transaction.
			src, err := acc.QuerySource().Only(ctx)
			if err != nil {
				return nil, fmt.Errorf("accounts.Update(%q): %w", id, err)
			}
			sourceKey = src.Key
		}
		updated, err := update.Save(ctx)
		if ent.IsConstraintError(err) && identifier != nil {
			return nil, identifierConflict(sourceKey, *identifier)
		}
		if err != nil {
			return nil, fmt.Errorf("accounts.Update(%q): %w", id, err)
		}
		return updated, audit.Record(ctx, tx, event.TypeACCOUNT_UPDATED, id, map[string]any{"fields": changedFields(change, removed)})
	})
}

// changedFields names the fields an update sets or clears, for its event.
func changedFields(change Change, removed map[Field]bool) []string {
	var names []string
	for _, f := range []struct {
		name string
		set  bool
	}{
		{"displayName", change.DisplayName != nil || removed[FieldDisplayName]},
		{"foreignId", change.ForeignID != nil || removed[FieldForeignID]},
		{"identifier", change.Identifier != nil},
		{"metadata", change.Metadata != nil || removed[FieldMetadata]},
	} {
		if f.set {
			names = append(names, f.name)
		}
	}
	return names
}

// SetEnabled enables an account, or disables it with reason MANUAL. An
// account disabled because its credentials were revoked or expired is
// verified first, and stays disabled (VERIFICATION_FAILED) unless the
// source accepts its credentials again.
func (s *Service) SetEnabled(ctx context.Context, c *ent.Client, id string, enabled bool) (*ent.Account, error) {
	acc, err := Get(ctx, c, id)
	if err != nil {
		return nil, err
	}
	if enabled && acc.DisabledReason != nil && *acc.DisabledReason != account.DisabledReasonMANUAL {
		verified, failure, err := s.Verify(ctx, c, id)
		if err != nil {
			return nil, err
		}
		if failure != nil {
			return nil, verificationFailed(verified.Edges.Source.Key, failure)
		}
	}
	return store.InTx(ctx, c, func(tx *ent.Client) (*ent.Account, error) {
		update := tx.Account.UpdateOneID(id).SetIsEnabled(enabled)
		typ := event.TypeACCOUNT_ENABLED
		if enabled {
			update.ClearDisabledReason()
		} else {
			update.SetDisabledReason(account.DisabledReasonMANUAL)
			typ = event.TypeACCOUNT_DISABLED
		}
		acc, err := update.Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("accounts.SetEnabled(%q): %w", id, err)
		}
		return acc, audit.Record(ctx, tx, typ, id, map[string]any{"reason": reasonOf(acc)})
	})
}

// Delete deletes the account with this id, after revoking its credentials
// at their source when revoke is set and the source offers it. A failed
// revocation never keeps the account: it is deleted all the same; when
// the failure may pass (the source was unavailable), its credentials wait,
// sealed anew and apart from any account, for the revocation to be
// retried (RetryRevocations). The ACCOUNT_DELETED event, and what Delete
// returns, say how the revocation went. Delete holds the account's
// verification lease throughout, so that no verification rotates the
// credentials between their revocation and the account's deletion, and
// once begun it runs to its end even if the caller goes away.
func (s *Service) Delete(ctx context.Context, c *ent.Client, id string, revoke bool) (*Deletion, error) {
	if _, err := Get(ctx, c, id); err != nil {
		return nil, err
	}
	// Nothing is called upstream for a viewer that may not delete.
	if err := policy.Require(ctx, auth.Write, "delete accounts"); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*(s.verifier.Timeout()+leaseMargin))
	defer cancel()
	if err := s.lease(ctx, c, id); err != nil {
		return nil, err
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	acc, err := c.Account.Query().Where(account.ID(id)).WithSource().WithPlatformApp().Only(sys)
	if ent.IsNotFound(err) {
		return nil, errs.New(errs.NotFound, "no such account") // deleted while this one waited
	}
	if err != nil {
		return nil, fmt.Errorf("accounts.Delete(%q): %w", id, err)
	}
	d, creds := s.revoke(ctx, acc, revoke)
	err = store.WithTx(ctx, c, func(tx *ent.Client) error {
		if err := tx.Account.DeleteOneID(acc.ID).Exec(ctx); err != nil {
			return fmt.Errorf("accounts.Delete(%q): %w", id, err)
		}
		if err := tx.Creator.DeleteOneID(acc.CreatorID).Exec(ctx); err != nil {
			return fmt.Errorf("accounts.Delete(%q): creator: %w", id, err)
		}
		if d.Revocation == RevocationPending {
			if err := s.keepForRevocation(ctx, tx, acc, creds, d.Reason); err != nil {
				return err
			}
		}
		data := map[string]any{"identifier": acc.Identifier, "source": acc.Edges.Source.Key, "revocation": string(d.Revocation)}
		if d.Reason != "" {
			data["revocationError"] = d.Reason
		}
		return audit.Record(ctx, tx, event.TypeACCOUNT_DELETED, id, data)
	})
	if err != nil {
		s.release(sys, c, id)
		return nil, err
	}
	return d, nil
}

func reasonOf(acc *ent.Account) any {
	if acc.DisabledReason == nil {
		return nil
	}
	return acc.DisabledReason.String()
}
