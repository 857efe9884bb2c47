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
	"github.com/latchkey/latchkey/internal/policy"
)

// AuthAccess is an API key that callers use to reach Latchkey.
// Only the hash of its secret is stored; the secret key is shown once.
type AuthAccess struct {
	ent.Schema
}

// Mixin returns the ID, time and environment mixins.
func (AuthAccess) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{prefix: "key"}, TimeMixin{}, EnvironmentMixin{}}
}

// Fields returns the key's fields. The secret hashes are never exposed.
func (AuthAccess) Fields() []ent.Field {
	hidden := entgql.Skip(entgql.SkipAll)
	return []ent.Field{
		field.String("creator_id").Immutable().Annotations(hidden),
		field.String("name").Comment("What the key is for.").NotEmpty().MaxLen(200).
			Annotations(entgql.OrderField("NAME")),
		field.String("description").Optional().Nillable().MaxLen(2000),
		field.Enum("permission").Comment("The key's level.").GoType(auth.Permission("")).
			Annotations(entgql.Type("AuthAccessPermission")),
		field.String("foreign_id").Comment("The caller's own ID for the key; unique in the environment.").Optional().Nillable().Immutable().NotEmpty().MaxLen(255).
			Annotations(entgql.OrderField("FOREIGN_ID"), entgql.MapsTo("foreignId")),
		field.String("foreign_data").Comment("Free text kept for the caller.").Optional().Nillable().MaxLen(65536).Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.String("token").Comment("The key's public identifier; the secret key contains it.").Unique().Immutable(),
		field.Bytes("secret_hash").Sensitive().Annotations(hidden),
		field.Bytes("previous_secret_hash").Sensitive().Optional().Nillable().Annotations(hidden),
		field.Time("previous_secret_expires_time").Optional().Nillable().Annotations(hidden),
		field.Bool("is_enabled").Comment("False when the key is disabled: it then authenticates nothing.").Default(true).Annotations(entgql.OrderField("IS_ENABLED")),
		field.Time("last_used_time").Comment("When the key last authenticated a request, to the minute.").Optional().Nillable(),
		field.Time("expires_time").Comment("When the key stops working; null for never.").Optional().Nillable(),
		field.String("person_id").Comment("For a connect session: the end user it acts for.").
			Optional().Nillable().Immutable().MaxLen(255).
			Annotations(entgql.MapsTo("personId")),
		field.Strings("source_keys").Comment("For a connect session: the sources it may add accounts of; null for all.").
			Optional().Immutable().
			Annotations(entgql.MapsTo("sources"), entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Edges returns the key's creator.
func (AuthAccess) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("creator", Creator.Type).Field("creator_id").Unique().Required().Immutable(),
	}
}

// Indexes enforce a unique foreignId per environment and serve the
// orderings of the authAccesses connection.
func (AuthAccess) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields(policy.EnvironmentColumn, "foreign_id").Unique(),
		index.Fields(policy.EnvironmentColumn, "id"),
		index.Fields(policy.EnvironmentColumn, "created_time", "id"),
		index.Fields(policy.EnvironmentColumn, "name", "id"),
		index.Fields(policy.EnvironmentColumn, "updated_time", "id"),
	}
}

// Policy: reading keys needs Read, though every key may read itself;
// managing keys needs KeyAdmin and never reaches above the viewer's level.
func (AuthAccess) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			policy.AllowQueryIf(auth.Read),
			policy.AllowOwnRowsIf(0, "id"),
			policy.Deny(),
		},
		Mutation: privacy.MutationPolicy{
			policy.KeysWithinViewer(),
			policy.AllowMutationIf(auth.KeyAdmin, ent.OpCreate|ent.OpUpdateOne),
			policy.Deny(),
		},
	}
}

// Annotations generate the types of the `authAccesses` connection (its
// query field is in graph/keys.graphql) and the key update input.
func (AuthAccess) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}
