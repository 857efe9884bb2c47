package keys

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
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

// Authenticator turns a secret key into a viewer. It reads a key from the
// database at most once per Freshness, and again after any change (see
// Freshness), so that authenticating a request usually costs no statement.
type Authenticator struct {
	client  *ent.Client
	dialect string
	onErr   func(error)
	cache   *cache
}

// NewAuthenticator returns an authenticator reading keys through client, a
// database of the given ent dialect; changes tells it when keys may have
// changed. onErr receives failures to record lastUsedTime, which do not
// fail requests.
func NewAuthenticator(client *ent.Client, dialect string, changes Changes, onErr func(error)) *Authenticator {
	return &Authenticator{client: client, dialect: dialect, onErr: onErr, cache: newCache(changes)}
}

// Known reports whether secretKey authenticated in this process lately
// (its key was read, and the secret is its current or previous one), so
// that looking its key up again is worth it even for a client whose
// address spent its budget of failures.
func (a *Authenticator) Known(secretKey string) bool {
	token, secret, err := auth.ParseSecretKey(secretKey)
	return err == nil && a.cache.known(token, auth.HashSecret(secret))
}

// Grant is what one authentication granted: a viewer, for as long as the
// key it names stays enabled, unexpired, and keeps the secret presented
// as its current secret or as its previous one within the grace period.
// Connections that outlive a request keep their Grant and re-check it
// (Recheck).
type Grant struct {
	// Viewer is the caller the key makes.
	Viewer *auth.Viewer

	token      string
	secretHash []byte
	// until is when the grant ends by itself, in Unix nanoseconds; 0 for
	// never. Recheck moves it (a rotation starts a grace period).
	until atomic.Int64
}

// Until returns when the grant ends by itself (the key expires, or the
// previous secret's grace period ends); zero when it does not.
func (g *Grant) Until() time.Time {
	if n := g.until.Load(); n != 0 {
		return time.Unix(0, n)
	}
	return time.Time{}
}

func (g *Grant) setUntil(t time.Time) {
	var n int64
	if !t.IsZero() {
		n = t.UnixNano()
	}
	g.until.Store(n)
}

// Authenticate returns the viewer of a secret key. It returns UNAUTHENTICATED
// for a malformed, unknown or wrong secret key, or one whose key is
// disabled, expired, or rotated out after its grace period.
func (a *Authenticator) Authenticate(ctx context.Context, secretKey string) (*auth.Viewer, error) {
	g, err := a.Grant(ctx, secretKey)
	if err != nil {
		return nil, err
	}
	return g.Viewer, nil
}

// Grant is Authenticate, returning the grant to re-check later.
func (a *Authenticator) Grant(ctx context.Context, secretKey string) (*Grant, error) {
	token, secret, err := auth.ParseSecretKey(secretKey)
	if errors.Is(err, auth.ErrMistypedKey) {
		return nil, errs.New(errs.Unauthenticated, "the API key is not a Latchkey key or is mistyped: its checksum does not match")
	}
	if err != nil {
		return nil, errs.New(errs.Unauthenticated, "the API key is not a Latchkey secret key: expected %s… as issued by createAuthAccess", auth.SecretKeyPrefix)
	}
	e, err := a.cache.key(ctx, a.client, token)
	if ent.IsNotFound(err) {
		return nil, errs.New(errs.Unauthenticated, "the API key is not valid")
	}
	if err != nil {
		return nil, fmt.Errorf("keys.Authenticate: %w", err)
	}
	key, now := e.key, clock.Now()
	hash := auth.HashSecret(secret)
	until, why := holds(key, hash, now)
	switch why {
	case wrongSecret:
		return nil, errs.New(errs.Unauthenticated, "the API key is not valid")
	case disabled:
		return nil, errs.New(errs.Unauthenticated, "the API key is disabled")
	case expired:
		return nil, errs.New(errs.Unauthenticated, "the API key expired at %s", key.ExpiresTime.Format(time.RFC3339))
	}
	if a.cache.touch(e, now) {
		// In the background: the request does not wait for the write, and
		// the write outlives a request that ends first.
		go a.touch(context.WithoutCancel(ctx), key.ID, now)
	}
	v := viewerOf(key)
	v.KeySecretHash = hash
	g := &Grant{Viewer: v, token: token, secretHash: hash}
	g.setUntil(until)
	return g, nil
}

// viewerOf returns the viewer key makes.
func viewerOf(key *ent.AuthAccess) *auth.Viewer {
	v := &auth.Viewer{EnvironmentID: key.EnvironmentID, AuthAccessID: key.ID, Permission: key.Permission, Sources: key.SourceKeys}
	if key.PersonID != nil {
		v.PersonID = *key.PersonID
	}
	return v
}

