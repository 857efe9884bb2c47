// Package accounts adds end users' accounts with their credentials, and
// changes, enables, disables and deletes them. Credentials are checked
// against the source's credential type and sealed by the vault, bound to
// the account's row, before anything is stored.
package accounts

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/account"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/ent/source"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/ids"
	"github.com/latchkey/latchkey/internal/vault"
)

// IDPrefix starts every account ID.
const IDPrefix = "acc"

// CreateInput holds a new account and its credentials.
type CreateInput struct {
	Source         string
	CredentialType string
	Credentials    map[string]any
	Identifier     string
	DisplayName    *string
	Metadata       map[string]any
	ForeignID      *string
}

// Service adds and changes accounts, sealing credentials with its key ring.
type Service struct {
	keys *vault.Keyring
}

// NewService returns a service that seals credentials with keys.
func NewService(keys *vault.Keyring) *Service { return &Service{keys: keys} }

// Create adds an account in the viewer's environment. It returns
// BAD_USER_INPUT naming each invalid field, and CONFLICT when the source
// already has an account with that identifier in the environment.
func (s *Service) Create(ctx context.Context, c *ent.Client, in CreateInput) (acc *ent.Account, alreadyExists bool, err error) {
	src, err := c.Source.Query().Where(source.Key(in.Source)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, false, errs.Invalid(fmt.Sprintf("there is no source %q", in.Source),
			errs.FieldError{Field: "source", Message: "is not a source of the catalog"})
	}
	if err != nil {
		return nil, false, fmt.Errorf("accounts.Create: %w", err)
	}
	clean, err := checkCredentials(src, in)
	if err != nil {
		return nil, false, err
	}
	identifier := strings.TrimSpace(in.Identifier)
	if identifier == "" {
		return nil, false, errs.Invalid("the identifier is empty", errs.FieldError{Field: "identifier", Message: "must not be empty"})
	}
	cr, err := audit.NewCreator(ctx, c)
	if err != nil {
		return nil, false, err
	}
	env := auth.FromContext(ctx).EnvironmentID
	id := ids.New(IDPrefix)
	sealed, err := s.seal(id, env, clean)
	if err != nil {
		return nil, false, err
	}
	acc, err = c.Account.Create().
		SetID(id).
		SetEnvironmentID(env).
		SetSource(src).
		SetCreator(cr).
		SetCredentialType(in.CredentialType).
		SetCredentials(sealed).
		SetIdentifier(identifier).
		SetIdentifierKind(account.IdentifierKindCUSTOM).
		SetNillableDisplayName(in.DisplayName).
		SetMetadata(in.Metadata).
		SetNillableForeignID(in.ForeignID).
		Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, false, identifierConflict(src.Key, identifier)
	}
	if err != nil {
		return nil, false, fmt.Errorf("accounts.Create: %w", err)
	}
	err = audit.Record(ctx, c, event.TypeACCOUNT_ADDED, acc.ID, map[string]any{
		"source": src.Key, "identifier": identifier, "alreadyExists": false,
	})
	return acc, false, err
}

// checkCredentials returns the credentials cleaned by the credential type,
// or BAD_USER_INPUT naming each missing, unknown or malformed field.
func checkCredentials(src *ent.Source, in CreateInput) (map[string]string, error) {
	ct, ok := catalog.CredentialTypeOf(src.CredentialTypes, in.CredentialType)
	if !ok {
		var known []string
		for _, t := range src.CredentialTypes {
			known = append(known, t.Key)
		}
		return nil, errs.Invalid(fmt.Sprintf("source %s has no credential type %q", src.Key, in.CredentialType),
			errs.FieldError{Field: "credentialType", Message: "must be one of " + strings.Join(known, ", ")})
	}
	clean, problems := ct.Validate(in.Credentials)
	if len(problems) > 0 {
		fields := make([]errs.FieldError, len(problems))
		for i, p := range problems {
			fields[i] = errs.FieldError{Field: "credentials." + p.Field, Message: p.Message}
		}
		return nil, errs.Invalid("the credentials do not fit credential type "+ct.Key, fields...)
	}
	return clean, nil
}

// seal encrypts credentials bound to the account's id and environment.
func (s *Service) seal(id, env string, credentials map[string]string) ([]byte, error) {
	plain, err := json.Marshal(credentials)
	if err != nil {
		return nil, fmt.Errorf("accounts: encoding credentials: %w", err)
	}
	return s.keys.Seal(plain, associatedData(id, env)), nil
}

// Open decrypts an account's credentials.
func (s *Service) Open(acc *ent.Account) (map[string]string, error) {
	plain, err := s.keys.Open(acc.Credentials, associatedData(acc.ID, acc.EnvironmentID))
	if err != nil {
		return nil, fmt.Errorf("accounts.Open(%q): %w", acc.ID, err)
	}
	var creds map[string]string
	if err := json.Unmarshal(plain, &creds); err != nil {
		return nil, fmt.Errorf("accounts.Open(%q): %w", acc.ID, err)
	}
	return creds, nil
}

func associatedData(id, env string) []byte {
	return []byte("latchkey/account/" + env + "/" + id)
}

func identifierConflict(sourceKey, identifier string) error {
	return errs.New(errs.Conflict,
		"an account of source %s with identifier %q already exists in this environment; give this account a custom identifier to keep both",
		sourceKey, identifier)
}
