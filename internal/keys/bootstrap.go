package keys

import (
	"context"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/authaccess"
	"github.com/latchkey/latchkey/ent/environment"
	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/auth"
)

// OperatorPersonID names the operator in the Creator and events of what the
// command line creates.
const OperatorPersonID = "latchkey-cli"

// Bootstrap creates a key in the environment with this slug, creating the
// environment first if there is none, on behalf of the operator (a Creator
// of kind UI). It is how the first key of an environment is made.
func Bootstrap(ctx context.Context, c *ent.Client, envSlug string, in CreateInput) (*ent.AuthAccess, string, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	env, err := c.Environment.Query().Where(environment.Slug(envSlug)).Only(sys)
	if ent.IsNotFound(err) {
		env, err = c.Environment.Create().SetSlug(envSlug).SetName(envSlug).Save(sys)
	}
	if err != nil {
		return nil, "", fmt.Errorf("keys.Bootstrap(%q): environment: %w", envSlug, err)
	}
	operator := auth.NewContext(ctx, &auth.Viewer{EnvironmentID: env.ID, PersonID: OperatorPersonID, Permission: auth.FullAccess})
	return Create(operator, c, in)
}

// Any reports whether any environment has a key.
func Any(ctx context.Context, c *ent.Client) (bool, error) {
	return c.AuthAccess.Query().Where(authaccess.IsEnabled(true)).Exist(privacy.DecisionContext(ctx, privacy.Allow))
}
