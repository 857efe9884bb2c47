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

// PlatformApp is an app registered with a source (an OAuth client, a Stripe
// platform, a Plaid client): the client credentials through which some
// credential types reach their accounts. Its secret is sealed like account
// credentials.
type PlatformApp struct {
	ent.Schema
}

// Mixin returns the ID, time and environment mixins.
func (PlatformApp) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{prefix: "app"}, TimeMixin{}, EnvironmentMixin{}}
}

// Fields returns the app's name, client credentials and OAuth scopes.
func (PlatformApp) Fields() []ent.Field {
	return []ent.Field{
		field.String("source_id").Immutable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("name").Comment("A name to choose the app by.").NotEmpty().MaxLen(200).
			Annotations(entgql.OrderField("NAME")),
		field.String("client_id").Comment("The app's client ID at the source.").NotEmpty().MaxLen(500).
			Annotations(entgql.MapsTo("clientId")),
		field.Bytes("client_secret").Sensitive().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Strings("oauth_scopes").Optional().
			Comment("The scopes hosted OAuth connects ask for; the source's defaults when empty.").
			Annotations(entgql.MapsTo("oauthScopes"), entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)),
	}
}

// Edges returns the app's source.
func (PlatformApp) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("source", Source.Type).Field("source_id").Unique().Required().Immutable(),
	}
}

// Indexes keep app names unique per source and environment.
func (PlatformApp) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields(policy.EnvironmentColumn, "source_id", "name").Unique(),
		index.Fields(policy.EnvironmentColumn, "id"),
	}
}

// Policy: apps are read by anyone who may add accounts or read (a connect
// form lists them), and created or deleted with Write.
func (PlatformApp) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			policy.AllowQueryIf(auth.Read),
			policy.AllowQueryIf(auth.CredentialsIn),
			policy.Deny(),
		},
		Mutation: privacy.MutationPolicy{
			policy.AllowMutationIf(auth.Write, ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne),
			policy.Deny(),
		},
	}
}

// Annotations generate the types of the `platformApps` connection (its
// query field, with the list language, is in graph/sources.graphql).
func (PlatformApp) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}
