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

// Creator records who created an account or a key: an API key (kind API) or
// a person through the dashboard or the connect widget (kind UI).
type Creator struct {
	ent.Schema
}

// Mixin returns the ID, time and environment mixins.
func (Creator) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{prefix: "crt"}, TimeMixin{}, EnvironmentMixin{}}
}

// Fields returns the creator's kind and person.
func (Creator) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Comment("API for an API key, UI for a person.").Values("API", "UI").Immutable().Annotations(entgql.Type("CreatorKind")),
		field.String("auth_access_id").Optional().Nillable().Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("person_id").Comment("The person who acted, for kind UI.").Optional().Nillable().Immutable().MaxLen(255).Annotations(entgql.MapsTo("personId")),
	}
}

// Edges returns the API key that acted, for kind API.
func (Creator) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("auth_access", AuthAccess.Type).Field("auth_access_id").Unique().Immutable(),
	}
}

// Indexes serve the lookups by acting key and by person.
func (Creator) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("auth_access_id"),
		index.Fields(policy.EnvironmentColumn, "person_id"),
	}
}

// Policy: creators are read with Read, or by the key that is the creator;
// they are written and deleted only alongside the object they describe.
func (Creator) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			policy.AllowQueryIf(auth.Read),
			policy.AllowOwnRowsIf(0, "auth_access_id"),
			policy.Deny(),
		},
		Mutation: privacy.MutationPolicy{
			policy.AllowMutationIf(auth.CredentialsIn, ent.OpCreate),
			policy.AllowMutationIf(auth.KeyAdmin, ent.OpCreate),
			policy.AllowMutationIf(auth.Write, ent.OpDeleteOne),
			policy.Deny(),
		},
	}
}

// Annotations leave out an ordering of creators, which no connection
// lists; their where-input filters what they created (hasCreatorWith).
func (Creator) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.MultiOrder(), entgql.Skip(entgql.SkipOrderField)}
}
