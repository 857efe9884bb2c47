package accounts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/revocation"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/ids"
	"github.com/latchkey/latchkey/internal/store"
	"github.com/latchkey/latchkey/internal/vault"
)

// RevocationOutcome says what became of a deleted account's credentials
// at their source.
type RevocationOutcome string

// The outcomes of a deletion's revocation.
const (
	// RevocationRevoked: the source revoked them (or no longer accepted
	// them).
	RevocationRevoked RevocationOutcome = "REVOKED"
	// RevocationPending: the source could not revoke them now, for a
	// reason that may pass; it is retried in the background.
	RevocationPending RevocationOutcome = "PENDING"
	// RevocationFailed: the source refused to revoke them, or they could
	// not be read; nothing will retry it.
	RevocationFailed RevocationOutcome = "FAILED"
	// RevocationNotSupported: the source offers no way to revoke them.
	RevocationNotSupported RevocationOutcome = "NOT_SUPPORTED"
	// RevocationSkipped: the caller asked not to revoke them.
	RevocationSkipped RevocationOutcome = "SKIPPED"
)

// Deletion is what deleting an account did at its source.
type Deletion struct {
	// Revocation is the outcome of revoking the credentials.
	Revocation RevocationOutcome
	// Reason says in plain words why a pending revocation failed.
	Reason string
}

// DefaultRevocationRetries are the waits before each retry of a failed
// revocation, about two days in all; after the last, the credentials are
// dropped unrevoked and an ACCOUNT_REVOCATION_FAILED event says so.
var DefaultRevocationRetries = []time.Duration{
	time.Minute, 5 * time.Minute, 30 * time.Minute, 2 * time.Hour, 6 * time.Hour, 12 * time.Hour, 24 * time.Hour,
}

// revoke revokes acc's credentials at their source when asked and
// possible, and says how it went; for a pending revocation it returns the
// credentials to keep for the retries.
func (s *Service) revoke(ctx context.Context, acc *ent.Account, asked bool) (*Deletion, map[string]string) {
	src := acc.Edges.Source
	switch {
	case !asked:
		return &Deletion{Revocation: RevocationSkipped}, nil
	case src.HTTP != nil || !catalog.CanRevoke(src.Key, acc.CredentialType):
		return &Deletion{Revocation: RevocationNotSupported}, nil
	}
	creds, err := s.open(acc, src)
	if err != nil {
		return &Deletion{Revocation: RevocationFailed, Reason: "the stored credentials could not be opened"}, nil
	}
	err = s.revokeAt(ctx, src.Key, acc.CredentialType, creds, acc.Edges.PlatformApp)
	switch f := catalog.AsFailure(err); {
	case err == nil:
		return &Deletion{Revocation: RevocationRevoked}, nil
	case f != nil && f.Transient():
		return &Deletion{Revocation: RevocationPending, Reason: f.Error()}, creds
	default:
		return &Deletion{Revocation: RevocationFailed, Reason: reasonOfRevocation(err)}, nil
	}
}

// revokeAt makes the source's revoke call with creds, through app when the
// credential type needs one.
func (s *Service) revokeAt(ctx context.Context, sourceKey, credentialType string, creds map[string]string, app *ent.PlatformApp) error {
	req := catalog.Request{Source: sourceKey, CredentialType: credentialType, Credentials: creds}
	if app != nil {
		secret, err := s.apps.Secret(app)
		if err != nil {
			return errAppSecret
		}
		req.App = &catalog.App{ClientID: app.ClientID, ClientSecret: secret}
	}
	return s.verifier.Revoke(ctx, req)
}

// Failures of a revocation on Latchkey's side, in words safe to show.
var (
	errAppSecret = errors.New("the platform app's secret could not be opened")
	errNoApp     = errors.New("the platform app was deleted")
	errUnopened  = errors.New("the kept credentials could not be opened")
)

// reasonOfRevocation says why a revocation failed, in words safe to show.
func reasonOfRevocation(err error) string {
	if f := catalog.AsFailure(err); f != nil {
		return f.Error()
	}
	for _, known := range []error{errAppSecret, errNoApp, errUnopened} {
		if errors.Is(err, known) {
			return known.Error()
		}
	}
	return "the revocation could not be made"
}

