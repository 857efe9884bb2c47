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

// Event is one entry of the audit trail: what happened to which object, who
// did it, and when. Events never hold secrets.
type Event struct {
	ent.Schema
}

// Mixin returns the ID and environment mixins.
func (Event) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{prefix: "evt"}, EnvironmentMixin{}}
}

// Fields returns the event's type, subject, actor and data.
func (Event) Fields() []ent.Field {
	return []ent.Field{
		// An event that changes an API key must have a type beginning
		// with AUTH_ACCESS_: that is how feed.KeyEvent and the events
		// table's trigger tell the events that make cached keys stale.
		field.Enum("type").Comment("What happened.").Values(
			"ACCOUNT_ADDED", "ACCOUNT_VERIFICATION_FAILED", "ACCOUNT_VERIFIED", "ACCOUNT_UPDATED",
			"ACCOUNT_ENABLED", "ACCOUNT_DISABLED", "ACCOUNT_DELETED", "ACCOUNT_CREDENTIALS_REVEALED",
			"ACCOUNT_CREDENTIALS_REFRESHED", "ACCOUNT_RECOVERED", "ACCOUNT_REVOKED", "ACCOUNT_REVOCATION_FAILED",
			"PLATFORM_APP_CREATED", "SOURCE_CREATED",
			"AUTH_ACCESS_CREATED", "AUTH_ACCESS_UPDATED", "AUTH_ACCESS_ENABLED",
			"AUTH_ACCESS_DISABLED", "AUTH_ACCESS_SECRET_ROTATED",
			"WEBHOOK_ENDPOINT_CREATED", "WEBHOOK_ENDPOINT_UPDATED", "WEBHOOK_ENDPOINT_ENABLED",
			"WEBHOOK_ENDPOINT_DISABLED", "WEBHOOK_ENDPOINT_DELETED", "WEBHOOK_ENDPOINT_SECRET_ROTATED",
			"WEBHOOK_DELIVERY_REDELIVERED",
			"OAUTH_CONNECT_STARTED", "OAUTH_CONNECT_FAILED",
		).Immutable().Annotations(entgql.Type("EventType")),
		field.String("subject_id").Comment("The ID of the object it happened to.").Immutable().MaxLen(64).Annotations(entgql.MapsTo("subjectId")),
		field.String("auth_access_id").Optional().Nillable().Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("person_id").Comment("The person who acted, when no API key did.").Optional().Nillable().Immutable().Annotations(entgql.MapsTo("personId")),
		field.JSON("data", map[string]any{}).Comment("Details of the event; never secrets.").Optional().Immutable().
			Annotations(entgql.Type("Map"), entgql.Skip(entgql.SkipWhereInput)),
		field.Time("created_time").Immutable().Default(clock.Now).
			Annotations(entgql.OrderField("CREATED_TIME")),
	}
}

// Edges returns the API key that caused the event, if any.
func (Event) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("auth_access", AuthAccess.Type).Field("auth_access_id").Unique().Immutable(),
	}
}

// Indexes serve the events connection in time order and lookups by subject.
func (Event) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields(policy.EnvironmentColumn, "id"),
		index.Fields(policy.EnvironmentColumn, "created_time", "id"),
		index.Fields(policy.EnvironmentColumn, "subject_id"),
	}
}

// Policy: events are read with Read; any mutation that is allowed writes its
// event, and events are never changed or deleted.
func (Event) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{policy.AllowQueryIf(auth.Read), policy.Deny()},
		Mutation: privacy.MutationPolicy{
			policy.AllowMutationIf(0, ent.OpCreate),
			policy.Deny(),
		},
	}
}

// Annotations generate the types of the `events` connection (its query
// field is in graph/events.graphql).
func (Event) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}
