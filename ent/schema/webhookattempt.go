package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/policy"
)

// WebhookAttempt is one sending of a delivery: when, what the endpoint
// answered, how long it took, and why it failed, in plain words.
type WebhookAttempt struct {
	ent.Schema
}

// Mixin returns the ID and environment mixins.
func (WebhookAttempt) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{prefix: "att"}, EnvironmentMixin{}}
}

// Fields returns the attempt's outcome.
func (WebhookAttempt) Fields() []ent.Field {
	return []ent.Field{
		field.String("delivery_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("created_time").Comment("When the request was sent.").Immutable().Default(clock.Now),
		field.Int("status_code").Comment("The endpoint's HTTP status; null when none came.").Optional().Nillable().Immutable(),
		field.Int("duration_ms").Comment("From sending to the end of the answer, in milliseconds.").Immutable().NonNegative(),
		field.String("error").Comment("Why the attempt failed; null when the endpoint accepted it.").Optional().Nillable().Immutable().MaxLen(500),
	}
}

// Edges return the delivery.
func (WebhookAttempt) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("delivery", WebhookDelivery.Type).Ref("attempts").Field("delivery_id").Unique().Required().Immutable(),
	}
}

// Indexes serve a delivery's attempts in order.
func (WebhookAttempt) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("delivery_id", "created_time"),
	}
}

// Policy: attempts are read with Read; only the workers write them.
func (WebhookAttempt) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{policy.AllowQueryIf(auth.Read), policy.Deny()},
		Mutation: privacy.MutationPolicy{policy.Deny()},
	}
}

// Annotations keep attempts a list of their delivery, with no connection
// of their own.
func (WebhookAttempt) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField), entgql.MultiOrder()}
}
