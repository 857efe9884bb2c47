// Package custom lets callers describe their own HTTP sources: any API whose
// credentials one call can check. A custom source belongs to one
// environment and has one credential type, "default".
package custom

import (
	"context"
	"fmt"
	"strings"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/event"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/catalog"
	"github.com/latchkey/latchkey/internal/errs"
	"github.com/latchkey/latchkey/internal/store"
)

// CredentialType is the key of a custom source's only credential type.
const CredentialType = "default"

// CreateInput describes a custom source.
type CreateInput struct {
	Key             string
	Name            string
	Fields          []catalog.CredentialField
	BaseURL         string
	Method          *string
	Path            string
	Placement       string
	Field           string
	PasswordField   *string
	ParamName       *string
	IdentifierPath  string
	DisplayNamePath *string
}

// Store creates custom sources.
type Store struct {
	policy catalog.URLPolicy
}

// NewStore returns a store whose base URLs follow policy.
func NewStore(policy catalog.URLPolicy) *Store { return &Store{policy: policy} }

// Create adds a custom source to the viewer's environment. It returns
// BAD_USER_INPUT naming each invalid field (a built-in source's key or
// name included) and CONFLICT for a key in use.
func (s *Store) Create(ctx context.Context, c *ent.Client, in CreateInput) (*ent.Source, error) {
	spec := catalog.HTTPSpec{
		BaseURL:         strings.TrimRight(in.BaseURL, "/"),
		Method:          strings.ToUpper(or(in.Method, "GET")),
		Path:            in.Path,
		Placement:       strings.ToUpper(in.Placement),
		Field:           in.Field,
		PasswordField:   or(in.PasswordField, ""),
		Name:            or(in.ParamName, ""),
		IdentifierPath:  in.IdentifierPath,
		DisplayNamePath: or(in.DisplayNamePath, ""),
	}
	problems := catalog.CheckCustom(in.Key, in.Fields, spec, s.policy)
	switch {
	case strings.TrimSpace(in.Name) == "":
		problems = append(problems, catalog.FieldError{Field: "name", Message: "must not be empty"})
	case catalog.IsBuiltinName(in.Name):
		problems = append(problems, catalog.FieldError{Field: "name", Message: "is the name of a built-in source"})
	}
	if len(problems) > 0 {
		fields := make([]errs.FieldError, len(problems))
		for i, p := range problems {
			fields[i] = errs.FieldError{Field: p.Field, Message: p.Message}
		}
		return nil, errs.Invalid("the custom source is invalid", fields...)
	}
	return store.InTx(ctx, c, func(tx *ent.Client) (*ent.Source, error) {
		src, err := tx.Source.Create().
			SetEnvironmentID(auth.FromContext(ctx).EnvironmentID).
			SetKey(in.Key).
			SetName(strings.TrimSpace(in.Name)).
			SetHTTP(&spec).
			SetCredentialTypes([]catalog.CredentialType{{Key: CredentialType, Name: "Credentials", Fields: in.Fields}}).
			Save(ctx)
		if ent.IsConstraintError(err) {
			return nil, errs.New(errs.Conflict, "this environment already has a source %q", in.Key)
		}
		if err != nil {
			return nil, fmt.Errorf("custom.Create(%q): %w", in.Key, err)
		}
		return src, audit.Record(ctx, tx, event.TypeSOURCE_CREATED, src.ID, map[string]any{"key": src.Key, "name": src.Name})
	})
}

func or(p *string, fallback string) string {
	if p == nil || *p == "" {
		return fallback
	}
	return *p
}
