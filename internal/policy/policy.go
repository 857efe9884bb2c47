// Package policy holds Latchkey's authorization rules as ent privacy rules.
// The schemas attach them (most through the environment mixin), so every
// query and mutation of the data layer passes through them and no resolver
// can forget them. The rules read the viewer from the context; code that acts
// for the system itself, not for a caller, uses privacy.DecisionContext.
package policy

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	"github.com/latchkey/latchkey/ent/privacy"
	"github.com/latchkey/latchkey/internal/auth"
)

// EnvironmentColumn is the column that scopes a row to its environment.
const EnvironmentColumn = "environment_id"

// Rule is a rule that applies to both queries and mutations.
type Rule = privacy.QueryMutationRule

type rule struct {
	query    func(context.Context, ent.Query) error
	mutation func(context.Context, ent.Mutation) error
}

func (r rule) EvalQuery(ctx context.Context, q ent.Query) error {
	if r.query == nil {
		return privacy.Skip
	}
	return r.query(ctx, q)
}

func (r rule) EvalMutation(ctx context.Context, m ent.Mutation) error {
	if r.mutation == nil {
		return privacy.Skip
	}
	return r.mutation(ctx, m)
}

// DenyIfNoViewer denies every operation made without a viewer.
func DenyIfNoViewer() Rule {
	check := func(ctx context.Context) error {
		if auth.FromContext(ctx) == nil {
			return privacy.Denyf("no viewer in context")
		}
		return privacy.Skip
	}
	return rule{
		query:    func(ctx context.Context, _ ent.Query) error { return check(ctx) },
		mutation: func(ctx context.Context, _ ent.Mutation) error { return check(ctx) },
	}
}

// FilterEnvironment restricts queries, updates and deletes to the viewer's
// environment, and denies creating a row in another environment.
func FilterEnvironment() Rule {
	return rule{
		query: func(ctx context.Context, q ent.Query) error {
			if err := restrict(ctx, q, entql.FieldEQ(EnvironmentColumn, auth.FromContext(ctx).EnvironmentID)); err != nil {
				return err
			}
			return privacy.Skip
		},
		mutation: func(ctx context.Context, m ent.Mutation) error {
			v := auth.FromContext(ctx)
			if m.Op().Is(ent.OpCreate) {
				if env, _ := m.Field(EnvironmentColumn); env != v.EnvironmentID {
					return privacy.Denyf("%s belongs to another environment", m.Type())
				}
				return privacy.Skip
			}
			if err := restrict(ctx, m, entql.FieldEQ(EnvironmentColumn, v.EnvironmentID)); err != nil {
				return err
			}
			return privacy.Skip
		},
	}
}

// AllowQueryIf allows queries by a viewer holding every capability in c.
func AllowQueryIf(c auth.Capability) privacy.QueryRule {
	return rule{query: func(ctx context.Context, _ ent.Query) error {
		if auth.FromContext(ctx).Allows(c) {
			return privacy.Allow
		}
		return privacy.Skip
	}}
}

// AllowMutationIf allows mutations of the given operations by a viewer
// holding every capability in c.
func AllowMutationIf(c auth.Capability, op ent.Op) privacy.MutationRule {
	return rule{mutation: func(ctx context.Context, m ent.Mutation) error {
		if m.Op().Is(op) && auth.FromContext(ctx).Allows(c) {
			return privacy.Allow
		}
		return privacy.Skip
	}}
}

// AllowOwnRowsIf lets a viewer holding the capabilities in c query the rows
// whose column holds the viewer's own key ID, and no others.
func AllowOwnRowsIf(c auth.Capability, column string) privacy.QueryRule {
	return rule{query: func(ctx context.Context, q ent.Query) error {
		v := auth.FromContext(ctx)
		if !v.Allows(c) {
			return privacy.Skip
		}
		if err := restrict(ctx, q, entql.FieldEQ(column, v.AuthAccessID)); err != nil {
			return err
		}
		return privacy.Allow
	}}
}

// AllowCreatedRowsIf lets a viewer holding the capabilities in c query the
// rows created by the viewer's own key (through the creators table), and no
// others.
func AllowCreatedRowsIf(c auth.Capability) privacy.QueryRule {
	return rule{query: func(ctx context.Context, q ent.Query) error {
		v := auth.FromContext(ctx)
		if !v.Allows(c) {
			return privacy.Skip
		}
		err := restrict(ctx, q, entql.HasEdgeWith("creator", entql.FieldEQ("auth_access_id", v.AuthAccessID)))
		if err != nil {
			return err
		}
		return privacy.Allow
	}}
}

