package schema

import (
	"regexp"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/latchkey/latchkey/internal/policy"
)

// slugPattern is what an environment slug looks like: "production", "eu-staging".
var slugPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// Environment is a tenant scope, such as an organisation's "production".
// Every account, key, creator and event belongs to exactly one.
type Environment struct {
	ent.Schema
}

// Mixin returns the ID and time mixins.
func (Environment) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{prefix: "env"}, TimeMixin{}}
}

// Fields returns the environment's name and unique slug.
func (Environment) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200),
		field.String("slug").Unique().Immutable().Match(slugPattern).MaxLen(64),
	}
}

// Policy lets a viewer read its own environment only; environments are
// created and changed by the system (the keys command), never through the API.
func (Environment) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			policy.DenyIfNoViewer(),
			policy.AllowOwnEnvironment(),
		},
		Mutation: privacy.MutationPolicy{policy.Deny()},
	}
}

// Annotations expose environments as GraphQL nodes, which no connection
// lists: no ordering or where-input is generated for them.
func (Environment) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.MultiOrder(), entgql.Skip(entgql.SkipOrderField, entgql.SkipWhereInput)}
}