// keepForRevocation keeps acc's credentials for the retries of their
// revocation: sealed anew, bound to the revocation's own row as well as to
// where they go, so that no account's sealed value copied into the table
// (nor a kept one copied back, or to another row) opens.
func (s *Service) keepForRevocation(ctx context.Context, tx *ent.Client, acc *ent.Account, creds map[string]string, reason string) error {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	r := &ent.Revocation{
		ID: ids.New("rvk"), EnvironmentID: acc.EnvironmentID, AccountID: acc.ID, SourceID: acc.SourceID,
		SourceKey: acc.Edges.Source.Key, CredentialType: acc.CredentialType, PlatformAppID: acc.PlatformAppID,
	}
	plain, err := json.Marshal(creds)
	if err != nil {
		return fmt.Errorf("accounts: encoding credentials: %w", err)
	}
	err = tx.Revocation.Create().
		SetID(r.ID).
		SetEnvironmentID(r.EnvironmentID).
		SetAccountID(r.AccountID).
		SetSourceID(r.SourceID).
		SetSourceKey(r.SourceKey).
		SetCredentialType(r.CredentialType).
		SetNillablePlatformAppID(r.PlatformAppID).
		SetCredentials(s.keys.Seal(vault.Credentials, plain, keptData(r))).
		SetAttemptCount(1). // the attempt at the deletion
		SetNextAttemptTime(clock.Now().Add(s.revocationRetries[0])).
		SetLastError(reason).
		Exec(sys)
	if err != nil {
		return fmt.Errorf("accounts: keeping %s's credentials for their revocation: %w", acc.ID, err)
	}
	return nil
}

// revocationConcurrency is how many revocations one round makes at once.
const revocationConcurrency = 4

// RetryRevocations retries up to batch revocations that are due, a few at
// a time, and returns how many it tried. It takes the environments in
// turn, so that one tenant's many revocations during a source's outage do
// not hold back another's. Each one that succeeds, or fails for good,
// drops the credentials and records ACCOUNT_REVOKED or
// ACCOUNT_REVOCATION_FAILED about the deleted account.
func (s *Service) RetryRevocations(ctx context.Context, c *ent.Client, batch int) (int, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	now := clock.Now()
	due, err := c.Revocation.Query().
		Where(revocation.NextAttemptTimeLTE(now),
			revocation.Or(revocation.LeaseExpiresTimeIsNil(), revocation.LeaseExpiresTimeLTE(now))).
		Order(revocation.ByNextAttemptTime(), revocation.ByID()).Limit(4 * batch).All(sys)
	if err != nil {
		return 0, fmt.Errorf("accounts: reading due revocations: %w", err)
	}
	var (
		wg    sync.WaitGroup
		slots = make(chan struct{}, revocationConcurrency)
		mu    sync.Mutex
		tried int
		first error
	)
	for _, r := range inTurns(due, batch) {
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			took, err := s.takeRevocation(sys, c, r)
			if took && err == nil {
				err = s.retryRevocation(ctx, c, r)
			}
			mu.Lock()
			defer mu.Unlock()
			if took {
				tried++
			}
			if err != nil && first == nil {
				first = err
			}
		})
	}
	wg.Wait()
	return tried, first
}

// takeRevocation leases r for one retry, only as it was read: not retried,
// nor taken, by another process meanwhile. It reports whether it took it.
func (s *Service) takeRevocation(sys context.Context, c *ent.Client, r *ent.Revocation) (bool, error) {
	now := clock.Now()
	n, err := c.Revocation.Update().
		Where(revocation.ID(r.ID), revocation.AttemptCount(r.AttemptCount), revocation.NextAttemptTimeLTE(now),
			revocation.Or(revocation.LeaseExpiresTimeIsNil(), revocation.LeaseExpiresTimeLTE(now))).
		SetLeaseExpiresTime(now.Add(s.verifier.Timeout() + leaseMargin)).
		Save(sys)
	if err != nil {
		return false, fmt.Errorf("accounts: taking revocation %s: %w", r.ID, err)
	}
	return n == 1, nil
}

// inTurns returns up to n of due, taking the environments in turn, each
// in due's order.
func inTurns(due []*ent.Revocation, n int) []*ent.Revocation {
	var envs []string
	byEnv := map[string][]*ent.Revocation{}
	for _, r := range due {
		if _, ok := byEnv[r.EnvironmentID]; !ok {
			envs = append(envs, r.EnvironmentID)
		}
		byEnv[r.EnvironmentID] = append(byEnv[r.EnvironmentID], r)
	}
	var out []*ent.Revocation
	for len(out) < min(n, len(due)) {
		for _, env := range envs {
			if queue := byEnv[env]; len(queue) > 0 && len(out) < n {
				out, byEnv[env] = append(out, queue[0]), queue[1:]
			}
		}
	}
	return out
}

