package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/policy"
)

// Revocation is the revocation at its source of a deleted account's
// credentials, which failed when the account was deleted and is retried
// in the background. It keeps the account's sealed credentials as they
// were, with what their binding needs to open them, until the source
// revokes them or the retries run out; then the row goes too.
type Revocation struct {
	ent.Schema
}

// Mixin returns the ID and environment mixins.
func (Revocation) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{prefix: "rvk"}, EnvironmentMixin{}}
}

// Fields returns the deleted account's binding, its sealed credentials and
// the schedule of retries.
func (Revocation) Fields() []ent.Field {
	return []ent.Field{
		field.String("account_id").Immutable().MaxLen(64),
		field.String("source_id").Immutable().MaxLen(64),
		field.String("source_key").Immutable().MaxLen(64),
		field.String("credential_type").Immutable().MaxLen(64),
		field.String("platform_app_id").Optional().Nillable().Immutable().MaxLen(64),
		field.Bytes("credentials").Sensitive(),
		field.Int("attempt_count").Default(1).NonNegative(),
		field.Time("next_attempt_time"),
		field.Time("lease_expires_time").Optional().Nillable(),
		field.String("last_error").Optional().Nillable().MaxLen(500),
		field.Time("created_time").Immutable().Default(clock.Now),
	}
}

// Indexes serve the workers' search for due revocations.
func (Revocation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("next_attempt_time"),
		index.Fields(policy.EnvironmentColumn, "id"),
	}
}

// Policy denies every caller: only the system reads and writes them.
func (Revocation) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{policy.Deny()},
		Mutation: privacy.MutationPolicy{policy.Deny()},
	}
}

// Annotations keep revocations out of the GraphQL schema: the events
// report them.
func (Revocation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
