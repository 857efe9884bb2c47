// Package accounts adds end users' accounts with their credentials, verifies
// them with a protected call to the source, and changes, enables, disables,
// reveals and deletes them. Credentials are checked against the source's
// credential type and sealed by the vault, bound to the account's row and
// to where they go (sealing.go).
package accounts

import (
	"math/rand/v2"
	"time"

	"github.com/latchkey/latchkey/internal/apps"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/vault"
)

// IDPrefix starts every account ID.
const IDPrefix = "acc"

// Config holds what the service needs.
type Config struct {
	// Keys seals and opens credentials.
	Keys *vault.Keyring
	// Apps opens platform apps' secrets.
	Apps *apps.Store
	// Verifier makes the protected calls.
	Verifier *catalog.Verifier
	// Dialect is the database's ent dialect.
	Dialect string
	// RecheckAfter is how long after a successful verification an account
	// is due to be verified again; zero schedules none.
	RecheckAfter time.Duration
	// RevocationRetries are the waits before each retry of a failed
	// revocation (DefaultRevocationRetries when nil).
	RevocationRetries []time.Duration
}

// Service adds, verifies and changes accounts.
type Service struct {
	keys         *vault.Keyring
	apps         *apps.Store
	verifier     *catalog.Verifier
	dialect      string
	recheckAfter time.Duration
	// revocationRetries are the waits before each retry of a revocation.
	revocationRetries []time.Duration
}

// New returns a service with cfg.
func New(cfg Config) *Service {
	retries := cfg.RevocationRetries
	if len(retries) == 0 {
		retries = DefaultRevocationRetries
	}
	return &Service{keys: cfg.Keys, apps: cfg.Apps, verifier: cfg.Verifier, dialect: cfg.Dialect, recheckAfter: cfg.RecheckAfter, revocationRetries: retries}
}

// nextCheck returns when an account verified now is due again, give or take
// a tenth of the interval, or nil when no rechecks are scheduled.
func (s *Service) nextCheck() *time.Time {
	if s.recheckAfter <= 0 {
		return nil
	}
	// A tenth either way spreads the rechecks of accounts added together.
	jitter := time.Duration((rand.Float64() - 0.5) * 0.2 * float64(s.recheckAfter))
	t := clock.Now().Add(s.recheckAfter + jitter)
	return &t
}
