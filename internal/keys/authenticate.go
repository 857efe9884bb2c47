package keys

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/authaccess"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/store"
)

// LastUsedResolution is how stale a key's lastUsedTime may be: it is written
// at most once per key in this span, not on every request.
const LastUsedResolution = time.Minute

// Authenticator turns a secret key into a viewer.
type Authenticator struct {
	client  *ent.Client
	dialect string
	onErr   func(error)
}

// NewAuthenticator returns an authenticator reading keys through client, a
// database of the given ent dialect. onErr receives failures to record
// lastUsedTime, which do not fail requests.
func NewAuthenticator(client *ent.Client, dialect string, onErr func(error)) *Authenticator {
	return &Authenticator{client: client, dialect: dialect, onErr: onErr}
}

// Authenticate returns the viewer of a secret key. It returns UNAUTHENTICATED
// for a malformed, unknown or wrong secret key, or one whose key is
// disabled, expired, or rotated out after its grace period.
func (a *Authenticator) Authenticate(ctx context.Context, secretKey string) (*auth.Viewer, error) {
	token, secret, err := auth.ParseSecretKey(secretKey)
	if err != nil {
		return nil, errs.New(errs.Unauthenticated, "the API key is malformed: expected %s… as issued by createAuthAccess", auth.SecretKeyPrefix)
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	key, err := a.client.AuthAccess.Query().Where(authaccess.Token(token)).Only(sys)
	if ent.IsNotFound(err) {
		return nil, errs.New(errs.Unauthenticated, "the API key is not valid")
	}
	if err != nil {
		return nil, fmt.Errorf("keys.Authenticate: %w", err)
	}
	now := clock.Now()
	current := auth.SecretMatches(secret, key.SecretHash)
	previous := key.PreviousSecretHash != nil && key.PreviousSecretExpiresTime != nil &&
		now.Before(*key.PreviousSecretExpiresTime) && auth.SecretMatches(secret, *key.PreviousSecretHash)
	switch {
	case !current && !previous:
		return nil, errs.New(errs.Unauthenticated, "the API key is not valid")
	case !key.IsEnabled:
		return nil, errs.New(errs.Unauthenticated, "the API key is disabled")
	case key.ExpiresTime != nil && !now.Before(*key.ExpiresTime):
		return nil, errs.New(errs.Unauthenticated, "the API key expired at %s", key.ExpiresTime.Format(time.RFC3339))
	}
	if key.LastUsedTime == nil || now.Sub(*key.LastUsedTime) >= LastUsedResolution {
		a.touch(sys, key.ID, now)
	}
	v := &auth.Viewer{EnvironmentID: key.EnvironmentID, AuthAccessID: key.ID, Permission: key.Permission, Sources: key.SourceKeys}
	if key.PersonID != nil {
		v.PersonID = *key.PersonID
	}
	return v, nil
}

// touch records that the key was used at now, unless a concurrent request
// already did within LastUsedResolution. It writes last_used_time alone:
// using a key is not a change of the key, so updatedTime stays.
func (a *Authenticator) touch(ctx context.Context, id string, now time.Time) {
	_, err := store.SetQuietly(ctx, a.client, a.dialect, authaccess.Table,
		map[string]any{authaccess.FieldLastUsedTime: now},
		sql.And(
			sql.EQ(authaccess.FieldID, id),
			sql.Or(sql.IsNull(authaccess.FieldLastUsedTime), sql.LT(authaccess.FieldLastUsedTime, now.Add(-LastUsedResolution))),
		))
	if err != nil && a.onErr != nil {
		a.onErr(fmt.Errorf("keys: recording lastUsedTime of %s: %w", id, err))
	}
}
