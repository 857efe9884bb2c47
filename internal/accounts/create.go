package accounts

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/account"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/platformapp"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/ent/source"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/ids"
	"github.com/latchkey/latchkey/internal/policy"
	"github.com/latchkey/latchkey/internal/store"
)

// CreateInput holds a new account and its credentials.
type CreateInput struct {
	Source         string
	CredentialType string
	Credentials    map[string]any
	// PlatformApp is the ID of the platform app to reach the source through;
	// required by credential types that need one.
	PlatformApp *string
	// Identifier, when given, is a custom identifier; otherwise the source's
	// default identifier is used.
	Identifier  *string
	DisplayName *string
	Metadata    map[string]any
	ForeignID   *string
	// SkipVerification stores the account without the protected call; it
	// needs Write and a custom identifier.
	SkipVerification bool
	// ConnectedByOAuth is set by hosted OAuth's callback, whose code
	// exchange proved the end user's consent; it is not part of the API.
	ConnectedByOAuth bool
}

// request is a checked CreateInput.
type request struct {
	src   *ent.Source
	ct    catalog.CredentialType
	creds map[string]string
	app   *ent.PlatformApp
}

// Create verifies the credentials with the source and adds the account in
// the viewer's environment. Connecting the same third-party account again
// (same source, identifier and external ID) refreshes its credentials and
// returns alreadyExists. It returns BAD_USER_INPUT naming each invalid
// field, VERIFICATION_FAILED with the source's reason (storing nothing), and
// CONFLICT when the identifier belongs to another third-party account.
func (s *Service) Create(ctx context.Context, c *ent.Client, in CreateInput) (*ent.Account, bool, error) {
	// Refuse before calling the source, not only when storing.
	if err := policy.Require(ctx, auth.CredentialsIn, "add accounts"); err != nil {
		return nil, false, err
	}
	if in.Identifier != nil {
		id, err := NormalIdentifier(*in.Identifier)
		if err != nil {
			return nil, false, err
		}
		in.Identifier = &id
	}
	req, err := s.check(ctx, c, in)
	if err != nil {
		return nil, false, err
	}
	var res *catalog.Result
	if !in.SkipVerification {
		if res, err = s.verifyNew(ctx, c, req, in.Identifier); err != nil {
			return nil, false, err
		}
	}
	creds := req.creds
	if res != nil && res.Credentials != nil {
		creds = res.Credentials
	}
	var acc *ent.Account
	var existed bool
	for attempt := 0; ; attempt++ {
		acc, err = store.InTx(ctx, c, func(tx *ent.Client) (*ent.Account, error) {
			acc, ex, err := s.store(ctx, tx, req, in, creds, res)
			existed = ex
			return acc, err
		})
		// Two requests raced to add one account: the second try finds it.
		if !ent.IsConstraintError(err) || attempt == 1 {
			break
		}
	}
	if ent.IsConstraintError(err) {
		return nil, false, identifierConflict(req.src.Key, identifierOf(in, res))
	}
	return acc, existed, err
}

// check validates the input: the source, the credential type, the
// credentials and the platform app.
func (s *Service) check(ctx context.Context, c *ent.Client, in CreateInput) (request, error) {
	src, err := c.Source.Query().Where(source.Key(in.Source)).Only(ctx)
	if ent.IsNotFound(err) {
		return request{}, errs.Invalid(fmt.Sprintf("there is no source %q", in.Source),
			errs.FieldError{Field: "source", Message: "is not a source of the catalog"})
	}
	if err != nil {
		return request{}, fmt.Errorf("accounts.Create: %w", err)
	}
	if err := policy.RequireSource(ctx, src.Key); err != nil {
		return request{}, err
	}
	ct, clean, err := checkCredentials(src, in)
	if err != nil {
		return request{}, err
	}
	req := request{src: src, ct: ct, creds: clean}
	if src.HTTP == nil && catalog.Unproven(src.Key, ct.Key) && !in.ConnectedByOAuth {
		if err := policy.Require(ctx, auth.Write, fmt.Sprintf("add %s %s accounts by their ID, which proves no one's consent: connect them through hosted OAuth (startOAuthConnect)", src.Key, ct.Key)); err != nil {
			return request{}, err
		}
	}
	if in.SkipVerification && in.Identifier == nil {
		return request{}, errs.Invalid("an unverified account needs a custom identifier", errs.FieldError{Field: "identifier", Message: "is required with skipVerification"})
	}
	if !in.SkipVerification && src.HTTP == nil && !catalog.Supports(src.Key, ct.Key) {
		return request{}, errs.Invalid(fmt.Sprintf("%s/%s credentials cannot be verified", src.Key, ct.Key),
			errs.FieldError{Field: "skipVerification", Message: "must be true for this credential type"})
	}
	switch {
	case in.PlatformApp == nil && ct.RequiresPlatformApp:
		return request{}, errs.Invalid(fmt.Sprintf("credential type %s of %s needs a platform app", ct.Key, src.Key),
			errs.FieldError{Field: "platformApp", Message: "is required for this credential type"})
	case in.PlatformApp != nil:
		app, err := c.PlatformApp.Query().Where(platformapp.ID(*in.PlatformApp), platformapp.SourceID(src.ID)).Only(ctx)
		if ent.IsNotFound(err) {
			return request{}, errs.Invalid("there is no such platform app for "+src.Key,
				errs.FieldError{Field: "platformApp", Message: "is not a platform app of this source"})
		}
		if err != nil {
			return request{}, fmt.Errorf("accounts.Create: %w", err)
		}
		req.app = app
	}
	return req, nil
}

