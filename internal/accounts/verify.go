package accounts

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/account"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/policy"
	"github.com/latchkey/latchkey/internal/store"
)

// Verify re-runs the protected call of the account with this id and records
// the outcome: VERIFIED; or FAILED with the reason, the account disabled
// with CREDENTIALS_REVOKED (401/403) or CREDENTIALS_EXPIRED (an invalid
// refresh grant). A transient failure (429, 5xx, timeout, malformed answer)
// changes neither status nor state, and schedules a retry with backoff.
// It returns the account, with its source, and the failure, if any.
func (s *Service) Verify(ctx context.Context, c *ent.Client, id string) (*ent.Account, *catalog.Failure, error) {
	// Refuse before calling the source, not only when writing the outcome.
	if err := policy.Require(ctx, auth.Write, "verify accounts"); err != nil {
		return nil, nil, err
	}
	if _, err := Get(ctx, c, id); err != nil {
		return nil, nil, err
	}
	return s.verifyLeased(ctx, c, id, nil)
}

// SystemPersonID names the re-verifier in the events it records.
const SystemPersonID = "latchkey-reverifier"

// Reverify verifies the account with this id on the system's behalf, as the
// re-verifier does: like Verify, for any environment, recording the
// re-verifier as the actor.
func (s *Service) Reverify(ctx context.Context, c *ent.Client, id string) (*catalog.Failure, error) {
	_, failure, err := s.verifyLeased(ctx, c, id, func(ctx context.Context, acc *ent.Account) context.Context {
		return auth.NewContext(ctx, &auth.Viewer{EnvironmentID: acc.EnvironmentID, PersonID: SystemPersonID, Permission: auth.FullAccess})
	})
	return failure, err
}

// actorFunc names who records a verification of acc, when it is not the
// viewer of ctx.
type actorFunc func(ctx context.Context, acc *ent.Account) context.Context

// verifyLeased verifies the account while holding its verification lease,
// so that no two verifications of one account run at once, in this process
// or another: a source that rotates its refresh tokens (Xero) invalidates
// the old one at each use, so the next verification must start from the
// token the previous one stored. No transaction stays open during the call.
func (s *Service) verifyLeased(ctx context.Context, c *ent.Client, id string, actor actorFunc) (*ent.Account, *catalog.Failure, error) {
	if err := s.lease(ctx, c, id); err != nil {
		return nil, nil, err
	}
	acc, failure, err := s.verifyOnce(ctx, c, id, actor)
	if err != nil {
		// The outcome was not written: give the lease back.
		_, _ = store.SetQuietly(context.WithoutCancel(ctx), c, s.dialect, account.Table,
			map[string]any{account.FieldVerifyLockUntil: nil}, sql.EQ(account.FieldID, id))
	}
	return acc, failure, err
}

// lease takes the account's verification lease, waiting while another
// verification (or a deletion) holds it; it returns NOT_FOUND once the
// account is gone. A lease outlives a verification's timeout, so the
// lease of a process that died ends by itself.
func (s *Service) lease(ctx context.Context, c *ent.Client, id string) error {
	for {
		now := clock.Now()
		n, err := store.SetQuietly(ctx, c, s.dialect, account.Table,
			map[string]any{account.FieldVerifyLockUntil: now.Add(s.verifier.Timeout() + leaseMargin)},
			sql.And(sql.EQ(account.FieldID, id), sql.Or(sql.IsNull(account.FieldVerifyLockUntil), sql.LT(account.FieldVerifyLockUntil, now))))
		if err != nil || n == 1 {
			return err
		}
		// Held by another, or deleted meanwhile (by the holder, say).
		sys := privacy.DecisionContext(ctx, privacy.Allow)
		if exists, err := c.Account.Query().Where(account.ID(id)).Exist(sys); err != nil {
			return fmt.Errorf("accounts: waiting for %s: %w", id, err)
		} else if !exists {
			return errs.New(errs.NotFound, "no such account")
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("accounts: waiting to verify %s: %w", id, ctx.Err())
		case <-time.After(leasePoll):
		}
	}
}

// release gives up the verification lease of the account id, after an
// operation that took it failed; a lease it cannot clear ends by itself.
func (s *Service) release(ctx context.Context, c *ent.Client, id string) {
	_, _ = store.SetQuietly(ctx, c, s.dialect, account.Table, map[string]any{account.FieldVerifyLockUntil: nil}, sql.EQ(account.FieldID, id))
}

const (
	// leaseMargin is how much longer than a verification's timeout a lease lasts.
	leaseMargin = 5 * time.Second
	// leasePoll is how often a verification waiting for a lease tries again.
	leasePoll = 25 * time.Millisecond
)

// verifyOnce reads the account, calls the source, and writes the outcome
// and releases the lease in one short transaction. actor, when set, names
// who records it.
func (s *Service) verifyOnce(ctx context.Context, c *ent.Client, id string, actor actorFunc) (*ent.Account, *catalog.Failure, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	acc, err := c.Account.Query().Where(account.ID(id)).WithSource().WithPlatformApp().Only(sys)
	if err != nil {
		return nil, nil, fmt.Errorf("accounts: verifying %s: %w", id, err)
	}
	if actor != nil {
		ctx = actor(sys, acc)
	}
	creds, err := s.open(acc, acc.Edges.Source)
	if err != nil {
		return nil, nil, err
	}
	res, failure, err := s.call(ctx, acc.Edges.Source, acc.CredentialType, creds, acc.Edges.PlatformApp)
	if err != nil {
		return nil, nil, err
	}
	updated, err := store.InTx(ctx, c, func(tx *ent.Client) (*ent.Account, error) {
		return s.recordOutcome(ctx, tx, acc, res, failure)
	})
	return updated, failure, err
}

