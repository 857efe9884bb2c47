package catalog

import (
	"context"
	"errors"
	"fmt"
)

// ErrNoRevocation is returned by Revoke for credentials whose source
// offers no way to revoke them (a Stripe secret key is the customer's own:
// only its owner can roll it).
var ErrNoRevocation = errors.New("catalog: the source offers no revocation of these credentials")

// revoker is how one credential type's credentials are revoked at their
// source.
type revoker func(ctx context.Context, v *Verifier, req Request) error

// revokerOf returns the revoke call of a built-in source's credential
// type, or nil.
func revokerOf(source, credentialType string) revoker {
	for _, s := range Catalog() {
		if s.Key != source {
			continue
		}
		if ct, ok := CredentialTypeOf(s.CredentialTypes, credentialType); ok {
			return ct.revoke
		}
	}
	return nil
}

// CanRevoke reports whether the credentials of this credential type of a
// built-in source can be revoked at the source.
func CanRevoke(source, credentialType string) bool {
	return revokerOf(source, credentialType) != nil
}

// Revoke revokes req's credentials at their source, so that they reach
// nothing any more. Only the source's proof counts: its acceptance, or an
// answer that the credentials themselves are unknown to it (each source's
// revoke call says which); a refusal of the platform app's own
// credentials does not. It returns ErrNoRevocation when the source offers
// no revocation, and a *Failure when the source refused, did not answer
// in time or could not be reached.
func (v *Verifier) Revoke(ctx context.Context, req Request) error {
	f := revokerOf(req.Source, req.CredentialType)
	if req.Spec != nil || f == nil {
		return ErrNoRevocation
	}
	ctx, cancel := context.WithTimeout(ctx, v.cfg.Timeout)
	defer cancel()
	err := f(ctx, v, req)
	if err != nil && AsFailure(err) == nil {
		return fmt.Errorf("catalog: revoking %s/%s: %w", req.Source, req.CredentialType, err)
	}
	return err
}