// verifyNew makes the protected call for a new account. On failure it
// records an ACCOUNT_VERIFICATION_FAILED event and returns
// VERIFICATION_FAILED.
func (s *Service) verifyNew(ctx context.Context, c *ent.Client, req request, identifier *string) (*catalog.Result, error) {
	res, f, err := s.call(ctx, req.src, req.ct.Key, req.creds, req.app)
	if err != nil || f == nil {
		return res, err
	}
	data := map[string]any{"source": req.src.Key, "credentialType": req.ct.Key, "reason": string(f.Reason), "status": f.Status, "alreadyExists": false}
	if identifier != nil {
		data["identifier"] = *identifier
	}
	if err := audit.Record(ctx, c, event.TypeACCOUNT_VERIFICATION_FAILED, req.src.ID, data); err != nil {
		return nil, err
	}
	return nil, verificationFailed(req.src.Key, f)
}

// call makes the protected call with credentials of credential type ctKey
// (through app, if any). It returns the source's refusal as a
// *catalog.Failure, apart from errors that prevented the call.
func (s *Service) call(ctx context.Context, src *ent.Source, ctKey string, creds map[string]string, app *ent.PlatformApp) (*catalog.Result, *catalog.Failure, error) {
	req := catalog.Request{Source: src.Key, CredentialType: ctKey, Credentials: creds, Spec: src.HTTP}
	if app != nil {
		secret, err := s.apps.Secret(app)
		if err != nil {
			return nil, nil, err
		}
		req.App = &catalog.App{ClientID: app.ClientID, ClientSecret: secret}
	}
	res, err := s.verifier.Verify(ctx, req)
	if f := catalog.AsFailure(err); f != nil {
		return res, f, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("accounts: verifying with %s: %w", src.Key, err)
	}
	return res, nil, nil
}

// store writes the account, or refreshes the existing one that the same
// third-party account was added as before.
func (s *Service) store(ctx context.Context, c *ent.Client, req request, in CreateInput, creds map[string]string, res *catalog.Result) (*ent.Account, bool, error) {
	env := auth.FromContext(ctx).EnvironmentID
	identifier := identifierOf(in, res)
	// Look across the environment: a key that may only add accounts must
	// still learn that the account exists.
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	existing, err := c.Account.Query().
		Where(account.EnvironmentID(env), account.SourceID(req.src.ID), account.Identifier(identifier)).
		Only(sys)
	switch {
	case ent.IsNotFound(err):
		acc, err := s.insert(ctx, c, req, in, identifier, creds, res)
		return acc, false, err
	case err != nil:
		return nil, false, fmt.Errorf("accounts.Create: %w", err)
	case res == nil || existing.ExternalID == nil || *existing.ExternalID != res.ExternalID:
		return nil, false, identifierConflict(req.src.Key, identifier)
	}
	if err := mayRefresh(sys, existing); err != nil {
		return nil, false, err
	}
	sealed, err := s.seal(req.bindingFor(env, existing.ID), creds)
	if err != nil {
		return nil, false, err
	}
	update := c.Account.UpdateOne(existing).
		SetCredentials(sealed).
		SetCredentialType(req.ct.Key).
		SetNillablePlatformAppID(appID(req.app)).
		SetVerificationStatus(account.VerificationStatusVERIFIED).
		SetVerifiedTime(clock.Now()).
		ClearVerificationError().
		SetVerifyFailures(0).
		SetNillableNextVerifyTime(s.nextCheck())
	if existing.DisabledReason != nil && *existing.DisabledReason != account.DisabledReasonMANUAL {
		update.SetIsEnabled(true).ClearDisabledReason()
	}
	acc, err := update.Save(sys)
	if err != nil {
		return nil, false, fmt.Errorf("accounts.Create: refreshing %s: %w", existing.ID, err)
	}
	return acc, true, audit.Record(ctx, c, event.TypeACCOUNT_ADDED, acc.ID, addedData(req, acc, true))
}

