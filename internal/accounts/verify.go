package accounts

import (
	"context"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/account"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/policy"
	"github.com/latchkey/latchkey/internal/verify"
)

// Verify re-runs the protected call of the account with this id and records
// the outcome: VERIFIED; or FAILED with the reason, the account disabled
// with CREDENTIALS_REVOKED (401/403) or CREDENTIALS_EXPIRED (an invalid
// refresh grant). A transient failure (429, 5xx, timeout, malformed answer)
// changes neither status nor state. Credentials the source rotated are
// stored before anything else, under a row lock, so that two verifications
// of one account never both use the same refresh token. It returns the
// account and the failure, if any.
func (s *Service) Verify(ctx context.Context, c *ent.Client, id string) (*ent.Account, *verify.Failure, error) {
	// Refuse before calling the source, not only when writing the outcome.
	if err := policy.Require(ctx, auth.Write, "verify accounts"); err != nil {
		return nil, nil, err
	}
	var failure *verify.Failure
	acc, err := inTx(ctx, c, func(tx *ent.Client) (*ent.Account, error) {
		q := tx.Account.Query().Where(account.ID(id)).WithSource().WithPlatformApp()
		if s.lockable() {
			q.ForUpdate()
		}
		locked, err := q.Only(ctx)
		if ent.IsNotFound(err) {
			return nil, errs.New(errs.NotFound, "no such account")
		}
		if err != nil {
			return nil, fmt.Errorf("accounts.Verify(%q): %w", id, err)
		}
		acc, f, err := s.verifyLocked(ctx, tx, locked)
		failure = f
		return acc, err
	})
	return acc, failure, err
}

// verifyLocked verifies acc, which the caller holds locked, and writes the
// outcome.
func (s *Service) verifyLocked(ctx context.Context, c *ent.Client, acc *ent.Account) (*ent.Account, *verify.Failure, error) {
	creds, err := s.open(acc)
	if err != nil {
		return nil, nil, err
	}
	vreq, err := s.verifyRequest(acc.Edges.Source.Key, acc.CredentialType, creds, acc.Edges.PlatformApp)
	if err != nil {
		return nil, nil, err
	}
	res, err := s.verifier.Verify(ctx, vreq)
	failure := verify.AsFailure(err)
	if err != nil && failure == nil {
		return nil, nil, fmt.Errorf("accounts.Verify(%q): %w", acc.ID, err)
	}
	update := c.Account.UpdateOne(acc)
	if res != nil && res.Credentials != nil {
		sealed, err := s.seal(acc.ID, acc.EnvironmentID, res.Credentials)
		if err != nil {
			return nil, nil, err
		}
		update.SetCredentials(sealed)
	}
	typ, data := event.TypeACCOUNT_VERIFIED, map[string]any{"source": acc.Edges.Source.Key}
	switch {
	case failure == nil:
		update.SetVerificationStatus(account.VerificationStatusVERIFIED).SetVerifiedTime(clock.Now()).ClearVerificationError()
		if acc.ExternalID == nil {
			update.SetExternalID(res.ExternalID)
		}
	case failure.Transient():
		update.SetVerificationError(failure.Error())
		typ, data["reason"], data["status"] = event.TypeACCOUNT_VERIFICATION_FAILED, string(failure.Reason), failure.Status
	default:
		update.SetVerificationStatus(account.VerificationStatusFAILED).SetVerificationError(failure.Error())
		typ, data["reason"], data["status"] = event.TypeACCOUNT_VERIFICATION_FAILED, string(failure.Reason), failure.Status
	}
	updated, err := update.Save(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("accounts.Verify(%q): %w", acc.ID, err)
	}
	if err := audit.Record(ctx, c, typ, acc.ID, data); err != nil {
		return nil, nil, err
	}
	if reason, ok := disableReason(failure); ok && updated.IsEnabled {
		if updated, err = s.disable(ctx, c, updated, reason); err != nil {
			return nil, nil, err
		}
	}
	return updated, failure, nil
}

// disableReason returns the reason to disable an account for a failure.
func disableReason(f *verify.Failure) (account.DisabledReason, bool) {
	switch {
	case f == nil:
		return "", false
	case f.Revoked():
		return account.DisabledReasonCREDENTIALS_REVOKED, true
	case f.Reason == verify.Expired:
		return account.DisabledReasonCREDENTIALS_EXPIRED, true
	default:
		return "", false
	}
}

// disable disables acc for reason and records it.
func (s *Service) disable(ctx context.Context, c *ent.Client, acc *ent.Account, reason account.DisabledReason) (*ent.Account, error) {
	id := acc.ID
	acc, err := c.Account.UpdateOne(acc).SetIsEnabled(false).SetDisabledReason(reason).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("accounts: disabling %s: %w", id, err)
	}
	return acc, audit.Record(ctx, c, event.TypeACCOUNT_DISABLED, id, map[string]any{"reason": reason.String()})
}

// Reveal returns the decrypted credentials of the account with this id and
// records who read them. Only FULL_ACCESS keys may.
func (s *Service) Reveal(ctx context.Context, c *ent.Client, id string) (*ent.Account, map[string]string, error) {
	if err := requireCredentialsOut(ctx); err != nil {
		return nil, nil, err
	}
	acc, err := Get(ctx, c, id)
	if err != nil {
		return nil, nil, err
	}
	creds, err := s.open(acc)
	if err != nil {
		return nil, nil, err
	}
	return acc, creds, audit.Record(ctx, c, event.TypeACCOUNT_CREDENTIALS_REVEALED, acc.ID, nil)
}