// Resume returns the viewer of the key id, for work it started earlier
// with the secret whose digest is secretHash (a hosted OAuth flow), as a
// request presenting that secret would be authenticated now, read from
// the database. It returns UNAUTHENTICATED, in plain words, when the key
// was deleted, disabled, expired, or its secret rotated out since.
func Resume(ctx context.Context, c *ent.Client, id string, secretHash []byte) (*auth.Viewer, error) {
	key, err := c.AuthAccess.Get(privacy.DecisionContext(ctx, privacy.Allow), id)
	if ent.IsNotFound(err) {
		return nil, errs.New(errs.Unauthenticated, "the API key was deleted")
	}
	if err != nil {
		return nil, fmt.Errorf("keys.Resume: %w", err)
	}
	if _, why := holds(key, secretHash, clock.Now()); why != accepted {
		return nil, errs.New(errs.Unauthenticated, "%s", ended(why))
	}
	v := viewerOf(key)
	v.KeySecretHash = secretHash
	return v, nil
}

// Holds checks that a grant still holds now, as the key of a new request
// would be checked: through the keys this process read within Freshness.
// It returns the reason in plain words when it no longer does.
func (a *Authenticator) Holds(ctx context.Context, g *Grant) (string, bool, error) {
	e, err := a.cache.key(ctx, a.client, g.token)
	if ent.IsNotFound(err) {
		return "the API key was deleted", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("keys.Holds: %w", err)
	}
	until, why := holds(e.key, g.secretHash, clock.Now())
	if why != accepted {
		return ended(why), false, nil
	}
	g.setUntil(until)
	return "", true, nil
}

// ended says why a grant ended.
func ended(why refusal) string {
	switch why {
	case wrongSecret:
		return "the API key's secret key was rotated"
	case disabled:
		return "the API key was disabled"
	default:
		return "the API key expired"
	}
}

// refusal says why a key does not authenticate a secret.
type refusal int

const (
	accepted refusal = iota
	wrongSecret
	disabled
	expired
)

// holds reports whether key, presented with a secret of this hash at now,
// authenticates, and when that ends by itself (zero for never).
func holds(key *ent.AuthAccess, hash []byte, now time.Time) (time.Time, refusal) {
	current := subtle.ConstantTimeCompare(hash, key.SecretHash) == 1
	previous := !current && key.PreviousSecretHash != nil && key.PreviousSecretExpiresTime != nil &&
		now.Before(*key.PreviousSecretExpiresTime) && subtle.ConstantTimeCompare(hash, *key.PreviousSecretHash) == 1
	switch {
	case !current && !previous:
		return time.Time{}, wrongSecret
	case !key.IsEnabled:
		return time.Time{}, disabled
	case key.ExpiresTime != nil && !now.Before(*key.ExpiresTime):
		return time.Time{}, expired
	}
	var until time.Time
	if key.ExpiresTime != nil {
		until = *key.ExpiresTime
	}
	if previous && (until.IsZero() || key.PreviousSecretExpiresTime.Before(until)) {
		until = *key.PreviousSecretExpiresTime
	}
	return until, accepted
}

// Recheck returns the grants that no longer hold, each with the reason in
// plain words: their key was disabled, deleted or expired, or the secret
// presented was rotated out; the others' Until follows their key. It reads
// their keys from the database, a few hundred at a time, whatever this
// process holds of them, and refreshes what it holds. It is safe for
// concurrent use.
func (a *Authenticator) Recheck(ctx context.Context, grants []*Grant) (map[*Grant]string, error) {
	gen, at := a.cache.changes.KeyGeneration(), time.Now()
	ids := make([]string, 0, len(grants))
	seen := map[string]bool{}
	for _, g := range grants {
		if id := g.Viewer.AuthAccessID; !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	byID := make(map[string]*ent.AuthAccess, len(ids))
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	for chunk := range slices.Chunk(ids, recheckChunk) {
		found, err := a.client.AuthAccess.Query().Where(authaccess.IDIn(chunk...)).All(sys)
		if err != nil {
			return nil, fmt.Errorf("keys.Recheck: %w", err)
		}
		for _, k := range found {
			byID[k.ID] = k
		}
	}
	now := clock.Now()
	out := map[*Grant]string{}
	for _, g := range grants {
		key := byID[g.Viewer.AuthAccessID]
		if key == nil {
			a.cache.forget(g.token)
			out[g] = "the API key was deleted"
			continue
		}
		a.cache.refresh(key, gen, at)
		until, why := holds(key, g.secretHash, now)
		if why != accepted {
			out[g] = ended(why)
			continue
		}
		g.setUntil(until)
	}
	return out, nil
}

// recheckChunk bounds the keys one query of Recheck reads.
const recheckChunk = 500

// touch records that the key was used at now, unless a concurrent request
// already did within LastUsedResolution. It writes last_used_time alone:
// using a key is not a change of the key, so updatedTime stays.
func (a *Authenticator) touch(ctx context.Context, id string, now time.Time) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, err := store.SetQuietly(privacy.DecisionContext(ctx, privacy.Allow), a.client, a.dialect, authaccess.Table,
		map[string]any{authaccess.FieldLastUsedTime: now},
		sql.And(
			sql.EQ(authaccess.FieldID, id),
			sql.Or(sql.IsNull(authaccess.FieldLastUsedTime), sql.LT(authaccess.FieldLastUsedTime, now.Add(-LastUsedResolution))),
		))
	if err != nil && a.onErr != nil {
		a.onErr(fmt.Errorf("keys: recording lastUsedTime of %s: %w", id, err))
	}
}
