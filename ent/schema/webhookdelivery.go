package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/policy"
)

// WebhookDelivery is one event to be sent to one endpoint: the outbox row
// written in the event's own transaction, then taken by a delivery worker
// of any server process until the endpoint accepts it or the retries run
// out. Its ID is the `webhook-id` the receiver sees on every attempt.
type WebhookDelivery struct {
	ent.Schema
}

// Mixin returns the ID and environment mixins.
func (WebhookDelivery) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{prefix: "msg"}, EnvironmentMixin{}}
}

// Fields returns what is sent, its state and its schedule.
func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.String("endpoint_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("event_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("subject_id").Comment("The object the event is about; its deliveries to one endpoint go out in order.").
			Immutable().MaxLen(64).Annotations(entgql.MapsTo("subjectId")),
		field.Enum("status").Comment("PENDING until the endpoint accepts it (DELIVERED) or the retries run out (FAILED).").
			Values("PENDING", "DELIVERED", "FAILED").Default("PENDING").
			Annotations(entgql.Type("WebhookDeliveryStatus")),
		field.Int("attempt_count").Comment("How many times it was sent.").Default(0).NonNegative(),
		field.Int("schedule_start").Default(0).NonNegative().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("next_attempt_time").Comment("When it is sent next; null once DELIVERED or FAILED.").Optional().Nillable(),
		field.Time("lease_expires_time").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("lease").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("created_time").Immutable().Default(clock.Now).Annotations(entgql.OrderField("CREATED_TIME")),
		field.Time("delivered_time").Comment("When the endpoint accepted it.").Optional().Nillable(),
	}
}

// Edges return the endpoint, the event and the attempts.
func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("endpoint", WebhookEndpoint.Type).Ref("deliveries").Field("endpoint_id").Unique().Required().Immutable(),
		edge.To("event", Event.Type).Field("event_id").Unique().Required().Immutable(),
		edge.To("attempts", WebhookAttempt.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes serve the workers' search for due deliveries and for those held
// now, the order of a subject's deliveries, and the connections.
func (WebhookDelivery) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "next_attempt_time"),
		index.Fields("lease_expires_time"),
		index.Fields("endpoint_id", "subject_id", "event_id"),
		index.Fields(policy.EnvironmentColumn, "id"),
		index.Fields("event_id"),
	}
}

// Policy: deliveries are read with Read and sent again by hand by keys
// that manage endpoints; the outbox and the workers write them as the
// system.
func (WebhookDelivery) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{policy.AllowQueryIf(auth.Read), policy.Deny()},
		Mutation: privacy.MutationPolicy{
			policy.AllowMutationIf(auth.Read|auth.Write, ent.OpUpdateOne),
			policy.Deny(),
		},
	}
}

// Annotations generate the types of the `webhookDeliveries` connection.
func (WebhookDelivery) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}
