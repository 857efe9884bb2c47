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
	"github.com/latchkey/latchkey/internal/policy"
)

// WebhookEndpoint is a URL of the customer's to which the events of one
// environment are sent, signed with the endpoint's secret (Standard
// Webhooks). Its secrets are sealed like account credentials.
type WebhookEndpoint struct {
	ent.Schema
}

// Mixin returns the ID, time and environment mixins.
func (WebhookEndpoint) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{prefix: "whe"}, TimeMixin{}, EnvironmentMixin{}}
}

// Fields returns the endpoint's address, filter, state and secrets.
func (WebhookEndpoint) Fields() []ent.Field {
	return []ent.Field{
		field.String("url").Comment("Where events are sent, with POST.").NotEmpty().MaxLen(2000).
			Annotations(entgql.OrderField("URL")),
		field.String("description").Comment("What the endpoint is for.").Optional().Nillable().MaxRuneLen(500),
		field.Strings("event_types").Comment("The event types sent; all when empty.").Optional().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Bool("is_enabled").Comment("False while no event is sent; events stay queued until it is enabled again.").Default(true).
			Annotations(entgql.OrderField("IS_ENABLED")),
		field.Enum("disabled_reason").Comment("Why the endpoint is disabled; null while enabled.").Values("MANUAL", "FAILING").
			Optional().Nillable().Annotations(entgql.Type("WebhookEndpointDisabledReason")),
		field.Time("failing_since").Comment("Since when every delivery to the endpoint has failed; null while they succeed.").
			Optional().Nillable(),
		field.Bytes("secret").Sensitive().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Bytes("previous_secret").Sensitive().Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("previous_secret_expires_time").Comment("Until this time the previous signing secret signs too; null when there is none.").
			Optional().Nillable(),
	}
}

// Edges returns the endpoint's deliveries, deleted with it.
func (WebhookEndpoint) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("deliveries", WebhookDelivery.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.RelayConnection(), entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes serve the webhookEndpoints connection and the outbox's lookup of
// an environment's endpoints.
func (WebhookEndpoint) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields(policy.EnvironmentColumn, "id"),
	}
}

// Policy: endpoints are read with Read; managed by keys that may both read
// (the events they send out) and write.
func (WebhookEndpoint) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{policy.AllowQueryIf(auth.Read), policy.Deny()},
		Mutation: privacy.MutationPolicy{
			policy.AllowMutationIf(auth.Read|auth.Write, ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne),
			policy.Deny(),
		},
	}
}

// Annotations generate the types of the `webhookEndpoints` connection
// (its query field is in graph/webhooks.graphql).
func (WebhookEndpoint) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}
