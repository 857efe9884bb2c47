// Package accounts adds end users' accounts with their credentials, verifies
// them with a protected call to the source, and changes, enables, disables,
// reveals and deletes them. Credentials are checked against the source's
// credential type and sealed by the vault, bound to the account's row.
package accounts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/apps"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/policy"
	"github.com/latchkey/latchkey/internal/vault"
	"github.com/latchkey/latchkey/internal/verify"
)

// IDPrefix starts every account ID.
const IDPrefix = "acc"

// Service adds, verifies and changes accounts.
type Service struct {
	keys     *vault.Keyring
	apps     *apps.Store
	verifier *verify.Verifier
	dialect  string
}

// NewService returns a service sealing credentials with keys, reading
// platform apps from apps and verifying with verifier, over a database of
// the given ent dialect.
func NewService(keys *vault.Keyring, apps *apps.Store, verifier *verify.Verifier, dialectName string) *Service {
	return &Service{keys: keys, apps: apps, verifier: verifier, dialect: dialectName}
}

// seal encrypts credentials bound to the account's id and environment.
func (s *Service) seal(id, env string, credentials map[string]string) ([]byte, error) {
	plain, err := json.Marshal(credentials)
	if err != nil {
		return nil, fmt.Errorf("accounts: encoding credentials: %w", err)
	}
	return s.keys.Seal(plain, associatedData(id, env)), nil
}

// open decrypts an account's credentials.
func (s *Service) open(acc *ent.Account) (map[string]string, error) {
	plain, err := s.keys.Open(acc.Credentials, associatedData(acc.ID, acc.EnvironmentID))
	if err != nil {
		return nil, fmt.Errorf("accounts: opening %s: %w", acc.ID, err)
	}
	var creds map[string]string
	if err := json.Unmarshal(plain, &creds); err != nil {
		return nil, fmt.Errorf("accounts: opening %s: %w", acc.ID, err)
	}
	return creds, nil
}

func associatedData(id, env string) []byte {
	return []byte("latchkey/account/" + env + "/" + id)
}

// inTx runs fn in a transaction of c, or directly when c already is one.
// What fn returns from a transaction it started is unwrapped from it after
// the commit, so that its edges can still be loaded.
func inTx[T interface{ Unwrap() T }](ctx context.Context, c *ent.Client, fn func(*ent.Client) (T, error)) (T, error) {
	var zero T
	tx, err := c.Tx(ctx)
	if errors.Is(err, ent.ErrTxStarted) {
		return fn(c)
	}
	if err != nil {
		return zero, fmt.Errorf("accounts: starting a transaction: %w", err)
	}
	v, err := fn(tx.Client())
	if err != nil {
		_ = tx.Rollback()
		return zero, err
	}
	if err := tx.Commit(); err != nil {
		return zero, fmt.Errorf("accounts: committing: %w", err)
	}
	return v.Unwrap(), nil
}

// lockable reports whether rows can be locked with SELECT … FOR UPDATE; on
// SQLite a write transaction already excludes every other writer.
func (s *Service) lockable() bool { return s.dialect == dialect.Postgres }

// requireCredentialsOut denies callers that may not see credentials.
func requireCredentialsOut(ctx context.Context) error {
	return policy.Require(ctx, auth.CredentialsOut, "reveal credentials")
}