// mayRefresh returns CONFLICT, naming nothing of the account, when the
// viewer may not refresh an account it connected again: a connect
// session's key (bound to a person) may refresh only the accounts its
// person added, and any other CREDENTIALS_IN_ONLY key only those it added
// itself. Otherwise one end user could take over another's account by
// presenting the same third-party account.
func mayRefresh(ctx context.Context, existing *ent.Account) error {
	v := auth.FromContext(ctx)
	personKey := v.PersonID != "" && v.AuthAccessID != ""
	if !personKey && v.Permission != auth.CredentialsInOnly {
		return nil
	}
	cr, err := existing.QueryCreator().Only(ctx)
	if err != nil {
		return fmt.Errorf("accounts.Create: reading the creator of %s: %w", existing.ID, err)
	}
	switch {
	case personKey && cr.PersonID != nil && *cr.PersonID == v.PersonID:
		return nil
	case !personKey && cr.AuthAccessID != nil && *cr.AuthAccessID == v.AuthAccessID:
		return nil
	}
	return errs.New(errs.Conflict, "this account was connected by someone else; it cannot be connected again with this key")
}

// insert creates the account.
func (s *Service) insert(ctx context.Context, c *ent.Client, req request, in CreateInput, identifier string, creds map[string]string, res *catalog.Result) (*ent.Account, error) {
	cr, err := audit.NewCreator(ctx, c)
	if err != nil {
		return nil, err
	}
	env := auth.FromContext(ctx).EnvironmentID
	id := ids.New(IDPrefix)
	sealed, err := s.seal(req.bindingFor(env, id), creds)
	if err != nil {
		return nil, err
	}
	create := c.Account.Create().
		SetID(id).
		SetEnvironmentID(env).
		SetSource(req.src).
		SetCreator(cr).
		SetNillablePlatformAppID(appID(req.app)).
		SetCredentialType(req.ct.Key).
		SetCredentials(sealed).
		SetIdentifier(identifier).
		SetIdentifierKind(account.IdentifierKindDEFAULT).
		SetNillableDisplayName(in.DisplayName).
		SetMetadata(in.Metadata).
		SetNillableForeignID(in.ForeignID)
	if in.Identifier != nil {
		create.SetIdentifierKind(account.IdentifierKindCUSTOM)
	}
	if res != nil {
		create.SetExternalID(res.ExternalID).
			SetVerificationStatus(account.VerificationStatusVERIFIED).
			SetVerifiedTime(clock.Now()).
			SetNillableNextVerifyTime(s.nextCheck())
		if in.DisplayName == nil && res.DisplayName != "" {
			create.SetDisplayName(res.DisplayName)
		}
	}
	acc, err := create.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("accounts.Create: %w", err)
	}
	return acc, audit.Record(ctx, c, event.TypeACCOUNT_ADDED, acc.ID, addedData(req, acc, false))
}

// addedData is the data of an ACCOUNT_ADDED event: the identity, and
// whether the account existed already.
func addedData(req request, acc *ent.Account, existed bool) map[string]any {
	data := map[string]any{"source": req.src.Key, "identifier": acc.Identifier, "alreadyExists": existed}
	if acc.ExternalID != nil {
		data["externalId"] = *acc.ExternalID
	}
	return data
}

// identifierOf returns the account's identifier: the custom one, checked
// and normalized by check, or the source's default one, normalized.
func identifierOf(in CreateInput, res *catalog.Result) string {
	if in.Identifier != nil {
		return *in.Identifier
	}
	return norm.NFC.String(strings.TrimSpace(res.Identifier))
}

// bindingFor returns the binding of the account id in env that the request
// writes.
func (r request) bindingFor(env, id string) binding {
	return newBinding(env, id, r.src, r.ct.Key, appID(r.app))
}

func appID(app *ent.PlatformApp) *string {
	if app == nil {
		return nil
	}
	return &app.ID
}

// checkCredentials returns the credential type and the credentials cleaned
// by it, or BAD_USER_INPUT naming each missing, unknown or malformed field.
func checkCredentials(src *ent.Source, in CreateInput) (catalog.CredentialType, map[string]string, error) {
	ct, ok := catalog.CredentialTypeOf(src.CredentialTypes, in.CredentialType)
	if !ok {
		var known []string
		for _, t := range src.CredentialTypes {
			known = append(known, t.Key)
		}
		return ct, nil, errs.Invalid(fmt.Sprintf("source %s has no credential type %q", src.Key, in.CredentialType),
			errs.FieldError{Field: "credentialType", Message: "must be one of " + strings.Join(known, ", ")})
	}
	clean, problems := ct.Validate(in.Credentials)
	if len(problems) > 0 {
		fields := make([]errs.FieldError, len(problems))
		for i, p := range problems {
			fields[i] = errs.FieldError{Field: "credentials." + p.Field, Message: p.Message}
		}
		return ct, nil, errs.Invalid("the credentials do not fit credential type "+ct.Key, fields...)
	}
	return ct, clean, nil
}

// verificationFailed is the VERIFICATION_FAILED error of a failure.
func verificationFailed(sourceKey string, f *catalog.Failure) error {
	return &errs.Error{Code: errs.VerificationFailed, Message: fmt.Sprintf("%s did not verify the credentials: %s", sourceKey, f.Error()), Cause: f}
}

func identifierConflict(sourceKey, identifier string) error {
	return errs.New(errs.Conflict,
		"an account of source %s with identifier %q already exists in this environment for another %s account; give this account a custom identifier to keep both",
		sourceKey, identifier, sourceKey)
}