// retryRevocation tries one revocation again and records the outcome.
func (s *Service) retryRevocation(ctx context.Context, c *ent.Client, r *ent.Revocation) error {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	actor := auth.NewContext(sys, &auth.Viewer{EnvironmentID: r.EnvironmentID, PersonID: SystemPersonID, Permission: auth.FullAccess})
	err := s.revokeKept(sys, c, r)
	data := map[string]any{"source": r.SourceKey, "attempts": r.AttemptCount + 1}
	if err == nil {
		return s.dropKept(actor, c, r, event.TypeACCOUNT_REVOKED, data)
	}
	reason := reasonOfRevocation(err)
	if f := catalog.AsFailure(err); f == nil || !f.Transient() || r.AttemptCount >= len(s.revocationRetries) {
		// Refused, unreadable, or out of retries: nothing more to try.
		data["reason"] = reason
		return s.dropKept(actor, c, r, event.TypeACCOUNT_REVOCATION_FAILED, data)
	}
	err = c.Revocation.UpdateOne(r).
		AddAttemptCount(1).SetLastError(reason).ClearLeaseExpiresTime().
		SetNextAttemptTime(clock.Now().Add(s.revocationRetries[r.AttemptCount])).
		Exec(sys)
	if err != nil {
		return fmt.Errorf("accounts: recording revocation %s: %w", r.ID, err)
	}
	return nil
}

// revokeKept opens kept credentials and makes the revoke call.
func (s *Service) revokeKept(sys context.Context, c *ent.Client, r *ent.Revocation) error {
	var app *ent.PlatformApp
	if r.PlatformAppID != nil {
		var err error
		if app, err = c.PlatformApp.Get(sys, *r.PlatformAppID); ent.IsNotFound(err) {
			return errNoApp
		} else if err != nil {
			return fmt.Errorf("accounts: reading the platform app of revocation %s: %w", r.ID, err)
		}
	}
	plain, err := openKept(s.keys, r)
	if err != nil {
		return errUnopened
	}
	var creds map[string]string
	if err := json.Unmarshal(plain, &creds); err != nil {
		return errUnopened
	}
	return s.revokeAt(sys, r.SourceKey, r.CredentialType, creds, app)
}

// keptData is the associated data of kept credentials: the revocation's
// row and where the credentials go, under a label of its own.
func keptData(r *ent.Revocation) []byte {
	b := binding{environment: r.EnvironmentID, account: r.AccountID, source: r.SourceID, sourceKey: r.SourceKey, credentialType: r.CredentialType}
	if r.PlatformAppID != nil {
		b.platformApp = *r.PlatformAppID
	}
	return []byte("latchkey/revocation\x00" + r.ID + "\x00" + string(b.data()))
}

// openKept decrypts kept credentials.
func openKept(keys *vault.Keyring, r *ent.Revocation) ([]byte, error) {
	return keys.Open(vault.Credentials, r.Credentials, keptData(r))
}

// ResealKept returns kept credentials sealed again under the primary key,
// or nil when they already are.
func ResealKept(keys *vault.Keyring, r *ent.Revocation) ([]byte, error) {
	if !keys.NeedsRewrap(r.Credentials) {
		return nil, nil
	}
	plain, err := openKept(keys, r)
	if err != nil {
		return nil, fmt.Errorf("accounts: opening revocation %s: %w", r.ID, err)
	}
	return keys.Seal(vault.Credentials, plain, keptData(r)), nil
}

// dropKept deletes kept credentials and records typ about their account.
func (s *Service) dropKept(actor context.Context, c *ent.Client, r *ent.Revocation, typ event.Type, data map[string]any) error {
	return store.WithTx(actor, c, func(tx *ent.Client) error {
		if err := tx.Revocation.DeleteOne(r).Exec(actor); err != nil {
			return fmt.Errorf("accounts: dropping revocation %s: %w", r.ID, err)
		}
		return audit.Record(actor, tx, typ, r.AccountID, data)
	})
}

// RevocationBatch is how many due revocations one round retries.
const RevocationBatch = 50

// RunRevocations retries due revocations every interval until ctx ends.
func (s *Service) RunRevocations(ctx context.Context, c *ent.Client, every time.Duration, log *slog.Logger) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		if _, err := s.RetryRevocations(ctx, c, RevocationBatch); err != nil && !errors.Is(err, context.Canceled) {
			log.Warn("retrying revocations failed", "error", err.Error())
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