// Deny denies whatever no earlier rule decided.
func Deny() Rule {
	return rule{
		query: func(ctx context.Context, q ent.Query) error {
			return privacy.Denyf("permission %s may not read this", permissionOf(ctx))
		},
		mutation: func(ctx context.Context, m ent.Mutation) error {
			return privacy.Denyf("permission %s may not %s %s", permissionOf(ctx), opName(m.Op()), thingsOf(m.Type()))
		},
	}
}

// things names the data layer's types as the API's users know them.
var things = map[string]string{
	"Account":         "accounts",
	"AuthAccess":      "API keys",
	"Creator":         "accounts or API keys",
	"Environment":     "environments",
	"Event":           "events",
	"PlatformApp":     "platform apps",
	"Source":          "sources",
	"WebhookEndpoint": "webhook endpoints",
	"WebhookDelivery": "webhook deliveries",
	"WebhookAttempt":  "webhook attempts",
	"Revocation":      "revocations",
	"KeyCheck":        "the key check",
}

// thingsOf names a data layer type in plain words.
func thingsOf(typ string) string {
	if name, ok := things[typ]; ok {
		return name
	}
	return "this"
}

// restrict adds p to the conditions of a query, update or delete. It
// returns a denial for an operation that cannot be filtered.
func restrict(ctx context.Context, op ent.Query, p entql.P) error {
	where := privacy.FilterFunc(func(_ context.Context, f privacy.Filter) error {
		f.Where(p)
		return nil
	})
	// ent.Query is an empty interface: test for a mutation first.
	if m, ok := op.(ent.Mutation); ok {
		return where.EvalMutation(ctx, m)
	}
	return where.EvalQuery(ctx, op)
}

func permissionOf(ctx context.Context) auth.Permission {
	if v := auth.FromContext(ctx); v != nil {
		return v.Permission
	}
	return "none"
}

func opName(op ent.Op) string {
	switch {
	case op.Is(ent.OpCreate):
		return "create"
	case op.Is(ent.OpDelete | ent.OpDeleteOne):
		return "delete"
	default:
		return "update"
	}
}

// AllowOwnEnvironment lets a viewer query its own environment's row, and no
// other environment's.
func AllowOwnEnvironment() privacy.QueryRule {
	return rule{query: func(ctx context.Context, q ent.Query) error {
		if err := restrict(ctx, q, entql.FieldEQ("id", auth.FromContext(ctx).EnvironmentID)); err != nil {
			return err
		}
		return privacy.Allow
	}}
}

// Require returns a denial unless the viewer holds every capability in c.
// It guards what the data layer cannot see as a query or a mutation, such as
// decrypting credentials.
func Require(ctx context.Context, c auth.Capability, what string) error {
	if auth.FromContext(ctx).Allows(c) {
		return nil
	}
	return privacy.Denyf("permission %s may not %s", permissionOf(ctx), what)
}

// DenyCreateWith denies creating a row whose field holds value, unless the
// viewer holds every capability in c. what names the denied act.
func DenyCreateWith(field, value string, c auth.Capability, what string) privacy.MutationRule {
	return rule{mutation: func(ctx context.Context, m ent.Mutation) error {
		if !m.Op().Is(ent.OpCreate) || auth.FromContext(ctx).Allows(c) {
			return privacy.Skip
		}
		if v, ok := m.Field(field); ok && fmt.Sprint(v) == value {
			return privacy.Denyf("permission %s may not %s", permissionOf(ctx), what)
		}
		return privacy.Skip
	}}
}

// RequireSource returns a denial when the viewer is limited to some sources
// (a connect session) and source is not one of them.
func RequireSource(ctx context.Context, source string) error {
	v := auth.FromContext(ctx)
	if v == nil || v.Sources == nil || slices.Contains(v.Sources, source) {
		return nil
	}
	return privacy.Denyf("this connect session may not add %s accounts", source)
}

// AllowSharedOrOwn lets a viewer query the rows shared by every environment
// (a NULL environment) and its own environment's, and no others.
func AllowSharedOrOwn() privacy.QueryRule {
	return rule{query: func(ctx context.Context, q ent.Query) error {
		err := restrict(ctx, q, entql.Or(
			entql.FieldNil(EnvironmentColumn),
			entql.FieldEQ(EnvironmentColumn, auth.FromContext(ctx).EnvironmentID),
		))
		if err != nil {
			return err
		}
		return privacy.Allow
	}}
}