// recordOutcome writes what a verification of acc found, releases its
// lease, and records the events. The account it returns keeps acc's
// loaded edges.
func (s *Service) recordOutcome(ctx context.Context, c *ent.Client, acc *ent.Account, res *catalog.Result, failure *catalog.Failure) (*ent.Account, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	update := c.Account.UpdateOne(acc).ClearVerifyLockUntil()
	if res != nil && res.Credentials != nil {
		sealed, err := s.seal(bindingOf(acc, acc.Edges.Source), res.Credentials)
		if err != nil {
			return nil, err
		}
		update.SetCredentials(sealed)
	}
	typ, data := event.TypeACCOUNT_VERIFIED, map[string]any{"source": acc.Edges.Source.Key}
	switch {
	case failure == nil:
		update.SetVerificationStatus(account.VerificationStatusVERIFIED).SetVerifiedTime(clock.Now()).ClearVerificationError().
			SetVerifyFailures(0).SetNillableNextVerifyTime(s.nextCheck())
		if acc.ExternalID == nil {
			update.SetExternalID(res.ExternalID)
		}
	case failure.Transient():
		update.SetVerificationError(failure.Error()).
			SetVerifyFailures(acc.VerifyFailures + 1).SetNillableNextVerifyTime(s.retryAfter(acc.VerifyFailures + 1))
		typ, data["reason"], data["status"] = event.TypeACCOUNT_VERIFICATION_FAILED, string(failure.Reason), failure.Status
	default:
		update.SetVerificationStatus(account.VerificationStatusFAILED).SetVerificationError(failure.Error()).
			SetVerifyFailures(0).SetNillableNextVerifyTime(s.nextCheck())
		typ, data["reason"], data["status"] = event.TypeACCOUNT_VERIFICATION_FAILED, string(failure.Reason), failure.Status
	}
	if reason, ok := disableReason(failure); ok && acc.IsEnabled {
		update.SetIsEnabled(false).SetDisabledReason(reason)
	}
	updated, err := update.Save(sys)
	if err != nil {
		return nil, fmt.Errorf("accounts: recording the verification of %s: %w", acc.ID, err)
	}
	updated.Edges = acc.Edges // a verification changes neither source nor app
	if err := audit.Record(ctx, c, typ, acc.ID, data); err != nil {
		return nil, err
	}
	if res != nil && res.Credentials != nil {
		// The source rotated the credentials (a refresh token): what is
		// stored now is new.
		if err := audit.Record(ctx, c, event.TypeACCOUNT_CREDENTIALS_REFRESHED, acc.ID, map[string]any{"source": acc.Edges.Source.Key}); err != nil {
			return nil, err
		}
	}
	if failure == nil && acc.VerificationStatus == account.VerificationStatusFAILED {
		if err := audit.Record(ctx, c, event.TypeACCOUNT_RECOVERED, acc.ID, map[string]any{"source": acc.Edges.Source.Key, "isEnabled": updated.IsEnabled}); err != nil {
			return nil, err
		}
	}
	if acc.IsEnabled && !updated.IsEnabled {
		err = audit.Record(ctx, c, event.TypeACCOUNT_DISABLED, acc.ID, map[string]any{"reason": updated.DisabledReason.String()})
	}
	return updated, err
}

// disableReason returns the reason to disable an account for a failure.
func disableReason(f *catalog.Failure) (account.DisabledReason, bool) {
	switch {
	case f == nil:
		return "", false
	case f.Revoked():
		return account.DisabledReasonCREDENTIALS_REVOKED, true
	case f.Reason == catalog.Expired:
		return account.DisabledReasonCREDENTIALS_EXPIRED, true
	default:
		return "", false
	}
}

// Reveal returns the decrypted credentials of the account with this id and
// records who read them. Only FULL_ACCESS keys may.
func (s *Service) Reveal(ctx context.Context, c *ent.Client, id string) (*ent.Account, map[string]string, error) {
	if err := policy.Require(ctx, auth.CredentialsOut, "reveal credentials"); err != nil {
		return nil, nil, err
	}
	acc, err := Get(ctx, c, id)
	if err != nil {
		return nil, nil, err
	}
	src, err := acc.QuerySource().Only(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return nil, nil, fmt.Errorf("accounts: reading the source of %s: %w", acc.ID, err)
	}
	creds, err := s.open(acc, src)
	if err != nil {
		return nil, nil, err
	}
	return acc, creds, audit.Record(ctx, c, event.TypeACCOUNT_CREDENTIALS_REVEALED, acc.ID, nil)
}

// firstRetry is the wait after one transient failure; it doubles with each
// further one, up to the recheck interval.
const firstRetry = time.Minute

// retryAfter returns when to verify again after n consecutive transient
// failures, or nil when no rechecks are scheduled.
func (s *Service) retryAfter(n int) *time.Time {
	if s.recheckAfter <= 0 {
		return nil
	}
	wait := s.recheckAfter
	if n < 20 && firstRetry<<(n-1) < wait {
		wait = firstRetry << (n - 1)
	}
	t := clock.Now().Add(wait)
	return &t
}
