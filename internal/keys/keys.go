// Package keys manages API keys (AuthAccess objects): creating them with a
// secret key shown once, finding, changing, disabling and rotating them. The
// permission rules themselves live in the data layer's privacy policy; this
// package adds the input checks and the audit trail.
package keys

import (
	"context"
	"fmt"
	"maps"
	"strings"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/authaccess"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/policy"
	"github.com/latchkey/latchkey/internal/store"
)

// MaxGracePeriod is the longest a rotated secret key keeps working.
const MaxGracePeriod = 30 * 24 * time.Hour

// CreateInput holds the fields of a new key.
type CreateInput struct {
	Name        string
	Permission  auth.Permission
	Description *string
	ForeignData *string
	ForeignID   *string
	ExpiresTime *time.Time
}

// Create makes a key in the viewer's environment and returns it with its
// secret key, which is not stored and cannot be read again. It returns
// BAD_USER_INPUT for invalid fields, CONFLICT for a foreignId in use, and a
// privacy denial for a permission above the viewer's.
func Create(ctx context.Context, c *ent.Client, in CreateInput) (*ent.AuthAccess, string, error) {
	var fields []errs.FieldError
	if strings.TrimSpace(in.Name) == "" {
		fields = append(fields, errs.FieldError{Field: "name", Message: "must not be empty"})
	}
	if in.ForeignID != nil && *in.ForeignID == "" {
		fields = append(fields, errs.FieldError{Field: "foreignId", Message: "must not be empty; omit it instead"})
	}
	if in.ExpiresTime != nil && !in.ExpiresTime.After(clock.Now()) {
		fields = append(fields, errs.FieldError{Field: "expiresTime", Message: "must be in the future"})
	}
	if len(fields) > 0 {
		return nil, "", errs.Invalid("the key's fields are invalid", fields...)
	}
	var expires *time.Time
	if in.ExpiresTime != nil {
		t := clock.Normalize(*in.ExpiresTime)
		expires = &t
	}
	key, secretKey, err := insert(ctx, c, func(create *ent.AuthAccessCreate) {
		create.
			SetName(strings.TrimSpace(in.Name)).
			SetPermission(in.Permission).
			SetNillableDescription(in.Description).
			SetNillableForeignData(in.ForeignData).
			SetNillableForeignID(in.ForeignID).
			SetNillableExpiresTime(expires)
	}, nil)
	if ent.IsConstraintError(err) && in.ForeignID != nil {
		return nil, "", errs.New(errs.Conflict, "an AuthAccess with foreignId %q already exists", *in.ForeignID)
	}
	if err != nil {
		return nil, "", fmt.Errorf("keys.Create: %w", err)
	}
	return key, secretKey, nil
}

// insert creates a key in the viewer's environment, its Creator and its
// AUTH_ACCESS_CREATED event (with extra data beside its name and
// permission) in one transaction, after set has filled in its fields, and
// returns it with its secret key.
func insert(ctx context.Context, c *ent.Client, set func(*ent.AuthAccessCreate), extra map[string]any) (*ent.AuthAccess, string, error) {
	if err := policy.Require(ctx, auth.KeyAdmin, "create API keys"); err != nil {
		return nil, "", err
	}
	var secretKey string
	key, err := store.InTx(ctx, c, func(tx *ent.Client) (*ent.AuthAccess, error) {
		create, secret, err := newKey(ctx, tx)
		if err != nil {
			return nil, err
		}
		secretKey = secret
		set(create)
		key, err := create.Save(ctx)
		if err != nil {
			return nil, err
		}
		data := map[string]any{"name": key.Name, "permission": string(key.Permission)}
		maps.Copy(data, extra)
		return key, audit.Record(ctx, tx, event.TypeAUTH_ACCESS_CREATED, key.ID, data)
	})
	if err != nil {
		return nil, "", err
	}
	return key, secretKey, nil
}

// newKey starts the creation of a key in the viewer's environment, with its
// Creator, a fresh token and the hash of a fresh secret key, and returns
// the secret key.
func newKey(ctx context.Context, c *ent.Client) (*ent.AuthAccessCreate, string, error) {
	cr, err := audit.NewCreator(ctx, c)
	if err != nil {
		return nil, "", err
	}
	token := auth.NewToken()
	secretKey, hash := auth.NewSecretKey(token)
	create := c.AuthAccess.Create().
		SetEnvironmentID(auth.FromContext(ctx).EnvironmentID).
		SetCreator(cr).
		SetToken(token).
		SetSecretHash(hash)
	return create, secretKey, nil
}

// Ref names one key by exactly one of its id, token or foreignId.
type Ref struct {
	ID        *string
	Token     *string
	ForeignID *string
}

// Get returns the key that ref names. It returns BAD_USER_INPUT unless
// exactly one of the ref's fields is set, and NOT_FOUND when no key the
// viewer may see matches.
func Get(ctx context.Context, c *ent.Client, ref Ref) (*ent.AuthAccess, error) {
	var where []func(*ent.AuthAccessQuery)
	if ref.ID != nil {
		where = append(where, func(q *ent.AuthAccessQuery) { q.Where(authaccess.ID(*ref.ID)) })
	}
	if ref.Token != nil {
		where = append(where, func(q *ent.AuthAccessQuery) { q.Where(authaccess.Token(*ref.Token)) })
	}
	if ref.ForeignID != nil {
		where = append(where, func(q *ent.AuthAccessQuery) { q.Where(authaccess.ForeignID(*ref.ForeignID)) })
	}
	if len(where) != 1 {
		return nil, errs.Invalid("name the AuthAccess by exactly one of id, token or foreignId")
	}
	q := c.AuthAccess.Query()
	where[0](q)
	key, err := q.Only(ctx)
	if ent.IsNotFound(err) {
		return nil, errs.New(errs.NotFound, "no such AuthAccess")
	}
	if err != nil {
		return nil, fmt.Errorf("keys.Get: %w", err)
	}
	return key, nil
}
