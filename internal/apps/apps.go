// Package apps keeps platform apps: the client credentials (an OAuth client,
// a Stripe platform key, a Plaid client) through which some credential types
// reach their source. Client secrets are sealed by the vault, bound to the
// app's row, and never shown again.
package apps

import (
	"context"
	"fmt"
	"strings"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/source"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/ids"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/vault"
)

// CreateInput holds a new platform app.
type CreateInput struct {
	Source       string
	Name         string
	ClientID     string
	ClientSecret string
	// OAuthScopes are the scopes hosted OAuth connects ask for; the
	// source's defaults when empty.
	OAuthScopes []string
}

// Bounds of an app's OAuth scopes.
const (
	MaxScopes     = 50
	MaxScopeBytes = 200
)

// Store creates platform apps and opens their secrets.
type Store struct {
	keys *vault.Keyring
}

// NewStore returns a store sealing client secrets with keys.
func NewStore(keys *vault.Keyring) *Store { return &Store{keys: keys} }

// Create adds a platform app in the viewer's environment. It returns
// BAD_USER_INPUT for an unknown source or empty fields, and CONFLICT for a
// name the source already has.
func (s *Store) Create(ctx context.Context, c *ent.Client, in CreateInput) (*ent.PlatformApp, error) {
	var fields []errs.FieldError
	for _, f := range []struct{ name, value string }{{"name", in.Name}, {"clientId", in.ClientID}, {"clientSecret", in.ClientSecret}} {
		if strings.TrimSpace(f.value) == "" {
			fields = append(fields, errs.FieldError{Field: f.name, Message: "must not be empty"})
		}
	}
	if problem := checkScopes(in.OAuthScopes); problem != "" {
		fields = append(fields, errs.FieldError{Field: "oauthScopes", Message: problem})
	}
	if len(fields) > 0 {
		return nil, errs.Invalid("the platform app is incomplete", fields...)
	}
	if problem := catalog.CheckAppClientID(in.Source, in.ClientID); problem != "" {
		return nil, errs.Invalid("the platform app's client ID is not valid", errs.FieldError{Field: "clientId", Message: problem})
	}
	src, err := c.Source.Query().Where(source.Key(in.Source)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, errs.Invalid(fmt.Sprintf("there is no source %q", in.Source), errs.FieldError{Field: "source", Message: "is not a source of the catalog"})
	}
	if err != nil {
		return nil, fmt.Errorf("apps.Create: %w", err)
	}
	env := auth.FromContext(ctx).EnvironmentID
	id := ids.New("app")
	return store.InTx(ctx, c, func(tx *ent.Client) (*ent.PlatformApp, error) {
		app, err := tx.PlatformApp.Create().
			SetID(id).
			SetEnvironmentID(env).
			SetSource(src).
			SetName(strings.TrimSpace(in.Name)).
			SetClientID(in.ClientID).
			SetOauthScopes(in.OAuthScopes).
			SetClientSecret(s.keys.Seal(vault.AppSecret, []byte(in.ClientSecret), boundData(env, id, src.ID))).
			Save(ctx)
		if ent.IsConstraintError(err) {
			return nil, errs.New(errs.Conflict, "source %s already has a platform app named %q", in.Source, in.Name)
		}
		if err != nil {
			return nil, fmt.Errorf("apps.Create: %w", err)
		}
		return app, audit.Record(ctx, tx, event.TypePLATFORM_APP_CREATED, app.ID, map[string]any{"source": src.Key, "name": app.Name})
	})
}

// Secret returns the app's decrypted client secret.
func (s *Store) Secret(app *ent.PlatformApp) (string, error) {
	plain, err := openSecret(s.keys, app)
	if err != nil {
		return "", fmt.Errorf("apps.Secret(%q): %w", app.ID, err)
	}
	return string(plain), nil
}

// Reseal returns the app's client secret sealed again under the primary
// key and bound to its row and source, or nil when it already is.
func Reseal(keys *vault.Keyring, app *ent.PlatformApp) ([]byte, error) {
	if !keys.NeedsRewrap(app.ClientSecret) {
		return nil, nil
	}
	plain, err := openSecret(keys, app)
	if err != nil {
		return nil, fmt.Errorf("apps: opening %s: %w", app.ID, err)
	}
	return keys.Seal(vault.AppSecret, plain, boundData(app.EnvironmentID, app.ID, app.SourceID)), nil
}

// openSecret decrypts the stored value of the app's secret: bound to its
// row and source, or, sealed before that, to its row alone.
func openSecret(keys *vault.Keyring, app *ent.PlatformApp) ([]byte, error) {
	if vault.IsLegacy(app.ClientSecret) {
		return keys.OpenLegacy(app.ClientSecret, []byte("latchkey/platform_app/"+app.EnvironmentID+"/"+app.ID))
	}
	return keys.Open(vault.AppSecret, app.ClientSecret, boundData(app.EnvironmentID, app.ID, app.SourceID))
}

// boundData is the associated data of an app's secret: its row and the
// source it is sent to, so an app pointed at another source in the
// database does not open.
func boundData(env, id, sourceID string) []byte {
	return []byte(strings.Join([]string{"latchkey/platform_app", env, id, sourceID}, "\x00"))
}

// checkScopes returns what is wrong with an app's OAuth scopes, in plain
// words, or "".
func checkScopes(scopes []string) string {
	if len(scopes) > MaxScopes {
		return fmt.Sprintf("must list at most %d scopes", MaxScopes)
	}
	for _, s := range scopes {
		if s == "" || len(s) > MaxScopeBytes || strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
			return fmt.Sprintf("must each be 1 to %d characters without spaces", MaxScopeBytes)
		}
	}
	return ""
}
